"""Family 5: a sentence against itself, against its parts, against the code tables and
against the table row of its code (issue 20).

A narrative sentence states several figures of one thing; reviewers check that they agree
with each other and with the tables. Each rule below reads the facts
(:class:`~xjbudget.model.facts.Figure`) and compares printed numbers only, within their
rounding: a printed amount stands for ±half a unit of its last printed decimal
(``512.30`` → ±0.005, ``8,215`` → ±0.5), a sum or difference for the sum of those.

- ``narrative.sentence.planned_eq_amount`` — the amount a per-项 sentence opens with =
  the ``2026年预算安排`` figure of the same sentence.
- ``narrative.sentence.change_eq_difference`` — where a sentence states last year's
  amount, this year's and the change in 万元 (or 持平): change = this year − last year.
- ``narrative.sentence.flat_with_change`` — a figure stated 持平 whose sentence states a
  change other than 0 (or last year's amount differing from this year's).
- ``narrative.three_public.parts_sum`` — the “三公” total = 因公出国（境）费 + 公务用车购置
  及运行费 (or 购置费 + 运行费) + 公务接待费, as the same section states them.
- ``narrative.item.amount_eq_table`` — a 类/款/项 named in a sentence outside
  一般公共预算当年拨款 (Shanghai's 财政拨款支出主要内容, Suzhou's per-类 支出) = the 合计 of
  that code in the 财政拨款 tables (表5 + 表8 + 表9) or, for a section on 支出预算, 表3.
- ``narrative.item.name`` — the 类/款/项 names of a path against the code table of the
  document's year (by the code printed in the path, or else resolved by name in any
  edition): a name of another edition is a warning naming the current one; for a code
  the code tables do not know, against the name the document's own table prints for it.

The percentage of a per-项 sentence against its two figures (this year, last year
stated) is :mod:`.percentages`' ``narrative.change_pct.recomputed``
(:func:`~xjbudget.narrative.checks.change_percentage`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

import regex

from .. import codes
from ..errors import CodeError
from ..model import Document, Finding, Location, Row, Severity, Table
from ..model.facts import Figure
from ..narrative.checks import tolerance as printed_tolerance
from .narrative import in_wan
from .reading import add, is_printed
from .rule import Check, Rule

__all__ = [
    "CHANGE",
    "FLAT",
    "ITEM_AMOUNT",
    "ITEM_NAME",
    "PLANNED",
    "THREE_PUBLIC_SUM",
    "sentence_rules",
]

PLANNED = "narrative.sentence.planned_eq_amount"
FLAT = "narrative.sentence.flat_with_change"
CHANGE = "narrative.sentence.change_eq_difference"
THREE_PUBLIC_SUM = "narrative.three_public.parts_sum"
ITEM_AMOUNT = "narrative.item.amount_eq_table"
ITEM_NAME = "narrative.item.name"


def _bound(*values: Decimal) -> Decimal:
    return sum((printed_tolerance(v) for v in values), Decimal(0))


def _finding(
    rule: str,
    figure: Figure,
    severity: Severity,
    message: str,
    message_zh: str,
    *,
    expected: Decimal | None = None,
    actual: Decimal | None = None,
    column: str | None = None,
    table: int | None = None,
) -> Finding:
    line = figure.span.line
    return Finding(
        rule=rule,
        severity=severity,
        message=f"{figure.span.section} L{line} {figure.subject}: {message} — “{figure.span.text}”",
        message_zh=f"第{line}行 {figure.subject}：{message_zh}",
        location=Location(line=line),
        table=table,
        row=figure.subject,
        column=column,
        expected=expected,
        actual=actual,
    )


def _figures(document: Document) -> tuple[Figure, ...]:
    return () if document.facts is None else document.facts.figures


# ---------------------------------------------------------------- within one sentence


def _check_planned(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    for figure in _figures(document):
        amount, planned = figure.amount, figure.planned
        if amount is None or planned is None or amount == planned:
            continue
        within = abs(amount - planned) <= _bound(amount, planned)
        yield _finding(
            PLANNED,
            figure,
            "warning" if within else "error",
            f"amount {amount} but 预算安排 {planned} in the same sentence",
            f"金额 {amount} 万元，同句“预算安排”为 {planned} 万元",
            expected=amount,
            actual=planned,
            column="planned",
        )


def _check_change(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    for figure in _figures(document):
        amount, prior, change = figure.amount, figure.stated_prior, figure.change
        if amount is None or prior is None or change is None or figure.flat:
            continue  # 持平: narrative.sentence.flat_with_change
        difference = amount - prior
        if difference == change:
            continue
        beyond = abs(difference - change) > _bound(amount, prior, change)
        if not beyond and (difference > 0) == (change > 0):
            continue  # 79661.49 = 590242.67 − 510581.18 printed with fewer decimals
        stated = "持平" if change == 0 else f"{change:+}"
        yield _finding(
            CHANGE,
            figure,
            "error" if beyond else "warning",
            f"this year {amount} − last year {prior} = {difference:+}, but the sentence "
            f"states {stated}",
            f"本年 {amount} − 上年 {prior} = {difference:+}，句中为 {stated}",
            expected=difference,
            actual=change,
            column="change",
        )


def _check_flat(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    for figure in _figures(document):
        if not figure.flat:
            continue
        amount, prior = figure.amount, figure.stated_prior
        stated = [v for v in (figure.change, figure.change_pct) if v]
        if amount is not None and prior is not None and abs(amount - prior) > _bound(amount, prior):
            stated.append(amount - prior)
        if not stated:
            continue
        yield _finding(
            FLAT,
            figure,
            "error",
            f"stated 持平 (no change) but the sentence gives a change of {stated[0]:+}",
            f"句中称“持平”，但所述数字变动为 {stated[0]:+}",
            expected=Decimal(0),
            actual=stated[0],
            column="change",
        )


# ---------------------------------------------------------------- “三公” parts

_OUTBOUND = regex.compile(r"出国")
_RECEPTION = regex.compile(r"公务接待")
_VEHICLES = regex.compile(r"公务用车购置(?:及|和)运行")
_PURCHASE = regex.compile(r"公务用车购置(?!及|和)")
_OPERATION = regex.compile(r"公务用车运行")
_TOTAL = regex.compile(r"三公")
# Not a 三公 part though in the section: 会议费, 培训费.
_OTHER = regex.compile(r"会议费|培训费")


def _first(figures: Sequence[Figure], pattern: regex.Pattern[str]) -> Figure | None:
    return next((f for f in figures if pattern.search(f.subject) and f.amount is not None), None)


def _three_public_sections(figures: Iterable[Figure]) -> list[list[Figure]]:
    """The “三公” figures per section; a section of a 决算 (it names 决算: 年初预算 totals
    beside 决算 parts) is not added up."""
    sections: dict[str, list[Figure]] = {}
    for figure in figures:
        if figure.topic == "three_public" and not _OTHER.search(figure.subject):
            sections.setdefault(figure.span.section, []).append(figure)
    return [
        found
        for found in sections.values()
        if not any("决算" in f.subject or "决算" in f.span.text for f in found)
    ]


def _check_three_public(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    for figures in _three_public_sections(_figures(document)):
        total = _first(figures, _TOTAL)
        if total is None or total.amount is None:
            continue
        rest = [f for f in figures if f is not total]
        vehicles = [_first(rest, _VEHICLES)]
        if vehicles[0] is None:
            vehicles = [_first(rest, _PURCHASE), _first(rest, _OPERATION)]
        parts = [_first(rest, _OUTBOUND), *vehicles, _first(rest, _RECEPTION)]
        amounts = [p.amount for p in parts if p is not None and p.amount is not None]
        if len(amounts) != len(parts):
            continue  # a part not stated: nothing to add up
        added = sum(amounts, Decimal(0))
        if added == total.amount:
            continue
        beyond = abs(added - total.amount) > _bound(total.amount, *amounts)
        names = " + ".join(f"{p.subject} {p.amount}" for p in parts if p is not None)
        yield _finding(
            THREE_PUBLIC_SUM,
            total,
            "error" if beyond else "warning",
            f"total {total.amount} but its parts add up to {added} ({names})",
            f"合计 {total.amount} 万元，各项之和为 {added} 万元（{names}）",
            expected=added,
            actual=total.amount,
            column="amount",
        )


# ---------------------------------------------------------------- a 类/款/项 and the tables

#: Topics whose 类/款/项 lines are checked by :mod:`.narrative`'s row lookups (表5).
_LOOKED_UP = ("general.class", "general.item")
#: The 财政拨款 tables: 一般公共预算, 政府性基金, 国有资本经营 (by code).
_FISCAL_TABLES = (5, 8, 9)


def _code(figure: Figure) -> str | None:
    return figure.printed_code or figure.code


# A row whose name holds an amount (``国有资本经营预算支出32,640.00``) was not read cleanly.
_AMOUNT_IN_NAME = regex.compile(r"(?<![\d,]),*+\d[\d,]*+\.\d")


def _rows(table: Table, code: str) -> list[Row]:
    """The printed detail rows of ``code``; none when one of them was not read cleanly."""
    rows = [
        r
        for r in table.rows
        if r.code is not None and r.code.digits == code and r.role == "detail" and is_printed(r)
    ]
    return [] if any(_AMOUNT_IN_NAME.search(r.name) for r in rows) else rows


def _table_amount(
    document: Document, figure: Figure, code: str
) -> tuple[Table, Row, Decimal] | None:
    """The table's amount for the code, in 万元, and the table and first row it came from."""
    numbers = (3,) if figure.topic in ("expenditure", "budget") else _FISCAL_TABLES
    found: list[tuple[Table, Row, Decimal]] = []
    for number in numbers:
        table = document.table(number)
        rows = [] if table is None else _rows(table, code)
        if table is None or not rows:
            continue
        value = add(r.values.get("total") for r in rows)
        if value is not None:
            found.append((table, rows[0], value / in_wan(table)))
    if not found:
        return None
    table, row, _ = found[0]
    return table, row, sum((v for _, _, v in found), Decimal(0))


def _check_item_amount(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    for figure in _figures(document):
        code = _code(figure)
        if code is None or figure.amount is None or figure.topic in _LOOKED_UP:
            continue
        found = _table_amount(document, figure, code)
        if found is None:
            continue
        table, row, value = found
        difference = figure.amount - value
        rounding = printed_tolerance(figure.amount)
        if abs(difference) <= rounding:
            continue  # equal within the sentence's rounding
        at = f"L{row.location.line} " if row.location.line is not None else ""
        yield _finding(
            ITEM_AMOUNT,
            figure,
            # within one unit of the last printed decimal: truncated, not rounded
            "warning" if abs(difference) <= 2 * rounding else "error",
            f"stated {figure.amount}, 表{table.number} {at}{code} 合计 = {value} "
            f"(difference {difference:+})",
            f"文字为 {figure.amount} 万元，表{table.number} {code} 合计为 {value} 万元",
            expected=value,
            actual=figure.amount,
            column="total",
            table=table.number,
        )


def _edition_name(code: str, year: int | None) -> str | None:
    try:
        return codes.lookup(code, year=year, scheme="functional").name
    except CodeError:
        return None


def _renamed(name: str, code: str, year: int | None) -> str | None:
    """The current name of ``code`` when ``name`` is its name in another edition."""
    try:
        result = codes.check(code, name, year=year, scheme="functional")
    except CodeError:
        return None
    if result.status == codes.CheckStatus.RENAMED and result.entry is not None:
        return result.entry.name
    return None


def _steps_by_name(path: Sequence[str], year: int | None) -> list[tuple[str, str]]:
    """``(code, name)`` of each step of a path resolved by name in the edition for
    ``year``, else in any other edition (an outdated name resolves there)."""
    editions = codes.editions("functional")
    wanted = year if year is not None else editions[-1]
    for edition in sorted(editions, key=lambda e: (e != codes.edition_for(wanted), -e)):
        table = codes.table("functional", edition)
        steps: list[tuple[str, str]] = []
        parent: str | None = None
        for name in path:
            key = codes.normalize_name(name)
            entry = next(
                (e for e in table.children(parent) if codes.normalize_name(e.name) == key), None
            )
            if entry is None:
                break
            steps.append((entry.code, name))
            parent = entry.code
        if len(steps) == len(path):
            return steps
    return []


def _steps(figure: Figure, year: int | None) -> list[tuple[str, str]]:
    if figure.printed_code:
        widths = (3, 5, 7)
        return [(figure.printed_code[: widths[i]], n) for i, n in enumerate(figure.path)]
    return _steps_by_name(figure.path, year)


def _table_name(document: Document, code: str) -> str | None:
    for number in (5, 3, 8, 9):
        table = document.table(number)
        rows = [] if table is None else _rows(table, code)
        if rows and rows[0].name:
            return rows[0].name
    return None


def _check_item_name(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    year = document.meta.year
    for figure in _figures(document):
        if not figure.path:
            continue
        for code, name in _steps(figure, year):
            yield from _name_findings(document, figure, code, name, year)


def _name_findings(
    document: Document, figure: Figure, code: str, name: str, year: int | None
) -> Iterator[Finding]:
    key = codes.normalize_name(name)
    current = _edition_name(code, year)
    if current is not None and codes.normalize_name(current) != key:
        renamed = _renamed(name, code, year)
        yield _finding(
            ITEM_NAME,
            figure,
            "warning",
            f"{code} is “{current}” in the {year} classification, the sentence names it "
            f"“{name}”" + (" (its name in another edition)" if renamed else ""),
            f"{code} 在 {year} 年科目中为“{current}”，句中为“{name}”"
            + ("（其他年度的名称）" if renamed else ""),
            column="name",
        )
    if current is not None:
        return
    # A code the code tables do not know: the document's own table is what names it.
    printed = _table_name(document, code)
    if (
        printed is not None
        and not _AMOUNT_IN_NAME.search(printed)
        and codes.normalize_name(printed) != key
    ):
        yield _finding(
            ITEM_NAME,
            figure,
            "warning",
            f"{code} is printed “{printed}” in the tables, the sentence names it “{name}”",
            f"{code} 表中为“{printed}”，句中为“{name}”",
            column="name",
        )


def _rule(rule_id: str, description: str, description_zh: str, example: str, check: Check) -> Rule:
    """A family-5 rule; its example is kept here, beside the check it illustrates."""
    return Rule(rule_id, 5, description, description_zh, example, check)


def sentence_rules() -> tuple[Rule, ...]:
    """The family-5 rules of this module, in the order they run."""
    return (
        _rule(
            PLANNED,
            "Part 3: a per-项 sentence's amount = the 预算安排 figure of the same sentence "
            "(within the rounding of both: warning; beyond: error).",
            "第三部分：各项说明开头的金额 = 同句“预算安排”金额（舍入范围内为警告，超出为错误）。",
            "Generated (tests/narrative/test_sentence_rules.py): “…行政运行（01项）512.30万元。"
            "…2026年预算安排512.30万元” holds; 521.30 gives one error. No real PDF prints "
            "both figures.",
            _check_planned,
        ),
        _rule(
            CHANGE,
            "Part 3: where a sentence states last year's amount, this year's and the change "
            "in 万元 (持平 = 0): change = this year − last year (beyond the rounding of the "
            "three: error; a smaller slip the other way: warning).",
            "第三部分：句中同时给出上年数、本年数和增减额（持平即 0）时，增减额 = 本年 − 上年。",
            "beijing-02 L58: 2026年度收入预算590242.67万元，比2025年年初预算数510581.18万元"
            "增加79661.49万元 (holds: 590242.67 − 510581.18 = 79661.49).",
            _check_change,
        ),
        _rule(
            FLAT,
            "Part 3: a figure stated 持平 (与上年持平, no change) whose sentence states a "
            "change in 万元 or % other than 0, or last year's amount and this year's that "
            "differ beyond their rounding: error.",
            "第三部分：称“持平”的数字，同句另有非零增减额或百分比，或所述上年数与本年数不同"
            "（超出舍入）：错误。",
            "shanghai-01 L216: 2026年“三公”经费预算数为7.20万元，与2025年预算持平 (holds: no "
            "other change stated).",
            _check_flat,
        ),
        _rule(
            THREE_PUBLIC_SUM,
            "Part 3: the “三公” total = 因公出国（境）费 + 公务用车购置及运行费 (or 购置费 + "
            "运行费) + 公务接待费 as its section states them (beyond their rounding: error).",
            "第三部分：“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费。",
            "shanghai-01 L216: 2026年“三公”经费预算数为7.20万元 = 因公出国（境）费6.00 + "
            "公务用车购置及运行费0.00 + 公务接待费1.20 (holds).",
            _check_three_public,
        ),
        _rule(
            ITEM_AMOUNT,
            "Part 3: a 类/款/项 named outside 一般公共预算当年拨款 (财政拨款支出主要内容, per-类 "
            "支出) = the 合计 of its code in 表5 + 表8 + 表9 (表3 in a section on 支出预算), "
            "in 万元; beyond the sentence's rounding: error.",
            "第三部分：当年拨款以外各处所列类/款/项金额 = 表5+表8+表9（支出预算一节为表3）"
            "该科目合计（按万元，超出句中舍入为错误）。",
            "shanghai-01 L54: 1. “教育支出”科目8,215万元 = 表5 205 合计 82,154,xxx 元 "
            "(holds within ±0.5 万元).",
            _check_item_amount,
        ),
        _rule(
            ITEM_NAME,
            "Part 3: each 类/款/项 name of a path = the name of its code in the code table "
            "of the document's year (the code printed in the path, or the path resolved by "
            "name in any edition: a name of another edition is a warning naming the current "
            "one); for a code the code tables do not know, = the name the document's own "
            "table prints for it (warning).",
            "第三部分：类/款/项名称 = 当年科目表中该编码的名称（其他年度的名称为警告，并给出"
            "现行名称）；科目表未收录的编码，与本文件表格中的名称比对（警告）。",
            "Generated (tests/narrative/test_sentence_rules.py): 一般公共服务支出（201类）"
            "财政事务（06款）行政运行（01项） holds in 2024; naming 2010601 “机关服务” gives one "
            "warning naming 行政运行.",
            _check_item_name,
        ),
    )
