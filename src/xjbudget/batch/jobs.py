"""Many files at once: parse or validate each in a process pool and stream the results.

The core is a pure function from the bytes of one file to the records written for it
(:func:`process_bytes`); everything else is plumbing around it — expanding directories
and globs (:func:`expand_inputs`), a pool with a bounded window that hands results back
in input order (:func:`run_jobs`), and the writers with their manifest, errors file and
resume (:mod:`xjbudget.batch.output`). The same function runs under Dask or Spark (see
``docs/batch.md``): xjbudget holds no state between files.

A file that cannot be read is a result with an ``error`` (its type and message), never
an exception that stops the batch. With ``isolate`` (the command line's way) each file
runs in a child process of its own, killed past its time budget or when it dies, so not
even a hang in a PDF library or the OOM killer stops the batch
(:mod:`xjbudget.batch.isolate`).
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import attrs
from attrs import frozen

from ..errors import XjbudgetError
from ..export.records import (
    FINDING_COLUMNS,
    LONG_CSV_COLUMNS,
    csv_text,
    document_line,
    finding_rows,
    parse_rows,
    report_dict,
    report_table,
)
from ..limits import DEFAULT_LIMITS, Limits, read_input, time_budget
from ..parse import parse
from ..sources.pdf_page import DEFAULT_ENGINE, Engine
from ..validate import validate

__all__ = [
    "GLOB_MAGIC",
    "INPUT_SUFFIXES",
    "FileResult",
    "Form",
    "Job",
    "Task",
    "default_jobs",
    "expand_inputs",
    "process_bytes",
    "process_file",
    "run_jobs",
]

Task = Literal["parse", "validate"]
Form = Literal["jsonl", "csv", "table", "parquet"]

# The files a directory contributes (a glob or a file named outright may be anything).
INPUT_SUFFIXES = (".pdf", ".txt")
GLOB_MAGIC = frozenset("*?[")


@frozen
class Job:
    """What to do with each file: ``task`` (parse or validate), the output ``form``
    and, for validate, the ``rules`` and ``tolerance`` (as :func:`xjbudget.validate`);
    ``engine`` reads the PDFs (as :func:`xjbudget.parse`); ``amounts_in`` converts the
    long rows' amounts to one unit (:func:`xjbudget.export.long_records`); ``limits``
    bound the work on each file (:mod:`xjbudget.limits`)."""

    task: Task = "parse"
    form: Form = "jsonl"
    rules: tuple[str, ...] | None = None
    tolerance: Decimal | None = None
    engine: Engine = DEFAULT_ENGINE
    amounts_in: str | None = None
    limits: Limits = DEFAULT_LIMITS

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of the ``csv``/``parquet`` forms."""
        return LONG_CSV_COLUMNS if self.task == "parse" else FINDING_COLUMNS


@frozen
class FileResult:
    """What one file gave: ``text`` (the ``jsonl``/``csv``/``table`` lines, no CSV
    header) or ``rows`` (``parquet``), the number of ``records``, whether validation
    found no error (``ok``), or the ``error`` that stopped it (``"Type: message"``)."""

    path: str
    text: str = ""
    rows: tuple[tuple[Any, ...], ...] = ()
    records: int = 0
    ok: bool = True
    error: str | None = None


def expand_inputs(
    arguments: Iterable[str],
    *,
    recursive: bool = True,
    skipped: list[tuple[str, str]] | None = None,
) -> list[str]:
    """The files named by ``arguments``, in a deterministic order.

    A directory gives its ``.pdf`` and ``.txt`` files (sorted by path, hidden files and
    folders ignored) and, when ``recursive``, those of its sub-folders; a pattern with
    ``*``, ``?`` or ``[`` that is not an existing path is a glob (``**`` recursive), its
    matches sorted; anything else is taken as a file (a missing one fails in the batch
    like any unreadable file). Arguments keep their order and a file named twice is
    processed once. ``skipped`` (when given) receives ``(path, reason)`` for every file
    of another type and every sub-folder not entered, so a run can say what it left.
    """
    seen: set[str] = set()
    out: list[str] = []
    for argument in arguments:
        for path in _expand_one(argument, recursive, skipped):
            key = os.path.normpath(path)
            if key not in seen:
                seen.add(key)
                out.append(path)
    return out


def _expand_one(argument: str, recursive: bool, skipped: list[tuple[str, str]] | None) -> list[str]:
    if os.path.isdir(argument):
        return _walk(argument, recursive, skipped)
    if os.path.exists(argument) or not (GLOB_MAGIC & set(argument)):
        return [argument]
    found: list[str] = []
    for match in _glob(argument, skipped):
        found.extend(_walk(match, recursive, skipped) if os.path.isdir(match) else [match])
    return found


def _glob(pattern: str, skipped: list[tuple[str, str]] | None) -> list[str]:
    """The matches of ``pattern`` (``**`` recursive), sorted, hidden names skipped.
    pathlib's ``**`` does not descend into linked folders, so a link loop cannot make
    it run for ever (``glob.glob`` followed them: one file 41 times, or no end); a link
    to a file outside the pattern's fixed folder is skipped."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if GLOB_MAGIC & set(part)), len(parts))
    base = Path(*parts[:fixed]) if fixed else Path()
    top = os.path.realpath(base)
    found = []
    for match in base.glob(str(Path(*parts[fixed:]))):
        if any(part.startswith(".") for part in match.relative_to(base).parts):
            continue
        if _outside(str(match), top, skipped):
            continue
        found.append(str(match))
    return sorted(found)


def _outside(path: str, top: str, skipped: list[tuple[str, str]] | None) -> bool:
    """Whether ``path`` is a link leading out of the folder ``top`` (then noted in
    ``skipped``): a walk does not leave the folder it was given."""
    if not os.path.islink(path):
        return False
    real = os.path.realpath(path)
    if real == top or real.startswith(top.rstrip(os.sep) + os.sep):
        return False
    if skipped is not None:
        skipped.append((path, "a link out of the folder, not followed"))
    return True


def _walk(folder: str, recursive: bool, skipped: list[tuple[str, str]] | None) -> list[str]:
    found: list[str] = []
    left: list[tuple[str, str]] = []
    top = os.path.realpath(folder)
    # os.walk does not enter linked folders (no loops, nothing outside the folder).
    for root, dirs, files in os.walk(folder):
        visible = sorted(d for d in dirs if not d.startswith("."))
        links = [d for d in visible if os.path.islink(os.path.join(root, d))]
        left.extend((os.path.join(root, d), "a link to a folder, not followed") for d in links)
        visible = [d for d in visible if d not in links]
        if not recursive:
            reason = "a folder, not read without --recursive"
            left.extend((os.path.join(root, d), reason) for d in visible)
            visible = []
        dirs[:] = visible
        for name in files:
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            if _outside(path, top, left):
                continue
            if name.lower().endswith(INPUT_SUFFIXES):
                found.append(path)
            else:
                left.append((path, f"not a {' or '.join(INPUT_SUFFIXES)} file"))
    if skipped is not None:
        skipped.extend(sorted(left))
    return sorted(found)


def process_bytes(data: bytes, name: str, job: Job) -> FileResult:
    """Parse (and validate) the bytes of one file and render its records.

    ``name`` is the file's path as the batch was given it: it becomes the document's
    ``meta.source`` and the ``document`` column. Pure: the same bytes, name and job
    give the same result, in any process.
    """
    try:
        with time_budget(job.limits, where=name):
            return _process(data, name, job)
    except XjbudgetError as error:
        return FileResult(name, ok=False, error=f"{type(error).__name__}: {error}")
    except RecursionError:
        return FileResult(name, ok=False, error="RecursionError: the input nests too deeply")
    except MemoryError:
        return failed_result(name, _OUT_OF_MEMORY)
    except Exception as error:  # a parser bug on one file must not stop the batch
        return FileResult(name, ok=False, error=f"unexpected {type(error).__name__}: {error}")


def _process(data: bytes, name: str, job: Job) -> FileResult:
    document = parse(data, engine=job.engine)
    document = attrs.evolve(document, meta=attrs.evolve(document.meta, source=name))
    label = Path(name).name
    if job.task == "parse":
        if job.form == "jsonl":
            return FileResult(name, text=document_line(document), records=1)
        typed = job.form == "parquet"
        rows = tuple(parse_rows(document, label, amounts_in=job.amounts_in, typed=typed))
        return _rows_result(name, rows, job, ok=True)
    report = validate(document, rules=job.rules, tolerance=job.tolerance)
    if job.form == "jsonl":
        line = json.dumps(report_dict(label, report), ensure_ascii=False) + "\n"
        return FileResult(name, text=line, records=1, ok=report.ok)
    if job.form == "table":
        return FileResult(name, text=report_table(label, report), records=1, ok=report.ok)
    return _rows_result(name, tuple(finding_rows(label, report)), job, ok=report.ok)


def _rows_result(name: str, rows: tuple[tuple[Any, ...], ...], job: Job, ok: bool) -> FileResult:
    if job.form == "parquet":
        return FileResult(name, rows=rows, records=len(rows), ok=ok)
    return FileResult(name, text=csv_text(rows), records=len(rows), ok=ok)


_OUT_OF_MEMORY = "ResourceLimitError: out of memory (limit max_memory_bytes)"


def failed_result(path: str, reason: str) -> FileResult:
    """The result of a file that gave no records: ``reason`` is ``"Type: message"``."""
    return FileResult(path, ok=False, error=reason)


def process_file(path: str, job: Job) -> FileResult:
    """:func:`process_bytes` of the file at ``path``; an unreadable file is an error
    result. A FIFO, device or socket is refused unread and a file larger than
    ``job.limits`` allow is refused from its size (:func:`xjbudget.limits.read_input`)."""
    try:
        data = read_input(path, limits=job.limits)
    except XjbudgetError as error:
        return failed_result(path, f"{type(error).__name__}: {error.message}")
    except MemoryError:
        return failed_result(path, _OUT_OF_MEMORY)
    return process_bytes(data, path, job)


def run_jobs(
    paths: Sequence[str],
    job: Job,
    *,
    jobs: int = 1,
    window: int | None = None,
    function: Callable[[str, Job], FileResult] = process_file,
    isolate: bool = False,
) -> Iterator[FileResult]:
    """Process ``paths`` with ``jobs`` worker processes and yield the results in the
    order of ``paths`` (so the output does not depend on ``jobs``).

    At most ``window`` files (4 per worker by default) are in flight, so a slow file
    holds back at most that many finished results in memory. ``jobs <= 1`` runs in
    this process. With ``isolate``, each file runs in a child process of its own
    (``jobs`` at a time), killed past ``job.limits.max_seconds`` and capped at
    ``max_memory_bytes``; a file whose child is killed or dies is an error result
    (:mod:`xjbudget.batch.isolate`).
    """
    if isolate:
        from .isolate import run_isolated

        _preload(job)
        yield from run_isolated(
            paths,
            job,
            function,
            failed_result,
            jobs=max(jobs, 1),
            limits=job.limits,
            window=window or 4 * max(jobs, 1),
        )
        return
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield function(path, job)
        return
    limit = window or 4 * jobs
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[FileResult]] = deque()
        todo = iter(paths)
        for path in todo:
            pending.append(pool.submit(function, path, job))
            if len(pending) >= limit:
                break
        while pending:
            result = pending.popleft().result()
            for path in todo:
                pending.append(pool.submit(function, path, job))
                break
            yield result


def _preload(job: Job) -> None:
    """Import what every file needs once, before the workers are forked: each would
    import it again otherwise (a quarter of a second a file)."""
    import importlib

    engine = {"pdfplumber": "pdf_plumber", "pdfium": "pdf_pdfium"}.get(job.engine)
    for name in ("..sources.pdf", f"..sources.{engine}" if engine else None):
        if name is not None:
            importlib.import_module(name, __package__)


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
