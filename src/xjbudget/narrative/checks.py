"""Percentages against their own amounts: a disagreement is a finding, never a fix.

A share (占 Y%) is checked against the amount and the total the section opened with
(the last figure of role ``total`` before it: ``收入预算 X 万元，其中：``); a change
in % (增长/下降 W%) against the change in 万元 and last year's amount (this year −
change). Printed amounts are rounded, so the check uses intervals: ``581.55`` stands
for [581.545, 581.555], ``0`` for [-0.5, 0.5]; a percentage disagrees only if no
values in those intervals give it after rounding to its printed decimals. A change
from nothing (last year 0) is printed as 100% by convention and accepted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from ..model import Finding, Location
from ..model.facts import Figure

__all__ = ["check_percentages", "interval_ratio", "tolerance"]

_HUNDRED = Decimal(100)


def tolerance(value: Decimal) -> Decimal:
    """Half a unit of the last printed decimal: ``581.55`` → 0.005, ``0`` → 0.5."""
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb((exponent if isinstance(exponent, int) else 0) - 1)


def interval_ratio(
    part: Decimal, part_error: Decimal, whole: Decimal, whole_error: Decimal
) -> tuple[Decimal, Decimal | None]:
    """Bounds of ``100 * part / whole`` for values within the errors (``None``: no upper
    bound, the whole may be 0)."""
    low_part = max(part - part_error, Decimal(0))
    low = low_part / (whole + whole_error) * _HUNDRED
    if whole - whole_error <= 0:
        return low, None
    return low, (part + part_error) / (whole - whole_error) * _HUNDRED


def _disagrees(printed: Decimal, bounds: tuple[Decimal, Decimal | None]) -> bool:
    low, high = bounds
    slack = tolerance(printed)
    return printed + slack < low or (high is not None and printed - slack > high)


def _finding(figure: Figure, what: str, printed: Decimal, expected: Decimal) -> Finding:
    shown = expected.quantize(Decimal("0.01"))
    return Finding(
        rule="narrative.percent.mismatch",
        severity="warning",
        message=(
            f"{figure.span.section} {figure.subject}: {what} printed as {printed}% "
            f"but its amounts give {shown}%"
        ),
        message_zh=f"{figure.subject}：{what}印为 {printed}%，按金额计算为 {shown}%",
        location=Location(line=figure.span.line),
        row=figure.subject,
        column=what,
        expected=shown,
        actual=printed,
    )


def _share(figure: Figure, total: Figure | None) -> Iterator[Finding]:
    if figure.share is None or figure.amount is None or total is None or total.amount is None:
        return
    if total.amount <= 0:
        return
    bounds = interval_ratio(
        figure.amount, tolerance(figure.amount), total.amount, tolerance(total.amount)
    )
    if _disagrees(figure.share, bounds):
        yield _finding(figure, "share", figure.share, figure.amount / total.amount * _HUNDRED)


def _change(figure: Figure) -> Iterator[Finding]:
    prior = figure.prior
    if figure.change_pct is None or prior is None or figure.amount is None:
        return
    assert figure.change is not None  # prior is only known with a change
    change, pct = figure.change, figure.change_pct
    if change and pct and (change > 0) != (pct > 0):
        yield Finding(
            rule="narrative.change.direction",
            severity="warning",
            message=f"{figure.span.section} {figure.subject}: change {change} but {pct}%",
            message_zh=f"{figure.subject}：变动 {change} 万元但百分比为 {pct}%",
            location=Location(line=figure.span.line),
            row=figure.subject,
        )
        return
    error = tolerance(figure.amount) + tolerance(change)
    if prior - error <= 0 and abs(pct) in (_HUNDRED, Decimal(0)):
        return  # from nothing: printed as 100% (or 0%) by convention
    bounds = interval_ratio(abs(change), tolerance(change), prior, error)
    if _disagrees(abs(pct), bounds) and prior:
        yield _finding(figure, "change_pct", pct, change / prior * _HUNDRED)


def check_percentages(figures: Iterable[Figure]) -> tuple[Finding, ...]:
    """Findings for the shares and changes in % that their amounts do not give."""
    found: list[Finding] = []
    total: Figure | None = None
    for figure in figures:
        found.extend(_share(figure, total))
        found.extend(_change(figure))
        if figure.role == "total" and figure.amount is not None:
            total = figure
    return tuple(found)
