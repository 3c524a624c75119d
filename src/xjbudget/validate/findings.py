"""Building :class:`~xjbudget.model.Finding` records: severity of a failed sum and the messages.

Severity of a sum follows what a reader would conclude. Every printed amount is rounded to
the document's precision (``tolerance``, 0.01 by default, in the document's unit), so each
of the ``n`` summed items may be off by half of it: a difference of at most
``n × tolerance / 2`` is a rounding slip (*warning*); a larger one is an *error*. A single
figure restated elsewhere (``n = 1``) must be printed identically: any difference of one
cent is an error.

An amount printed with fewer decimals than the figure it is compared with states no more
than its own decimals (西安's 表1 prints 167781553.4 for 表25's 167,781,553.36: a cell too
narrow for the second decimal). Two sides printed at different precisions are compared
at the coarser one (:func:`at_coarser_precision`): both rounded half up to it, the
difference left is judged with that precision as the tolerance. An amount printed without
decimals is whole (a spreadsheet's ``335980000``, ``0``) and rounds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from ..catalog import spec_for_number
from ..model import Document, Finding, Location, Row, Severity, Table
from .reading import ZERO, add, unprinted

__all__ = [
    "DEFAULT_TOLERANCE",
    "RULE_SKIPPED",
    "at_coarser_precision",
    "column_label",
    "equality_finding",
    "fact_finding",
    "judge",
    "precision",
    "rounding_bound",
    "row_name",
    "rule_skipped",
    "tables_to_check",
]

#: The finding a rule gives instead of running on a table that does not print a column
#: it reads: an absent column is not a column of empty cells, so it cannot add up to zero.
RULE_SKIPPED = "validate.rule_skipped"

#: Printed precision of an amount: 0.01 (万元 in most documents, 元 in documents in 元).
DEFAULT_TOLERANCE = Decimal("0.01")

_NOWHERE = Location()


def rounding_bound(items: int, tolerance: Decimal) -> Decimal:
    """The largest difference that rounding ``items`` printed amounts can explain."""
    return max(items, 1) * tolerance / 2


def judge(difference: Decimal, items: int, tolerance: Decimal) -> Severity | None:
    """``None`` for an exact sum, ``warning`` within rounding, ``error`` beyond."""
    if difference == 0:
        return None
    return "warning" if abs(difference) <= rounding_bound(items, tolerance) else "error"


def precision(amount: Decimal) -> Decimal:
    """The place of an amount's last printed digit: 0.01 for ``1036.53`` and ``0.00``, 0.1
    for ``167781553.4``, 1 for ``335980000`` (the reader keeps the printed decimals; a sum
    keeps the finest of its parts')."""
    exponent = amount.as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def at_coarser_precision(
    actual: Decimal, expected: Decimal
) -> tuple[Decimal, Decimal, Decimal | None]:
    """``actual`` and ``expected`` rounded half up to the coarser of their printed
    precisions, and that precision; unchanged with ``None`` when both print the same
    decimals. ``167781553.36`` against ``167781553.4`` is ``167781553.4`` against itself:
    the coarser amount says nothing of the second decimal.

    An amount printed without decimals is whole, not rounded: a spreadsheet prints
    ``335980000`` for 335,980,000.00 in the column where it cuts 167781553.36 to
    ``167781553.4`` (xian-10 p. 39), and ``0`` for nothing. Against it the other side is
    compared as it is (unchanged, ``None``)."""
    mine, theirs = precision(actual), precision(expected)
    coarser = max(mine, theirs)
    if mine == theirs or coarser >= 1:
        return actual, expected, None
    return (
        actual.quantize(coarser, rounding=ROUND_HALF_UP),
        expected.quantize(coarser, rounding=ROUND_HALF_UP),
        coarser,
    )


def row_name(row: Row | None) -> str:
    """How findings name a row: ``2011301 行政运行``, ``合计``, ``… / project``."""
    return row.label if row is not None else "合计"


def column_label(table: Table, key: str) -> str:
    """The Chinese label of a column (the key itself when the table does not print it)."""
    return next((c.label for c in table.columns if c.key == key), key)


def _location(row: Row | None) -> Location | None:
    return row.location if row is not None and row.location != _NOWHERE else None


def _signed(amount: Decimal) -> str:
    return f"+{amount}" if amount > 0 else str(amount)


def equality_finding(
    rule: str,
    *,
    table: Table,
    row: Row | None,
    column: str,
    printed: Decimal | None,
    parts: Sequence[Decimal | None],
    tolerance: Decimal,
    what: str,
    what_zh: str,
    cap: Severity = "error",
    name: str | None = None,
    items: int | None = None,
) -> Finding | None:
    """A finding when ``printed`` differs from the sum of ``parts``, else ``None``.

    ``what``/``what_zh`` name the parts in the message (``"basic + project"``,
    ``"基本支出 + 项目支出"``, ``"表1 支出总计"``). Empty cells count as zero; the
    number of rounded items is the number of non-empty parts. ``cap="warning"`` marks
    an equality that can legitimately fail (see the rule's description). ``name``
    names the row when ``row`` is ``None`` (a named item or total that is not printed);
    ``items`` overrides the count of rounded items (a part that is itself a sum).
    """
    actual = printed if printed is not None else ZERO
    expected = add(parts)
    if items is None:
        items = sum(1 for p in parts if p is not None)
    # An empty cell, or parts all empty, print no decimals to compare at.
    compared, against, coarser = (
        at_coarser_precision(actual, expected)
        if printed is not None and any(p is not None for p in parts)
        else (actual, expected, None)
    )
    difference = compared - against
    if coarser is not None:
        tolerance = max(tolerance, coarser)
    judged = judge(difference, items, tolerance)
    if judged is None:
        return None
    # The message says what the difference is; the cap only lowers the severity.
    severity: Severity = "warning" if cap == "warning" else judged
    capped = judged == "error" and severity == "warning"
    bound = rounding_bound(items, tolerance)
    named = name if row is None and name is not None else row_name(row)
    where = f"表{table.number} {named}"
    label = column_label(table, column)
    shown = str(printed) if printed is not None else "empty"
    shown_zh = str(printed) if printed is not None else "空"
    verdict = "within" if judged == "warning" else "beyond"
    rounded = "" if coarser is None else f" at the coarser printed precision {coarser}"
    rounded_zh = "" if coarser is None else f"（按较粗的印刷精度 {coarser} 比较）"
    note, note_zh = (
        ("; at most a warning for this rule", "；本规则至多为警告") if capped else ("", "")
    )
    message = (
        f"{where}, {label} ({column}): printed {shown}, {what} = {expected} "
        f"(difference {_signed(difference)}{rounded}, {verdict} the rounding of "
        f"{max(items, 1)} item(s), ±{bound}{note})"
    )
    verdict_zh = "在舍入误差范围内" if judged == "warning" else "超出舍入误差"
    message_zh = (
        f"{where} {label}：印刷数 {shown_zh}，{what_zh} 为 {expected}，相差 {_signed(difference)}"
        f"{rounded_zh}（{verdict_zh}：{max(items, 1)} 项 ±{bound}{note_zh}）"
    )
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        message_zh=message_zh,
        location=_location(row),
        table=table.number,
        row=named,
        column=column,
        expected=expected,
        actual=actual,
    )


def fact_finding(
    rule: str,
    severity: Severity,
    message: str,
    message_zh: str,
    *,
    table: int | None = None,
    row: Row | None = None,
    row_text: str | None = None,
) -> Finding:
    """A finding that is not about a sum (a code, a missing table)."""
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        message_zh=message_zh,
        location=_location(row),
        table=table,
        row=row_text if row_text is not None else (row.label if row is not None else None),
    )


def _declared_label(number: int, key: str) -> str:
    spec = spec_for_number(number)
    return next((c.label for c in spec.columns if c.key == key), key) if spec else key


def rule_skipped(rule: str, table: Table, keys: Iterable[str]) -> Finding | None:
    """A ``validate.rule_skipped`` info when ``table`` does not print one of the columns
    ``keys`` that ``rule`` reads (``column``: the keys not printed, comma-separated),
    else ``None``."""
    missing = unprinted(table, keys)
    if not missing:
        return None
    named = ", ".join(f"{k} ({_declared_label(table.number, k)})" for k in missing)
    named_zh = "、".join(_declared_label(table.number, k) for k in missing)
    return Finding(
        rule=RULE_SKIPPED,
        severity="info",
        message=(
            f"{rule} not run on 表{table.number}: the table has no {named} column "
            "(not printed, or its header label not recognised)"
        ),
        message_zh=f"表{table.number}无{named_zh}栏（未列或表头未能识别），未执行 {rule}",
        location=table.location if table.location != _NOWHERE else None,
        table=table.number,
        column=",".join(missing),
    )


def tables_to_check(
    document: Document, number: int, rule: str, keys: Iterable[str]
) -> tuple[tuple[Table, ...], tuple[Finding, ...]]:
    """The tables numbered ``number`` that print every column of ``keys``, and a
    ``validate.rule_skipped`` for each other one that prints an amount (a table with no
    amount has nothing to check, whatever its columns)."""
    needed = tuple(keys)
    tables = tuple(t for t in document.tables if t.number == number)
    skipped = tuple(
        finding
        for t in tables
        if not t.is_empty and (finding := rule_skipped(rule, t, needed)) is not None
    )
    return tuple(t for t in tables if not unprinted(t, needed)), skipped
