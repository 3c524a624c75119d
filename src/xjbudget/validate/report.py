"""The result of validating one document."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from attrs import frozen

from ..model import Finding, Severity

__all__ = ["ValidationReport"]

_SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@frozen
class ValidationReport:
    """The findings of the rules that ran on a document, in rule order.

    ``ok`` is true when no finding is an error (warnings are rounding slips and the
    like; infos are remarks). ``tolerance`` is the rounding unit used, in the
    document's ``unit``; ``source`` the document's file name when known.
    """

    findings: tuple[Finding, ...]
    rules: tuple[str, ...]
    tolerance: Decimal
    unit: str | None = None
    source: str | None = None

    @property
    def ok(self) -> bool:
        """Whether no finding is an error."""
        return not any(f.severity == "error" for f in self.findings)

    @property
    def counts_by_severity(self) -> dict[Severity, int]:
        """Number of findings per severity, every severity listed (``error`` first)."""
        counts = Counter(f.severity for f in self.findings)
        return {s: counts.get(s, 0) for s in _SEVERITIES}

    @property
    def counts_by_rule(self) -> dict[str, int]:
        """Number of findings per rule id, in the order the rules ran."""
        counts = Counter(f.rule for f in self.findings)
        return {r: counts[r] for r in self.rules if counts.get(r)}

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The error-level findings."""
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The warning-level findings."""
        return tuple(f for f in self.findings if f.severity == "warning")

    def by_rule(self, prefix: str) -> tuple[Finding, ...]:
        """The findings of the rules whose id is ``prefix`` or starts with ``prefix.``."""
        return tuple(
            f for f in self.findings if f.rule == prefix or f.rule.startswith(prefix + ".")
        )

    def __len__(self) -> int:
        return len(self.findings)
