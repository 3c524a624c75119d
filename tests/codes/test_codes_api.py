"""The look-up API, harvest and the ``xjbudget codes`` handler."""

from __future__ import annotations

import argparse
import io
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest

from xjbudget import codes
from xjbudget.cli import codes_cmd
from xjbudget.errors import CodeError

S = codes.CheckStatus


def test_lookup_any_level_and_form() -> None:
    assert codes.lookup("201").name == "一般公共服务支出"
    assert codes.lookup("201 13").name == "商贸事务"
    assert codes.lookup("201 | 13 | 01", year=2024).name == "行政运行"
    assert codes.lookup(2011301).code == "2011301"
    assert codes.lookup("３０１ ０１").name == "基本工资"
    assert codes.lookup("50101").scheme == "economic-gov"


def test_path_parent_children() -> None:
    assert [e.name for e in codes.path("2011301")] == ["一般公共服务支出", "商贸事务", "行政运行"]
    table = codes.table("functional", 2024)
    assert table.parent("2011301") == table["20113"]
    assert table.parent("201") is None
    assert "2011301" in {e.code for e in table.children("20113")}
    assert all(e.level == 1 for e in table.children())
    assert table["2011301"].printed == "201 13 01"
    assert table["2011301"].level_name == "项"


def test_where_the_tables_are_complete() -> None:
    # complete.tsv: the 2024 类 level only (every corpus 表1 prints the 30 类)
    table = codes.table("functional", 2024)
    assert table.is_complete() and table.complete == frozenset({None})
    assert not table.is_complete("20113") and not table.is_complete("201 13")
    assert not codes.table("functional", 2023).is_complete()
    assert not codes.table("economic-dept").is_complete()


def test_lookup_errors() -> None:
    with pytest.raises(CodeError, match="unknown functional code 2011398"):
        codes.lookup("2011398")
    with pytest.raises(CodeError, match="not a classification code"):
        codes.lookup("2011")
    with pytest.raises(CodeError, match="scheme"):
        codes.lookup("401")
    with pytest.raises(CodeError, match="scheme"):
        codes.lookup("201", scheme="nope")
    assert "2011398" not in codes.table()
    assert "junk" not in codes.table()


def test_editions_for_years() -> None:
    assert codes.edition_for(2024) == 2024
    assert codes.edition_for(2023) == 2023
    assert codes.edition_for(2025) == 2024  # latest earlier edition
    assert codes.edition_for(2019) == 2023  # before every edition: the oldest
    assert codes.edition_for(2020, "economic-dept") == 2024
    assert codes.table(year=2023).edition == 2023


def test_resolve_scheme() -> None:
    assert codes.resolve_scheme("30101", "economic") == "economic-dept"
    assert codes.resolve_scheme("50101", "economic") == "economic-gov"
    assert codes.resolve_scheme("201") == "functional"
    with pytest.raises(CodeError):
        codes.resolve_scheme("201", "economic")


def test_find_and_search() -> None:
    assert {e.code for e in codes.find("行政运行", scheme="functional")} >= {"2011301", "2150501"}
    assert [e.code for e in codes.find("维修(护)费")] == ["30213", "50209"]
    assert [e.code for e in codes.find("维修（护）费", scheme="economic-dept")] == ["30213"]
    assert codes.find("不存在的名字") == ()
    best = codes.search("商贸事物")[0]  # a typo still finds it
    assert best.entry.code == "20113" and 0.5 < best.score < 1
    assert codes.search("办公", scheme="economic-gov")[0].entry.code == "50201"
    assert codes.search("基本工资")[0].score == 1.0


@pytest.mark.parametrize(
    ("code", "name", "year", "status"),
    [
        ("201 13 01", "行政运行", 2024, S.MATCH),
        ("30213", "维修(护)费", 2024, S.MATCH),
        ("201", "一般公共预算支出", 2024, S.VARIANT),
        ("234", "抗疫特别国债还本支出", 2024, S.VARIANT),
        ("2150204", "纺织业", 2023, S.RENAMED),  # observed in 2024 documents only
        ("2011301", "事业运行", 2024, S.MISMATCH),
        ("2011398", "不知道", 2024, S.UNKNOWN),
    ],
)
def test_check(code: str, name: str, year: int, status: codes.CheckStatus) -> None:
    result = codes.check(code, name, year=year)
    assert result.status is status, result.message
    assert result.ok is (status in (S.MATCH, S.VARIANT))
    assert name in result.message


def test_check_details() -> None:
    renamed = codes.check("2150204", "纺织业", year=2023)
    assert renamed.editions == (2024,) and renamed.entry is None
    variant = codes.check("201", "一般公共预算支出", year=2024)
    assert variant.variant is not None and variant.variant.kind == "source-error"
    assert variant.entry is not None and variant.entry.name == "一般公共服务支出"
    # a variant is recorded for its edition only
    assert codes.check("201", "一般公共预算支出", year=2023).status is S.MISMATCH
    # the message says how far the tables' row is confirmed
    assert codes.check("2011301", "行政运行", year=2024).message.endswith("match (observed)")
    assert codes.check("2011301", "行政运行", year=2023).message.endswith("match (recalled)")
    assert codes.check("2011301", "事业运行").message.endswith("行政运行 (observed)")


def test_mapping() -> None:
    assert codes.gov_code_for("30101") == codes.lookup("50101")
    assert codes.gov_code_for("30101", applies_to="事业单位") == codes.lookup("50501")
    assert codes.gov_code_for("30107") is None  # 绩效工资: 事业单位 only
    assert codes.gov_code_for("31001") is None  # capital items are not mapped (docs/codes.md)
    dept = {e.code for e in codes.dept_codes_for("50102")}
    assert dept == {"30108", "30109", "30110", "30111", "30112"}
    assert {e.code for e in codes.dept_codes_for("50501")} >= {"30101", "30107"}


def test_normalize_helpers() -> None:
    assert codes.normalize_code(" 201 13 01 ") == "2011301"
    assert codes.normalize_code("２０１－１３－０１") == "2011301"
    assert codes.split_code("2011301") == ("201", "13", "01")
    assert codes.format_code("30101") == "301 01"
    assert codes.parent_code("201") is None and codes.parent_code("20113") == "201"
    assert codes.split_code_and_name("301 01 基本工资") == ("30101", "基本工资")
    assert codes.split_code_and_name("301 | 01 | 基本工资") == ("30101", "基本工资")
    assert codes.split_code_and_name("201 一般公共服务支出") == ("201", "一般公共服务支出")
    assert codes.normalize_name(" 维修（护） 费 ") == "维修(护)费"
    assert codes.normalize_name("<b>商贸事务</b>") == "商贸事务"
    with pytest.raises(CodeError):
        codes.split_code_and_name("一般公共服务支出")


# --- harvest -----------------------------------------------------------------------


def test_harvest_reports_only_what_the_tables_do_not_confirm() -> None:
    pairs = [
        ("2011301", "functional", "行政运行", "a.txt 表2"),
        ("2011301", "functional", "行政运行", "b.txt 表2"),
        ("201", "functional", "一般公共预算支出", "003 表5"),  # known variant
        ("2011398", "functional", "新的项目", "a.txt 表3"),
        ("2011398", "functional", "新的 项目", "b.txt 表3"),  # same after normalisation
        ("30101", "economic", "基本 工资", "a.txt 表6"),
        ("30101", "economic", "工资", "b.txt 表6"),
        ("12", "functional", "坏的编码", "c.txt 表2"),
    ]
    findings = codes.harvest(pairs, year=2024)
    assert [(f.status, f.scheme, f.code) for f in findings] == [
        (S.MISMATCH, "economic-dept", "30101"),
        (S.UNKNOWN, "functional", "12"),
        (S.UNKNOWN, "functional", "2011398"),
    ]
    new = findings[2]
    assert new.where == ("a.txt 表3", "b.txt 表3") and new.known_name is None
    assert new.tsv_row == ("functional-2024.tsv\t2011398\t3\t新的项目\t20113\tobserved\tdoc:a,b")
    assert "tables: 基本工资" in findings[0].line
    assert findings[1].edition is None and findings[1].tsv_row.startswith("#")
    assert len(codes.harvest(pairs, year=2024, include_known=True)) == 6


@attrs.frozen
class _Code:
    digits: str
    scheme: str


@attrs.frozen
class _Row:
    code: _Code | None
    name: str


@attrs.frozen
class _Table:
    number: int
    rows: Sequence[_Row]


@attrs.frozen
class _Document:
    tables: Sequence[_Table]


def test_pairs_from_documents() -> None:
    doc = _Document(
        [
            _Table(2, [_Row(_Code("2011301", "functional"), "行政运行"), _Row(None, "合计")]),
            _Table(6, [_Row(_Code("30101", "economic"), "基本工资")]),
        ]
    )
    assert list(codes.pairs_from_documents([("x.txt", doc)])) == [
        ("2011301", "functional", "行政运行", "x.txt 表2"),
        ("30101", "economic", "基本工资", "x.txt 表6"),
    ]


# --- the command-line handler --------------------------------------------------------


def _run(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="xjbudget")
    codes_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["codes", *argv])
    out, err = io.StringIO(), io.StringIO()
    status = args.func(args, out, err)
    return status, out.getvalue(), err.getvalue()


def test_cli_lookup() -> None:
    status, out, err = _run("201", "13", "01", "--year", "2024")
    assert status == 0 and err == ""
    expected = "functional\t2024\t201 13 01\t行政运行\t一般公共服务支出 > 商贸事务 > 行政运行\t"
    assert out == expected + "observed\n"


def test_cli_search_and_check() -> None:
    status, out, _ = _run("办公经费", "--scheme", "economic-gov")
    assert status == 0 and out.startswith("1.00\teconomic-gov\t2024\t502 01\t办公经费")
    status, out, _ = _run("201 一般公共预算支出")
    assert status == 0 and out.startswith("variant\t")
    status, out, _ = _run("stats")
    assert status == 0 and out.splitlines()[0] == "scheme\tedition\tlevel\tprovenance\trows"


@pytest.mark.parametrize(
    "argv",
    [("2011398",), ("zzzz",), ("harvest",), ("201", "--scheme", "economic-gov")],
)
def test_cli_errors_are_one_line_exit_2(argv: tuple[str, ...]) -> None:
    status, out, err = _run(*argv)
    assert status == 2 and out == ""
    assert err.startswith("xjbudget codes: ") and err.count("\n") == 1


def test_harvest_documents_with_the_parser() -> None:
    pytest.importorskip("xjbudget.parse")
    corpus = sorted(str(p) for p in (Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))
    findings = codes_cmd.harvest_documents(corpus, year=2024)
    # whatever the parser reads, each finding says where it was printed
    assert all(
        f.where and f.where[0].endswith(tuple(f" 表{n}" for n in range(1, 12))) for f in findings
    )


def test_harvest_checks_each_document_against_its_own_year(tmp_path: Path) -> None:
    pytest.importorskip("xjbudget.parse")
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    original = corpus / "004_ce2c4c2fd8aa6825.txt"
    # the same document, dated a year earlier: its cover and titles now say 2023
    earlier = tmp_path / "004-as-2023.txt"
    earlier.write_text(original.read_text("utf-8").replace("2024", "2023"), "utf-8")
    findings = codes_cmd.harvest_documents([str(original), str(earlier)])
    # 纺织业 (2150204) is observed in the 2024 edition only: the 2024 document is
    # confirmed by its edition; the 2023 copy is checked against 2023, which lacks the
    # code: reported as the name the code has in another edition
    textile = [f for f in findings if f.code == "2150204"]
    assert [(f.edition, f.status) for f in textile] == [(2023, codes.CheckStatus.RENAMED)]
    assert all(f.edition == 2023 and w.startswith(str(earlier)) for f in findings for w in f.where)
    # the 2023 copy's row belongs to the 2023 file, the edition of its year
    assert textile[0].tsv_row.startswith("functional-2023.tsv\t2150204\t")
    # a document of a year without an edition: its rows are comments, not 2023 rows
    older = tmp_path / "004-as-2019.txt"
    older.write_text(original.read_text("utf-8").replace("2024", "2019"), "utf-8")
    rows = [f.tsv_row for f in codes_cmd.harvest_documents([str(older)])]
    assert rows and all(r.startswith("# functional-2019.tsv (no such edition here)") for r in rows)
    # a year given applies to every file
    assert codes_cmd.harvest_documents([str(original), str(earlier)], year=2024) == []
