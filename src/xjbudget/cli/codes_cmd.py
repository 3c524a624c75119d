"""``xjbudget codes``: look up, search and harvest classification codes.

    xjbudget codes CODE|NAME [--year Y] [--scheme S]   look up a code or search a name
    xjbudget codes "CODE NAME" [--year Y]              check a printed pair
    xjbudget codes harvest FILE... [--year Y] [--tsv]  pairs the tables do not confirm
    xjbudget codes harvest FILE... --observed DIR      write the harvested layer
    xjbudget codes stats                               row counts of the tables

``--codes LIST`` (here and on ``parse`` and ``validate``) loads an official list first
(:func:`xjbudget.codes.load`). One line per result on stdout; an error is one line on
stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TextIO

import xjbudget
from xjbudget import codes
from xjbudget.errors import CodeError, XjbudgetError
from xjbudget.model import Document

__all__ = [
    "add_codes_argument",
    "apply_codes_argument",
    "entry_line",
    "harvest_documents",
    "parse_documents",
    "register",
    "run",
]

_PROG = "xjbudget codes"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``codes`` sub-command to the main parser's sub-parsers."""
    parser = subparsers.add_parser(
        "codes",
        help="look up, search and harvest classification codes",
        description=(
            "Look up a code (201 13 01, 2011301), search a name, check a printed "
            "'code name' pair, list the pairs documents print that the tables do not know "
            "(harvest FILE...), or print the tables' row counts (stats)."
        ),
    )
    parser.add_argument(
        "query",
        nargs="+",
        metavar="CODE|NAME",
        help="a code, a name, 'CODE NAME', 'harvest FILE...' or 'stats'",
    )
    parser.add_argument("--year", type=int, help="the document's year (picks the edition)")
    parser.add_argument("--scheme", choices=codes.SCHEMES, help="restrict to one scheme")
    parser.add_argument("--limit", type=int, default=10, help="most name-search results")
    parser.add_argument(
        "--tsv", action="store_true", help="harvest: print rows in the data files' format"
    )
    parser.add_argument(
        "--observed",
        metavar="DIR",
        help=(
            "harvest: write every printed pair as the harvested layer into DIR "
            "(src/xjbudget/codes/data/observed to refresh the package's; docs/codes.md)"
        ),
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="harvest: parse N files at once"
    )
    add_codes_argument(parser)
    parser.set_defaults(func=run)


def add_codes_argument(parser: argparse.ArgumentParser) -> None:
    """``--codes LIST``: an official code list to load before the command runs."""
    parser.add_argument(
        "--codes",
        action="append",
        metavar="LIST",
        help=(
            "an official code list (.tsv, .csv, .xlsx; the edition from a '# edition: YYYY' "
            "line or the year in its name) whose rows override the package's for this run; "
            "repeatable (docs/codes.md)"
        ),
    )


def apply_codes_argument(args: argparse.Namespace) -> None:
    """Load the lists ``--codes`` names (raises :class:`~xjbudget.errors.CodeError`).

    The lists live in this process: worker processes (``--jobs`` above 1) would not see
    them, so the two are refused together."""
    lists = getattr(args, "codes", None) or ()
    jobs = getattr(args, "jobs", None)
    if lists and jobs is not None and jobs != 1:
        raise CodeError("--codes works in one process: use it without --jobs (or --jobs 1)")
    for path in lists:
        codes.load(path)


def entry_line(entry: codes.CodeEntry) -> str:
    """One line for an entry: scheme, edition, printed code, name, path, provenance."""
    names = " > ".join(e.name for e in codes.table(entry.scheme, entry.edition).path(entry.code))
    return (
        f"{entry.scheme}\t{entry.edition}\t{entry.printed}\t{entry.name}"
        f"\t{names}\t{entry.provenance}"
    )


def _looks_like_code(text: str) -> bool:
    try:
        codes.normalize_code(text)
    except CodeError:
        return False
    return True


def _lookup(args: argparse.Namespace, query: str, out: TextIO, err: TextIO) -> int:
    if _looks_like_code(query):
        entry = codes.lookup(query, year=args.year, scheme=args.scheme)
        wanted = codes.table(entry.scheme, args.year).edition
        if entry.edition != wanted:
            err.write(
                f"{_PROG}: {entry.code} is not in the {wanted} {entry.scheme} tables; "
                f"the {entry.edition} edition answers\n"
            )
        out.write(entry_line(entry) + "\n")
        return 0
    try:
        code, name = codes.split_code_and_name(query)
    except CodeError:
        return _search(args, query, out)
    result = codes.check(code, name, year=args.year, scheme=args.scheme)
    out.write(f"{result.status.value}\t{result.message}\n")
    return 0


def _search(args: argparse.Namespace, query: str, out: TextIO) -> int:
    hits = codes.search(query, year=args.year, scheme=args.scheme, limit=args.limit)
    if not hits:
        raise CodeError(f"no code has a name like {query!r}")
    for hit in hits:
        out.write(f"{hit.score:.2f}\t{entry_line(hit.entry)}\n")
    return 0


def parse_documents(paths: Iterable[str], *, jobs: int = 1) -> list[tuple[str, Document]]:
    """Each file parsed with :func:`xjbudget.parse`, ``jobs`` at a time, with its path."""
    names = list(paths)
    # the package's lazy name, not the submodule: importing xjbudget.parse directly
    # would bind the package attribute ``parse`` to the module
    parse = xjbudget.parse
    if jobs <= 1:
        return [(name, parse(name)) for name in names]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(zip(names, pool.map(parse, names), strict=True))


def harvest_documents(
    paths: Iterable[str], *, year: int | None = None
) -> list[codes.HarvestFinding]:
    """Parse each file with :func:`xjbudget.parse` and harvest the pairs its tables print
    (:func:`xjbudget.codes.harvest_parsed`: each document checked against the edition for
    its own year unless ``year`` is given)."""
    return codes.harvest_parsed(parse_documents(paths), year=year)


def _harvest(args: argparse.Namespace, files: list[str], out: TextIO) -> int:
    if not files:
        raise CodeError("harvest needs at least one FILE")
    if args.observed:
        if args.year is not None:
            raise CodeError("--observed takes each document's own year: leave out --year")
        documents = parse_documents(files, jobs=args.jobs)
        observation = codes.observe((Path(name).stem, doc) for name, doc in documents)
        observation.write(args.observed)
        out.write("\n".join(observation.summary()) + "\n")
        return 0
    for finding in harvest_documents(files, year=args.year):
        out.write((finding.tsv_row if args.tsv else finding.line) + "\n")
    return 0


def _stats(out: TextIO) -> int:
    out.write("scheme\tedition\tlevel\tprovenance\trows\n")
    for scheme, edition, level, provenance, count in codes.stats():
        out.write(f"{scheme}\t{edition}\t{level}\t{provenance}\t{count}\n")
    return 0


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Handle ``xjbudget codes``; returns the exit status (0, or 2 after an error line)."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    words: list[str] = list(args.query)
    try:
        apply_codes_argument(args)
        if words[0] == "harvest":
            return _harvest(args, words[1:], out)
        if words == ["stats"]:
            return _stats(out)
        return _lookup(args, " ".join(words), out, err)
    except (XjbudgetError, OSError) as error:
        err.write(f"{_PROG}: {error}\n")
        return 2
