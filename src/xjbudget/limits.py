"""Bounds on the work one input may cause, so a batch run over thousands of files
cannot be stalled or exhausted by one hostile file.

The parser calls :func:`check_text` before reading a text form and :func:`check_pdf`
before opening a PDF; both raise :class:`InputTooLargeError` (an
:class:`~xjbudget.errors.InputError`) with the figure and the bound. The largest real
disclosure in the corpus has about 1,400 lines and 70,000 characters; the bounds leave
a wide margin above that.
"""

from __future__ import annotations

from attrs import frozen

from .errors import InputTooLargeError

__all__ = ["DEFAULT_LIMITS", "InputTooLargeError", "Limits", "check_pdf", "check_text"]


@frozen
class Limits:
    """The bounds: characters and lines of a text form, characters of one line, bytes
    and pages of a PDF."""

    max_chars: int = 5_000_000
    max_lines: int = 200_000
    max_line_chars: int = 20_000
    max_pdf_bytes: int = 100_000_000
    max_pdf_pages: int = 500


DEFAULT_LIMITS = Limits()


def check_text(text: str, *, where: str | None = None, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise :class:`InputTooLargeError` when ``text`` is beyond ``limits``."""
    if len(text) > limits.max_chars:
        raise InputTooLargeError(
            f"{len(text)} characters, more than the {limits.max_chars} a disclosure can have",
            where=where,
        )
    lines = text.count("\n") + 1
    if lines > limits.max_lines:
        raise InputTooLargeError(
            f"{lines} lines, more than the {limits.max_lines} a disclosure can have", where=where
        )
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > limits.max_line_chars:
        raise InputTooLargeError(
            f"a line of {longest} characters, more than {limits.max_line_chars}", where=where
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
        raise InputTooLargeError(
            f"a PDF of {size} bytes, more than {limits.max_pdf_bytes}", where=where
        )
    if pages is not None and pages > limits.max_pdf_pages:
        raise InputTooLargeError(
            f"a PDF of {pages} pages, more than {limits.max_pdf_pages}", where=where
        )
