"""How much of what a document prints was read: the amounts of its tables, the figures
of its narrative (docs/coverage.md)."""

from __future__ import annotations

from typing import Literal

from attrs import frozen

from .location import Location

__all__ = ["AmountCoverage", "AmountRegion", "RegionKind"]

RegionKind = Literal["standard_table", "generic_table", "performance", "outside_tables"]


@frozen
class AmountRegion:
    """One place that prints amounts, and how many of them its records hold.

    - ``kind``: ``standard_table`` (a block read as 表1–表11), ``generic_table`` (a grid kept
      as printed, :class:`~xjbudget.model.GenericTable`), ``performance`` (a 绩效目标表) or
      ``outside_tables`` (table rows that no table block holds, e.g. in a narrative part);
    - ``printed``: the amounts printed there (the definition is in docs/coverage.md);
    - ``read``: how many of them the records of that kind hold (for a generic table: the
      cells kept; outside tables: none), never more than ``printed``.
    """

    kind: RegionKind
    title: str
    printed: int
    read: int
    location: Location = Location()
    table: int | None = None

    @property
    def unread(self) -> int:
        """Printed amounts the region's records do not hold."""
        return self.printed - self.read


@frozen
class AmountCoverage:
    """What a document prints and where its amounts ended up.

    ``regions`` lists every table region in document order; the counts below add them up.
    ``narrative_figures`` counts the figures (number and unit) stated by the narrative's
    sentences and ``in_facts`` those read into :attr:`Document.facts`.
    """

    regions: tuple[AmountRegion, ...] = ()
    narrative_figures: int = 0
    in_facts: int = 0

    def _sum(self, kind: RegionKind, field: Literal["printed", "read"]) -> int:
        return sum(getattr(r, field) for r in self.regions if r.kind == kind)

    @property
    def table_amounts(self) -> int:
        """Amounts printed in table regions (tables, performance targets, stray rows)."""
        return sum(r.printed for r in self.regions)

    @property
    def in_standard_tables(self) -> int:
        """Amounts read into cells of the standard tables."""
        return self._sum("standard_table", "read")

    @property
    def in_performance(self) -> int:
        """Amounts read into performance targets."""
        return self._sum("performance", "read")

    @property
    def in_generic_tables(self) -> int:
        """Amounts kept only as text in generic grids."""
        return self._sum("generic_table", "read")

    @property
    def unplaced(self) -> int:
        """Printed table amounts that no record holds."""
        return sum(r.unread for r in self.regions)

    @property
    def table_ratio(self) -> float | None:
        """The share of table amounts read into standard tables or performance targets;
        ``None`` when the document prints no table amount."""
        total = self.table_amounts
        if not total:
            return None
        return (self.in_standard_tables + self.in_performance) / total

    @property
    def unread_regions(self) -> tuple[AmountRegion, ...]:
        """The regions whose amounts are not all in typed records (generic grids included)."""
        return tuple(r for r in self.regions if r.kind == "generic_table" or r.unread)

    def summary(self) -> str:
        """One line: ``table amounts 1,104: 98.2 % read (…); narrative figures 40/52``."""
        ratio = self.table_ratio
        head = (
            f"table amounts {self.table_amounts}: "
            + ("none printed" if ratio is None else f"{ratio:.1%} read")
            + f" (standard {self.in_standard_tables}, performance {self.in_performance}, "
            f"generic only {self.in_generic_tables}, unplaced {self.unplaced})"
        )
        return f"{head}; narrative figures {self.in_facts}/{self.narrative_figures} read"
