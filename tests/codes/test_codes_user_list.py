"""A code list the user brings (``xjbudget.codes.load``, ``--codes``): formats, overriding,
and a typed error naming line and column for each malformed list."""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from xjbudget import codes
from xjbudget.cli import codes_cmd
from xjbudget.errors import CodeError

DATA = Path(str(resources.files("xjbudget.codes").joinpath("data")))
OWN_FILES = sorted(DATA.glob("*-20*.tsv")) + sorted((DATA / "observed").glob("*-20*.tsv"))


@pytest.fixture(autouse=True)
def _nothing_loaded() -> Iterator[None]:
    codes.unload()
    yield
    codes.unload()


@pytest.mark.parametrize("path", [p for p in OWN_FILES if "map" not in p.name], ids=str)
def test_our_own_data_files_round_trip(path: Path) -> None:
    listed = codes.read(path)
    scheme = codes.resolve_scheme(listed.entries[0].code)
    rows = [
        line.split("\t")
        for line in path.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ][1:]
    assert [(e.code, e.name) for e in listed.entries] == [(r[0], r[2]) for r in rows]
    assert listed.edition == int(path.stem[-4:]) and listed.schemes == (scheme,)
    assert all(
        e.provenance == "official" and e.source == f"user:{path.name}" for e in listed.entries
    )


def test_loaded_rows_become_official_and_override(tmp_path: Path) -> None:
    recalled = next(e for e in codes.table("functional", 2024) if e.provenance == "recalled")
    before = len(codes.table("functional", 2024))
    loaded = codes.load(
        _tsv(tmp_path, f"code\tname\n{recalled.code}\t新名称\n2019999\t新的项\n"), edition=2024
    )
    assert loaded.edition == 2024 and codes.loaded() == (loaded,)
    table = codes.table("functional", 2024)
    assert table[recalled.code].name == "新名称" and table[recalled.code].provenance == "official"
    assert table["2019999"].source.startswith("user:") and len(table) == before + 1
    assert codes.check("2019999", "新的项", year=2024).status is codes.CheckStatus.MATCH
    codes.unload()
    assert codes.table("functional", 2024)[recalled.code] == recalled
    assert "2019999" not in codes.table("functional", 2024)


def test_a_list_for_an_edition_the_package_lacks(tmp_path: Path) -> None:
    path = _tsv(tmp_path, "# edition: 2027\ncode\tname\n201\t一般公共服务支出\n20101\t人大事务\n")
    codes.load(path)
    assert 2027 in codes.editions("functional")
    assert codes.lookup("20101", year=2027).edition == 2027
    # the package's 2027 has nothing else: other codes come from the nearest edition
    assert codes.lookup("2011301", year=2027).edition == 2026


def test_csv_as_a_finance_system_exports_it(tmp_path: Path) -> None:
    path = tmp_path / "2025年支出功能分类科目.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["序号", "科目编码", "科目名称", "备注"])
        writer.writerow(["1", "201", "一般公共服务支出", ""])
        writer.writerow(["2", "201 03", "政府办公厅（室）及相关机构事务", "含, 逗号"])
        writer.writerow(["3", "2010301", "行政运行", ""])
    listed = codes.load(path)
    assert listed.edition == 2025
    assert [e.code for e in listed.entries] == ["201", "20103", "2010301"]
    assert codes.lookup("2010301", year=2025).provenance == "official"


def test_xlsx(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["科目编码", "科目名称"])
    sheet.append([301, "工资福利支出"])
    sheet.append(["30101", "基本工资"])
    path = tmp_path / "economic-2026.xlsx"
    book.save(path)
    listed = codes.load(path)
    assert [(e.scheme, e.code, e.name) for e in listed.entries] == [
        ("economic-dept", "301", "工资福利支出"),
        ("economic-dept", "30101", "基本工资"),
    ]


@pytest.mark.parametrize(
    ("text", "message", "line", "column"),
    [
        ("编号\t名字\n201\tx\n", "no code column", 1, None),
        ("code\tname\n201\t一般公共服务支出\n20x\t坏\n", "not a classification code", 3, 1),
        ("name\tcode\n一般公共服务支出\t201\n\t20101\n", "empty name for 20101", 3, 1),
        ("code\tname\n201\tA\n201\tB\n", "duplicate code 201", 3, 1),
        ("code\tlevel\tname\n201\t2\tA\n", "level 2 does not fit code 201", 2, 2),
        ("code\tname\tparent\n20101\tA\t202\n", "parent 202 does not fit", 2, 3),
        ("code\tname\n2139801\t无父\n", "parent 21398 of 2139801 is neither", 2, 1),
        ("code\tname\n3010101\tA\n", "economic codes have no 项 level", 2, 1),
        ("code\tname\n401\tA\n", "cannot tell the scheme", 2, 1),
        ("code\tname\n", "a header but no rows", 1, None),
    ],
)
def test_a_malformed_list_names_line_and_column(
    tmp_path: Path, text: str, message: str, line: int, column: int | None
) -> None:
    path = _tsv(tmp_path, text)
    with pytest.raises(codes.CodeListError, match=message) as error:
        codes.load(path, edition=2024)
    assert (error.value.line, error.value.column) == (line, column)
    where = f"line {line}" + ("" if column is None else f" column {column}")
    assert str(error.value).endswith(f"({path} {where})")
    assert codes.loaded() == ()  # nothing half-loaded


def test_a_list_of_no_known_format_or_edition(tmp_path: Path) -> None:
    odd = tmp_path / "list.json"
    odd.write_text("{}", "utf-8")
    with pytest.raises(codes.CodeListError, match="unknown list format"):
        codes.load(odd)
    undated = tmp_path / "list.tsv"
    undated.write_text("code\tname\n201\tA\n", "utf-8")
    with pytest.raises(codes.CodeListError, match="cannot tell the edition"):
        codes.load(undated)
    with pytest.raises(codes.CodeListError, match=r"cannot read the list \(No such file"):
        codes.load(tmp_path / "absent-2024.tsv")
    latin = tmp_path / "latin-2024.tsv"
    latin.write_bytes("code\tname\n201\tA\xe9\n".encode("latin-1"))
    with pytest.raises(codes.CodeListError, match="not UTF-8 text"):
        codes.load(latin)


def test_the_error_survives_pickling() -> None:
    import pickle

    error = codes.CodeListError("bad", "x.tsv", 3, 2)
    again = pickle.loads(pickle.dumps(error))
    assert (again.line, again.column, str(again)) == (3, 2, str(error))


def _run(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="xjbudget")
    codes_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["codes", *argv])
    out, err = io.StringIO(), io.StringIO()
    return args.func(args, out, err), out.getvalue(), err.getvalue()


def test_the_command_line_takes_a_list(tmp_path: Path) -> None:
    path = _tsv(tmp_path, "# edition: 2024\ncode\tname\n2019999\t新的项\n")
    status, out, _ = _run("2019999", "--year", "2024", "--codes", str(path))
    assert status == 0 and out.endswith("> 新的项\tofficial\n")
    codes.unload()
    bad = _tsv(tmp_path, "code\tname\n20x\tA\n", "bad-2024.tsv")
    status, _, err = _run("201", "--codes", str(bad))
    assert status == 2 and "column 1" in err


def test_parse_and_validate_take_a_list_but_not_with_workers(tmp_path: Path) -> None:
    from xjbudget.cli import build_parser

    path = _tsv(tmp_path, "# edition: 2024\ncode\tname\n2019999\t新的项\n")
    for command in ("parse", "validate"):
        args = build_parser().parse_args([command, "x.txt", "--codes", str(path), "--jobs", "2"])
        with pytest.raises(CodeError, match="--codes works in one process"):
            codes_cmd.apply_codes_argument(args)
        args = build_parser().parse_args([command, "x.txt", "--codes", str(path)])
        codes_cmd.apply_codes_argument(args)
        assert codes.lookup("2019999", year=2024).name == "新的项"
        codes.unload()


def _tsv(folder: Path, text: str, name: str = "list.tsv") -> Path:
    """A list file (its name holds no year unless given one)."""
    path = folder / name
    path.write_text(text, "utf-8")
    return path
