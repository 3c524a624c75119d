"""The ``xjbudget`` command line, thin over the library.

Each sub-command lives in its own module with a ``register(subparsers)`` function that
adds its parser and sets ``func``; :func:`main` dispatches, after giving every
sub-command ``-v``/``-q`` and the examples of its ``--help``.

Conventions (docs/cli.md): ``-`` names standard input; errors are one line on stderr,
never a traceback — exit status 2 for an input or option that cannot be used, 3 for an
output that cannot be written (a missing folder, a directory, no permission, a full
disk); what is not a finding goes to the ``xjbudget`` logger, shown on stderr from
WARNING (``-v``: INFO, ``-vv``: DEBUG, ``-q``: errors only).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .._version import __version__
from ..errors import OutputError, XjbudgetError
from ..model import Document

if TYPE_CHECKING:
    from ..sources.pdf_page import Engine

__all__ = [
    "EXIT_INPUT",
    "EXIT_OUTPUT",
    "STDIN",
    "add_engine_argument",
    "check_output",
    "main",
    "open_output",
    "parse_argument",
]

#: Exit statuses: an input or an option that cannot be used; an output not written.
EXIT_INPUT = 2
EXIT_OUTPUT = 3

#: The FILE argument that names standard input.
STDIN = "-"

_log = logging.getLogger("xjbudget")

# The examples each sub-command's --help ends with.
_EXAMPLES: dict[str, tuple[str, ...]] = {
    "parse": (
        "xjbudget parse 2024年部门预算公开.pdf                 # the whole model as JSON (a list)",
        "xjbudget parse a.pdf b.txt --format csv -o long.csv  # one line per amount",
        "xjbudget parse a.pdf --format csv --amounts-in 元     # every amount in 元, exactly",
        "cat a.pdf | xjbudget parse - --format csv            # - is standard input",
        "xjbudget parse disclosures/ --recursive --format parquet -j 4 -o long/",
        "xjbudget parse --sample --format csv                 # the bundled sample",
    ),
    "validate": (
        "xjbudget validate a.pdf                              # findings; exit 1 on an error",
        "xjbudget validate a.pdf --rules cross,codes --format json",
        "xjbudget validate disclosures/ -r --format csv -j 4 -o findings.csv",
    ),
    "facts": (
        "xjbudget facts a.pdf                                 # the narrative's figures as CSV",
        "xjbudget facts a.pdf b.txt -o facts.csv",
    ),
    "codes": (
        "xjbudget codes 2011301                               # 一般公共服务支出 > … > 行政运行",
        "xjbudget codes 行政运行 --scheme functional           # search by name",
        "xjbudget codes harvest a.pdf b.pdf                   # printed pairs the tables lack",
    ),
}

# Sub-command modules, in the order ``--help`` lists them. A module that is not
# installed (an optional part of the package) is skipped.
_COMMANDS = ("parse_cmd", "validate_cmd", "facts_cmd", "codes_cmd")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xjbudget",
        description="Typed, validated data from Chinese government budget disclosures.",
    )
    parser.add_argument("--version", action="version", version=f"xjbudget {__version__}")
    _add_verbosity(parser, argparse.SUPPRESS)
    parser.set_defaults(verbose=0, quiet=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMANDS:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
            continue
        module.register(subparsers)
    for name, sub in subparsers.choices.items():
        # Given after the sub-command too (xjbudget parse -v …); SUPPRESS keeps a value
        # given before it (xjbudget -v parse …).
        _add_verbosity(sub, argparse.SUPPRESS)
        if name in _EXAMPLES and not sub.epilog:
            sub.epilog = "examples:\n" + "\n".join(f"  {line}" for line in _EXAMPLES[name])
            sub.formatter_class = _Formatter
    parser.epilog = (
        "examples:\n"
        + "\n".join(f"  {_EXAMPLES[name][0]}" for name in _EXAMPLES if name in subparsers.choices)
        + "\n\n'xjbudget COMMAND --help' for each command's options and examples."
    )
    parser.formatter_class = _Formatter
    return parser


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, but an ``examples:`` epilog keeps its lines as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("examples:"):
            return "\n".join(indent + line for line in text.splitlines())
        return super()._fill_text(text, width, indent)


def _add_verbosity(parser: argparse.ArgumentParser, default: object) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default,
        help="say more on stderr: -v what each file gave, -vv debugging detail",
    )
    group.add_argument(
        "-q", "--quiet", action="store_true", default=default, help="only errors on stderr"
    )


@contextmanager
def _logging(verbose: int, quiet: bool) -> Iterator[None]:
    """Show the ``xjbudget`` logger's records on stderr for one run of :func:`main`."""
    level = (
        logging.ERROR
        if quiet
        else {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("xjbudget: %(levelname)s: %(message)s"))
    handler.setLevel(level)
    previous = _log.level
    _log.addHandler(handler)
    _log.setLevel(min(level, previous) if previous else level)
    try:
        yield
    finally:
        _log.removeHandler(handler)
        _log.setLevel(previous)


def parse_argument(name: str, *, engine: Engine) -> tuple[str, Document]:
    """The document a FILE argument names, and the name to show for it: the file's
    name, or ``-`` for standard input (read as bytes, PDF or text)."""
    from ..parse import parse

    if name == STDIN:
        return STDIN, parse(sys.stdin.buffer, engine=engine)
    return Path(name).name, parse(name, engine=engine)


def check_output(path: str | None) -> None:
    """Raise :class:`~xjbudget.errors.OutputError` when ``path`` cannot be a file to
    write: a directory, or in a folder that does not exist (``None``/``-``: stdout)."""
    if not path or path == STDIN:
        return
    if os.path.isdir(path):
        raise OutputError("is a directory: give a file name", where=path)
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        raise OutputError(f"the folder {folder} does not exist", where=path)


@contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """The stream to write to: ``path`` (UTF-8, created or replaced) or stdout.

    Raises :class:`~xjbudget.errors.OutputError` (exit status 3) when ``path`` is a
    directory, its folder does not exist or it cannot be opened, and when writing or
    closing it fails (a full disk)."""
    if not path or path == STDIN:
        yield sys.stdout
        return
    check_output(path)
    try:
        stream = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", where=path) from None
    try:
        yield stream
        stream.close()
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", where=path) from None
    finally:
        if not stream.closed:
            with suppress(OSError):  # already failing: the first error is the one told
                stream.close()


def add_engine_argument(parser: argparse.ArgumentParser) -> None:
    """``--engine``: the library that reads PDF pages (docs/pdf.md)."""
    from ..sources.pdf_page import DEFAULT_ENGINE, ENGINES

    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default=DEFAULT_ENGINE,
        help=f"the library that reads PDF pages (default {DEFAULT_ENGINE}; see docs/pdf.md)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_INPUT
    with _logging(args.verbose, args.quiet):
        try:
            status: int = args.func(args)
        except OutputError as error:
            print(f"xjbudget: error: {error}", file=sys.stderr)
            return EXIT_OUTPUT
        except XjbudgetError as error:
            print(f"xjbudget: error: {error}", file=sys.stderr)
            return EXIT_INPUT
        except BrokenPipeError:
            return 0
        except OSError as error:
            # Inputs are read through the library, whose errors are typed: an OSError
            # here is the output's (stdout on a full disk, a batch's output folder).
            where = f" ({error.filename})" if error.filename else ""
            print(f"xjbudget: error: cannot write: {error.strerror}{where}", file=sys.stderr)
            return EXIT_OUTPUT
    return status
