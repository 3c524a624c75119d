"""The header and cells of a table whose columns repeat under year groups (表22), put
back where the PDF's merged cells and wrapped labels displaced them.

西安's “三公”经费及会议费、培训费 table by unit prints the same nine columns (合计 | “三公”
小计 | 出国 | 接待 | 车辆 小计 | 购置 | 运行维护 | 会议费 | 培训费) under each of its year
groups (上年 | 当年 | 增减变化情况, or 2021年 | 2022年 | 增减变化情况, or 2021年 alone).
What the converter gives of such a header differs by document and year:

- **Group labels centred over their merged cell** (2026): 上年 stands over the 6th of its
  nine columns and 一般公共预算拨款安排的“三公”经费预算 over the 出国 column, right of the
  小计 it totals. Read from where they stand, each group would start in the middle of its
  columns. The leaf labels repeat once per year group, so the groups are the runs of
  identical leaves, and each year label names the run it stands in
  (:func:`_align_years`); a group label over sub-labels starts at the 小计 directly left of
  it where that 小计 has no group of its own: a group's subtotal is its first column
  (:func:`_to_subtotal`).
- **A group label and its 小计 in one cell** (``公务用车购置及运行维护费小计``): the
  declared label and 小计 under it (:func:`_split_subtotal`).
- **Two labels wrapped over two lines, run together**: 公务用车购置 / 费 beside 公务用车运行
  / 维护费 reads ``公务用车购置公务用车运行费`` | ``维护费``: the first lines of both went to
  the left cell. Read back as the two declared labels that use every character in order
  (:func:`_split_wrapped`).
- **A garbled group label** (2022 xian-08: ``一般公共预算拨款安排的“三公购”置经费预算费``,
  ``待费一般公共预算…``): the declared label it resembles at the header similarity
  (:func:`_resembling`).
- **One year printed** (2021: ``2021年`` over every column): that is the budget year,
  当年 (:func:`_single_year`).
- **Amounts run together in a cell** (2026 xian-06: ``57,232,550.0039,358,500.00`` over
  an empty cell): each to its own cell, left to right, where the cells after it are empty
  (:func:`spread_runs`).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import regex

from ..catalog import ColumnDef
from ..text import label_key
from .cells import RawRow
from .transposed import relative_years, year_mark

__all__ = ["spread_runs", "year_group_header"]

_YEAR_ONLY = regex.compile(r"^(?:19|20)\d{2}年度?$")
_YEAR_LABELS = frozenset({"上年", "当年"})
_SUBTOTAL = "小计"
_AMOUNT = regex.compile(r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\.[0-9]{2}")

Grid = list[list[str]]


def year_group_header(
    header_rows: Sequence[Sequence[str]], columns: Sequence[ColumnDef], similarity: float
) -> tuple[tuple[str, ...], ...]:
    """The header rows of a table with year groups, its labels where their columns are
    (see the module docstring): two years named 上年 | 当年 (:func:`relative_years`), one
    year 当年, the year labels at the start of their runs of columns, group labels over
    their 小计, and the labels the converter ran together or garbled read as declared."""
    rows = relative_years(header_rows)
    width = max((len(r) for r in rows), default=0)
    grid: Grid = [[c.strip() for c in r] + [""] * (width - len(r)) for r in rows]
    keys = {k for c in columns for k in c.label_keys()} | {
        k for c in columns for k in c.group_keys()
    }
    _single_year(grid)
    _split_wrapped(grid, keys)
    _split_subtotal(grid, keys)
    _resembling(grid, keys, similarity)
    _align_years(grid)
    _to_subtotal(grid)
    return tuple(tuple(r) for r in grid)


def _is_year_label(text: str) -> bool:
    return bool(text) and (label_key(text) in _YEAR_LABELS or year_mark(text) is not None)


def _year_row(grid: Grid) -> int | None:
    """The first row printing a year group label (上年, 当年, 2021年, 增减变化情况)."""
    return next((r for r, row in enumerate(grid) if any(map(_is_year_label, row))), None)


def _single_year(grid: Grid) -> None:
    """A year row naming one year, as a bare ``2021年``, and nothing else: 当年."""
    r = _year_row(grid)
    if r is None:
        return
    named = [j for j, c in enumerate(grid[r]) if _is_year_label(c)]
    bare = [j for j in named if _YEAR_ONLY.match(label_key(grid[r][j]))]
    if len(named) == 1 and bare:
        grid[r][bare[0]] = "当年"


def _leaves(grid: Grid) -> list[str]:
    """Each column's deepest label (its leaf), ``""`` for an unlabelled column."""
    width = len(grid[0]) if grid else 0
    return [
        next((label_key(grid[r][j]) for r in range(len(grid) - 1, -1, -1) if grid[r][j]), "")
        for j in range(width)
    ]


def _depth(grid: Grid, j: int) -> int:
    """The row of column ``j``'s leaf, -1 for an unlabelled column."""
    return next((r for r in range(len(grid) - 1, -1, -1) if grid[r][j]), -1)


def _align_years(grid: Grid) -> None:
    """The year labels moved to the first column of the run of columns each names.

    The leaves repeat once per year group: from some column ``s`` on, the ``k`` year
    labels' columns split into ``k`` runs of the same leaves, each year label standing
    inside its own run. The first such ``s`` (the longest runs) is taken; a header whose
    leaves do not repeat so is left as printed."""
    r = _year_row(grid)
    if r is None:
        return
    named = [j for j, c in enumerate(grid[r]) if _is_year_label(c)]
    if len(named) < 2:
        return
    leaves, width, k = _leaves(grid), len(grid[r]), len(named)
    for s in range(named[0] + 1):
        if (width - s) % k:
            continue
        size = (width - s) // k
        runs = [leaves[s + i * size : s + (i + 1) * size] for i in range(k)]
        inside = all(s + i * size <= j < s + (i + 1) * size for i, j in enumerate(named))
        if size > 1 and inside and all(run == runs[0] for run in runs) and any(runs[0]):
            labels = [grid[r][j] for j in named]
            for j in named:
                grid[r][j] = ""
            for i, label in enumerate(labels):
                grid[r][s + i * size] = label
            return


def _to_subtotal(grid: Grid) -> None:
    """A group label (a label with labels under it) standing right of a 小计 leaf that
    no label spans (nothing above it below the year row, nothing between them in the
    label's row) moved onto that 小计: a group's subtotal is its first column, and a label
    centred over the group's merged cell starts right of it."""
    top = _year_row(grid)
    if top is None:
        return
    leaves = _leaves(grid)
    for r in range(top + 1, len(grid) - 1):
        for j in range(1, len(grid[r])):
            if not grid[r][j] or _depth(grid, j) <= r:
                continue
            left = j - 1
            while left >= 0 and not grid[r][left] and leaves[left] != _SUBTOTAL:
                left -= 1
            if (
                left >= 0
                and leaves[left] == _SUBTOTAL
                and not any(grid[q][left] for q in range(top + 1, _depth(grid, left)))
            ):
                grid[r][left], grid[r][j] = grid[r][j], ""


def _split_subtotal(grid: Grid, keys: set[str]) -> None:
    """A leaf ``<declared label>小计`` read as that label over 小计, where the cell above
    is free."""
    for r in range(1, len(grid)):
        for j, cell in enumerate(grid[r]):
            key = label_key(cell)
            if (
                key.endswith(_SUBTOTAL)
                and key[: -len(_SUBTOTAL)] in keys
                and _depth(grid, j) == r
                and not grid[r - 1][j]
            ):
                grid[r - 1][j], grid[r][j] = key[: -len(_SUBTOTAL)], _SUBTOTAL


def _split_wrapped(grid: Grid, keys: set[str]) -> None:
    """Two neighbouring labels that are no declared label, read back as the two declared
    labels ``a[:i] + a[m:]`` and ``a[i:m] + b`` (``a``, ``b`` the cells' texts): each
    label wrapped over two lines, the first lines of both run into the left cell."""
    for row in grid:
        for j in range(len(row) - 1):
            a, b = label_key(row[j]), label_key(row[j + 1])
            if not a or not b or a in keys or b in keys:
                continue
            found = next(
                (
                    (a[:i] + a[m:], a[i:m] + b)
                    for i in range(1, len(a))
                    for m in range(i + 1, len(a) + 1)
                    if a[:i] + a[m:] in keys and a[i:m] + b in keys
                ),
                None,
            )
            if found is not None:
                row[j], row[j + 1] = found


def _resembling(grid: Grid, keys: set[str], similarity: float) -> None:
    """A group label (labels under it) that is no declared label read as the declared
    label it most resembles, at ``similarity`` or above (difflib ratio, as
    :func:`~xjbudget.tables.header.map_columns` reads a leaf)."""
    for r in range(len(grid) - 1):
        for j, cell in enumerate(grid[r]):
            key = label_key(cell)
            if not key or key in keys or _depth(grid, j) <= r or _is_year_label(cell):
                continue
            scored = [(difflib.SequenceMatcher(None, key, k).ratio(), k) for k in sorted(keys)]
            best, label = max(scored, default=(0.0, ""))
            if best >= similarity:
                grid[r][j] = label


def spread_runs(rows: Sequence[RawRow], start: int) -> list[RawRow]:
    """The rows with a cell (at or right of ``start``) holding ``n`` amounts run together
    and nothing else, followed by ``n - 1`` empty cells, read as ``n`` cells, left to
    right (xian-06: ``57,232,550.0039,358,500.00`` is the 合计 and the “三公” 小计)."""
    out = []
    for raw in rows:
        cells = list(raw.cells)
        for j in range(start, len(cells)):
            amounts = _run_together(cells[j].strip())
            count = len(amounts)
            if count < 2 or j + count > len(cells):
                continue
            if not any(cells[q].strip() for q in range(j + 1, j + count)):
                cells[j : j + count] = amounts
        out.append(RawRow(tuple(cells), raw.line) if cells != list(raw.cells) else raw)
    return out


def _run_together(text: str) -> list[str]:
    """The amounts ``text`` is made of, one after another with nothing between them
    (``57,232,550.0039,358,500.00``), or ``[]``. Each is matched where the one before
    ends, never searched for: a search tries every start inside a run of digits."""
    amounts: list[str] = []
    at = 0
    while at < len(text):
        found = _AMOUNT.match(text, at)
        if found is None:
            return []
        amounts.append(found[0])
        at = found.end()
    return amounts
