"""Family 2 for a table whose rows are grouped under subtotal rows (``TableSpec.grouped``,
表18 the project expenditure): each row's ``Row.parent`` says which row it is under.

- ``T{n}.tree.total_eq_sum_of_top_level``: the 总计/合计 row = the sum of the rows under
  no other (the units, or the projects where no unit is printed), in every column;
- ``T{n}.tree.group_eq_sum_of_rows``: a group row (a unit's; in Xi'an also 通用项目 /
  专用项目 and their categories) = the sum of the rows directly under it, in every column.

The reader takes a row with name evidence (a unit code, a unit's name) as a group even
where the rows under it do not add up to it: that is where the second rule can fail (a
misprinted subtotal, or a row misread).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import partial

from ..catalog import TableSpec
from ..model import Document, Finding, Row, Table
from .examples import example_for
from .findings import equality_finding
from .reading import is_printed
from .rule import Rule

__all__ = ["grouped_rules", "sums_in_every_column"]


def _tables(document: Document, number: int) -> Iterator[Table]:
    return (t for t in document.tables if t.number == number)


def sums_in_every_column(
    rule: str,
    table: Table,
    row: Row,
    members: list[Row],
    tolerance: Decimal,
    what: tuple[str, str],
) -> Iterator[Finding]:
    """``row`` = the sum of ``members`` in every column the table prints."""
    for column in (c.key for c in table.columns):
        finding = equality_finding(
            rule,
            table=table,
            row=row,
            column=column,
            printed=row.values.get(column),
            parts=[r.values.get(column) for r in members],
            tolerance=tolerance,
            what=what[0],
            what_zh=what[1],
        )
        if finding is not None:
            yield finding


def _check_total(
    number: int, rule: str, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    for table in _tables(document, number):
        top = [r for r in table.rows if r.role != "total" and r.parent is None and is_printed(r)]
        what = (f"the {len(top)} row(s) under no other", f"{len(top)} 个顶层行之和")
        for total in (r for r in table.rows if r.role == "total" and is_printed(r)):
            yield from sums_in_every_column(rule, table, total, top, tolerance, what)


def _check_groups(
    number: int, rule: str, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    for table in _tables(document, number):
        children: dict[int, list[Row]] = {}
        for row in table.rows:
            if row.parent is not None and is_printed(row):
                children.setdefault(row.parent, []).append(row)
        for index, members in sorted(children.items()):
            what = (f"the {len(members)} row(s) under it", f"其下 {len(members)} 行之和")
            yield from sums_in_every_column(
                rule, table, table.rows[index], members, tolerance, what
            )


def grouped_rules(spec: TableSpec) -> Iterator[Rule]:
    """The family-2 rules of a grouped table."""
    n, title = spec.number, spec.title
    rule = f"T{n}.tree.total_eq_sum_of_top_level"
    yield Rule(
        rule,
        2,
        f"表{n} {title}: the 总计/合计 row = the sum of the rows under no other (the unit "
        "rows, or the projects where no unit is printed), in every column.",
        f"表{n}{title}：总计（合计）行 = 各顶层行（单位行，或无单位行时各项目）之和，每一列。",
        example_for(rule),
        partial(_check_total, n, rule),
    )
    rule = f"T{n}.tree.group_eq_sum_of_rows"
    yield Rule(
        rule,
        2,
        f"表{n} {title}: a group row (a unit's, a category's) = the sum of the rows directly "
        "under it, in every column.",
        f"表{n}{title}：分组行（单位、类别）= 其下直属各行之和，每一列。",
        example_for(rule),
        partial(_check_groups, n, rule),
    )
