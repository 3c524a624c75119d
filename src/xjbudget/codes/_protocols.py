"""What the harvest reads of a parsed document, as protocols.

The codes package does not depend on the document model: it reads a document through
these, which a :class:`xjbudget.Document` fits, and so does any object with the same
attributes (the tests' small fakes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

__all__ = ["PrintedDocument"]


class PrintedCode(Protocol):
    @property
    def digits(self) -> str: ...
    @property
    def scheme(self) -> str: ...


class PrintedRow(Protocol):
    @property
    def code(self) -> PrintedCode | None: ...
    @property
    def name(self) -> str: ...


class PrintedTable(Protocol):
    @property
    def number(self) -> int: ...
    @property
    def rows(self) -> Sequence[PrintedRow]: ...


class PrintedMeta(Protocol):
    @property
    def year(self) -> int | None: ...


class PrintedDocument(Protocol):
    """A parsed document: its year and its tables' rows (code and name)."""

    @property
    def meta(self) -> PrintedMeta: ...
    @property
    def tables(self) -> Sequence[PrintedTable]: ...
