"""Geometry of one PDF page: glyphs into text lines, ruling lines into cell grids.

Works on what an engine read from a page (:class:`~.pdf_page.Char` s and
:class:`~.pdf_page.Shape` s) and returns plain records. Coordinates are pdfplumber's:
points, ``top`` measured down from the top of the page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import Any

from attrs import frozen

from .pdf_page import Char, Shape

__all__ = [
    "Box",
    "Grid",
    "Segment",
    "TextLine",
    "build_grid",
    "cell_text",
    "find_tables",
    "group_lines",
    "join_wrapped",
    "ruling_edges",
    "text_line",
]

Box = tuple[float, float, float, float]

# A rectangle thinner than this (points) is a drawn rule, not a shaded cell.
_RULE_THICKNESS = 2.0
# A gap wider than this many ems splits a line into segments (cells of an unruled table).
_SEGMENT_GAP_EM = 1.0
# A gap wider than this many ems between two glyphs reads as a space.
_SPACE_GAP_EM = 0.3
# A gap must exceed those widths by more than this (points) to count as wider: glyphs set
# exactly 0.3 em apart (a 16 pt font, 4.8 pt) measure 4.8000000000001 in pdfminer's
# doubles and 4.79999 in pdfium's floats; both are a tie, and a tie is no space.
_TIE = 1e-3


Word = tuple[str, float, float]


@frozen
class Segment:
    """A run of glyphs on one line with no wide gap inside; ``words`` are its
    space-separated words with their extents (``text`` is them joined by spaces)."""

    text: str
    x0: float
    x1: float
    words: tuple[Word, ...] = ()


@frozen
class TextLine:
    """Glyphs sharing a baseline, left to right."""

    text: str
    bbox: Box
    size: float
    bold: bool
    segments: tuple[Segment, ...]

    @property
    def top(self) -> float:
        return self.bbox[1]

    @property
    def bottom(self) -> float:
        return self.bbox[3]


@frozen
class Grid:
    """A ruled table: ``rows`` of cell texts (merged cells: text in the first slot of the
    span, ``""`` in the others) and the vertical extent of each row."""

    bbox: Box
    rows: tuple[tuple[str, ...], ...]
    row_bounds: tuple[tuple[float, float], ...]


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or ch in "“”‘’"
    )


def join_wrapped(parts: Iterable[str]) -> str:
    """Join the lines of one wrapped cell or paragraph.

    A break is not a space in Chinese, nor inside a number (``1,036.5`` / ``3``); only
    a break between two Latin letters is taken for a word space.
    """
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if (
            out
            and out[-1].isascii()
            and out[-1].isalpha()
            and part[0].isascii()
            and part[0].isalpha()
        ):
            out += " "
        out += part
    return out


_X0 = itemgetter(1)  # Char.x0


def _middle(char: Char) -> float:
    return char.top + char.bottom


def group_lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Cluster glyphs into lines by their vertical centres, each sorted left to right."""
    lines: list[list[Char]] = []
    centre = height = 0.0
    for char in sorted(chars, key=_middle):  # stable: ties keep the engine's order
        top, bottom = char.top, char.bottom
        mid = (top + bottom) / 2
        size = (bottom - top) or (char.size or 1.0)
        if lines and abs(mid - centre) <= 0.5 * (size if size > height else height):
            lines[-1].append(char)
            continue
        lines.append([char])
        centre, height = mid, size
    for line in lines:
        line.sort(key=_X0)
    return lines


def _spaced_words(chars: Sequence[Char], em: float) -> list[Word]:
    """The words of a run: glyphs split at space glyphs and at gaps wider than a space,
    each word with the extent of its glyphs."""
    space = _SPACE_GAP_EM * em + _TIE
    words: list[Word] = []
    parts: list[str] = []
    left = right = 0.0

    def close() -> None:
        for token in "".join(parts).split():
            words.append((token, left, right))
        parts.clear()

    for char in chars:
        text = char.text
        if text.isspace():
            close()
            continue
        if parts and char.x0 - right > space:
            close()
        if not parts:
            left = char.x0
        parts.append(text)
        right = char.x1
    close()
    return words


def text_line(chars: Sequence[Char]) -> TextLine:
    """Build a :class:`TextLine` from the glyphs of one line (sorted left to right)."""
    _, x0s, tops, x1s, bottoms, _, sizes, bolds, *_ = zip(*chars, strict=True)
    heights = sorted(
        (bottom - top) or (size or 1.0)
        for top, bottom, size in zip(tops, bottoms, sizes, strict=True)
    )
    half = len(heights) // 2
    em = heights[half] if len(heights) % 2 else (heights[half - 1] + heights[half]) / 2
    split = _SEGMENT_GAP_EM * em + _TIE
    segments: list[Segment] = []
    run: list[Char] = []
    right = 0.0  # the right edge of the run so far, spaces too (glyphs may overlap)
    left = visible = 0.0  # the run's extent without its spaces
    for char in chars:
        if run and char.x0 - right > split:
            segments.append(_segment(run, em, left, visible))
            run = []
        if not char.text.isspace():
            if run:
                left = min(left, char.x0)
                visible = max(visible, char.x1)
                right = max(right, char.x1)
            else:
                left, visible, right = char.x0, char.x1, char.x1
            run.append(char)
        elif run:  # a space inside a run (a run never starts with one)
            right = max(right, char.x1)
            run.append(char)
    if run:
        segments.append(_segment(run, em, left, visible))
    segments = [s for s in segments if s.text]
    return TextLine(
        text=" ".join(s.text for s in segments),
        bbox=(min(x0s), min(tops), max(x1s), max(bottoms)),
        size=em,
        bold=sum(bolds) * 2 > len(chars),
        segments=tuple(segments),
    )


def _segment(run: Sequence[Char], em: float, left: float, right: float) -> Segment:
    words = _spaced_words(run, em)
    return Segment(text=" ".join(word[0] for word in words), x0=left, x1=right, words=tuple(words))


def cell_text(chars: Sequence[Char]) -> str:
    """The text of one table cell: its lines joined as :func:`join_wrapped` says."""
    if not chars:
        return ""
    lines = group_lines(chars)
    return join_wrapped(text_line(line).text for line in lines)


def ruling_edges(shapes: Iterable[Shape]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The visible rules of a page as pdfplumber edges: ``(vertical, horizontal)``.

    Office exporters paint every cell's padding as a white filled rectangle; taken as
    edges (pdfplumber's default) those split each column into three. Only thin dark
    rectangles, stroked rectangle borders and stroked lines are rules.
    """
    vertical: list[dict[str, Any]] = []
    horizontal: list[dict[str, Any]] = []

    def add(x0: float, top: float, x1: float, bottom: float) -> None:
        if x1 - x0 <= bottom - top:
            x = (x0 + x1) / 2
            if bottom - top >= 3:
                vertical.append(_edge(x, top, x, bottom, "v"))
        else:
            y = (top + bottom) / 2
            if x1 - x0 >= 3:
                horizontal.append(_edge(x0, y, x1, y, "h"))

    for line in (s for s in shapes if s.kind == "line"):
        if line.stroked:
            add(line.x0, line.top, line.x1, line.bottom)
    for rect in (s for s in shapes if s.kind == "rect"):
        x0, top, x1, bottom = rect.x0, rect.top, rect.x1, rect.bottom
        thin = min(x1 - x0, bottom - top) <= _RULE_THICKNESS
        if thin and rect.filled:
            add(x0, top, x1, bottom)
        elif rect.stroked:
            add(x0, top, x0, bottom)
            add(x1, top, x1, bottom)
            add(x0, top, x1, top)
            add(x0, bottom, x1, bottom)
    horizontal.extend(_closing_edges(vertical, horizontal))
    return vertical, horizontal


def _closing_edges(
    vertical: list[dict[str, Any]], horizontal: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Rules for the open ends of a table cut by a page break.

    A table continued from the previous page often starts with no top rule (or ends with
    no bottom one): where two or more vertical rules end at the same height and no
    horizontal rule at all runs there, a rule between them is assumed.
    """
    added: list[dict[str, Any]] = []
    joined = _join_collinear(vertical)
    for end in ("top", "bottom"):
        groups: list[list[dict[str, Any]]] = []
        for edge in sorted(joined, key=lambda e: float(e[end])):
            if groups and edge[end] - groups[-1][0][end] <= 2:
                groups[-1].append(edge)
            else:
                groups.append([edge])
        for group in groups:
            if len(group) < 2:
                continue
            y = float(group[0][end])
            x0 = min(float(e["x0"]) for e in group)
            x1 = max(float(e["x0"]) for e in group)
            if x1 - x0 < 3:
                continue
            if any(abs(h["top"] - y) <= 3 and h["x0"] < x1 and h["x1"] > x0 for h in horizontal):
                continue
            added.append(_edge(x0, y, x1, y, "h"))
    return added


def _join_collinear(vertical: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Vertical rules drawn piece by piece (one piece per cell) joined into whole rules."""
    out: list[dict[str, Any]] = []
    for edge in sorted(vertical, key=lambda e: (round(float(e["x0"])), float(e["top"]))):
        last = out[-1] if out else None
        if (
            last is not None
            and abs(last["x0"] - edge["x0"]) <= 1
            and edge["top"] <= last["bottom"] + 2
        ):
            out[-1] = _edge(
                last["x0"], last["top"], last["x0"], max(last["bottom"], edge["bottom"]), "v"
            )
        else:
            out.append(edge)
    return out


def _edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict[str, Any]:
    return {
        "object_type": "rect_edge",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
    }


def build_grid(cells: Sequence[Box], chars: Sequence[Char]) -> tuple[Grid, list[Char]]:
    """Lay the cells of one pdfplumber table on a grid and fill them with text.

    ``cells`` are the table's cell boxes (merged cells are one box spanning several
    slots). Each glyph goes to the cell holding its centre, except a glyph hung across
    a rule from the cell above (:func:`_hung_cell`); glyphs in no cell are returned so
    the page can keep them as text.
    """
    xs = _cluster(sorted({round(c[0], 1) for c in cells} | {round(c[2], 1) for c in cells}))
    ys = _cluster(sorted({round(c[1], 1) for c in cells} | {round(c[3], 1) for c in cells}))
    n_cols, n_rows = len(xs) - 1, len(ys) - 1
    owner: dict[tuple[int, int], int] = {}
    anchors: list[tuple[int, int]] = []
    for index, (x0, top, x1, bottom) in enumerate(cells):
        c0, c1 = _slot(xs, x0), _slot(xs, x1)
        r0, r1 = _slot(ys, top), _slot(ys, bottom)
        anchors.append((r0, c0))
        for r in range(r0, max(r1, r0 + 1)):
            for c in range(c0, max(c1, c0 + 1)):
                owner.setdefault((r, c), index)

    def cell_at(c: int, y: float) -> int | None:
        r = bisect_right(ys, y) - 1
        return owner.get((r, c)) if 0 <= c < n_cols and 0 <= r < n_rows else None

    contents: list[list[Char]] = [[] for _ in cells]
    loose: list[Char] = []
    # Glyphs across a rule between two cells of their column, centred in one of them:
    # (glyph, its cell, the cell above, the cell below).
    crossing: list[tuple[Char, int, int, int]] = []
    for char in chars:
        c = bisect_right(xs, (char.x0 + char.x1) / 2) - 1
        slot = cell_at(c, (char.top + char.bottom) / 2)
        if slot is None:
            loose.append(char)
            continue
        contents[slot].append(char)
        if not char.text.isspace():
            above, below = cell_at(c, char.top + _ACROSS), cell_at(c, char.bottom - _ACROSS)
            if (
                above is not None
                and below is not None
                and above != below
                and slot in (above, below)
            ):
                crossing.append((char, slot, above, below))
    # Decided on the cells as their centres fill them, then moved.
    moves = [
        (char, home, _hung_cell(char, home, above, below, cells, contents))
        for char, home, above, below in crossing
    ]
    for char, home, cell in moves:
        if cell != home:
            contents[home] = [g for g in contents[home] if g is not char]
            contents[cell].append(char)
    table = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    for index, (r, c) in enumerate(anchors):
        if 0 <= r < n_rows and 0 <= c < n_cols:
            text = cell_text(contents[index])
            table[r][c] = join_wrapped([table[r][c], text]) if table[r][c] else text
    rows = tuple(tuple(row) for row in table)
    bounds = tuple((ys[r], ys[r + 1]) for r in range(n_rows))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    return Grid(bbox=bbox, rows=rows, row_bounds=bounds), loose


# A glyph's box must reach this far (points) past a rule to cross it.
_ACROSS = 0.3
# Two glyphs whose centres are within this share of the taller one's height are on one
# line; boxes overlapping by more than this share of the shorter one's are in each other's way.
_ONE_LINE = 0.25
_IN_THE_WAY = 0.2
# A glyph must rise this share of its height above a rule to hang across it; less is the
# slack of a font's box, not the glyph's place.
_HANG = 0.1


def _hung_cell(
    char: Char,
    home: int,
    above: int,
    below: int,
    cells: Sequence[Box],
    contents: Sequence[Sequence[Char]],
) -> int:
    """The cell a glyph crossing the rule between cells ``above`` and ``below`` belongs
    to; ``home`` is the one holding its centre.

    By its centre, a glyph belongs to the side holding its larger part. That fails for a
    line of wrapped text that ran out of its cell at the bottom: its tail hangs below
    the cell's bottom rule, mostly in the row below (西安's 表3, xian-08 p31: the
    ``费`` of ``机关事业单位基本养老保险缴费`` from 229.4 to 237.3 pt, the rule at
    230.6; 西安's 收入总表, xian-10 p42: the ``入`` of ``对附属单位上缴收入`` from
    747.5 to 755.0, the rule at 749.1). A larger part is no evidence: how far a line
    hangs out is how much its cell's text was too tall. Two facts of how cells are set
    decide instead:

    - two lines of one cell never overlap: a glyph whose box lies across a line of the
      cell holding its centre (``费`` over ``职业年金缴费``) is not that cell's;
    - text that fits its cell is set inside it, and the lines of one cell are set at
      one pitch, closer than the lines of two cells (each cell's padding lies between
      those): a glyph rising above the top rule of a cell whose text (the glyph with
      it) is no taller than the cell and goes on below it, is the overflow of the cell
      above if it lies under that cell's last line at that cell's own line gap (``入``
      2.0 pt under ``缴收``, the lines above it 2.0-2.5 pt apart; with one line above,
      nearer it than its own cell's next line), and if that cell's text with it is
      taller than that cell (the reason it ran out).

    Either moves the glyph to the other cell if it lies across none of that cell's
    lines. These keep the cell of their centre: a line of a block too tall for its cell
    set centred across both its rules (上海's ``三、国有资本经营预`` / ``算``, over its
    cell's top rule by 1.1 pt); the first line of a block that fits, set a little high
    with the rest of it (西安's 绩效目标表, xian-04 p38: 1.8 pt over its top rule, 6.1
    pt under the line above, 1.5 pt over its own next line); a cell's only line; and a
    line merely touching a rule (less than a tenth of its height past it: a font's box
    is taller than its ink).
    """
    other = above if home == below else below
    mine = contents[home]
    astray = _in_the_way(char, mine) or (
        home == below and _hangs_from(char, cells[above], contents[above], cells[below], mine)
    )
    return other if astray and not _in_the_way(char, contents[other]) else home


def _one_line(a: Char, b: Char) -> bool:
    tall = max(a.bottom - a.top, b.bottom - b.top)
    return abs(a.top + a.bottom - b.top - b.bottom) / 2 <= _ONE_LINE * tall


def _in_the_way(char: Char, glyphs: Sequence[Char]) -> bool:
    """Whether a glyph of ``glyphs`` on another line than ``char`` overlaps it."""
    height = char.bottom - char.top
    for glyph in glyphs:
        if glyph is char or glyph.text.isspace() or _one_line(char, glyph):
            continue
        overlap = min(char.bottom, glyph.bottom) - max(char.top, glyph.top)
        if overlap > _IN_THE_WAY * min(height, glyph.bottom - glyph.top):
            return True
    return False


def _hangs_from(
    char: Char, upper: Box, over: Sequence[Char], lower: Box, under: Sequence[Char]
) -> bool:
    """Whether ``char``, centred in the ``lower`` cell (its glyphs ``under``), hangs
    there from the ``upper`` one (its glyphs ``over``); see :func:`_hung_cell`."""
    height = char.bottom - char.top
    if lower[1] - char.top < _HANG * height:
        return False
    ink = [g for g in under if not g.text.isspace()]
    below = [g.top for g in ink if g.top > char.top and not _one_line(char, g)]
    lines = [_extent_of(line) for line in group_lines([g for g in over if not g.text.isspace()])]
    if not below or not lines:
        return False  # the cell's only line is its own, set high; or nothing hangs there
    gap = char.top - lines[-1][1]
    if len(lines) > 1:
        # One cell's lines are set at one pitch; the padding of two cells is wider.
        if gap > lines[-1][0] - lines[-2][1] + _HANG * height:
            return False
    elif gap >= min(below) - char.bottom:
        return False  # nearer its own cell's next line
    if _extent(ink) > lower[3] - lower[1]:
        return False  # a block too tall for its cell runs out of it on either side
    return _extent([*over, char]) > upper[3] - upper[1]


def _extent_of(glyphs: Sequence[Char]) -> tuple[float, float]:
    return min(g.top for g in glyphs), max(g.bottom for g in glyphs)


def _extent(glyphs: Sequence[Char]) -> float:
    """The height the visible ``glyphs`` span, top of the highest to bottom of the lowest."""
    ink = [g for g in glyphs if not g.text.isspace()]
    return max(g.bottom for g in ink) - min(g.top for g in ink) if ink else 0.0


def _cluster(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for value in values:
        if out and value - out[-1] <= tolerance:
            continue
        out.append(value)
    return out


def _slot(bounds: list[float], value: float) -> int:
    """Index of the grid line nearest ``value`` (the lower one on a tie)."""
    position = bisect_right(bounds, value)
    if position == 0:
        return 0
    if position == len(bounds):
        return position - 1
    return position - 1 if value - bounds[position - 1] <= bounds[position] - value else position


def find_tables(
    vertical: list[dict[str, Any]], horizontal: list[dict[str, Any]]
) -> list[list[Box]]:
    """The tables the rules form, each a list of cell boxes (merged cells are one box).

    pdfplumber's table finder with the ``explicit`` strategy on these rules and its
    default tolerances, run on the rules alone: it needs no pdfplumber page, so every
    engine shares it. Its cell search is :func:`_cells` (the same cells, faster).
    """
    from pdfplumber.table import (
        TableSettings,
        cells_to_tables,
        edges_to_intersections,
        merge_edges,
    )
    from pdfplumber.utils.geometry import filter_edges

    settings = TableSettings.resolve(
        {
            "vertical_strategy": "explicit",
            "horizontal_strategy": "explicit",
            "explicit_vertical_lines": vertical,
            "explicit_horizontal_lines": horizontal,
        }
    )
    edges = merge_edges(
        [*vertical, *horizontal],
        snap_x_tolerance=settings.snap_x_tolerance,
        snap_y_tolerance=settings.snap_y_tolerance,
        join_x_tolerance=settings.join_x_tolerance,
        join_y_tolerance=settings.join_y_tolerance,
    )
    edges = filter_edges(edges, min_length=settings.edge_min_length)
    intersections = edges_to_intersections(
        edges, settings.intersection_x_tolerance, settings.intersection_y_tolerance
    )
    return [list(cells) for cells in cells_to_tables(_cells(intersections))]


Point = tuple[float, float]


def _cells(intersections: dict[Point, dict[str, list[dict[str, Any]]]]) -> list[Box]:
    """pdfplumber's ``intersections_to_cells``, result for result: from each intersection
    (in ``(x, top)`` order) the smallest cell whose corners are intersections joined by
    edges. pdfplumber rebuilds each point's set of edge boxes at every comparison (a
    quarter of the layout's time on a ruled page); here they are built once.
    """
    vertical: dict[Point, set[Box]] = {}
    horizontal: dict[Point, set[Box]] = {}
    for point, edges in intersections.items():
        vertical[point] = {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges["v"]}
        horizontal[point] = {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges["h"]}

    def connects(p1: Point, p2: Point) -> bool:
        if p1[0] == p2[0] and not vertical[p1].isdisjoint(vertical[p2]):
            return True
        return p1[1] == p2[1] and not horizontal[p1].isdisjoint(horizontal[p2])

    points = sorted(intersections)
    # The points after each one in (x, top) order that share its x (below it) or its top
    # (right of it), in that order.
    below: dict[Point, list[Point]] = {}
    right: dict[Point, list[Point]] = {}
    same_x: dict[float, list[Point]] = {}
    same_top: dict[float, list[Point]] = {}
    for point in reversed(points):
        column = same_x.setdefault(point[0], [])
        row = same_top.setdefault(point[1], [])
        below[point] = column[::-1]
        right[point] = row[::-1]
        column.append(point)
        row.append(point)
    cells: list[Box] = []
    for point in points:
        cell = _smallest_cell(point, below[point], right[point], intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(
    point: Point,
    below: list[Point],
    right: list[Point],
    intersections: dict[Point, Any],
    connects: Callable[[Point, Point], bool],
) -> Box | None:
    for below_point in below:
        if not connects(point, below_point):
            continue
        for right_point in right:
            if not connects(point, right_point):
                continue
            corner = (right_point[0], below_point[1])
            if (
                corner in intersections
                and connects(corner, right_point)
                and connects(corner, below_point)
            ):
                return (point[0], point[1], corner[0], corner[1])
    return None
