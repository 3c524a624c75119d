"""A standard table laid out as printed: header rows and body rows of cell texts.

Both text renderers (:mod:`.tabbed`, :mod:`.flat`) start from the same :class:`Grid`,
so the layout of each table kind (which header it prints, where the code cells go,
how 表1 and 表4 put their two lists side by side) is written once.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from attrs import frozen

from ..catalog import TableSpec, spec_for_number
from ..model import ColumnSpec, Row, Table

__all__ = ["Grid", "format_amount", "table_grid"]

_KEY_HEADERS = {
    "functional": (("功能分类科目编码", "", "", "功能分类科目名称"), ("类", "款", "项", "")),
    "economic": (("经济分类科目编码", "", "经济分类科目名称"), ("类", "款", "")),
}
_T10_HEADER = (
    ("“三公”经费支出内容", "合计", "资金来源", "", ""),
    ("", "", "一般公共预算", "政府性基金", "国有资本经营预算"),
)
_T11_HEADER = (
    ("项目名称", "总计", "财政拨款", "", "", "", "非财政拨款", "", "", ""),
    ("", "", "合计", "基本支出", "", "项目支出", "合计", "基本支出", "", "项目支出"),
    ("", "", "", "人员经费", "公用经费", "", "", "人员经费", "公用经费", ""),
)
_T11_KEYS = (
    "total",
    "fiscal_total",
    "fiscal_personnel",
    "fiscal_public_use",
    "fiscal_project",
    "nonfiscal_total",
    "nonfiscal_personnel",
    "nonfiscal_public_use",
    "nonfiscal_project",
)
_T1_HEADER = (("收入", "", "支出", ""), ("项目", "预算数", "支出功能分类", "预算数"))
_T4_HEADER = (
    ("财政拨款收入", "", "财政拨款支出", "", "", "", ""),
    ("项目", "合计", "支出功能分类", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"),
)


@frozen
class Grid:
    """A table as printed: ``header`` rows (the ``※ 1 2 3`` numbering row included,
    last) and ``body`` rows of cell texts, all rows of one width."""

    number: int
    title: str
    header: tuple[tuple[str, ...], ...]
    body: tuple[tuple[str, ...], ...]


def format_amount(value: Decimal | None, grouped: bool = False) -> str:
    """An amount as a converter prints it: ``1036.53`` or, grouped, ``1,036.53``."""
    if value is None:
        return ""
    return f"{value:,}" if grouped else str(value)


def _numbering(key_width: int, values: int) -> tuple[str, ...]:
    return ("※",) * key_width + tuple(str(i + 1) for i in range(values))


def _spec(table: Table) -> TableSpec:
    spec = spec_for_number(table.number)
    if spec is None:
        raise ValueError(f"table {table.number} is not a standard table")
    return spec


def table_grid(table: Table, *, grouped: bool = False, numbering: bool = True) -> Grid:
    """The grid of any standard table (表1 … 表11); ``grouped`` prints thousands
    separators in the amounts; ``numbering=False`` leaves out the ``※ 1 2 3`` row (as
    003's template does: the column labels are the header's only row)."""
    spec = _spec(table)
    if spec.two_sided:
        header, body = _two_sided(table, spec, grouped)
    elif spec.number == 10:
        header, body = _named(table, _T10_HEADER, grouped)
    elif spec.number == 11:
        header, body = _named(table, _T11_HEADER, grouped, keys=_T11_KEYS)
    else:
        header, body = _coded(table, spec, grouped)
    if not numbering:
        header = tuple(row for row in header if row[:1] != ("※",))
    return Grid(table.number, table.title, header, body)


def _values(row: Row, keys: Sequence[str], grouped: bool) -> list[str]:
    return [format_amount(row.values.get(k), grouped) for k in keys]


def _coded(
    table: Table, spec: TableSpec, grouped: bool
) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    top, levels = _KEY_HEADERS["economic" if spec.row_key == "economic" else "functional"]
    extra = ("项目名称",) if spec.number == 7 else ()
    printed = _printed_columns(table)
    labels = tuple(c.label for c in printed)
    header = (
        (*top, *extra, *labels),
        (*levels, *("" for _ in extra), *("" for _ in labels)),
        _numbering(len(top) + len(extra), len(labels)),
    )
    keys = [c.key for c in printed]
    body = []
    for row in table.rows:
        parts = list(row.code.parts) if row.code else []
        cells = [*parts, *[""] * (len(top) - 1 - len(parts)), row.name]
        if extra:
            cells.append(row.project or "")
        body.append(tuple(cells + _values(row, keys, grouped)))
    return header, tuple(body)


def _printed_columns(table: Table) -> tuple[ColumnSpec, ...]:
    """The columns a table prints: those its rows have values for (表8/表9 print either
    人员经费/公用经费 or 基本支出), all of them for a table without rows."""
    if not table.rows:
        return table.columns
    return tuple(c for c in table.columns if any(c.key in r.values for r in table.rows))


def _named(
    table: Table,
    top: tuple[tuple[str, ...], ...],
    grouped: bool,
    keys: Sequence[str] | None = None,
) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    keys = list(keys) if keys is not None else [c.key for c in table.columns]
    header = (*top, _numbering(1, len(keys)))
    body = tuple((row.project or row.name, *_values(row, keys, grouped)) for row in table.rows)
    return header, body


def _two_sided(
    table: Table, spec: TableSpec, grouped: bool
) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    left_keys = spec.column_keys("income")
    right_keys = spec.column_keys("expenditure")
    header = _T1_HEADER if spec.number == 1 else _T4_HEADER
    income = [r for r in table.rows if r.side == "income" and r.role != "total"]
    spending = [r for r in table.rows if r.side == "expenditure" and r.role != "total"]
    totals = [r for r in table.rows if r.role == "total"]
    left_total = next((r for r in totals if r.side == "income"), None)
    right_total = next((r for r in totals if r.side == "expenditure"), None)

    def left(row: Row | None) -> list[str]:
        if row is None:
            return [""] * (1 + len(left_keys))
        return [row.name, *_values(row, left_keys, grouped)]

    def right(row: Row | None) -> list[str]:
        if row is None:
            return [""] * (1 + len(right_keys))
        label = f"{row.code} {row.name}" if row.code else row.name
        return [label, *_values(row, right_keys, grouped)]

    body = [
        (
            *left(income[i] if i < len(income) else None),
            *right(spending[i] if i < len(spending) else None),
        )
        for i in range(max(len(income), len(spending)))
    ]
    if left_total or right_total:
        body.append((*left(left_total), *right(right_total)))
    return header, tuple(tuple(r) for r in body)
