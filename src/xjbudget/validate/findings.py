"""Building :class:`~xjbudget.model.Finding` records: severity of a failed sum and the messages.

Severity of a sum follows what a reader would conclude. Every printed amount is rounded to
the document's precision (``tolerance``, 0.01 by default, in the document's unit), so each
of the ``n`` summed items may be off by half of it: a difference of at most
``n × tolerance / 2`` is a rounding slip (*warning*); a larger one is an *error*. A single
figure restated elsewhere (``n = 1``) must be printed identically: any difference of one
cent is an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..model import Finding, Location, Row, Severity, Table
from .reading import ZERO, add

__all__ = [
    "DEFAULT_TOLERANCE",
    "column_label",
    "equality_finding",
    "fact_finding",
    "judge",
    "rounding_bound",
    "row_name",
]

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
    severity = judge(actual - expected, items, tolerance)
    if severity is None:
        return None
    if cap == "warning" and severity == "error":
        severity = "warning"
    difference = actual - expected
    bound = rounding_bound(items, tolerance)
    named = name if row is None and name is not None else row_name(row)
    where = f"表{table.number} {named}"
    label = column_label(table, column)
    shown = str(printed) if printed is not None else "empty"
    shown_zh = str(printed) if printed is not None else "空"
    verdict = "within" if severity == "warning" else "beyond"
    message = (
        f"{where}, {label} ({column}): printed {shown}, {what} = {expected} "
        f"(difference {_signed(difference)}, {verdict} the rounding of {max(items, 1)} "
        f"item(s), ±{bound})"
    )
    verdict_zh = "在舍入误差范围内" if severity == "warning" else "超出舍入误差"
    message_zh = (
        f"{where} {label}：印刷数 {shown_zh}，{what_zh} 为 {expected}，相差 {_signed(difference)}"
        f"（{verdict_zh}：{max(items, 1)} 项 ±{bound}）"
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
