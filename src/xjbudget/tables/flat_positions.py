"""Which column a tied amount is in, from where the text prints it.

Two common converters keep the horizontal position of every word: ``pdftotext
-layout`` and pdfplumber's ``extract_text(layout=True)`` stand for distance with runs of
spaces. In their text the column of an amount is printed: it stands under its column's
number in the numbering row (``※ ※ ※ 1 2 3 …``) as far from the row's other amounts as
those numbers are from each other. Where the arithmetic leaves a row's amounts several
placements (表7's project row printing its total and one of ten economic columns), the
placement whose amounts stand where their columns' numbers stand is the one printed.

The reference is the numbering row, not the header's labels: its digits carry no
Chinese, so its offsets are the page's (``pdftotext -layout`` and pdfplumber count a
Chinese glyph as one character though it is twice as wide, so a label's offset drifts
against the digits'); and an amount's offset is measured from the row's other amounts on
the same line, never from the line's start (the text's lines come stripped, and a name
before the amounts holds Chinese). Text is read as keeping positions only when its
numbering row stands its numbers apart by runs of spaces; a converter that prints one
space between words (``pdftotext -raw``, pdfplumber without layout, pypdfium2, text
copied from a viewer) gives no numbering row here, so nothing is decided by position.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import regex

from ..sources.lines import SourceLine
from .assign import Candidate

__all__ = ["Positions", "by_position", "numbering_positions"]

#: Twice the centre of each column's number in the numbering row (in characters of its
#: line), for the lines under that row, by ``id`` of the line.
Positions = Mapping[int, tuple[int, ...]]

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


def numbering_positions(lines: Sequence[SourceLine], width: int) -> dict[int, tuple[int, ...]]:
    """The numbering row's centres (``width`` columns) for each line under it, by ``id``
    of the line (a table over pages numbers its columns again on each page: each line
    takes the last numbering row above it). Empty when the text keeps no positions."""
    found: dict[int, tuple[int, ...]] = {}
    current: tuple[int, ...] | None = None
    for line in lines:
        centres = _numbering_centres(line.text, width)
        if centres is not None:
            current = centres
        elif current is not None:
            found[id(line)] = current
    return found


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
    column's number. A placement fits when each amount is within ``_FIT`` of its
    column's number; it is chosen when it alone fits and every other placement puts an
    amount ``_MARGIN`` further off. Only amounts that surely stand at their places are
    measured (:func:`_placed`): one the choices put in different columns that may have
    been pushed off its place leaves the row undecided.
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
    shift = centres[anchor] - reference[columns[0][anchor]]
    measured = [k for k in range(len(centres)) if placed[k]]
    misfits = [max(abs(centres[k] - shift - reference[cs[k]]) for k in measured) for cs in columns]
    best = min(misfits)
    if best > _FIT or sum(1 for m in misfits if m < best + _MARGIN) != 1:
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
