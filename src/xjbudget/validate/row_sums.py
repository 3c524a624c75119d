"""Family 1: within a row — the column sums each table spec declares (``TableSpec.row_sums``).

``T3.row.total_eq_basic_plus_project``: in every printed row of 表3, 合计 = 基本支出 + 项目支出.
A sum whose columns a table does not print (表8/表9 print either 人员经费/公用经费 or
基本支出; a 表5 may print only 金额) is not run on that table: a ``validate.rule_skipped``
info says so, unless the table prints no amount at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import partial

from ..catalog import CATALOGUE, RowSum, TableSpec
from ..model import Document, Finding
from .examples import example_for
from .findings import column_label, equality_finding, tables_to_check
from .reading import printed_rows
from .rule import Rule

__all__ = ["row_sum_rules", "sum_id"]


def sum_id(total: str, parts: tuple[str, ...]) -> str:
    """``total_eq_basic_plus_project`` for two parts, ``…_eq_sum_of_parts`` for more
    (or when naming both parts would make an id longer than 50 characters)."""
    named = f"{total}_eq_{'_plus_'.join(parts)}"
    return named if len(parts) <= 2 and len(named) <= 50 else f"{total}_eq_sum_of_parts"


def _label(spec: TableSpec, key: str) -> str:
    return next((c.label for c in spec.columns if c.key == key), key)


def _check(
    number: int, declared: RowSum, rule: str, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    tables, skipped = tables_to_check(document, number, rule, (declared.total, *declared.parts))
    if not declared.optional:
        yield from skipped  # an optional sum reads columns only some templates print
    for table in tables:
        printed_keys = {c.key for c in table.columns}
        keys = (*declared.parts, *(k for k in declared.also if k in printed_keys))
        what = " + ".join(keys)
        what_zh = " + ".join(column_label(table, p) for p in keys)
        for row in printed_rows(table):
            printed = row.values.get(declared.total)
            parts = [row.values.get(p) for p in keys]
            if printed is None and all(p is None for p in parts):
                continue
            finding = equality_finding(
                rule,
                table=table,
                row=row,
                column=declared.total,
                printed=printed,
                parts=parts,
                tolerance=tolerance,
                what=what,
                what_zh=what_zh,
            )
            if finding is not None:
                yield finding


def row_sum_rules() -> tuple[Rule, ...]:
    """One rule per declared row sum of each standard table."""
    rules: list[Rule] = []
    for spec in CATALOGUE:
        for declared in spec.row_sums:
            rule = f"T{spec.number}.row.{sum_id(declared.total, declared.parts)}"
            parts = " + ".join(declared.parts)
            parts_zh = " + ".join(_label(spec, p) for p in declared.parts)
            rules.append(
                Rule(
                    id=rule,
                    family=1,
                    description=(
                        f"表{spec.number} {spec.title}: in every row, {declared.total} = {parts}"
                        " (skipped where the table does not print these columns)."
                    ),
                    description_zh=(
                        f"表{spec.number}{spec.title}：每一行 {_label(spec, declared.total)}"
                        f" = {parts_zh}。"
                    ),
                    example=example_for(rule),
                    check=partial(_check, spec.number, declared, rule),
                )
            )
    return tuple(rules)
