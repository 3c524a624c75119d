"""The result of validating one document."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from attrs import frozen

from ..model import AmountCoverage, Finding, Severity

__all__ = ["ValidationReport"]

_SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@frozen
class ValidationReport:
    """The verdict on a document: the findings of the rules that ran on it, in rule
    order, and what parsing it noticed.

    - ``findings``: the validation rules' findings;
    - ``parse_findings``: the document's own findings (:attr:`Document.findings`: cells
      that were not amounts, text not read, pages without text …);
    - ``ok``: true when neither holds an error — a document whose reading went wrong is
      never ok (warnings are rounding slips and the like; infos are remarks);
    - ``coverage``: how many printed amounts were read (:attr:`Document.coverage`);
    - ``tolerance``: the rounding unit used, in the document's ``unit``; ``source`` the
      document's file name when known.

    ``counts_by_severity``, ``errors``, ``warnings``, ``by_rule`` and ``len()`` cover
    :attr:`all_findings`, parse findings first.
    """

    findings: tuple[Finding, ...]
    rules: tuple[str, ...]
    tolerance: Decimal
    unit: str | None = None
    source: str | None = None
    parse_findings: tuple[Finding, ...] = ()
    coverage: AmountCoverage | None = None

    @property
    def all_findings(self) -> tuple[Finding, ...]:
        """The parse findings, then the rules' findings."""
        return self.parse_findings + self.findings

    @property
    def ok(self) -> bool:
        """Whether no finding, of parsing or of a rule, is an error."""
        return not any(f.severity == "error" for f in self.all_findings)

    @property
    def counts_by_severity(self) -> dict[Severity, int]:
        """Number of findings per severity, every severity listed (``error`` first)."""
        counts = Counter(f.severity for f in self.all_findings)
        return {s: counts.get(s, 0) for s in _SEVERITIES}

    @property
    def counts_by_rule(self) -> dict[str, int]:
        """Number of findings per rule id, every finding counted: parse rules first (as
        met), then the validation rules in the order they ran."""
        counts = Counter(f.rule for f in self.all_findings)
        # Parse rules as met, then the selected rules in run order, then what a rule may
        # say of itself (validate.rule_skipped).
        order = dict.fromkeys(
            (*(f.rule for f in self.parse_findings), *self.rules, *(f.rule for f in self.findings))
        )
        return {r: counts[r] for r in order if counts.get(r)}

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The error-level findings."""
        return tuple(f for f in self.all_findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The warning-level findings."""
        return tuple(f for f in self.all_findings if f.severity == "warning")

    def by_rule(self, prefix: str) -> tuple[Finding, ...]:
        """The findings of the rules whose id is ``prefix`` or starts with ``prefix.``."""
        return tuple(
            f for f in self.all_findings if f.rule == prefix or f.rule.startswith(prefix + ".")
        )

    def __len__(self) -> int:
        return len(self.all_findings)
