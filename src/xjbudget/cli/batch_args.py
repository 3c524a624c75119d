"""The batch options of ``xjbudget parse`` and ``xjbudget validate``: the arguments they
add, whether a command line asks for a batch, and running it (:func:`xjbudget.batch.run_batch`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import attrs

from ..batch import GLOB_MAGIC, Form, Job, default_jobs, run_batch
from ..limits import DEFAULT_LIMITS

__all__ = ["add_batch_arguments", "batch_form", "run_from_args", "wants_batch"]

_BATCH_FORMS = ("jsonl", "parquet")


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    """The batch options shared by ``xjbudget parse`` and ``xjbudget validate``."""
    group = parser.add_argument_group(
        "batch",
        "Given a directory or a glob (or any of these options), the files are processed "
        "in a pool and written as they finish, in input order, one record per line "
        "(--format json means JSON Lines). See docs/batch.md.",
    )
    group.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="worker processes (0: one per CPU)"
    )
    group.add_argument(
        "-r",
        "--recursive",
        action="store_true",
        help="read the sub-folders of a directory too (else only its own files)",
    )
    group.add_argument(
        "--resume",
        action="store_true",
        help="skip the files a previous run into the same -o OUT finished (OUT.manifest)",
    )
    group.add_argument(
        "--errors", metavar="FILE", help="the unreadable files and why (default OUT.errors)"
    )
    group.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help=f"work per file before it is stopped and listed as failed (its worker killed); "
        f"default {DEFAULT_LIMITS.max_seconds:g}",
    )
    group.add_argument(
        "--progress",
        choices=("auto", "on", "off"),
        default="auto",
        help="progress bar on stderr (auto: when stderr is a terminal)",
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {text!r}")
    return value


def wants_batch(args: argparse.Namespace) -> bool:
    """Whether the command line asks for a batch: a batch option, a batch-only format,
    a directory or a glob among the files."""
    batch_options = (args.jobs, args.timeout)
    if any(o is not None for o in batch_options) or args.resume or args.errors:
        return True
    if args.format in _BATCH_FORMS:
        return True
    return any(
        os.path.isdir(name) or (not os.path.exists(name) and GLOB_MAGIC & set(name))
        for name in args.files
    )


def batch_form(name: str) -> Form:
    """The batch form of a ``--format`` value: ``json`` is JSON Lines in a batch."""
    forms: dict[str, Form] = {"json": "jsonl", "jsonl": "jsonl", "csv": "csv"}
    forms.update({"table": "table", "parquet": "parquet"})
    return forms[name]


def run_from_args(args: argparse.Namespace, job: Job, files: Sequence[str]) -> int:
    """Run a batch as the command line asked; the exit status."""
    jobs = default_jobs() if args.jobs == 0 else (args.jobs or 1)
    if args.timeout is not None:
        job = attrs.evolve(job, limits=attrs.evolve(job.limits, max_seconds=args.timeout))
    progress = {"auto": None, "on": True, "off": False}[args.progress]
    summary = run_batch(
        files,
        job,
        stdout=sys.stdout,
        stderr=sys.stderr,
        out=args.output,
        jobs=jobs,
        resume=args.resume,
        errors=args.errors,
        progress=progress,
        recursive=args.recursive,
    )
    if summary.processed + summary.skipped == 0:
        print("xjbudget: error: no input files found", file=sys.stderr)
        return 2
    return summary.status
