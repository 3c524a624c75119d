"""Documents as the text forms converters make of them."""

from __future__ import annotations

from collections.abc import Collection

from hypothesis import strategies as st

from ..model import Document
from ..render import render_document_flat

__all__ = ["flat_texts"]


@st.composite
def flat_texts(draw: st.DrawFn, document: Document) -> str:
    """Draws ``document`` rendered in the flattened form as converters make it: empty
    cells dropped, row names wrapped at 8 or 14 characters (or not), header cells broken
    one character a line, at 5 characters or kept whole, a page break (the header block
    printed again) and a number broken before its last digit in some tables."""
    page_breaks: dict[int, Collection[int]] = {}
    number_breaks: dict[int, Collection[int]] = {}
    for table in document.tables:
        count = len(table.rows)
        page_break: bool = draw(st.booleans())
        if count > 2 and page_break:
            page_breaks[table.number] = {draw(st.integers(1, count - 1))}
        number_break: bool = draw(st.booleans())
        if count and number_break:
            number_breaks[table.number] = {draw(st.integers(0, count - 1))}
    return render_document_flat(
        document,
        name_width=draw(st.sampled_from([None, 8, 14])),
        header_width=draw(st.sampled_from([None, 1, 5])),
        page_breaks=page_breaks,
        number_breaks=number_breaks,
    )
