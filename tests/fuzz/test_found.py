"""Reproducers of what fuzzing and the round-trip properties found. An open one is
``xfail(strict=True)`` (when the fix lands the xfail turns into a failure and the marker
must go); a fixed one stays as a regression test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import regex

import xjbudget
import xjbudget.limits
from xjbudget.catalog import spec_for_number
from xjbudget.model import Row, Table
from xjbudget.render import render_table_tabbed

FOUND = Path(__file__).parent / "found"
CORPUS = Path(__file__).parents[1] / "corpus"


@pytest.mark.parametrize("name", ["slow_flat_assign.txt", "slow_flat_assign_2.txt"])
def test_mutated_flat_tables_read_within_bounded_work(name: str) -> None:
    """Mutated flat tables once made the column solver explore without bound (2.1 s, and
    37 s instrumented, on 20 kB). The solver now caps its placements per row, the
    combinations per parent and its passes (tables/assign.py); how long these inputs take
    against corpus 001 is measured by benchmarks/bench_flat.py, not asserted here."""
    text = (FOUND / name).read_bytes().decode("utf-8", errors="replace")
    try:
        document = xjbudget.parse_text(text)
    except xjbudget.XjbudgetError:
        return
    assert all(isinstance(t, xjbudget.Table) for t in document.tables)


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


def test_rows_without_amounts_after_a_page_break_are_kept() -> None:
    """Found by the round-trip property; fixed in 4897d37: after a page break repeating
    the header, rows printed without amounts were read as header and dropped."""
    table = _t10()
    lines = render_table_tabbed(table, page_break=1)
    document = xjbudget.parse_text("\n".join(["第二部分 2024 年部门预算公开表", "", *lines]))
    read = document.table(10)
    assert read is not None
    assert [r.item for r in read.rows] == [r.item for r in table.rows]


def test_oversized_text_is_refused_early() -> None:
    text = "第二部分 2024 年部门预算公开表\n" + "x" * 6_000_000
    with pytest.raises(xjbudget.limits.InputTooLargeError):
        xjbudget.parse_text(text)


def _corpus_text() -> str:
    return (CORPUS / "001_7236ab5e17bf1c1a.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("digits", [27, 40, 120])
def test_a_narrative_figure_of_many_digits_is_no_crash(digits: int) -> None:
    """Found by the hostile-input session (issue 21): a narrative figure of 27 digits or
    more raised decimal.InvalidOperation (a traceback) when a share was checked."""
    text = _corpus_text()
    figure = next(regex.finditer(r"\d[\d,]*\.\d+万元", text)).group(0)
    huge = "1" + "2" * (digits - 1) + ".5万元"
    document = xjbudget.parse_text(text.replace(figure, huge, 1))
    assert document.tables


def test_two_disclosures_in_one_text_are_reported() -> None:
    """Two documents concatenated gave the first one's tables and folded the second
    into the glossary without a word (issue 21): now an error finding says so."""
    text = _corpus_text()
    single = xjbudget.parse_text(text)
    assert not [f for f in single.findings if f.rule == "input.concatenated"]
    double = xjbudget.parse_text(text + "\n" + text)
    (finding,) = [f for f in double.findings if f.rule == "input.concatenated"]
    assert finding.severity == "error"
    assert finding.location.line is not None and finding.location.line > len(text.splitlines())


def test_the_strategies_import_alone() -> None:
    """``import xjbudget.strategies`` as the first import of a process failed on a
    circular import (issue 21): a fresh interpreter imports it and draws a document."""
    code = (
        "import xjbudget.strategies as xst\n"
        "from hypothesis import given, settings\n"
        "@settings(max_examples=1, database=None)\n"
        "@given(xst.documents(year=2024))\n"
        "def draw(document): assert document.tables\n"
        "draw()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
