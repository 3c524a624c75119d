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

from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, localcontext
from typing import Literal

from attrs import frozen

from ..model import Finding, Location
from ..model.facts import Figure
from .subjects import subject_key

__all__ = [
    "Percentage",
    "change_percentage",
    "check_percentages",
    "interval_ratio",
    "share_percentage",
    "tolerance",
    "with_totals",
]

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


@frozen
class Percentage:
    """A printed percentage beside what its amounts give: the exact ratio (``None``: last
    year was 0), the part and the whole it is the ratio of with their rounding (a change
    by its size), and for a change in %, whether it is the change from nothing
    (last year 0 within rounding, printed as 100% or 0% by convention) and whether it goes
    the opposite way from the change in 万元.

    The narrative reader reports a percentage beyond the rounding
    (:func:`check_percentages`); validation recomputes every one from the same
    record (:mod:`xjbudget.validate.percentages`).
    """

    what: Literal["share", "change_pct"]
    printed: Decimal
    exact: Decimal | None
    part: Decimal
    part_error: Decimal
    whole: Decimal
    whole_error: Decimal
    from_nothing: bool = False
    opposite: bool = False

    @property
    def bounds(self) -> tuple[Decimal, Decimal | None]:
        """:func:`interval_ratio` of the part and the whole within their rounding."""
        return interval_ratio(self.part, self.part_error, self.whole, self.whole_error)

    @property
    def beyond_rounding(self) -> bool:
        """Whether no amounts within their rounding give the printed percentage (a change
        is compared by size; its direction is :attr:`opposite`)."""
        printed = abs(self.printed) if self.what == "change_pct" else self.printed
        low, high = self.bounds
        slack = tolerance(printed)
        return printed + slack < low or (high is not None and printed - slack > high)


def with_totals(figures: Iterable[Figure]) -> Iterator[tuple[Figure, Figure | None]]:
    """Each figure with the total its share is of: the last figure of role ``total``
    (with an amount) before it; for a share naming its whole (``占“三公”经费的31.14%``,
    ``Figure.share_of``) the last figure before it with an amount whose subject is that
    whole (``None`` when there is none: ``占本年支出预算`` where the section's total is
    ``支出预算`` is not checked).

    A share that does not fit that total but fits another figure stated before it in the
    same numbered section (``3.5`` with its sub-sections) is of that figure: a share naming
    no whole is ambiguous (Putuo's ``卫生健康支出（类）236.63万元，占2.43%`` is of the
    一般公共预算财政拨款支出 above it, not of 本年支出合计), and only a share no stated
    figure gives is reported."""
    total: Figure | None = None
    seen: list[Figure] = []
    for figure in figures:
        whole = total if figure.share_of is None else _named_whole(figure, seen)
        yield figure, _fitting_whole(figure, whole, seen)
        if figure.amount is not None:
            seen.append(figure)
            if figure.role == "total":
                total = figure


def _fits(figure: Figure, whole: Figure) -> bool:
    percentage = share_percentage(figure, whole)
    return percentage is not None and not percentage.beyond_rounding


def _fitting_whole(figure: Figure, whole: Figure | None, seen: Sequence[Figure]) -> Figure | None:
    if (
        figure.share is None
        or figure.amount is None
        or (whole is not None and _fits(figure, whole))
    ):
        return whole
    section = ".".join(figure.span.section.split(".")[:2])
    for candidate in reversed(seen):
        if ".".join(candidate.span.section.split(".")[:2]) != section:
            continue
        if _fits(figure, candidate):
            return candidate
    return whole


def _named_whole(figure: Figure, before: Sequence[Figure]) -> Figure | None:
    wanted = subject_key(figure.share_of or "")
    for candidate in reversed(before):
        key = subject_key(candidate.subject)
        if key == wanted or (len(wanted) >= 4 and key.endswith(wanted)):
            return candidate
    return None


def share_percentage(figure: Figure, total: Figure | None) -> Percentage | None:
    """``figure``'s share (占 Y%) against its amount and ``total``'s; ``None`` when a
    figure is missing or the total is not positive."""
    if figure.share is None or figure.amount is None or total is None or total.amount is None:
        return None
    if total.amount <= 0:
        return None
    return Percentage(
        "share",
        figure.share,
        figure.amount / total.amount * _HUNDRED,
        figure.amount,
        tolerance(figure.amount),
        total.amount,
        tolerance(total.amount),
    )


def change_percentage(figure: Figure) -> Percentage | None:
    """``figure``'s change in % against its change in 万元 and last year's amount
    (``Figure.prior``); ``None`` when one of them is missing. Where the sentence states
    last year's amount and no change in 万元 (``2025年预算执行数为498.10万元，2026年预算安排
    512.30万元，比2025年预算执行数增加2.85%``) the change is this year − last year, within
    the rounding of both."""
    prior, change, pct = figure.prior, figure.change, figure.change_pct
    if prior is None or pct is None or figure.amount is None:
        return None
    if change is None:
        if figure.stated_prior is None:
            return None
        change = figure.amount - figure.stated_prior
        error = tolerance(figure.amount) + tolerance(figure.stated_prior)
        return Percentage(
            "change_pct",
            pct,
            change / prior * _HUNDRED if prior else None,
            abs(change),
            error,
            prior,
            tolerance(figure.stated_prior),
            from_nothing=prior - tolerance(prior) <= 0 and abs(pct) in (_HUNDRED, Decimal(0)),
            opposite=bool(change and pct and (change > 0) != (pct > 0)),
        )
    error = tolerance(figure.amount) + tolerance(change)
    return Percentage(
        "change_pct",
        pct,
        change / prior * _HUNDRED if prior else None,
        abs(change),
        tolerance(change),
        prior,
        error,
        from_nothing=prior - error <= 0 and abs(pct) in (_HUNDRED, Decimal(0)),
        opposite=bool(change and pct and (change > 0) != (pct > 0)),
    )


def _cents(value: Decimal) -> Decimal:
    """``value`` to the cent, whatever its digits: under the default 28-digit context
    ``quantize`` raised InvalidOperation on a figure of 27 digits or more."""
    with localcontext() as context:
        context.prec = max(context.prec, value.adjusted() + 4)
        return value.quantize(Decimal("0.01"))


def _finding(figure: Figure, what: str, printed: Decimal, expected: Decimal) -> Finding:
    shown = _cents(expected)
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
    percentage = share_percentage(figure, total)
    if percentage is not None and percentage.beyond_rounding:
        assert percentage.exact is not None  # the total is positive
        yield _finding(figure, "share", percentage.printed, percentage.exact)


def _change(figure: Figure) -> Iterator[Finding]:
    percentage = change_percentage(figure)
    if percentage is None:
        return
    change, pct = figure.change, percentage.printed
    if percentage.opposite:
        yield Finding(
            rule="narrative.change.direction",
            severity="warning",
            message=f"{figure.span.section} {figure.subject}: change {change} but {pct}%",
            message_zh=f"{figure.subject}：变动 {change} 万元但百分比为 {pct}%",
            location=Location(line=figure.span.line),
            row=figure.subject,
        )
        return
    if percentage.from_nothing:
        return  # from nothing: printed as 100% (or 0%) by convention
    if percentage.beyond_rounding and percentage.exact is not None:
        yield _finding(figure, "change_pct", pct, percentage.exact)


def check_percentages(figures: Iterable[Figure]) -> tuple[Finding, ...]:
    """Findings for the shares and changes in % that their amounts do not give."""
    found: list[Finding] = []
    for figure, total in with_totals(figures):
        found.extend(_share(figure, total))
        found.extend(_change(figure))
    return tuple(found)
