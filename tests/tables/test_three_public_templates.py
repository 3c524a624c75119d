"""The “三公” table as other templates print it, read as 表10 (issue 15).

Every excerpt is lines of a real PDF of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs): the template's numbering, title, header and amounts as
printed.
"""

from __future__ import annotations

from decimal import Decimal

from xjbudget import parse_text, validate
from xjbudget.model import Table
from xjbudget.tables.transposed import _year_columns

D = Decimal

# yantai-01.pdf page 30 (公开表7): the items printed as columns twice, under 2025年预算数
# and 2026年预算数, over one row of amounts; 因公出国（境）经费, 公务用车购置经费 for the
# national 因公出国（境）费, 公务用车购置费; no 购置 amount printed.
YANTAI = """2026年烟台市市场监督管理局
部门预算
第二部分 2026年部门预算表
公开表7
一般公共预算“三公”经费支出情况表
部门（单位）：烟台市市场监督管理局 单位：万元
2025年预算数\t\t\t\t\t\t2026年预算数\t\t\t\t\t
合计\t因公出国（境）经费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）经费\t公务用车购置及运行维护费\t\t\t公务接待费
\t\t小计\t公务用车购置经费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置经费\t公务用车运行维护费\t
88.80\t3.00\t69.84\t\t69.84\t15.96\t64.67\t5.00\t45.81\t\t45.81\t13.86
"""

# chongqing-02.pdf page 26 (表八): the same layout with the national item labels.
CHONGQING = """重庆市规划和自然资源局
2026年部门预算情况说明
第二部分 2026年部门预算表
表八
2026年财政拨款“三公”经费支出情况表
单位名称：重庆市规划和自然资源局 单位：万元
2025年预算数\t\t\t\t\t\t2026年预算数\t\t\t\t\t
合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费
\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t
2,552.50\t343.41\t1,726.00\t458.00\t1,268.00\t483.09\t2,171.85\t321.91\t1,570.75\t342.25\t1,228.50\t279.19
"""


# shenzhen-01.pdf page 46 (表9): a row per year (2025年, 2026年, 增减变化金额) of the unit,
# a column per item and source.
SHENZHEN = """2026年深圳市交通运输局（本级）部门预算
第二部分 2026年部门预算表
表9
财政拨款“三公”经费支出表
部门名称：深圳市交通运输局（本级） 单位：万元
预算单位\t年度\t总计\t\t\t因公出国(境)费\t\t\t公务接待费\t\t\t公务用车购置及运行维护费\t\t\t\t\t\t\t\t
\t\t\t\t\t\t\t\t\t\t\t小计\t\t\t公务用车购置费\t\t\t公务用车运行维护费\t\t
\t\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算
深圳市交通运输局（本级）\t2025年\t176.01\t0.00\t0.00\t129.80\t0.00\t0.00\t15.11\t0.00\t0.00\t31.10\t0.00\t0.00\t0.00\t0.00\t0.00\t31.10\t0.00\t0.00
\t2026年\t147.90\t0.00\t0.00\t115.00\t0.00\t0.00\t5.10\t0.00\t0.00\t27.80\t0.00\t0.00\t0.00\t0.00\t0.00\t27.80\t0.00\t0.00
\t增减变化金额\t-28.11\t0.00\t0.00\t-14.80\t0.00\t0.00\t-10.01\t0.00\t0.00\t-3.30\t0.00\t0.00\t0.00\t0.00\t0.00\t-3.30\t0.00\t0.00
"""


# suzhou-01.pdf page 26 (公开09表): 会议费 and 培训费 printed after the “三公” items.
SUZHOU = """2026年度苏州市科学技术局单位预算公开
第二部分 2026年度单位预算表
公开09表
一般公共预算“三公”经费、会议费、培训费支出表
单位：苏州市科学技术局 单位：万元
“三公”经费合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t会议费\t培训费
\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t
4.00\t0.00\t0.00\t0.00\t0.00\t4.00\t5.00\t2.16
"""


# guangzhou-01.pdf page 17 (表8): 行政经费 before the “三公” items, printed as rows named
# 支出 and numbered （一）…（三）. The note printed under the table is on its own line here;
# the PDF reader joins it to the last label (（三）公务接待费支出注：无。), which then
# names no item.
GUANGZHOU = """2026年
广州市政务服务和数据管理局部门预算
第二部分 2026年部门预算表
表8
财政拨款安排的行政经费及“三公”经费预算表
单位名称：广州市政务服务和数据管理局\t\t\t\t单位：万元
项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算
行政经费\t2,614.19\t2,614.19\t0.00\t0.00
“三公”经费\t44.94\t44.94\t0.00\t0.00
其中：（一）因公出国（境）支出\t24.00\t24.00\t0.00\t0.00
（二）公务用车购置及运行维护支出\t12.64\t12.64\t0.00\t0.00
1.公务用车购置费\t0.00\t0.00\t0.00\t0.00
2.公务用车运行维护费\t12.64\t12.64\t0.00\t0.00
（三）公务接待费支出\t8.30\t8.30\t0.00\t0.00
注：无。
"""


def _three(text: str) -> Table:
    table = parse_text(text).table(10)
    assert table is not None
    return table


def _values(table: Table, column: str) -> dict[str | None, Decimal | None]:
    return {row.item: row.values[column] for row in table.rows}


def test_items_under_year_groups_are_this_year_and_the_year_before() -> None:
    three = _three(YANTAI)
    assert [c.key for c in three.columns] == ["total", "prior_year"]
    assert _values(three, "total") == {
        "total": D("64.67"),
        "outbound_travel": D("5.00"),
        "reception": D("13.86"),
        "vehicles": D("45.81"),
        "vehicle_purchase": None,
        "vehicle_operation": D("45.81"),
    }
    assert _values(three, "prior_year")["total"] == D("88.80")
    assert _values(three, "prior_year")["outbound_travel"] == D("3.00")
    findings = validate(parse_text(YANTAI)).findings
    assert not [
        f for f in findings if f.severity == "error" and f.rule.startswith(("T10.", "parse."))
    ]


def test_national_labels_under_year_groups() -> None:
    three = _three(CHONGQING)
    assert _values(three, "total")["vehicle_purchase"] == D("342.25")
    assert _values(three, "prior_year") == {
        "total": D("2552.50"),
        "outbound_travel": D("343.41"),
        "reception": D("483.09"),
        "vehicles": D("1726.00"),
        "vehicle_purchase": D("458.00"),
        "vehicle_operation": D("1268.00"),
    }


def test_the_item_sums_hold_in_the_year_before_too() -> None:
    # The prior year's 合计 misprinted by 1.00: the item sum of that column fails.
    wrong = CHONGQING.replace("2,552.50\t", "2,553.50\t")
    rules = {f.rule for f in validate(parse_text(wrong)).errors}
    assert any(r.startswith("T10.items.") for r in rules)
    assert not [f for f in validate(parse_text(CHONGQING)).errors if f.rule.startswith("T10.")]


def test_year_groups_of_a_header() -> None:
    # xian-05.pdf page 61 (表13): 2021年 | 2022年 | 增减变化情况 over the same columns.
    row = ("单位编码", "单位名称", "2021年", "", "", "2022年", "", "", "增减变化情况", "")
    assert _year_columns([row, ("", "", "合计", "会议费", "培训费")]) == {
        2: "prior_year",
        3: "prior_year",
        4: "prior_year",
        5: "total",
        6: "total",
        7: "total",
        8: "change",
        9: "change",
    }
    # One year only (2026年预算数 alone) or three: no year groups.
    assert _year_columns([("2026年预算数", "", "")]) == {}
    assert _year_columns([("2024年", "2025年", "2026年")]) == {}


def test_a_row_per_year_and_a_column_per_item_and_source() -> None:
    three = _three(SHENZHEN)
    assert three.printed_number == "表9"
    sources = ["general_budget", "fund_budget", "soe_budget"]
    assert [c.key for c in three.columns] == [
        *sources,
        *(f"prior_year_{s}" for s in sources),
        *(f"change_{s}" for s in sources),
    ]
    assert _values(three, "general_budget") == {
        "total": D("147.90"),
        "outbound_travel": D("115.00"),
        "reception": D("5.10"),
        "vehicles": D("27.80"),
        "vehicle_purchase": D("0.00"),
        "vehicle_operation": D("27.80"),
    }
    assert _values(three, "prior_year_general_budget")["total"] == D("176.01")
    assert _values(three, "change_general_budget")["reception"] == D("-10.01")
    report = validate(parse_text(SHENZHEN))
    assert not [f for f in report.errors if f.rule.startswith(("T10.", "parse."))]
    # The 增减 row's 公务接待费 misprinted: the item sum of that column fails.
    wrong = SHENZHEN.replace("\t-10.01\t", "\t-11.01\t")
    assert any(f.rule.startswith("T10.items.") for f in validate(parse_text(wrong)).errors)


def test_several_units_by_year_are_read_by_unit() -> None:
    # shenzhen-09.pdf prints the year rows of 14 units in one table: 表22, a row per unit.
    second = "\n".join(
        line.replace("深圳市交通运输局（本级）\t", "深圳市交通运输局下属单位\t")
        for line in SHENZHEN.splitlines()[-3:]
    )
    document = parse_text(SHENZHEN + second + "\n")
    assert document.table(10) is None
    table = document.table(22)
    assert table is not None
    assert [r.name for r in table.rows] == ["深圳市交通运输局（本级）", "深圳市交通运输局下属单位"]
    first = table.rows[0]
    assert (first["total"], first["prior_year_total"], first["change_reception"]) == (
        D("147.90"),
        D("176.01"),
        D("-10.01"),
    )
    assert first["total_fund_budget"] == first["change_vehicles_soe_budget"] == D("0.00")
    report = validate(document)
    assert not [f for f in report.errors if f.rule.startswith(("T22", "parse."))]
    # Printed by unit, 表10 is not missing.
    assert not [
        f for f in report.findings if f.rule == "completeness.table_missing" and f.table == 10
    ]
    # A source's 总计 misprinted (政府性基金预算 of 2026: 1.00 of no item): reported.
    wrong = (SHENZHEN + second + "\n").replace("2026年\t147.90\t0.00", "2026年\t147.90\t1.00")
    rules = {f.rule for f in validate(parse_text(wrong)).errors}
    assert "T22.row.total_fund_budget_eq_sum_of_parts" in rules


def test_meeting_and_training_fees_beside_the_three_are_items_of_their_own() -> None:
    doc = parse_text(SUZHOU)
    three = doc.table(10)
    assert three is not None and three.printed_number == "公开09表"
    assert _values(three, "total") == {
        "total": D("4.00"),
        "outbound_travel": D("0.00"),
        "reception": D("4.00"),
        "vehicles": D("0.00"),
        "vehicle_purchase": D("0.00"),
        "vehicle_operation": D("0.00"),
        "meetings": D("5.00"),
        "training": D("2.16"),
    }
    assert not [f for f in doc.findings if f.rule == "parse.row.unknown_item"]
    # No part of the “三公” total: 4.00 = 0.00 + 4.00 + 0.00 holds without them.
    assert not [f for f in validate(doc).errors if f.rule.startswith(("T10.", "parse."))]


def test_items_named_as_expenditure_and_numbered_in_brackets() -> None:
    doc = parse_text(GUANGZHOU)
    three = doc.table(10)
    assert three is not None and three.printed_number == "表8"
    # In printed order: 行政经费 first, 接待费 last.
    printed = [(r.item, r.values["general_budget"]) for r in three.rows]
    assert printed[0] == ("administrative", D("2614.19"))
    assert printed[1:4] == [
        ("total", D("44.94")),
        ("outbound_travel", D("24.00")),
        ("vehicles", D("12.64")),
    ]
    assert printed[-1] == ("reception", D("8.30"))
    assert three.total_row is not None and three.total_row.name == "“三公”经费"
    assert not [f for f in doc.findings if f.rule == "parse.row.unknown_item"]
    report = validate(doc)
    assert not [f for f in report.errors if f.rule.startswith(("T10.", "parse."))]
    # The 三公 items are summed now: a misprinted 接待费 is caught.
    wrong = GUANGZHOU.replace("接待费支出\t8.30", "接待费支出\t9.30")
    assert any(f.rule.startswith("T10.items.") for f in validate(parse_text(wrong)).errors)
