"""``validate(document)``: run the rules, collect the findings."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from ..errors import XjbudgetError
from ..model import Document
from ..settings import DEFAULT_SETTINGS, Settings
from .findings import DEFAULT_TOLERANCE
from .registry import select_rules
from .report import ValidationReport

__all__ = ["ToleranceError", "as_tolerance", "validate"]


class ToleranceError(XjbudgetError, ValueError):
    """A tolerance that is not a non-negative amount."""


def as_tolerance(value: Decimal | str | int | None) -> Decimal:
    """A tolerance as a :class:`~decimal.Decimal` (the default for ``None``).

    Raises :class:`ToleranceError` for anything but a non-negative finite amount.
    """
    if value is None:
        return DEFAULT_TOLERANCE
    try:
        # str() first: a float becomes the decimal it prints as, never its binary expansion.
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ToleranceError(f"not an amount: {value!r}") from None
    if not amount.is_finite() or amount < 0:
        raise ToleranceError(f"the tolerance must be a non-negative amount: {value!r}")
    return amount


def validate(
    document: Document,
    rules: str | Iterable[str] | None = None,
    tolerance: Decimal | str | int | None = None,
    *,
    settings: Settings = DEFAULT_SETTINGS,
) -> ValidationReport:
    """Check a document's sums, cross-references, codes and completeness.

    ``rules`` selects rules by id, id prefix or family (see
    :func:`~xjbudget.validate.select_rules`); all by default. ``tolerance`` is the
    printed precision of an amount in the document's own unit (0.01 by default: 0.01
    万元, or 0.01 元 for a document in 元): a sum of ``n`` items off by at most
    ``n × tolerance / 2`` is a rounding *warning*, beyond that an *error*. ``settings``
    holds the thresholds the rules read (``completeness.low_coverage``:
    ``Settings.coverage_error_below``).

    The report carries the document's parse findings too: an error among them makes the
    report not ``ok`` whatever rules were selected.

    Pure: reads the document (and the package's code tables), changes nothing.
    """
    selected = select_rules(rules)
    limit = as_tolerance(tolerance)
    findings = tuple(f for r in selected for f in r.run(document, limit, settings))
    return ValidationReport(
        findings=findings,
        rules=tuple(r.id for r in selected),
        tolerance=limit,
        unit=document.meta.unit,
        source=document.meta.source,
        parse_findings=document.findings,
        coverage=document.coverage,
    )
