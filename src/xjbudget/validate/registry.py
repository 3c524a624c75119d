"""Every rule, in the order they run, and choosing some of them.

A selection entry is a rule id (``T3.row.total_eq_basic_plus_project``), a dotted prefix
of ids (``T3``, ``T3.row``, ``cross``, ``codes``), or a family by number (``1``–``6``)
or name (``row``, ``table``, ``cross``, ``codes``, ``narrative``, ``completeness``).
Entries may be given as one comma-separated string.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import XjbudgetError
from .classification import classification_rules
from .completeness import completeness_rules
from .cross import cross_rules
from .narrative import narrative_rules
from .percentages import percentage_rules
from .row_sums import row_sum_rules
from .rule import FAMILIES, Rule
from .sentences import sentence_rules
from .table_sums import table_sum_rules
from .unit_sums import unit_sum_rules

__all__ = ["RULES", "RuleSelectionError", "rule", "select_rules"]

#: Every rule, family by family.
RULES: tuple[Rule, ...] = (
    *row_sum_rules(),
    *table_sum_rules(),
    *unit_sum_rules(),
    *cross_rules(),
    *classification_rules(),
    *narrative_rules(),
    *percentage_rules(),
    *sentence_rules(),
    *completeness_rules(),
)


class RuleSelectionError(XjbudgetError, ValueError):
    """A rule selection entry that names no rule."""


def rule(rule_id: str) -> Rule:
    """The rule with this id."""
    for candidate in RULES:
        if candidate.id == rule_id:
            return candidate
    raise RuleSelectionError(f"no rule {rule_id!r}")


def _matches(entry: str, candidate: Rule) -> bool:
    key = entry.lower()
    if key in (str(candidate.family), candidate.family_name):
        return True
    rid = candidate.id.lower()
    return rid == key or rid.startswith(key + ".")


def select_rules(selection: str | Iterable[str] | None = None) -> tuple[Rule, ...]:
    """The rules a selection names, in run order; every rule for ``None``.

    Raises :class:`RuleSelectionError` for an entry that matches no rule.
    """
    if selection is None:
        return RULES
    raw = [selection] if isinstance(selection, str) else list(selection)
    entries = [e.strip() for item in raw for e in item.split(",") if e.strip()]
    for entry in entries:
        if not any(_matches(entry, r) for r in RULES):
            families = ", ".join(f"{n} {name}" for n, name in FAMILIES.items())
            raise RuleSelectionError(
                f"no rule matches {entry!r} (give a rule id, an id prefix such as T3 or "
                f"cross, or a family: {families})"
            )
    return tuple(r for r in RULES if any(_matches(e, r) for e in entries))
