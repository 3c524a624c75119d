"""Document segmentation: cover, contents, the four parts, table blocks, narrative
sections, performance target tables, glossary and closing lines.

Works on the neutral :class:`~xjbudget.sources.lines.SourceLine` list that every input
adapter yields, so the text forms and PDFs share it.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import Factory, define, evolve, field, frozen

from ..amounts import is_amount
from ..catalog import TableSpec, family_of, spec_for_title
from ..settings import DEFAULT_SETTINGS, Settings
from ..sources.lines import SourceLine
from ..text import label_characters, label_key, normalize_text, strip_tags
from .sections import SectionBlock, find_sections

__all__ = [
    "GridPage",
    "PartBlock",
    "PerformanceBlock",
    "SectionBlock",
    "Structure",
    "TableBlock",
    "disclosure_marker",
    "is_numbering_row",
    "is_preparer_line",
    "is_unit_line",
    "looks_like_data",
    "segment",
]

_PART = regex.compile(r"^\s*第\s*([一二三四])\s*部分")
_TABLE_MARKER = regex.compile(r"^\s*表\s*(\d{1,2})(?!\d)\s*[:：.、]?\s*(.*)$")
# Other provinces number their tables 公开01表 (江苏), 预算01表 (北京), 公开表1 (山东), 附表2,
# 表一 (重庆) …: not the standard numbers, so only a marker.
_OTHER_MARKER = regex.compile(
    r"^\s*((?:公开|预算)\s*\d{1,2}\s*表|(?:公开表|附表)\s*\d{1,2}(?!\d)"
    r"|表\s*[一二三四五六七八九十]{1,3}(?=\s*$))\s*[:：.、]?\s*(.*)$"
)
# A short line ending in 表 (or 表（功能科目）) opens a table even without a marker.
_TITLE = regex.compile(r"^[^。，；：:]{2,40}表(?:\s*[（(][^）)]{1,8}[)）])?$")
_PREPARER = regex.compile(
    r"(?:编制(部门|单位)|(部门|单位)(?:名称|[（(]单位[)）]))\s*+[:：]\s*+((?:\S.*?(?<!\s))??)\s*+"
    r"(?:单位\s*+[:：]\s*+(\S+))?\s*+$"
)
_UNIT = regex.compile(r"(?:^|\s)(?:金额)?单位\s*[:：]\s*(万元|元|千元|亿元)\s*$")
_PERFORMANCE = regex.compile(r"(部门整体|项目支出|单位整体)绩效目标表")
_PART_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4}
# A cover or heading naming the document: 2026年度XX局部门预算, 单位预算公开, 部门决算 …
_DISCLOSURE_TITLE = regex.compile(r"(?:部门|单位)\s*+(?:综合\s*+)?(?:预算|决算)")
_SENTENCE = regex.compile(r"[。；;！？!?]")
_CLAUSE_MARK = regex.compile(r"[，,：:]")
# How an entry of a table of contents starts: 第一部分, 一、, （一）, 1. / 9、 (also glued to
# a year, 4．2026年…, but not a decimal, 1.5), 表3, 公开05表 …
_ENTRY_NUMBER = regex.compile(
    r"^\s*(?:第\s*[一二三四五六七八九十]{1,3}\s*部分|[一二三四五六七八九十]{1,3}\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}\s*[、.．](?!\d{1,2}(?!\d))"
    r"|表\s*\d{1,2}(?!\d)|(?:公开|预算)\s*\d{1,2}\s*表|(?:公开表|附表)\s*\d{1,2}(?!\d))\s*"
)
# … and how it may end: dot leaders and/or a page number.
_PAGE_REFERENCE = regex.compile(r"(?:(?<![.．…·‥⋯_—-])[.．…·‥⋯_—-]{2,}+\s*+\d{0,3}|\s\d{1,3})\s*+$")


@frozen
class GridPage:
    """The header rows and body rows of a table on one page (or one continuation)."""

    header: tuple[SourceLine, ...]
    body: tuple[SourceLine, ...]


@frozen
class TableBlock:
    """A table of part 2 as found: marker number, title, header lines and pages.

    ``text`` holds lines inside the block that are neither cells nor header lines
    (a flattened table's rows, stray text), kept for the recognizer to account for;
    ``lines`` every non-blank line after the title, in order (the flattened-text reader
    works from these). ``reason`` says why the segmenter opened the block: ``"表3 marker"``,
    ``"公开05表 marker"``, ``"title matches 表5 (一般公共预算支出情况表)"``, ``"a short line
    ending in 表"`` or ``"cell rows under no title"`` (docs/tables.md).

    ``printed_number`` is the marker as printed, spaces dropped (``"表3"``, ``"公开01表"``,
    ``"公开表1"``), ``None`` without one; ``family`` the template family of the whole
    document (:func:`xjbudget.catalog.family_of`, the key of a
    :data:`~xjbudget.catalog.FAMILIES` entry), set once every block is found.
    """

    number: int | None
    title: str
    pages: tuple[GridPage, ...]
    preparer: str | None = None
    preparer_kind: str | None = None
    unit: str | None = None
    statement: str | None = None
    text: tuple[SourceLine, ...] = ()
    first: SourceLine | None = None
    lines: tuple[SourceLine, ...] = ()
    reason: str = ""
    printed_number: str | None = None
    family: str | None = None


@frozen
class PerformanceBlock:
    """A 绩效目标表: its title line and its cell rows; ``reason`` is ``"performance
    title"`` (a short line naming a 部门整体/项目支出/单位整体绩效目标表, spaces between
    its characters allowed). ``text``: the lines without cells under a title that has no
    cell row yet — a flattened table, up to the next title or the part's end; they stay
    in the part's lines too (the performance reader decides where the table ends)."""

    title: str
    rows: tuple[SourceLine, ...]
    first: SourceLine
    reason: str = "performance title"
    text: tuple[SourceLine, ...] = ()


@frozen
class PartBlock:
    number: int
    heading: SourceLine
    lines: tuple[SourceLine, ...]


@frozen
class Structure:
    """A document cut into its pieces; every input line lands in exactly one of them
    (or in ``loose`` when it belongs to none). ``family`` is the template family the
    document's printed table numbers, titles and cover say (:func:`xjbudget.catalog.family_of`)."""

    cover: tuple[SourceLine, ...]
    contents: tuple[SourceLine, ...]
    parts: tuple[PartBlock, ...]
    tables: tuple[TableBlock, ...]
    sections: tuple[SectionBlock, ...]
    performance: tuple[PerformanceBlock, ...]
    glossary: tuple[SourceLine, ...]
    loose: tuple[SourceLine, ...] = field(factory=tuple)
    family: str = "national"


def _part_number(line: SourceLine) -> int | None:
    if line.cells is not None:
        return None
    match = _PART.match(line.text)
    return _PART_NUMBERS[match.group(1)] if match else None


def _content_start(lines: Sequence[SourceLine]) -> tuple[int, int]:
    """Index of the table of contents (or -1) and of the first line of part 1."""
    toc = next(
        (
            i
            for i, line in enumerate(lines)
            if line.cells is None and label_key(line.text) == "目录"
        ),
        -1,
    )
    heads = [(i, n) for i, line in enumerate(lines) if (n := _part_number(line)) is not None]
    if toc < 0:
        return -1, heads[0][0] if heads else 0
    after = [(i, n) for i, n in heads if i > toc]
    last_toc_part = next((k for k, (_, n) in enumerate(after) if n == 4), None)
    if last_toc_part is not None:
        rest = after[last_toc_part + 1 :]
        start = next((i for i, n in rest if n == 1), rest[0][0] if rest else len(lines))
        return toc, start
    if not after:
        return toc, _contents_end(lines, toc)
    ones = [i for i, n in after if n == 1]
    return toc, ones[1] if len(ones) > 1 else (ones[0] if ones else toc + 1)


def _contents_end(lines: Sequence[SourceLine], toc: int) -> int:
    """Where a table of contents that no part heading follows ends (Shanghai's 单位预算:
    目录, 一、… 五、单位预算表, 1. … 9. table titles, 六、…, then the text).

    The contents are the run of entries after the 目录 line. The run ends at a line that
    is no entry, at an entry the body prints again (its first heading), and before a
    title that opens a table (a cell row or a 编制部门 line follows it).
    """
    seen: set[str] = set()
    end = toc + 1
    for i in range(toc + 1, len(lines)):
        line = lines[i]
        if line.is_blank:
            continue
        if not _is_contents_entry(line) or _opens_table(lines, i):
            break
        key = label_key(_ENTRY_NUMBER.sub("", _PAGE_REFERENCE.sub("", line.text)))
        if key in seen:
            break
        seen.add(key)
        end = i + 1
    return end


def _is_contents_entry(line: SourceLine) -> bool:
    """A short text line numbered like a heading, ending in a page number, or a table title."""
    text = line.text.strip()
    if line.cells is not None or not text or len(text) > 60 or _SENTENCE.search(text):
        return False
    return bool(_ENTRY_NUMBER.match(text) or _PAGE_REFERENCE.search(text) or spec_for_title(text))


def _opens_table(lines: Sequence[SourceLine], i: int) -> bool:
    """Whether the first non-blank line after ``lines[i]`` is a cell row, a 编制部门 line or
    a 单位：万元 line."""
    after = next((line for line in lines[i + 1 :] if not line.is_blank), None)
    if after is None:
        return False
    return after.cells is not None or is_preparer_line(after.text) or is_unit_line(after.text)


def segment(lines: Sequence[SourceLine], *, settings: Settings = DEFAULT_SETTINGS) -> Structure:
    """Cut a document into cover, contents, parts, tables, sections and the rest
    (``settings``: the title and heading lengths, :class:`~xjbudget.settings.Settings`)."""
    toc, start = _content_start(lines)
    cover = tuple(lines[: toc if toc >= 0 else start])
    contents = tuple(lines[toc:start]) if toc >= 0 else ()
    parts = _split_parts(lines, start)
    loose: list[SourceLine] = []
    if not parts:
        loose.extend(lines[start:])
    tables: list[TableBlock] = []
    sections: list[SectionBlock] = []
    performance: list[PerformanceBlock] = []
    glossary: tuple[SourceLine, ...] = ()
    for part in parts:
        if part.number == 2:
            found, rest = _find_tables(part.lines, settings)
            tables.extend(found)
            loose.extend(rest)
        elif part.number == 4:
            # The glossary, or (Shenzhen's 政府采购预算情况) a part printing tables: its grids
            # are tables, the rest is the glossary.
            found, rest = _find_tables(part.lines, settings, require_cells=True)
            tables.extend(found)
            glossary = tuple(rest) if found else part.lines
        else:
            body, perf = _find_performance(part.lines, settings)
            performance.extend(perf)
            # Parts 1 and 3 may print tables too (决算 without a 第二部分 heading; templates
            # whose part 3 is 部门预算支出具体情况): a title followed by cell rows.
            found, body = _find_tables(body, settings, require_cells=True)
            tables.extend(found)
            # The sections are cut from all the part's lines: a part-1 table block may
            # have taken narrative after its title (its text lines stay section text).
            titles = {id(block.first) for block in perf}
            sections.extend(
                find_sections(part.number, part.lines, settings, performance_titles=titles)
            )
    if not any(p.number == 2 for p in parts):
        # A document without part headings (a bare table set): look for tables anywhere.
        found, _ = _find_tables(loose, settings)
        if found:
            tables.extend(found)
            loose = []
    cover_text = [line.text for line in cover if line.cells is None]
    family = family_of(
        [text for block in tables for text in (block.printed_number, block.title) if text]
        + [*cover_text, "".join(cover_text)]  # a cover title wrapped over lines, joined too
    ).key
    return Structure(
        cover=cover,
        contents=contents,
        parts=parts,
        tables=tuple(evolve(block, family=family) for block in tables),
        sections=tuple(sections),
        performance=tuple(performance),
        glossary=glossary,
        loose=tuple(loose),
        family=family,
    )


def disclosure_marker(lines: Sequence[SourceLine]) -> SourceLine | None:
    """The first line that marks ``lines`` as a budget disclosure, or ``None``.

    Any one of these suffices: a part heading (第一部分 …); a 表N or 公开NN表 marker or a
    standard table title; a 编制部门/编制单位/部门名称 line; a title line naming a 部门 or
    单位 预算/决算 (``2026年度XX局部门预算``, ``单位预算公开``, ``部门决算``). A cell row
    is asked cell by cell, so a title printed inside a table's frame still counts. The
    segmenter makes a table of any cell rows, so without this test a grid of fruit names
    would parse as a 部门预算.
    """
    for line in lines:
        texts = line.cells if line.cells is not None else (line.text,)
        if any(_is_marker(strip_tags(text).strip()) for text in texts):
            return line
    return None


def _is_marker(text: str) -> bool:
    if not text:
        return False
    if _PART.match(text) or _PREPARER.search(text):
        return True
    if len(text) > 50 or _SENTENCE.search(text):
        return False  # a sentence may name a 部门预算 or start with 表3 without being a title
    return bool(
        _TABLE_MARKER.match(text)
        or _OTHER_MARKER.match(text)
        or _DISCLOSURE_TITLE.search(text)
        or spec_for_title(text)
    )


def _split_parts(lines: Sequence[SourceLine], start: int) -> tuple[PartBlock, ...]:
    heads: list[tuple[int, int]] = []
    for i in range(start, len(lines)):
        number = _part_number(lines[i])
        if number is not None and (not heads or number > heads[-1][1]):
            heads.append((i, number))
    blocks = []
    for k, (i, number) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        blocks.append(PartBlock(number, lines[i], tuple(lines[i + 1 : end])))
    return tuple(blocks)


def is_preparer_line(text: str) -> bool:
    """A ``编制部门：…`` / ``部门名称：…`` line: where a table's page starts."""
    return _PREPARER.search(text) is not None


def is_unit_line(text: str) -> bool:
    """A ``单位：万元`` line: the unit the amounts are printed in, ending the line."""
    return _UNIT.search(text) is not None


def is_numbering_row(cells: Sequence[str]) -> bool:
    """The ``※ ※ ※ 1 2 3`` row (or a bare ``1 2 3`` row) that numbers the columns."""
    keys = [strip_tags(c).strip() for c in cells if c.strip()]
    if not keys:
        return False
    if any(k == "※" for k in keys):
        return True
    return len(keys) >= 2 and all(k.isdigit() and int(k) <= 40 for k in keys)


_CODE_CELL = regex.compile(r"^\s*+(?:<b>\s*+)?\d{3}(?!\d)")  # possessive: linear in spaces
# A row of the flattened form ends in an amount with its decimals, standing alone.
_FLAT_ROW_END = regex.compile(r"(?:^|\s)-?\d[\d,]*\.\d{1,2}\s*$")


def _is_preparer_row(cells: Sequence[str]) -> bool:
    """Whether a cell row is a 编制部门 / 单位名称 line (its unit after it or not) or a
    单位：万元 line set in cells: it starts with the label and holds no amount."""
    text = " ".join(c.strip() for c in cells if c.strip())
    if not text or any(is_amount(c) for c in cells if c.strip()):
        return False
    found = _PREPARER.search(text) or _UNIT.search(text)
    return found is not None and found.start() == 0


def looks_like_data(cells: Sequence[str]) -> bool:
    """Whether a cell row of a table is a body row rather than a header row."""
    if is_numbering_row(cells):
        return False
    filled = [c for c in cells if c.strip()]
    if not filled:
        return False
    if _CODE_CELL.match(filled[0]):
        return True
    if label_key(filled[0]) in ("合计", "总计") and all(is_amount(c) for c in filled[1:]):
        return True  # a total row, possibly with nothing but 0 in it
    return any(is_amount(c) and "." in c for c in filled)


@define
class _TableBuilder:
    """The table being read while scanning part 2 (mutable, local to one scan)."""

    number: int | None
    title: str
    first: SourceLine
    reason: str
    printed_number: str | None = None
    pages: list[GridPage] = Factory(list)
    header: list[SourceLine] = Factory(list)
    body: list[SourceLine] = Factory(list)
    preparer: str | None = None
    preparer_kind: str | None = None
    unit: str | None = None
    statement: str | None = None
    text: list[SourceLine] = Factory(list)
    lines: list[SourceLine] = Factory(list)
    wrapped: SourceLine | None = None

    def new_page(self) -> None:
        if self.header or self.body:
            self.pages.append(GridPage(tuple(self.header), tuple(self.body)))
        self.header, self.body = [], []

    def add_row(self, line: SourceLine) -> None:
        cells = line.cells or ()
        if _is_preparer_row(cells):
            # 广州 prints 单位名称：… and 单位：万元 as the cells of the table's first row:
            # the preparer and the unit, as on a line of text.
            self.take_text(line)
            return
        self.lines.append(line)
        data = looks_like_data(cells)
        if self.body and not data and self._repeats_header(cells):
            self.new_page()  # the header printed again on the next page, no 编制部门 line
        elif self.pages and not self.body and not data:
            # On a continuation page only what repeats the first page's header is header:
            # a row without amounts (表10's 因公出国（境）费) is a row.
            data = not (is_numbering_row(cells) or self._repeats_header(cells))
        if self.body or data:
            self.body.append(line)
        else:
            self.header.append(line)

    def _text_row(self, line: SourceLine) -> SourceLine | None:
        """A body row the PDF reader left as text: on a page after the table's last cell
        row, a line of words then amounts as many as that row prints, its words as many
        as its label cells (or one label cell). A continuation page holding a single row
        has no grid to find (广州's 表5 ends with [2210203]购房补贴 1,493.12 1,493.12 0.00
        alone on its page, under its header printed as text)."""
        if not self.body or line.location.page is None:
            return None
        last = self.body[-1]
        cells = last.cells or ()
        if last.location.page is None or line.location.page <= last.location.page:
            return None
        first = next((i for i, c in enumerate(cells) if is_amount(c)), None)
        if not first or not all(is_amount(c) for c in cells[first:]):
            return None
        tokens = line.text.split()
        words = [t for t in tokens if not is_amount(t)]
        amounts = tokens[len(words) :]
        if not words or tokens[: len(words)] != words or len(amounts) != len(cells) - first:
            return None
        if first == 1:
            words = [" ".join(words)]
        elif len(words) != first:
            return None
        return evolve(line, cells=(*words, *amounts))

    def _wrap(
        self, line: SourceLine, pending: Sequence[SourceLine] = ()
    ) -> tuple[int, list[int], int] | None:
        """Where a line of amounts only, after the table's last cell row and lines of
        words (``pending`` ones still to come before it), puts that row's label and
        amounts (as many as it prints), and how many lines of words come before it
        (:meth:`_wrapped_row`); ``None`` if it is no such row."""
        tokens = line.text.split()
        if not self.body or not tokens or not all(is_amount(t) for t in tokens):
            return None
        last = self.body[-1]
        cells = last.cells or ()
        slots = [i for i, c in enumerate(cells) if is_amount(c)]
        if not slots or len(tokens) != len(slots):
            return None
        if any(("." in t) != ("." in cells[i]) for t, i in zip(tokens, slots, strict=True)):
            return None  # not printed as the row's amounts are (a page number 29)
        label = max((i for i in range(slots[0]) if cells[i].strip()), default=None)
        # The lines after the last row's own (a row read from text is a copy with cells).
        at = next((i for i, x in enumerate(self.lines) if x.location == last.location), None)
        if at is None:
            return None
        taken = self.lines[at + 1 :]
        if taken and self.text[-len(taken) :] != taken:
            return None
        after = [*taken, *pending]
        if label is None or not after or not all(_name_piece(x) for x in after):
            return None
        return label, slots, len(after)

    def _wrapped_row(self, line: SourceLine) -> SourceLine | None:
        """A body row the PDF reader left as text, its name wrapped around its amounts:
        after the table's last cell row, lines of words, then a line of amounts only, as
        many as that row prints, its words the row's label (xian-06 p41, 表10's last row:
        刑侦总队补助涉黑线索核查专班工作 / 100,000.00 / 经费, the rest of the name
        under it: :meth:`take_text`). The words' lines are taken back from the text."""
        wrap = self._wrap(line)
        if wrap is None:
            return None
        label, slots, pieces = wrap
        row = [""] * len(self.body[-1].cells or ())
        row[label] = "".join(x.text.strip() for x in self.text[-pieces:])
        for slot, amount in zip(slots, line.text.split(), strict=True):
            row[slot] = amount
        del self.text[-pieces:]
        return evolve(line, cells=tuple(row))

    def wraps_row(self, line: SourceLine, ahead: Sequence[SourceLine]) -> bool:
        """Whether a line of text after the last cell row is part of a row wrapped around
        its amounts (:meth:`_wrapped_row`), the lines ``ahead`` of it included: a piece of
        its name before the line of its amounts, that line, or the rest of the name."""
        if self.wrapped is not None and self.lines[-1] is self.wrapped:
            return self._ends_wrapped_name(line)
        if not _name_piece(line):
            return self._wrap(line) is not None
        for k, after in enumerate(ahead):
            if after.cells is not None or not after.text.strip():
                return False
            if not _name_piece(after):
                return self._wrap(after, (line, *ahead[:k])) is not None
        return False

    def _pairs_row(self, line: SourceLine) -> SourceLine | None:
        """A body row the PDF reader left as text on the table's last page: its words
        and amounts as many as the table's rows print cells, an amount exactly where they
        print amounts (西安 2026 表1/表4 close with 收入总计 303,312,586.17 支出总计
        303,312,586.17 支出总计 … under no grid line: label, amount, label, amount …)."""
        if not self.body or line.location.page != self.body[-1].location.page:
            return None
        width = len(self.body[-1].cells or ())
        slots = {i for row in self.body for i, c in enumerate(row.cells or ()) if is_amount(c)}
        tokens = line.text.split()
        if len(tokens) != width or not slots or len(slots) == width:
            return None
        if any(is_amount(token) != (i in slots) for i, token in enumerate(tokens)):
            return None
        return evolve(line, cells=tuple(tokens))

    def goes_on(self, line: SourceLine, ahead: Sequence[SourceLine]) -> bool:
        """Whether a line of text after the last cell row is still the table's, in a part
        where text ends a table: a row left as text (:meth:`_pairs_row`), or labels without
        amounts (西安 2026 表1: 22、国有资本经营预算支出 …, 上年结转 …, rows whose grid line
        the PDF reader did not find) followed, on the same page, by a row of the table."""
        if self._pairs_row(line) is not None:
            return True
        page = self.body[-1].location.page if self.body else None
        for after in (line, *ahead):
            if after.location.page != page:
                return False
            if after is not line and (after.cells is not None or self._pairs_row(after)):
                return True
            if not _list_label(after):
                return False
        return False

    def _repeats_header(self, cells: Sequence[str]) -> bool:
        """Whether every label of ``cells`` is printed in the first page's header."""
        first = self.pages[0].header if self.pages else self.header
        labels = {label_key(c) for h in first for c in h.cells or ()}
        own = {label_key(c) for c in cells} - {""}
        if own and not own <= labels:
            # A header line printed again with its words cut into other cells (xian-06's
            # 政府采购 page 46: 数量 a cell of its own, not inside 支出经济…科目编码).
            words = _header_words((tuple(k for c in cells if (k := label_key(c))),))
            return any(_header_words((_labels(h),)) == words for h in first)
        return bool(own)

    def _ends_wrapped_name(self, line: SourceLine) -> bool:
        """Whether ``line`` is more of the name of the row last wrapped around its amounts
        (:meth:`_wrapped_row`): words on the same page, right after it."""
        wrapped = self.wrapped
        return (
            wrapped is not None
            and self.lines[-1] is wrapped
            and line.location.page == wrapped.location.page
            and _name_piece(line)
        )

    def take_text(self, line: SourceLine) -> None:
        if self._ends_wrapped_name(line):
            # The rest of a wrapped row's name, printed under its amounts.
            label = next(i for i, c in enumerate(self.body[-1].cells or ()) if c.strip())
            cells = list(self.body[-1].cells or ())
            cells[label] += line.text.strip()
            self.body[-1] = evolve(self.body[-1], cells=tuple(cells))
            self.lines.append(line)
            self.wrapped = line
            return
        row = self._text_row(line) or self._pairs_row(line)
        wrapped = None
        if row is None:
            row = wrapped = self._wrapped_row(line)
        if row is not None:
            # The block keeps the line as printed (coverage counts its amounts there).
            self.lines.append(line)
            self.body.append(row)
            self.wrapped = line if wrapped is not None else None
            return
        self.lines.append(line)
        text = line.text.strip()
        preparer = _PREPARER.search(text)
        if preparer:
            self.new_page()
            self.preparer = self.preparer or normalize_text(preparer.group(3))
            self.preparer_kind = preparer.group(1) or preparer.group(2)
            self.unit = preparer.group(4) or self.unit
        elif unit := _UNIT.search(text):
            self.unit = unit.group(1)
        elif "为空表" in text:
            starts = "没有" in text or text.startswith("备注")
            if not starts and self.text and not self.text[-1].text.rstrip().endswith("。"):
                text = self.text.pop().text.strip() + text  # a sentence wrapped over lines
            self.statement = regex.sub(r"^\s*备注\s*[:：]\s*", "", normalize_text(text))
        else:
            self.text.append(line)

    @property
    def has_cells(self) -> bool:
        return bool(self.header or self.body or self.pages)

    @property
    def holds_table(self) -> bool:
        """Whether anything of a table was read after the title: cells, a 编制部门 or 单位
        line, a "…为空表" statement or a flattened row (text ending in an amount).

        A title followed by nothing of the kind — the last entry of a list of table titles
        in a table of contents, followed by the narrative — is not a table.
        """
        return (
            self.has_cells
            or self.preparer_kind is not None
            or self.unit is not None
            or self.statement is not None
            or any(_FLAT_ROW_END.search(line.text) for line in self.text)
        )

    @property
    def is_heading(self) -> bool:
        """Nothing but a title was read: a heading over tables, not a table."""
        return not (self.header or self.body or self.pages or self.text or self.statement)

    def build(self) -> TableBlock:
        self.new_page()
        return TableBlock(
            number=self.number,
            title=self.title,
            pages=tuple(self.pages),
            preparer=self.preparer,
            preparer_kind=self.preparer_kind,
            unit=self.unit,
            statement=self.statement,
            text=tuple(self.text),
            first=self.first,
            lines=tuple(self.lines),
            reason=self.reason,
            printed_number=self.printed_number,
        )


def _find_tables(
    lines: Sequence[SourceLine], settings: Settings, *, require_cells: bool = False
) -> tuple[list[TableBlock], list[SourceLine]]:
    """Find the table blocks among ``lines``; return them and the lines outside any table.

    In part 2 a block may hold no cell at all (the flattened text form). Elsewhere
    (``require_cells``: part 1 of a document whose tables sit there, as in 决算 documents
    without a 第二部分 heading) a title followed by no cell row is narrative, and its lines
    go back. Everywhere, a title followed by nothing of a table (see
    :attr:`_TableBuilder.holds_table`) is text, and its lines go back too. Cell rows under
    no title make an untitled block, never narrative.
    """
    blocks: list[TableBlock] = []
    outside: list[SourceLine] = []
    current: _TableBuilder | None = None

    def close() -> None:
        if current is None:
            return
        if current.is_heading:
            outside.append(current.first)
        elif not current.holds_table or (require_cells and not current.has_cells):
            outside.extend((current.first, *current.lines))
        else:
            built = current.build()
            if blocks and _continues(blocks[-1], built):
                blocks[-1] = _joined(blocks[-1], built)
            else:
                blocks.append(built)

    previous: SourceLine | None = None  # the line before, where it is text
    for at, line in enumerate(lines):
        if line.is_blank:
            continue
        before, previous = previous, None
        text = line.text.strip()
        if line.cells is not None:
            if current is None:
                current = _TableBuilder(None, "", line, "cell rows under no title")
            current.add_row(line)
            continue
        previous = line
        marker = _TABLE_MARKER.match(text) or _OTHER_MARKER.match(text)
        short = len(text) <= settings.table_title_max_chars
        spec = spec_for_title(text) if not marker and short else None
        if (
            spec is None
            and not marker
            and before is not None
            and _TITLE.match(text)
            and not _NOTE_OR_SENTENCE.search(before.text)
        ):
            # A title wrapped over two lines (西安 2021: 部门综合预算政府采购（资产配置、
            # 购买服务） / 预算表（不含上年结转）): the first line taken back as the title's.
            wrapped = before.text.strip() + text
            if spec_for_title(wrapped) is not None and _take_back(before, current, outside):
                text, spec = wrapped, spec_for_title(wrapped)
        if marker or spec is not None or _TITLE.match(text):
            number = int(marker.group(1)) if marker and marker.re is _TABLE_MARKER else None
            title = normalize_text(marker.group(marker.re.groups) if marker else text)
            if marker is None and current is not None and not current.title and current.is_heading:
                current.title = title
                continue
            close()
            printed = _printed_number(marker)
            current = _TableBuilder(
                number, title, line, _table_reason(marker, spec, printed), printed
            )
        elif current is None:
            outside.append(line)
        elif (
            current.title
            and current.is_heading
            and _CLASSIFICATION_LINE.match(text)
            and (joined := spec_for_title(current.title + text)) is not None
        ):
            # A title's bracketed classification on a line of its own (西安 2021:
            # …一般公共预算支出明细表 / （按支出经济分类科目-不含上年结转）, no 表N
            # marker): without it the title names 表5, not the economic table.
            current.title = normalize_text(current.title + text)
            if current.printed_number is None:
                current.reason = _table_reason(None, joined, None)
        elif current.printed_number and not current.title and current.is_heading and _names(text):
            # A marker alone on its line, the title on the next (Xi'an's 表5 then
            # 部门综合预算一般公共预算支出明细表（按支出功能分类科目）, longer than a title).
            current.title = normalize_text(text)
        elif (
            current.body
            and require_cells
            and not is_preparer_line(text)
            and not current.wraps_row(line, lines[at + 1 : at + 4])
            and not current.goes_on(line, lines[at + 1 : at + 8])
        ):
            # Narrative after a table of part 1: the table is over.
            close()
            current = None
            outside.append(line)
        else:
            current.take_text(line)
    close()
    return blocks, outside


# A line that cannot be the first half of a title: a note or a sentence (上海 普陀 2024:
# 注：本表反映部门本年度“三公”经费支出预决算情况。 above the next table's title).
# A line holding only a bracketed classification: （按支出经济分类科目-不含上年结转）.
_CLASSIFICATION_LINE = regex.compile(r"^[（(][^（）()]{2,30}[）)]$")
_NOTE_OR_SENTENCE = regex.compile(r"^\s*注|[。；;：:]")


def _take_back(line: SourceLine, current: _TableBuilder | None, outside: list[SourceLine]) -> bool:
    """Take ``line`` back from where it went as text (the lines outside every table, or
    the open block's text); whether it was found there."""
    if outside and outside[-1] is line:
        outside.pop()
        return True
    if current is not None and current.lines and current.lines[-1] is line:
        current.lines.pop()
        if current.text and current.text[-1] is line:
            current.text.pop()
        return True
    return False


def _continues(previous: TableBlock, block: TableBlock) -> bool:
    """Whether ``block`` is ``previous`` continued on the next page with its number and
    title printed again (Yantai prints 公开表2 / 收入总体情况表 on every page): the same
    printed number and title, the same preparer (a different one is another unit's table,
    as Shenzhen prints 表1 once per unit), cell rows in both, and a later page. An
    untitled block continues the previous one where it prints the same header again (西安's
    政府采购 table: a group-label line of text above the repeated header ends the block
    that page's rows then open without title)."""
    untitled = not block.title and block.printed_number is None and block.preparer is None
    # The number may be printed on the first page only (xian-09 p43 prints 表14's title,
    # 预算单位 line and header again without p42's 表2).
    number = previous.printed_number if block.printed_number is None else block.printed_number
    if not untitled and (
        not block.title or (number, block.title) != (previous.printed_number, previous.title)
    ):
        return False
    if not untitled and block.preparer != previous.preparer:
        return False
    if not block.pages or not previous.pages:
        return False
    # The grids' pages, not the lines': 西安 prints a page's 表10 marker at the foot of
    # the page before, under that page's last row, and its title on the page it heads.
    before = _grid_page(previous.pages[-1], last=True)
    after = _grid_page(block.pages[0], last=False)
    if before is None or after is None or after <= before:
        return False
    # The header printed again, label for label: a table of the same title with other
    # columns (Xi'an's 基本支出明细表 by function, then by economic class) is another table.
    # Rows without code or amount at the top of the page come after it among the header
    # rows (烟台's 表4: 十八、粮油物资储备支出 …): the header is the continuation's first rows.
    header, again = _header_labels(previous.pages[0]), _header_labels(block.pages[0])
    if untitled:
        # Its words, however the reader cut the header's lines into cells: xian-06 prints
        # 政府采购's 数量 as a cell of its own on pages 46 and 49 and inside the merged
        # 支出经济…科目编码 cell on the others.
        if bool(header) and _header_words(again[: len(header)]) == _header_words(header):
            return True
        return (
            not previous.title
            and previous.printed_number is None
            and _label_row_again(header, again)
        )
    return again[: len(header)] == header if header else not again


def _label_row_again(header: Sequence[tuple[str, ...]], again: Sequence[tuple[str, ...]]) -> bool:
    """Whether an untitled grid after an untitled grid prints its label row again: the
    rows under it that hold no amount are the first project's target text (广州's
    重点项目绩效目标 grid, 项目 | 预算数 | 绩效目标, its header on every page), not header
    to compare. A label's head may be wrapped onto a line of text above the row
    (guangzhou-07 p61: 预算数（单位：万 / 项目 | 元） | 绩效目标): each label is the first
    one or its tail."""
    if not header or not again or len(header[0]) < 2 or len(again[0]) != len(header[0]):
        return False
    return all(x.endswith(y) for x, y in zip(header[0], again[0], strict=True))


def _words(line: SourceLine) -> bool:
    """A line of text holding words only: no cells, no amount, no sentence."""
    tokens = line.text.split()
    return (
        line.cells is None
        and bool(tokens)
        and not any(is_amount(t) for t in tokens)
        and not _SENTENCE.search(line.text)
    )


def _list_label(line: SourceLine) -> bool:
    """A line of text that can be a table row's label printed without amount: words (a
    numbering, 其中：), short."""
    return _words(line) and len(line.text.strip()) <= 30


def _name_piece(line: SourceLine) -> bool:
    """A line of text that can be a piece of a row's name: words, no comma or colon."""
    return _words(line) and not _CLAUSE_MARK.search(line.text)


def _grid_page(page: GridPage, *, last: bool) -> int | None:
    """The page of a grid page's first or last cell row."""
    rows = (*page.header, *page.body)
    return rows[-1 if last else 0].location.page if rows else None


def _header_labels(page: GridPage) -> tuple[tuple[str, ...], ...]:
    return tuple(_labels(line) for line in page.header)


def _labels(line: SourceLine) -> tuple[str, ...]:
    return tuple(k for c in line.cells or () if (k := label_key(c)))


def _header_words(labels: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """Each header line's characters, in order of code point: the same for a header
    printed again whose cells the reader split or merged otherwise."""
    return tuple(label_characters(line) for line in labels)


def _joined(previous: TableBlock, block: TableBlock) -> TableBlock:
    """One block of a table and its continuation: the pages, text and lines of both (the
    continuation's title line among the lines)."""
    first = block.first
    return evolve(
        previous,
        pages=previous.pages + block.pages,
        unit=previous.unit or block.unit,
        statement=previous.statement or block.statement,
        text=previous.text + block.text,
        lines=previous.lines + ((first,) if first else ()) + block.lines,
    )


def _names(text: str) -> bool:
    """Whether a text line after a bare marker can be the table's title: no sentence
    punctuation, not a 编制部门 or 单位 line, not an empty-table statement."""
    return (
        _SENTENCE.search(text) is None
        and regex.search(r"[，：:]", text) is None
        and not is_preparer_line(text)
        and not is_unit_line(text)
        and "为空表" not in text
    )


def _printed_number(marker: regex.Match[str] | None) -> str | None:
    """The table number as printed, spaces dropped: ``表3``, ``公开01表``, ``公开表1``."""
    if marker is None:
        return None
    if marker.re is _TABLE_MARKER:
        return f"表{marker.group(1)}"
    return regex.sub(r"\s+", "", marker.group(1))


def _table_reason(
    marker: regex.Match[str] | None, spec: TableSpec | None, printed: str | None
) -> str:
    """Why a line opened a table block (:attr:`TableBlock.reason`)."""
    if marker is not None and marker.re is _TABLE_MARKER:
        return f"表{int(marker.group(1))} marker"
    if marker is not None:
        return f"{printed} marker"
    if spec is not None:
        return f"title matches 表{spec.number} ({spec.title})"
    return "a short line ending in 表"


def _find_performance(
    lines: Sequence[SourceLine], settings: Settings
) -> tuple[list[SourceLine], list[PerformanceBlock]]:
    """Take the performance target tables out of a part's lines."""
    rest: list[SourceLine] = []
    blocks: list[PerformanceBlock] = []
    current: tuple[str, SourceLine, list[SourceLine]] | None = None
    text: list[SourceLine] = []

    def close(block: tuple[str, SourceLine, list[SourceLine]]) -> None:
        rows = tuple(block[2])
        blocks.append(PerformanceBlock(block[0], rows, block[1], text=() if rows else tuple(text)))

    for line in lines:
        # Titles printed with spaces between the characters (项 目 支 出 绩 效 目 标 表)
        # are titles too.
        title = normalize_text(line.text) if line.cells is None else ""
        if (
            title
            and _PERFORMANCE.search(title)
            and len(title) <= settings.performance_title_max_chars
        ):
            if current:
                close(current)
            current, text = (title, line, []), []
            continue
        if current is not None:
            if line.cells is not None:
                current[2].append(line)
                continue
            if line.is_blank or regex.fullmatch(r"[(（]\s*\d{4}\s*年\s*[)）]", line.text.strip()):
                continue
            if not current[2]:
                # No cell row yet: a flattened table's lines (also kept in the part).
                text.append(line)
            else:
                close(current)
                current = None
        rest.append(line)
    if current:
        close(current)
    return rest, blocks
