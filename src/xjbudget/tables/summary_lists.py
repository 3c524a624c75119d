"""表1 and 表4 printed as an income list beside three expenditure lists (西安's 部门综合预算
收支总表 and 财政拨款收支总表, the shaanxi template).

The header prints a label column and its 预算数 four times: 项目 (the income), 支出功能
分类科目（按大类）, 部门预算支出经济分类科目（按大类）, 政府预算支出经济分类科目（按大类）
(2021/2022 also 支出功能分科目, …经济科目; 2021 a 序号 column first). Each list is read
apart, into rows of its own (:mod:`xjbudget.catalog.shaanxi`):

- the income list into the declaration's income items, matched in the template's
  printed order (:data:`~xjbudget.catalog.shaanxi.INCOME_ORDER`);
- the function list into the side's value column (表1 ``expenditure``, 表4 ``total``):
  its head 一、部门预算 / 一、财政拨款, the 类 by name with their codes
  (:class:`~xjbudget.tables.items.ClassNames`), then 本年支出合计 … 支出总计;
- each economic list into its own column (``department_economic``,
  ``government_economic``), its rows the items declared for that column, in order
  (部门预算's (1)工资福利支出 under 人员经费和公用经费 and again under 专项业务经费).

A label no item or 类 names keeps its row (name and amount, no item) with a
``parse.row.unknown_item`` warning; a cell that is not an amount leaves the table to the
next reader (kept generic), never misread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

import regex
from attrs import frozen

from ..amounts import parse_amount
from ..catalog import ItemDef, TableSpec
from ..catalog.shaanxi import INCOME_ORDER, LIST_COLUMNS, SUMMARY_ORDER
from ..errors import AmountError
from ..model import Finding, Row, RowRole, Side
from ..sources.lines import SourceLine
from ..text import label_key, normalize_text
from .cells import split_code
from .items import ClassNames, ItemMatcher

__all__ = ["ListColumns", "list_columns", "read_summary_lists"]

# The label cell of each expenditure list (支出功能分类科目（按大类）, 2021/2022 also
# 支出功能分科目; 部门预算支出经济分类科目, …经济科目).
_FUNCTION = regex.compile(r"功能分类?科目")
_DEPARTMENT = regex.compile(r"^部门预算支出经济(?:分类)?科目")
_GOVERNMENT = regex.compile(r"^政府预算支出经济(?:分类)?科目")
_TOTAL_ITEMS = frozenset({"income_total", "expenditure_total", "dept_total", "gov_total"})


@frozen
class ListColumns:
    """Where each list stands: the cell index of its labels (its 预算数 is the next)."""

    income: int
    function: int
    department: int
    government: int

    def lists(self) -> tuple[int, int, int, int]:
        return (self.income, self.function, self.department, self.government)


def list_columns(header_rows: Iterable[Sequence[str]]) -> ListColumns | None:
    """The lists of a header printing the three expenditure lists side by side, or
    ``None`` (any other two-sided header)."""
    for row in header_rows:
        keys = [label_key(c) for c in row]
        found = [
            next((i for i, k in enumerate(keys) if pattern.search(k)), None)
            for pattern in (_FUNCTION, _DEPARTMENT, _GOVERNMENT)
        ]
        function, department, government = found
        if function is None or department is None or government is None:
            continue
        if not function < department < government or government + 1 >= len(row):
            continue
        income = next((i for i in range(function) if keys[i] == "项目"), None)
        if income is None or income + 1 >= function:
            continue
        return ListColumns(income, function, department, government)
    return None


def _cell(cells: Sequence[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""


def _ordered(items: Sequence[ItemDef], keys: Sequence[str]) -> list[ItemDef]:
    """The first declaration of each key, in the order of ``keys``."""
    by_key: dict[str, ItemDef] = {}
    for item in items:
        by_key.setdefault(item.key, item)
    return [by_key[k] for k in keys if k in by_key]


class _Lists:
    """The row readers of the four lists of one table."""

    def __init__(self, spec: TableSpec, year: int | None) -> None:
        self.spec = spec
        self.income_key = spec.column_keys("income")[0]
        self.function_key = spec.column_keys("expenditure")[0]
        # A table of the template other than 表1/表4 (表25 政府性基金收支表): its income
        # items in declared order.
        income = INCOME_ORDER.get(spec.number) or [i.key for i in spec.items if i.side == "income"]
        self.income = ItemMatcher(_ordered(spec.items, income))
        self.function = ItemMatcher(_ordered(spec.items, SUMMARY_ORDER))
        self.classes = ClassNames(year)
        self.economic = {c: ItemMatcher(spec.items, "expenditure", c) for c in LIST_COLUMNS}
        self.rows: dict[str, list[Row]] = {
            k: [] for k in (self.income_key, self.function_key, *LIST_COLUMNS)
        }
        self.findings: list[Finding] = []

    def add(self, column: str, label: str, value: Decimal | None, line: SourceLine) -> None:
        """One list's cell pair of a body line."""
        if not label and value is None:
            return
        side: Side = "income" if column == self.income_key else "expenditure"
        name = normalize_text(label)
        item: str | None = None
        if column == self.function_key:
            code, coded = split_code(label, "functional")
            if code is None:
                item = self.function.match(name)
                if item is None:
                    code, coded = self.classes.code(label) or (None, "")
            if code is not None:
                row = Row(coded, {column: value}, code, side=side, location=line.location)
                self.rows[column].append(row)
                return
        else:
            matcher = self.income if column == self.income_key else self.economic[column]
            item = matcher.match(name) if name else None
        if item is None and (name or value):
            # (A 0.00 in a list's blank slot names nothing: xian-09's 表25 fills them.)
            self.findings.append(_unknown(self.spec, column, name, line))
        role: RowRole = "total" if item in _TOTAL_ITEMS else "detail"
        self.rows[column].append(
            Row(name, {column: value}, item=item, side=side, role=role, location=line.location)
        )

    def table_rows(self) -> list[Row]:
        return [row for rows in self.rows.values() for row in rows]


def _unknown(spec: TableSpec, column: str, name: str, line: SourceLine) -> Finding:
    what = f"a label {name!r}" if name else "an amount without label"
    return Finding(
        "parse.row.unknown_item",
        "warning",
        f"表{spec.number} list {column}: {what} is no item of the list; kept as a row without item",
        f"表{spec.number}（{column}）：“{name}”不是该栏目的项目，按无项目行保留",
        location=line.location,
        table=spec.number,
    )


def _amount(text: str, line: SourceLine) -> tuple[Decimal | None, bool]:
    """A value cell's amount, and whether it is one (text is no amount)."""
    try:
        return parse_amount(text, where=line.location.describe()), True
    except AmountError:
        return None, False


def read_summary_lists(
    pages: Sequence[tuple[Sequence[SourceLine], Sequence[SourceLine]]],
    spec: TableSpec,
    year: int | None,
) -> tuple[list[Row], tuple[str, ...], list[Finding]] | None:
    """The rows of a 表1/表4 printing three expenditure lists, from its pages' (header
    lines, body lines); ``None`` when its first header names no such lists or a value
    cell holds text."""
    layout: ListColumns | None = None
    lists = _Lists(spec, year)
    for header, body in pages:
        layout = list_columns(tuple(line.cells or ()) for line in header) or layout
        if layout is None:
            return None
        columns = (lists.income_key, lists.function_key, *LIST_COLUMNS)
        # The header's rows down to the lists' labels (收入 | 支出, 序号 …, the labels
        # printed again) are no rows; those under them are rows printed without amount
        # (西安 2026's 政府性基金收支表, 是否空表 是: its labels alone).
        labelled = [i for i, line in enumerate(header) if list_columns([line.cells or ()])]
        for at, line in enumerate((*header, *body)):
            cells = tuple(line.cells or ())
            if list_columns([cells]) is not None or (labelled and at < labelled[-1]):
                continue
            pairs = []
            for key, at in zip(columns, layout.lists(), strict=True):
                value, ok = _amount(_cell(cells, at + 1), line)
                if not ok:
                    return None
                pairs.append((key, _cell(cells, at), value))
            if not labelled and line in header and all(v is None for _, _, v in pairs):
                continue  # a header row: 收入 | 支出, 序号 …
            for key, label, value in pairs:
                lists.add(key, label, value, line)
    if layout is None:
        return None
    keys = (lists.income_key, lists.function_key, *LIST_COLUMNS)
    return lists.table_rows(), keys, lists.findings
