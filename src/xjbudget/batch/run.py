"""One batch run from start to end: expand the inputs, skip what a previous run
finished, process the rest in a pool, write in input order, report progress and errors.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from attrs import frozen

from ..errors import OutputError
from .jobs import Job, expand_inputs, run_jobs
from .output import Progress, Sink, open_sink

__all__ = ["BatchSummary", "run_batch"]

_log = logging.getLogger("xjbudget.batch")


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
    recursive: bool = True,
    isolate: bool = True,
) -> BatchSummary:
    """Run ``job`` over the files ``arguments`` name (see
    :func:`~xjbudget.batch.expand_inputs`); write to ``out`` (or ``stdout``).

    Each failed file is one ``xjbudget: error: FILE: reason`` line on ``stderr`` and a
    line of the errors file. ``progress`` forces the bar on or off (default: on when
    ``stderr`` is a terminal).

    Files of other types and, without ``recursive``, sub-folders of a directory are not
    read: each is a ``path<TAB>skipped: reason`` line of the errors file (one
    ``xjbudget: skipped …`` line on ``stderr`` each when there is none), and one line
    on ``stderr`` counts them.

    With ``isolate`` (the default) each file runs in a child process of its own,
    killed past ``job.limits.max_seconds`` or when it dies, its file then a failed one
    (:mod:`xjbudget.batch.isolate`). An output or errors file that is one of the inputs
    is refused (:class:`~xjbudget.errors.OutputError`) before anything is written; a
    second run into the same output while one holds it is refused too.
    """
    skipped: list[tuple[str, str]] = []
    found = expand_inputs(arguments, recursive=recursive, skipped=skipped)
    _refuse_inputs_as_outputs(found, job, out, errors)
    sink = open_sink(job, out, errors=errors, resume=resume, stdout=stdout)
    done = sink.done_real
    paths = [p for p in found if os.path.realpath(p) not in done]
    failed = sum(1 for e in sink.previous if e.get("error"))
    not_ok = sum(1 for e in sink.previous if not e.get("error") and not e.get("ok", True))
    bar = Progress(len(paths), stderr, enabled=progress)
    sink.open()
    _tell_skipped(skipped, sink, stderr)
    try:
        for result in run_jobs(paths, job, jobs=jobs, isolate=isolate):
            sink.write(result)
            if result.error is not None:
                failed += 1
                bar.note(f"xjbudget: error: {result.path}: {result.error}")
            elif not result.ok:
                not_ok += 1
            if result.error is None:
                _log.info("%s: %d record(s)%s", result.path, result.records, _ok(result.ok))
            bar.advance(result.error is not None)
    finally:
        bar.close()
        sink.close()
    return BatchSummary(len(paths), len(found) - len(paths), failed, not_ok)


def _refuse_inputs_as_outputs(
    inputs: Sequence[str], job: Job, out: str | None, errors: str | None
) -> None:
    """Raise :class:`OutputError` when the output, its errors file or its manifest is
    one of ``inputs``: opening it for writing would empty it before it is read."""
    if out is None and errors is None:
        return
    real = {os.path.realpath(p): p for p in inputs}
    targets = [errors] if errors else []
    if out is not None:
        base = Path(out)
        if job.form == "parquet":
            targets += [str(base / "_manifest.jsonl"), str(base / "_errors.tsv")]
        else:
            targets += [out, f"{out}.manifest", f"{out}.errors"]
    for target in targets:
        if os.path.realpath(target) in real:
            raise OutputError(
                f"{real[os.path.realpath(target)]} is an input of this run: writing there "
                "would destroy it; choose another output",
                where=target,
            )


def _tell_skipped(skipped: list[tuple[str, str]], sink: Sink, stderr: TextIO) -> None:
    if not skipped:
        return
    listed = sink.skip(skipped)
    folders = sum(1 for _, reason in skipped if reason.startswith("a folder"))
    files = len(skipped) - folders
    if listed is None:
        for path, reason in skipped:
            stderr.write(f"xjbudget: skipped {path}: {reason}\n")
    counts = [f"{files} file(s) of other types"] if files else []
    counts += [f"{folders} sub-folder(s) (read them with --recursive)"] if folders else []
    where = f": listed in {listed}" if listed is not None else ""
    stderr.write(f"xjbudget: skipped {' and '.join(counts)}{where}\n")
    stderr.flush()


def _ok(ok: bool) -> str:
    return "" if ok else ", an error-level finding"
