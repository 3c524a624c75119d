"""``xjbudget validate FILE… [--format table|json|csv] [--rules …] [--tolerance …]``.

Exit status: 0 when no file has an error-level finding, 1 when one has, 2 when a file
cannot be read (or the options are wrong); an unreadable file is one line on stderr and
the other files are still validated.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TextIO

import regex

from ..errors import XjbudgetError
from ..model import Finding
from ..parse import parse
from ..validate import (
    DEFAULT_TOLERANCE,
    ValidationReport,
    as_tolerance,
    select_rules,
    validate,
)

__all__ = ["CSV_COLUMNS", "register", "run"]

CSV_COLUMNS = (
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


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check the sums, cross-references, codes and completeness of disclosures",
        description=(
            "Parse each FILE and validate it: sums within rows and tables, equalities across "
            "tables, codes against the classification, missing or contradicted tables. "
            "Exit status 0 when clean, 1 when a finding is an error, 2 when a file cannot "
            "be read. See docs/validation.md for every rule."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="disclosure files")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument(
        "--rules",
        action="append",
        metavar="RULES",
        help=(
            "rules to run, comma-separated: rule ids, id prefixes (T3, T3.row, cross, codes) "
            "or families (1-6, row, table, cross, codes, narrative, completeness); all by default"
        ),
    )
    parser.add_argument(
        "--tolerance",
        metavar="AMOUNT",
        help=(
            f"printed precision in the document's unit (default {DEFAULT_TOLERANCE}): a sum of "
            "n items off by at most n × AMOUNT / 2 is a rounding warning, more is an error"
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate every file and print the findings; the exit status (see the module)."""
    try:
        rules = [r.id for r in select_rules(args.rules)]
        tolerance = as_tolerance(args.tolerance)
    except XjbudgetError as error:
        print(f"xjbudget: error: {error}", file=sys.stderr)
        return 2
    reports: list[tuple[str, ValidationReport]] = []
    unreadable = False
    for name in args.files:
        try:
            document = parse(name)
            report = validate(document, rules=rules, tolerance=tolerance)
        except XjbudgetError as error:
            print(f"xjbudget: error: {name}: {error}", file=sys.stderr)
            unreadable = True
            continue
        reports.append((Path(name).name, report))
    _write(sys.stdout, args.format, reports)
    if unreadable:
        return 2
    return 0 if all(report.ok for _, report in reports) else 1


# ---------------------------------------------------------------- output


def split_row(finding: Finding) -> tuple[str, str]:
    """``(code digits, name)`` of the row a finding names (``""`` for no code)."""
    row = finding.row or ""
    match = _CODE_AND_NAME.match(row)
    return (match[1], match[2]) if match else ("", row)


def _text(amount: Decimal | None) -> str:
    return "" if amount is None else str(amount)


def _write(out: TextIO, form: str, reports: Sequence[tuple[str, ValidationReport]]) -> None:
    if form == "json":
        json.dump(_as_json(reports), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif form == "csv":
        _write_csv(out, reports)
    else:
        _write_table(out, reports)


def _write_csv(out: TextIO, reports: Sequence[tuple[str, ValidationReport]]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for name, report in reports:
        for f in report.findings:
            code, row = split_row(f)
            writer.writerow(
                (
                    name,
                    f.rule,
                    f.severity,
                    "" if f.table is None else f.table,
                    code,
                    row,
                    f.column or "",
                    _text(f.expected),
                    _text(f.actual),
                    f.message,
                )
            )


def _finding_json(f: Finding) -> dict[str, object]:
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


def _as_json(reports: Sequence[tuple[str, ValidationReport]]) -> dict[str, object]:
    return {
        "documents": [
            {
                "document": name,
                "ok": report.ok,
                "tolerance": str(report.tolerance),
                "unit": report.unit,
                "counts": report.counts_by_severity,
                "counts_by_rule": report.counts_by_rule,
                "findings": [_finding_json(f) for f in report.findings],
            }
            for name, report in reports
        ]
    }


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _write_table(out: TextIO, reports: Sequence[tuple[str, ValidationReport]]) -> None:
    head = ("severity", "rule", "table", "row", "column", "expected", "actual", "diff", "note")
    for name, report in reports:
        counts = report.counts_by_severity
        out.write(
            f"{name}: {counts['error']} error(s), {counts['warning']} warning(s), "
            f"{counts['info']} info — {'ok' if report.ok else 'NOT OK'}\n"
        )
        if not report.findings:
            continue
        lines = [head] + [
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
            for f in report.findings
        ]
        widths = [max(_width(line[i]) for line in lines) for i in range(len(head))]
        for line in lines:
            out.write(
                "  "
                + "  ".join(_pad(c, w) for c, w in zip(line, widths, strict=True)).rstrip()
                + "\n"
            )
