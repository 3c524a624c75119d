"""Performance targets (绩效目标表) of part 3."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

from attrs import frozen

from .amounts import Amounts
from .location import Location

__all__ = ["Indicator", "PerformanceTarget"]


@frozen
class Indicator:
    """One indicator row; blank 一级/二级 cells are filled from the row above."""

    level1: str
    level2: str
    level3: str
    value: str
    basis: str = ""
    weight: str = ""
    previous: str = ""
    scoring_rule: str = ""
    evidence: str = ""
    location: Location = Location()

    @classmethod
    def from_cells(cls, cells: Mapping[str, str], location: Location) -> Indicator:
        """An indicator from its cells by column key (``level3``, ``value``, ``weight`` …);
        a key not given is an empty cell."""
        return cls(
            level1=cells.get("level1", ""),
            level2=cells.get("level2", ""),
            level3=cells.get("level3", ""),
            value=cells.get("value", ""),
            basis=cells.get("basis", ""),
            weight=cells.get("weight", ""),
            previous=cells.get("previous", ""),
            scoring_rule=cells.get("scoring_rule", ""),
            evidence=cells.get("evidence", ""),
            location=location,
        )


@frozen
class PerformanceTarget:
    """A 部门整体绩效目标表 (``kind="department"``) or 项目支出绩效目标表 (``"project"``).

    ``funds`` holds the amounts printed in the header block by stable key:
    ``total``, ``fiscal``, ``fiscal_upper``, ``fiscal_local``, ``other``.
    """

    kind: Literal["department", "project"]
    unit: str
    indicators: tuple[Indicator, ...]
    project: str = ""
    manager: str = ""
    contact: str = ""
    phone: str = ""
    goal: str = ""
    funds: Amounts = Amounts()
    location: Location = Location()

    def fund(self, key: str) -> Decimal | None:
        """One of ``funds`` or ``None`` when not printed."""
        return self.funds.get(key)
