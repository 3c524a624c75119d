"""Property: render → parse is the identity for the tab form, for every table kind and
for whole documents (meta data, parts, sections, tables, glossary)."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import xjbudget
import xjbudget.strategies as xst
from xjbudget.model import Document, Table
from xjbudget.render import render_document_tabbed, render_table_tabbed, table_grid

from ..conftest import TABBED

DOCUMENTS = xst.documents(kind="部门预算") | xst.documents(kind="单位预算", year=2023)


def _rows(table: Table) -> list[tuple[object, ...]]:
    return [(r.code, r.name, r.project, r.item, r.side, r.role, dict(r.values)) for r in table.rows]


def _table_key(table: Table) -> tuple[object, ...]:
    return (
        table.number,
        table.kind,
        table.title,
        table.columns,
        table.unit,
        table.preparer,
        table.empty_statement,
        _rows(table),
    )


def _break_points(table: Table) -> list[int]:
    """Body rows a page may break before (表1/表4 pair their two lists on one line)."""
    return list(range(1, len(table_grid(table).body)))


def _document_key(document: Document) -> tuple[object, ...]:
    meta = document.meta
    return (
        (meta.department, meta.year, meta.kind, meta.unit, meta.issued),
        [(p.number, p.title) for p in document.parts],
        [(s.part, s.number, s.heading, s.level, s.text) for s in document.sections],
        [_table_key(t) for t in document.tables],
        [(g.term, g.definition) for g in document.glossary],
    )


@given(DOCUMENTS, st.booleans(), st.booleans(), st.booleans(), st.data())
def test_document_reads_back(
    document: Document, grouped: bool, markdown: bool, numbering: bool, data: st.DataObject
) -> None:
    # ``numbering=False``: the tables as 003's template prints them, no ``※ 1 2 3`` row.
    breaks = {
        t.number: data.draw(st.sampled_from(_break_points(t)))
        for t in document.tables
        if _break_points(t) and data.draw(st.booleans())
    }
    text = render_document_tabbed(
        document, grouped=grouped, markdown=markdown, page_breaks=breaks, numbering=numbering
    )
    assert ("※" in text) == (numbering and bool(document.tables))
    read = xjbudget.parse_text(text)
    assert _document_key(read) == _document_key(document)
    assert read.meta.form == "tabbed"
    assert not [f for f in read.findings if f.severity != "info"]


@given(st.integers(1, 11).flatmap(lambda n: xst.tables(n, nonempty=n != 11)), st.data())
def test_every_table_kind_reads_back(table: Table, data: st.DataObject) -> None:
    count = len(table.rows)
    bold = data.draw(st.sets(st.integers(0, max(count - 1, 0)))) if table.number != 11 else ()
    points = _break_points(table)
    page_break = data.draw(st.one_of(st.none(), *([st.sampled_from(points)] if points else [])))
    lines = render_table_tabbed(
        table, preparer=table.preparer or "某某局", bold=bold, page_break=page_break
    )
    text = "\n".join(["第二部分 2024 年部门预算公开表", "", *lines, ""])
    read = xjbudget.parse_text(text)
    assert [_table_key(t) for t in read.tables] == [_table_key(table)]


@pytest.mark.parametrize("stem", TABBED)
def test_real_document_reads_back(parsed: dict[str, Document], stem: str) -> None:
    document = parsed[stem]
    again = xjbudget.parse_text(render_document_tabbed(document))
    assert [_table_key(_printed(t)) for t in again.tables] == [
        _table_key(_printed(t)) for t in document.tables
    ]


def _printed(table: Table) -> Table:
    """Without a total row printed bare (``003`` 表8: 合计 and no amount), which reads as
    a header line — the same limitation as tests/fuzz/test_found.py's page-break case."""
    rows = tuple(r for r in table.rows if r.role != "total" or r.values.filled())
    return attrs.evolve(table, rows=rows)
