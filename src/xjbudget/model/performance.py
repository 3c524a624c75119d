"""Performance targets (绩效目标表) of part 3."""

from __future__ import annotations

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
