"""The sentence checks of issue 20 (``xjbudget.validate.sentences``, the per-项 percentage
of ``narrative.change_pct.recomputed``, the totals of a document in 元): each from a real
sentence, and as a property — a consistent sentence gives no finding, one figure changed
gives exactly that finding."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from xjbudget import codes
from xjbudget.model import Document, Finding, Table
from xjbudget.narrative import extract_facts
from xjbudget.sources.tabbed import read_text_lines
from xjbudget.validate import validate
from xjbudget.validate.sentences import (
    CHANGE,
    FLAT,
    ITEM_AMOUNT,
    ITEM_NAME,
    PLANNED,
    THREE_PUBLIC_SUM,
)

from ..validate.builders import coded, document, item, table

PERCENT = "narrative.change_pct.recomputed"
INCOME = "narrative.income.total_eq_T1_income_total"

money = st.decimals(min_value=Decimal("100.00"), max_value=Decimal("99999.99"), places=2)
small = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("999.99"), places=2)


def narrative(*lines: str, heading: str = "四、单位预算编制说明", year: int = 2026) -> Document:
    """A document of ``lines`` under one heading (no part headings: read as block 0.1)."""
    facts = extract_facts(read_text_lines("\n".join([heading, *lines])), year=year)
    return attrs.evolve(document(year=year), facts=facts)


def with_tables(doc: Document, *tables: Table) -> Document:
    return attrs.evolve(doc, tables=tables)


def findings(doc: Document, rule: str) -> list[Finding]:
    return [f for f in validate(doc, rules=rule).findings if f.rule == rule]


# ---------------------------------------------------------------- the per-项 explanation


def per_item(amount: Decimal, prior: Decimal, planned: Decimal, pct: Decimal) -> str:
    direction = "增加" if pct >= 0 else "减少"
    return (
        f"3、一般公共服务支出（201类）财政事务（06款）行政运行（01项）{amount}万元。"
        f"主要用于：机关日常运转，2025年当年预算执行数为{prior}万元，"
        f"2026年预算安排{planned}万元，比2025年预算执行数{direction}{abs(pct)}%。"
        "主要原因是：人员增加。"
    )


def pct_of(amount: Decimal, prior: Decimal) -> Decimal:
    return ((amount - prior) / prior * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def test_the_per_item_sentence_of_the_issue_holds() -> None:
    doc = narrative(
        per_item(Decimal("512.30"), Decimal("498.10"), Decimal("512.30"), Decimal("2.85"))
    )
    assert not findings(doc, PLANNED)
    assert not findings(doc, PERCENT)


def test_a_planned_figure_that_differs_and_a_percentage_its_figures_do_not_give() -> None:
    doc = narrative(
        per_item(Decimal("512.30"), Decimal("498.10"), Decimal("521.30"), Decimal("3.85"))
    )
    (planned,) = findings(doc, PLANNED)
    assert planned.severity == "error" and planned.actual == Decimal("521.30")
    (percent,) = findings(doc, PERCENT)
    assert percent.severity == "error" and percent.actual == Decimal("3.85")


@given(amount=money, prior=money)
def test_per_item_property(amount: Decimal, prior: Decimal) -> None:
    pct = pct_of(amount, prior)
    assume(abs(pct) < 1000)
    doc = narrative(per_item(amount, prior, amount, pct))
    assert not findings(doc, PLANNED) and not findings(doc, PERCENT)
    changed = narrative(per_item(amount, prior, amount + Decimal("1.00"), pct))
    assert [f.rule for f in findings(changed, PLANNED)] == [PLANNED]
    assert not findings(changed, PERCENT)
    wrong = pct + Decimal("1.00") if pct >= 0 else pct - Decimal("1.00")
    off = narrative(per_item(amount, prior, amount, wrong))
    assert [f.rule for f in findings(off, PERCENT)] == [PERCENT]
    assert not findings(off, PLANNED)


# ---------------------------------------------------------------- last year, this year, change

BEIJING = (
    "2026年度收入预算590242.67万元，比2025年年初预算数510581.18万元增加79661.49万元，"
    "增长15.6%。主要原因是高精尖产业发展类项目资金增加。"
)


def test_beijings_income_sentence_holds_and_a_changed_figure_is_found() -> None:
    assert not findings(narrative(BEIJING, heading="二、收入预算情况说明"), CHANGE)
    wrong = BEIJING.replace("79661.49", "79616.49").replace("15.6%", "15.59%")
    (finding,) = findings(narrative(wrong, heading="二、收入预算情况说明"), CHANGE)
    assert finding.expected == Decimal("79661.49") and finding.actual == Decimal("79616.49")


@given(amount=money, prior=money, delta=st.integers(min_value=1, max_value=500))
def test_change_property(amount: Decimal, prior: Decimal, delta: int) -> None:
    change = amount - prior
    direction = "增加" if change >= 0 else "减少"

    def sentence(stated: Decimal) -> str:
        return f"收入预算{amount}万元，比上年预算数{prior}万元{direction}{abs(stated)}万元。"

    assert not findings(narrative(sentence(change), heading="二、收入预算情况说明"), CHANGE)
    stated = change + Decimal(delta) if change >= 0 else change - Decimal(delta)
    found = findings(narrative(sentence(stated), heading="二、收入预算情况说明"), CHANGE)
    assert [f.rule for f in found] == [CHANGE]


# ---------------------------------------------------------------- “三公”

SHANGHAI_THREE = (
    "2026年“三公”经费预算数为7.20万元，与2025年预算持平。其中：",
    "（一）因公出国（境）费6.00万元，与2025年预算持平。",
    "（二）公务用车购置及运行费0.00万元，与2025年预算持平。其中：公务用车购置费0.00万元，"
    "与2025年预算持平；公务用车运行费0.00万元，与2025年预算持平。",
    "（三）公务接待费1.20万元，与2025年预算持平。",
)


def test_shanghais_three_public_sentences_hold() -> None:
    heading = "一、2026年“三公”经费预算情况说明"
    assert not findings(narrative(*SHANGHAI_THREE, heading=heading), THREE_PUBLIC_SUM)
    wrong = (SHANGHAI_THREE[0].replace("7.20", "7.02"), *SHANGHAI_THREE[1:])
    (finding,) = findings(narrative(*wrong, heading=heading), THREE_PUBLIC_SUM)
    assert finding.expected == Decimal("7.20") and finding.actual == Decimal("7.02")


@given(abroad=small, vehicles=small, reception=small, delta=st.integers(1, 99))
def test_three_public_property(
    abroad: Decimal, vehicles: Decimal, reception: Decimal, delta: int
) -> None:
    def lines(total_amount: Decimal) -> tuple[str, ...]:
        return (
            f"2026年“三公”经费预算数为{total_amount}万元。其中：",
            f"（一）因公出国（境）费{abroad}万元。",
            f"（二）公务用车购置及运行费{vehicles}万元。",
            f"（三）公务接待费{reception}万元。",
        )

    heading = "一、“三公”经费预算情况说明"
    added = abroad + vehicles + reception
    assert not findings(narrative(*lines(added), heading=heading), THREE_PUBLIC_SUM)
    found = findings(narrative(*lines(added + Decimal(delta)), heading=heading), THREE_PUBLIC_SUM)
    assert [f.rule for f in found] == [THREE_PUBLIC_SUM]


# ---------------------------------------------------------------- a 类 against the tables


def in_yuan(number: int, *rows: object) -> Table:
    return attrs.evolve(table(number, *rows), unit="元")  # type: ignore[arg-type]


def test_shanghais_class_line_against_table_5_in_yuan() -> None:
    # shanghai-01 L54: 1. “教育支出”科目8,215万元
    doc = narrative(
        "财政拨款支出主要内容如下：", "1. “教育支出”科目8,215万元，主要用于本校人员经费。"
    )
    assert not findings(
        with_tables(doc, in_yuan(5, coded("205", "教育支出", total="82152345.00"))), ITEM_AMOUNT
    )
    (finding,) = findings(
        with_tables(doc, in_yuan(5, coded("205", "教育支出", total="82352345.00"))), ITEM_AMOUNT
    )
    assert finding.severity == "error" and finding.table == 5


@given(amount=money, delta=st.integers(min_value=2, max_value=900))
def test_class_line_property(amount: Decimal, delta: int) -> None:
    doc = narrative(f"1. “卫生健康支出”科目{amount}万元，主要用于医疗保险。")
    same = in_yuan(5, coded("210", "卫生健康支出", total=str(amount * 10000)))
    assert not findings(with_tables(doc, same), ITEM_AMOUNT)
    other = in_yuan(5, coded("210", "卫生健康支出", total=str((amount + delta) * 10000)))
    assert [f.rule for f in findings(with_tables(doc, other), ITEM_AMOUNT)] == [ITEM_AMOUNT]


def test_a_total_stated_in_wan_against_table_1_in_yuan() -> None:
    # shanghai-01 L47: 收入预算10,806万元 for 表1's 108,059,614 元: within the sentence's rounding
    doc = narrative("2026年，示例学校收入预算10,806万元，其中：财政拨款收入9,378万元。")
    t1 = in_yuan(1, item("income_total", "108059614.00", side="income", role="total"))
    assert not findings(with_tables(doc, t1), INCOME)
    t1 = in_yuan(1, item("income_total", "108159614.00", side="income", role="total"))
    (finding,) = findings(with_tables(doc, t1), INCOME)
    assert finding.severity == "error"


# ---------------------------------------------------------------- names against the codes


def test_a_path_with_codes_named_as_the_code_table_names_it() -> None:
    doc = narrative(
        "1、一般公共服务支出（201类）财政事务（06款）行政运行（01项）512.30万元。", year=2024
    )
    assert not findings(doc, ITEM_NAME)
    doc = narrative(
        "1、一般公共服务支出（201类）财政事务（06款）机关服务（01项）512.30万元。", year=2024
    )
    (finding,) = findings(doc, ITEM_NAME)
    assert finding.severity == "warning" and "行政运行" in finding.message


_EDITION = codes.table("functional", 2024)
_ITEMS = sorted(
    e.code
    for e in _EDITION
    if len(e.code) == 7 and not any(c in n for n in (e.name,) for c in "（）()")
)


@given(code=st.sampled_from(_ITEMS), other=st.sampled_from(_ITEMS))
def test_name_property(code: str, other: str) -> None:
    names = [e.name for e in codes.path(code, year=2024)]
    assume(all("（" not in n and "(" not in n for n in names))
    path = f"{names[0]}（{code[:3]}类）{names[1]}（{code[3:5]}款）{names[2]}（{code[5:]}项）"
    assert not findings(narrative(f"1、{path}100.00万元。", year=2024), ITEM_NAME)
    wrong = codes.lookup(other, year=2024).name
    assume(codes.normalize_name(wrong) != codes.normalize_name(names[2]))
    changed = f"{names[0]}（{code[:3]}类）{names[1]}（{code[3:5]}款）{wrong}（{code[5:]}项）"
    found = findings(narrative(f"1、{changed}100.00万元。", year=2024), ITEM_NAME)
    assert [f.rule for f in found] == [ITEM_NAME]


# ---------------------------------------------------------------- 持平


def test_a_flat_figure_with_nothing_else_holds_and_one_with_a_change_is_found() -> None:
    heading = "一、2026年“三公”经费预算情况说明"
    assert not findings(narrative(SHANGHAI_THREE[1], heading=heading), FLAT)
    doc = narrative(
        "（一）因公出国（境）费6.00万元，比上年增加1.00万元，与2025年预算持平。", heading=heading
    )
    (finding,) = findings(doc, FLAT)
    assert finding.actual == Decimal("1.00")


@given(amount=money, prior=money)
def test_flat_property(amount: Decimal, prior: Decimal) -> None:
    def sentence(last: Decimal) -> str:
        return f"机关运行经费{amount}万元，上年预算数为{last}万元，与上年持平。"

    assert not findings(narrative(sentence(amount), heading="二、机关运行经费"), FLAT)
    assume(abs(amount - prior) > Decimal("0.01"))
    found = findings(narrative(sentence(prior), heading="二、机关运行经费"), FLAT)
    assert [f.rule for f in found] == [FLAT]
