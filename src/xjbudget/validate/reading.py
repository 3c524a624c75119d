"""Reading rows and cells the way every check reads them.

- An empty cell is ``None``; in a sum it counts as zero. A column the table does not
  print is no cell at all: a rule that needs it does not run on that table.
- A row whose every cell is empty is *not printed*: it takes part in no sum (the 表1
  list of every 类 201–234 prints most of them without an amount).
- A subordinate unit's row (``role="unit"``, 表7 / 表11) subtotals the rows under it,
  down to the next unit row: those rows form the unit's *segment*.
- The *top level* of a segment is its rows of the shallowest code level (the 类 rows),
  or, in a table whose rows have no code (表11), its project rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from attrs import frozen

from ..model import Row, Table
from ..tables.tree import code_tree

__all__ = [
    "ZERO",
    "Segment",
    "add",
    "children_by_parent",
    "is_printed",
    "item_row",
    "printed_rows",
    "rows_by_code",
    "segments",
    "top_level",
    "total_rows",
    "unprinted",
]

ZERO = Decimal(0)


def add(values: Iterable[Decimal | None]) -> Decimal:
    """The sum of amounts, empty cells counting as zero."""
    return sum((v for v in values if v is not None), ZERO)


def is_printed(row: Row) -> bool:
    """Whether the row has at least one amount."""
    return any(v is not None for v in row.values.values())


def printed_rows(table: Table) -> tuple[Row, ...]:
    """The rows that have at least one amount, in table order."""
    return tuple(r for r in table.rows if is_printed(r))


def unprinted(table: Table, keys: Iterable[str]) -> tuple[str, ...]:
    """The keys among ``keys`` of columns this table does not print, once each."""
    printed = {c.key for c in table.columns}
    return tuple(k for k in dict.fromkeys(keys) if k not in printed)


def total_rows(rows: Iterable[Row]) -> tuple[Row, ...]:
    """The grand-total rows (总计/合计) of a one-sided table."""
    return tuple(r for r in rows if r.role == "total" and r.side is None)


def item_row(table: Table, item: str) -> Row | None:
    """The named row with this item key (表1/表4 items, 表10 rows).

    The item ``total`` (表10 合计) is the table's total row when no row carries the key:
    a recognizer may mark it only by its role.
    """
    found = next((r for r in table.rows if r.item == item), None)
    if found is None and item == "total":
        found = table.total_row
    return found


@frozen
class Segment:
    """The rows under one subordinate unit (``unit`` is ``None`` before the first one)."""

    unit: Row | None
    rows: tuple[Row, ...]


def segments(rows: Iterable[Row]) -> tuple[Segment, ...]:
    """Split rows at each unit row; total rows belong to no segment."""
    out: list[Segment] = []
    unit: Row | None = None
    current: list[Row] = []
    for row in rows:
        if row.role == "total":
            continue
        if row.role == "unit":
            out.append(Segment(unit, tuple(current)))
            unit, current = row, []
        else:
            current.append(row)
    out.append(Segment(unit, tuple(current)))
    return tuple(s for s in out if s.unit is not None or s.rows)


def top_level(rows: Iterable[Row]) -> tuple[Row, ...]:
    """The shallowest coded rows, or the detail rows when no row has a code."""
    details = [r for r in rows if r.role == "detail"]
    coded = [r for r in details if r.code is not None]
    if not coded:
        return tuple(details)
    depth = min(r.code.depth for r in coded if r.code is not None)
    return tuple(r for r in coded if r.code is not None and r.code.depth == depth)


def rows_by_code(rows: Iterable[Row]) -> dict[str, list[Row]]:
    """Coded rows grouped by code digits, in table order (a 项 may hold several projects)."""
    out: dict[str, list[Row]] = {}
    for row in rows:
        if row.code is not None:
            out.setdefault(row.code.digits, []).append(row)
    return out


def children_by_parent(by_code: dict[str, list[Row]]) -> Iterator[tuple[str, list[str]]]:
    """Each printed code with the printed codes directly under it.

    "Directly" means the nearest printed ancestor (``code_tree(..., missing="nearest")``):
    a 项 whose 款 row is not printed counts under its 类, so a missing intermediate row
    does not hide a sum.
    """
    codes = list(by_code)
    tree = code_tree(codes, missing="nearest")
    for parent, positions in tree.under.items():
        yield parent, [codes[j] for j in positions]
