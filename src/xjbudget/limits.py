"""Bounds on the work one input may cause, so a batch run over thousands of files
cannot be stalled or exhausted by one hostile file.

Every bound is a field of :class:`Limits` with a documented default
(``docs/settings.md``); each overrun raises a :class:`ResourceLimitError` (an
:class:`~xjbudget.errors.InputError`) naming the bound (``error.limit``), the figure met
and where. They are checked as early as the figure is known:

- before reading: the file's size and kind from ``stat`` (:func:`read_input` refuses a
  FIFO, a device or a socket at once and never reads more than the bound);
- before parsing: characters and lines of a text (:func:`check_text`), bytes and pages
  of a PDF (:func:`check_pdf`), and what each compressed stream of a PDF inflates to
  (:func:`check_inflated`, before the PDF library inflates anything);
- during the work: the wall-clock time spent on one document (:func:`time_budget`,
  :func:`check_time`), checked between pages and between the stages and tables of a
  document — cooperative, so a single step that never returns is stopped only by a
  process boundary: a batch worker is killed past ``max_seconds`` and its memory is
  capped at ``max_memory_bytes`` (``docs/batch.md``).

The largest real disclosure in the corpus has about 1,400 lines, 70,000 characters and
470 pages, and reads in under two minutes; the bounds leave a wide margin above that.
"""

from __future__ import annotations

import os
import stat
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from attrs import frozen

from .errors import InputError, InputTooLargeError, ResourceLimitError

__all__ = [
    "DEFAULT_LIMITS",
    "InputTooLargeError",
    "Limits",
    "ResourceLimitError",
    "check_inflated",
    "check_pdf",
    "check_text",
    "check_text_bytes",
    "check_time",
    "current_limits",
    "inflate_bounded",
    "read_input",
    "time_budget",
]


@frozen
class Limits:
    """The bounds on one document (see the module docstring and ``docs/settings.md``)."""

    max_chars: int = 5_000_000
    """Characters of a text form."""
    max_lines: int = 200_000
    """Lines of a text form."""
    max_line_chars: int = 20_000
    """Characters of one line of a text form."""
    max_text_bytes: int = 50_000_000
    """Bytes of a text file (checked from ``stat`` before reading)."""
    max_pdf_bytes: int = 100_000_000
    """Bytes of a PDF file (checked from ``stat`` before reading)."""
    max_pdf_pages: int = 500
    """Pages of a PDF (checked before the first page is read)."""
    max_stream_bytes: int = 64_000_000
    """Bytes one compressed PDF stream (a page's content, a font, an image) inflates to:
    a page's text is some kilobytes, a font a few megabytes; a FlateDecode bomb
    inflates a few kilobytes to gigabytes."""
    max_inflated_bytes: int = 512_000_000
    """Bytes all compressed streams of one PDF inflate to, together."""
    max_seconds: float | None = 300.0
    """Wall-clock seconds of work on one document (``None``: no bound)."""
    max_memory_bytes: int | None = 4_000_000_000
    """Address space a batch worker process may take beyond what it starts with
    (``None``: no cap). Not applied to the calling process by the library functions: a
    cap is process-wide."""


DEFAULT_LIMITS = Limits()


def _too_large(message: str, limit: str, where: str | None) -> InputTooLargeError:
    return InputTooLargeError(message, limit=limit, where=where)


def check_text(text: str, *, where: str | None = None, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise :class:`InputTooLargeError` when ``text`` is beyond ``limits``."""
    if len(text) > limits.max_chars:
        raise _too_large(
            f"{len(text)} characters, more than the {limits.max_chars} a disclosure can have",
            "max_chars",
            where,
        )
    lines = text.count("\n") + 1
    if lines > limits.max_lines:
        raise _too_large(
            f"{lines} lines, more than the {limits.max_lines} a disclosure can have",
            "max_lines",
            where,
        )
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > limits.max_line_chars:
        raise _too_large(
            f"a line of {longest} characters, more than {limits.max_line_chars}",
            "max_line_chars",
            where,
        )


def check_pdf(
    size: int,
    pages: int | None = None,
    *,
    where: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> None:
    """Raise :class:`InputTooLargeError` when a PDF of ``size`` bytes (and ``pages``
    pages, once known) is beyond ``limits``."""
    if size > limits.max_pdf_bytes:
        raise _too_large(
            f"a PDF of {size} bytes, more than {limits.max_pdf_bytes}", "max_pdf_bytes", where
        )
    if pages is not None and pages > limits.max_pdf_pages:
        raise _too_large(
            f"a PDF of {pages} pages, more than {limits.max_pdf_pages}", "max_pdf_pages", where
        )


def read_input(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of the file at ``path``, refused before reading when it is no regular
    file (a FIFO would block for ever, ``/dev/zero`` never ends) or larger than a
    disclosure can be (``max_pdf_bytes``, the larger bound); never more than that bound
    is read, even from a file growing meanwhile. A text beyond ``max_text_bytes`` is
    refused by :func:`check_text_bytes` once its kind is known."""
    name = os.fspath(path)
    try:
        info = os.stat(name)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"not a regular file ({_kind(info.st_mode)})", where=name)
        bound = max(limits.max_pdf_bytes, limits.max_text_bytes)
        if info.st_size > bound:
            raise _too_large(
                f"a file of {info.st_size} bytes, more than {bound}", _size_limit(limits), name
            )
        with open(name, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):  # replaced meanwhile
                raise InputError("not a regular file", where=name)
            data = stream.read(bound + 1)
    except OSError as error:
        raise InputError(
            f"cannot read the file: cannot open it: {error.strerror}", where=name
        ) from None
    if len(data) > bound:
        raise _too_large(f"a file of more than {bound} bytes", _size_limit(limits), name)
    return data


def check_text_bytes(
    size: int, *, where: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> None:
    """Raise :class:`InputTooLargeError` when a text file of ``size`` bytes is beyond
    ``max_text_bytes``."""
    if size > limits.max_text_bytes:
        raise _too_large(
            f"a text of {size} bytes, more than {limits.max_text_bytes}", "max_text_bytes", where
        )


def _size_limit(limits: Limits) -> str:
    return "max_pdf_bytes" if limits.max_pdf_bytes >= limits.max_text_bytes else "max_text_bytes"


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


# --- inflated streams ----------------------------------------------------------------

_CHUNK = 1 << 12


def inflate_bounded(
    data: bytes, bound: int, *, limit: str = "max_stream_bytes", where: str | None = None
) -> tuple[bytes, bool]:
    """Inflate zlib ``data`` as far as it goes: the bytes and whether it ended cleanly.
    A corrupt or truncated stream gives everything inflated before the damage, to the
    byte, as pdfminer's lenient reader did. Linear in the input and the output, which
    is never more than ``bound`` bytes: beyond it, :class:`ResourceLimitError`
    (``limit``)."""
    inflater = zlib.decompressobj()
    out = bytearray()
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK):
        saved = inflater.copy()
        try:
            _feed(inflater, view[start : start + _CHUNK], out, bound, limit, where)
        except zlib.error:
            # Again from before this chunk, a byte at a time: keep what precedes the damage.
            inflater = saved
            try:
                for offset in range(start, min(start + _CHUNK, len(view))):
                    _feed(inflater, view[offset : offset + 1], out, bound, limit, where)
            except zlib.error:
                return bytes(out), False
        if inflater.eof:
            return bytes(out), True
    try:
        out += inflater.flush()
    except zlib.error:
        return bytes(out), False
    return bytes(out), inflater.eof


def _feed(
    inflater: zlib._Decompress,
    piece: memoryview,
    out: bytearray,
    bound: int,
    limit: str,
    where: str | None,
) -> None:
    """Inflate ``piece`` into ``out``, never past ``bound`` bytes."""
    while piece and not inflater.eof:
        out += inflater.decompress(piece, bound + 1 - len(out))
        if len(out) > bound:
            raise ResourceLimitError(
                f"a compressed stream inflating to more than {bound} bytes",
                limit=limit,
                where=where,
            )
        piece = memoryview(inflater.unconsumed_tail)


def check_inflated(
    streams: Iterator[bytes], *, where: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> int:
    """Inflate each zlib stream of ``streams`` (a PDF's stream bodies; others are
    skipped) within ``max_stream_bytes`` each and ``max_inflated_bytes`` together,
    without keeping the output; the total inflated. Raises :class:`ResourceLimitError`
    at the first stream past a bound, before any PDF library inflates it."""
    total = 0
    for data in streams:
        if len(data) < 2 or data[0] & 0x0F != 8 or (data[0] << 8 | data[1]) % 31:
            continue  # no zlib header: not FlateDecode (or not at the stream's start)
        check_time(where)
        left = limits.max_inflated_bytes - total
        bound = min(limits.max_stream_bytes, left)
        limit = "max_stream_bytes" if bound == limits.max_stream_bytes else "max_inflated_bytes"
        inflated, _ = inflate_bounded(data, bound, limit=limit, where=where)
        total += len(inflated)
    return total


# --- time ----------------------------------------------------------------------------

#: The deadline of the document being read in this context: (monotonic deadline, the
#: bound in seconds, where). ``None`` outside :func:`time_budget`.
_DEADLINE: ContextVar[tuple[float, float, str | None] | None] = ContextVar(
    "xjbudget_deadline", default=None
)
#: The limits of the document being read (for hooks deep in a PDF library).
_LIMITS: ContextVar[Limits | None] = ContextVar("xjbudget_limits", default=None)


@contextmanager
def time_budget(limits: Limits = DEFAULT_LIMITS, *, where: str | None = None) -> Iterator[None]:
    """Within the block, :func:`check_time` raises once ``max_seconds`` have passed and
    :func:`current_limits` is ``limits``. Nested blocks keep the outer one (its earlier
    deadline): reading and building one document share one budget."""
    if _LIMITS.get() is not None:
        yield
        return
    seconds = limits.max_seconds
    deadline = None if seconds is None else (time.monotonic() + seconds, seconds, where)
    tokens = (_LIMITS.set(limits), _DEADLINE.set(deadline))
    try:
        yield
    finally:
        _DEADLINE.reset(tokens[1])
        _LIMITS.reset(tokens[0])


def current_limits() -> Limits:
    """The limits of the document being read in this context (the defaults outside
    :func:`time_budget`)."""
    return _LIMITS.get() or DEFAULT_LIMITS


def check_time(where: str | None = None) -> None:
    """Raise :class:`ResourceLimitError` (``max_seconds``) when the current document's
    time budget is spent; nothing outside :func:`time_budget`. ``where`` is the place in
    the document (``"page 3"``), added to the document's name. Cheap: call it between
    pages, tables, stages and in long loops."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline[0]:
        document = deadline[2]
        if document and where and not where.startswith(document):
            where = f"{document}, {where}"  # the document, and where in it
        raise ResourceLimitError(
            f"more than {deadline[1]:g} s of work on one document",
            limit="max_seconds",
            where=where or document,
        )
