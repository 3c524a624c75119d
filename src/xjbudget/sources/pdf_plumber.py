"""The pdfplumber engine (the reference): pdfminer interprets the page, pdfplumber gives
its glyphs, lines and rectangles, which become :class:`~.pdf_page.PageContent`."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any, cast

import regex

from ..errors import EncryptedPdfError, UnreadablePdfError, XjbudgetError
from .pdf_page import Char, PageContent, Shape, is_bold_font, sane_descent

__all__ = ["PlumberPages", "open_pdfplumber", "pdf_error"]

_CID = regex.compile(r"^\(cid:\d+\)$")


class PlumberPages:
    """An open PDF read by pdfminer and pdfplumber (see :class:`~.pdf_page.PdfPages`)."""

    def __init__(self, pdf: Any, name: str) -> None:
        self._pdf = pdf
        self._name = name
        self.page_count: int = len(pdf.pages)
        self._bold: dict[str, bool] = {}

    def pages(self) -> Iterator[PageContent]:
        for index in range(self.page_count):
            yield self.page(index)

    def page(self, index: int) -> PageContent:
        """The page at ``index`` (0-based), read and released."""
        number = index + 1
        page = self._pdf.pages[index]
        try:
            content = _content(page, number, self._bold)
            page.close()  # closing reads the page's boxes too: a corrupt one raises here
        except XjbudgetError:
            raise
        except Exception as error:  # pdfminer raises many kinds; none may escape
            raise pdf_error(error, f"{self._name}, page {number}") from error
        return content


@contextmanager
def open_pdfplumber(stream: IO[bytes], name: str) -> Iterator[PlumberPages]:
    """Open the PDF with pdfplumber; its errors become ``xjbudget`` errors."""
    import pdfplumber

    _sane_pdfminer_descents()
    try:
        pdf = pdfplumber.open(cast(Any, stream))
    except Exception as error:
        raise pdf_error(error, name) from error
    try:
        yield PlumberPages(pdf, name)
    except XjbudgetError:
        raise
    except Exception as error:
        raise pdf_error(error, name) from error
    finally:
        # pdfplumber's close() builds the page list again, so a corrupt page raises there
        # too: the error that matters was raised (or not) above.
        with contextlib.suppress(Exception):
            pdf.close()


def _sane_pdfminer_descents() -> None:
    """Have pdfminer build glyph boxes from :func:`~.pdf_page.sane_descent` (idempotent),
    as the pdfium engine does: a descent deeper than half the font size is 0."""
    from pdfminer.pdffont import PDFFont

    if getattr(PDFFont.get_descent, "sane", False):
        return
    declared = PDFFont.get_descent

    def get_descent(self: PDFFont) -> float:
        return sane_descent(declared(self))

    get_descent.sane = True  # type: ignore[attr-defined]
    PDFFont.get_descent = get_descent  # type: ignore[method-assign]


def pdf_error(error: BaseException, where: str) -> XjbudgetError:
    """The ``xjbudget`` error for an exception pdfminer/pdfplumber raised: encrypted when
    a password error is anywhere in its chain, else unreadable."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(chain) < 10:
        chain.append(current)
        chain.extend(a for a in getattr(current, "args", ()) if isinstance(a, BaseException))
        current = current.__cause__ or current.__context__
    kinds = " ".join(type(e).__name__ for e in chain)
    if "Password" in kinds or "Encrypt" in kinds:
        return EncryptedPdfError("the PDF is encrypted and needs a password", where=where)
    detail = str(chain[-1]) or type(chain[-1]).__name__
    return UnreadablePdfError(f"corrupt or truncated PDF ({detail[:120]})", where=where)


def _content(page: Any, number: int, bold: dict[str, bool]) -> PageContent:
    chars = []
    for c in page.chars:
        text = c["text"]
        fontname = str(c.get("fontname", ""))
        is_bold = bold.get(fontname)
        if is_bold is None:
            is_bold = bold[fontname] = is_bold_font(fontname)
        chars.append(
            Char(
                text,
                c["x0"],
                c["top"],
                c["x1"],
                c["bottom"],
                fontname,
                float(c.get("size") or 0.0),
                is_bold,
                bool(c.get("upright", True)),
                not (text[:5] == "(cid:" and _CID.match(text)),
            )
        )
    shapes = [
        Shape(
            "line",
            line["x0"],
            line["top"],
            line["x1"],
            line["bottom"],
            bool(line.get("stroke", True)) and not _is_white(line.get("stroking_color")),
            bool(line.get("fill")) and not _is_white(line.get("non_stroking_color")),
        )
        for line in page.lines
    ]
    shapes.extend(
        Shape(
            "rect",
            rect["x0"],
            rect["top"],
            rect["x1"],
            rect["bottom"],
            bool(rect.get("stroke")) and not _is_white(rect.get("stroking_color")),
            bool(rect.get("fill")) and not _is_white(rect.get("non_stroking_color")),
        )
        for rect in page.rects
    )
    return PageContent(
        number=number,
        width=float(page.width),
        height=float(page.height),
        rotation=int(page.rotation),
        chars=chars,
        shapes=shapes,
        has_images=bool(page.images),
    )


def _is_white(color: Any) -> bool:
    """Whether a pdfminer colour (gray, RGB or CMYK components, 0–1) is white."""
    if color is None:
        return False
    if isinstance(color, (int, float)):
        return float(color) >= 0.95
    if isinstance(color, (tuple, list)):
        values = [float(v) for v in color if isinstance(v, (int, float))]
        if len(values) == 4:  # CMYK: white is no ink
            return all(v <= 0.05 for v in values)
        return bool(values) and all(v >= 0.95 for v in values)
    return False
