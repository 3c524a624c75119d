"""The parsing entry points: bytes or text in, a :class:`~xjbudget.model.Document` out."""

from __future__ import annotations

import datetime
import functools
import io
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple

import regex

from .child import call_in_child
from .coverage import measure_coverage
from .errors import (
    EmptyInputError,
    NotABudgetDocumentError,
    UnsupportedFormatError,
)
from .limits import check_text, check_text_bytes, check_time, read_input, time_budget
from .model import (
    Document,
    DocumentMeta,
    Finding,
    GenericTable,
    GlossaryEntry,
    Part,
    Section,
    SourceForm,
    Table,
    TextBlock,
)
from .model.document import preferred_table
from .narrative import extract_facts
from .settings import DEFAULT_SETTINGS, Settings
from .sources.encodings import decode_text
from .sources.inputs import read_stream, unsupported_format
from .sources.lines import SourceLine
from .sources.pdf_page import DEFAULT_ENGINE, Engine
from .sources.tabbed import looks_tabbed, read_text_lines
from .structure import Structure, TableBlock, disclosure_marker, segment
from .tables.performance import read_performance, take_performance_tables
from .tables.project_classes import project_classes
from .tables.recognize import recognize
from .text import label_key, normalize_text

__all__ = ["build_document", "parse", "parse_pdf", "parse_text", "segment_source"]

# Possessive spaces (``\s*+``): between literals a space given back cannot help a match,
# and backtracking over adjacent space runs is polynomial in the run length.
_YEAR_KIND = regex.compile(r"(\d{4})\s*+年\s*+度?\s*+(部门|单位)?\s*+(预算|决算)")
_YEAR = regex.compile(r"((?:19|20)\d{2})\s*年")
_DATE = regex.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
# The term runs from its first non-space to the last non-space, non-colon character
# before the first colon (or, with only spaces before the colon, is the last of them):
# the term is taken possessively, each space run scanned once, where
# ``\s*(.+?)\s*[:：]`` rescanned it from every position (cubic in the run's length).
_GLOSSARY = regex.compile(
    r"^\s*+([一二三四五六七八九十]{1,3})\s*+[、.．]"
    r"(?|\s*+(\S(?:[^\s:：]++|\s++(?=[^\s:：]))*+)|\s*(\s)(?=[:：]))\s*+[:：]\s*(.*)$"
)
# The name is empty or ends in a non-space (so the spaces after it are scanned once).
_PART_TITLE = regex.compile(
    r"^\s*+第\s*+[一二三四]\s*+部分\s*+(?:\d{4}\s*+年\s*+)?((?:.*?\S)??)\s*+(?:部门|单位)?概况\s*$"
)


def parse_text(
    text: str, *, source: str | None = None, settings: Settings = DEFAULT_SETTINGS
) -> Document:
    """Parse the text of a disclosure (tab-separated or flattened) into a Document
    (``settings``: the recognition thresholds, :class:`~xjbudget.settings.Settings`).

    Raises :class:`~xjbudget.errors.EmptyInputError` for blank text,
    :class:`~xjbudget.errors.InputTooLargeError` beyond :mod:`xjbudget.limits` and
    :class:`~xjbudget.errors.NotABudgetDocumentError` when the text bears no mark of a
    disclosure (a part heading, a table title or 表N marker, a 编制部门 line, a title
    naming a 部门/单位 预算/决算) or holds no part and no table.
    """
    with time_budget(where=source):
        return _build(_text_lines(text, source), settings)


def parse_pdf(
    source: str | os.PathLike[str] | bytes | BinaryIO,
    *,
    engine: Engine = DEFAULT_ENGINE,
    settings: Settings = DEFAULT_SETTINGS,
) -> Document:
    """Parse a disclosure PDF (see ``docs/pdf.md``; ``engine``: the library that reads
    the pages, ``"pdfplumber"`` or ``"pdfium"``; ``settings``: as :func:`parse_text`)."""
    name = os.fspath(source) if isinstance(source, (str, os.PathLike)) else None
    with time_budget(where=name):
        return _build(_pdf_lines(source, name, engine), settings)


def parse(
    source: str | os.PathLike[str] | bytes | BinaryIO,
    *,
    engine: Engine = DEFAULT_ENGINE,
    settings: Settings = DEFAULT_SETTINGS,
    timeout: float | None = None,
) -> Document:
    """Parse a file path, the bytes of a file or a binary file object (read to its end:
    ``open(path, "rb")``, ``sys.stdin.buffer``), PDF or text, by what its content is
    (``engine``: the library that reads a PDF's pages, as :func:`parse_pdf`; ``settings``:
    the recognition thresholds, :class:`~xjbudget.settings.Settings`).

    ``timeout`` (seconds, opt-in) runs the parse in a child process that is killed when
    the time is up, a :class:`~xjbudget.errors.ResourceLimitError` (limit ``timeout``):
    control comes back even from a PDF library stuck in one page, which the cooperative
    ``max_seconds`` budget cannot interrupt (docs/settings.md).

    A text-mode file or any other object is an :class:`~xjbudget.errors.InputError`; an
    Excel or Word file, an image or an archive an
    :class:`~xjbudget.errors.UnsupportedFormatError` naming it."""
    where = os.fspath(source) if isinstance(source, (str, os.PathLike)) else None
    if timeout is not None:
        if not isinstance(source, (str, os.PathLike, bytes, bytearray, memoryview)):
            # The child gets the stream's bytes (read here, within the size bound), under
            # its name, as a stream: the document is the same as without a timeout.
            data, name = read_stream(source)
            source = io.BytesIO(data)
            if name is not None:
                source.name = name
            where = name
        read = functools.partial(parse, engine=engine, settings=settings)
        return call_in_child(read, source, timeout=timeout, where=where)
    with time_budget(where=where):  # one budget for reading and building
        return _build(_source_lines(source, engine), settings)


def segment_source(
    source: str | os.PathLike[str] | bytes | Sequence[SourceLine],
    *,
    engine: Engine = DEFAULT_ENGINE,
    settings: Settings = DEFAULT_SETTINGS,
) -> Structure:
    """The structure stage alone (``xjbudget.segment``): a file path, the bytes of a file
    (PDF or text, as :func:`parse`) or the lines of a source adapter, cut into cover,
    contents, parts, sections, table blocks and performance blocks. Its table blocks are
    what :func:`xjbudget.recognize` reads (docs/architecture.md)."""
    if isinstance(source, (str, os.PathLike, bytes)):
        lines = _source_lines(source, engine).lines
    else:
        lines = list(source)
    return segment(lines, settings=settings)


class _Read(NamedTuple):
    """A source's lines as an adapter gave them, with its form, name and findings."""

    lines: list[SourceLine]
    form: SourceForm
    name: str | None
    findings: tuple[Finding, ...]


def _build(read: _Read, settings: Settings) -> Document:
    return build_document(
        read.lines, form=read.form, source=read.name, findings=read.findings, settings=settings
    )


def _source_lines(source: str | os.PathLike[str] | bytes | BinaryIO, engine: Engine) -> _Read:
    """The lines of a file path, a file's bytes or a binary file object, its form, name
    and findings."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        data = read_input(path)  # kind and size from stat: a FIFO or 1 GB file unread
        name: str | None = str(path)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data, name = bytes(source), None
    else:
        data, name = read_stream(source)
    if data.lstrip()[:5] == b"%PDF-":
        return _pdf_lines(data, name, engine)
    if not data.strip():
        raise EmptyInputError("the file is empty", where=name)
    check_text_bytes(len(data), where=name)
    return _text_lines(_decode(data, name), name)


def _pdf_lines(
    source: str | os.PathLike[str] | bytes | BinaryIO, name: str | None, engine: Engine
) -> _Read:
    from .sources.pdf import read_pdf  # imported on first use: text never loads a PDF library

    pdf = read_pdf(source, engine=engine)
    return _Read(list(pdf.lines), "pdf", name, tuple(pdf.findings))


def _text_lines(text: str, source: str | None) -> _Read:
    if not text.strip():
        raise EmptyInputError("the input holds no text", where=source)
    check_text(text, where=source)
    lines = read_text_lines(text)
    form: SourceForm = "tabbed" if looks_tabbed(lines) else "flat"
    return _Read(lines, form, source, ())


def _decode(data: bytes, name: str | None) -> str:
    kind = unsupported_format(data)
    if kind is not None:
        raise UnsupportedFormatError(
            f"{kind}: xjbudget reads the PDF or the text of a disclosure, not this format",
            where=name,
        )
    return decode_text(data, name)


def build_document(
    lines: Sequence[SourceLine],
    *,
    form: SourceForm,
    source: str | None,
    findings: Sequence[Finding] = (),
    settings: Settings = DEFAULT_SETTINGS,
) -> Document:
    """Segment and recognise a line list from any adapter into a Document (``settings``:
    the recognition thresholds, :class:`~xjbudget.settings.Settings`).

    Raises :class:`~xjbudget.errors.NotABudgetDocumentError` when no line bears a mark
    of a disclosure (:func:`~xjbudget.structure.disclosure_marker`).
    """
    if disclosure_marker(lines) is None:
        raise NotABudgetDocumentError(
            "not a budget disclosure: no part heading (第一部分 …), no table title or"
            " 表N/公开NN表 marker, no 编制部门/编制单位/部门名称 line and no title naming"
            " a 部门/单位 预算/决算",
            where=_span(lines, source),
        )
    segments = segment(lines, settings=settings)
    if not segments.parts and not segments.tables:
        raise NotABudgetDocumentError(
            "no part heading (第一部分 …) and no standard table found", where=source
        )
    department = _department(segments)
    year, _ = _year_and_kind(segments)  # the code tables of that year name the rows
    found: list[Finding] = list(findings)
    found.extend(_second_disclosure(segments))
    tables: list[Table] = []
    generic: list[GenericTable] = []
    unrecognized: list[TextBlock] = []
    # The standard tables read so far, by number (of two instances, the one with rows).
    context: dict[int, Table] = {}
    read: list[tuple[TableBlock, Table | GenericTable]] = []
    # Performance target tables printed as table blocks (…绩效目标表 titles) are read as
    # performance targets, after those of parts 1 and 3.
    table_blocks, grid_performance = take_performance_tables(segments.tables)
    # Part 3's 资金分配情况 of each project: which economic column a flattened 表7 row is in.
    projects = project_classes(lines, year) if form == "flat" else ()
    performance_blocks = (*segments.performance, *grid_performance)
    for block in table_blocks:
        check_time(source)
        result = recognize(
            block,
            department=department,
            context=context,
            settings=settings,
            year=year,
            projects=projects,
        )
        found.extend(result.findings)
        read.append((block, result.table))
        if isinstance(result.table, Table):
            tables.append(result.table)
            known = context.get(result.table.number)
            context[result.table.number] = (
                preferred_table(known, result.table) if known is not None else result.table
            )
        else:
            generic.append(result.table)
        if block.text and not result.flat:
            unrecognized.append(
                TextBlock(
                    "\n".join(line.text for line in block.text),
                    f"text inside table {block.number or block.title} not read as cells",
                    block.text[0].location,
                )
            )
            found.append(
                Finding(
                    "parse.table.text_not_read",
                    "warning" if form != "flat" else "error",
                    f"table {block.number}: {len(block.text)} lines of text not read as cells",
                    f"表{block.number}有{len(block.text)}行文字未能按单元格读取",
                    location=block.text[0].location,
                    table=block.number,
                )
            )
    for line in segments.loose:
        if not line.is_blank:
            unrecognized.append(TextBlock(line.text, "outside any part or table", line.location))
    performance, perf_findings = read_performance(performance_blocks)
    found.extend(perf_findings)
    meta = _meta(segments, department, tables, form, source)
    facts = extract_facts(segments, year=meta.year, lines=lines)
    coverage = measure_coverage(
        lines, segments, read, tuple(zip(performance_blocks, performance, strict=True)), facts
    )
    return Document(
        meta=meta,
        parts=tuple(
            Part(p.number, normalize_text(p.heading.text), p.heading.location)
            for p in segments.parts
        ),
        sections=tuple(
            Section(
                part=s.part,
                number=s.number,
                heading=normalize_text(s.heading),
                level=s.level,
                text="\n".join(line.text for line in s.lines if line.cells is None and line.text),
                location=s.first.location,
                id=s.id,
            )
            for s in segments.sections
        ),
        tables=tuple(tables),
        other_tables=tuple(generic),
        performance=performance,
        glossary=_glossary(segments, department),
        findings=tuple(found),
        unrecognized=tuple(unrecognized),
        facts=facts,
        coverage=coverage,
    )


def _span(lines: Sequence[SourceLine], source: str | None) -> str:
    """Where a whole input is: its name and the pages (PDF) or lines (text) read."""
    pages = [line.location.page for line in lines if line.location.page is not None]
    span = f"pages 1–{max(pages)}" if pages else f"lines 1–{len(lines)}"
    return f"{source}, {span}" if source else span


# The document's kind after the department's name on a cover title, with the year:
# 2026年度部门预算信息公开, 2022年部门综合预算, 市级单位预算, 部门预算公开说明 …
_KIND_TAIL = regex.compile(
    r"(?<!\s)(?:(?:19|20)\d{2}\s*+年\s*+度?)?\s*+(?:[市区省县]级\s*+)?(?:部门|单位)\s*+"
    r"(?:综合\s*+)?(?:预算|决算)\s*+(?:信息\s*+)?(?:公开\s*+)?(?:说明)?$"
)
_NAMES_KIND = regex.compile(r"(?:部门|单位)\s*+(?:综合\s*+)?(?:预算|决算)")
_YEAR_HEAD = regex.compile(r"^(?:19|20)\d{2}\s*年\s*度?")
# (本级) / (汇总): which accounts of the department a unit's tables hold, not its name.
_SCOPE = regex.compile(r"(?<!\s)\s*+[（(]\s*+(?:本级|汇总)\s*+[)）]$")


def _department_name(text: str) -> str | None:
    """The department's name in a preparer or cover title: without the year before it
    (``2026年度…``), the document's kind after it (``…部门预算信息公开``), a trailing
    ``部门`` or the scope ``（本级）`` / ``（汇总）``."""
    name = _YEAR_HEAD.sub("", _KIND_TAIL.sub("", normalize_text(text))).strip()
    name = _SCOPE.sub("", name)
    if name.endswith("部门"):
        name = name[:-2]
    return name or None


def _cover_title(segments: Structure) -> str | None:
    """The cover's title, its lines joined up to the one that ends naming the kind
    (``2026年`` / ``广州市…委员会部`` / ``门预算``)."""
    lines = [normalize_text(line.text) for line in segments.cover if not line.is_blank]
    for end in range(1, len(lines) + 1):
        joined = "".join(lines[:end])
        if _NAMES_KIND.search(joined):
            return joined
    return None


def _department(segments: Structure) -> str | None:
    preparers = Counter(t.preparer for t in segments.tables if t.preparer)
    if preparers:
        return _department_name(preparers.most_common(1)[0][0])
    title = _cover_title(segments)
    if title and (name := _department_name(title)):
        return name
    cover = [normalize_text(line.text) for line in segments.cover if not line.is_blank]
    names = [t for t in cover if not _YEAR_KIND.search(t)]
    if names:
        return "".join(names[:2]) if len(names) > 1 else names[0]
    for part in segments.parts[:1]:
        match = _PART_TITLE.match(part.heading.text)
        if match and match.group(1):
            return normalize_text(match.group(1))
    return None


def _year_and_kind(segments: Structure) -> tuple[int | None, str | None]:
    """The document's year and kind (部门预算, 单位决算 …) as its cover and part headings
    print them; the year, else, from the first table title or loose line naming one."""
    year: int | None = None
    kind: str | None = None
    heads = [line.text for line in segments.cover] + [p.heading.text for p in segments.parts]
    for text in heads:
        match = _YEAR_KIND.search(text)
        if match:
            year = year or int(match.group(1))
            if match.group(2) and kind is None:
                kind = match.group(2) + match.group(3)
    if year is None:
        titles = [t.title for t in segments.tables] + [line.text for line in segments.loose[:50]]
        year = next((int(m.group(1)) for t in titles if (m := _YEAR.search(t))), None)
    return year, kind


def _meta(
    segments: Structure,
    department: str | None,
    tables: Sequence[Table],
    form: SourceForm,
    source: str | None,
) -> DocumentMeta:
    year, kind = _year_and_kind(segments)
    if kind is None and segments.tables:
        who = segments.tables[0].preparer_kind or "部门"
        kind = who + "预算"
    units = Counter(t.unit for t in tables if t.unit)
    return DocumentMeta(
        department=department,
        year=year,
        kind=kind,
        unit=units.most_common(1)[0][0] if units else None,
        issued=_issued(segments),
        source=source,
        form=form,
        family=segments.family,
    )


def _issued(segments: Structure) -> datetime.date | None:
    tail = [line for line in segments.glossary if not line.is_blank][-3:]
    for line in reversed(tail):
        match = _DATE.match(line.text)
        if match:
            try:
                return datetime.date(*(int(g) for g in match.groups()))
            except ValueError:
                return None
    return None


_PART_ONE = regex.compile(r"^\s*第\s*一\s*部分")


def _second_disclosure(segments: Structure) -> list[Finding]:
    """An error finding when a 第一部分 heading follows the last part (two disclosures
    in one input, concatenated): only the first is read, and the rest would otherwise
    fold into its glossary without a word. None of the 84 real PDFs prints one there."""
    for line in segments.glossary:
        if line.cells is None and _PART_ONE.match(line.text):
            number, heading = line.location.line, line.text.strip()[:30]
            return [
                Finding(
                    "input.concatenated",
                    "error",
                    f"a second disclosure starts at line {number} ({heading}): the input "
                    "holds two documents; only the first was read",
                    f"第{number}行起是另一份公开文件（两份文件连在一起），只读取了第一份",
                    location=line.location,
                )
            ]
    return []


def _glossary(segments: Structure, department: str | None) -> tuple[GlossaryEntry, ...]:
    entries: list[GlossaryEntry] = []
    closing = label_key(department or "")
    for line in segments.glossary:
        if line.is_blank or line.cells is not None or label_key(line.text) == closing:
            continue
        match = _GLOSSARY.match(line.text)
        if match:
            entries.append(
                GlossaryEntry(normalize_text(match.group(2)), match.group(3).strip(), line.location)
            )
        elif entries and not _DATE.match(line.text):
            last = entries[-1]
            entries[-1] = GlossaryEntry(
                last.term, last.definition + line.text.strip(), last.location
            )
    return tuple(entries)
