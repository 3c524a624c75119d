"""The command line's conventions (issue 19, docs/cli.md): one JSON shape, ``-`` for
standard input, directories read only as deep as asked and what is skipped said, typed
one-line errors for outputs that cannot be written, logging with -v/-q, examples in
every --help."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import regex

import xjbudget
from xjbudget.cli import EXIT_INPUT, EXIT_OUTPUT, build_parser, main
from xjbudget.samples import sample_path

from ..conftest import CORPUS, TABBED


def _cli(*argv: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "xjbudget", *argv],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )


def test_json_is_a_list_for_one_file_and_for_many(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = (str(CORPUS / f"{stem}.txt") for stem in TABBED[:2])
    assert main(["parse", first]) == 0
    one = json.loads(capsys.readouterr().out)
    assert main(["parse", first, second]) == 0
    two = json.loads(capsys.readouterr().out)
    assert isinstance(one, list) and len(one) == 1 and len(two) == 2
    assert one[0] == two[0]
    assert xjbudget.load_json(io.StringIO(json.dumps(one))) == xjbudget.parse(first)


def test_dash_reads_standard_input() -> None:
    data = sample_path().read_bytes()
    done = _cli("parse", "-", "--format", "csv", stdin=data)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    expected = xjbudget.to_records(xjbudget.parse(sample_path()))
    assert [r["amount"] for r in rows] == [str(r["amount"]) for r in expected]
    assert {r["document"] for r in rows} == {"-"}
    validated = _cli("validate", "-", "--format", "json", stdin=data)
    assert validated.returncode in (0, 1), validated.stderr
    assert json.loads(validated.stdout)["documents"][0]["document"] == "-"
    pdf = Path(__file__).resolve().parents[1] / "pdf_fixtures" / "000_ruled.pdf"
    from_pdf = _cli("parse", "-", stdin=pdf.read_bytes())
    assert from_pdf.returncode == 0, from_pdf.stderr
    assert json.loads(from_pdf.stdout)[0]["meta"]["form"] == "pdf"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "2023").mkdir(parents=True)
    shutil.copy(CORPUS / f"{TABBED[0]}.txt", folder / "a.txt")
    shutil.copy(CORPUS / f"{TABBED[1]}.txt", folder / "2023" / "b.txt")
    (folder / "readme.md").write_text("notes", encoding="utf-8")
    return folder


def test_a_directory_is_read_only_as_deep_as_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "docs.jsonl"
    assert main(["parse", str(folder), "-o", str(out)]) == 0
    assert [json.loads(line)["meta"]["source"] for line in out.read_text("utf-8").splitlines()] == [
        str(folder / "a.txt")
    ]
    errors = (tmp_path / "docs.jsonl.errors").read_text("utf-8").splitlines()
    assert errors == [
        f"{folder / '2023'}\tskipped: a folder, not read without --recursive",
        f"{folder / 'readme.md'}\tskipped: not a .pdf or .txt file",
    ]
    err = capsys.readouterr().err
    assert (
        "skipped 1 file(s) of other types and 1 sub-folder(s) (read them with --recursive)" in err
    )
    assert main(["parse", str(folder), "--recursive", "-o", str(out)]) == 0
    sources = [json.loads(line)["meta"]["source"] for line in out.read_text("utf-8").splitlines()]
    assert sources == [str(folder / "2023" / "b.txt"), str(folder / "a.txt")]
    # Without an output file the skipped inputs are listed on stderr, one a line.
    capsys.readouterr()
    assert main(["parse", str(folder), "-r", "--format", "jsonl"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"xjbudget: skipped {folder / 'readme.md'}: not a .pdf or .txt file"


def test_an_xlsx_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "2024年部门预算.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert main(["parse", str(path)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert err.startswith(f"xjbudget: error: {path}: an Excel workbook (.xlsx)")
    assert "Traceback" not in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("missing/dir/out.csv", "does not exist"),
        (".", "is a directory"),
        ("afile/out.csv", "does not exist"),
    ],
)
def test_an_output_that_cannot_be_written_is_one_line_and_status_3(
    output: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    target = str(tmp_path / output)
    for command in ("parse", "validate"):
        assert main([command, str(sample_path()), "--format", "csv", "-o", target]) == EXIT_OUTPUT
        err = capsys.readouterr().err
        assert err.startswith("xjbudget: error: ") and message in err, err
        assert err.count("\n") == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_status_3_without_a_traceback() -> None:
    for argv in (
        ("parse", "--sample", "--format", "csv", "-o", "/dev/full"),
        ("validate", str(sample_path()), "-o", "/dev/full"),
    ):
        done = _cli(*argv)
        err = done.stderr.decode("utf-8")
        assert done.returncode == EXIT_OUTPUT, err
        assert "No space left on device" in err and "Traceback" not in err
    # stdout on a full disk too.
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "xjbudget", "parse", "--sample"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=300,
            check=False,
        )
    assert done.returncode == EXIT_OUTPUT and b"Traceback" not in done.stderr


def test_a_batch_output_in_a_missing_folder_is_status_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "docs.jsonl"
    assert main(["parse", str(CORPUS), "-o", str(target)]) == EXIT_OUTPUT
    err = capsys.readouterr().err
    assert "No such file or directory" in err and "Traceback" not in err


def _no_unit(tmp_path: Path) -> Path:
    text = sample_path().read_text("utf-8")
    text = regex.sub(r"(单位|金额单位)\s*[:：]\s*万?元", "", text).replace("万元", "")
    path = tmp_path / "no-unit.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_verbosity(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(_no_unit(tmp_path))
    argv = ["parse", path, "--format", "csv", "--amounts-in", "元"]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "xjbudget: WARNING: no-unit.txt: 267 amount(s)" in err and "INFO" not in err
    assert main(["-q", *argv]) == 0
    assert capsys.readouterr().err == ""
    assert main([*argv, "-v"]) == 0
    err = capsys.readouterr().err
    assert f"xjbudget: INFO: {path}: " in err and "267 amounts" in err
    assert main(["-v", *argv, "-q"]) == 0  # the quieter wins
    assert capsys.readouterr().err == ""
    with pytest.raises(SystemExit) as caught:
        main([*argv, "-v", "-q"])  # one or the other after the command
    assert caught.value.code == EXIT_INPUT


def test_the_library_logs_nothing_by_default() -> None:
    import logging

    handlers = logging.getLogger("xjbudget").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_every_command_has_examples_in_its_help() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    choices = subparsers.choices  # type: ignore[attr-defined]
    assert set(choices) >= {"parse", "validate", "facts", "codes"}
    for name, sub in choices.items():
        text = sub.format_help()
        assert "examples:" in text, name
        assert f"xjbudget {name} " in text.split("examples:")[1], name
    assert "examples:" in parser.format_help()


def test_verbose_says_what_each_file_gave(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(CORPUS / f"{TABBED[0]}.txt")
    main(["validate", path, "-v"])
    assert f"xjbudget: INFO: {path}: {{'error': " in capsys.readouterr().err
    folder = _folder(tmp_path)
    assert main(["parse", str(folder), "-v", "-o", str(tmp_path / "d.jsonl")]) == 0
    err = capsys.readouterr().err
    assert f"xjbudget: INFO: {folder / 'a.txt'}: 1 record(s)\n" in err
    assert main(["parse", str(folder), "-o", str(tmp_path / "d.jsonl")]) == 0
    assert "INFO" not in capsys.readouterr().err


def test_standard_input_is_not_read_in_a_batch(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("parse", "validate"):
        assert main([command, "-", "--jobs", "2"]) == EXIT_INPUT
        assert "- (standard input) is not read in a batch" in capsys.readouterr().err
