"""Render standard tables and whole documents to the flattened text form, as PDF-to-text
converters make it (``001``'s layout).

What the converters do, and so what this renderer does:

- cells are separated by single spaces and EMPTY CELLS ARE DROPPED (nothing says which
  column a value was in);
- a row name longer than ``width`` characters is wrapped: the code cells on one line,
  the name in pieces of ``width`` characters on the next lines, the amounts after;
- header cells are broken ``header_width`` characters a line (``1``: one character a
  line, ``None``: each header row on one line);
- a page break inside a table repeats the 编制部门/单位 line (indented by a space, as
  the converter leaves it) and the header;
- an amount can be broken across lines: ``1036.5`` then ``3``.

Parsing this form back is the flattened-text reader's job; the renderer only makes it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex

from ..model import Document, Table
from .document import document_lines, table_heading, wrap
from .layout import Grid, table_grid

__all__ = ["render_document_flat", "render_table_flat"]

_AMOUNT = regex.compile(r"^-?[\d,]+\.\d+$")
_CODE_CELL = regex.compile(r"^\d{2,3}$")


def render_table_flat(
    table: Table,
    *,
    preparer: str = "某某局",
    unit: str = "万元",
    width: int | None = 14,
    header_width: int | None = 5,
    page_breaks: Collection[int] = (),
    number_breaks: Collection[int] = (),
    grouped: bool = False,
    spaced: bool = True,
) -> list[str]:
    """The lines of ``table`` in the flattened form.

    ``width`` wraps long row names (``None``: never), ``header_width`` breaks header
    cells (``1``: one character a line; ``None``: a header row on one line),
    ``page_breaks`` are body row indices before which the page breaks, ``number_breaks``
    body row indices whose last amount is broken before its last digit, ``grouped``
    prints thousands separators, ``spaced`` puts a blank line after each row (as the
    converter of ``001`` does). A table printed empty shows its header and then its
    ``empty_statement``.
    """
    grid = table_grid(table, grouped=grouped)
    after = [""] if spaced else []
    block = [
        f"编制部门：{preparer} 单位：{unit}",
        *after,
        *_header_lines(grid, header_width),
        *after,
    ]
    lines = [*table_heading(table), *block]
    for index, cells in enumerate(grid.body):
        if index in page_breaks:
            lines += [" " + block[0], *block[1:]]
        row = _row_lines(cells, width, break_number=index in number_breaks)
        if row:
            lines += [*row, *after]
    if table.empty_statement and table.is_empty:
        lines += ["", *wrap(table.empty_statement, width and max(width, 30)), ""]
    return lines


def _header_lines(grid: Grid, header_width: int | None) -> list[str]:
    lines: list[str] = []
    *labels, numbering = grid.header if grid.header[-1][0] == "※" else (*grid.header, ())
    for row in labels:
        cells = [c for c in row if c]
        if header_width is None:
            lines.append(" ".join(cells))
            continue
        for cell in cells:
            lines += wrap(cell, header_width)
    if numbering:
        lines.append(" ".join(numbering))
    return lines


def _row_lines(cells: Sequence[str], width: int | None, *, break_number: bool) -> list[str]:
    filled = [c for c in cells if c]
    if not filled:
        return []
    codes: list[str] = []
    while filled and _CODE_CELL.match(filled[0]) and len(codes) < 3:
        codes.append(filled.pop(0))
    name_end = next((i for i, c in enumerate(filled) if _AMOUNT.match(c)), len(filled))
    names, rest = filled[:name_end], filled[name_end:]
    name = " ".join(names)
    if width is not None and len(names) == 1 and len(name) > width:
        lines = [" ".join(codes)] if codes else []
        lines += wrap(name, width)
        if rest:
            lines.append(" ".join(rest))
    else:
        lines = [" ".join([*codes, *names, *rest])]
    last = lines[-1]
    if break_number and rest and _AMOUNT.match(rest[-1]) and len(rest[-1]) > 1:
        lines[-1:] = [last[:-1], last[-1]]
    return lines


def render_document_flat(
    document: Document,
    *,
    width: int | None = 30,
    name_width: int | None = 14,
    header_width: int | None = 5,
    page_breaks: dict[int, Collection[int]] | None = None,
    number_breaks: dict[int, Collection[int]] | None = None,
    grouped: bool = False,
    cover: bool = False,
) -> str:
    """The whole ``document`` in the flattened form: the parts (a cover only when
    ``cover``, ``001`` has none), narrative text cut at ``width`` characters, every table
    rendered by :func:`render_table_flat` with ``name_width`` and ``header_width``;
    ``page_breaks`` and ``number_breaks`` map a table number to body row indices."""
    breaks = page_breaks or {}
    numbers = number_breaks or {}
    preparer = document.meta.department or "某某局"

    def table_lines(table: Table) -> list[str]:
        return render_table_flat(
            table,
            preparer=table.preparer or preparer,
            unit=table.unit or "万元",
            width=name_width,
            header_width=header_width,
            page_breaks=breaks.get(table.number, ()),
            number_breaks=numbers.get(table.number, ()),
            grouped=grouped,
        )

    return "\n".join(document_lines(document, table_lines, width=width, cover=cover)) + "\n"
