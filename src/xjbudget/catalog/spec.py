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

RowKey = Literal["functional", "economic", "item", "project", "unit"]


@frozen
class ColumnDef:
    """A value column: key, canonical label, the label variants a header may print
    (compared with :func:`~xjbudget.text.label_key`) and, where the leaf label alone is
    ambiguous, the group label(s) one of which must stand above it. An ``optional``
    column is printed by some templates only (表3/表5 人员经费 and 公用经费 beside 基本支出):
    a header printing it is read, but it is not among the columns a table is assumed
    to print (:meth:`TableSpec.column_specs`, :meth:`TableSpec.column_keys`)."""

    key: str
    label: str
    variants: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    side: Side | None = None
    optional: bool = False
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
    """A named row (表1/表4 income items, 表10 rows): stable key and printed variants;
    ``side`` the list of a two-sided table (表1, 表4) it is printed in, ``None`` for
    either (a label such as 合计 names the income total on the left, the expenditure
    total on the right). ``column`` names the value column of the list an item is
    printed in where a side prints several lists (西安's 表1/表4: the expenditure by
    function, by 部门预算 and by 政府预算 economic class, each with its 预算数); ``None``
    for the side's one list (the function list there)."""

    key: str
    label: str
    variants: tuple[str, ...] = ()
    side: Side | None = None
    column: str | None = None

    def label_keys(self) -> frozenset[str]:
        return frozenset(label_key(v) for v in (self.label, *self.variants))


@frozen
class RowSum:
    """``total = parts[0] + parts[1] + …`` holds in every row (or for the ``items``
    named rows: ``total`` item = sum of ``parts`` items in ``column``). An ``optional``
    sum reads columns only some templates print (表3/表5 人员经费, 公用经费): where a table
    does not print them it is not run, and no ``validate.rule_skipped`` says so. ``also``
    names parts counted where a table prints them (表3's 事业单位经营支出, 上缴上级支出,
    对附属单位补助支出 beside 基本支出 + 项目支出 in 江苏 and 深圳)."""

    name: str
    total: str
    parts: tuple[str, ...]
    column: str | None = None
    optional: bool = False
    also: tuple[str, ...] = ()


@frozen
class TableSpec:
    """One table's declaration. ``row_key`` says how its rows are keyed (functional or
    economic code, named item, project, unit); ``by_unit`` the number of the table that
    prints the same title with a row per unit instead of per code (收入总表 of 江苏, 西安);
    ``item_groups`` that the named items head groups of rows (政府采购's 货物 / 工程 / 服务,
    each over a row per unit and a row per procurement): a row that is no item is a unit's
    row, or a project's where it prints a project name, not an unknown item;
    ``year_groups`` that its columns sit under year groups named 上年 / 当年 (表22): a
    header printing two years (2021年 | 2022年) names the earlier 上年, the later 当年.
    A ``grouped`` table prints its rows under the rows that subtotal them with no code to
    say so (a unit's row over its projects): :mod:`xjbudget.tables.grouped` reads which,
    from the table's arithmetic. ``text_columns`` are columns of text printed beside the
    amounts (烟台's 项目类别, 西安's 项目简介, 广州's 绩效目标): kept on the row
    (``Row.texts``), never read as amounts. ``holds`` names the standard tables whose
    figures one of its columns prints, as ``(number, column key)``: 深圳's 一般公共预算支出表
    （按经济分类）(表12) prints 表6 as its 基本支出 column, and its template has no 表6 of its
    own, so a document printing that column does not miss 表6."""

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
    by_unit: int | None = None
    holds: tuple[tuple[int, str], ...] = ()
    item_groups: bool = False
    year_groups: bool = False
    grouped: bool = False
    text_columns: tuple[ColumnDef, ...] = ()
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
        declared column but the optional ones for ``None``."""
        if keys is None:
            return tuple(c.spec() for c in self.columns if not c.optional)
        declared = {c.key: c for c in self.columns}
        return tuple(declared[k].spec() for k in keys)

    def column_keys(self, side: Side | None = None) -> tuple[str, ...]:
        """The keys of the declared columns but the optional ones (of one side)."""
        return tuple(
            c.key for c in self.columns if not c.optional and (side is None or c.side == side)
        )
