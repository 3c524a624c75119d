"""The PDF front end: a published disclosure PDF as :class:`SourceLine` s.

Per page, in reading order: text lines (``cells=None``) for narrative, titles and the
``编制部门``/``单位`` lines, and one line with ``cells`` per table row. Tables come from
the ruling lines (lattice) or, where a table has no rules, from how its words line up
(stream). Page numbers and running headers/footers are dropped. Pages are read one at
a time and released, so memory does not grow with the page count.

Pages without a text layer (scans) or whose glyphs have no Unicode mapping
(``(cid:NNN)``) are reported as findings; a PDF with no readable page at all, an
encrypted PDF, a truncated or corrupt one and a file that is not a PDF raise
:class:`~xjbudget.errors.InputError` s.
"""

from __future__ import annotations

import io
import os
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import IO, TYPE_CHECKING, BinaryIO

import regex
from attrs import frozen

from ..errors import (
    EmptyInputError,
    InputError,
    NotTextError,
    PdfError,
    ResourceLimitError,
    UnreadablePdfError,
)
from ..limits import (
    DEFAULT_LIMITS,
    Limits,
    check_inflated,
    check_pdf,
    check_time,
    current_limits,
    inflate_bounded,
    read_input,
    time_budget,
)
from ..model import Finding, Location
from .lines import SourceLine
from .pdf_layout import (
    Box,
    TextLine,
    build_grid,
    find_tables,
    group_lines,
    ruling_edges,
    text_line,
)
from .pdf_page import DEFAULT_ENGINE, ENGINES, Char, Engine, PageContent, PdfPages
from .pdf_stream import find_stream_tables

if TYPE_CHECKING:
    from .pdf_plumber import PlumberPages

__all__ = ["DEFAULT_ENGINE", "ENGINES", "Engine", "PdfSource", "read_pdf"]

PdfInput = str | os.PathLike[str] | bytes | BinaryIO

_PAGE_NUMBER = regex.compile(
    r"^[-–—－\s]*+(?:第\s*+)?\d{1,4}(?:\s*+页)?(?:\s*+[/／共]\s*+\d{1,4}\s*+页?)?[-–—－\s]*+$"
)
_DIGITS = regex.compile(r"\d+")
# Running headers and footers live in the top and bottom bands of a page.
_MARGIN_BAND = 0.09
# A margin line repeated on this share of pages (and on 3 pages at least) is a running one.
_RUNNING_SHARE = 0.4
# A page whose glyphs are this share (or more) unmapped is reported.
_UNMAPPED_SHARE = 0.1


@frozen
class PdfSource:
    """What :func:`read_pdf` reads from a PDF: the lines in reading order, the findings
    about pages that could not be read, and the number of pages."""

    lines: tuple[SourceLine, ...]
    findings: tuple[Finding, ...]
    page_count: int


@frozen
class _Item:
    """A line of one page before numbering: text or a table row."""

    page: int
    top: float
    order: int
    text: str
    bbox: Box
    cells: tuple[str, ...] | None = None
    bold: bool = False
    margin: bool = False


def read_pdf(
    source: PdfInput, *, limits: Limits = DEFAULT_LIMITS, engine: Engine = DEFAULT_ENGINE
) -> PdfSource:
    """Read a disclosure PDF into lines and table rows (see the module docstring).

    ``source`` is a path, the bytes of the file or a binary file object; ``limits``
    bounds the work (:mod:`xjbudget.limits`): its size and kind before reading, what its
    compressed streams inflate to before the PDF library inflates them, its pages, and
    the time spent (checked between pages); ``engine`` is the library that interprets
    the pages (``"pdfplumber"`` or ``"pdfium"``, see ``docs/pdf.md``).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}; one of {', '.join(ENGINES)}")
    where = os.fspath(source) if isinstance(source, (str, os.PathLike)) else None
    with time_budget(limits, where=where or getattr(source, "name", None)):
        stream, name = _open_source(source, limits)
        try:
            return _read(stream, name, limits, engine)
        except PdfError as error:
            # A bound met inside the PDF library (an inflation hook) comes back wrapped
            # as a corrupt PDF: say which bound it was.
            raise _limit_in(error) or error from None
        finally:
            if stream is not source:
                stream.close()


def _limit_in(error: BaseException) -> ResourceLimitError | None:
    """The :class:`ResourceLimitError` among the causes of ``error``, if any."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, ResourceLimitError):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None


def _open_source(source: PdfInput, limits: Limits) -> tuple[IO[bytes], str]:
    """Check that the source is a complete PDF and return a seekable stream over it."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        stream: IO[bytes] = io.BytesIO(bytes(source))
        name = "<bytes>"
    elif isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        # Size and kind from stat first: a FIFO or a 1 GB file is refused unread.
        stream = io.BytesIO(read_input(name, limits=limits))
    else:
        name = str(getattr(source, "name", "<stream>"))
        if not (hasattr(source, "seekable") and source.seekable()):
            stream = io.BytesIO(source.read(limits.max_pdf_bytes + 1))
        else:
            stream = source
    try:
        _check_pdf(stream, name, limits)
    except BaseException:
        if stream is not source:
            stream.close()
        raise
    return stream, name


def _check_pdf(stream: IO[bytes], name: str, limits: Limits) -> None:
    stream.seek(0)
    head = stream.read(1024)
    if not head.strip():
        raise EmptyInputError("the file is empty", where=name)
    if b"%PDF-" not in head:
        if _looks_like_text(head):
            raise InputError("not a PDF: this is text (read it as a text form)", where=name)
        raise NotTextError("not a PDF: binary data without a %PDF header", where=name)
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    check_pdf(size, where=name, limits=limits)
    stream.seek(max(0, size - 4096))
    tail = stream.read()
    stream.seek(0)
    if b"%%EOF" not in tail:
        raise UnreadablePdfError("truncated PDF: no %%EOF marker at the end", where=name)
    data = stream.getvalue() if isinstance(stream, io.BytesIO) else stream.read()
    stream.seek(0)
    check_inflated(_stream_bodies(data), where=name, limits=limits)


_STREAM_START = regex.compile(rb"\bstream\r?\n")
_IMAGE = regex.compile(rb"/Subtype\s*/Image\b")


def _stream_bodies(data: bytes) -> Iterator[bytes]:
    """The bodies of a PDF's streams (from ``stream`` to ``endstream``) as a pre-scan
    finds them in the raw bytes, image XObjects aside (text extraction does not inflate
    them). Linear: each byte is looked at a bounded number of times."""
    position = 0
    while (start := _STREAM_START.search(data, position)) is not None:
        body = start.end()
        end = data.find(b"endstream", body)
        if end < 0:
            return
        header = data[max(0, start.start() - 512) : start.start()]
        if not _IMAGE.search(header[header.rfind(b"obj") + 1 :]):
            yield data[body:end]
        position = end + len(b"endstream")


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3 and b"\x00" not in head
    return b"\x00" not in head


def _read(stream: IO[bytes], name: str, limits: Limits, engine: Engine) -> PdfSource:
    items: list[_Item] = []
    findings: list[Finding] = []
    readable = 0
    with _open_pages(engine, stream, name) as pdf:
        page_count = pdf.page_count
        check_pdf(0, page_count, where=name, limits=limits)
        for page in pdf.pages():
            check_time(f"page {page.number}")
            page_items, page_findings, has_text = _read_page(page)
            items.extend(page_items)
            findings.extend(page_findings)
            readable += has_text
    if page_count == 0:
        raise UnreadablePdfError("the PDF has no pages", where=name)
    if readable == 0:
        raise UnreadablePdfError(
            "no page has a usable text layer (a scan, or fonts without Unicode mapping)",
            where=name,
        )
    lines = tuple(_number(_drop_running(items, page_count)))
    return PdfSource(lines=lines, findings=tuple(findings), page_count=page_count)


def _read_page(page: PageContent) -> tuple[list[_Item], list[Finding], bool]:
    number = page.number
    chars = _unique_chars(page.chars)
    location = Location(page=number)
    visible = [c for c in chars if not c.text.isspace()]
    if not visible:
        if page.has_images:
            finding = Finding(
                rule="pdf.page.no_text",
                severity="error",
                message=f"page {number} has no text layer (a scanned image?); it was not read",
                message_zh=f"第{number}页没有文字层（可能是扫描图像），未能读取",
                location=location,
            )
            return [], [finding], False
        return [], [], False
    unmapped = sum(1 for c in visible if not c.mapped)
    findings: list[Finding] = []
    if unmapped and unmapped >= _UNMAPPED_SHARE * len(visible):
        findings.append(
            Finding(
                rule="pdf.page.unmapped_glyphs",
                severity="error",
                message=(
                    f"page {number}: {unmapped} of {len(visible)} glyphs have no Unicode "
                    "mapping ((cid:NNN)); the page's text cannot be trusted"
                ),
                message_zh=f"第{number}页有{unmapped}个字形无法映射为文字（cid），该页文字不可信",
                location=location,
            )
        )
    if unmapped:
        chars = [c if c.mapped else c._replace(text="\ufffd") for c in chars]
    usable = unmapped < len(visible) * (1 - _UNMAPPED_SHARE)
    items = _layout(page, chars)
    return items, findings, usable


def _unique_chars(chars: list[Char]) -> list[Char]:
    """Drop glyphs painted twice at the same place (fake bold by overprinting)."""
    seen: set[tuple[str, int, int]] = set()
    add = seen.add
    out: list[Char] = []
    keep = out.append
    for char in chars:
        key = (char[0], round(char[1]), round(char[2]))  # text, x0, top
        if key not in seen:
            add(key)
            keep(char)
    return out


def _layout(page: PageContent, chars: list[Char]) -> list[_Item]:
    number = page.number
    items: list[_Item] = []
    loose = chars
    vertical, horizontal = ruling_edges(page.shapes)
    if len(vertical) >= 2 and len(horizontal) >= 2:
        for cells in find_tables(vertical, horizontal):
            if len(cells) < 2:
                continue  # a frame around text, not a table
            inside, loose = _split_inside(loose, _bbox(cells))
            grid, stray = build_grid(cells, inside)
            loose = loose + stray
            for row, (top, bottom) in zip(grid.rows, grid.row_bounds, strict=True):
                items.append(
                    _Item(
                        page=number,
                        top=top,
                        order=len(items),
                        text="\t".join(row),
                        bbox=(grid.bbox[0], top, grid.bbox[2], bottom),
                        cells=row,
                    )
                )
    check_time(f"page {number}")  # a page of many rules or glyphs: between stages too
    lines = [text_line(line) for line in group_lines(loose)]
    lines = [line for line in lines if line.text]
    check_time(f"page {number}")
    consumed: set[int] = set()
    for table in find_stream_tables(lines):
        consumed.update(table.lines)
        for row, box in zip(table.rows, table.row_boxes, strict=True):
            items.append(
                _Item(
                    page=number,
                    top=box[1],
                    order=len(items),
                    text="\t".join(row),
                    bbox=box,
                    cells=row,
                )
            )
    for index, line in enumerate(lines):
        if index not in consumed:
            items.append(_text_item(line, number, page.height, len(items)))
    items.sort(key=lambda item: (item.top, item.order))
    return items


def _bbox(cells: list[Box]) -> Box:
    return (
        min(c[0] for c in cells),
        min(c[1] for c in cells),
        max(c[2] for c in cells),
        max(c[3] for c in cells),
    )


def _split_inside(chars: list[Char], bbox: Box) -> tuple[list[Char], list[Char]]:
    x0, top, x1, bottom = bbox
    inside: list[Char] = []
    outside: list[Char] = []
    for char in chars:
        cx = (char.x0 + char.x1) / 2
        cy = (char.top + char.bottom) / 2
        (inside if x0 <= cx <= x1 and top <= cy <= bottom else outside).append(char)
    return inside, outside


def _text_item(line: TextLine, number: int, height: float, order: int) -> _Item:
    margin = line.bottom <= height * _MARGIN_BAND or line.top >= height * (1 - _MARGIN_BAND)
    return _Item(
        page=number,
        top=line.top,
        order=order,
        text=line.text,
        bbox=line.bbox,
        bold=line.bold,
        margin=margin,
    )


def _drop_running(items: list[_Item], page_count: int) -> Iterator[_Item]:
    """Drop page numbers and running headers/footers (margin lines on many pages)."""
    pages_with: Counter[str] = Counter()
    for key in {(item.page, _running_key(item.text)) for item in items if item.margin}:
        pages_with[key[1]] += 1
    threshold = max(3, _RUNNING_SHARE * page_count)
    for item in items:
        if item.margin and item.cells is None:
            if _PAGE_NUMBER.match(item.text):
                continue
            if pages_with[_running_key(item.text)] >= threshold:
                continue
        yield item


def _running_key(text: str) -> str:
    return _DIGITS.sub("#", "".join(text.split()))


def _number(items: Iterator[_Item]) -> Iterator[SourceLine]:
    for line_number, item in enumerate(items, start=1):
        yield SourceLine(
            text=item.text,
            location=Location(line=line_number, page=item.page, bbox=_round(item.bbox)),
            cells=item.cells,
            bold=item.bold,
        )


def _round(bbox: Box) -> Box:
    x0, top, x1, bottom = bbox
    return (round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))


def _open_pages(engine: Engine, stream: IO[bytes], name: str) -> AbstractContextManager[PdfPages]:
    """Open the (already checked) PDF in ``stream`` with ``engine``.

    The engine's modules are imported here, so a run imports only the one it uses.
    """
    if engine == "pdfium":
        from .pdf_pdfium import open_pdfium

        # A page pdfium cannot read whole is read by pdfplumber, bounded as ever.
        return open_pdfium(stream, name, reference=_open_pdfplumber)
    if engine == "pdfplumber":
        return _open_pdfplumber(stream, name)
    raise ValueError(f"unknown PDF engine {engine!r}; one of {', '.join(ENGINES)}")


def _open_pdfplumber(stream: IO[bytes], name: str) -> AbstractContextManager[PlumberPages]:
    from .pdf_plumber import open_pdfplumber

    _bound_pdfminer_inflation()
    return open_pdfplumber(stream, name)


class _BoundedZlib:
    """What pdfminer sees as ``zlib``: ``decompress`` inflates within the current
    document's ``max_stream_bytes`` (:func:`xjbudget.limits.inflate_bounded`)."""

    error = zlib.error

    @staticmethod
    def decompress(data: bytes) -> bytes:
        check_time()
        inflated, clean = inflate_bounded(data, current_limits().max_stream_bytes)
        if not clean:
            raise zlib.error("incomplete or corrupt zlib stream")
        return inflated

    @staticmethod
    def decompressobj() -> object:  # pragma: no cover - pdfminer calls it only where patched
        return zlib.decompressobj()


def _inflate_corrupted(data: bytes) -> bytes:
    """pdfminer's fallback for a damaged stream, linear: it inflated byte by byte,
    concatenating (``bytes +=``), quadratic in the output — a 1-byte mutation of a real
    PDF ran for minutes."""
    return inflate_bounded(data, current_limits().max_stream_bytes)[0]


def _bound_pdfminer_inflation() -> None:
    """Route pdfminer's FlateDecode through the bounded inflater (idempotent): a bomb
    missed by the pre-scan, or a damaged stream, stops at ``max_stream_bytes``."""
    import pdfminer.pdftypes as pdftypes

    setattr(pdftypes, "zlib", _BoundedZlib)  # noqa: B010 - not an exported name
    pdftypes.decompress_corrupted = _inflate_corrupted
