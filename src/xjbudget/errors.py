"""The exception hierarchy of xjbudget.

Every error the library raises on bad input is an :class:`XjbudgetError`. Each one
says *what* went wrong and *where* (source name, page, line, table), so that a batch
job can log one clear line per bad file instead of a traceback.
"""

from __future__ import annotations

__all__ = [
    "AmountError",
    "CodeError",
    "EmptyInputError",
    "EncryptedPdfError",
    "InputError",
    "InputTooLargeError",
    "NotABudgetDocumentError",
    "NotTextError",
    "OutputError",
    "PdfError",
    "ResourceLimitError",
    "UnitError",
    "UnreadablePdfError",
    "UnsupportedFormatError",
    "XjbudgetError",
]


class XjbudgetError(Exception):
    """Base class of every error raised by xjbudget.

    ``where`` is a short human description of the place (``"line 129"``,
    ``"page 3, table 2"``); it is appended to the message.
    """

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{message} ({where})" if where else message)

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments do not survive the default exception pickling.
        return (_rebuild_error, (type(self), self.message, self.where))


def _rebuild_error(cls: type[XjbudgetError], message: str, where: str | None) -> XjbudgetError:
    error = cls.__new__(cls)
    XjbudgetError.__init__(error, message, where=where)
    return error


class AmountError(XjbudgetError, ValueError):
    """A piece of text that should be an amount is not one."""

    def __init__(self, text: str, *, where: str | None = None) -> None:
        self.text = text
        super().__init__(f"not an amount: {text!r}", where=where)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_amount_error, (self.text, self.where))


def _rebuild_amount_error(text: str, where: str | None) -> AmountError:
    return AmountError(text, where=where)


class InputError(XjbudgetError):
    """The input as a whole cannot be read as a budget disclosure."""


class EmptyInputError(InputError):
    """The input holds no text at all."""


class NotTextError(InputError):
    """The input is binary data that is neither text nor a PDF."""


class UnsupportedFormatError(NotTextError):
    """The input is a file of a known format xjbudget does not read (an Excel or Word
    file, an image, an archive): the message names it."""


class ResourceLimitError(InputError):
    """One document needed more than a bound of :mod:`xjbudget.limits` allows (time,
    pages, inflated stream bytes, memory, size): it is refused or stopped, so one hostile
    file cannot stall or exhaust a batch. ``limit`` names the bound (the field of
    :class:`~xjbudget.limits.Limits`, e.g. ``"max_seconds"``); the message gives the
    figure met and the bound."""

    def __init__(self, message: str, *, limit: str = "", where: str | None = None) -> None:
        self.limit = limit
        super().__init__(f"{message} (limit {limit})" if limit else message, where=where)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_limit_error, (type(self), self.message, self.limit, self.where))


def _rebuild_limit_error(
    cls: type[ResourceLimitError], message: str, limit: str, where: str | None
) -> ResourceLimitError:
    error = cls.__new__(cls)
    error.limit = limit
    XjbudgetError.__init__(error, message, where=where)
    return error


class InputTooLargeError(ResourceLimitError):
    """The input is larger than a budget disclosure can be (see :mod:`xjbudget.limits`):
    refused before any work, so one hostile file cannot stall a batch."""


class NotABudgetDocumentError(InputError):
    """The input is text (or a PDF) but not a budget disclosure."""


class PdfError(InputError):
    """A PDF that cannot be read."""


class EncryptedPdfError(PdfError):
    """A PDF protected by a password."""


class UnreadablePdfError(PdfError):
    """A truncated or corrupt PDF, or one whose pages have no usable text."""


class CodeError(XjbudgetError, ValueError):
    """A classification code or a look-up in the code tables is not valid."""


class UnitError(XjbudgetError, ValueError):
    """An amount cannot be expressed in the unit asked for (an unknown currency unit,
    or a conversion that would not be exact)."""


class OutputError(XjbudgetError):
    """An output cannot be written: its folder does not exist, it is a directory, it
    may not be written, the disk is full (the command line's exit status 3)."""
