"""Amounts printed at different precisions are compared at the coarser one.

The rows are xian-10.pdf's (西安 2021): 表1 p. 39 prints its income items to one decimal
where the cell is too narrow (一般公共预算拨款 535987052.4, 政府性基金拨款 167781553.4), while
表4 p. 44 and 表25 p. 59 print the same money to the cent (535987052.43, 167,781,553.36).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from xjbudget.model import Finding, Table
from xjbudget.validate import validate
from xjbudget.validate.findings import at_coarser_precision, equality_finding, precision

from .builders import document, item, table

D = Decimal
RULE = "cross.T25_fund_budget_eq_T1_fund_budget"


def _t1(fund_budget: str) -> Table:
    return table(1, item("fund_budget", fund_budget, side="income", name="(2)政府性基金拨款"))


def _t25(fund_budget: str) -> Table:
    return table(25, item("fund_budget", fund_budget, side="income", name="一、政府性基金拨款"))


def _findings(*tables: Table, rules: str) -> list[tuple[str, str]]:
    report = validate(document(*tables, year=2021, unit="元"), rules=rules)
    return [(f.rule, f.severity) for f in report.findings]


@pytest.mark.parametrize(
    ("amount", "place"),
    [("1036.53", "0.01"), ("0.00", "0.01"), ("167781553.4", "0.1"), ("335980000", "1")],
)
def test_precision_is_the_last_printed_digit(amount: str, place: str) -> None:
    assert precision(D(amount)) == D(place)


def test_both_sides_are_rounded_half_up_to_the_coarser() -> None:
    assert at_coarser_precision(D("167781553.36"), D("167781553.4")) == (
        D("167781553.4"),
        D("167781553.4"),
        D("0.1"),
    )
    assert at_coarser_precision(D("2.35"), D("2.4")) == (D("2.4"), D("2.4"), D("0.1"))
    # The same decimals: nothing rounded.
    assert at_coarser_precision(D("1.25"), D("1.24")) == (D("1.25"), D("1.24"), None)


@pytest.mark.parametrize(("whole", "other"), [("335980000", "335980000.40"), ("0", "0.30")])
def test_an_amount_without_decimals_is_whole_and_rounds_nothing(whole: str, other: str) -> None:
    # xian-10 p. 39 prints 其中：专项资金列入部门预算的项目 335980000 beside 167781553.4, and
    # 表4 p. 44 prints it 335980000.00: a spreadsheet drops a whole amount's decimals.
    assert at_coarser_precision(D(whole), D(other)) == (D(whole), D(other), None)
    assert at_coarser_precision(D(other), D(whole)) == (D(other), D(whole), None)


def test_table_25_agrees_with_table_1_at_its_one_decimal() -> None:
    # xian-10: 表25 p. 59 167,781,553.36, 表1 p. 39 167781553.4 (-0.04 unrounded).
    assert _findings(_t1("167781553.4"), _t25("167781553.36"), rules=RULE) == []


def test_a_difference_left_at_the_coarser_precision_is_an_error() -> None:
    # 167781553.36 rounds to .4, not .5: a restated figure, so any difference is an error.
    assert _findings(_t1("167781553.5"), _t25("167781553.36"), rules=RULE) == [(RULE, "error")]
    # The same decimals on both sides: one cent off is still an error.
    assert _findings(_t1("167781553.37"), _t25("167781553.36"), rules=RULE) == [(RULE, "error")]


def _fiscal(printed: str) -> Table:
    """表1's 财政拨款 as printed, its two parts as 表4 p. 44 prints them."""
    return table(
        1,
        item("fiscal", printed, side="income", name="1、财政拨款"),
        item("general_budget", "535987052.43", side="income"),
        item("fund_budget", "167781553.36", side="income"),
    )


@pytest.mark.parametrize(
    ("printed", "found"),
    [
        # 表1 p. 39: 535987052.43 + 167781553.36 = 703768605.79, 703768605.8 at one decimal.
        ("703768605.8", []),
        # At one decimal two parts may be off by 2 × 0.05: a rounding slip, then beyond it.
        ("703768605.9", ["warning"]),
        ("703768606.0", ["error"]),
    ],
)
def test_a_sum_is_compared_at_the_coarser_of_the_printed_total_and_its_parts(
    printed: str, found: list[str]
) -> None:
    rule = "T1.items.fiscal_eq_sum_of_parts"
    assert _findings(_fiscal(printed), rules=rule) == [(rule, s) for s in found]


def _against_table_25(printed: str | None, part: str) -> Finding | None:
    return equality_finding(
        RULE,
        table=_t25("167781553.36"),
        row=None,
        column="income",
        printed=None if printed is None else D(printed),
        parts=[D(part)],
        tolerance=D("0.01"),
        what="表1 fund_budget [income]",
        what_zh="表1 fund_budget 预算数",
    )


def test_the_finding_keeps_the_printed_figures_and_names_the_precision() -> None:
    found = _against_table_25("167781553.36", "167781553.6")
    assert found is not None
    assert (found.severity, found.actual, found.expected) == (
        "error",
        D("167781553.36"),
        D("167781553.6"),
    )
    assert "difference -0.2 at the coarser printed precision 0.1" in found.message
    assert "按较粗的印刷精度 0.1 比较" in found.message_zh


def test_an_empty_cell_is_compared_as_it_is() -> None:
    # An empty cell prints no decimals: it is 0, not 0 to the unit, against 0.30.
    found = _against_table_25(None, "0.30")
    assert found is not None and found.severity == "error"
    assert "coarser" not in found.message
