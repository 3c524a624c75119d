"""Family 5: shares and year-on-year percentages recomputed from the stated figures.

The narrative reader already bounds a percentage by the rounding of its amounts
(:mod:`xjbudget.narrative.checks`, which owns the arithmetic: the ratio, its bounds, the
change from nothing) and reports only those beyond it; validation recomputes every one
from the same :class:`~xjbudget.narrative.checks.Percentage` instead, so that a slip
within rounding is a *warning* as everywhere else in validation, and one beyond rounding
an *error*. Its findings (``narrative.percent.mismatch``, ``narrative.change.direction``
in ``Facts.findings``) are therefore not repeated: these rules see all of them and more.

- ``narrative.share.recomputed``: ``占 Y%`` = amount / total × 100, the total being the
  figure the section opened with (the last figure of role ``total`` before it:
  收入预算, 支出预算, 一般公共预算拨款合计).
- ``narrative.change_pct.recomputed``: ``增长/下降 W%`` = change / last year × 100, last year
  being ``amount − change`` (``Figure.prior``); a change from nothing (last year 0 within
  rounding) printed as 100% or 0% follows the convention and is not a finding.

The exact ratio is rounded (half up) to the printed decimals: equal is clean; otherwise
the finding is a warning when some values within the rounding of the printed amounts give
the printed percentage, an error when none do (or the percentage and the change in 万元
go opposite ways).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from ..model import Document, Finding, Location, Severity
from ..model.facts import Figure
from ..narrative.checks import Percentage, change_percentage, share_percentage, with_totals
from .narrative import family_5_rule
from .rule import Rule

__all__ = ["percentage_rules"]

SHARE = "narrative.share.recomputed"
CHANGE = "narrative.change_pct.recomputed"


def _finding(
    rule: str, figure: Figure, what: str, printed: Decimal, exact: Decimal, severity: Severity
) -> Finding:
    shown = exact.quantize(printed, rounding=ROUND_HALF_UP)
    line = figure.span.line
    return Finding(
        rule=rule,
        severity=severity,
        message=(
            f"{figure.span.section} L{line} {figure.subject}: {what} printed {printed}%, "
            f"the stated amounts give {exact.quantize(Decimal('0.0001'))}% ≈ {shown}%"
            + (" (within their rounding)" if severity == "warning" else "")
        ),
        message_zh=(
            f"第{line}行 {figure.subject}：{what}印为 {printed}%，按所述金额计算为 {shown}%"
            + ("（在舍入误差范围内）" if severity == "warning" else "")
        ),
        location=Location(line=line),
        row=figure.subject,
        column=what,
        expected=shown,
        actual=printed,
    )


def _severity(percentage: Percentage) -> Severity:
    return "error" if percentage.beyond_rounding else "warning"


def _share(figure: Figure, total: Figure | None) -> Finding | None:
    percentage = share_percentage(figure, total)
    if percentage is None or percentage.exact is None:
        return None
    printed, exact = percentage.printed, percentage.exact
    if exact.quantize(printed, rounding=ROUND_HALF_UP) == printed:
        return None
    return _finding(SHARE, figure, "share", printed, exact, _severity(percentage))


def _change(figure: Figure) -> Finding | None:
    percentage = change_percentage(figure)
    if percentage is None:
        return None
    assert figure.prior is not None  # a change percentage has last year's amount
    if figure.prior <= 0 or percentage.from_nothing:
        return None  # from nothing: printed as 100% (or 0%) by convention
    pct, exact = percentage.printed, percentage.exact
    assert exact is not None  # last year is positive
    if exact.quantize(pct, rounding=ROUND_HALF_UP) == pct:
        return None
    if percentage.opposite:
        return _finding(CHANGE, figure, "change_pct", pct, exact, "error")
    return _finding(CHANGE, figure, "change_pct", pct, exact, _severity(percentage))


def _check_shares(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    if document.facts is None:
        return
    for figure, total in with_totals(document.facts.figures):
        finding = _share(figure, total)
        if finding is not None:
            yield finding


def _check_changes(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    if document.facts is None:
        return
    for figure in document.facts.figures:
        finding = _change(figure)
        if finding is not None:
            yield finding


def percentage_rules() -> tuple[Rule, ...]:
    """The two family-5 rules that recompute percentages."""
    return (
        family_5_rule(
            SHARE,
            (
                "Part 3: each share (占 Y%) = amount / the total the section opened with × 100, "
                "rounded to the printed decimals. Within the rounding of the two amounts: "
                "warning; beyond: error."
            ),
            (
                "第三部分：各占比 = 金额 / 本节开头所述总额 × 100（按印刷位数四舍五入）。"
                "在两金额舍入误差范围内为警告，超出为错误。"
            ),
            _check_shares,
        ),
        family_5_rule(
            CHANGE,
            (
                "Part 3: each year-on-year percentage = change / (amount − change) × 100, "
                "rounded to the printed decimals. Within the rounding of the stated amounts: "
                "warning; beyond, or of the opposite sign: error. A change from nothing printed "
                "as 100% (or 0%) is the convention, not a finding."
            ),
            (
                "第三部分：各增减百分比 = 增减额 / （金额 − 增减额）× 100（按印刷位数四舍五入）。"
                "在舍入误差范围内为警告，超出或方向相反为错误；"
                "上年为零时印为 100%（或 0%）不算差异。"
            ),
            _check_changes,
        ),
    )
