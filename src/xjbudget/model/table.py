"""The standard tables: column specs, rows and tables."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

from attrs import field, frozen

from .amounts import Amounts
from .code import Code
from .location import Location

__all__ = ["ColumnSpec", "GenericTable", "Row", "RowRole", "Side", "Table"]

RowRole = Literal["total", "unit", "detail"]
Side = Literal["income", "expenditure"]


@frozen
class ColumnSpec:
    """A value column: a stable English ``key`` and the Chinese ``label`` it prints as.

    ``side`` is set for the two-sided tables (表1, 表4), whose left list holds income
    items and right list expenditure.
    """

    key: str
    label: str
    side: Side | None = None


@frozen
class Row:
    """One row of a standard table.

    - ``code``: the classification code, ``None`` for totals, named items and units;
    - ``name``: the printed label (normalised, without the code);
    - ``project``: the 项目名称 of a project row (表7, 表11);
    - ``item``: a stable key for named rows (表1/表4 items, 表10 rows), e.g. ``general_budget``;
      in a table with a row per unit (表14, 表15) the unit code as printed (``305001``);
    - ``gov_code``: where a row prints a second, 政府预算支出经济分类 code beside its
      部门预算 economic ``code`` (烟台: ``301 01 基本工资 | 501 01 工资奖金津补贴``), that
      code (``50101``); the same ``code`` may then stand on several rows, one per
      ``gov_code`` (301 under 501 机关工资福利支出 and under 505 对事业单位经常性补助);
    - ``side``: ``income`` or ``expenditure`` in 表1 and 表4;
    - ``role``: ``total`` for 总计/合计 rows, ``unit`` for a subordinate unit's subtotal,
      ``detail`` otherwise;
    - ``values``: amounts by column key; an empty cell is ``None``, never zero;
    - ``parent``: in a table whose rows are grouped under subtotal rows (表18), the index
      in the table's ``rows`` of the row it is grouped under, ``None`` at the top;
    - ``texts``: the text columns printed beside the amounts, as ``(key, text)`` pairs
      (表18's ``category`` 项目类别, ``summary`` 项目简介, ``performance_target`` 绩效目标).
    """

    name: str
    values: Amounts = field(converter=Amounts)
    code: Code | None = None
    project: str | None = None
    item: str | None = None
    side: Side | None = None
    role: RowRole = "detail"
    location: Location = Location()
    gov_code: Code | None = None
    parent: int | None = None
    texts: tuple[tuple[str, str], ...] = ()

    def __getitem__(self, key: str) -> Decimal | None:
        return self.values[key]

    @property
    def label(self) -> str:
        """The row as a person names it: code and name, or project."""
        head = f"{self.code} {self.name}".strip() if self.code else self.name
        return f"{head} / {self.project}" if self.project else head


@frozen
class Table:
    """A recognised standard table (表1 … 表11) of a disclosure.

    ``kind`` is a stable key (``income_summary``, ``expenditure_summary`` …);
    ``columns`` are the value columns the document prints, in printed order, as its
    header was read: a 表5 printing only 金额 has the one column ``total`` (every
    declared column is in :func:`xjbudget.catalog.spec_for_number`; a column
    whose label the reader does not recognise is missing too, and the amounts under it
    are reported as not read). A column not printed is absent, not empty: rows have no
    value for it and validation never reads it as zero. A table printed as nothing but
    its "…为空表" sentence says every cell is empty, so it has every declared column.
    ``empty_statement`` holds that sentence.

    ``number`` is the standard number (表1 … 表11), whatever the document prints;
    ``printed_number`` is the number as printed (``"表3"``, ``"公开01表"``, ``"公开表1"``,
    ``"预算01表"``), ``None`` when the table has none; ``printed_title`` the title as
    printed (``None`` when none is, ``title`` then being the standard one); ``family`` the
    template family whose declaration read it (``"jiangsu"``, ``"national"`` …,
    :data:`xjbudget.catalog.FAMILIES`).
    """

    number: int
    kind: str
    title: str
    columns: tuple[ColumnSpec, ...]
    rows: tuple[Row, ...] = ()
    unit: str | None = None
    preparer: str | None = None
    empty_statement: str | None = None
    location: Location = Location()
    printed_number: str | None = None
    printed_title: str | None = None
    family: str | None = None

    @property
    def is_empty(self) -> bool:
        """Whether the table has no amount at all."""
        return not any(v is not None for row in self.rows for v in row.values.values())

    def column(self, key: str) -> ColumnSpec:
        """The column with this key (``KeyError`` when the table does not print it)."""
        for spec in self.columns:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def find(self, code: str | None = None, *, name: str | None = None) -> Iterator[Row]:
        """Rows by code digits and/or normalised name."""
        for row in self.rows:
            if code is not None and (row.code is None or row.code.digits != code):
                continue
            if name is not None and row.name != name:
                continue
            yield row

    @property
    def total_row(self) -> Row | None:
        """The grand-total row (总计/合计) of a one-sided table, if printed."""
        return next((r for r in self.rows if r.role == "total" and r.side is None), None)


@frozen
class GenericTable:
    """A table read as a grid whose layout is not one of the standard tables.

    Kept so that nothing read is dropped: ``header`` rows and ``body`` rows of cell
    texts, as printed. ``printed_number`` and ``family`` as on :class:`Table`.
    """

    title: str
    header: tuple[tuple[str, ...], ...]
    body: tuple[tuple[str, ...], ...]
    number: int | None = None
    reason: str = ""
    location: Location = Location()
    printed_number: str | None = None
    family: str | None = None
