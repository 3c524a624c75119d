"""Performance targets (绩效目标表) of part 3."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

from attrs import frozen

from .amounts import Amounts
from .location import Location

__all__ = ["Indicator", "PerformanceTarget", "PerformanceTask"]


@frozen
class Indicator:
    """One indicator row; blank 一级/二级 cells are filled from the row above.

    Templates that print one level of indicator names (重庆's 指标名称 | 指标性质 | 指标值 |
    计量单位 | 指标权重 | 是否核心) give ``level3`` the name and split the value over
    ``comparison`` (≥, =, ≤), ``value`` and ``measure`` (its unit of measure); ``core``
    is the 是否核心 flag. Templates that print the value whole (≥90%) leave them empty.
    """

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
    comparison: str = ""
    measure: str = ""
    core: str = ""

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
            comparison=cells.get("comparison", ""),
            measure=cells.get("measure", ""),
            core=cells.get("core", ""),
        )


@frozen
class PerformanceTask:
    """One row of the 年度主要任务 block of a 部门整体支出绩效目标表 (西安): the task's name,
    its content and its amounts by the keys of :attr:`PerformanceTarget.funds`
    (``total``, ``fiscal``, ``other``)."""

    name: str
    content: str = ""
    funds: Amounts = Amounts()
    location: Location = Location()


@frozen
class PerformanceTarget:
    """A 部门整体绩效目标表 (``kind="department"``) or 项目支出绩效目标表 (``"project"``).

    ``funds`` holds the amounts printed in the header block by stable key:
    ``total``, ``fiscal``, ``fiscal_upper``, ``fiscal_local``, ``other``; where a table
    prints the whole implementation period beside the year (实施期资金总额 | 年度资金总额)
    the period's are ``period_total``, ``period_fiscal``, ``period_other``; 重庆's split by
    level of government is ``city`` (市级支出) and ``districts`` (补助区县). ``tasks``: the
    年度主要任务 rows of a department target, when printed.
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
    tasks: tuple[PerformanceTask, ...] = ()

    def fund(self, key: str) -> Decimal | None:
        """One of ``funds`` or ``None`` when not printed."""
        return self.funds.get(key)
