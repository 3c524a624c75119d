"""The long (tidy) form: one record per amount cell, self-describing.

Each record names its document and where the amount sits (table, code, name, project,
column) and then what a reader needs to use it without the document at hand: the
department, the year, the unit the amount is in, the table's kind, its printed title,
the page and the template family. The first seven columns are those of the original
long CSV, so readers of the old form keep working; the others are appended.

:func:`long_records` gives typed records (``amount`` a ``Decimal``, ``table``/``year``/
``page`` integers, ``None`` where unknown); :func:`long_rows` the same as strings, as the
CSV writes them. ``amounts_in`` converts every amount to one unit, exactly.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Literal, NamedTuple, TextIO

from ..amounts import UNIT_EXPONENTS, convert_amount
from ..errors import UnitError
from ..model import Document

__all__ = [
    "BASE_COLUMNS",
    "LONG_CSV_COLUMNS",
    "UNIT_EXPONENTS",
    "AmountsIn",
    "LongRecord",
    "convert_amount",
    "long_records",
    "long_rows",
    "write_long_csv",
]

_log = logging.getLogger("xjbudget.export")

#: The columns of the original long CSV, first in every long form.
BASE_COLUMNS = ("document", "table", "code", "name", "project", "column", "amount")

#: Every column of the long form (CSV, records, Parquet), in order.
LONG_CSV_COLUMNS = (
    *BASE_COLUMNS,
    "department",
    "year",
    "unit",
    "table_kind",
    "printed_title",
    "page",
    "family",
)

#: The units amounts can be converted to (``--amounts-in``).
AmountsIn = Literal["元", "万元"]


class LongRecord(NamedTuple):
    """One amount cell of a standard table, with what it is and where it was printed.

    ``unit`` is the unit ``amount`` is in: the table's own unit line, else the
    document's; ``None`` when neither was printed (or read). ``page`` is the PDF page of
    the row (of the table when the row has none); ``None`` for a text form.
    ``printed_title`` is the title as the document prints it (the standard title when
    none is printed); ``family`` the template family whose declaration read the table
    (:attr:`Table.family <xjbudget.model.Table.family>`, else the document's).
    """

    document: str
    table: int
    code: str | None
    name: str
    project: str | None
    column: str
    amount: Decimal
    department: str | None
    year: int | None
    unit: str | None
    table_kind: str
    printed_title: str
    page: int | None
    family: str | None


def long_records(
    document: Document, *, name: str | None = None, amounts_in: str | None = None
) -> Iterator[LongRecord]:
    """One :class:`LongRecord` per non-empty amount cell, in document order (表1/表4:
    the income list, then the expenditure list).

    ``name`` is the ``document`` column (default: ``meta.source``). With ``amounts_in``
    (``"元"`` or ``"万元"``) every amount whose unit is known is converted to it
    exactly and its ``unit`` is ``amounts_in``; an amount whose unit is not known
    cannot be converted: it stays as printed with ``unit`` ``None`` (a warning on the
    ``xjbudget`` logger counts them), so a sum filtered on ``unit`` is never wrong.
    """
    if amounts_in is not None and amounts_in not in UNIT_EXPONENTS:
        raise UnitError(f"cannot convert amounts to {amounts_in!r}: use 元 or 万元")
    meta = document.meta
    doc = name if name is not None else (meta.source or "")
    unconverted = 0
    for table in document.tables:
        unit = table.unit or meta.unit
        if amounts_in is not None and unit is not None and unit not in UNIT_EXPONENTS:
            unit = None  # printed, but not a currency unit this module knows
        title = table.printed_title or table.title
        family = table.family or meta.family
        rows = sorted(table.rows, key=lambda r: 0 if r.side != "expenditure" else 1)
        for row in rows:
            page = row.location.page if row.location.page is not None else table.location.page
            for column, amount in row.values.items():
                if amount is None:
                    continue
                out_unit = unit
                if amounts_in is not None:
                    if unit is None:
                        unconverted += 1
                    else:
                        amount = convert_amount(amount, unit, amounts_in)
                        out_unit = amounts_in
                yield LongRecord(
                    doc,
                    table.number,
                    row.code.digits if row.code else None,
                    row.name,
                    row.project,
                    column,
                    amount,
                    meta.department,
                    meta.year,
                    out_unit,
                    table.kind,
                    title,
                    page,
                    family,
                )
    if unconverted:
        _log.warning(
            "%s: %d amount(s) in tables of no known unit left as printed (unit empty), "
            "not converted to %s",
            doc or "document",
            unconverted,
            amounts_in,
        )


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def long_rows(
    document: Document, *, name: str | None = None, amounts_in: str | None = None
) -> Iterator[tuple[str, ...]]:
    """:func:`long_records` as strings (``None`` is ``""``), columns as
    :data:`LONG_CSV_COLUMNS`: what the CSV holds."""
    for record in long_records(document, name=name, amounts_in=amounts_in):
        yield tuple(_cell(value) for value in record)


def write_long_csv(
    documents: Iterable[tuple[str, Document]],
    out: TextIO,
    *,
    header: bool = True,
    amounts_in: str | None = None,
) -> int:
    """Write the long CSV of ``(name, document)`` pairs; return the number of lines."""
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(LONG_CSV_COLUMNS)
    count = 0
    for name, document in documents:
        for line in long_rows(document, name=name, amounts_in=amounts_in):
            writer.writerow(line)
            count += 1
    return count
