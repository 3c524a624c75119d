"""The long form as a typed Parquet dataset (pyarrow, the optional ``parquet`` extra).

One folder holds the whole dataset, however many documents went in: rows are buffered
and written in row groups of at most ``row_group_rows`` rows into part files
(``part-000000.parquet``, …), never a file per document; a part is closed once it holds
``file_rows`` rows, between two documents (so one document's rows are in one part). A
part is written under a temporary name and renamed when complete, so a folder never
holds a torn part; ``on_part`` is told when a part is finished (the batch writes its
manifest from it).

The schema (:func:`long_schema`): ``amount`` is ``decimal128(38, 6)`` — exact, the six
places holding 元 amounts converted to 万元 —, ``table``/``year``/``page`` are
integers, every string column is dictionary-encoded (a document's name, department,
title … repeat on every row). pandas, polars and DuckDB each read the folder in one
call (docs/outputs.md).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import UnitError
from .long_csv import LONG_CSV_COLUMNS

__all__ = [
    "AMOUNT_PRECISION",
    "AMOUNT_SCALE",
    "DatasetWriter",
    "long_schema",
    "string_schema",
    "write_long_dataset",
]

#: The ``amount`` column is ``decimal128(AMOUNT_PRECISION, AMOUNT_SCALE)``.
AMOUNT_PRECISION = 38
AMOUNT_SCALE = 6

_INTEGER_COLUMNS = {"table": "int16", "year": "int16", "page": "int32"}


def _pyarrow() -> Any:
    try:
        return importlib.import_module("pyarrow")
    except ImportError as error:
        raise ImportError(
            "Parquet output needs pyarrow: pip install 'xjbudget[parquet]'"
        ) from error


def long_schema(*, amounts_in: str | None = None) -> Any:
    """The ``pyarrow.Schema`` of the long form; its metadata names the format and,
    with ``amounts_in``, the one unit every converted amount is in."""
    pa = _pyarrow()
    fields = []
    for name in LONG_CSV_COLUMNS:
        if name == "amount":
            kind = pa.decimal128(AMOUNT_PRECISION, AMOUNT_SCALE)
        elif name in _INTEGER_COLUMNS:
            kind = getattr(pa, _INTEGER_COLUMNS[name])()
        else:
            kind = pa.dictionary(pa.int32(), pa.string())
        fields.append(pa.field(name, kind, nullable=name not in ("document", "table", "amount")))
    metadata = {"xjbudget.format": "xjbudget.long/1"}
    if amounts_in is not None:
        metadata["xjbudget.amounts_in"] = amounts_in
    return pa.schema(fields, metadata=metadata)


def string_schema(columns: Sequence[str]) -> Any:
    """A schema of dictionary-encoded string columns (the finding rows)."""
    pa = _pyarrow()
    return pa.schema([pa.field(name, pa.dictionary(pa.int32(), pa.string())) for name in columns])


def _exact(amount: Decimal) -> Decimal:
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -AMOUNT_SCALE:
        raise UnitError(f"{amount} has more than {AMOUNT_SCALE} decimal places: not stored exactly")
    return amount


class DatasetWriter:
    """Writes rows (tuples in the schema's column order) into Parquet parts in
    ``folder``; ``close()`` finishes the last part.

    ``start`` is the number of the first part (a resumed batch continues the
    numbering). ``on_part(name, rows)`` is called after each part is renamed into place.
    """

    def __init__(
        self,
        folder: str | os.PathLike[str],
        schema: Any,
        *,
        row_group_rows: int = 65_536,
        file_rows: int = 1_048_576,
        start: int = 0,
        on_part: Callable[[str, int], None] | None = None,
    ) -> None:
        if row_group_rows < 1 or file_rows < row_group_rows:
            raise ValueError("need 1 <= row_group_rows <= file_rows")
        self._pa = _pyarrow()
        self._pq = importlib.import_module("pyarrow.parquet")
        self.folder = Path(folder)
        self.schema = schema
        self.row_group_rows = row_group_rows
        self.file_rows = file_rows
        self.parts: list[str] = []
        self._number = start
        self._on_part = on_part
        self._buffer: list[tuple[Any, ...]] = []
        self._writer: Any = None
        self._in_file = 0
        self._amount = schema.get_field_index("amount")

    @property
    def pending(self) -> bool:
        """Whether rows were added that no finished part holds yet."""
        return bool(self._buffer) or self._writer is not None

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        """Add ``rows``: full row groups are written as they fill, and the part is
        finished once it holds ``file_rows`` rows or more — only here, between two calls,
        so the rows of one call (one document) are never split over two parts."""
        for row in rows:
            self._buffer.append(tuple(row))
            if len(self._buffer) >= self.row_group_rows:
                self._write_group(self.row_group_rows)
        if self._in_file + len(self._buffer) >= self.file_rows:
            self.finish()

    def _write_group(self, size: int) -> None:
        if self._writer is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._writer = self._pq.ParquetWriter(
                self._temporary(), self.schema, compression="zstd"
            )
        rows, self._buffer = self._buffer[:size], self._buffer[size:]
        self._writer.write_table(self._table(rows), row_group_size=self.row_group_rows)
        self._in_file += len(rows)

    def _table(self, rows: list[tuple[Any, ...]]) -> Any:
        pa = self._pa
        arrays = []
        for index, field in enumerate(self.schema):
            values = [row[index] for row in rows]
            if index == self._amount:
                values = [None if v is None else _exact(v) for v in values]
            if pa.types.is_dictionary(field.type):
                array = pa.array(values, pa.string()).dictionary_encode()
            else:
                array = pa.array(values, field.type)
            arrays.append(array)
        return pa.Table.from_arrays(arrays, schema=self.schema)

    def _name(self) -> str:
        return f"part-{self._number:06d}.parquet"

    def _temporary(self) -> Path:
        return self.folder / (self._name() + ".tmp")

    def _finish_part(self) -> None:
        self._writer.close()
        self._writer = None
        name = self._name()
        os.replace(self._temporary(), self.folder / name)
        self.parts.append(name)
        rows, self._in_file = self._in_file, 0
        self._number += 1
        if self._on_part is not None:
            self._on_part(name, rows)

    def finish(self) -> None:
        """Write what is buffered and finish the current part (the next rows start a
        new one)."""
        while self._buffer:
            self._write_group(self.row_group_rows)
        if self._writer is not None:
            self._finish_part()

    def close(self) -> None:
        """:meth:`finish`; the writer can still be used afterwards."""
        self.finish()

    def abandon(self) -> None:
        """Drop the part being written (an interrupted run): its rows are lost, no torn
        file is left."""
        self._buffer.clear()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
            self._temporary().unlink(missing_ok=True)
            self._in_file = 0


def write_long_dataset(
    records: Iterable[Sequence[Any]],
    folder: str | os.PathLike[str],
    *,
    amounts_in: str | None = None,
    row_group_rows: int = 65_536,
    file_rows: int = 1_048_576,
) -> list[str]:
    """Write long records (:func:`~xjbudget.export.long_records` of any number of
    documents) as one Parquet dataset in ``folder``; return the part names.

    ``amounts_in`` is recorded in the schema's metadata; pass the records converted to
    that unit (``long_records(doc, amounts_in=...)``).
    """
    writer = DatasetWriter(
        folder,
        long_schema(amounts_in=amounts_in),
        row_group_rows=row_group_rows,
        file_rows=file_rows,
    )
    try:
        chunk: list[Sequence[Any]] = []
        for record in records:
            chunk.append(record)
            if len(chunk) == row_group_rows:
                writer.add(chunk)
                chunk = []
        writer.add(chunk)
        writer.close()
    except BaseException:
        writer.abandon()
        raise
    return writer.parts
