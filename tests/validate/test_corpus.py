"""On each corpus document the findings are exactly its genuine inconsistencies.

Every finding below was checked by hand against the document (line numbers of
``tests/corpus/<stem>.txt``), and agrees with “Source sums that do not hold” in
``tests/golden/README.md``. Everything else in the four documents adds up: 表1 items and
sides, row sums, 类/款/项 sums, unit subtotals (004 表7, 000/004 表11), and every
cross-table equality (e.g. 003: 表3 合计 基本支出 561.95 = 表5 561.95 = 表6 合计 561.95,
项目支出 441.78 = 440.18 + 1.60, 表7 9.60 = 表5 项目支出 9.60) — no finding there.

Two sources: documents built from the golden cells (independent of the parser), and the
parser's documents (which also hold the rows printed without amounts).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import xjbudget
from xjbudget.validate import validate

from ..conftest import FLAT, TABBED
from .golden import golden_document

Found = tuple[str, str, int | None, str | None, str | None]

_PATH_2080505 = (
    "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）"
)


def _total_row(rule: str, table: int, row: str, *columns: str) -> list[Found]:
    return [(rule, "warning", table, row, column) for column in columns]


EXPECTED: dict[str, list[Found]] = {
    # 000: one rounding slip carried everywhere: every grand total is 0.01 above its 类.
    "000_707d8629ab46531e": [
        # L134 支出总计 1,036.53; 类 L104-126: 832.09+100.51+28.70+42.62+32.60 = 1,036.52
        *_total_row("T1.sides.expenditure_total_eq_sum_of_classes", 1, "支出总计", "expenditure"),
        # L147 总计 1,036.53 / 581.55 / 581.55; 类 L148-173 add to 1,036.52 / 581.54 / 581.54
        *_total_row(
            "T2.tree.total_eq_sum_of_top_level",
            2,
            "总计",
            "total",
            "fiscal_subtotal",
            "general_budget",
        ),
        # L189 总计 1,036.53 / 581.55; 类 L190-207 add to 1,036.52 / 581.54 (项目 454.98 holds)
        *_total_row("T3.tree.total_eq_sum_of_top_level", 3, "总计", "total", "basic"),
        # L251 支出总计 581.55 / 581.55; 类 L221-240: 409.71+100.51+28.70+42.62 = 581.54
        *_total_row(
            "T4.sides.expenditure_total_eq_sum_of_classes",
            4,
            "支出总计",
            "total",
            "general_budget",
        ),
        # L265 总计 581.55 / 581.55; 类 L266-279 add to 581.54
        *_total_row("T5.tree.total_eq_sum_of_top_level", 5, "总计", "total", "basic"),
        # L294 总计 581.55 / 521.93; 类 301 495.05 + 302 59.62 + 303 26.87 = 581.54 / 521.92
        *_total_row("T6.tree.total_eq_sum_of_top_level", 6, "总计", "total", "personnel"),
    ],
    # 001: L700 303 对个人和家庭的补助 39.76; its 款 L702-706: 20.96+3.34+15.47 = 39.77
    "001_7236ab5e17bf1c1a": _total_row(
        "T6.tree.parent_eq_sum_of_children", 6, "303 对个人和家庭的补助", "total", "personnel"
    ),
    "003_f62fb37ef8e53f88": [
        # L225: 表5 prints 类 201 as 一般公共预算支出; the classification says 一般公共服务支出
        ("codes.name_mismatch", "warning", 5, "201 一般公共预算支出", None),
        # contents L14-25 list ten tables; there is no 表11, and 表1 L104 shows no 上年结转结余
        ("completeness.table_missing", "info", 11, None, None),
    ],
    # 004: 20805 行政事业单位养老支出 382.95; its 项 164.33+19.89+198.74 = 382.96
    "004_ce2c4c2fd8aa6825": [
        # 表2 L147-150
        *_total_row(
            "T2.tree.parent_eq_sum_of_children",
            2,
            "20805 行政事业单位养老支出",
            "total",
            "fiscal_subtotal",
            "general_budget",
        ),
        # 表3 L199-202
        *_total_row(
            "T3.tree.parent_eq_sum_of_children", 3, "20805 行政事业单位养老支出", "total", "basic"
        ),
        # 表5 L280-283
        *_total_row(
            "T5.tree.parent_eq_sum_of_children", 5, "20805 行政事业单位养老支出", "total", "basic"
        ),
    ],
}

# Rows printed without amounts are only in the parser's documents:
# 003 表4 L211 prints 类 234 as 抗疫特别国债还本支出 (classification: 抗疫特别国债安排的支出).
# So are the narrative facts (family 5): see NARRATIVE.
# So are the columns a table does not print: 003 表2's header (L127-128) has no
# 上级国有资本经营预算安排的转移支付, so the two rules that read it are not run on it.
ONLY_IN_PARSED: dict[str, list[Found]] = {
    "003_f62fb37ef8e53f88": [
        ("codes.name_mismatch", "warning", 4, "234 抗疫特别国债还本支出", None),
        ("validate.rule_skipped", "info", 2, None, "soe_budget_transfer"),
        ("validate.rule_skipped", "info", 2, None, "soe_budget_transfer"),
    ],
}

# Family 5 (tests/validate/test_narrative_rules.py has the details): every figure of part 3
# that restates a table cell agrees with it; three percentages are rounding slips.
NARRATIVE: dict[str, list[Found]] = {
    "000_707d8629ab46531e": [
        # L480: 减少 2.51 of last year's 55.71 is 4.51%, printed 下降 4.50%
        ("narrative.change_pct.recomputed", "warning", None, _PATH_2080505, "change_pct"),
        # L536: 机关运行经费 减少 1.91 of 61.53 is 3.10%, printed 下降 3.11%
        ("narrative.change_pct.recomputed", "warning", None, "机关运行经费", "change_pct"),
    ],
    # L889 (sentence from L887): 一般公共预算 610.48 of 815.12 is 74.89%, printed 占 74.90%
    "001_7236ab5e17bf1c1a": [
        ("narrative.share.recomputed", "warning", None, "一般公共预算", "share"),
    ],
    "003_f62fb37ef8e53f88": [],
    "004_ce2c4c2fd8aa6825": [],
}


def _found(document: xjbudget.Document) -> list[Found]:
    report = validate(document)
    return [(f.rule, f.severity, f.table, f.row, f.column) for f in report.findings]


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_golden_cells_give_exactly_the_known_findings(stem: str) -> None:
    found = _found(golden_document(stem))
    assert sorted(found, key=repr) == sorted(EXPECTED[stem], key=repr)
    assert validate(golden_document(stem)).ok  # every one is a rounding slip or a label


@pytest.mark.parametrize("stem", TABBED + FLAT)
def test_parsed_documents_give_exactly_the_known_findings(
    stem: str, parsed: dict[str, xjbudget.Document]
) -> None:
    expected = EXPECTED[stem] + ONLY_IN_PARSED.get(stem, []) + NARRATIVE[stem]
    assert sorted(_found(parsed[stem]), key=repr) == sorted(expected, key=repr)


def test_findings_carry_the_source_line(parsed: dict[str, xjbudget.Document]) -> None:
    report = validate(parsed["004_ce2c4c2fd8aa6825"], rules="T3.tree")
    assert {f.location.line for f in report.findings if f.location} == {199}
    assert {f.difference for f in report.findings} == {Decimal("-0.01")}
