"""``xjbudget parse FILE… [--format json|csv] [-o OUT]``, and the batch form
``xjbudget parse DIR_OR_GLOB… --jobs N -o OUT [--resume]`` (see docs/batch.md)."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from ..batch import Job
from ..errors import XjbudgetError
from ..export import document_to_dict, write_long_csv
from ..model import Document
from ..parse import parse
from ..samples import sample_path
from . import add_engine_argument
from .batch_args import add_batch_arguments, batch_form, run_from_args, wants_batch
from .codes_cmd import add_codes_argument, apply_codes_argument

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="parse disclosures (PDF or text) and print or write their records",
        description=(
            "Parse each FILE (a PDF or the text a converter made of one). "
            "--format json (default) writes the whole model, amounts as decimal strings; "
            "--format csv writes the long form, one line per amount cell, with the columns "
            "document,table,code,name,project,column,amount,department,year,unit,table_kind,"
            "printed_title,page,family (docs/outputs.md). "
            "A directory or a glob runs a batch (with --jobs, --resume, --errors): "
            "JSON Lines, the long CSV or Parquet, written as files finish."
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
        job = Job(
            task="parse",
            form=batch_form(args.format),
            engine=args.engine,
            amounts_in=args.amounts_in,
        )
        return run_from_args(args, job, files)
    documents: list[tuple[str, Document]] = []
    failed = False
    for name in files:
        try:
            documents.append((Path(name).name, parse(name, engine=args.engine)))
        except XjbudgetError as error:
            print(f"xjbudget: error: {name}: {error}", file=sys.stderr)
            failed = True
    if not documents:
        return 2
    with ExitStack() as stack:
        out: TextIO = (
            stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
            if args.output
            else sys.stdout
        )
        if args.format == "csv":
            write_long_csv(documents, out, amounts_in=args.amounts_in)
        else:
            data = [document_to_dict(doc) for _, doc in documents]
            json.dump(data[0] if len(data) == 1 else data, out, ensure_ascii=False, indent=2)
            out.write("\n")
    return 2 if failed else 0
