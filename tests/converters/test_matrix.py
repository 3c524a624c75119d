"""The converter matrix on a representative subset (the whole matrix:
``python benchmarks/converter_matrix.py``): 003's rendered PDF (tables over pages,
landscape pages, a total row at the bottom, a broken ``432. 18``) through a row-order
converter of each kind and through the column-by-column ones. Never a wrong cell
without a finding on its table; text not in row order gives no cell and an error."""

from __future__ import annotations

import pytest

import xjbudget

from .matrix import CORPUS_PDFS, OUT_OF_ORDER, available, converted, golden_cells, run, score

STEM = "003_f62fb37ef8e53f88"
PDF = CORPUS_PDFS[(STEM, "ruled")]
# (document, converter, cells placed exactly as measured): floors, so the reader does
# not get worse; the rest of each document's cells are flagged by a finding or not given.
ROW_ORDER = [
    (STEM, "pdftotext -raw", 198),
    (STEM, "pdfplumber", 198),
    (STEM, "pypdfium2", 198),
    ("000_707d8629ab46531e", "pdfplumber", 267),
]


@pytest.mark.parametrize(("stem", "converter", "floor"), ROW_ORDER)
def test_row_order_text_gives_no_silently_wrong_cell(stem: str, converter: str, floor: int) -> None:
    if not available(converter):
        pytest.skip(f"{converter} is not installed")
    result = run(converter, CORPUS_PDFS[(stem, "ruled")], golden_cells(stem))
    assert result is not None
    assert result.silent == 0
    assert result.withheld == 0
    assert result.exact >= floor


@pytest.mark.parametrize("converter", sorted(OUT_OF_ORDER))
def test_text_out_of_row_order_is_an_error_not_wrong_cells(converter: str) -> None:
    if not available(converter):
        pytest.skip(f"{converter} is not installed")
    text = converted(converter, PDF)
    assert text is not None
    document = xjbudget.parse_text(text)
    result = score(document, golden_cells(STEM))
    assert result.silent == 0
    assert result.withheld >= 0.9 * result.expected
    errors = [f for f in document.findings if f.rule == "parse.flat.not_row_order"]
    assert {f.table for f in errors} >= {2, 3, 5, 6, 7, 10}
    assert all(f.severity == "error" and "pdftotext -layout" in f.message for f in errors)
    for finding in errors:
        table = document.table(finding.table) if finding.table is not None else None
        assert table is None or not any(r.values for r in table.rows)


def test_row_order_text_is_not_taken_for_disorder() -> None:
    path = PDF.parent.parent / "corpus" / "001_7236ab5e17bf1c1a.txt"
    document = xjbudget.parse_text(path.read_text(encoding="utf-8"))
    assert not [f for f in document.findings if f.rule == "parse.flat.not_row_order"]
