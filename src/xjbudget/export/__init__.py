"""Exports: the whole model as JSON, amounts as the long (tidy) CSV."""

from .json import coverage_dict, document_to_dict, document_to_json
from .long_csv import LONG_CSV_COLUMNS, long_rows, write_long_csv

__all__ = [
    "LONG_CSV_COLUMNS",
    "coverage_dict",
    "document_to_dict",
    "document_to_json",
    "long_rows",
    "write_long_csv",
]
