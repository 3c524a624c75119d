"""What the layout code needs from one PDF page, whichever engine read it.

An engine (:mod:`.pdf_plumber`, :mod:`.pdf_pdfium`) opens a PDF and yields one
:class:`PageContent` per page: the glyphs with their boxes and fonts, the straight
lines and rectangles of the page's drawing, whether it holds images, and its size and
rotation. Coordinates are pdfplumber's, whatever the engine: points, the page as
displayed (``/Rotate`` applied), ``top`` measured down from the top of the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, NamedTuple, Protocol

from attrs import frozen

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "Char",
    "Engine",
    "PageContent",
    "PdfPages",
    "Shape",
    "is_bold_font",
    "sane_descent",
]

Engine = Literal["pdfplumber", "pdfium"]
ENGINES: tuple[Engine, ...] = ("pdfplumber", "pdfium")
DEFAULT_ENGINE: Engine = "pdfium"

_BOLD_MARKS = ("bold", "heavy", "black", "simhei", "hei-")
# A font's descent deeper than this share of its size is no descent: 重庆's embedded
# E-BZ declares -1033/1000, and its digits' boxes would hang a line below the Chinese
# text on their baseline (the year under its title, amounts in the next table row).
_MAX_DESCENT = 0.5


def sane_descent(descent: float) -> float:
    """A font's descent (a share of its size, negative below the baseline) as both
    engines build glyph boxes from it: 0, pdfminer's descent for a font declaring none,
    where it is deeper than half the size."""
    return 0.0 if descent < -_MAX_DESCENT else descent


def is_bold_font(fontname: str) -> bool:
    """Whether a font name says bold (Office exporters name the face, e.g. ``SimHei``)."""
    name = fontname.lower()
    return any(mark in name for mark in _BOLD_MARKS)


class Char(NamedTuple):
    """One glyph. ``mapped`` is false for a glyph without a Unicode meaning (its ``text``
    is then a placeholder); ``size`` is the font size as printed (the text matrix
    applied); ``upright`` says the glyph is not rotated on the displayed page.

    A tuple, not an attrs class: a page holds thousands and they are built in a loop.
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    fontname: str
    size: float
    bold: bool
    upright: bool
    mapped: bool = True


class Shape(NamedTuple):
    """A straight line (``kind="line"``) or an axis-parallel rectangle (``"rect"``) of
    the page's drawing. ``stroked`` / ``filled``: painted so, in a colour that is not
    white (white paint is cell padding, not a rule)."""

    kind: Literal["line", "rect"]
    x0: float
    top: float
    x1: float
    bottom: float
    stroked: bool
    filled: bool


@frozen
class PageContent:
    """One page as an engine read it (see the module docstring)."""

    number: int
    width: float
    height: float
    rotation: int
    chars: list[Char]
    shapes: list[Shape]
    has_images: bool


class PdfPages(Protocol):
    """An open PDF: its page count and its pages, read one at a time.

    Errors of the underlying library surface as :class:`~xjbudget.errors.XjbudgetError` s
    naming the page (see :func:`xjbudget.sources.pdf.read_pdf`).
    """

    @property
    def page_count(self) -> int: ...

    def pages(self) -> Iterator[PageContent]: ...
