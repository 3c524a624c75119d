"""Many files at once: parse or validate each in a process pool and stream the results.

- :mod:`xjbudget.batch.jobs` — the pure function from one file's bytes to its records
  (:func:`process_bytes`), input expansion (:func:`expand_inputs`) and the ordered pool
  (:func:`run_jobs`);
- :mod:`xjbudget.batch.output` — the writers, their manifest, errors file and resume, and
  the progress bar;
- :mod:`xjbudget.batch.run` — one whole run (:func:`run_batch`), as ``xjbudget parse`` and
  ``xjbudget validate`` do it.

What each file gives, as text or rows, is :mod:`xjbudget.export.records`; the command-line
options are :mod:`xjbudget.cli.batch_args`. See ``docs/batch.md``.
"""

from __future__ import annotations

from .jobs import (
    GLOB_MAGIC,
    INPUT_SUFFIXES,
    FileResult,
    Form,
    Job,
    Task,
    default_jobs,
    expand_inputs,
    process_bytes,
    process_file,
    run_jobs,
)
from .run import BatchSummary, run_batch

__all__ = [
    "GLOB_MAGIC",
    "INPUT_SUFFIXES",
    "BatchSummary",
    "FileResult",
    "Form",
    "Job",
    "Task",
    "default_jobs",
    "expand_inputs",
    "process_bytes",
    "process_file",
    "run_batch",
    "run_jobs",
]
