"""Which column a tied amount is in, from where the text prints it.

Two common converters keep the horizontal position of every word: ``pdftotext
-layout`` and pdfplumber's ``extract_text(layout=True)`` stand for distance with runs of
spaces. In their text the column of an amount is printed: it stands under its column's
number in the numbering row (``※ ※ ※ 1 2 3 …``) as far from the row's other amounts as
those numbers are from each other. Where the arithmetic leaves a row's amounts several
placements (表7's project row printing its total and one of ten economic columns), the
placement whose amounts stand where their columns' numbers stand is the one printed.

The reference is the numbering row where one is printed: its digits carry no Chinese,
so its offsets are the page's (``pdftotext -layout`` and pdfplumber count a Chinese
glyph as one character though it is twice as wide, and push a word right when the words
before it ran past its place, so a label's offset drifts against the digits'); and an
amount's offset is measured from the row's other amounts on the same line, never from
the line's start (a name before the amounts holds Chinese). Text is read as keeping
positions only when its numbering row stands its numbers apart by runs of spaces; a
converter that prints one space between words (``pdftotext -raw``, pdfplumber without
layout, pypdfium2, text copied from a viewer) gives no numbering row here, so nothing is
decided by position.

A template that prints no numbering row (003's) leaves the header's labels: the words of
the header lines, those that overlap on the page one column's label wrapped over lines
(``商品和服务支`` / ``出``), the rightmost groups the value columns'. Their centres drift
against the amounts' by up to 4 characters over a wide table (measured on 003 and on
generated documents printed without numbering rows), so a placement is taken from them
only when it fits within that and every other placement misses by 4 characters more.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import regex
from attrs import frozen

from ..sources.lines import SourceLine
from ..structure import is_preparer_line, is_unit_line
from .assign import Candidate
from .flat_rows import is_data_line

__all__ = [
    "Positions",
    "Reference",
    "by_position",
    "column_positions",
    "label_positions",
    "numbering_positions",
]


@frozen
class Reference:
    """Where a table's value columns stand on the lines under their header: twice the
    centre of each (in characters of the line that prints them), and how close an
    amount must stand to its column (``fit``) and how much further every other placement
    must put one (``margin``) to decide, both in twice characters."""

    centres: tuple[int, ...]
    fit: int
    margin: int


#: The reference for each line of a table, by ``id`` of the line.
Positions = Mapping[int, Reference]

_TOKEN = regex.compile(r"\S+")
# The numbers of a numbering row stand at least this many characters apart (runs of
# spaces: text that keeps positions), never one space as in text that does not.
_GAP = 2
# A placement fits when each amount stands within this of its column's number (twice
# the characters: 2 characters), and is decided when every other placement puts an
# amount at least _MARGIN further off (3 characters). Measured on 20 generated
# documents through pdftotext -layout and pdfplumber's layout text, an amount's centre
# laid over the numbering row by its row's total: the column printed within 2
# characters of its number's centre, the next column 5 or more characters away.
_FIT = 4
_MARGIN = 6
# The same from the header's labels (see the module doc): 4 characters, 4 more.
_LABEL_FIT = 8
_LABEL_MARGIN = 8


def _numbering_centres(text: str, width: int) -> tuple[int, ...] | None:
    """Twice the centre of each of the numbers ``1 … width`` of a numbering row that
    keeps positions (its numbers in order, each at least ``_GAP`` characters from the
    one before), else ``None``. ``※`` marks before the numbers are passed over."""
    spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    numbers = [(start, end) for start, end, token in spans if token != "※"]
    tokens = [token for _, _, token in spans if token != "※"]
    if width < 2 or tokens != [str(n) for n in range(1, width + 1)]:
        return None
    if any(start - end < _GAP for (_, end), (start, _) in itertools.pairwise(numbers)):
        return None
    return tuple(start + end for start, end in numbers)


def numbering_positions(lines: Sequence[SourceLine], width: int) -> dict[int, Reference]:
    """The numbering row's centres (``width`` columns) for each line under it, by ``id``
    of the line (a table over pages numbers its columns again on each page: each line
    takes the last numbering row above it). Empty when the text keeps no positions."""
    found: dict[int, Reference] = {}
    current: Reference | None = None
    for line in lines:
        centres = _numbering_centres(line.text, width)
        if centres is not None:
            current = Reference(centres, _FIT, _MARGIN)
        elif current is not None:
            found[id(line)] = current
    return found


def label_positions(lines: Sequence[SourceLine], width: int) -> dict[int, Reference]:
    """The centres of the header's ``width`` rightmost labels for each line under that
    header, by ``id`` of the line. A header is the lines from a page's ``编制部门`` line
    to the first line with a code or an amount; each page that repeats it is measured
    again. Empty when the text keeps no positions (no header line stands two words
    apart by a run of spaces)."""
    found: dict[int, Reference] = {}
    current: Reference | None = None
    header: list[SourceLine] | None = None
    for line in lines:
        if is_preparer_line(line.text):
            header, current = [], None
            continue
        if header is not None:
            if not is_data_line(line.text):
                if not is_unit_line(line.text):  # (``单位：万元``) no column's label
                    header.append(line)
                continue
            centres = _label_centres(header, width)
            current = Reference(centres, _LABEL_FIT, _LABEL_MARGIN) if centres else None
            header = None
        if current is not None:
            found[id(line)] = current
    return found


def _label_centres(header: Sequence[SourceLine], width: int) -> tuple[int, ...] | None:
    """Twice the centre of each of the ``width`` rightmost labels of ``header`` (the
    spans of its words from where its lines begin, merged where they overlap), or
    ``None`` when no line of it keeps positions or it prints no more than ``width``
    labels (nothing left of the values: not a header read whole)."""
    spans = [
        [(line.indent + m.start(), line.indent + m.end()) for m in _TOKEN.finditer(line.text)]
        for line in header
    ]
    if not any(b[0] - a[1] >= _GAP for line in spans for a, b in itertools.pairwise(line)):
        return None
    labels: list[list[int]] = []
    for start, end in sorted(span for line in spans for span in line):
        if labels and start < labels[-1][1]:
            labels[-1][1] = max(labels[-1][1], end)
        else:
            labels.append([start, end])
    if len(labels) <= width:
        return None
    return tuple(start + end for start, end in labels[-width:])


def column_positions(lines: Sequence[SourceLine], width: int) -> dict[int, Reference]:
    """Where the ``width`` value columns stand for each line of a table: under its
    numbering row where one is printed, else under its header's labels."""
    return {**label_positions(lines, width), **numbering_positions(lines, width)}


def by_position(
    choices: Sequence[Candidate],
    places: Sequence[tuple[SourceLine, int] | None],
    positions: Positions,
) -> Candidate | None:
    """The one placement among ``choices`` (a row's equally good ones) whose amounts
    stand where their columns' numbers stand, or ``None`` when the evidence is not clear.

    ``places``: each amount's line and twice its centre on it. The amounts must all be
    on one line under a numbering row, and one of them (the anchor: the total, mostly)
    in the same column in every choice: a line's own start is not known, so the numbers
    are laid over the line by the anchor, and every other amount is measured from its
    column's number. A placement fits when each amount is within the reference's
    ``fit`` of its column's number; it is chosen when it alone fits and every other
    placement puts an amount ``margin`` further off. Only amounts that surely stand at
    their places are measured (:func:`_placed`): one the choices put in different
    columns that may have been pushed off its place leaves the row undecided.
    """
    if len(places) < 2 or len(choices) < 2 or any(p is None for p in places):
        return None
    lines = {id(p[0]) for p in places if p is not None}
    reference = positions.get(lines.pop()) if len(lines) == 1 else None
    if reference is None or places[0] is None:
        return None
    centres = [p[1] for p in places if p is not None]
    placed = _placed(places[0][0].text, centres)
    columns = [[j for j, value in enumerate(c.values) if value is not None] for c in choices]
    if placed is None or any(len(cs) != len(centres) for cs in columns):
        return None
    agreed = [len({cs[k] for cs in columns}) == 1 for k in range(len(centres))]
    if any(not ok and not same for ok, same in zip(placed, agreed, strict=True)):
        return None  # an amount the choices differ on may stand off its place
    anchor = next((k for k in range(len(centres)) if agreed[k] and placed[k]), None)
    if anchor is None:
        return None
    shift = centres[anchor] - reference.centres[columns[0][anchor]]
    measured = [k for k in range(len(centres)) if placed[k]]
    misfits = [
        max(abs(centres[k] - shift - reference.centres[cs[k]]) for k in measured) for cs in columns
    ]
    best = min(misfits)
    if best > reference.fit or sum(1 for m in misfits if m < best + reference.margin) != 1:
        return None
    return choices[misfits.index(best)]


def _placed(text: str, centres: Sequence[int]) -> list[bool] | None:
    """For each amount centred at ``centres`` on ``text``, whether it surely stands at
    its place: at least ``_GAP`` characters after the word before it. A converter that
    keeps positions prints a word where the page does unless the words before it already
    ran past that place — then one space after them (pdfplumber's layout text of wide
    amounts in narrow columns: ``1351.08 1069.03 59.85``), so a word one space after
    another may have been pushed off its place. ``None`` when an amount is not found."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    gaps = {
        start + end: start - (spans[i - 1][1] if i else -_GAP)
        for i, (start, end) in enumerate(spans)
    }
    if any(c not in gaps for c in centres):
        return None
    return [gaps[c] >= _GAP for c in centres]
