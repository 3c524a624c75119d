"""Family 3: across tables — every cross-table equality of ``standard-tables.md``, as data.

Each :class:`CrossCheck` says ``left = right[0] + right[1] + …`` where each side is a
:class:`Cell`: a table, a column and a row (a named item, a code, or the grand total).
``per_code`` compares the two tables code by code instead (every code, or the 类 only).
A check is skipped when one of its tables is missing (family 6 reports that), and not run
when a table does not print a column it reads (a ``validate.rule_skipped`` info says so: a
cell of an absent column is not printed, not zero); a row that is not printed counts as
zero. A grand total that a table does not print is the sum of its top-level rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import partial
from typing import Literal

from attrs import frozen

from ..model import Document, Finding, Row, Severity, Table
from .examples import example_for
from .findings import column_label, equality_finding, rule_skipped
from .reading import add, is_printed, item_row, segments, top_level, total_rows, unprinted
from .rule import Rule

__all__ = ["CROSS_CHECKS", "Cell", "CrossCheck", "cross_rules", "read_cell", "skipped_cells"]


@frozen
class Cell:
    """One figure of one table: by ``item`` key, by ``code`` digits, or (neither) the
    grand-total row; ``column`` is the column key."""

    table: int
    column: str
    item: str | None = None
    code: str | None = None

    def describe(self) -> str:
        row = self.item or self.code or "total row"
        return f"表{self.table} {row} [{self.column}]"


@frozen
class CrossCheck:
    """``left = sum(right)``, or the same per code when ``per_code`` is set.

    ``cap="warning"`` marks an equality that can legitimately fail (a reader should
    look, but the document is not necessarily wrong). ``listed`` names items that must
    be listed for the equality to hold (重庆's 表1 lists no 上年结转: its 一般公共预算资金
    holds the carry-over too, 表4's does not).
    """

    id: str
    left: Cell
    right: tuple[Cell, ...]
    description: str
    description_zh: str
    per_code: Literal["all", "class"] | None = None
    cap: Severity = "error"
    listed: tuple[Cell, ...] = ()


def _t1(item: str) -> Cell:
    return Cell(1, "income", item=item)


def _t2_equals_t1(column: str, item: str, zh: str) -> CrossCheck:
    return CrossCheck(
        f"cross.T2_{column}_eq_T1_{item}",
        Cell(2, column),
        (_t1(item),),
        f"表2 total row, column {column} = 表1 income item {item}.",
        f"表2 合计行 {zh} = 表1 收入项目 {zh}。",
    )


def _economic_list(
    table: int, column: str, prefix: str, zh: str, closing: str = "total"
) -> CrossCheck:
    """西安's 表1/表4 (and 表25, whose lists close with 本年支出合计, ``closing``
    ``current_year``): an economic list's 支出总计 = the function list's (the three lists
    spend the same money; the function list's balances the income, ``T*.sides``)."""
    spent = "total" if table == 4 else "expenditure"
    name = "本年支出合计" if closing == "current_year" else "支出总计"
    return CrossCheck(
        f"cross.T{table}_{column}_total_eq_expenditure_total",
        Cell(table, column, item=f"{prefix}_{closing}"),
        (Cell(table, spent, item="expenditure_total"),),
        f"表{table} {name} of the {column} list = {name} of the function list (西安 prints "
        "three expenditure lists beside the income).",
        f"表{table} {zh}{name} = 支出功能分类{name}。",
    )


#: Every cross-table equality, as data. Order = order of the findings.
CROSS_CHECKS: tuple[CrossCheck, ...] = (
    CrossCheck(
        "cross.T2_total_eq_T1_income_total",
        Cell(2, "total"),
        (_t1("income_total"),),
        "表2 total row, 总计 = 表1 收入总计.",
        "表2 合计行总计 = 表1 收入总计。",
    ),
    CrossCheck(
        "cross.T2_fiscal_subtotal_eq_T1_fiscal_items",
        Cell(2, "fiscal_subtotal"),
        (_t1("general_budget"), _t1("fund_budget"), _t1("soe_budget")),
        "表2 total row, 财政拨款（补助）小计 = 表1 一般公共预算拨款 + 基金预算拨款 + "
        "国有资本经营预算拨款.",
        "表2 合计行财政拨款（补助）小计 = 表1 一般公共预算拨款 + 基金预算拨款 + "
        "国有资本经营预算拨款。",
    ),
    _t2_equals_t1("general_budget", "general_budget_own", "一般公共预算（一般财力）"),
    _t2_equals_t1("general_budget_transfer", "general_budget_transfer", "上级一般公共预算转移支付"),
    _t2_equals_t1("fund_budget", "fund_budget_own", "政府性基金预算（政府性基金收入）"),
    _t2_equals_t1("fund_budget_transfer", "fund_budget_transfer", "上级政府性基金转移支付"),
    _t2_equals_t1("soe_budget", "soe_budget_own", "国有资本经营预算（国有资本经营收入）"),
    _t2_equals_t1("soe_budget_transfer", "soe_budget_transfer", "上级国有资本经营预算转移支付"),
    _t2_equals_t1("special_account", "special_account", "财政专户核拨"),
    _t2_equals_t1("unit_funds", "unit_funds", "单位资金"),
    _t2_equals_t1("fiscal_carryover", "fiscal_carryover", "财政拨款结转"),
    _t2_equals_t1("nonfiscal_carryover", "nonfiscal_carryover", "非财政拨款结转结余"),
    CrossCheck(
        "cross.T3_total_eq_T1_expenditure_total",
        Cell(3, "total"),
        (Cell(1, "expenditure", item="expenditure_total"),),
        "表3 total row, 合计 = 表1 支出总计.",
        "表3 合计行合计 = 表1 支出总计。",
    ),
    # 表2 and 表3 printed with a row per unit (表14, 表15: 江苏, 广州, 深圳, 西安).
    CrossCheck(
        "cross.T14_total_eq_T1_income_total",
        Cell(14, "total"),
        (_t1("income_total"),),
        "表14 收入总表 by unit, 合计 (总计 column; the units' sum where no 合计 row is printed) "
        "= 表1 收入总计.",
        "表14 收入总表（按单位）合计 = 表1 收入总计。",
    ),
    CrossCheck(
        "cross.T15_total_eq_T1_current_year_expenditure",
        Cell(15, "total"),
        (Cell(1, "expenditure", item="current_year_expenditure"),),
        "表15 支出总表 by unit, 合计 = 表1 本年支出合计 (西安: the year's spending, without "
        "结转下年).",
        "表15 支出总表（按单位）合计 = 表1 本年支出合计。",
    ),
    CrossCheck(
        "cross.T3_eq_T2_per_code",
        Cell(3, "total"),
        (Cell(2, "total"),),
        "For every code, 表3 合计 = 表2 总计.",
        "每一科目：表3 合计 = 表2 总计。",
        per_code="all",
    ),
    CrossCheck(
        "cross.T1_class_eq_T3_class",
        Cell(1, "expenditure"),
        (Cell(3, "total"),),
        "For every 类, 表1 expenditure 预算数 = 表3 合计 (表1 lists 表3's 类 totals).",
        "每一类：表1 支出预算数 = 表3 合计。",
        per_code="class",
    ),
    CrossCheck(
        "cross.T4_general_budget_eq_T1_general_budget",
        Cell(4, "income", item="general_budget"),
        (_t1("general_budget"),),
        "表4 income 一般公共预算 = 表1 一般公共预算拨款.",
        "表4 收入 一般公共预算 = 表1 一般公共预算拨款。",
        listed=(_t1("carryover"),),
    ),
    CrossCheck(
        "cross.T4_fund_budget_eq_T1_fund_budget",
        Cell(4, "income", item="fund_budget"),
        (_t1("fund_budget"),),
        "表4 income 政府性基金预算 = 表1 基金预算拨款 (by analogy with 一般公共预算).",
        "表4 收入 政府性基金预算 = 表1 基金预算拨款。",
        listed=(_t1("carryover"),),
    ),
    CrossCheck(
        "cross.T4_soe_budget_eq_T1_soe_budget",
        Cell(4, "income", item="soe_budget"),
        (_t1("soe_budget"),),
        "表4 income 国有资本经营预算 = 表1 国有资本经营预算拨款 (by analogy with 一般公共预算).",
        "表4 收入 国有资本经营预算 = 表1 国有资本经营预算拨款。",
        listed=(_t1("carryover"),),
    ),
    CrossCheck(
        "cross.T5_total_eq_T4_general_budget",
        Cell(5, "total"),
        (Cell(4, "general_budget", item="expenditure_total"),),
        "表5 total row, 合计 = 表4 支出总计 in the 一般公共预算 column.",
        "表5 合计行合计 = 表4 支出总计的一般公共预算。",
    ),
    CrossCheck(
        "cross.T5_class_eq_T4_class_general_budget",
        Cell(5, "total"),
        (Cell(4, "general_budget"),),
        "For every 类, 表5 合计 = 表4 一般公共预算.",
        "每一类：表5 合计 = 表4 一般公共预算。",
        per_code="class",
    ),
    CrossCheck(
        "cross.T6_total_eq_T5_basic",
        Cell(6, "total"),
        (Cell(5, "basic"),),
        "表6 total row, 合计 = 表5 total row, 基本支出.",
        "表6 合计 = 表5 基本支出合计。",
    ),
    CrossCheck(
        "cross.T7_total_eq_T5_project",
        Cell(7, "total"),
        (Cell(5, "project"),),
        "表7 total row, 项目支出合计 = 表5 total row, 项目支出.",
        "表7 项目支出合计 = 表5 项目支出合计。",
    ),
    CrossCheck(
        "cross.T8_total_eq_T4_fund_budget",
        Cell(8, "total"),
        (Cell(4, "fund_budget", item="expenditure_total"),),
        "表8 total row, 合计 = 表4 支出总计 in the 政府性基金预算 column (the same money).",
        "表8 合计 = 表4 支出总计的政府性基金预算。",
    ),
    CrossCheck(
        "cross.T9_total_eq_T4_soe_budget",
        Cell(9, "total"),
        (Cell(4, "soe_budget", item="expenditure_total"),),
        "表9 total row, 合计 = 表4 支出总计 in the 国有资本经营预算 column (the same money).",
        "表9 合计 = 表4 支出总计的国有资本经营预算。",
    ),
    CrossCheck(
        "cross.T24_total_eq_T4_total",
        Cell(24, "total"),
        (Cell(4, "total", item="expenditure_total"),),
        "表24 财政拨款支出表（功能科目） total row, 合计 = 表4 支出总计 (合计): both are every "
        "财政拨款, of the three budgets.",
        "表24 财政拨款支出表合计 = 表4 支出总计（合计）。",
    ),
    CrossCheck(
        "cross.T24_class_eq_T4_class",
        Cell(24, "total"),
        (Cell(4, "total"),),
        "For every 类, 表24 合计 = 表4 合计.",
        "每一类：表24 合计 = 表4 合计。",
        per_code="class",
    ),
    CrossCheck(
        "cross.T18_total_eq_T3_project",
        Cell(18, "total"),
        (Cell(3, "project"),),
        "表18 项目支出表 合计 (总计 column; the units' sum where no 合计 row is printed) = 表3 "
        "合计 row, 项目支出: the projects are the 项目支出, of every source.",
        "表18 项目支出表合计 = 表3 合计行项目支出。",
    ),
    CrossCheck(
        "cross.T16_total_eq_T3_basic",
        Cell(16, "total"),
        (Cell(3, "basic"),),
        "表16 基本支出表 total row, 总计 = 表3 total row, 基本支出: both are the basic "
        "spending of all the department's money.",
        "表16 基本支出表总计 = 表3 基本支出合计。",
    ),
    CrossCheck(
        "cross.T16_general_budget_eq_T6_total",
        Cell(16, "general_budget"),
        (Cell(6, "total"),),
        "表16 基本支出表 total row, 一般公共预算 = 表6 total row, 合计.",
        "表16 基本支出表一般公共预算合计 = 表6 合计。",
    ),
    CrossCheck(
        "cross.T17_total_eq_T24_basic",
        Cell(17, "total"),
        (Cell(24, "basic"),),
        "表17 财政拨款基本支出表（经济科目） total row, 合计 = 表24 财政拨款支出表（功能科目） "
        "total row, 基本支出: the same money by economic and by functional class.",
        "表17 财政拨款基本支出表合计 = 表24 财政拨款支出表基本支出合计。",
    ),
    CrossCheck(
        "cross.T17_total_eq_T6_T8_T9_basic",
        Cell(17, "total"),
        (Cell(6, "total"), Cell(8, "basic"), Cell(9, "basic")),
        "表17 财政拨款基本支出表（经济科目） total row, 合计 = 表6 合计 + 表8 基本支出 + "
        "表9 基本支出: the basic spending of the three budgets.",
        "表17 财政拨款基本支出表合计 = 表6 合计 + 表8 基本支出 + 表9 基本支出。",
    ),
    CrossCheck(
        "cross.T6_30217_eq_T10_reception",
        Cell(6, "total", code="30217"),
        (Cell(10, "general_budget", item="reception"),),
        "表6 30217 公务接待费 = 表10 公务接待费 (一般公共预算). At most a warning: 表10 may "
        "also count reception paid from project spending, which 表6 does not hold.",
        "表6 30217 公务接待费 = 表10 公务接待费（一般公共预算）。至多为警告：表10 "
        "可能含项目支出安排的接待费。",
        cap="warning",
    ),
    CrossCheck(
        "cross.T6_30231_eq_T10_vehicle_operation",
        Cell(6, "total", code="30231"),
        (Cell(10, "general_budget", item="vehicle_operation"),),
        "表6 30231 公务用车运行维护费 = 表10 公务用车运行费 (一般公共预算). At most a warning, "
        "for the same reason as 30217.",
        "表6 30231 公务用车运行维护费 = 表10 公务用车运行费（一般公共预算）。至多为警告。",
        cap="warning",
    ),
    *(
        _economic_list(table, column, prefix, zh, "current_year" if table == 25 else "total")
        for table in (1, 4, 25)
        for column, prefix, zh in (
            ("department_economic", "dept", "部门预算支出经济分类"),
            ("government_economic", "gov", "政府预算支出经济分类"),
        )
    ),
    CrossCheck(
        "cross.T25_fund_budget_eq_T1_fund_budget",
        Cell(25, "income", item="fund_budget"),
        (_t1("fund_budget"),),
        "表25 政府性基金拨款 = 表1 政府性基金拨款 (西安: the year's fund money, 上年结转 "
        "in neither), at the coarser of the two printed precisions (xian-10 p39's 表1 prints "
        "167781553.4 for 表25's 167,781,553.36).",
        "表25 政府性基金拨款 = 表1 政府性基金拨款（按两者中较粗的印刷精度比较）。",
    ),
    CrossCheck(
        "cross.T11_total_eq_T1_carryover",
        Cell(11, "total"),
        (_t1("carryover"),),
        "表11 总计 = 表1 二、上年结转结余.",
        "表11 总计 = 表1 上年结转结余。",
    ),
    CrossCheck(
        "cross.T11_fiscal_total_eq_T1_fiscal_carryover",
        Cell(11, "fiscal_total"),
        (_t1("fiscal_carryover"),),
        "表11 总计 row, 财政拨款合计 = 表1 财政拨款结转.",
        "表11 总计行财政拨款合计 = 表1 财政拨款结转。",
    ),
    CrossCheck(
        "cross.T11_nonfiscal_total_eq_T1_nonfiscal_carryover",
        Cell(11, "nonfiscal_total"),
        (_t1("nonfiscal_carryover"),),
        "表11 总计 row, 非财政拨款合计 = 表1 非财政拨款结转结余.",
        "表11 总计行非财政拨款合计 = 表1 非财政拨款结转结余。",
    ),
)


# ---------------------------------------------------------------- reading a cell


@frozen
class Reading:
    """A figure read for a check: its value, the row it was read from (``None`` when
    derived or not printed) and how many rounded amounts it stands for."""

    value: Decimal | None
    row: Row | None
    items: int


def _grand_total(table: Table, column: str) -> Reading:
    printed = [r for r in total_rows(table.rows) if is_printed(r)]
    if printed:
        return Reading(printed[0].values.get(column), printed[0], 1)
    if any(r.parent is not None for r in table.rows):
        # Rows grouped under the rows that subtotal them (表18): the rows under no other.
        top = [r for r in table.rows if r.role != "total" and r.parent is None and is_printed(r)]
        present = [v for v in (r.values.get(column) for r in top) if v is not None]
        return Reading(add(present) if present else None, None, len(present))
    members: list[Row] = []
    for segment in segments(table.rows):
        if segment.unit is not None:
            members.append(segment.unit)
        else:
            members.extend(top_level(filter(is_printed, segment.rows)))
    values = [r.values.get(column) for r in members]
    present = [v for v in values if v is not None]
    return Reading(add(present) if present else None, None, len(present))


def read_cell(document: Document, cell: Cell) -> Reading | None:
    """The figure a :class:`Cell` names, or ``None`` when its table is missing or does
    not print its column."""
    table = document.table(cell.table)
    if table is None or unprinted(table, (cell.column,)):
        return None
    if cell.item is not None:
        row = item_row(table, cell.item)
        value = None if row is None else row.values.get(cell.column)
        return Reading(value, row, 1)
    if cell.code is not None:
        rows = [r for r in table.rows if r.code is not None and r.code.digits == cell.code]
        values = [r.values.get(cell.column) for r in rows]
        present = [v for v in values if v is not None]
        return Reading(add(present) if present else None, rows[0] if rows else None, 1)
    return _grand_total(table, cell.column)


def _by_code(
    table: Table, column: str, classes_only: bool
) -> dict[str, tuple[Row, Decimal | None]]:
    """Per code: the first printed row with that code and the column's value (summed over
    the rows sharing the code), ``None`` when every such cell is empty."""
    groups: dict[str, list[Row]] = {}
    for row in table.rows:
        if row.code is None or row.role != "detail" or not is_printed(row):
            continue
        if not classes_only or row.code.depth == 1:
            groups.setdefault(row.code.digits, []).append(row)
    out: dict[str, tuple[Row, Decimal | None]] = {}
    for digits, rows in groups.items():
        present = [v for v in (r.values.get(column) for r in rows) if v is not None]
        out[digits] = (rows[0], add(present) if present else None)
    return out


def _rows_with(table: Table, digits: str, column: str) -> int:
    """How many detail rows of a table print an amount under this code in this column."""
    return sum(
        1
        for r in table.rows
        if r.code is not None
        and r.code.digits == digits
        and r.role == "detail"
        and r.values.get(column) is not None
    )


# ---------------------------------------------------------------- evaluating


def _check_single(check: CrossCheck, document: Document, tolerance: Decimal) -> Iterator[Finding]:
    left = read_cell(document, check.left)
    right = [read_cell(document, c) for c in check.right]
    table = document.table(check.left.table)
    if left is None or table is None or any(r is None for r in right):
        return
    readings = [r for r in right if r is not None]
    if left.value is None and all(r.value is None for r in readings):
        return
    parts = [r.value for r in readings]
    # A derived total stands for several rounded amounts: so many more items to round.
    items = sum(r.items for r in readings if r.value is not None) + left.items - 1
    finding = equality_finding(
        check.id,
        table=table,
        row=left.row,
        column=check.left.column,
        printed=left.value,
        parts=parts,
        tolerance=tolerance,
        what=" + ".join(c.describe() for c in check.right),
        what_zh=" + ".join(
            f"表{c.table} {c.item or c.code or '合计'} {_label(document, c)}" for c in check.right
        ),
        cap=check.cap,
        name=check.left.item or check.left.code or "合计 (not printed: sum of its rows)",
        items=items,
    )
    if finding is not None:
        yield finding


def _label(document: Document, cell: Cell) -> str:
    table = document.table(cell.table)
    return cell.column if table is None else column_label(table, cell.column)


def _check_per_code(check: CrossCheck, document: Document, tolerance: Decimal) -> Iterator[Finding]:
    (other,) = check.right
    table, other_table = document.table(check.left.table), document.table(other.table)
    if table is None or other_table is None:
        return
    classes_only = check.per_code == "class"
    mine = _by_code(table, check.left.column, classes_only)
    theirs = _by_code(other_table, other.column, classes_only)
    for digits in sorted(mine.keys() | theirs.keys()):
        row, printed = mine.get(digits, (None, None))
        other_row, value = theirs.get(digits, (None, None))
        if printed is None and value is None:
            continue
        # A code summed over several rows (one per unit: 深圳's 表3 of 14 units) stands for
        # so many rounded amounts.
        items = _rows_with(table, digits, check.left.column) + _rows_with(
            other_table, digits, other.column
        )
        finding = equality_finding(
            check.id,
            table=table,
            row=row,
            column=check.left.column,
            printed=printed,
            parts=[value],
            tolerance=tolerance,
            what=f"表{other.table} {digits} [{other.column}]",
            what_zh=f"表{other.table} {digits} {_label(document, other)}",
            cap=check.cap,
            name=other_row.label if other_row is not None else digits,
            items=max(items - 1, 1),
        )
        if finding is not None:
            yield finding


def skipped_cells(rule: str, document: Document, cells: Iterable[Cell]) -> tuple[Finding, ...]:
    """A ``validate.rule_skipped`` for each table of ``cells`` that the document has but
    that does not print the columns of those cells (one per table)."""
    by_table: dict[int, list[str]] = {}
    for cell in cells:
        by_table.setdefault(cell.table, []).append(cell.column)
    found = []
    for number, columns in by_table.items():
        table = document.table(number)
        skipped = rule_skipped(rule, table, columns) if table is not None else None
        if skipped is not None:
            found.append(skipped)
    return tuple(found)


def _lists(document: Document, cell: Cell) -> bool:
    """Whether the table of a cell naming an item lists that item (the templates list
    different items in 表1 and 表4); ``True`` for a cell of a code or the total row."""
    table = document.table(cell.table)
    return cell.item is None or (table is not None and item_row(table, cell.item) is not None)


def _check(check: CrossCheck, document: Document, tolerance: Decimal) -> Iterator[Finding]:
    cells = (check.left, *check.right)
    if any(document.table(c.table) is None for c in cells):
        return iter(())  # a table is missing: family 6 reports that
    if not all(_lists(document, c) for c in (*cells, *check.listed)):
        return iter(())  # a template without the item (表1 of 江苏 has no 一般财力)
    skipped = skipped_cells(check.id, document, cells)
    if skipped:
        return iter(skipped)
    if check.per_code is not None:
        return _check_per_code(check, document, tolerance)
    return _check_single(check, document, tolerance)


def cross_rules() -> tuple[Rule, ...]:
    """One family-3 rule per declared cross-table equality."""
    return tuple(
        Rule(
            id=c.id,
            family=3,
            description=c.description,
            description_zh=c.description_zh,
            example=example_for(c.id),
            check=partial(_check, c),
        )
        for c in CROSS_CHECKS
    )
