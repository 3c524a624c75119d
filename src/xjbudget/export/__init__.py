"""Exports: the whole model as JSON (and back), amounts as the long (tidy) form — CSV,
plain records, a pandas DataFrame, a typed Parquet dataset (docs/outputs.md)."""

from .frames import to_dataframe, to_records
from .json import coverage_dict, document_to_dict, document_to_json
from .load import document_from_dict, document_from_json, iter_documents, load_json
from .long_csv import (
    BASE_COLUMNS,
    LONG_CSV_COLUMNS,
    UNIT_EXPONENTS,
    LongRecord,
    convert_amount,
    long_records,
    long_rows,
    write_long_csv,
)

__all__ = [
    "BASE_COLUMNS",
    "LONG_CSV_COLUMNS",
    "UNIT_EXPONENTS",
    "LongRecord",
    "convert_amount",
    "coverage_dict",
    "document_from_dict",
    "document_from_json",
    "document_to_dict",
    "document_to_json",
    "iter_documents",
    "load_json",
    "long_records",
    "long_rows",
    "to_dataframe",
    "to_records",
    "write_long_csv",
]
