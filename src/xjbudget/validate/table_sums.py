"""Family 2: within a table — sums down the rows.

- ``T{n}.items.…``: a named item row = the sum of its part items (``TableSpec.item_sums``:
  表1 本年收入 = 1+2+3+4+5, 表4 财政拨款（补助）= its three sources,
  表10 合计 = 出国 + 接待 + 车辆);
- ``T{n}.tree.parent_eq_sum_of_children``: in a hierarchical table, each 类 = the sum of its
  款 and each 款 = the sum of its 项 (表6: each economic 类 = its 款), inside each unit's rows;
- ``T{n}.tree.total_eq_sum_of_top_level``: the 总计/合计 row = the sum of the 类 rows (or of
  the unit subtotal rows, or of the project rows of 表11);
- ``T{n}.tree.unit_eq_sum_of_rows``: a subordinate unit's row (表7, 表11) = the sum of the
  top-level rows under it, down to the next unit row;
- ``T{n}.sides.…``: a two-sided table (表1, 表4) balances: 收入总计 = 支出总计, and 支出总计 =
  the sum of the 类 rows of the expenditure list, in each expenditure column (本年支出合计
  where the list prints it before 结转下年 and 支出总计).

The templates list different items in 表1 and 表4: an item sum of a two-sided table is run
only where the table lists its total and a part (no template but Xinjiang's prints 一般财力);
a part not listed is the sum of its own parts where those are (江苏 prints 事业收入 … 其他收入
under no 单位资金 heading), else zero.


"Every column" is every column the table prints. An item sum declared for one column and
the balance (the first column of each side) are not run on a table that does not print
that column: a ``validate.rule_skipped`` info says so.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import partial

from ..catalog import CATALOGUE, RowSum, TableSpec
from ..model import Document, Finding, Row, Table
from .examples import example_for
from .findings import equality_finding, tables_to_check
from .grouped import grouped_rules
from .reading import (
    Segment,
    children_by_parent,
    is_printed,
    item_row,
    rows_by_code,
    segments,
    top_level,
    total_rows,
)
from .row_sums import sum_id
from .rule import Rule

__all__ = ["SUBTOTALLED_BY_UNIT", "table_sum_rules"]

#: Tables whose rows may be grouped under a subordinate unit's subtotal row (表16: 深圳's
#: and 广州's 基本支出 tables print a unit's row over its economic classes).
SUBTOTALLED_BY_UNIT: tuple[int, ...] = (7, 11, 16)


def _tables(document: Document, number: int) -> Iterator[Table]:
    return (t for t in document.tables if t.number == number)


def _cell(row: Row | None, key: str) -> Decimal | None:
    return None if row is None else row.values.get(key)


def _item_label(spec: TableSpec, item: str) -> str:
    return next((i.label for i in spec.items if i.key == item), item)


# ---------------------------------------------------------------- named items


def _check_items(
    spec: TableSpec, declared: RowSum, rule: str, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    needed = (declared.column,) if declared.column else ()
    tables, skipped = tables_to_check(document, spec.number, rule, needed)
    yield from skipped
    for table in tables:
        total = item_row(table, declared.total)
        # ``also``: items counted where listed (烟台's 上级补助收入 after 本年收入合计).
        keys = [*declared.parts, *(p for p in declared.also if item_row(table, p) is not None)]
        if spec.two_sided and (
            total is None or not any(_listed_part(spec, table, p) for p in keys)
        ):
            continue  # a template listing none of the parts (only Xinjiang prints 一般财力)
        if spec.item_groups and not any(item_row(table, p) is not None for p in keys):
            continue  # 西安's 政府采购 lists procurements by unit, under no 货物/工程/服务
        what = " + ".join(keys)
        what_zh = " + ".join(_item_label(spec, p) for p in keys)
        for column in needed or [c.key for c in table.columns]:
            printed = _cell(total, column)
            found = [_part_value(spec, table, p, column) for p in keys]
            values = [v for v, _ in found]
            finding = equality_finding(
                rule,
                table=table,
                row=total,
                column=column,
                printed=printed,
                parts=values,
                tolerance=tolerance,
                what=what,
                what_zh=what_zh,
                name=_item_label(spec, declared.total),
                items=sum(n for _, n in found),
            )
            if finding is not None:
                yield finding


def _sum_of(spec: TableSpec, item: str) -> RowSum | None:
    return next((s for s in spec.item_sums if s.total == item), None)


def _listed_part(spec: TableSpec, table: Table, item: str) -> bool:
    """Whether a table lists an item, or (a two-sided table) the items of its declared sum,
    down the sums (江苏's 表1 prints 事业收入 … 其他收入 and no 单位资金 heading; 上海's prints
    neither 单位资金 nor 一、本年收入)."""
    if item_row(table, item) is not None:
        return True
    declared = _sum_of(spec, item) if spec.two_sided else None
    return declared is not None and any(_listed_part(spec, table, p) for p in declared.parts)


def _part_value(
    spec: TableSpec, table: Table, item: str, column: str
) -> tuple[Decimal | None, int]:
    """A part's amount and how many printed amounts it stands for: its row's, or where the
    table does not list it the sum of its own declared parts (``None`` when nothing of it
    is printed)."""
    row = item_row(table, item)
    declared = _sum_of(spec, item) if spec.two_sided else None
    if row is not None or declared is None:
        value = _cell(row, column)
        return value, int(value is not None)
    found = [_part_value(spec, table, p, column) for p in declared.parts]
    values = [v for v, _ in found if v is not None]
    return (sum(values, Decimal(0)) if values else None), sum(n for _, n in found)


# ---------------------------------------------------------------- hierarchy


def _check_tree(
    number: int, rule: str, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    for table in _tables(document, number):
        columns = [c.key for c in table.columns]
        for segment in segments(table.rows):
            by_code = rows_by_code(r for r in segment.rows if r.role == "detail" and is_printed(r))
            for parent, children in children_by_parent(by_code):
                parent_rows = by_code[parent]
                child_rows = [r for c in children for r in by_code[c]]
                for column in columns:
                    printed_cells = [r.values.get(column) for r in parent_rows]
                    printed = (
                        None
                        if all(v is None for v in printed_cells)
                        else sum((v for v in printed_cells if v is not None), Decimal(0))
                    )
                    values = [r.values.get(column) for r in child_rows]
                    finding = equality_finding(
                        rule,
                        table=table,
                        row=parent_rows[0],
                        column=column,
                        printed=printed,
                        parts=values,
                        tolerance=tolerance,
                        what=f"the {len(child_rows)} row(s) under it",
                        what_zh=f"其下 {len(child_rows)} 行之和",
                    )
                    if finding is not None:
                        yield finding


def _members(parts: Sequence[Segment]) -> tuple[list[Row], str, str]:
    """What a grand total adds up: the unit rows, else the top level of the rows."""
    units = [s.unit for s in parts if s.unit is not None]
    loose = [r for s in parts if s.unit is None for r in top_level(filter(is_printed, s.rows))]
    if units:
        return units + loose, "the unit subtotal rows", "各单位小计"
    if loose and loose[0].code is not None:
        return loose, f"the {len(loose)} top-level (类) rows", f"{len(loose)} 个类之和"
    return loose, f"the {len(loose)} rows", f"{len(loose)} 行之和"


def _check_total(
    number: int, rule: str, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    for table in _tables(document, number):
        totals = [r for r in total_rows(table.rows) if is_printed(r)]
        if not totals:
            continue
        members, what, what_zh = _members(segments(table.rows))
        for total in totals:
            for column in (c.key for c in table.columns):
                printed = total.values.get(column)
                values = [r.values.get(column) for r in members]
                finding = equality_finding(
                    rule,
                    table=table,
                    row=total,
                    column=column,
                    printed=printed,
                    parts=values,
                    tolerance=tolerance,
                    what=what,
                    what_zh=what_zh,
                )
                if finding is not None:
                    yield finding


def _check_units(
    number: int, rule: str, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    for table in _tables(document, number):
        for segment in segments(table.rows):
            if segment.unit is None:
                continue
            members = top_level(filter(is_printed, segment.rows))
            for column in (c.key for c in table.columns):
                printed = segment.unit.values.get(column)
                values = [r.values.get(column) for r in members]
                finding = equality_finding(
                    rule,
                    table=table,
                    row=segment.unit,
                    column=column,
                    printed=printed,
                    parts=values,
                    tolerance=tolerance,
                    what=f"the {len(members)} top-level row(s) of the unit",
                    what_zh=f"该单位 {len(members)} 个顶层行之和",
                )
                if finding is not None:
                    yield finding


# ---------------------------------------------------------------- two-sided tables


def _check_balance(
    spec: TableSpec, rule: str, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    # The first column of each side: 表1 收入预算数 / 支出预算数, 表4 收入 / 支出合计.
    income, expenditure = spec.column_keys("income")[0], spec.column_keys("expenditure")[0]
    tables, skipped = tables_to_check(document, spec.number, rule, (income, expenditure))
    yield from skipped
    for table in tables:
        income_total = item_row(table, "income_total")
        expenditure_total = item_row(table, "expenditure_total")
        printed = _cell(expenditure_total, expenditure)
        other = _cell(income_total, income)
        if printed is None and other is None:
            continue
        finding = equality_finding(
            rule,
            table=table,
            row=expenditure_total,
            column=expenditure,
            printed=printed,
            parts=[other],
            tolerance=tolerance,
            what="收入总计 (income total)",
            what_zh="收入总计",
            name="支出总计",
        )
        if finding is not None:
            yield finding


def _check_classes(
    number: int, rule: str, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    for table in _tables(document, number):
        # Where the list ends with 本年支出合计 and 结转下年 before 支出总计 (江苏, 深圳, 烟台,
        # 重庆), the 类 add up to 本年支出合计.
        expenditure_total = item_row(table, "current_year_expenditure") or item_row(
            table, "expenditure_total"
        )
        coded = [r for r in table.rows if r.side == "expenditure" and r.code is not None]
        if expenditure_total is None or not coded:
            continue  # a piece of a table cut at a page (烟台 表4): no total, or no 类
        classes = top_level([r for r in coded if is_printed(r)])
        for column in (c.key for c in table.columns if c.side == "expenditure"):
            printed = _cell(expenditure_total, column)
            values = [r.values.get(column) for r in classes]
            finding = equality_finding(
                rule,
                table=table,
                row=expenditure_total,
                column=column,
                printed=printed,
                parts=values,
                tolerance=tolerance,
                what=f"the {len(classes)} 类 rows of the expenditure list",
                what_zh=f"支出 {len(classes)} 个类之和",
                name="支出总计",
            )
            if finding is not None:
                yield finding


# ---------------------------------------------------------------- the rules


def _rule(
    rule: str, description: str, description_zh: str, check: partial[Iterator[Finding]]
) -> Rule:
    return Rule(rule, 2, description, description_zh, example_for(rule), check)


def _rules_for(spec: TableSpec) -> Iterator[Rule]:
    n, title = spec.number, spec.title
    for declared in spec.item_sums:
        rule = f"T{n}.items.{sum_id(declared.total, declared.parts)}"
        parts_zh = " + ".join(_item_label(spec, p) for p in declared.parts)
        yield _rule(
            rule,
            f"表{n} {title}: the item {declared.total} = {' + '.join(declared.parts)}"
            + (f" (column {declared.column})." if declared.column else " (every column)."),
            f"表{n}{title}：{_item_label(spec, declared.total)} = {parts_zh}。",
            partial(_check_items, spec, declared, rule),
        )
    if spec.two_sided:
        yield _rule(
            f"T{n}.sides.income_total_eq_expenditure_total",
            f"表{n} {title}: 收入总计 (income total) = 支出总计 (expenditure total).",
            f"表{n}{title}：收入总计 = 支出总计。",
            partial(_check_balance, spec, f"T{n}.sides.income_total_eq_expenditure_total"),
        )
        yield _rule(
            f"T{n}.sides.expenditure_total_eq_sum_of_classes",
            f"表{n} {title}: 支出总计 = the sum of the 类 rows of the expenditure list, "
            "in each expenditure column.",
            f"表{n}{title}：支出总计 = 支出各类之和（每一支出列）。",
            partial(_check_classes, n, f"T{n}.sides.expenditure_total_eq_sum_of_classes"),
        )
        return
    if spec.row_key in ("item", "unit"):
        return  # a unit's row may sum its own units: no tree to check
    if spec.grouped:
        yield from grouped_rules(spec)  # rows under the rows that subtotal them
        return
    if spec.hierarchical:
        yield _rule(
            f"T{n}.tree.parent_eq_sum_of_children",
            f"表{n} {title}: each 类 = the sum of its 款 and each 款 = the sum of its 项 "
            "(nearest printed ancestor; inside each unit's rows), in every column.",
            f"表{n}{title}：类 = 所属款之和，款 = 所属项之和（每一列）。",
            partial(_check_tree, n, f"T{n}.tree.parent_eq_sum_of_children"),
        )
    yield _rule(
        f"T{n}.tree.total_eq_sum_of_top_level",
        f"表{n} {title}: the 总计/合计 row = the sum of the 类 rows (of the unit subtotal rows "
        "where units are printed; of the project rows in a table without codes), in every column.",
        f"表{n}{title}：总计（合计）行 = 各类之和（有单位小计行时为各单位小计之和），每一列。",
        partial(_check_total, n, f"T{n}.tree.total_eq_sum_of_top_level"),
    )
    if n in SUBTOTALLED_BY_UNIT:
        yield _rule(
            f"T{n}.tree.unit_eq_sum_of_rows",
            f"表{n} {title}: a subordinate unit's subtotal row = the sum of the top-level rows "
            "under it, down to the next unit row, in every column.",
            f"表{n}{title}：单位小计行 = 其下（至下一单位行为止）顶层各行之和，每一列。",
            partial(_check_units, n, f"T{n}.tree.unit_eq_sum_of_rows"),
        )


def table_sum_rules() -> tuple[Rule, ...]:
    """The family-2 rules of every standard table."""
    return tuple(rule for spec in CATALOGUE for rule in _rules_for(spec))
