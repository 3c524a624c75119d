"""What a validation rule is: a stable id, a family, a bilingual description, a check."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from attrs import field, frozen

from ..model import Document, Finding
from ..settings import DEFAULT_SETTINGS, Settings

__all__ = ["FAMILIES", "Check", "Rule", "SettingsCheck"]

#: The rule families, by number, with the name a selection may use.
FAMILIES: dict[int, str] = {
    1: "row",
    2: "table",
    3: "cross",
    4: "codes",
    5: "narrative",
    6: "completeness",
}

#: A check reads a document with a tolerance and yields findings; it does no I/O.
Check = Callable[[Document, Decimal], Iterator[Finding]]

#: A check that also reads the thresholds of :class:`~xjbudget.settings.Settings`
#: (``completeness.low_coverage``: the share of amounts read below which it is an error).
SettingsCheck = Callable[[Document, Decimal, Settings], Iterator[Finding]]


@frozen
class Rule:
    """One documented check.

    ``id`` is stable (``T3.row.total_eq_basic_plus_project``); ``family`` is 1–6
    (see :data:`FAMILIES`); ``example`` cites a real corpus document.
    """

    id: str
    family: int
    description: str
    description_zh: str
    example: str
    check: Check = field(eq=False, repr=False)
    #: Set instead of reading ``check`` when the rule reads the settings.
    settings_check: SettingsCheck | None = field(default=None, eq=False, repr=False, kw_only=True)

    @property
    def family_name(self) -> str:
        """``row``, ``table``, ``cross``, ``codes``, ``narrative`` or ``completeness``."""
        return FAMILIES[self.family]

    def run(
        self, document: Document, tolerance: Decimal, settings: Settings = DEFAULT_SETTINGS
    ) -> Iterator[Finding]:
        """The findings of this rule on a document (``settings``: the thresholds, for the
        rules that read them)."""
        if self.settings_check is not None:
            return self.settings_check(document, tolerance, settings)
        return self.check(document, tolerance)
