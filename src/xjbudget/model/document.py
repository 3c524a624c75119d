"""The parsed disclosure as a whole."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Literal

from attrs import frozen

from .coverage import AmountCoverage
from .facts import Facts
from .finding import Finding
from .location import Location
from .performance import PerformanceTarget
from .table import GenericTable, Row, Table

__all__ = [
    "Document",
    "DocumentMeta",
    "GlossaryEntry",
    "Part",
    "Section",
    "SourceForm",
    "TextBlock",
    "preferred_table",
]

SourceForm = Literal["tabbed", "flat", "pdf"]


@frozen
class DocumentMeta:
    """What the cover and the closing lines say about the document.

    ``kind`` is ``部门预算``, ``单位预算``, ``部门决算`` or ``单位决算``; ``unit`` the
    currency unit the tables print in (``万元`` or ``元``); ``issued`` the closing date
    when printed; ``source`` the file name given to the parser; ``family`` the template
    family the document's tables follow (``"national"``, ``"jiangsu"``, ``"shanghai"`` …,
    :data:`xjbudget.catalog.FAMILIES`), as its printed numbers and titles say.
    """

    department: str | None = None
    year: int | None = None
    kind: str | None = None
    unit: str | None = None
    issued: datetime.date | None = None
    source: str | None = None
    form: SourceForm | None = None
    family: str | None = None


@frozen
class Part:
    """One of the four parts (第一部分 … 第四部分) with its printed heading."""

    number: int
    title: str
    location: Location = Location()


@frozen
class Section:
    """A numbered narrative section of part 1 or part 3 (一、… or （一）…), with its text.

    ``level`` is 1 for 一、 headings and 2 for （一） sub-sections; ``text`` holds the
    body lines joined by newlines, headings of sub-sections excluded. ``id`` is the
    section's place, ``"3.12.2"`` for part 3, section 十二, sub-section （二）: the
    ``span.section`` of every fact read from it (:meth:`Document.section`).
    """

    part: int
    number: str
    heading: str
    level: int
    text: str
    location: Location = Location()
    id: str = ""


@frozen
class GlossaryEntry:
    """A term of part 4 (名词解释) and its definition."""

    term: str
    definition: str
    location: Location = Location()


@frozen
class TextBlock:
    """Text that was read but not recognised, kept with where it was and why."""

    text: str
    reason: str
    location: Location = Location()


@frozen
class Document:
    """A budget disclosure: its meta data, parts, tables, narrative and findings.

    ``findings`` are what parsing noticed (a cell moved back under its header, a
    table not recognised); :func:`xjbudget.validate` adds the checks of sums.
    ``facts`` are the figures, duties and units stated in the sentences of parts 1 and
    3 (:mod:`xjbudget.narrative`). ``coverage`` counts the amounts the document prints
    and where they were placed (docs/coverage.md); ``None`` for a document not parsed
    from a source.
    """

    meta: DocumentMeta
    parts: tuple[Part, ...] = ()
    sections: tuple[Section, ...] = ()
    tables: tuple[Table, ...] = ()
    other_tables: tuple[GenericTable, ...] = ()
    performance: tuple[PerformanceTarget, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    findings: tuple[Finding, ...] = ()
    unrecognized: tuple[TextBlock, ...] = ()
    facts: Facts | None = None
    coverage: AmountCoverage | None = None

    def table(self, number: int) -> Table | None:
        """The standard table with this number, or ``None`` when the document lacks it.

        A document that prints a table more than once keeps every instance in
        :attr:`tables`; this returns the one to read from (:func:`preferred_table`).
        """
        chosen: Table | None = None
        for table in self.tables:
            if table.number == number:
                chosen = table if chosen is None else preferred_table(chosen, table)
        return chosen

    def section(self, id: str) -> Section | None:
        """The section with this ``id`` (``"3.5.3"``, a fact's ``span.section``), or
        ``None``."""
        return next((s for s in self.sections if s.id == id), None)

    def rows(self) -> Iterator[tuple[Table, Row]]:
        """Every row of every standard table, with its table."""
        for table in self.tables:
            for row in table.rows:
                yield table, row


def preferred_table(first: Table, later: Table) -> Table:
    """Of two instances of one standard table, the one to read from: the first holding an
    amount, else the first with rows, else the first."""
    if first.is_empty and not later.is_empty:
        return later
    if not first.rows and later.rows:
        return later
    return first
