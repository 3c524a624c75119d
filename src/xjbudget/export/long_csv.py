"""The long (tidy) CSV: one line per amount cell."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..model import Document

__all__ = ["LONG_CSV_COLUMNS", "long_rows", "write_long_csv"]

LONG_CSV_COLUMNS = ("document", "table", "code", "name", "project", "column", "amount")


def long_rows(document: Document, *, name: str | None = None) -> Iterator[tuple[str, ...]]:
    """One tuple per non-empty amount cell, in document order (表1/表4: the income list,
    then the expenditure list), columns as :data:`LONG_CSV_COLUMNS`."""
    doc = name if name is not None else (document.meta.source or "")
    for table in document.tables:
        rows = sorted(table.rows, key=lambda r: 0 if r.side != "expenditure" else 1)
        for row in rows:
            for column, amount in row.values.items():
                if amount is None:
                    continue
                yield (
                    doc,
                    str(table.number),
                    row.code.digits if row.code else "",
                    row.name,
                    row.project or "",
                    column,
                    str(amount),
                )


def write_long_csv(
    documents: Iterable[tuple[str, Document]], out: TextIO, *, header: bool = True
) -> int:
    """Write the long CSV of ``(name, document)`` pairs; return the number of lines."""
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(LONG_CSV_COLUMNS)
    count = 0
    for name, document in documents:
        for line in long_rows(document, name=name):
            writer.writerow(line)
            count += 1
    return count
