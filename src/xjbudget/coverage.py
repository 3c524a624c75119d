"""Coverage: how many of the amounts a document prints its records hold.

The one definition of a *printed amount* (docs/coverage.md):

- in a cell row (a PDF grid, the tab-separated form): a cell that
  :func:`~xjbudget.amounts.parse_amount` reads as a number, except the cells of a column
  numbering row (``※ ※ 1 2 3 …``, ``类 款 项 1 2 3``), classification codes (a
  run of cells of 2–7 bare digits followed by a label cell, ``201 | 01 | 01 | 行政运行``)
  and the whole numbers of a column whose header labels row numbers, codes or quantities
  (序号, 行次, 编号; 类, 款, 项, …编码, …代码; 数量);
- in a line of text inside a table region (the flattened form): a whitespace-separated
  token of the same kind, with the same exceptions, and a number glued to a name
  (``司法300,000``) when it has thousands separators or decimals (a bare run of digits
  glued to a name is a code: ``2010101行政运行``). Numbers followed by 年, 月, 日, %, 号
  or a count's measure word (辆, 台, 套, 座, 件), the cell after a label such as 联系电话 or
  编码, and page-number lines (``- 9 -``) are not amounts; nor is the running text after a
  grid's last cell row (the narrative its block runs into).

Table regions are the table blocks the segmenter found (standard or generic), the
performance target tables, and any other cell row of the document (``outside_tables``);
a line of text outside every table that holds two amounts or more and no sentence
punctuation is a table row too (a flattened table the segmenter did not see).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

import regex

from .amounts import is_amount
from .model import GenericTable, Location, PerformanceTarget, Table
from .model.coverage import AmountCoverage, AmountRegion, RegionKind
from .narrative import Facts
from .sources.lines import SourceLine
from .structure import PerformanceBlock, Structure, TableBlock, is_numbering_row
from .text import strip_tags

__all__ = ["count_cell_amounts", "count_text_amounts", "measure_coverage"]

_CODE_LIKE = regex.compile(r"\d{2,7}")
_BARE = regex.compile(r"\d+")
# A whole number, its thousands separated or not: a count (数量 187,920), a code, a row
# number, never an amount in a column that a header labels so (_number_columns).
_WHOLE = regex.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_CODE_ROW = regex.compile(r"(?:\d{3}|\d{5}|\d{7})(?: \d{2})*")
# A header cell over numbers that are no amounts (_number_columns).
_NUMBER_COLUMN = frozenset({"序号", "行次", "编号", "类", "款", "项", "款项", "类款项"})
_NUMBER_COLUMN_ENDS = ("编码", "代码")
# A header cell over measures: a quantity (数量) or a procurement's 规格型号, whole or not
# (西安 prints 数量 8,980,334.74 for square metres, 规格型号 1): never amounts there.
_MEASURE_COLUMN = frozenset({"规格型号"})
_MEASURE_COLUMN_ENDS = ("数量",)
_MEASURE = regex.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_NIL_LABELS = frozenset({"是", "否"})  # 是否空表 columns: a flag, not a label
# A label naming a number that is not an amount: the cell after it is not counted. A
# label that ends so (联系电话, 单位编码：), not one that only holds the word (门禁等弱电系统).
_NOT_AMOUNT_LABEL = regex.compile(r"(?:电话|手机|号码|邮编|编码|代码|传真)[:：]?$")
_NUMBER_IN_TEXT = regex.compile(
    r"(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)(?!\s*[年月日%号辆台套座件])"
)
# The measure word of a count (车辆 0 辆, 设备 8 台（套）): the number before it is no amount.
_COUNT_WORD = regex.compile(r"[辆台套座件]")
# A page number, its digits possibly spaced apart (``— 2 5 —``).
_PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-—－–]\s*\d(?:\s?\d){0,3}\s*[-—－–]|第\s*\d+\s*页.*|\d{1,4})\s*$"
)
# A sentence, not a table row: its punctuation, or a figure with its unit (…1,036.53万元).
_SENTENCE = regex.compile(r"[。，；;：:？！]|,(?!\d{3})|\d\s*(?:亿元|万元|元)")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", strip_tags(text)).strip()


def _count_tokens(tokens: Sequence[str]) -> int:
    """Amount tokens of one row, codes and the numbering row left out (module docstring)."""
    if is_numbering_row(tokens) or _numbers_columns(tokens):
        return 0
    count = 0
    run: list[str] = []  # bare-digit tokens whose role the next token decides
    skip = False
    for token in tokens:
        if not token:
            continue
        if skip:
            skip = False
            continue
        if is_amount(token):
            if _CODE_LIKE.fullmatch(token):
                run.append(token)
            else:
                count += len(run) + 1
                run = []
        elif token in _NIL_LABELS:
            count += len(run)
            run = []
        else:
            run = []  # followed by a label: the run was codes
            skip = _NOT_AMOUNT_LABEL.search(token) is not None
    if run and count == 0 and _CODE_ROW.fullmatch(" ".join(run)):
        return 0  # a row of nothing but a code, its name wrapped onto the next line
    return count + len(run)


def _numbers_columns(tokens: Sequence[str]) -> bool:
    """A header row whose numbers are 1, 2, 3 … (``类 款 项 1 2 3``): column numbers."""
    numbers = [t for t in tokens if _BARE.fullmatch(t)]
    if len(numbers) < 3 or any(is_amount(t) and t not in numbers for t in tokens):
        return False
    values = [int(t) for t in numbers]
    return values == list(range(values[0], values[0] + len(values)))


def count_cell_amounts(cells: Sequence[str]) -> int:
    """The printed amounts of one cell row."""
    return _count_tokens([_fold(c) for c in cells])


def count_text_amounts(text: str) -> int:
    """The printed amounts of one line of text in a table region (flattened form)."""
    folded = _fold(text)
    if not folded or _PAGE_NUMBER.match(folded):
        return 0
    whole: list[str] = []
    glued = 0
    tokens = folded.split()
    for token, after in zip(tokens, [*tokens[1:], ""], strict=True):
        if is_amount(token):
            whole.append("" if _COUNT_WORD.match(after) else token)
            continue
        whole.append(token)
        for match in _NUMBER_IN_TEXT.finditer(token):
            if not _BARE.fullmatch(match.group().lstrip("-")):
                glued += 1
    return _count_tokens(whole) + glued


def _line_amounts(
    line: SourceLine, skip: frozenset[int] = frozenset(), measures: frozenset[int] = frozenset()
) -> int:
    if line.cells is None:
        return count_text_amounts(line.text)
    cells = tuple(
        ""
        if (i in skip and _WHOLE.fullmatch(_fold(c)))
        or (i in measures and _MEASURE.fullmatch(_fold(c)))
        else c
        for i, c in enumerate(line.cells)
    )
    return count_cell_amounts(cells)


def _number_columns(
    line: SourceLine,
    labels: frozenset[str] = _NUMBER_COLUMN,
    ends: tuple[str, ...] = _NUMBER_COLUMN_ENDS,
) -> frozenset[int]:
    """The columns a header line labels as numbers that are no amounts: row numbers (序号,
    行次, 编号) and classification codes (类, 款, 项, …编码, …代码); with the measures'
    labels, the quantities (…数量) and 规格型号."""
    cells = [_fold(cell).replace(" ", "") for cell in line.cells or ()]
    if any(is_amount(cell) for cell in cells):
        return frozenset()  # a row of the table, not its header
    return frozenset(i for i, cell in enumerate(cells) if cell in labels or cell.endswith(ends))


def _printed(lines: Iterable[SourceLine]) -> int:
    """The amounts printed on ``lines`` (one region). The whole numbers of a column a header
    labels as row numbers or codes, and the numbers of one it labels as quantities or
    规格型号, are left out, from that header on (a table reprints its header on every
    page)."""
    printed = 0
    skip: frozenset[int] = frozenset()
    measures: frozenset[int] = frozenset()
    for line in lines:
        skip |= _number_columns(line)
        measures |= _number_columns(line, _MEASURE_COLUMN, _MEASURE_COLUMN_ENDS)
        printed += _line_amounts(line, skip, measures)
    return printed


def _table_read(table: Table) -> int:
    return sum(1 for row in table.rows for v in row.values.values() if v is not None)


def _generic_read(table: GenericTable) -> int:
    return sum(count_cell_amounts(row) for row in (*table.header, *table.body))


def _performance_read(target: PerformanceTarget) -> int:
    held = sum(1 for v in target.funds.values() if v is not None)
    held += sum(1 for task in target.tasks for v in task.funds.values() if v is not None)
    for indicator in target.indicators:
        fields = (indicator.value, indicator.weight, indicator.previous, indicator.basis)
        held += sum(1 for text in fields if is_amount(text))
    return held


def _region(
    kind: RegionKind,
    title: str,
    lines: Iterable[SourceLine],
    read: int,
    first: SourceLine | None,
    table: int | None = None,
) -> AmountRegion:
    if kind in ("standard_table", "generic_table"):
        lines = _without_trailing_prose(list(lines))
    printed = _printed(lines)
    return AmountRegion(
        kind=kind,
        title=title,
        printed=printed,
        read=min(read, printed),
        location=first.location if first is not None else Location(),
        table=table,
    )


def _table_region(block: TableBlock, record: Table | GenericTable) -> AmountRegion:
    if isinstance(record, Table):
        read = _table_read(record)
        return _region(
            "standard_table", record.title, block.lines, read, block.first, record.number
        )
    return _region("generic_table", record.title, block.lines, _generic_read(record), block.first)


def _outside_regions(
    lines: Sequence[SourceLine], placed: set[int]
) -> list[tuple[int, AmountRegion]]:
    """Runs of table rows that no block holds, with the index of their first line."""
    regions: list[tuple[int, AmountRegion]] = []
    run: list[SourceLine] = []
    start = 0

    def close() -> None:
        if run:
            regions.append(
                (start, _region("outside_tables", "table rows outside any table", run, 0, run[0]))
            )

    for index, line in enumerate(lines):
        row = id(line) not in placed and _is_stray_row(line)
        if row and not run:
            start = index
        if row:
            run.append(line)
        elif run and not line.is_blank:
            close()
            run = []
    close()
    return regions


def _is_prose(text: str) -> bool:
    """A line of running text, not a table row: sentence punctuation or a figure with its
    unit."""
    return _SENTENCE.search(text) is not None


def _without_trailing_prose(lines: list[SourceLine]) -> list[SourceLine]:
    """A grid's lines without the running text after its last cell row: the narrative a
    table block runs into (上海's 其他相关情况说明 after its last table). Text between cell
    rows stays (a cell's text wrapped onto a line of its own, a flattened row)."""
    last = max((i for i, line in enumerate(lines) if line.cells is not None), default=None)
    if last is None:
        return lines  # a flattened table: every line is its text
    tail = [line for line in lines[last + 1 :] if not _is_prose(line.text)]
    return [*lines[: last + 1], *tail]


def _is_stray_row(line: SourceLine) -> bool:
    if line.cells is not None:
        return count_cell_amounts(line.cells) > 0
    return not _is_prose(line.text) and count_text_amounts(line.text) >= 2


def measure_coverage(
    lines: Sequence[SourceLine],
    segments: Structure,
    tables: Sequence[tuple[TableBlock, Table | GenericTable]],
    performance: Sequence[tuple[PerformanceBlock, PerformanceTarget]],
    facts: Facts | None,
) -> AmountCoverage:
    """Count the printed amounts of every table region and what the records hold."""
    order = {id(line): index for index, line in enumerate(lines)}
    placed: set[int] = set()
    regions: list[tuple[int, AmountRegion]] = []
    for block, record in tables:
        placed.update(id(line) for line in block.lines)
        if block.first is not None:
            placed.add(id(block.first))
        at = order.get(id(block.first), 0)
        regions.append((at, _table_region(block, record)))
    for perf_block, target in performance:
        # A flattened target (no cell rows) prints its amounts in the text lines under
        # its title: they are its region, not stray rows outside every table.
        held = perf_block.rows or perf_block.text
        placed.update(id(line) for line in held)
        placed.add(id(perf_block.first))
        region = _region(
            "performance",
            perf_block.title,
            held,
            _performance_read(target),
            perf_block.first,
        )
        regions.append((order.get(id(perf_block.first), 0), region))
    # The contents and the cover print page numbers, not amounts.
    placed.update(id(line) for line in (*segments.cover, *segments.contents))
    regions.extend(_outside_regions(lines, placed))
    regions.sort(key=lambda pair: pair[0])
    statements = facts.statements if facts is not None else ()
    return AmountCoverage(
        regions=tuple(region for _, region in regions if region.printed),
        narrative_figures=sum(s.figures for s in statements),
        in_facts=sum(min(s.read, s.figures) for s in statements),
    )
