"""Tables without ruling lines ("stream" tables), recovered from how words line up.

A run of text lines, at table spacing, where several lines break into segments at wide
gaps is a table. Its columns are the x-ranges the segments occupy; a segment that
reaches over two segments of another line (a merged header, a long text in a merged
cell) does not define columns and goes to the first column it covers. Lines closer
together than the spacing between rows, in the same type size, are the wrapped lines of
one row (a note in smaller type under the last row is not). An amount set less than a
segment gap before the next column's text (``98,880.78 一、一般公共服务支出``, a right-aligned
amount and a left-aligned label) is two cells.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from .pdf_layout import Box, Segment, TextLine, Word, join_wrapped

__all__ = ["StreamTable", "find_stream_tables"]

# Lines of one table are at most this many ems apart (bottom of one to top of the next).
_ROW_GAP_EM = 2.0
# Wrapped lines of one cell are closer than this many ems.
_WRAP_GAP_EM = 0.5
_MIN_MULTI_LINES = 3
_MIN_COLUMNS = 3
# Type sizes differing by more than this share are not one cell's wrapped lines.
_SIZE_TOLERANCE = 0.05
# An amount as tables print it: thousands separators or decimals (a bare integer may be
# a year or a code, part of a label).
_AMOUNT = regex.compile(r"^-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)$")


@frozen
class StreamTable:
    """An unruled table: ``rows`` of cell texts, with the lines each row came from."""

    bbox: Box
    rows: tuple[tuple[str, ...], ...]
    row_boxes: tuple[Box, ...]
    lines: tuple[int, ...]  # indices into the page's text lines that the table consumed


def find_stream_tables(lines: Sequence[TextLine]) -> list[StreamTable]:
    """Find the unruled tables among a page's text lines (sorted top to bottom)."""
    tables: list[StreamTable] = []
    for start, end in _runs(lines):
        table = _table(lines, start, end)
        if table is not None:
            tables.append(table)
    return tables


def _runs(lines: Sequence[TextLine]) -> list[tuple[int, int]]:
    """Maximal runs ``[start, end)`` of lines at table spacing, trimmed to multi-segment
    lines at both ends."""
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines):
            em = min(lines[i - 1].size, lines[i].size)
            if lines[i].top - lines[i - 1].bottom <= _ROW_GAP_EM * em:
                continue
        first, last = start, i - 1
        while first <= last and len(lines[first].segments) < 2:
            first += 1
        while last >= first and len(lines[last].segments) < 2:
            last -= 1
        # A wrapped last row ends on a line of its own.
        while last + 1 < i and _wraps(lines[last], lines[last + 1]):
            last += 1
        if first <= last:
            multi = sum(1 for k in range(first, last + 1) if len(lines[k].segments) >= 2)
            if multi >= _MIN_MULTI_LINES:
                runs.append((first, last + 1))
        start = i
    return runs


def _wraps(previous: TextLine, line: TextLine) -> bool:
    """Whether ``line`` continues the row of ``previous``: closer than row spacing, in
    the same type size."""
    em = min(previous.size, line.size)
    if line.top - previous.bottom >= _WRAP_GAP_EM * em:
        return False
    return abs(previous.size - line.size) <= _SIZE_TOLERANCE * max(previous.size, line.size)


def _cells_of(segment: Segment) -> list[Segment]:
    """A segment cut where an amount meets text or another amount at a space (an amount
    set close to the next column's label or amount, a label close to the next column's
    amount): no cell holds an amount and something else."""
    words = segment.words
    cuts = [
        k
        for k in range(1, len(words))
        if _AMOUNT.match(words[k - 1][0]) is not None or _AMOUNT.match(words[k][0]) is not None
    ]
    if not cuts:
        return [segment]
    pieces: list[Segment] = []
    for first, end in zip([0, *cuts], [*cuts, len(words)], strict=True):
        pieces.append(_joined(words[first:end]))
    return pieces


def _joined(words: Sequence[Word]) -> Segment:
    return Segment(
        text=" ".join(w[0] for w in words), x0=words[0][1], x1=words[-1][2], words=tuple(words)
    )


def _table(lines: Sequence[TextLine], start: int, end: int) -> StreamTable | None:
    block = list(lines[start:end])
    cells = [[piece for s in line.segments for piece in _cells_of(s)] for line in block]
    columns = _columns(cells)
    if len(columns) < _MIN_COLUMNS:
        return None
    # Rows: a line closer to the previous one than row spacing continues its row.
    groups: list[list[int]] = []
    for k, line in enumerate(block):
        if groups and _wraps(block[groups[-1][-1]], line):
            groups[-1].append(k)
            continue
        groups.append([k])
    rows: list[tuple[str, ...]] = []
    boxes: list[Box] = []
    for group in groups:
        parts: list[list[str]] = [[] for _ in columns]
        for k in group:
            for segment in cells[k]:
                for column, text in _placed(segment, columns):
                    parts[column].append(text)
        rows.append(tuple(join_wrapped(p) for p in parts))
        boxes.append(
            (
                columns[0][0],
                min(block[k].top for k in group),
                columns[-1][1],
                max(block[k].bottom for k in group),
            )
        )
    bbox = (columns[0][0], block[0].top, columns[-1][1], block[-1].bottom)
    return StreamTable(
        bbox=bbox,
        rows=tuple(_labels_over_amounts(rows)),
        row_boxes=tuple(boxes),
        lines=tuple(range(start, end)),
    )


def _labels_over_amounts(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Rows with a header label's column joined to the amounts' column after it.

    A label centred over right-aligned amounts may not overlap them (广州's 表5:
    ``小计`` at 353–373 pt, its amounts at 409–449 pt): two columns, one holding the label
    above the first row with an amount and nothing below it, the next only amounts from
    that row on and nothing beside the label. They are one column.
    """
    first = next(
        (r for r, row in enumerate(rows) if any(_AMOUNT.match(cell) for cell in row)), None
    )
    if not first:
        return rows
    head, body = rows[:first], rows[first:]
    width = len(rows[0])
    keep = list(range(width))
    j = 0
    while j + 1 < len(keep):
        left, right = keep[j], keep[j + 1]
        if (
            any(row[left] for row in head)
            and not any(row[left] and row[right] for row in head)
            and not any(row[left] for row in body)
            and any(row[right] for row in body)
            and all(not row[right] or _AMOUNT.match(row[right]) for row in body)
        ):
            del keep[j + 1]  # the label's column takes the amounts
            rows = [
                (
                    *row[:left],
                    row[left] or row[right],
                    *row[left + 1 : right],
                    "",
                    *row[right + 1 :],
                )
                for row in rows
            ]
            head, body = rows[:first], rows[first:]
        j += 1
    return [tuple(row[k] for k in keep) for row in rows]


def _columns(block: Sequence[Sequence[Segment]]) -> list[tuple[float, float]]:
    """Column x-ranges: the union of the x-ranges of the segments that span nothing.

    Only overlapping ranges are one column: headers set edge to edge (``事业单位经营支出``
    ending 3 pt before ``对附属单位补助支出``) are columns of their own."""
    multi = [line for line in block if len(line) >= 2]
    spanning: set[int] = set()
    for line in block:
        for segment in line:
            for other in multi:
                if other is line:
                    continue
                covered = [s for s in other if s.x0 < segment.x1 - 1 and s.x1 > segment.x0 + 1]
                if len(covered) >= 2:
                    spanning.add(id(segment))
                    break
    ranges = sorted((s.x0, s.x1) for line in block for s in line if id(s) not in spanning)
    if not ranges:
        return []
    merged: list[tuple[float, float]] = [ranges[0]]
    for x0, x1 in ranges[1:]:
        if x0 <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], x1))
        else:
            merged.append((x0, x1))
    return merged


def _placed(segment: Segment, columns: Sequence[tuple[float, float]]) -> list[tuple[int, str]]:
    """Where a segment's text goes: its column; a segment over several columns whose
    words each lie in one column (header labels set closer than a segment gap,
    ``一般公共预 政府性基金 国有资本经``) goes word by word."""
    if len(segment.words) >= 2:
        homes = [
            [i for i, (x0, x1) in enumerate(columns) if w_x0 < x1 and w_x1 > x0]
            for _, w_x0, w_x1 in segment.words
        ]
        if all(len(home) == 1 for home in homes) and len({home[0] for home in homes}) > 1:
            return [(home[0], word[0]) for home, word in zip(homes, segment.words, strict=True)]
    return [(_column_of(segment, columns), segment.text)]


def _column_of(segment: Segment, columns: Sequence[tuple[float, float]]) -> int:
    """The first column the segment overlaps, else the nearest one."""
    for index, (x0, x1) in enumerate(columns):
        if segment.x0 < x1 and segment.x1 > x0:
            return index
    centre = (segment.x0 + segment.x1) / 2
    return min(
        range(len(columns)),
        key=lambda i: min(abs(centre - columns[i][0]), abs(centre - columns[i][1])),
    )
