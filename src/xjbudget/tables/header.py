"""Reading a table's header rows against its declaration.

Column order and count differ between documents, so value columns are found by their
printed labels, not by position: each column's *leaf* label (the deepest label printed
in that column) is matched against the declared variants, and where a leaf is
ambiguous (表11 prints 合计/人员经费 under both 财政拨款 and 非财政拨款) by the group
labels printed above it. Garbled labels (``国有本营算预算``) are matched by similarity.

Two readings hold for any template. A 小计/合计 leaf directly under a group label that
matches a declared column is that column (基本支出 › 小计 is ``basic``); its sibling
leaves (人员经费, 公用经费) are sub-columns, matched only where the table declares them.
And a 总计/合计 left unmatched directly before the first matched value column is the
table's ``total`` (Chongqing prints 总计 where the declaration says 合计).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import regex
from attrs import frozen

from ..catalog import ColumnDef
from ..settings import DEFAULT_SETTINGS, Settings
from ..sources.lines import SourceLine
from ..text import label_key

__all__ = [
    "HeaderCell",
    "HeaderMap",
    "labels_above",
    "map_columns",
    "read_header",
    "repeats_header",
    "with_group_labels",
]


@frozen
class HeaderCell:
    """What the header says about one column index: its leaf label and the group
    labels printed above it."""

    index: int
    leaf: str
    groups: tuple[str, ...]


@frozen
class HeaderMap:
    """Column index → value column key; ``unmatched`` lists labelled columns that match
    no declared column (kept for findings)."""

    columns: tuple[tuple[int, str], ...]
    unmatched: tuple[HeaderCell, ...] = ()

    @property
    def first_value(self) -> int:
        return min((i for i, _ in self.columns), default=0)

    def key_at(self, index: int) -> str | None:
        return next((k for i, k in self.columns if i == index), None)

    def index_of(self, key: str) -> int | None:
        return next((i for i, k in self.columns if k == key), None)


# A year inside a label names the budget year, not the column: 2026年预算数 (深圳) is
# 预算数, 2026年政府采购项目 is 政府采购项目.
_YEAR = regex.compile(r"(?:19|20)\d{2}年度?(?=\D)")


def _label(cell: str) -> str:
    key = label_key(cell)
    if key in {"", "※"} or key.isdigit():
        return ""
    return _YEAR.sub("", key)


def _spans(grid: list[list[str]], width: int) -> list[list[tuple[int, int, str]]]:
    """Per header row, the labels with the columns they span: to the next label of the
    row, but never past the span of the label above them (a merged cell spans only
    within its group)."""
    spans: list[list[tuple[int, int, str]]] = []
    for r, row in enumerate(grid):
        starts = [j for j in range(width) if row[j]]
        found = []
        for k, j in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else width
            if r:
                parent = next((e for s, e, _ in spans[r - 1] if s <= j < e), width)
                end = min(end, parent)
            found.append((j, end, row[j]))
        spans.append(found)
    return spans


def _unwrap(grid: list[list[str]], width: int) -> list[list[str]]:
    """The grid with the rows that only continue the labels above them joined to them.

    A long label wraps its last characters onto a row of their own (西安's 其中：专项资金
    列入部门预算项 / 目). Such a row's labels each stand under a label spanning that one
    column, where a group spans the several columns of its sub-labels: a row whose every
    label sits so is the tail of the labels above it.
    """
    rows = [list(r) for r in grid]
    r = 1
    while r < len(rows):
        above = _spans(rows[r - 1 : r], width)[0]
        labelled = [j for j in range(width) if rows[r][j]]
        if labelled and all(any(s == j and e == j + 1 for s, e, _ in above) for j in labelled):
            for j in labelled:
                rows[r - 1][j] += rows[r][j]
            del rows[r]
        else:
            r += 1
    return rows


_YEAR_OF = regex.compile(r"((?:19|20)\d{2})年度?(?=\D)")


def _prior_years(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """The header rows with a leaf label of an earlier year than the latest the header
    names read as the year before's: 重庆's 表五 prints 2025年预算数 (one column, nothing
    under it) beside 2026年预算数 › 总计 | 基本支出 | 项目支出, and the year is otherwise
    dropped from labels (``_YEAR``), leaving 预算数 that names no column. A year label
    over sub-labels (三公's 2025年预算数 › 合计 | …) is a group and is left as printed."""
    years = [int(m) for r in rows for c in r for m in _YEAR_OF.findall(c)]
    out = [list(r) for r in rows]
    if len(set(years)) < 2:
        return out
    latest = max(years)
    for r, row in enumerate(out):
        for j, cell in enumerate(row):
            found = _YEAR_OF.search(cell)
            below = any(j < len(b) and _label(b[j]) for b in out[r + 1 :])
            if found and int(found.group(1)) < latest and not below:
                row[j] = cell[: found.start()] + "上年" + cell[found.end() :]
    return out


def read_header(rows: Sequence[Sequence[str]]) -> tuple[HeaderCell, ...]:
    """The leaf and group labels of every column of a header block."""
    width = max((len(r) for r in rows), default=0)
    rows = _prior_years(rows)
    grid = _unwrap([[_label(c) for c in r] + [""] * (width - len(r)) for r in rows], width)
    spans = _spans(grid, width)
    cells = []
    for index in range(width):
        depth = next((r for r in range(len(grid) - 1, -1, -1) if grid[r][index]), None)
        if depth is None:
            continue
        groups = tuple(
            label for r in range(depth) for start, end, label in spans[r] if start <= index < end
        )
        cells.append(HeaderCell(index, grid[depth][index], groups))
    return tuple(cells)


def labels_above(lines: Sequence[SourceLine], header: SourceLine) -> tuple[str, ...]:
    """The group labels printed as plain text lines just above a header row, left to
    right: of the lines without cells directly before ``header`` on its page and within
    its width, those of the lowest band (the labels nearest the header).

    西安 prints 部门预算 and, under it, 一般公共预算拨款 as text lines above its 收入总表 /
    支出总表 by unit, so the cell rows lose the group of their 小计. Only lines placed
    on the page (a PDF's bbox) are read so: a text form knows no position."""
    box = header.location.bbox
    if box is None or header not in lines:
        return ()
    above: list[tuple[float, float, str]] = []
    for line in reversed(lines[: lines.index(header)]):
        where = line.location.bbox
        if line.cells or where is None or line.location.page != header.location.page:
            break
        if where[0] < box[0] or where[2] > box[2] or where[3] > box[1]:
            break
        if _label(line.text):
            above.append((where[1], where[0], _label(line.text)))
    if not above:
        return ()
    low = max(top for top, _, _ in above)
    return tuple(label for top, _, label in sorted(above, key=lambda a: a[1]) if low - top < 2)


def with_group_labels(cells: Sequence[HeaderCell], labels: Sequence[str]) -> tuple[HeaderCell, ...]:
    """The header cells with the 小计 leaves that have no group label given ``labels``
    (:func:`labels_above`) as their groups, in order, when there are as many labels as
    such leaves: 西安's 一般公共预算拨款 › 小计 is the 一般公共预算 column."""
    orphans = [c.index for c in cells if c.leaf == "小计" and not c.groups]
    if not orphans or len(orphans) != len(labels):
        return tuple(cells)
    given = dict(zip(orphans, labels, strict=True))
    return tuple(
        HeaderCell(c.index, c.leaf, (given[c.index],)) if c.index in given else c for c in cells
    )


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _candidates(cell: HeaderCell, columns: Sequence[ColumnDef], similar: float) -> list[ColumnDef]:
    exact = [c for c in columns if cell.leaf in c.label_keys()]
    if not exact:
        scored = [
            (max(_similarity(cell.leaf, k) for k in c.label_keys()), c)
            for c in columns
            if not c.groups
        ]
        best = max((s for s, _ in scored), default=0.0)
        exact = [c for s, c in scored if s >= similar and s == best]
    if len(exact) > 1:
        grouped = [c for c in exact if c.group_keys() & set(cell.groups)]
        exact = grouped or [c for c in exact if not c.groups]
    return [c for c in exact if not c.groups or c.group_keys() & set(cell.groups)]


_SUBTOTAL_LEAVES = frozenset({"小计", "合计"})
_TOTAL_LEAVES = frozenset({"总计", "合计"})


def _is_total(cell: HeaderCell) -> bool:
    """总计/合计, or a 小计 (asked of the unmatched cell just before every value column
    read): its group label is lost (广州 prints 一般公共预算支出 over 小计/基本支出/项目支出,
    and the group label joins 基本支出's), or names the table's own budget, no column
    (广州's 政府性基金预算支出 › 小计 | 其中：基本支出 | 项目支出)."""
    return cell.leaf in _TOTAL_LEAVES or cell.leaf == "小计"


def _split_joined(cell: HeaderCell, columns: Sequence[ColumnDef]) -> HeaderCell:
    """A leaf that is a group label joined to its first sub-label (广州's
    财政拨款收入一般公共预算, 其他资金收入事业收入, 一般公共预算支出其中：基本支出), read as
    that sub-label under that group: the longest ending that is a declared label of four
    characters or more, after at least two characters. A leaf that is a declared label,
    or ends in a bare 小计/合计/总计 (支出合计 is no 合计) or in a short label that ends many
    (预算, 金额: 国有本资本经营预算 is a misprinted 国有资本经营预算, not 预算), is read as
    printed."""
    keys = {k for c in columns for k in c.label_keys()}
    if cell.leaf in keys:
        return cell
    for cut in range(2, len(cell.leaf) - 1):
        tail = cell.leaf[cut:]
        if len(tail) >= 4 and tail in keys and tail not in _SUBTOTAL_LEAVES | _TOTAL_LEAVES:
            return HeaderCell(cell.index, tail, (*cell.groups, cell.leaf[:cut]))
    return cell


def _group_column(
    cell: HeaderCell, columns: Sequence[ColumnDef], similar: float
) -> list[ColumnDef] | None:
    """For a 小计/合计 leaf, the declared columns its group label (the one directly
    above it) matches; ``None`` when the leaf is not a subtotal or its group matches
    no declared column (then the leaf is read as itself)."""
    if cell.leaf not in _SUBTOTAL_LEAVES or not cell.groups:
        return None
    group = HeaderCell(cell.index, cell.groups[-1], cell.groups[:-1])
    return _candidates(group, columns, similar) or None


def map_columns(
    cells: Sequence[HeaderCell],
    columns: Sequence[ColumnDef],
    *,
    start: int = 0,
    settings: Settings = DEFAULT_SETTINGS,
) -> HeaderMap:
    """Match header cells (at or right of ``start``) to declared value columns.

    Each declared column is used once, by the leftmost cell that matches it. A label
    matching no declared label exactly takes the most similar declared column at
    ``settings.header_similarity`` or above. A 小计/合计 leaf whose group label matches
    a declared column is that column (and nothing else). A 总计/合计 left unmatched
    directly before the first matched column is the declared ``total``.
    """
    similar = settings.header_similarity
    taken: dict[str, int] = {}
    unmatched = []
    considered = [_split_joined(cell, columns) for cell in cells if cell.index >= start]
    for cell in considered:
        grouped = _group_column(cell, columns, similar)
        candidates = grouped if grouped is not None else _candidates(cell, columns, similar)
        found = [c for c in candidates if c.key not in taken]
        if found:
            taken[found[0].key] = cell.index
        else:
            unmatched.append(cell)
    total = next((c for c in columns if c.key == "total" and not c.groups), None)
    if total is not None and total.key not in taken and taken:
        first = min(taken.values())
        before = [cell for cell in considered if cell.index < first]
        if before and _is_total(before[-1]) and before[-1] in unmatched:
            taken[total.key] = before[-1].index
            unmatched.remove(before[-1])
    return HeaderMap(tuple(sorted((i, k) for k, i in taken.items())), tuple(unmatched))


def repeats_header(texts: Sequence[str], cells: Sequence[HeaderCell]) -> bool:
    """Whether a body row's value cells print the header's labels again (a header
    repeated on a continuation page whose group label stands on a line apart: 广州's
    一般公共预算支出 / 小计 其中：基本支出 项目支出). Each of at least two labels is a
    leaf of the header or the end of one (its group label joined to it)."""
    labels = [_label(t) for t in texts if t.strip()]
    return len(labels) >= 2 and all(
        label and any(c.leaf.endswith(label) or label in c.groups for c in cells)
        for label in labels
    )


def is_misaligned(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a label sits under a cell that is not a group.

    A sub-label can only stand under a group label that spans it, and a group has a
    sub-label in its own first column. When the label above is a leaf (nothing under
    it) the converter has shifted the header, as in ``004`` 表2 where
    上级国有资本经营预算安排的转移支付 is printed right of 非财政拨款结转结余.
    """
    width = max((len(r) for r in rows), default=0)
    grid = [[_label(c) for c in r] + [""] * (width - len(r)) for r in rows]
    for index in range(width):
        for depth in range(1, len(grid)):
            if not grid[depth][index]:
                continue
            above = grid[depth - 1]
            left = next((i for i in range(index, -1, -1) if above[i]), None)
            if left is not None and left < index and not grid[depth][left]:
                return True
    return False


def numbered_columns(rows: Sequence[Sequence[str]]) -> tuple[int, ...]:
    """The cell indices of the ``1 2 3 …`` numbering row, in order of their numbers."""
    for row in rows:
        numbers = [(int(c.strip()), i) for i, c in enumerate(row) if c.strip().isdigit()]
        if len(numbers) >= 2 and [n for n, _ in numbers] == list(range(1, len(numbers) + 1)):
            return tuple(i for _, i in numbers)
    return ()
