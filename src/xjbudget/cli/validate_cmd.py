"""``xjbudget validate FILE… [--format table|json|csv] [--rules …] [--tolerance …]``,
and the batch form ``xjbudget validate DIR_OR_GLOB… --jobs N -o OUT`` (docs/batch.md).

Exit status: 0 when no file has an error-level finding, 1 when one has, 2 when a file
cannot be read (or the options are wrong), 3 when the output cannot be written; an
unreadable file is one line on stderr and the other files are still validated. ``-``
is standard input.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from ..batch import Job
from ..errors import XjbudgetError
from ..export.records import (
    FINDING_COLUMNS,
    csv_text,
    finding_rows,
    report_dict,
    report_table,
    split_row,
)
from ..parse import parse
from ..validate import (
    DEFAULT_TOLERANCE,
    ValidationReport,
    as_tolerance,
    select_rules,
    validate,
)
from . import STDIN, add_engine_argument, check_output, open_output
from .batch_args import add_batch_arguments, batch_form, run_from_args, wants_batch
from .codes_cmd import add_codes_argument, apply_codes_argument

__all__ = ["CSV_COLUMNS", "register", "run", "split_row"]

_log = logging.getLogger("xjbudget.cli")

CSV_COLUMNS = FINDING_COLUMNS


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
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="disclosure files, directories or globs"
    )
    parser.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "csv", "parquet"),
        default="table",
        help="table, json (a batch: JSON Lines), csv (one row per finding), jsonl or parquet",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write here instead of stdout (parquet: a folder)"
    )
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
    add_engine_argument(parser)
    add_codes_argument(parser)
    add_batch_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate every file and print the findings; the exit status (see the module)."""
    try:
        apply_codes_argument(args)
    except XjbudgetError as error:
        print(f"xjbudget: error: {error}", file=sys.stderr)
        return 2
    try:
        rules = [r.id for r in select_rules(args.rules)]
        tolerance = as_tolerance(args.tolerance)
    except XjbudgetError as error:
        print(f"xjbudget: error: {error}", file=sys.stderr)
        return 2
    if wants_batch(args):
        job = Job(
            task="validate",
            form=batch_form(args.format),
            rules=tuple(rules),
            tolerance=tolerance,
            engine=args.engine,
        )
        if STDIN in args.files:
            print("xjbudget: error: - (standard input) is not read in a batch", file=sys.stderr)
            return 2
        return run_from_args(args, job, args.files)
    check_output(args.output)  # before any parsing: a bad -o fails at once
    reports: list[tuple[str, ValidationReport]] = []
    unreadable = False
    for name in args.files:
        source: str | BinaryIO = sys.stdin.buffer if name == STDIN else name
        try:
            document = parse(source, engine=args.engine)
            report = validate(document, rules=rules, tolerance=tolerance)
        except XjbudgetError as error:
            print(f"xjbudget: error: {name}: {error}", file=sys.stderr)
            unreadable = True
            continue
        reports.append((STDIN if name == STDIN else Path(name).name, report))
        _log.info("%s: %s", name, dict(report.counts_by_severity))
    with open_output(args.output) as out:
        _write(out, args.format, reports)
    if unreadable:
        return 2
    return 0 if all(report.ok for _, report in reports) else 1


# ---------------------------------------------------------------- output


def _write(out: TextIO, form: str, reports: Sequence[tuple[str, ValidationReport]]) -> None:
    if form == "json":
        json.dump(_as_json(reports), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif form == "csv":
        out.write(csv_text([CSV_COLUMNS]))
        for name, report in reports:
            out.write(csv_text(finding_rows(name, report)))
    else:
        for name, report in reports:
            out.write(report_table(name, report))


def _as_json(reports: Sequence[tuple[str, ValidationReport]]) -> dict[str, object]:
    return {"documents": [report_dict(name, report) for name, report in reports]}
