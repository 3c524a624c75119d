"""Findings: what parsing or validation noticed, with where and by how much."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from attrs import frozen

from .location import Location

__all__ = ["Finding", "Severity"]

Severity = Literal["error", "warning", "info"]


@frozen
class Finding:
    """One observation about a document.

    ``rule`` is a stable identifier (``parse.cell.shifted``,
    ``T3.row.total_eq_basic_plus_project``); ``message`` is English and
    ``message_zh`` Chinese. ``table`` is the standard table number, ``row`` the row's
    code or name, ``column`` the column key. ``expected``/``actual`` are set for sums.
    """

    rule: str
    severity: Severity
    message: str
    message_zh: str = ""
    location: Location | None = None
    table: int | None = None
    row: str | None = None
    column: str | None = None
    expected: Decimal | None = None
    actual: Decimal | None = None

    @property
    def difference(self) -> Decimal | None:
        """``actual - expected`` when both are known."""
        if self.expected is None or self.actual is None:
            return None
        return self.actual - self.expected
