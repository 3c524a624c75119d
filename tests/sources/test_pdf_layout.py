"""The layout step on glyphs made by hand (docs/pdf.md, "What comes out, per page")."""

from __future__ import annotations

import pytest

from xjbudget.sources.pdf_layout import text_line
from xjbudget.sources.pdf_page import Char


@pytest.mark.parametrize(
    ("noise", "spaced"), [(1e-12, False), (-2e-5, False), (2e-5, False), (0.01, True)]
)
def test_the_space_gap_tie(noise: float, spaced: bool) -> None:
    """A gap of 0.3 em give or take float noise is a tie (no space); 0.01 pt more is a
    space."""

    def glyph(text: str, x0: float) -> Char:
        return Char(text, x0, 100.0, x0 + 16.0, 116.0, "F", 16.0, False, True)

    first = glyph("少", 348.54)
    line = text_line([first, glyph("1", first.x1 + 0.3 * 16 + noise)])
    assert line.text == ("少 1" if spaced else "少1")


@pytest.mark.parametrize(("noise", "cells"), [(1e-12, 1), (-2e-5, 1), (2e-5, 1), (0.01, 2)])
def test_the_cell_gap_tie(noise: float, cells: int) -> None:
    """A gap of 1 em give or take float noise does not split a line into cells."""

    def glyph(text: str, x0: float) -> Char:
        return Char(text, x0, 100.0, x0 + 16.0, 116.0, "F", 16.0, False, True)

    first = glyph("计", 100.0)
    line = text_line([first, glyph("1", first.x1 + 16 + noise)])
    assert len(line.segments) == cells
