"""The layout step on glyphs made by hand (docs/pdf.md, "What comes out, per page")."""

from __future__ import annotations

from itertools import pairwise

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


@pytest.mark.parametrize("seed", range(20))
def test_the_cell_search_finds_pdfplumbers_cells(seed: int) -> None:
    """pdf_layout._cells is pdfplumber's intersections_to_cells, faster: the same cells on
    ruled grids with merged cells (rules left out at random) and stray rules."""
    import random

    from pdfplumber.table import edges_to_intersections, intersections_to_cells

    from xjbudget.sources.pdf_layout import _cells, _edge

    rng = random.Random(seed)
    xs = sorted(rng.sample(range(0, 600, 7), rng.randint(2, 12)))
    ys = sorted(rng.sample(range(0, 800, 5), rng.randint(2, 25)))
    edges = []
    for x in xs:  # vertical rules cut into pieces, some pieces missing (merged cells)
        for top, bottom in pairwise(ys):
            if x in (xs[0], xs[-1]) or rng.random() > 0.2:
                edges.append(_edge(float(x), float(top), float(x), float(bottom), "v"))
    for y in ys:
        for left, right in pairwise(xs):
            if y in (ys[0], ys[-1]) or rng.random() > 0.2:
                edges.append(_edge(float(left), float(y), float(right), float(y), "h"))
    for _ in range(rng.randint(0, 3)):  # a stray rule crossing the grid
        y = float(rng.randint(0, 800))
        edges.append(_edge(float(rng.randint(0, 300)), y, float(rng.randint(300, 600)), y, "h"))
    intersections = edges_to_intersections(edges, 3, 3)
    assert _cells(intersections) == intersections_to_cells(intersections)
