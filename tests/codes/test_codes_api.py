"""The look-up API, harvest and the ``xjbudget codes`` handler."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from xjbudget import codes
from xjbudget.cli import codes_cmd
from xjbudget.errors import CodeError

from .fakes import FakeCode, FakeDocument, FakeMeta, FakeRow, FakeTable, fake_document

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
    # partial tables under 20113: "not in the partial tables", with what they hold there
    with pytest.raises(CodeError, match="2011398 is not in xjbudget's partial tables") as error:
        codes.lookup("2011398", year=2024)
    assert "under 20113 the 2024 tables list 10 rows (3 observed, 7 recalled)" in str(error.value)
    # complete at the 类 level (complete.tsv): unknown
    with pytest.raises(CodeError, match="unknown functional code 299: the 2024 tables list"):
        codes.lookup("299", year=2024)
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
    assert codes.edition_for(2026) == 2026
    assert codes.edition_for(2020) == 2019  # latest earlier edition (no 2020 table)
    assert codes.edition_for(2018) == 2019  # before every edition: the oldest
    assert codes.edition_for(2026, "economic-gov") == 2024
    assert codes.table(year=2023).edition == 2023


def test_a_code_the_edition_lacks_is_answered_by_the_nearest_edition() -> None:
    # 2010301 行政运行 (政府办公厅): printed by 2026 documents, not in the 2024 tables
    assert "2010301" not in codes.table("functional", 2024)
    entry = codes.lookup("2010301", year=2024)
    assert (entry.edition, entry.name) == (2026, "行政运行")
    assert [e.name for e in codes.path("2010301", year=2024)][-1] == "行政运行"
    result = codes.check("2010301", "行政运行", year=2024)
    assert result.status is S.MATCH and result.other_edition == 2026
    assert "not in the 2024 tables; the 2026 edition answers" in result.message
    # nearest first, the earlier of two equally near: 2025 lacks 30101, 2024 and 2026 have it
    for code in ("30217", "2011301"):
        found = codes.nearest(codes.resolve_scheme(code), 2025, code)
        assert found is not None
        near = sorted(codes.editions(found.scheme), key=lambda e: (abs(e - 2025), e))
        first = next(e for e in near if code in codes.table(found.scheme, e))
        assert found.edition == first


def test_find_and_search_answer_like_lookup() -> None:
    # the codes of the year's edition and, for those it lacks, the nearest edition's
    found = codes.find("专项业务及机关事务管理", year=2024, scheme="functional")
    assert [(e.code, e.edition) for e in found] == [("2010305", 2026)]
    assert "20102" not in codes.table("functional", 2026)
    assert [(e.code, e.edition) for e in codes.find("政协事务", year=2026)] == [("20102", 2024)]
    assert codes.search("政协事务", year=2026)[0].entry == codes.lookup("20102", year=2026)
    assert codes.lookup("2011301", year=2026) == codes.table("functional", 2026)["2011301"]


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
        ("21505", "工业和信息产业", 2024, S.RENAMED),  # the 2026 documents' name
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
    renamed = codes.check("21505", "工业和信息产业", year=2024)
    assert 2026 in renamed.editions and 2024 not in renamed.editions
    assert renamed.entry is not None and renamed.entry.edition == 2024
    assert codes.check("2011398", "不知道", year=2024).complete is False
    assert codes.check("299", "不知道", year=2024).complete is True
    variant = codes.check("201", "一般公共预算支出", year=2024)
    assert variant.variant is not None and variant.variant.kind == "source-error"
    assert variant.entry is not None and variant.entry.name == "一般公共服务支出"
    # a variant is recorded for its edition only
    assert codes.check("201", "一般公共预算支出", year=2023).status is S.MISMATCH
    # the message says how far the tables' row is confirmed
    assert codes.check("2011301", "行政运行", year=2024).message.endswith("match (observed)")
    assert codes.check("2011301", "行政运行", year=2023).message.endswith("match (recalled)")
    assert codes.check("2011301", "事业运行").message.endswith("行政运行 (observed)")
    # a harvested name printed besides the majority's is a recorded variant
    printed = codes.check("303", "对个人和家庭补助", year=2026)
    assert printed.status is S.VARIANT and printed.variant is not None
    assert printed.variant.kind == "printed" and printed.variant.source.startswith("seen:")


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


def test_pairs_from_documents() -> None:
    doc = FakeDocument(
        FakeMeta(2024),
        [
            FakeTable(2, [FakeRow(FakeCode("2011301"), "行政运行"), FakeRow(None, "合计")]),
            FakeTable(6, [FakeRow(FakeCode("30101", "economic"), "基本工资")]),
        ],
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


def test_cli_a_code_of_another_edition() -> None:
    # the example: 政府办公厅 行政运行 resolves, for 2026 and (from 2026) for 2024
    status, out, err = _run("2010301")
    assert status == 0 and err == ""
    assert out.startswith("functional\t2026\t201 03 01\t行政运行\t")
    status, out, err = _run("2010301", "--year", "2024")
    assert status == 0 and out.startswith("functional\t2026\t201 03 01\t行政运行\t")
    assert err == (
        "xjbudget codes: 2010301 is not in the 2024 functional tables; the 2026 edition answers\n"
    )


def test_cli_and_validation_say_the_same_of_a_missing_code() -> None:
    status, _, err = _run("2011398", "--year", "2024")
    assert status == 2
    result = codes.check("2011398", "x", year=2024)
    assert result.absent and result.absent in err
    assert "not in xjbudget's partial tables" in err
    status, _, err = _run("299", "--year", "2024")
    assert status == 2 and "unknown functional code 299" in err


def test_cli_search_and_check() -> None:
    status, out, _ = _run("办公经费", "--scheme", "economic-gov")
    assert status == 0 and out.startswith("1.00\teconomic-gov\t2024\t502 01\t办公经费")
    status, out, _ = _run("201 一般公共预算支出", "--year", "2024")
    assert status == 0 and out.startswith("variant\t")
    status, out, _ = _run("stats")
    assert status == 0 and out.splitlines()[0] == "scheme\tedition\tlevel\tprovenance\trows"


@pytest.mark.parametrize(
    "argv",
    [
        ("2011398",),
        ("zzzz",),
        ("harvest",),
        ("201", "--scheme", "economic-gov"),
        ("harvest", "x.txt", "--observed", "out", "--year", "2024"),
    ],
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


def test_harvest_checks_each_document_against_its_own_year() -> None:
    # 工业和信息产业 is the 2026 documents' name of 21505; the 2023 and 2024 tables recall
    # 工业和信息产业监管: each document is checked against the edition of its year
    row = ("21505", "工业和信息产业")
    docs = [
        ("a", fake_document(2024, row, number=3)),
        ("b", fake_document(2023, row, number=3)),
        ("c", fake_document(2026, row, number=3)),
    ]
    findings = codes.harvest_parsed(docs)
    assert [(f.edition, f.status, f.where) for f in findings] == [
        (2023, codes.CheckStatus.RENAMED, ("b 表3",)),
        (2024, codes.CheckStatus.RENAMED, ("a 表3",)),
    ]
    assert findings[0].tsv_row.startswith("functional-2023.tsv\t21505\t")
    # a year given applies to every document
    assert [f.edition for f in codes.harvest_parsed(docs, year=2026)] == []
    # a document of a year without an edition: its rows are comments
    older = [("d", fake_document(2020, row, number=3))]
    rows = [f.tsv_row for f in codes.harvest_parsed(older)]
    assert rows and all(r.startswith("# functional-2020.tsv (no such edition here)") for r in rows)
