"""``xjbudget parse FILE… [--format json|csv] [-o OUT]``."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from ..errors import XjbudgetError
from ..export import document_to_dict, write_long_csv
from ..model import Document
from ..parse import parse
from ..samples import sample_path

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="parse disclosures (PDF or text) and print or write their records",
        description=(
            "Parse each FILE (a PDF or the text a converter made of one). "
            "--format json (default) writes the whole model, amounts as decimal strings; "
            "--format csv writes the long form, one line per amount cell, with the columns "
            "document,table,code,name,project,column,amount."
        ),
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="disclosure files")
    parser.add_argument(
        "--sample", action="store_true", help="also parse the sample bundled with xjbudget"
    )
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = list(args.files) + ([str(sample_path())] if args.sample else [])
    if not files:
        print("xjbudget: error: give at least one FILE (or --sample)", file=sys.stderr)
        return 2
    documents: list[tuple[str, Document]] = []
    failed = False
    for name in files:
        try:
            documents.append((Path(name).name, parse(name)))
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
            write_long_csv(documents, out)
        else:
            data = [document_to_dict(doc) for _, doc in documents]
            json.dump(data[0] if len(data) == 1 else data, out, ensure_ascii=False, indent=2)
            out.write("\n")
    return 2 if failed else 0
