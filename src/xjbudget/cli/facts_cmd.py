"""``xjbudget facts FILE… [-o OUT]``: the figures stated in the narrative, as CSV.

Columns ``document,section,subject,measure,value,unit,derived``: ``value`` is the
decimal as printed (or derived), money in 万元 as the sentences state it whatever the
tables' unit, ``derived`` is ``true`` for last year's figures
computed from a stated change. A file that cannot be read is one line on stderr and
exit status 2; the other files are still written.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from ..errors import NotTextError, XjbudgetError
from ..model import Document
from ..narrative import Facts, extract_facts
from ..parse import parse
from ..sources.tabbed import read_text_lines

__all__ = ["CSV_COLUMNS", "facts_of", "register", "run", "write_facts_csv"]

CSV_COLUMNS = ("document", "section", "subject", "measure", "value", "unit", "derived")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``facts`` sub-command to the main parser's sub-parsers."""
    parser = subparsers.add_parser(
        "facts",
        help="the figures stated in the narrative (parts 1 and 3) as CSV",
        description=(
            "Read the sentences of parts 1 and 3 of each FILE (staff, income and "
            "expenditure with their changes, per-项 lines, “三公”, carry-over projects, "
            "procurement, assets, performance) and write them as CSV with the columns "
            + ",".join(CSV_COLUMNS)
            + ". Rows with derived=true are last year's figures (this year − change)."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="disclosure files")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    parser.set_defaults(func=run)


def _text(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise NotTextError("bytes that decode neither as UTF-8 nor as GB18030", where=str(path))


def facts_of(name: str) -> Facts:
    """The facts of one file: ``Document.facts`` once the parser fills it, else read
    from the file's lines here."""
    document: Document = parse(name)
    facts = getattr(document, "facts", None)
    if isinstance(facts, Facts):
        return facts
    year = document.meta.year
    if document.meta.form == "pdf":
        from ..sources.pdf import read_pdf

        return extract_facts(list(read_pdf(name).lines), year=year)
    return extract_facts(read_text_lines(_text(Path(name))), year=year)


def write_facts_csv(documents: Iterable[tuple[str, Facts]], out: TextIO) -> None:
    """Write the rows of each document's facts."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for name, facts in documents:
        for row in facts.rows():
            writer.writerow(
                (
                    name,
                    row.section,
                    row.subject,
                    row.measure,
                    str(row.value),
                    row.unit,
                    "true" if row.derived else "false",
                )
            )


def run(args: argparse.Namespace) -> int:
    """Write the CSV; exit status 2 when a file cannot be read."""
    documents: list[tuple[str, Facts]] = []
    failed = False
    for name in args.files:
        try:
            documents.append((Path(name).name, facts_of(name)))
        except (XjbudgetError, OSError) as error:
            print(f"xjbudget: error: {name}: {error}", file=sys.stderr)
            failed = True
    if not documents:
        return 2
    with ExitStack() as stack:
        try:
            out: TextIO = (
                stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
                if args.output
                else sys.stdout
            )
        except OSError as error:
            print(f"xjbudget: error: {args.output}: {error.strerror}", file=sys.stderr)
            return 2
        write_facts_csv(documents, out)
    return 2 if failed else 0
