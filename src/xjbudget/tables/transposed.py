"""表10 printed the other way round: the items as columns, the amounts in one row.

Other provinces print their “三公” table as a header of item columns
(合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费) over a
single row of amounts, sometimes with a 预算数 / 决算数 pair under each item and with
columns that are not “三公” items (会议费, 培训费, 机关运行经费). Each column is read as
the item its labels name; the other columns become rows without an item (reported), so
nothing is dropped. Where the items are printed once per year (烟台, 重庆: 2025年预算数 |
2026年预算数 over the same item columns, perhaps a 增减 group after them), the latest
year's columns are ``total``, the year before's ``prior_year`` and the 增减 group's
``change`` (optional columns of 表10).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from ..amounts import parse_amount
from ..catalog import TableSpec
from ..errors import AmountError
from ..model import ColumnSpec, Finding, Row
from ..sources.lines import SourceLine
from ..structure import TableBlock
from ..text import label_key
from .header import HeaderCell, read_header
from .items import item_key

__all__ = ["column_item", "is_transposed", "read_transposed", "relative_years", "year_mark"]

_PAIR = {"预算数": "budget", "决算数": "total"}
_SUBTOTAL = {"小计", "合计"}
_ALIASES = {
    "购置费": "vehicle_purchase",
    "运行费": "vehicle_operation",
    "公务用车运行维护费": "vehicle_operation",
    "公务用车购置及运行维护费": "vehicles",
}


_SOURCE_KEYS = ("general_budget", "fund_budget", "soe_budget")
_YEAR = regex.compile(r"((?:19|20)\d{2})年")
_CHANGE = ("增减", "变化", "比上年")


def _year_columns(header_rows: Sequence[Sequence[str]]) -> dict[int, str]:
    """The column (``total``, ``prior_year``, ``change``) of each cell index under a row
    of year groups (a merged cell prints its label in its first column and covers the
    empty ones after it): the later year is ``total``, the earlier ``prior_year``. Empty
    unless the first header row naming a year names exactly two (one year is the budget
    year printed in every label; three is a layout this reader does not know)."""
    for row in header_rows:
        marks: dict[int, int | str] = {}
        current: int | str | None = None
        for index, text in enumerate(row):
            if text.strip():
                current = year_mark(text)
            if current is not None:
                marks[index] = current
        years = sorted({m for m in marks.values() if isinstance(m, int)})
        if not years:
            continue
        if len(years) != 2:
            return {}
        names = {years[-1]: "total", years[0]: "prior_year", "change": "change"}
        return {index: names[mark] for index, mark in marks.items()}
    return {}


def relative_years(header_rows: Sequence[Sequence[str]]) -> tuple[tuple[str, ...], ...]:
    """The header rows with the first row naming two years (2021年 | 2022年) printing
    上年 | 当年 for them instead, as other documents of a template print them (西安's
    “三公” table by unit); unchanged when no row names exactly two years."""
    rows = tuple(tuple(row) for row in header_rows)
    for r, row in enumerate(rows):
        years = sorted({m for t in row if t.strip() and isinstance(m := year_mark(t), int)})
        if not years:
            continue
        if len(years) != 2:
            return rows
        names = {years[0]: "上年", years[1]: "当年"}
        marks = [year_mark(t) if t.strip() else None for t in row]
        named = tuple(
            names[m] if isinstance(m, int) else t for t, m in zip(row, marks, strict=True)
        )
        return (*rows[:r], named, *rows[r + 1 :])
    return rows


def year_mark(text: str) -> int | str | None:
    """The year a label names, ``"change"`` for 增减, else ``None``."""
    if any(word in text for word in _CHANGE):
        return "change"
    year = _YEAR.search(text)
    return int(year.group(1)) if year else None


def _item_of(label: str, spec: TableSpec) -> str | None:
    key = item_key(label)
    if key in _ALIASES:
        return _ALIASES[key]
    for item in spec.items:
        if key in {item_key(v) for v in (item.label, *item.variants)} and key not in _SUBTOTAL:
            return item.key
    return None


def is_transposed(header_rows: Sequence[Sequence[str]], spec: TableSpec) -> bool:
    """Whether the header names “三公” items as columns."""
    labels = {c.leaf for c in read_header(header_rows)} | {
        g for c in read_header(header_rows) for g in c.groups
    }
    return sum(1 for label in labels if _item_of(label, spec) is not None) >= 2


def column_item(cell: HeaderCell, spec: TableSpec, grand_total_elsewhere: bool) -> str | None:
    """The “三公” item a header column names, read from its deepest label up: a 小计/合计
    under an item is that item, under the “三公” group the total (a 合计 elsewhere too,
    unless ``grand_total_elsewhere``); ``None`` for a column of no item."""
    path = [*cell.groups, cell.leaf]
    labels = [p for p in path if p not in _PAIR]
    for depth in range(len(labels) - 1, -1, -1):
        label = labels[depth]
        if label in _SUBTOTAL:
            above = labels[depth - 1] if depth else ""
            if "三公" in above:
                return "total"
            if above and (parent := _item_of(above, spec)) is not None:
                return parent
            if label == "合计" and not grand_total_elsewhere:
                return "total"
            return None
        item = _item_of(label, spec)
        if item is not None:
            return item
        if "三公" in label and depth == len(labels) - 1:
            return "total"
    return None


def read_transposed(
    block: TableBlock, spec: TableSpec, header_rows: Sequence[Sequence[str]]
) -> tuple[list[Row], tuple[ColumnSpec, ...], list[Finding]] | None:
    """Rows (one per item column) and the table's columns, or ``None`` when the body is
    not a single row of amounts."""
    body = [line for page in block.pages for line in page.body]
    cells = read_header(header_rows)
    if len(body) != 1:
        return _read_year_rows(body, spec, cells)
    subtotal_of_three = any(c.leaf == "小计" and any("三公" in g for g in c.groups) for c in cells)
    by_year = _year_columns(header_rows)
    line = body[0]
    values: dict[tuple[str, str], Decimal | None] = {}
    names: dict[str, str] = {}
    findings: list[Finding] = []
    for cell in cells:
        text = (line.cells or ())[cell.index] if cell.index < len(line.cells or ()) else ""
        try:
            amount = parse_amount(text, where=line.location.describe())
        except AmountError:
            return None
        item = column_item(cell, spec, subtotal_of_three) or f"?{cell.index}"
        column = by_year.get(cell.index) or _PAIR.get(cell.leaf, "total")
        if item.startswith("?"):
            labels = [p for p in (*cell.groups, cell.leaf) if p not in _PAIR]
            names[item] = labels[-1] if labels else cell.leaf
        key = (item, column)
        if key in values and values[key] is not None:
            return None  # two columns for one item: not a layout this reader knows
        values[key] = amount
    final = any(c.leaf == "决算数" for c in cells)
    columns = [ColumnSpec("total", "决算数" if final else "合计")]
    if any(column == "budget" for _, column in values):
        columns.append(ColumnSpec("budget", "预算数"))
    printed = {column for _, column in values}
    columns.extend(spec.column_specs(k for k in ("prior_year", "change") if k in printed))
    keys = [c.key for c in columns]
    order = [i.key for i in spec.items] + sorted(k for k, _ in values if k.startswith("?"))
    rows = []
    for item in dict.fromkeys(k for k, _ in sorted(values, key=lambda kc: order.index(kc[0]))):
        known = not item.startswith("?")
        label = next((i.label for i in spec.items if i.key == item), names.get(item, item))
        row = Row(
            name=label,
            values={k: values.get((item, k)) for k in keys},
            item=item if known else None,
            role="total" if item == "total" else "detail",
            location=line.location,
        )
        rows.append(row)
        if not known:
            findings.append(
                Finding(
                    "parse.row.unknown_item",
                    "info",
                    f"column {label!r} of table {spec.number} is not a “三公” item; kept as a row",
                    f"“{label}”栏不属于“三公”经费项目，作为一行保留",
                    location=line.location,
                    table=spec.number,
                    row=label,
                )
            )
    return rows, tuple(columns), findings


def _read_year_rows(
    body: Sequence[SourceLine], spec: TableSpec, cells: Sequence[HeaderCell]
) -> tuple[list[Row], tuple[ColumnSpec, ...], list[Finding]] | None:
    """深圳: one unit's rows per year (2025年, 2026年, 增减变化金额 under 年度) and a column
    per item and source (总计 | 因公出国（境）费 | … each over 一般公共预算 | 政府性基金预算 |
    国有资本经营预算). The later year's amounts are the sources' columns, the earlier
    year's ``prior_year_<source>``, the 增减 row's ``change_<source>``. ``None`` for any
    other body (several units, other rows, a column of no item or source)."""
    year_index = next((c.index for c in cells if c.leaf == "年度" and not c.groups), None)
    if year_index is None or not body:
        return None
    texts = [tuple(line.cells or ()) for line in body]
    marks = [year_mark(t[year_index]) if year_index < len(t) else None for t in texts]
    years = sorted({m for m in marks if isinstance(m, int)})
    if len(years) != 2 or None in marks or len(set(marks)) != len(marks):
        return None
    if any(any(c.strip() for c in t[:year_index]) for t in texts[1:]):
        return None  # a second unit's rows
    prefix = {years[-1]: "", years[0]: "prior_year_", "change": "change_"}
    sources = {c.key: c for c in spec.columns if c.key in _SOURCE_KEYS}
    values: dict[tuple[str, str], Decimal | None] = {}
    for cell in (c for c in cells if c.index > year_index):
        source = next(
            (k for k, c in sources.items() if label_key(cell.leaf) in c.label_keys()), None
        )
        if source is None or not cell.groups:
            return None
        item = column_item(HeaderCell(cell.index, cell.groups[-1], cell.groups[:-1]), spec, False)
        if item is None:
            return None
        for line, text, mark in zip(body, texts, marks, strict=True):
            try:
                amount = parse_amount(
                    text[cell.index] if cell.index < len(text) else "",
                    where=line.location.describe(),
                )
            except AmountError:
                return None
            key = (item, f"{prefix[mark]}{source}")
            if key in values:
                return None
            values[key] = amount
    printed = {column for _, column in values}
    columns = spec.column_specs(c.key for c in spec.columns if c.key in printed)
    location = body[marks.index(years[-1])].location
    rows = [
        Row(
            name=item.label,
            values={c.key: values.get((item.key, c.key)) for c in columns},
            item=item.key,
            role="total" if item.key == "total" else "detail",
            location=location,
        )
        for item in spec.items
        if any(i == item.key for i, _ in values)
    ]
    return rows, columns, []
