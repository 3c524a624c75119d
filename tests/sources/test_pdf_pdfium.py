"""The pdfium engine's rules where pdfium's text page is not pdfminer's glyph list, each
on a generated PDF: both engines must give the same glyphs (docs/pdf.md, "Engines")."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from xjbudget.sources.pdf import ENGINES, read_pdf
from xjbudget.sources.pdf_page import Char
from xjbudget.sources.pdf_pdfium import open_pdfium
from xjbudget.sources.pdf_plumber import open_pdfplumber

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

# Bitstream Vera ships with reportlab: an embedded TrueType font, as Office exporters write.
# Its /Widths have decimals, which pdfium rounds (Office writes whole numbers): a glyph's
# right edge may differ by up to a thousandth of the font size, so it is used one glyph
# at a time. Helvetica (not embedded: a standard font) has whole widths.
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
pdfmetrics.registerFont(TTFont("Vera", str(VERA)))
# A predefined CJK font reportlab does not embed, and pdfium has no outlines for.
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _pdf(draw: Callable[[Canvas], None]) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _glyphs(data: bytes) -> tuple[list[Char], list[Char]]:
    """The first page's glyphs as pdfplumber and as pdfium read them."""
    read = []
    for opener in (open_pdfplumber, open_pdfium):
        with opener(io.BytesIO(data), "generated") as pdf:
            read.append(next(iter(pdf.pages())).chars)
    return read[0], read[1]


def _assert_same(data: bytes) -> list[Char]:
    reference, pdfium = _glyphs(data)
    assert [c.text for c in pdfium] == [c.text for c in reference]
    for ours, theirs in zip(pdfium, reference, strict=True):
        for a, b in zip(ours[1:5], theirs[1:5], strict=True):
            assert abs(a - b) < 0.01, (ours, theirs)
    return reference


def test_runs_of_spaces_keep_every_space() -> None:
    """pdfium's text page keeps one space of a run; the engine puts the others back: at
    a line's start, inside it, at its end, with character and with word spacing."""

    def draw(canvas: Canvas) -> None:
        text = canvas.beginText(50, 700)
        text.setFont("Helvetica", 12)
        text.textLine("    1. Budget")
        text.textLine("Note:   ")
        text.textLine("a    b")
        text.setCharSpace(0.5)
        text.textLine("   spaced   ")
        text.setWordSpace(3)
        text.textLine("w  x y")
        canvas.drawText(text)

    glyphs = _assert_same(_pdf(draw))
    assert "".join(c.text for c in glyphs).startswith("    1. BudgetNote:   a    b   spaced")


def test_a_lone_space_is_a_space() -> None:
    """A space drawn as a text object of its own has no width; pdfium's text page skips
    it, the engine puts it back."""

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Vera", 10)
        canvas.drawString(50, 700, "B")
        canvas.drawString(60, 700, " ")
        canvas.drawString(70, 700, "2")

    assert [c.text for c in _assert_same(_pdf(draw))] == ["B", " ", "2"]


def test_a_glyph_alone_in_a_font_pdfium_cannot_draw() -> None:
    """A glyph alone in its text object, in a font the PDF does not embed and pdfium has
    no outlines for, is a point to pdfium, and its text page skips it: the page is read
    by the reference engine (it used to come out as a space)."""

    def draw(canvas: Canvas) -> None:
        canvas.setFont("STSong-Light", 10)
        canvas.drawString(50, 700, "功能分类科目编")
        canvas.drawString(50, 688, "码")
        canvas.drawString(50, 660, "类")
        canvas.drawString(80, 660, "款")

    glyphs = _assert_same(_pdf(draw))
    assert [c.text for c in glyphs][-3:] == ["码", "类", "款"]


def test_a_gap_of_exactly_the_space_width_is_no_space_in_either_engine() -> None:
    """Two glyphs set exactly 0.3 em apart: pdfminer's doubles put the gap a hair above,
    pdfium's floats a hair below; a tie is no space for both."""
    size = 16.0

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", size)
        canvas.drawString(348.54, 700, "A")
        left = 348.54 + pdfmetrics.stringWidth("A", "Helvetica", size) + 0.3 * size
        canvas.drawString(left, 700, "10,247.57")

    data = _pdf(draw)
    texts = {engine: read_pdf(data, engine=engine).lines[0].text for engine in ENGINES}
    assert texts == {"pdfplumber": "A10,247.57", "pdfium": "A10,247.57"}


def test_the_standard_fonts_measure_as_pdfminer_measures_them() -> None:
    """pdfminer takes a standard font's descent from its AFM table, pdfium from the font
    it substitutes: the engine uses pdfminer's table."""
    from pdfminer.fontmetrics import FONT_METRICS

    from xjbudget.sources.pdf_pdfium import _STANDARD_DESCENT

    assert {
        name: float(metrics[0].get("Descent", 0.0)) for name, metrics in FONT_METRICS.items()
    } == _STANDARD_DESCENT

    def draw(canvas: Canvas) -> None:
        for row, font in enumerate(("Helvetica", "Times-Roman", "Courier-Bold")):
            canvas.setFont(font, 11)
            canvas.drawString(50, 700 - 20 * row, "Budget 2026")

    _assert_same(_pdf(draw))


def test_a_space_overlapped_by_the_next_glyph_adds_nothing() -> None:
    """A space whose next glyph starts less than half a space after it (a negative
    kerning, a backspace in TJ) is one space, not a division by zero."""

    def draw(canvas: Canvas) -> None:
        text = canvas.beginText(50, 700)
        text.setFont("Helvetica", 12)
        text._code.append("[(a ) 300 (b) -2000 (c ) 600 (d)] TJ")
        canvas.drawText(text)

    glyphs = _assert_same(_pdf(draw))
    assert "".join(c.text for c in glyphs) == "a bc d"
