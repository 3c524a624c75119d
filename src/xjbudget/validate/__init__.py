"""Validation: every sum, every cross-reference, every code of a document — as findings.

>>> from xjbudget.validate import validate
>>> report = validate(document)                        # doctest: +SKIP
>>> report.ok, report.counts_by_severity               # doctest: +SKIP
(True, {'error': 0, 'warning': 2, 'info': 0})

Rules come in families (see ``docs/validation.md``): 1 within a row, 2 within a table,
3 across tables, 4 against the classification code tables, 5 the narrative of part 3
against the tables, 6 completeness.
"""

from __future__ import annotations

from .cross import CROSS_CHECKS, Cell, CrossCheck
from .findings import DEFAULT_TOLERANCE, RULE_SKIPPED, judge, rounding_bound
from .registry import RULES, RuleSelectionError, rule, select_rules
from .report import ValidationReport
from .rule import FAMILIES, Rule
from .run import ToleranceError, as_tolerance, validate

__all__ = [
    "CROSS_CHECKS",
    "DEFAULT_TOLERANCE",
    "FAMILIES",
    "RULES",
    "RULE_SKIPPED",
    "Cell",
    "CrossCheck",
    "Rule",
    "RuleSelectionError",
    "ToleranceError",
    "ValidationReport",
    "as_tolerance",
    "judge",
    "rounding_bound",
    "rule",
    "select_rules",
    "validate",
]
