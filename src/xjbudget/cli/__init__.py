"""The ``xjbudget`` command line, thin over the library.

Each sub-command lives in its own module with a ``register(subparsers)`` function that
adds its parser and sets ``func``; :func:`main` dispatches. Errors are one line on
stderr (exit status 2), never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .._version import __version__
from ..errors import XjbudgetError

__all__ = ["add_engine_argument", "main"]

# Sub-command modules, in the order ``--help`` lists them. A module that is not
# installed (an optional part of the package) is skipped.
_COMMANDS = ("parse_cmd", "validate_cmd", "facts_cmd", "codes_cmd")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xjbudget",
        description="Typed, validated data from Chinese government budget disclosures.",
    )
    parser.add_argument("--version", action="version", version=f"xjbudget {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMANDS:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


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
        return 2
    try:
        status: int = args.func(args)
    except XjbudgetError as error:
        print(f"xjbudget: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return status
