"""Property: any generated document, printed as a PDF and converted by a converter of
the matrix, parses back to its records, each cell that differs flagged by a finding on
its table; a converter that breaks row order gives no wrong cell without a finding
either (issue 16). A few examples in CI (rendering a PDF takes a second); the
benchmark (``benchmarks/converter_matrix.py --generated N``) runs many."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import xjbudget
from xjbudget.render import render_document_tabbed
from xjbudget.strategies import documents

from .matrix import CONVERTERS, available, cells_of, render_pdf, score

pytest.importorskip("reportlab")
# pdftotext is fast (a PDF in a tenth of a second); without it, pdfplumber.
CHECKED = [n for n in ("pdftotext -raw", "pdftotext") if available(n)] or ["pdfplumber"]


@settings(max_examples=4, deadline=None)
@given(document=documents(), ruled=st.booleans())
def test_a_generated_document_survives_every_converter(
    document: xjbudget.Document, ruled: bool
) -> None:
    with TemporaryDirectory() as folder:
        tabbed = Path(folder) / "generated.txt"
        tabbed.write_text(render_document_tabbed(document), encoding="utf-8")
        expected = cells_of(xjbudget.parse_text(tabbed.read_text(encoding="utf-8")))
        pdf = render_pdf(tabbed, Path(folder) / "generated.pdf", ruled=ruled)
        for name in CHECKED:
            text = CONVERTERS[name](pdf)
            assert text is not None
            result = score(xjbudget.parse_text(text), expected)
            assert result.silent == 0, name
            if name != "pdftotext":
                assert result.withheld == 0, name
