"""The “三公” table printed with a row per unit (表22, issue 15): 西安's 表13.

The excerpts are lines of real PDFs of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to their first rows; the last test reads one whole PDF
and skips where ../shared is absent.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import xjbudget
from xjbudget import parse_text, validate
from xjbudget.model import GenericTable, Table
from xjbudget.tables.transposed import relative_years

REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"
D = Decimal

_HEAD = """西安市住房和城乡建设局
2022年部门综合预算
第二部分 2022年部门综合预算公开报表
"""

# xian-05.pdf page 61: 2021年 | 2022年 | 增减变化情况, each over 合计 | “三公” (小计 | 出国 |
# 接待 | 车辆 (小计 | 购置 | 运行维护)) | 会议费 | 培训费; the department's rows.
XIAN_2022 = (
    _HEAD
    + """表13
2022年部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表（不含上年结转）
单位：元
单位编码\t单位名称\t2021年\t\t\t\t\t\t\t\t\t2022年\t\t\t\t\t\t\t\t\t增减变化情况\t\t\t\t\t\t\t\t
\t\t合计\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t会议费\t培训费\t合计\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t会议费\t培训费\t合计\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t会议费\t培训费
\t\t\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费\t\t\t\t\t\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费\t\t\t\t\t\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费\t\t\t\t
\t\t\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t
\t合计\t2657249.50\t57940.00\t0.00\t57940.00\t0.00\t0.00\t0.00\t679592.50\t1919717.00\t2893950.00\t807650.00\t0.00\t57650.00\t750000.00\t0.00\t750000.00\t165500.00\t1920800.00\t236700.50\t749710.00\t0.00\t-290.00\t750000.00\t0.00\t750000.00\t-514092.50\t1083.00
253\t西安市住房和城乡建设局\t2657249.50\t57940.00\t0.00\t57940.00\t0.00\t0.00\t0.00\t679592.50\t1919717.00\t2893950.00\t807650.00\t0.00\t57650.00\t750000.00\t0.00\t750000.00\t165500.00\t1920800.00\t236700.50\t749710.00\t0.00\t-290.00\t750000.00\t0.00\t750000.00\t-514092.50\t1083.00
253001\t西安市住房和城乡建设局\t1138300.00\t20000.00\t0.00\t20000.00\t0.00\t0.00\t0.00\t531300.00\t587000.00\t577200.00\t20000.00\t0.00\t20000.00\t0.00\t0.00\t0.00\t134000.00\t423200.00\t-561100.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t-397300.00\t-163800.00
"""
)

# xian-01.pdf page 43: 上年 | 当年 | 增减变化情况 printed over the middle of their columns
# (上年 over the 7th of 9), labels and amounts run together; the department's row, the
# same amounts as the 合计, left out.
_ROWS_2026 = (
    (
        "",
        "合计",
        "2,480,000.00",
        "265,000.00",
        "",
        "90,000.00",
        "175,000.00",
        "",
        "175,000.00",
        "506,800.00 1,708,200.00 2,083,436.00",
        "",
        "",
        "219,000.00",
        "",
        "80,000.00",
        "139,000.00",
        "",
        "139,000.00",
        "461,836.00 1,402,600.00 -396,564.00",
        "",
        "",
        "-46,000.00",
        "",
        "-10,000.00-36,000.00",
        "",
        "-36,000.00",
        "-44,964.00 -305,600.00",
        "",
    ),
    (
        "116001",
        "西安市财政局",
        "640,800.00",
        "230,000.00",
        "",
        "80,000.00",
        "150,000.00",
        "",
        "150,000.00",
        "360,800.00",
        "50,000.00",
        "582,836.00",
        "203,000.00",
        "",
        "80,000.00",
        "123,000.00",
        "",
        "123,000.00",
        "339,836.00",
        "40,000.00",
        "-57,964.00",
        "-27,000.00",
        "",
        "-27,000.00",
        "",
        "-27,000.00",
        "-20,964.00",
        "-10,000.00",
    ),
)
XIAN_2026 = (
    _HEAD
    + """表13
部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表
单位：元
\t\t\t\t\t\t上年\t\t\t\t\t\t\t\t\t当年\t\t\t\t\t\t\t\t增减变化情况\t\t\t\t
\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t
单位编码\t单位名称\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置公务用车运行费\t维护费\t会议费\t培训费\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置公务用车运行费\t维护费\t会议费\t培训费\t合计\t小计\t因公出国（境）费用\t公务用车购置及运行维护费公务接待费小计\t公务用车购置公务用车运行费\t维护费\t会议费\t培训费
"""
    + "\n".join("\t".join(row) for row in _ROWS_2026)
    + "\n"
)


def _table(document: xjbudget.Document, number: int) -> Table:
    table = document.table(number)
    assert table is not None, [(t.title, t.reason) for t in document.other_tables]
    return table


def test_three_public_by_unit_under_year_groups() -> None:
    document = parse_text(XIAN_2022)
    assert document.table(10) is None
    table = _table(document, 22)
    assert table.kind == "three_public_by_unit" and table.unit == "元"
    assert table.printed_number == "表13"
    keys = [c.key for c in table.columns]
    assert keys[:9] == [f"prior_year_{k}" for k in _ITEMS]
    assert keys[9:18] == list(_ITEMS)
    assert keys[18:] == [f"change_{k}" for k in _ITEMS]
    total, department, unit = table.rows
    assert total.role == "total" and total.name == "合计"
    assert (department.item, department.name) == ("253", "西安市住房和城乡建设局")
    assert unit.item == "253001"
    assert {k: total[k] for k in ("grand_total", "total", "reception", "meetings", "training")} == {
        "grand_total": D("2893950.00"),
        "total": D("807650.00"),
        "reception": D("57650.00"),
        "meetings": D("165500.00"),
        "training": D("1920800.00"),
    }
    assert total["prior_year_grand_total"] == D("2657249.50")
    assert total["change_vehicle_operation"] == D("750000.00")
    assert document.coverage.in_standard_tables == document.coverage.table_amounts
    # The excerpt is cut to the department's first unit: only the row sums hold in it.
    assert not [f for f in validate(document).findings if f.rule.startswith("T22.row")]


_ITEMS = (
    "grand_total",
    "total",
    "outbound_travel",
    "reception",
    "vehicles",
    "vehicle_purchase",
    "vehicle_operation",
    "meetings",
    "training",
)


def test_a_sum_the_table_breaks_is_reported() -> None:
    # 253001's 2022 合计 577,200.00 = 20,000.00 + 134,000.00 + 423,200.00: printed 577,300.00.
    broken = XIAN_2022.replace("\t577200.00\t", "\t577300.00\t")
    rules = {f.rule for f in validate(parse_text(broken)).errors}
    assert "T22.row.grand_total_eq_sum_of_parts" in rules


def test_year_groups_whose_columns_differ_stay_generic() -> None:
    document = parse_text(XIAN_2026)
    # An earlier reading of xian-01 p43: the third group's labels run into each other, a
    # column short, so the year groups are no runs of the same leaves and their columns
    # cannot be told apart (the reading of today is read: test_three_public_xian.py). Not
    # 表10 with the year before's 合计 as its total, nor a 表22 of shifted columns.
    assert document.table(10) is None and document.table(22) is None
    (generic,) = [t for t in document.other_tables if "三公" in t.title]
    assert isinstance(generic, GenericTable)


def test_one_units_year_rows_stay_table_10() -> None:
    # 深圳's 表9: 预算单位 | 年度 … is one unit's items in a row per year, not by unit.
    text = """2026年深圳市统计局部门预算
第二部分 2026年部门预算表
表9
财政拨款“三公”经费支出表
部门名称：深圳市统计局 单位：万元
预算单位\t年度\t总计\t\t\t因公出国(境)费\t\t\t公务接待费\t\t\t公务用车购置及运行维护费\t\t\t\t\t\t\t\t
\t\t\t\t\t\t\t\t\t\t\t小计\t\t\t公务用车购置费\t\t\t公务用车运行维护费\t\t
\t\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算
深圳市统计局\t2025年\t3.00\t0.00\t0.00\t0.00\t0.00\t0.00\t1.00\t0.00\t0.00\t2.00\t0.00\t0.00\t0.00\t0.00\t0.00\t2.00\t0.00\t0.00
\t2026年\t3.00\t0.00\t0.00\t0.00\t0.00\t0.00\t1.00\t0.00\t0.00\t2.00\t0.00\t0.00\t0.00\t0.00\t0.00\t2.00\t0.00\t0.00
\t增减变化金额\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
"""
    document = parse_text(text)
    assert document.table(22) is None
    assert _table(document, 10).rows[0].item == "total"


@pytest.mark.skipif(not (REAL / "xian-05.pdf").exists(), reason="../shared is absent")
def test_xian_05_pdf() -> None:
    document = xjbudget.parse(REAL / "xian-05.pdf")
    table = _table(document, 22)
    assert len(table.rows) == 1 + 1 + 20  # 合计, the department, its 20 units
    report = validate(document)
    # Every row sum holds; part 3's 80.77 万元 “三公”, 5.77 接待, 16.55 会议费 … restate the
    # 合计 row; 表10 is not missing (西安 publishes its “三公” table by unit).
    assert not [
        f
        for f in report.findings
        if f.rule.startswith(("T22", "narrative.three_public")) and f.severity != "info"
    ]
    assert not [
        f for f in report.findings if f.rule == "completeness.table_missing" and f.table == 10
    ]


def test_two_years_of_a_header_are_the_year_before_and_the_budget_year() -> None:
    rows = [("单位编码", "2021年", "", "2022年", "", "增减变化情况"), ("", "合计", "会议费")]
    assert relative_years(rows) == (
        ("单位编码", "上年", "", "当年", "", "增减变化情况"),
        ("", "合计", "会议费"),
    )
    # One year, or three: left as printed.
    assert relative_years([("2026年预算数", "")]) == (("2026年预算数", ""),)
    assert relative_years([("2024年", "2025年", "2026年")]) == (("2024年", "2025年", "2026年"),)
