"""Putting back a value a converter printed one cell off, using the table's own sums.

A row's printed value can sit one cell right or left of its column (``003`` 表2: the
total row's 432.18 under 财政拨款结转 while every row above has it under 单位资金).
Where the value fails parent = sum of children in its printed column, the adjacent
column is empty in that row, and the children of the adjacent column add up to the
value exactly, the value is moved there and a finding says so. Nothing else is ever
changed: a sum that fails for any other reason is left for validation to report.
"""

from __future__ import annotations

from decimal import Decimal

from attrs import evolve

from ..model import Finding, Row
from .tree import MissingParent, code_tree

__all__ = ["child_positions", "repair_by_sums"]


def child_positions(rows: list[Row], *, missing: MissingParent = "direct") -> dict[int, list[int]]:
    """For each row, the positions of the rows one level under it: the 类 rows under a
    total row, the 款 rows under a 类, the 项 rows under a 款 (several project rows may
    share a code); the tree is :func:`~xjbudget.tables.tree.code_tree`'s (``missing``:
    where a row whose parent is not printed hangs). One pass over the rows."""
    tree = code_tree([r.code.digits if r.code else None for r in rows], missing=missing)
    tops = list(tree.tops)
    positions: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        if row.role == "total":
            positions[i] = tops
        elif row.code is not None:
            positions[i] = tree.children(row.code.digits)
    return positions


def _column_sum(rows: list[Row], key: str) -> Decimal:
    return sum((r.values.get(key) or Decimal(0) for r in rows), Decimal(0))


def repair_by_sums(rows: list[Row], table: int) -> tuple[list[Row], list[Finding]]:
    """Move values printed one cell off back to their column (see the module docstring)."""
    if any(r.role == "unit" for r in rows):
        return rows, []
    findings: list[Finding] = []
    result = list(rows)
    below = child_positions(result)
    for index, row in enumerate(result):
        children = [result[j] for j in below.get(index, [])]
        if not children:
            continue
        keys = list(row.values)
        values = dict(row.values)
        for position, key in enumerate(keys):
            value = values[key]
            if value is None or _column_sum(children, key) == value:
                continue
            for other in keys[position + 1 : position + 2] + keys[max(position - 1, 0) : position]:
                if values[other] is None and _column_sum(children, other) == value:
                    values[other], values[key] = value, None
                    findings.append(
                        Finding(
                            "parse.cell.moved_by_sum",
                            "warning",
                            f"{row.label}: {value} printed under {key}, read as {other} "
                            "(where the rows below add up to it)",
                            f"{row.label}：{value}印在{key}栏，按下级合计归入{other}栏",
                            location=row.location,
                            table=table,
                            row=row.code.digits if row.code else row.name,
                            column=other,
                            actual=value,
                        )
                    )
                    break
        if values != dict(row.values):
            result[index] = evolve(row, values=values)
    return result, findings
