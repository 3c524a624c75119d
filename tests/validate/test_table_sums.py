"""Family 2: named items, the code hierarchy, totals, unit subtotals, two-sided balance."""

from __future__ import annotations

from decimal import Decimal

from xjbudget.validate import validate

from .builders import coded, document, item, project, table, total, unit


def _run(*tables: object, rules: str = "table") -> list[tuple[str, str, str | None, str | None]]:
    report = validate(document(*tables), rules=rules)  # type: ignore[arg-type]
    return [(f.rule, f.severity, f.row, f.column) for f in report.findings]


def _t3(*rows: object) -> object:
    return table(3, *rows)  # type: ignore[arg-type]


def test_parent_equals_its_children_and_total_its_classes() -> None:
    t3 = _t3(
        total(total="15.00", basic="10.00", project="5.00"),
        coded("201", "a", total="10.00", basic="10.00"),
        coded("20113", "b", total="10.00", basic="10.00"),
        coded("2011301", "c", total="6.00", basic="6.00"),
        coded("2011350", "d", total="4.00", basic="4.00"),
        coded("208", "e", total="5.00", project="5.00"),
    )
    assert _run(t3) == []


def test_a_parent_off_from_its_children_names_the_parent_and_column() -> None:
    # 004 表3 L199-202: 20805 printed 382.95, its 项 add up to 382.96
    t3 = _t3(
        coded("208", "社会保障和就业支出", total="382.95", basic="382.95"),
        coded("20805", "行政事业单位养老支出", total="382.95", basic="382.95"),
        coded("2080501", "行政单位离退休", total="164.33", basic="164.33"),
        coded("2080502", "事业单位离退休", total="19.89", basic="19.89"),
        coded("2080505", "机关事业单位基本养老保险缴费支出", total="198.74", basic="198.74"),
    )
    assert _run(t3) == [
        ("T3.tree.parent_eq_sum_of_children", "warning", "20805 行政事业单位养老支出", "total"),
        ("T3.tree.parent_eq_sum_of_children", "warning", "20805 行政事业单位养老支出", "basic"),
    ]


def test_a_missing_intermediate_row_counts_the_grandchildren() -> None:
    t3 = _t3(
        coded("201", "a", total="10.00", basic="10.00"),
        coded("2011301", "c", total="6.00", basic="6.00"),
        coded("2011350", "d", total="4.00", basic="3.00"),
    )
    assert _run(t3) == [("T3.tree.parent_eq_sum_of_children", "error", "201 a", "basic")]


def test_total_row_off_by_one_cent_over_five_classes_is_a_warning() -> None:
    # 000 表3 L189: 总计 1,036.53, its 类 add up to 1,036.52
    t3 = _t3(
        total("总计", total="1036.53"),
        coded("201", "a", total="832.09"),
        coded("208", "b", total="100.51"),
        coded("210", "c", total="28.70"),
        coded("221", "d", total="42.62"),
        coded("224", "e", total="32.60"),
    )
    assert _run(t3, rules="T3.tree") == [
        ("T3.tree.total_eq_sum_of_top_level", "warning", "总计", "total")
    ]


def test_table_7_units_subtotal_their_rows_and_the_total_adds_the_units() -> None:
    # 004 表7: units at L355, L378, L382; a 类 code repeats under two units
    rows = [
        total("总计", total="2112.67", goods_services="2112.67"),
        unit("局本级", total="2068.67", goods_services="2068.67"),
        coded("206", "科学技术支出", total="2068.67", goods_services="2068.67"),
        coded("20604", "技术与开发", total="2068.67", goods_services="2068.67"),
        coded("2060499", "其他", proj="运维项目", total="2068.67", goods_services="2068.67"),
        unit("中小企业服务中心", total="44.00", goods_services="44.00"),
        coded("206", "科学技术支出", total="44.00", goods_services="44.00"),
        coded("20604", "技术与开发", total="44.00", goods_services="44.00"),
        coded("2060499", "其他", proj="信息化运维", total="24.00", goods_services="24.00"),
        coded("2060499", "其他", proj="第二个项目", total="20.00", goods_services="20.00"),
    ]
    assert _run(table(7, *rows)) == []
    rows[5] = unit("中小企业服务中心", total="43.00", goods_services="44.00")
    found = _run(table(7, *rows))
    assert ("T7.tree.unit_eq_sum_of_rows", "error", "中小企业服务中心", "total") in found
    assert ("T7.tree.total_eq_sum_of_top_level", "error", "总计", "total") in found


def test_table_11_total_is_the_unit_and_the_unit_its_projects() -> None:
    t11 = table(
        11,
        total("总计", total="454.98", fiscal_total="216.98", nonfiscal_total="238.00"),
        unit("局", total="454.98", fiscal_total="216.98", nonfiscal_total="238.00"),
        project("项目甲", total="216.98", fiscal_total="216.98"),
        project("机构运行保障补助经费", total="238.00", nonfiscal_total="238.00"),
    )
    assert _run(t11) == []
    t11 = table(
        11,
        total("总计", total="454.98"),
        project("项目甲", total="216.98"),
        project("项目乙", total="237.00"),
    )
    assert _run(t11) == [("T11.tree.total_eq_sum_of_top_level", "error", "总计", "total")]


def _t1(*extra: object, income_total: str = "1003.73", spending: str = "1003.73") -> object:
    return table(
        1,
        item("current_year_income", "1003.73", side="income"),
        item("general_budget", "571.55", side="income"),
        item("general_budget_own", "571.55", side="income"),
        item("unit_funds", "432.18", side="income"),
        item("business_income", "178.03", side="income"),
        item("other_income", "254.15", side="income"),
        item("income_total", income_total, side="income", role="total"),
        *extra,  # type: ignore[arg-type]
        item("expenditure_total", spending, side="expenditure", role="total"),
    )


def test_table_1_items_and_sides_hold_for_003() -> None:
    # 003 表1 L87-117
    classes = (
        coded("201", "一般公共服务支出", expenditure="868.26"),
        coded("208", "社会保障和就业支出", expenditure="133.87"),
        coded("210", "卫生健康支出", expenditure="1.60"),
        coded("202", "外交支出", expenditure=None),
    )
    classes = tuple(r.__class__(r.name, r.values, code=r.code, side="expenditure") for r in classes)
    assert _run(_t1(*classes)) == []
    found = _run(_t1(*classes, income_total="1003.83", spending="1003.73"))
    assert found == [
        (
            "T1.items.income_total_eq_current_year_income_plus_carryover",
            "error",
            "收入总计",
            "income",
        )
        if False
        else (
            "T1.items.income_total_eq_current_year_income_plus_carryover",
            "error",
            "income_total",
            "income",
        ),
        ("T1.sides.income_total_eq_expenditure_total", "error", "expenditure_total", "expenditure"),
    ]


def test_table_10_total_is_found_by_its_role_when_not_keyed() -> None:
    # 003 表10 L337-342; the 合计 row carries role="total" and no item key
    rows = (
        total("合计", total="10.00", general_budget="10.00"),
        item("reception", "3.00", column="total", general_budget="3.00"),
        item("vehicles", "7.00", column="total", general_budget="7.00"),
        item("vehicle_operation", "7.00", column="total", general_budget="7.00"),
    )
    assert _run(table(10, *rows)) == []
    rows = (total("合计", total="11.00", general_budget="11.00"), *rows[1:])
    assert [f[0] for f in _run(table(10, *rows))] == ["T10.items.total_eq_sum_of_parts"] * 2


def test_an_empty_table_has_nothing_to_add() -> None:
    assert _run(table(8, total("合计"), empty="…为空表。")) == []


def test_item_sums_report_the_difference() -> None:
    t4 = table(
        4,
        item("fiscal_total", "571.55", side="income"),
        item("general_budget", "570.55", side="income"),
    )
    report = validate(document(t4), rules="T4.items")
    (finding,) = report.findings
    assert finding.difference == Decimal("1.00")
    assert finding.severity == "error"
