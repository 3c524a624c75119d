"""The corpus documents rendered to PDF (tests/pdf_fixtures) read back as their text form.

The fixtures are made by ``tests/pdf_fixtures/make_pdfs.py`` from the tab forms; every
table row read from the PDF must equal the tab form's row cell by cell, after the same
normalisation on both sides (tags stripped, whitespace removed, trailing empty cells
dropped: the tab form pads some rows and not others).
"""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
import pytest

import xjbudget
from xjbudget.model import Location
from xjbudget.sources.pdf import read_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "pdf_fixtures"
sys.path.insert(0, str(FIXTURES))
from make_pdfs import clean_cell, corpus_document, table_rows  # noqa: E402

CASES = [("000", "ruled"), ("003", "ruled"), ("004", "ruled"), ("000", "unruled")]


def _norm(cells: tuple[str, ...] | list[str]) -> list[str]:
    out = ["".join(clean_cell(c).split()) for c in cells]
    while out and not out[-1]:
        out.pop()
    return out


@pytest.mark.parametrize(("key", "kind"), CASES)
def test_rows_read_back_as_the_text_form(key: str, kind: str) -> None:
    expected = [_norm(r) for r in table_rows(corpus_document(key).read_text(encoding="utf-8"))]
    source = read_pdf(FIXTURES / f"{key}_{kind}.pdf")
    got = [_norm(line.cells) for line in source.lines if line.cells is not None]
    assert source.findings == ()
    assert len(got) == len(expected)
    for index, (row, want) in enumerate(zip(got, expected, strict=True)):
        assert row == want, f"row {index}"


@pytest.mark.parametrize(("key", "kind"), CASES)
def test_page_furniture_is_dropped(key: str, kind: str) -> None:
    source = read_pdf(FIXTURES / f"{key}_{kind}.pdf")
    running = source.lines[0].text + " 预算公开"
    texts = [line.text for line in source.lines if line.cells is None]
    assert running not in texts
    assert not any(t.isdigit() for t in texts)  # page numbers
    pages = [line.location.page for line in source.lines]
    assert pages == sorted(pages)
    assert pages[-1] == source.page_count
    assert [line.location.line for line in source.lines] == list(range(1, len(source.lines) + 1))
    assert all(line.location.bbox is not None for line in source.lines)


def test_continuation_page_repeats_the_header_block() -> None:
    """表2 of 000 runs over two landscape pages, its 编制部门 line and header repeated."""
    source = read_pdf(FIXTURES / "000_ruled.pdf")
    headers = [
        line
        for line in source.lines
        if line.cells and line.cells[0] == "功能分类科目编码" and len(line.cells) == 16
    ]
    assert len(headers) == 2
    first, second = headers
    assert second.location.page == first.location.page + 1
    bbox = first.location.bbox
    assert bbox is not None and bbox[2] > 600  # wider than a portrait page: landscape
    before = [
        line.text
        for line in source.lines
        if line.location.page == second.location.page and line.cells is None
    ]
    assert before[0].startswith("编制部门：")


def _comparable(table: xjbudget.Table) -> xjbudget.Table:
    """A table record without its locations (lines differ between the two forms); the
    "为空表" sentence the PDF wraps over lines is joined again and compared."""
    rows = tuple(attrs.evolve(row, location=Location()) for row in table.rows)
    return attrs.evolve(table, rows=rows, location=Location())


@pytest.mark.parametrize(("key", "kind"), CASES)
def test_pdf_parses_to_the_same_tables_as_the_text(key: str, kind: str) -> None:
    text = xjbudget.parse_text(corpus_document(key).read_text(encoding="utf-8"))
    pdf = xjbudget.parse_pdf(FIXTURES / f"{key}_{kind}.pdf")
    assert len(text.tables) >= 10
    assert [_comparable(t) for t in pdf.tables] == [_comparable(t) for t in text.tables]
    assert all(row.location.page for table in pdf.tables for row in table.rows)
