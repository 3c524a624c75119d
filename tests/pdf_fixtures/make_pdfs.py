"""Render the tab-form corpus documents to PDFs shaped like the published ones.

Run from the repository root (reportlab is a dev dependency)::

    .venv/bin/python tests/pdf_fixtures/make_pdfs.py

A line of the text form with tabs is a table row, its cells as printed (tags stripped,
empty cells kept empty); consecutive rows are one table. Other lines are narrative,
wrapped to the page. Like the published PDFs: each ``表 N`` starts a page, a repeated
``编制部门`` line after a table starts a continuation page (so the header block the text
form repeats is printed again there), wide tables (more than 9 columns) get landscape
pages, header cells left empty beside or below a label are merged into it, and every
page has a running header and a page number. ``*_unruled.pdf`` is the same document with
no ruling lines and every cell text left-aligned at the top of its cell.

The font is reportlab's built-in ``STSong-Light`` CID font (no font file needed). The
output is deterministic (no timestamps), so re-running it leaves the committed PDFs
unchanged.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
FONT = "STSong-Light"
DOCUMENTS = ("000", "003", "004")
UNRULED = ("000",)

MARGIN = 50.0
BODY_SIZE = 10.5
TABLE_SIZE = 7.5
PAD = 3.0
# Without rules, a cell's text keeps a wider margin: a gap between two words is a cell
# boundary only when it is wider than a space.
UNRULED_PAD = 6.0  # left and right; top and bottom stay PAD
LANDSCAPE_COLUMNS = 9
MAX_HEADER_ROWS = 4

_TAG = re.compile(r"</?\s*[a-zA-Z]+\s*>|\*\*")
_TABLE_MARK = re.compile(r"^表\s*\d+$")
_HEADER_BLOCK = re.compile(r"^编制(部门|单位)")
_AMOUNT = re.compile(r"^-?[\d,]+\.\d*$")
_CODE = re.compile(r"^\d{3}$")


def clean_cell(text: str) -> str:
    """A cell as the generator prints it: tags removed, outer space trimmed."""
    return _TAG.sub("", text).strip()


@dataclass
class Block:
    kind: str  # "text" or "table"
    text: str = ""
    heading: int = 0
    rows: list[list[str]] = field(default_factory=list)


def read_blocks(text: str) -> list[Block]:
    """Split a tab-form document into narrative lines and tables."""
    blocks: list[Block] = []
    for raw in text.splitlines():
        if "\t" in raw:
            cells = [clean_cell(c) for c in raw.split("\t")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
            continue
        line = raw.strip()
        if not line:
            if blocks and blocks[-1].kind == "table":
                blocks.append(Block("text", text=""))  # a blank line ends a table
            continue
        heading = 0
        match = re.match(r"^(#{1,6})\s+", line)
        if match:
            heading = len(match.group(1))
            line = line[match.end() :]
        line = re.sub(r"^[-*]\s+", "", line)
        line = _TAG.sub("", line).strip()
        if line:
            blocks.append(Block("text", text=line, heading=heading))
    return [b for b in blocks if b.kind == "table" or b.text]


def table_rows(text: str) -> list[list[str]]:
    """Every table row of a tab-form document, cells cleaned (used by the tests)."""
    return [row for block in read_blocks(text) if block.kind == "table" for row in block.rows]


def _width(text: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, FONT, size))


def wrap(text: str, width: float, size: float) -> list[str]:
    """Break text into lines no wider than ``width`` (any character may end a line)."""
    if not text:
        return []
    lines: list[str] = []
    current = ""
    for char in text:
        if current and _width(current + char, size) > width:
            lines.append(current.rstrip())
            current = "" if char.isspace() else char
        else:
            current += char
    if current.strip():
        lines.append(current.rstrip())
    return lines


@dataclass
class Cell:
    row: int
    col: int
    rows: int
    cols: int
    text: str


def _is_data(row: Sequence[str]) -> bool:
    return any(_AMOUNT.match(c) for c in row) or bool(row and _CODE.match(row[0]))


def header_rows(rows: Sequence[Sequence[str]]) -> int:
    """Leading rows without amounts or codes, when rows with them follow (a table part
    with no such row, e.g. the tail of a performance table, has no header to merge)."""
    header = 0
    while header < min(len(rows), MAX_HEADER_ROWS) and not _is_data(rows[header]):
        header += 1
    return header if header < len(rows) and _is_data(rows[header]) else 0


def layout_cells(rows: list[list[str]]) -> list[Cell]:
    """Anchor cells of a table: header labels span the empty cells beside or below them."""
    n_cols = max(len(r) for r in rows)
    grid = [r + [""] * (n_cols - len(r)) for r in rows]
    header = header_rows(grid)
    covered: set[tuple[int, int]] = set()
    cells: list[Cell] = []
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if (r, c) in covered or (not text and r < header):
                continue
            across = down = 0
            if r < header and text:
                while c + across + 1 < n_cols and not row[c + across + 1]:
                    if (r, c + across + 1) in covered:
                        break
                    across += 1
                while r + down + 1 < header and not grid[r + down + 1][c]:
                    if (r + down + 1, c) in covered:
                        break
                    down += 1
                below_filled = r + 1 < header and any(
                    grid[r + 1][k] for k in range(c + 1, c + across + 1)
                )
                if down and not below_filled:
                    across = 0
                else:
                    down = 0
            cell = Cell(r, c, down + 1, across + 1, text)
            for rr in range(r, r + down + 1):
                for cc in range(c, c + across + 1):
                    covered.add((rr, cc))
            cells.append(cell)
    # Empty header slots that nothing spans are cells of their own.
    for r in range(header):
        for c in range(n_cols):
            if (r, c) not in covered:
                cells.append(Cell(r, c, 1, 1, ""))
    cells.sort(key=lambda cell: (cell.row, cell.col))
    return cells


class Writer:
    """A canvas with a cursor, page numbers and a running header."""

    def __init__(self, path: Path, running: str, ruled: bool) -> None:
        self.canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
        self.canvas.setTitle(path.stem)
        self.running = running
        self.ruled = ruled
        self.pad = PAD if ruled else UNRULED_PAD
        self.page = 0
        self.size = A4
        self.y = 0.0

    @property
    def width(self) -> float:
        return float(self.size[0])

    def new_page(self, wide: bool = False) -> None:
        if self.page:
            self._footer()
            self.canvas.showPage()
        self.page += 1
        self.size = landscape(A4) if wide else A4
        self.canvas.setPageSize(self.size)
        self.y = float(self.size[1]) - MARGIN - 10
        if self.page > 1:
            self.canvas.setFont(FONT, 8)
            self.canvas.drawCentredString(self.width / 2, float(self.size[1]) - 28, self.running)

    def _footer(self) -> None:
        self.canvas.setFont(FONT, 9)
        self.canvas.drawCentredString(self.width / 2, 24, str(self.page))

    def finish(self) -> None:
        self._footer()
        self.canvas.save()

    def ensure(self, height: float, wide: bool | None = None) -> None:
        landscape_now = self.size[0] > self.size[1]
        if self.y - height < MARGIN or (wide is not None and wide != landscape_now):
            self.new_page(landscape_now if wide is None else wide)

    def text(self, line: str, heading: int = 0) -> None:
        size = {1: 16.0, 2: 14.0, 3: 12.0}.get(heading, BODY_SIZE)
        leading = size * 1.6
        for part in wrap(line, self.width - 2 * MARGIN, size):
            self.ensure(leading)
            self.y -= leading
            self.canvas.setFont(FONT, size)
            if heading:
                self.canvas.drawCentredString(self.width / 2, self.y, part)
            else:
                self.canvas.drawString(MARGIN, self.y, part)

    def table(self, rows: list[list[str]]) -> None:
        n_cols = max(len(r) for r in rows)
        cells = layout_cells(rows)
        if not self.ruled:
            # Without rules a label spanning rows is just text in the first of them; its
            # wrapped lines must not run down beside the next row's.
            for cell in cells:
                cell.rows = 1
        size = TABLE_SIZE
        leading = size * 1.25
        avail = self.width - 2 * MARGIN
        widths = _column_widths(cells, n_cols, avail, size, self.pad)
        heights = _row_heights(cells, len(rows), widths, size, leading, PAD, self.pad)
        header = header_rows(rows)
        self.y -= 24
        # The header block and two rows stay together, as a table part needs its columns.
        self.ensure(sum(heights[: header + 2]))
        full = float(self.size[1]) - 2 * MARGIN - 10
        if self.y - sum(heights) < MARGIN and sum(heights) <= full:
            self.new_page(self.size[0] > self.size[1])  # a table that fits a page is not split
        for r, height in enumerate(heights):
            span_end = max((c.row + c.rows for c in cells if c.row == r), default=r + 1)
            if r >= header:
                self.ensure(sum(heights[r:span_end]))
            for cell in (c for c in cells if c.row == r):
                self._cell(cell, widths, heights, size, leading)
            self.y -= height
        self.y -= 24

    def _cell(
        self,
        cell: Cell,
        widths: list[float],
        heights: list[float],
        size: float,
        leading: float,
    ) -> None:
        x0 = MARGIN + sum(widths[: cell.col])
        width = sum(widths[cell.col : cell.col + cell.cols])
        height = sum(heights[cell.row : cell.row + cell.rows])
        top = self.y
        if self.ruled:
            self.canvas.setLineWidth(0.5)
            self.canvas.rect(x0, top - height, width, height, stroke=1, fill=0)
        lines = wrap(cell.text, width - 2 * self.pad, size)
        if not lines:
            return
        self.canvas.setFont(FONT, size)
        block = len(lines) * leading
        y = top - PAD - size if not self.ruled else top - (height - block) / 2 - size
        numeric = bool(_AMOUNT.match(cell.text))
        for line in lines:
            if not self.ruled or not numeric:
                self.canvas.drawString(x0 + self.pad, y, line)
            else:
                self.canvas.drawRightString(x0 + width - self.pad, y, line)
            y -= leading


def _column_widths(
    cells: list[Cell], n_cols: int, avail: float, size: float, pad: float
) -> list[float]:
    natural = [size * 2 + 2 * pad] * n_cols
    for cell in cells:
        if cell.cols == 1 and cell.text:
            want = min(_width(cell.text, size), size * 12) + 2 * pad
            natural[cell.col] = max(natural[cell.col], want)
    total = sum(natural)
    if total <= avail:
        return [w * avail / total for w in natural]
    low, high = size * 2 + 2 * pad, max(natural)
    for _ in range(40):
        cap = (low + high) / 2
        if sum(min(w, cap) for w in natural) > avail:
            high = cap
        else:
            low = cap
    widths = [min(w, low) for w in natural]
    scale = avail / sum(widths)
    return [w * scale for w in widths]


def _row_heights(
    cells: list[Cell],
    n_rows: int,
    widths: list[float],
    size: float,
    leading: float,
    pad: float,
    side_pad: float,
) -> list[float]:
    heights = [leading + 2 * pad] * n_rows
    for cell in cells:
        width = sum(widths[cell.col : cell.col + cell.cols]) - 2 * side_pad
        need = len(wrap(cell.text, width, size)) * leading + 2 * pad
        span = range(cell.row, cell.row + cell.rows)
        have = sum(heights[r] for r in span)
        if need > have:
            heights[span[-1]] += need - have
    return heights


def render(document: Path, out: Path, ruled: bool) -> None:
    blocks = read_blocks(document.read_text(encoding="utf-8"))
    running = next(b.text for b in blocks if b.kind == "text") + " 预算公开"
    writer = Writer(out, running, ruled)
    writer.new_page()
    previous = "text"
    for index, block in enumerate(blocks):
        if block.kind == "table":
            wide = max(len(r) for r in block.rows) > LANDSCAPE_COLUMNS
            writer.ensure(0, wide)
            writer.table(block.rows)
            previous = "table"
            continue
        starts_page = bool(_TABLE_MARK.match(block.text)) or (
            previous == "table" and bool(_HEADER_BLOCK.match(block.text))
        )
        if starts_page:
            writer.new_page(_next_table_is_wide(blocks, index))
        writer.text(block.text, block.heading)
        previous = "text"
    writer.finish()


def _next_table_is_wide(blocks: list[Block], start: int) -> bool:
    for block in blocks[start + 1 :]:
        if block.kind == "table":
            return max(len(r) for r in block.rows) > LANDSCAPE_COLUMNS
        if _TABLE_MARK.match(block.text):
            return False
    return False


def corpus_document(key: str) -> Path:
    return next(CORPUS.glob(f"{key}_*.txt"))


def main(argv: Sequence[str] = ()) -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    for key in DOCUMENTS:
        source = corpus_document(key)
        render(source, HERE / f"{key}_ruled.pdf", ruled=True)
        print(f"{key}_ruled.pdf")
    for key in UNRULED:
        render(corpus_document(key), HERE / f"{key}_unruled.pdf", ruled=False)
        print(f"{key}_unruled.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
