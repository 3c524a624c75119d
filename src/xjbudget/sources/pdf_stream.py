"""Tables without ruling lines ("stream" tables), recovered from how words line up.

A run of text lines, at table spacing, where several lines break into segments at wide
gaps is a table. Its columns are the x-ranges the segments occupy; a segment that
reaches over two segments of another line (a merged header, a long text in a merged
cell) does not define columns and goes to the first column it covers. Lines closer
together than the spacing between rows are the wrapped lines of one row.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from attrs import frozen

from .pdf_layout import Box, Segment, TextLine, join_wrapped

__all__ = ["StreamTable", "find_stream_tables"]

# Lines of one table are at most this many ems apart (bottom of one to top of the next).
_ROW_GAP_EM = 2.0
# Wrapped lines of one cell are closer than this many ems.
_WRAP_GAP_EM = 0.5
_MIN_MULTI_LINES = 3
_MIN_COLUMNS = 3


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
        while last + 1 < i and lines[last + 1].top - lines[last].bottom < _WRAP_GAP_EM * min(
            lines[last].size, lines[last + 1].size
        ):
            last += 1
        if first <= last:
            multi = sum(1 for k in range(first, last + 1) if len(lines[k].segments) >= 2)
            if multi >= _MIN_MULTI_LINES:
                runs.append((first, last + 1))
        start = i
    return runs


def _table(lines: Sequence[TextLine], start: int, end: int) -> StreamTable | None:
    block = list(lines[start:end])
    columns = _columns(block)
    if len(columns) < _MIN_COLUMNS:
        return None
    # Rows: a line closer to the previous one than row spacing continues its row.
    groups: list[list[int]] = []
    for k, line in enumerate(block):
        if groups:
            previous = block[groups[-1][-1]]
            em = min(previous.size, line.size)
            if line.top - previous.bottom < _WRAP_GAP_EM * em:
                groups[-1].append(k)
                continue
        groups.append([k])
    rows: list[tuple[str, ...]] = []
    boxes: list[Box] = []
    for group in groups:
        parts: list[list[str]] = [[] for _ in columns]
        for k in group:
            for segment in block[k].segments:
                parts[_column_of(segment, columns)].append(segment.text)
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
        rows=tuple(rows),
        row_boxes=tuple(boxes),
        lines=tuple(range(start, end)),
    )


def _columns(block: Sequence[TextLine]) -> list[tuple[float, float]]:
    """Column x-ranges: the union of the x-ranges of the segments that span nothing."""
    multi = [line for line in block if len(line.segments) >= 2]
    spanning: set[int] = set()
    for line in block:
        for segment in line.segments:
            for other in multi:
                if other is line:
                    continue
                covered = [
                    s for s in other.segments if s.x0 < segment.x1 - 1 and s.x1 > segment.x0 + 1
                ]
                if len(covered) >= 2:
                    spanning.add(id(segment))
                    break
    ranges = sorted((s.x0, s.x1) for line in block for s in line.segments if id(s) not in spanning)
    if not ranges:
        return []
    gap = 0.3 * median(line.size for line in block)
    merged: list[tuple[float, float]] = [ranges[0]]
    for x0, x1 in ranges[1:]:
        if x0 <= merged[-1][1] + gap:
            merged[-1] = (merged[-1][0], max(merged[-1][1], x1))
        else:
            merged.append((x0, x1))
    return merged


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
