"""``xjbudget validate``: formats and exit status, with hand-built documents."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pytest

from xjbudget.cli import validate_cmd
from xjbudget.errors import InputError
from xjbudget.model import Document

from .builders import coded, document, table

CLEAN = document(table(3, coded("201", "一般公共服务支出", total="10.00", basic="10.00")))
BROKEN = document(table(3, coded("201", "一般公共服务支出", total="10.50", basic="10.00")))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xjbudget")
    validate_cmd.register(parser.add_subparsers())
    return parser


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    docs = {"clean.txt": CLEAN, "broken.txt": BROKEN}

    def fake_parse(path: str, **options: object) -> Document:
        if Path(path).name not in docs:
            raise InputError("cannot read the file: No such file", where=path)
        return docs[Path(path).name]

    monkeypatch.setattr(validate_cmd, "parse", fake_parse)
    args = _parser().parse_args(["validate", *argv])
    status = args.func(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_clean_document_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(monkeypatch, capsys, "clean.txt", "--rules", "row,table")
    assert (status, err) == (0, "")
    assert "clean.txt: 0 error(s)" in out


def test_error_finding_exits_1_and_csv_has_the_columns(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(monkeypatch, capsys, "broken.txt", "--format", "csv", "--rules", "row")
    assert status == 1
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == list(validate_cmd.CSV_COLUMNS)
    assert rows[1][:9] == [
        "broken.txt",
        "T3.row.total_eq_basic_plus_project",
        "error",
        "3",
        "201",
        "一般公共服务支出",
        "total",
        "10.00",
        "10.50",
    ]


def test_json_and_tolerance(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(
        monkeypatch, capsys, "broken.txt", "--format", "json", "--rules", "row", "--tolerance", "1"
    )
    assert status == 0  # 0.50 over one item is within 1 × 1 / 2
    (doc,) = json.loads(out)["documents"]
    assert doc["ok"] is True and doc["counts"] == {"error": 0, "warning": 1, "info": 0}
    assert doc["findings"][0]["difference"] == "0.50"


def test_unreadable_file_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(monkeypatch, capsys, "missing.txt", "broken.txt", "--rules", "row")
    assert status == 2
    assert err.count("\n") == 1 and "missing.txt" in err
    assert "broken.txt" in out


def test_bad_options_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(monkeypatch, capsys, "clean.txt", "--rules", "nope")[0] == 2
    assert _run(monkeypatch, capsys, "clean.txt", "--tolerance", "x")[0] == 2
