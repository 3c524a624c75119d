"""A header label's last characters read into the first body row.

A long header label wraps inside its merged cell; where its last line hangs below the
cell's bottom rule (xian-10 p42, 表14: ``对附属单位上缴收`` / ``入``, the 入 from 747.5 to
755 pt, the rule at 749 pt) the PDF reader places that line by its middle, in the first
body row: the row's cell under the label reads ``入0.00``, no amount. The characters are
the label's, the amount the cell's: the cell is read as the amount, with an ``info``
finding naming what was set aside (the label itself is matched by similarity,
:func:`~xjbudget.tables.header.map_columns`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex

from ..model import Finding
from ..sources.lines import SourceLine
from .cells import RawRow
from .header import HeaderCell

__all__ = ["label_overhang"]

# One to four Han characters (a wrapped label's last line), then an amount.
_OVERHANG = regex.compile(r"^(\p{Han}{1,4})\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$")


def label_overhang(
    rows: Sequence[RawRow],
    firsts: Collection[SourceLine],
    cells: Sequence[HeaderCell],
    start: int,
    table: int,
) -> tuple[list[RawRow], list[Finding]]:
    """The rows with the cells of a page's first body row (its line in ``firsts``; at or
    right of ``start``, under a labelled column) that print a label's tail before an
    amount read as the amount."""
    labelled = {c.index for c in cells if c.leaf}
    out: list[RawRow] = []
    found: list[Finding] = []
    for raw in rows:
        texts = list(raw.cells)
        for index in range(start, len(texts)) if raw.line in firsts else ():
            match = _OVERHANG.match(texts[index].strip())
            if match is None or index not in labelled:
                continue
            texts[index] = match.group(2)
            found.append(
                Finding(
                    "parse.cell.label_overhang",
                    "info",
                    f"cell {index + 1} prints {match.group(1)!r} before its amount: the end"
                    " of the header label above it, hung into the row",
                    f"第{index + 1}列金额前的“{match.group(1)}”为其上表头标签的末尾，已移出",
                    location=raw.line.location,
                    table=table,
                )
            )
        out.append(RawRow(tuple(texts), raw.line) if texts != list(raw.cells) else raw)
    return out, found
