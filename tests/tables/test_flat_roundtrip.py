"""The flattened form reads back to the records of the tab form: the corpus documents
rendered flat, and generated consistent documents rendered flat with random wrapping,
broken headers, page breaks and numbers broken over lines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xjbudget
import xjbudget.strategies as xst
from xjbudget.render import render_document_flat

from ..conftest import TABBED


def _rows(table: xjbudget.Table) -> list[tuple[object, ...]]:
    return [
        (r.code, r.name, r.project, r.role, r.item, dict(r.values.filled())) for r in table.rows
    ]


def _unexplained(original: xjbudget.Document, read: xjbudget.Document) -> list[int]:
    """Tables whose rows differ without an ambiguous-column finding on that table."""
    ambiguous = {f.table for f in read.findings if f.rule == "parse.flat.ambiguous_column"}
    bad = []
    for table in original.tables:
        other = read.table(table.number)
        if other is None or (_rows(other) != _rows(table) and table.number not in ambiguous):
            bad.append(table.number)
    return bad


@pytest.mark.parametrize("stem", TABBED)
def test_corpus_document_flattened_reads_the_same(
    stem: str, parsed: dict[str, xjbudget.Document]
) -> None:
    original = parsed[stem]
    read = xjbudget.parse_text(render_document_flat(original))
    assert read.meta.form == "flat"
    assert [t.number for t in read.tables] == [t.number for t in original.tables]
    assert _unexplained(original, read) == []
    # 表7's rows with a total and one other amount are the only true ambiguities here.
    exact = {t.number for t in original.tables if _rows(read.table(t.number)) == _rows(t)}  # type: ignore[arg-type]
    assert exact >= {t.number for t in original.tables} - {7}


@given(st.data())
def test_generated_document_flattened_reads_back(data: st.DataObject) -> None:
    document = data.draw(xst.documents(max_classes=2))
    read = xjbudget.parse_text(data.draw(xst.flat_texts(document)))
    assert _unexplained(document, read) == []
