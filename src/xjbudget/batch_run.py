"""One batch run from start to end: expand the inputs, skip what a previous run
finished, process the rest in a pool, write in input order, report progress and errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from attrs import frozen

from .batch import GLOB_MAGIC, Form, Job, default_jobs, expand_inputs, run_jobs
from .batch_output import Progress, open_sink

__all__ = [
    "BatchSummary",
    "add_batch_arguments",
    "batch_form",
    "run_batch",
    "run_from_args",
    "wants_batch",
]

_BATCH_FORMS = ("jsonl", "parquet")


@frozen
class BatchSummary:
    """How a run went: files ``processed`` now, ``skipped`` (done by a previous run),
    ``failed`` (unreadable, now or before) and ``not_ok`` (validated with an error-level
    finding, now or before)."""

    processed: int
    skipped: int
    failed: int
    not_ok: int

    @property
    def status(self) -> int:
        """The exit status: 2 when a file failed, 1 when one is not ok, else 0."""
        return 2 if self.failed else 1 if self.not_ok else 0


def run_batch(
    arguments: Sequence[str],
    job: Job,
    *,
    stdout: TextIO,
    stderr: TextIO,
    out: str | None = None,
    jobs: int = 1,
    resume: bool = False,
    errors: str | None = None,
    progress: bool | None = None,
) -> BatchSummary:
    """Run ``job`` over the files ``arguments`` name (see
    :func:`~xjbudget.batch.expand_inputs`); write to ``out`` (or ``stdout``).

    Each failed file is one ``xjbudget: error: FILE: reason`` line on ``stderr`` and a
    line of the errors file. ``progress`` forces the bar on or off (default: on when
    ``stderr`` is a terminal).
    """
    sink = open_sink(job, out, errors=errors, resume=resume, stdout=stdout)
    done = sink.done
    paths = [p for p in expand_inputs(arguments) if p not in done]
    failed = sum(1 for e in sink.previous if e.get("error"))
    not_ok = sum(1 for e in sink.previous if not e.get("error") and not e.get("ok", True))
    bar = Progress(len(paths), stderr, enabled=progress)
    sink.open()
    try:
        for result in run_jobs(paths, job, jobs=jobs):
            sink.write(result)
            if result.error is not None:
                failed += 1
                bar.note(f"xjbudget: error: {result.path}: {result.error}")
            elif not result.ok:
                not_ok += 1
            bar.advance(result.error is not None)
    finally:
        bar.close()
        sink.close()
    return BatchSummary(len(paths), len(done), failed, not_ok)


# ---------------------------------------------------------------- command line


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
        "--resume",
        action="store_true",
        help="skip the files a previous run into the same -o OUT finished (OUT.manifest)",
    )
    group.add_argument(
        "--errors", metavar="FILE", help="the unreadable files and why (default OUT.errors)"
    )
    group.add_argument(
        "--progress",
        choices=("auto", "on", "off"),
        default="auto",
        help="progress bar on stderr (auto: when stderr is a terminal)",
    )


def wants_batch(args: argparse.Namespace) -> bool:
    """Whether the command line asks for a batch: a batch option, a batch-only format,
    a directory or a glob among the files."""
    if args.jobs is not None or args.resume or args.errors or args.format in _BATCH_FORMS:
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
    )
    if summary.processed + summary.skipped == 0:
        print("xjbudget: error: no input files found", file=sys.stderr)
        return 2
    return summary.status
