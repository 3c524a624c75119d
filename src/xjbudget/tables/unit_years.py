"""The “三公” table of several units, each in a row per year (深圳 shenzhen-09's 表9).

深圳 prints 表9 as 预算单位 | 年度 | 总计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行
维护费 (小计 | 公务用车购置费 | 公务用车运行维护费), each item over 一般公共预算 | 政府性基金预算
| 国有资本经营预算, and under 年度 three rows per unit: 2025年, 2026年, 增减变化金额. One unit's
rows are 表10 (:mod:`xjbudget.tables.transposed`); a table of several units is 表22, a row
per unit: the later year's 一般公共预算 amounts in the items' columns (``total``,
``outbound_travel`` …), the earlier year's in ``prior_year_<item>``, the 增减 row's in
``change_<item>``, and the other sources' in ``<column>_fund_budget`` /
``<column>_soe_budget``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..amounts import parse_amount
from ..catalog import TableSpec, spec_for_number
from ..errors import AmountError
from ..model import ColumnSpec, Finding, Row
from ..sources.lines import SourceLine
from ..text import label_key
from .header import HeaderCell, read_header
from .transposed import column_item, year_mark

__all__ = ["read_unit_years", "several_units_by_year"]

_YEAR_COLUMN = "年度"


def _year_index(cells: Sequence[HeaderCell]) -> int | None:
    return next((c.index for c in cells if c.leaf == _YEAR_COLUMN and not c.groups), None)


def several_units_by_year(header_rows: Sequence[Sequence[str]], body: Sequence[SourceLine]) -> bool:
    """Whether a table printed with a 年度 column names more than one unit before it."""
    index = _year_index(read_header(header_rows))
    if index is None:
        return False
    units = [
        line.cells[0]
        for line in body
        if line.cells and index < len(line.cells) and line.cells[0].strip()
    ]
    return len(units) > 1


def read_unit_years(
    body: Sequence[SourceLine], spec: TableSpec, header_rows: Sequence[Sequence[str]]
) -> tuple[list[Row], tuple[ColumnSpec, ...], list[Finding]] | None:
    """A row per unit (see the module docstring), the table's columns and no findings;
    ``None`` for any other body (a unit without its two years and 增减 row, a column of no
    item or source, a cell that is no amount): the table is then read otherwise."""
    three = spec_for_number(10)
    cells = read_header(header_rows)
    index = _year_index(cells)
    if index is None or three is None or not body:
        return None
    sources = {
        c.key: c for c in three.columns if c.key in ("general_budget", "fund_budget", "soe_budget")
    }
    columns: dict[int, tuple[str, str]] = {}
    for cell in (c for c in cells if c.index > index):
        source = next(
            (k for k, c in sources.items() if label_key(cell.leaf) in c.label_keys()), None
        )
        if source is None or not cell.groups:
            return None
        item = column_item(HeaderCell(cell.index, cell.groups[-1], cell.groups[:-1]), three, False)
        if item is None:
            return None
        columns[cell.index] = (item, "" if source == "general_budget" else f"_{source}")
    units: list[tuple[str, SourceLine, list[tuple[int | str | None, SourceLine]]]] = []
    for line in body:
        texts = line.cells or ()
        name = texts[0].strip() if texts else ""
        if name:
            units.append((name, line, []))
        elif not units:
            return None
        units[-1][2].append((year_mark(texts[index]) if index < len(texts) else None, line))
    rows: list[Row] = []
    keys: set[str] = set()
    for name, first, marked in units:
        marks = [m for m, _ in marked]
        years = sorted(m for m in marks if isinstance(m, int))
        if len(years) != 2 or "change" not in marks or len(marks) != 3:
            return None
        prefix = {years[1]: "", years[0]: "prior_year_", "change": "change_"}
        values: dict[str, Decimal | None] = {}
        for mark, line in marked:
            texts = line.cells or ()
            for at, (item, source) in columns.items():
                try:
                    amount = parse_amount(
                        texts[at] if at < len(texts) else "", where=line.location.describe()
                    )
                except AmountError:
                    return None
                key = f"{prefix[mark]}{item}{source}"
                values[key] = amount
                keys.add(key)
        rows.append(Row(name=name, values=values, role="unit", location=first.location))
    printed = spec.column_specs(c.key for c in spec.columns if c.key in keys)
    if len(printed) != len(keys):
        return None  # a column the declaration does not have
    return rows, printed, []
