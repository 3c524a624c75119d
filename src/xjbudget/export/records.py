"""What a batch writes for one file, as text or rows: shared by the batch and by the
one-shot output of ``xjbudget parse`` / ``xjbudget validate``.

- parse, ``jsonl``: the whole document (:func:`~xjbudget.export.document_to_dict`) on
  one line; ``csv``: the long form as strings (:func:`~xjbudget.export.long_rows`),
  ``parquet``: typed (:func:`~xjbudget.export.long_records`);
- validate, ``jsonl``: one line per document, its counts and findings;
  ``csv``/``parquet``: one row per finding (:data:`FINDING_COLUMNS`); ``table``: the
  aligned text table of ``xjbudget validate``.

Everything here is a pure function of a document or a report.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

import regex

from ..model import Document, Finding
from ..validate import ValidationReport
from .json import coverage_dict, document_to_dict
from .long_csv import LONG_CSV_COLUMNS, long_records, long_rows

__all__ = [
    "FINDING_COLUMNS",
    "LONG_CSV_COLUMNS",
    "csv_text",
    "document_line",
    "finding_dict",
    "finding_rows",
    "parse_rows",
    "report_dict",
    "report_table",
    "split_row",
]

FINDING_COLUMNS = (
    "document",
    "rule",
    "severity",
    "table",
    "code",
    "name",
    "column",
    "expected",
    "actual",
    "message",
)

_CODE_AND_NAME = regex.compile(r"^(\d{3,7}) (.*)$")


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """Rows as CSV text (``\\n`` line ends), as :mod:`csv` quotes them."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def document_line(document: Document) -> str:
    """The whole document as one line of JSON (with its ``\\n``)."""
    return json.dumps(document_to_dict(document), ensure_ascii=False) + "\n"


def parse_rows(
    document: Document, name: str, *, amounts_in: str | None = None, typed: bool = False
) -> Iterator[tuple[Any, ...]]:
    """The long rows of a document (:data:`LONG_CSV_COLUMNS`), named ``name``: strings
    (the CSV), or with ``typed`` the :class:`~xjbudget.export.LongRecord` tuples (the
    Parquet dataset); ``amounts_in`` converts the amounts (:func:`long_records`)."""
    if typed:
        return long_records(document, name=name, amounts_in=amounts_in)
    return long_rows(document, name=name, amounts_in=amounts_in)


# ---------------------------------------------------------------- findings


def split_row(finding: Finding) -> tuple[str, str]:
    """``(code digits, name)`` of the row a finding names (``""`` for no code)."""
    row = finding.row or ""
    match = _CODE_AND_NAME.match(row)
    return (match[1], match[2]) if match else ("", row)


def _text(amount: Decimal | None) -> str:
    return "" if amount is None else str(amount)


def finding_rows(name: str, report: ValidationReport) -> Iterator[tuple[str, ...]]:
    """One row per finding (parse findings first), columns as :data:`FINDING_COLUMNS`."""
    for f in report.all_findings:
        code, row = split_row(f)
        yield (
            name,
            f.rule,
            f.severity,
            "" if f.table is None else str(f.table),
            code,
            row,
            f.column or "",
            _text(f.expected),
            _text(f.actual),
            f.message,
        )


def finding_dict(f: Finding) -> dict[str, object]:
    """A finding as JSON-ready data."""
    code, name = split_row(f)
    return {
        "rule": f.rule,
        "severity": f.severity,
        "table": f.table,
        "code": code or None,
        "name": name or None,
        "column": f.column,
        "expected": None if f.expected is None else str(f.expected),
        "actual": None if f.actual is None else str(f.actual),
        "difference": None if f.difference is None else str(f.difference),
        "line": None if f.location is None else f.location.line,
        "page": None if f.location is None else f.location.page,
        "message": f.message,
        "message_zh": f.message_zh,
    }


def report_dict(name: str, report: ValidationReport) -> dict[str, Any]:
    """A document's report as JSON-ready data."""
    return {
        "document": name,
        "ok": report.ok,
        "tolerance": str(report.tolerance),
        "unit": report.unit,
        "counts": report.counts_by_severity,
        "counts_by_rule": report.counts_by_rule,
        "coverage": coverage_dict(report.coverage),
        "findings": [finding_dict(f) for f in report.all_findings],
    }


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


_TABLE_HEAD = ("severity", "rule", "table", "row", "column", "expected", "actual", "diff", "note")


def report_table(name: str, report: ValidationReport) -> str:
    """A document's report as the aligned text of ``xjbudget validate``: a summary line,
    the coverage line, then one line per finding (parse findings first)."""
    counts = report.counts_by_severity
    out = [
        f"{name}: {counts['error']} error(s), {counts['warning']} warning(s), "
        f"{counts['info']} info — {'ok' if report.ok else 'NOT OK'}\n"
    ]
    if report.coverage is not None:
        out.append(f"  {report.coverage.summary()}\n")
    if not report.all_findings:
        return "".join(out)
    lines = [_TABLE_HEAD] + [
        (
            f.severity,
            f.rule,
            "" if f.table is None else f"表{f.table}",
            f.row or "",
            f.column or "",
            _text(f.expected),
            _text(f.actual),
            "" if f.difference is None else f"{f.difference:+}",
            f.message if f.expected is None else "",
        )
        for f in report.all_findings
    ]
    widths = [max(_width(line[i]) for line in lines) for i in range(len(_TABLE_HEAD))]
    for line in lines:
        cells = "  ".join(_pad(c, w) for c, w in zip(line, widths, strict=True))
        out.append("  " + cells.rstrip() + "\n")
    return "".join(out)
