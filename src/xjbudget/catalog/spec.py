"""How a standard table is declared: once, as data.

A :class:`TableSpec` names a table's number, kind, title patterns, value columns
(with the printed label variants a header may show), how its rows are keyed, its
named items and the sums that hold inside it. The recognizer reads headers against
it, validation evaluates its sums, strategies and renderers generate from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import regex
from attrs import field, frozen

from ..model import ColumnSpec, Side
from ..text import label_key

__all__ = ["ColumnDef", "ItemDef", "RowKey", "RowSum", "TableSpec"]

RowKey = Literal["functional", "economic", "item", "project"]


@frozen
class ColumnDef:
    """A value column: key, canonical label, the label variants a header may print
    (compared with :func:`~xjbudget.text.label_key`) and, where the leaf label alone is
    ambiguous, the group label(s) one of which must stand above it."""

    key: str
    label: str
    variants: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    side: Side | None = None
    # Derived once: header reading compares every header cell against these.
    _label_keys: frozenset[str] = field(init=False, repr=False, eq=False)
    _group_keys: frozenset[str] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        keys = frozenset(label_key(v) for v in (self.label, *self.variants))
        object.__setattr__(self, "_label_keys", keys)
        object.__setattr__(self, "_group_keys", frozenset(label_key(g) for g in self.groups))

    def spec(self) -> ColumnSpec:
        return ColumnSpec(self.key, self.label, self.side)

    def label_keys(self) -> frozenset[str]:
        return self._label_keys

    def group_keys(self) -> frozenset[str]:
        return self._group_keys


@frozen
class ItemDef:
    """A named row (表1/表4 income items, 表10 rows): stable key and printed variants."""

    key: str
    label: str
    variants: tuple[str, ...] = ()

    def label_keys(self) -> frozenset[str]:
        return frozenset(label_key(v) for v in (self.label, *self.variants))


@frozen
class RowSum:
    """``total = parts[0] + parts[1] + …`` holds in every row (or for the ``items``
    named rows: ``total`` item = sum of ``parts`` items in ``column``)."""

    name: str
    total: str
    parts: tuple[str, ...]
    column: str | None = None


@frozen
class TableSpec:
    number: int
    kind: str
    title: str
    title_pattern: str
    columns: tuple[ColumnDef, ...]
    row_key: RowKey
    hierarchical: bool = False
    two_sided: bool = False
    items: tuple[ItemDef, ...] = ()
    row_sums: tuple[RowSum, ...] = ()
    item_sums: tuple[RowSum, ...] = ()
    empty_marker: str = "为空表"
    _title: regex.Pattern[str] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_title", regex.compile(self.title_pattern))

    def matches_title(self, title: str) -> bool:
        return self.matches_key(label_key(title))

    def matches_key(self, key: str) -> bool:
        """Whether a title already reduced by :func:`~xjbudget.text.label_key` is this
        table's."""
        return self._title.search(key) is not None

    def column_specs(self, keys: Iterable[str] | None = None) -> tuple[ColumnSpec, ...]:
        """The columns of ``keys``, in that order (what a document prints), or every
        declared column for ``None``."""
        if keys is None:
            return tuple(c.spec() for c in self.columns)
        declared = {c.key: c for c in self.columns}
        return tuple(declared[k].spec() for k in keys)

    def column_keys(self, side: Side | None = None) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns if side is None or c.side == side)
