"""Family 3: equalities across tables, declared as data in ``xjbudget.validate.cross``."""

from __future__ import annotations

from decimal import Decimal

from xjbudget.model import Row
from xjbudget.validate import CROSS_CHECKS, validate
from xjbudget.validate.cross import read_cell

from .builders import coded, document, item, table, total


def _expense(row: Row) -> Row:
    return Row(row.name, row.values, code=row.code, side="expenditure")


def _run(
    *tables: object, rules: str = "cross"
) -> list[tuple[str, str, int | None, str | None, str | None]]:
    report = validate(document(*tables), rules=rules)  # type: ignore[arg-type]
    return [(f.rule, f.severity, f.table, f.row, f.column) for f in report.findings]


def test_declarations_have_unique_ids_and_name_real_columns() -> None:
    from xjbudget.catalog import spec_for_number

    assert len({c.id for c in CROSS_CHECKS}) == len(CROSS_CHECKS)
    for check in CROSS_CHECKS:
        for cell in (check.left, *check.right):
            spec = spec_for_number(cell.table)
            assert spec is not None
            # An optional column (西安's economic lists) only with an item of its own.
            columns = spec.column_keys() if cell.item is None else {c.key for c in spec.columns}
            assert cell.column in columns, (check.id, cell)
            if cell.item is not None:
                assert cell.item in {i.key for i in spec.items} | {"total"}, (check.id, cell)


def test_table_3_total_must_equal_table_1_expenditure_total() -> None:
    t1 = table(1, item("expenditure_total", "1003.73", side="expenditure", role="total"))
    t3 = table(3, total(total="1003.73"))
    assert _run(t1, t3) == []
    t3 = table(3, total(total="1003.74"))
    assert _run(t1, t3) == [("cross.T3_total_eq_T1_expenditure_total", "error", 3, "合计", "total")]


def test_per_code_comparison_names_each_code_and_counts_a_missing_row_as_zero() -> None:
    t2 = table(2, coded("201", "a", total="10.00"), coded("20113", "b", total="10.00"))
    t3 = table(3, coded("201", "a", total="10.00"), coded("20113", "b", total="9.00"))
    assert _run(t2, t3) == [("cross.T3_eq_T2_per_code", "error", 3, "20113 b", "total")]
    t3 = table(3, coded("201", "a", total="10.00"))
    assert _run(t2, t3) == [("cross.T3_eq_T2_per_code", "error", 3, "20113 b", "total")]


def test_per_class_comparison_of_table_1_and_table_3() -> None:
    t1 = table(1, _expense(coded("201", "a", expenditure="868.26")))
    t3 = table(3, coded("201", "a", total="868.26"), coded("20113", "b", total="868.26"))
    rule = "cross.T1_class_eq_T3_class"
    assert _run(t1, t3, rules=rule) == []
    t1 = table(1, _expense(coded("201", "a", expenditure="868.62")))
    assert _run(t1, t3, rules=rule) == [(rule, "error", 1, "201 a", "expenditure")]


def test_a_total_row_not_printed_is_the_sum_of_the_classes() -> None:
    t5 = table(5, coded("201", "a", total="5.00", basic="5.00"), coded("208", "b", basic="2.00"))
    t6 = table(6, total(total="7.00"))
    assert _run(t5, t6) == []
    reading = read_cell(document(t5), CROSS_CHECKS[0].left.__class__(5, "basic"))
    assert reading is not None
    assert (reading.value, reading.row, reading.items) == (Decimal("7.00"), None, 2)


def test_a_check_is_skipped_when_a_table_is_missing() -> None:
    assert _run(table(3, total(total="1.00"))) == []


def test_three_public_expenses_against_table_6_are_at_most_a_warning() -> None:
    t6 = table(6, coded("30217", "公务接待费", total="3.00"))
    t10 = table(10, item("reception", column="general_budget", general_budget="5.00"))
    assert _run(t6, t10) == [
        ("cross.T6_30217_eq_T10_reception", "warning", 6, "30217 公务接待费", "total")
    ]
    # The message says the difference is beyond rounding, and why it is only a warning
    # (guangzhou-03: 表6 30217 公务接待费 3.40 against 表10's 44.90).
    (finding,) = validate(document(t6, t10), rules="cross").findings
    assert "beyond the rounding of 1 item(s), ±0.005; at most a warning" in finding.message
    assert "超出舍入误差" in finding.message_zh and "本规则至多为警告" in finding.message_zh


def test_table_2_total_row_against_table_1_income_items() -> None:
    # 004: 表2 L139 against 表1 L96-116
    t1 = table(
        1,
        item("general_budget", "4701.75", side="income"),
        item("general_budget_own", "4549.75", side="income"),
        item("general_budget_transfer", "152.00", side="income"),
        item("fiscal_carryover", "29197.23", side="income"),
        item("income_total", "33898.98", side="income", role="total"),
    )
    t2 = table(
        2,
        total(
            "总计",
            total="33898.98",
            fiscal_subtotal="4701.75",
            general_budget="4549.75",
            general_budget_transfer="152.00",
            fiscal_carryover="29197.23",
        ),
    )
    assert _run(t1, t2) == []
    t2 = table(
        2,
        total(
            "总计",
            total="33898.98",
            fiscal_subtotal="4701.75",
            general_budget="4701.75",
            general_budget_transfer="152.00",
            fiscal_carryover="29197.23",
        ),
    )
    assert _run(t1, t2) == [
        ("cross.T2_general_budget_eq_T1_general_budget_own", "error", 2, "总计", "general_budget")
    ]
