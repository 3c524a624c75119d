"""``xjbudget parse FILE… [--format json|csv] [-o OUT]``, and the batch form
``xjbudget parse DIR_OR_GLOB… --jobs N -o OUT [--resume]`` (see docs/batch.md)."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from ..batch import Job
from ..errors import XjbudgetError
from ..export import document_to_dict, write_long_csv
from ..model import Document
from ..samples import sample_path
from . import STDIN, add_engine_argument, check_output, open_output, parse_argument
from .batch_args import add_batch_arguments, batch_form, run_from_args, wants_batch
from .codes_cmd import add_codes_argument, apply_codes_argument

__all__ = ["register", "run"]

_log = logging.getLogger("xjbudget.cli")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="parse disclosures (PDF or text) and print or write their records",
        description=(
            "Parse each FILE (a PDF or the text a converter made of one; - is standard "
            "input). --format json (default) writes the whole model as a JSON list, one "
            "document per FILE (a list even for one FILE), amounts as decimal strings; "
            "--format csv writes the long form, one line per amount cell, with the columns "
            "document,table,code,name,project,column,amount,department,year,unit,table_kind,"
            "printed_title,page,family (docs/outputs.md). "
            "A directory (its own files; with --recursive its sub-folders too) or a glob runs "
            "a batch (with --jobs, --resume, --errors): JSON Lines, the long CSV or one "
            "Parquet dataset, written as files finish. See docs/cli.md."
        ),
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="disclosure files, directories or globs"
    )
    parser.add_argument(
        "--sample", action="store_true", help="also parse the sample bundled with xjbudget"
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "parquet"),
        default="json",
        help="json (a batch: JSON Lines), csv (the long form), jsonl or parquet (a batch)",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write here instead of stdout (parquet: a folder)"
    )
    parser.add_argument(
        "--amounts-in",
        choices=("元", "万元"),
        help=(
            "long form (csv, parquet): convert every amount to this unit, exactly; the unit "
            "column says so (an amount of no known unit stays as printed, unit empty)"
        ),
    )
    add_engine_argument(parser)
    add_codes_argument(parser)
    add_batch_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        apply_codes_argument(args)
    except XjbudgetError as error:
        print(f"xjbudget: error: {error}", file=sys.stderr)
        return 2
    files = list(args.files) + ([str(sample_path())] if args.sample else [])
    if args.amounts_in and args.format in ("json", "jsonl"):
        print(
            "xjbudget: error: --amounts-in converts the long form: use --format csv or parquet",
            file=sys.stderr,
        )
        return 2
    if not files:
        print("xjbudget: error: give at least one FILE (or --sample)", file=sys.stderr)
        return 2
    if wants_batch(args):
        if STDIN in files:
            print("xjbudget: error: - (standard input) is not read in a batch", file=sys.stderr)
            return 2
        job = Job(
            task="parse",
            form=batch_form(args.format),
            engine=args.engine,
            amounts_in=args.amounts_in,
        )
        return run_from_args(args, job, files)
    check_output(args.output)  # before any parsing: a bad -o fails at once
    documents: list[tuple[str, Document]] = []
    failed = False
    for name in files:
        try:
            label, document = parse_argument(name, engine=args.engine)
        except XjbudgetError as error:
            print(f"xjbudget: error: {name}: {error}", file=sys.stderr)
            failed = True
            continue
        documents.append((label, document))
        _log.info(
            "%s: %d tables, %d amounts, %d findings",
            name,
            len(document.tables),
            sum(1 for _, row in document.rows() for v in row.values.values() if v is not None),
            len(document.findings),
        )
    if not documents:
        return 2
    with open_output(args.output) as out:
        if args.format == "csv":
            write_long_csv(documents, out, amounts_in=args.amounts_in)
        else:  # one shape for one FILE or many: a list, in the order of the FILEs
            data = [document_to_dict(doc) for _, doc in documents]
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
    return 2 if failed else 0
