"""The coverage measure (docs/coverage.md) and the gates built on it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given

import xjbudget
import xjbudget.strategies as xst
from xjbudget import coverage
from xjbudget.coverage import count_cell_amounts, count_text_amounts
from xjbudget.model import (
    AmountCoverage,
    AmountRegion,
    Document,
    DocumentMeta,
    Finding,
    Location,
    Part,
)
from xjbudget.render import render_document_tabbed
from xjbudget.settings import Settings
from xjbudget.sources.lines import SourceLine

from ..conftest import CORPUS

# The amounts people transcribed from each corpus document (tests/golden/*.cells.csv) and
# the indicator amounts of their performance targets.
GOLDEN_AMOUNTS = {
    "000_707d8629ab46531e": (267, 10),
    "001_7236ab5e17bf1c1a": (241, 9),
    "003_f62fb37ef8e53f88": (202, 29),
    "004_ce2c4c2fd8aa6825": (392, 60),
}


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (("201", "01", "01", "行政运行", "359.11", "", "12.64"), 2),  # split code, then amounts
        (("2010101 行政运行", "1,036.53", "0"), 2),
        (("合计", "<b>815.12</b>", "-", "—"), 1),  # dashes are empty cells
        (("※", "※", "1", "2", "3", "4"), 0),  # the numbering row
        (("类", "款", "项", "", "1", "2", "3", "4", "5"), 0),  # numbers running 1, 2, 3
        (("部门联系人", "王焯", "联系电话", "13209947970"), 0),  # a phone number
        (("办公费", "300", "否"), 1),  # 是否空表: a flag, the number before it counts
        (("一般公共预算拨款", "100.00", "201", "一般公共服务支出", "80.00"), 2),  # two-sided
        (("2025年预算数", "2026年预算数"), 0),
    ],
)
def test_printed_amounts_of_a_cell_row(cells: tuple[str, ...], expected: int) -> None:
    assert count_cell_amounts(cells) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("201 13 01 行政运行 359.11 346.47 346.47 12.64", 4),
        ("208 05 05", 0),  # a code whose name wrapped to the next line
        ("36.37 36.37 36.37", 3),
        ("※ ※ ※ ※ 1 2 3 4 5 6 7 8 9 10 11 12", 0),
        ("司法300,000 200,000 100,000", 3),  # an amount glued to its name
        ("2010101行政运行", 0),  # a code glued to its name
        ("(2024 年)", 0),
        ("- 9 -", 0),
        ("增长 12.5% 共 3 人", 1),  # 12.5% is a share, 3 a count standing alone
        # 江苏's vehicles (wuxi-04 p36): a number before its measure word is a count.
        ("辆、主要负责人用车 0 辆、机要通信用车 0 辆、应急保障用车 0", 1),
        ("设备8台（套） 12.00", 1),
    ],
)
def test_printed_amounts_of_a_text_line(text: str, expected: int) -> None:
    assert count_text_amounts(text) == expected


@pytest.mark.parametrize("stem", sorted(GOLDEN_AMOUNTS))
def test_corpus_documents_print_what_people_transcribed_and_all_is_read(stem: str) -> None:
    document = xjbudget.parse(CORPUS / f"{stem}.txt")
    coverage = document.coverage
    assert coverage is not None
    cells, indicators = GOLDEN_AMOUNTS[stem]
    assert (coverage.in_standard_tables, coverage.in_performance) == (cells, indicators)
    assert coverage.table_amounts == cells + indicators
    assert coverage.unplaced == 0 and coverage.table_ratio == 1.0
    assert coverage.narrative_figures >= coverage.in_facts > 100
    assert xjbudget.validate(document, rules="completeness").ok


@given(xst.documents(kind="部门预算") | xst.documents(kind="单位预算", year=2023))
def test_every_amount_of_a_generated_document_is_counted_and_read(document: Document) -> None:
    read = xjbudget.parse_text(render_document_tabbed(document))
    coverage = read.coverage
    assert coverage is not None
    printed = sum(
        1 for t in document.tables for r in t.rows for v in r.values.values() if v is not None
    )
    assert coverage.table_amounts == coverage.in_standard_tables == printed
    assert not [f for f in xjbudget.validate(read, rules="completeness").errors]


def test_amounts_glued_to_names_are_reported_not_dropped() -> None:
    # A converter that drops the space between a name and its first amount:
    # "行政运行359.11 346.47 …". Such amounts are counted, and what the reader cannot place
    # is an error naming the table, never a silent gap.
    text = (CORPUS / "001_7236ab5e17bf1c1a.txt").read_text("utf-8")
    lines = text.splitlines()
    glued = [regex.sub(r"(\p{Han}) (\d[\d,]*\.\d\d)", r"\1\2", line) for line in lines[455:560]]
    document = xjbudget.parse_text("\n".join([*lines[:455], *glued, *lines[560:]]))
    coverage = document.coverage
    assert coverage is not None and coverage.unplaced > 0
    report = xjbudget.validate(document)
    assert not report.ok
    unread = report.by_rule("completeness.amounts_unread")
    assert {f.table for f in unread} >= {3}
    assert all(f.location is not None and f.location.line for f in unread)


def test_parse_errors_make_a_report_not_ok() -> None:
    document = xjbudget.parse(CORPUS / "000_707d8629ab46531e.txt")
    assert xjbudget.validate(document, rules="T3").ok
    broken = attrs.evolve(
        document, findings=(*document.findings, Finding("parse.cell.not_amount", "error", "x"))
    )
    report = xjbudget.validate(broken, rules="T3")
    assert not report.ok
    assert report.errors == report.parse_findings[-1:]
    assert report.counts_by_severity["error"] == 1 and len(report) == len(report.all_findings)


def test_a_document_without_its_tables_is_not_read() -> None:
    text = (CORPUS / "000_707d8629ab46531e.txt").read_text("utf-8").splitlines()
    narrative_only = "\n".join(text[:91] + text[406:])  # part 2 (the tables) cut out
    report = xjbudget.validate(xjbudget.parse_text(narrative_only))
    assert not report.ok
    (finding,) = report.by_rule("completeness.nothing_read")
    assert "none was read into a standard table" in finding.message


def _narrative_only(stated: int, read: int) -> Document:
    # Beijing's 2026 PDFs: 第二部分 …报表 is a bare heading, the tables are another file.
    part = Part(2, "第二部分2026年度部门预算报表", Location(line=172, page=9))
    coverage = AmountCoverage(regions=(), narrative_figures=stated, in_facts=read)
    return Document(DocumentMeta(), parts=(part,), coverage=coverage)


def test_a_document_printing_no_table_is_the_documents_error_not_a_misread() -> None:
    report = xjbudget.validate(_narrative_only(49, 49), rules="completeness")
    assert not report.ok
    assert [f.rule for f in report.errors] == ["completeness.tables_not_printed"]
    (finding,) = report.errors
    assert finding.location is not None and finding.location.page == 9
    assert "49 figures, 49 read" in finding.message


def test_no_table_and_a_narrative_not_read_is_also_nothing_read() -> None:
    report = xjbudget.validate(_narrative_only(55, 49), rules="completeness")
    assert sorted(f.rule for f in report.errors) == [
        "completeness.nothing_read",
        "completeness.tables_not_printed",
    ]
    (finding,) = report.by_rule("completeness.nothing_read")
    assert "49 of the 55 figures" in finding.message
    lenient = Settings(coverage_error_below=0.85)
    report = xjbudget.validate(_narrative_only(55, 49), rules="completeness", settings=lenient)
    assert not report.by_rule("completeness.nothing_read")


def test_a_document_that_prints_tables_is_never_said_to_print_none() -> None:
    document = xjbudget.parse(CORPUS / "000_707d8629ab46531e.txt")
    assert not xjbudget.validate(document).by_rule("completeness.tables_not_printed")


def _with_coverage(*regions: AmountRegion) -> Document:
    return Document(DocumentMeta(), coverage=AmountCoverage(regions=regions))


@pytest.mark.parametrize(
    ("generic", "severity"),
    [(90, "error"), (6, "error"), (4, "warning"), (0, None)],
)
def test_low_coverage_thresholds(generic: int, severity: str | None) -> None:
    regions = [AmountRegion("standard_table", "部门支出总体情况表", 100 - generic, 100 - generic)]
    if generic:
        regions.append(AmountRegion("generic_table", "政府采购预算表", generic, generic))
    report = xjbudget.validate(_with_coverage(*regions), rules="completeness.low_coverage")
    assert [f.severity for f in report.findings] == ([severity] if severity else [])
    if generic:
        assert "政府采购预算表" in report.findings[0].message


def test_coverage_is_in_the_json_and_the_report_table() -> None:
    from xjbudget.export import document_to_dict
    from xjbudget.export.records import report_table

    document = xjbudget.parse(CORPUS / "003_f62fb37ef8e53f88.txt")
    data = document_to_dict(document)["coverage"]
    assert data["table_amounts"] == 231 and data["table_ratio"] == 1.0
    assert data["regions"][0]["kind"] == "standard_table"
    text = report_table("003", xjbudget.validate(document))
    assert text.splitlines()[1].strip().startswith("table amounts 231: 100.0% read")


def test_the_gate_example_refuses_a_document_that_was_not_read(tmp_path: Path) -> None:
    text = (CORPUS / "000_707d8629ab46531e.txt").read_text("utf-8").splitlines()
    path = tmp_path / "narrative-only.txt"
    path.write_text("\n".join(text[:91] + text[406:]), "utf-8")
    script = Path(__file__).resolve().parents[2] / "examples" / "gate.py"
    result = subprocess.run(
        [sys.executable, str(script), str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1, result.stderr
    assert "NOT OK" in result.stdout and "completeness.nothing_read" in result.stdout


def test_counts_by_rule_counts_every_finding() -> None:
    report = xjbudget.validate(xjbudget.parse(CORPUS / "003_f62fb37ef8e53f88.txt"))
    assert sum(report.counts_by_rule.values()) == len(report)


def test_row_numbers_under_a_serial_header_are_not_amounts() -> None:
    # xian-08 p28 (西安 部门综合预算, 2022): a 序号 column numbers the rows 1, 2, 3 …; the
    # numbers under it are not amounts, those under 合计 … are, whatever their digits.
    rows = (
        ("序号", "功能科目编码", "功能科目名称", "合计", "人员经费支出", "备注"),
        ("1", "", "合计", "25180591.33", "13593324.02", ""),
        ("2", "208", "社会保障和就业支出", "1494346.00", "1494346.00", ""),
        ("3", "", "其他", "7", "7", ""),
    )
    lines = [
        SourceLine(text=" ".join(r), location=Location(line=i), cells=r)
        for i, r in enumerate(rows, 1)
    ]
    assert coverage._printed(lines) == 6
    # Without the header the same rows count their row numbers too.
    assert coverage._printed(lines[1:]) == 9


def test_codes_and_quantities_under_their_headers_are_not_amounts() -> None:
    # xian-09 p74 (西安 政府采购预算表, 2022): codes under 类/款/项 and …编码, a quantity
    # under 数量, and one amount, 预算金额; a name holding 电话 does not hide the amount.
    header = ("序号", "科目编码", "", "", "单位编码", "采购项目", "采购目录", "购买服务内容")
    header += ("规格型号", "数量", "部门预算支出经济科目编码", "", "政府预算支出经济分类科目编码")
    row = ("223", "220", "01", "99", "", "不动产登记办事大厅租赁运行维护项目")
    row += ("C0599其他维修和保养服务", "", "城南办事大厅监控、电话、门禁等弱电系统维", "1")
    row += ("302", "13", "505", "02", "250000.00", "")
    rows = (
        (*header, "", "预算金额", "说明"),
        ("", "类", "款", "项", "", "", "", "", "", "", "类", "款", "类", "款", "", ""),
        row,
    )
    lines = [
        SourceLine(text=" ".join(r), location=Location(line=i), cells=r)
        for i, r in enumerate(rows, 1)
    ]
    assert coverage._printed(lines) == 1


def test_quantities_with_thousands_separators_are_not_amounts() -> None:
    # xian-02 p38 (西安 政府采购预算表, 2026): 数量 prints its counts in thousands
    # (187,920 in the 合计 row, 20,400 of one item); only 预算金额 holds amounts.
    rows = (
        ("科目编码", "单位编码", "采购项目", "采购目录", "规格型号", "数量", "预算金额", "说明"),
        ("", "", "", "合计", "", "187,920", "18,712,700.00", ""),
        ("201", "05 07", "第四次农业普查", "A05030303普通服装", "", "20,400", "2,040,000.00", ""),
    )
    lines = [
        SourceLine(text=" ".join(r), location=Location(line=i), cells=r)
        for i, r in enumerate(rows, 1)
    ]
    assert coverage._printed(lines) == 2
    # Without the header the counts are amounts.
    assert coverage._printed(lines[1:]) == 4


def test_the_narrative_a_table_block_runs_into_is_not_counted() -> None:
    # shanghai-01 p19-20: the last table's row, then part 3's text in the same block.
    rows = [
        SourceLine(text="7.20 6.00", location=Location(line=1), cells=("7.20", "6.00")),
        SourceLine(text="其他相关情况说明", location=Location(line=2)),
        SourceLine(
            text="2026年“三公”经费预算数为7.20万元，与2025年预算持平。", location=Location(line=3)
        ),
        SourceLine(text="12.00 13.00", location=Location(line=4)),  # a row without cells
    ]
    region = coverage._region("standard_table", "三公", rows, 2, rows[0])
    assert (region.printed, region.read) == (4, 2)
