"""Reproducers of what fuzzing and the round-trip properties found in code this suite
does not own. Each is ``xfail(strict=True)``: when the fix lands, the test passes, the
xfail turns into a failure and the marker must be removed."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest

import xjbudget
import xjbudget.limits
from xjbudget.model import Row, Table
from xjbudget.render import render_table_tabbed
from xjbudget.tables.standard import spec_for_number

FOUND = Path(__file__).parent / "found"


@pytest.mark.xfail(
    strict=True,
    reason="tables/assign.py solve(): _combine explores combinations of a mutated flat "
    "table for 2 s on a 20 kB input (the 70 kB corpus document 001 takes 0.2 s); the work "
    "per table is not bounded. Found by fuzz/fuzz_text.py (atheris).",
)
def test_flat_cell_assignment_is_bounded() -> None:
    text = (FOUND / "slow_flat_assign.txt").read_bytes().decode("utf-8", errors="replace")
    began = time.perf_counter()
    with contextlib.suppress(xjbudget.XjbudgetError):
        xjbudget.parse_text(text)
    assert time.perf_counter() - began < 0.5


def _t10() -> Table:
    spec = spec_for_number(10)
    assert spec is not None
    keys = spec.column_keys()
    amount = {k: None for k in keys}
    rows = [
        Row("合计", {**amount, "total": xjbudget.parse_amount("1.00")}, item="total", role="total")
    ]
    rows += [Row(i.label, amount, item=i.key) for i in spec.items[1:]]
    rows[2] = Row(
        "公务接待费", {**amount, "total": xjbudget.parse_amount("1.00")}, item="reception"
    )
    return Table(10, spec.kind, spec.title, spec.column_specs(), tuple(rows), unit="万元")


@pytest.mark.xfail(
    strict=True,
    reason="segment/recognize: after a page break that repeats the header, body rows "
    "printed without amounts (表10 因公出国（境）费, the 表1/表4 item lists) are read as "
    "part of the repeated header and silently dropped (no finding).",
)
def test_rows_without_amounts_after_a_page_break_are_kept() -> None:
    table = _t10()
    lines = render_table_tabbed(table, page_break=1)
    document = xjbudget.parse_text("\n".join(["第二部分 2024 年部门预算公开表", "", *lines]))
    read = document.table(10)
    assert read is not None
    assert [r.item for r in read.rows] == [r.item for r in table.rows]


@pytest.mark.xfail(
    strict=True,
    reason="no bound on input size: parse_text reads a 6 MB text to the end. "
    "xjbudget.limits.check_text is written but not called from parse.parse_text.",
)
def test_oversized_text_is_refused_early() -> None:
    text = "第二部分 2024 年部门预算公开表\n" + "x" * 6_000_000
    with pytest.raises(xjbudget.limits.InputTooLargeError):
        xjbudget.parse_text(text)
