"""Where batch results go: one output file (JSON Lines, CSV, text) or a Parquet folder,
with a manifest that makes "this file is done" checkable, an errors file, and a progress
bar for terminals.

The manifest (``OUT.manifest``; ``OUT/_manifest.jsonl`` for Parquet) is JSON Lines: a
first line naming the task and form, then one line per finished input file, written
*after* that file's records are flushed, with the byte offset where they end. So on
``resume`` every file with a manifest line is complete: the output is cut back to the
last recorded offset (dropping a half-written tail) and those files are skipped. As
results are written in input order, a resumed run gives the same bytes as an
uninterrupted one.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import IO, Any, TextIO

from ..errors import InputError, OutputError
from ..export.records import csv_text
from .jobs import FileResult, Job

__all__ = ["ManifestEntry", "Progress", "Sink", "open_sink"]

_FORMAT = "xjbudget.batch/1"


def _entry_line(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


ManifestEntry = dict[str, Any]


class Sink:
    """Writes results in the order given; remembers what was done before (``done``)."""

    def __init__(self, job: Job, manifest: Path | None, errors: Path | None, resume: bool):
        self.job = job
        self.manifest_path = manifest
        self.errors_path = errors
        self.previous: list[ManifestEntry] = []
        self._lock = None if manifest is None else _lock(manifest)
        if resume:
            if manifest is None:
                raise InputError("--resume needs an output file (-o OUT)")
            self.previous = _read_manifest(manifest, job)
        self._manifest: TextIO | None = None
        self._errors: TextIO | None = None

    @property
    def done(self) -> set[str]:
        """The inputs a previous run finished (their manifest ``file``)."""
        return {e["file"] for e in self.previous}

    @property
    def done_real(self) -> set[str]:
        """The same, as real paths (links and ``./`` resolved): a resumed run that
        names its inputs otherwise (``./in``, an absolute path) still skips them."""
        return {e.get("real") or os.path.realpath(e["file"]) for e in self.previous}

    def open(self) -> None:
        if self.manifest_path is not None:
            self._manifest = _rewrite(self.manifest_path, [_header(self.job), *self.previous])
        if self.errors_path is not None:
            lines = [_error_line(e["file"], e["error"]) for e in self.previous if e.get("error")]
            self._errors = _rewrite(self.errors_path, lines)

    def skip(self, skipped: list[tuple[str, str]]) -> Path | None:
        """Record inputs that are not read (``(path, reason)``) in the errors file;
        return its path (``None``: there is none)."""
        if self._errors is None:
            return None
        for path, reason in skipped:
            self._errors.write(_error_line(path, f"skipped: {reason}"))
        self._errors.flush()
        return self.errors_path

    def write(self, result: FileResult) -> None:
        entry: ManifestEntry = {"file": result.path, "records": result.records, "ok": result.ok}
        entry["real"] = os.path.realpath(result.path)
        if result.error is not None:
            entry["error"] = result.error
            if self._errors is not None:
                self._errors.write(_error_line(result.path, result.error))
                self._errors.flush()
        entry.update(self._write_records(result))
        self._note(entry)

    def _note(self, entry: ManifestEntry) -> None:
        """Record a finished file in the manifest (once its records are durable)."""
        if self._manifest is not None:
            self._manifest.write(_entry_line(entry))
            self._manifest.flush()

    def _write_records(self, result: FileResult) -> dict[str, Any]:
        """Write the records of a result (none for an error); what the manifest notes."""
        raise NotImplementedError

    def close(self) -> None:
        for stream in (self._manifest, self._errors, self._lock):
            if stream is not None:
                stream.close()  # closing the lock file releases the lock


class StreamSink(Sink):
    """JSON Lines, CSV or text into one stream (a file, or stdout without a manifest)."""

    def __init__(
        self,
        job: Job,
        out: Path | None,
        errors: Path | None,
        resume: bool,
        stdout: TextIO | None = None,
    ):
        super().__init__(job, None if out is None else _manifest_of(out), errors, resume)
        self.out_path = out
        self._stdout = stdout
        self._out: IO[bytes] | None = None

    def open(self) -> None:
        super().open()
        end = int(self.previous[-1]["end"]) if self.previous else 0
        if self.out_path is not None:
            mode = "r+b" if end else "wb"
            self._out = open(self.out_path, mode)  # noqa: SIM115 - closed in close()
            if end:
                if self._out.seek(0, os.SEEK_END) < end:
                    raise InputError(
                        "cannot resume: the output is shorter than its manifest says",
                        where=str(self.out_path),
                    )
                self._out.truncate(end)
                self._out.seek(end)
        if not end and self.job.form == "csv":
            self._emit(csv_text([self.job.columns]))

    def _emit(self, text: str) -> int:
        if self._out is not None:
            self._out.write(text.encode("utf-8"))
            self._out.flush()
            return self._out.tell()
        if self._stdout is not None:
            self._stdout.write(text)
            self._stdout.flush()
        return 0

    def _write_records(self, result: FileResult) -> dict[str, Any]:
        return {"end": self._emit(result.text)}

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
        super().close()


class ParquetSink(Sink):
    """Parquet: ``OUT`` is a folder holding one dataset
    (:class:`xjbudget.export.parquet.DatasetWriter`): typed long rows for parse, string
    finding rows for validate, in parts of about a million rows with bounded row groups —
    never a part per input. A part is finished only between two inputs, and an input's
    manifest line (naming its ``part``) is written once the part holding its rows is
    complete: a resumed run drops the parts no manifest line names and redoes exactly
    the inputs whose rows they held."""

    def __init__(self, job: Job, out: Path, errors: Path | None, resume: bool):
        try:
            parquet: Any = importlib.import_module("xjbudget.export.parquet")
            importlib.import_module("pyarrow.parquet")
        except ImportError as error:
            raise InputError(
                "--format parquet needs pyarrow: pip install 'xjbudget[parquet]'"
            ) from error
        out.mkdir(parents=True, exist_ok=True)
        super().__init__(job, out / "_manifest.jsonl", errors, resume)
        self.folder = out
        kept = {e["part"] for e in self.previous if e.get("part")}
        for stale in [*out.glob("part-*.parquet"), *out.glob("part-*.parquet.tmp")]:
            if stale.name not in kept:
                stale.unlink()
        schema = (
            parquet.long_schema(amounts_in=job.amounts_in)
            if job.task == "parse"
            else parquet.string_schema(job.columns)
        )
        self._waiting: list[ManifestEntry] = []
        self._dataset = parquet.DatasetWriter(
            out, schema, start=1 + max(map(_part_number, kept), default=-1), on_part=self._part_done
        )

    def _write_records(self, result: FileResult) -> dict[str, Any]:
        if result.error is None:
            self._dataset.add(result.rows)
        return {}

    def _note(self, entry: ManifestEntry) -> None:
        self._waiting.append(entry)
        if not self._dataset.pending:  # its rows (if any) are in the last finished part
            self._release(self._dataset.parts[-1] if self._dataset.parts else None)

    def _part_done(self, name: str, rows: int) -> None:
        self._release(name)

    def _release(self, part: str | None) -> None:
        for entry in self._waiting:
            if part is not None and entry.get("records"):
                entry["part"] = part
            super()._note(entry)
        self._waiting.clear()

    def close(self) -> None:
        self._dataset.close()
        self._release(None)
        super().close()


def open_sink(
    job: Job,
    out: str | None,
    *,
    errors: str | None = None,
    resume: bool = False,
    stdout: TextIO | None = None,
) -> Sink:
    """The sink for ``job.form``: Parquet needs ``out`` (a folder); the others write to
    ``out`` or, without one, to ``stdout`` (no manifest, no resume). The errors file is
    ``errors``, else ``OUT.errors`` when there is an ``out``."""
    if job.form == "parquet":
        if not out:
            raise InputError("--format parquet needs an output folder (-o OUT)")
        folder = Path(out)
        return ParquetSink(job, folder, Path(errors or folder / "_errors.tsv"), resume)
    path = Path(out) if out else None
    errors_path = Path(errors) if errors else None
    if errors_path is None and path is not None:
        errors_path = path.with_name(path.name + ".errors")
    return StreamSink(job, path, errors_path, resume, stdout)


def _part_number(name: str) -> int:
    """``7`` for ``part-000007.parquet``."""
    return int(name.removeprefix("part-").split(".")[0])


def _lock(manifest: Path) -> IO[bytes] | None:
    """Hold an exclusive lock beside the manifest (``MANIFEST.lock``) for the whole run,
    taken before anything is read or truncated: a second run into the same output
    refuses at once instead of interleaving its records with the first one's. ``None``
    where the platform has no ``fcntl`` (no lock there)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return None
    path = manifest.with_name(manifest.name + ".lock")
    try:
        stream = open(path, "ab")  # noqa: SIM115 - closed by the sink
    except OSError as error:
        raise OutputError(
            f"cannot create the lock file: {error.strerror}", where=str(path)
        ) from None
    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        stream.close()
        raise OutputError(
            "another run is writing this output (its lock is held); wait for it or "
            "choose another -o",
            where=str(path),
        ) from None
    return stream


def _manifest_of(out: Path) -> Path:
    return out.with_name(out.name + ".manifest")


def _header(job: Job) -> ManifestEntry:
    return {"format": _FORMAT, "task": job.task, "form": job.form}


def _error_line(path: str, reason: str) -> str:
    """``path<TAB>reason``: tabs and line breaks inside either become spaces."""
    return "\t".join(" ".join(part.split()) for part in (path, reason)) + "\n"


def _rewrite(path: Path, lines: list[Any]) -> TextIO:
    """Write ``lines`` (strings, or manifest entries) to ``path`` anew and return it
    open for appending."""
    stream = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by the sink
    for line in lines:
        stream.write(line if isinstance(line, str) else _entry_line(line))
    stream.flush()
    return stream


def _read_manifest(path: Path, job: Job) -> list[ManifestEntry]:
    """The complete entries of a manifest (a torn last line is dropped); none when
    there is no manifest yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    entries: list[ManifestEntry] = []
    for line in text.splitlines(keepends=True):
        if not line.endswith("\n"):
            break
        try:
            entries.append(json.loads(line))
        except ValueError:
            break
    if not entries:
        return []
    if entries[0] != _header(job):
        raise InputError(
            f"cannot resume: the manifest is for {entries[0].get('task')} "
            f"--format {entries[0].get('form')}",
            where=str(path),
        )
    return entries[1:]


class Progress:
    """A one-line progress bar on a terminal; nothing at all on a pipe or a file."""

    def __init__(self, total: int, stream: TextIO, *, enabled: bool | None = None):
        self.total = total
        self.stream = stream
        self.enabled = _isatty(stream) if enabled is None else enabled
        self.done = self.failed = 0
        self._start = time.monotonic()
        self._shown = 0.0

    def advance(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and (now - self._shown >= 0.1 or self.done == self.total):
            self._shown = now
            self._draw(now)

    def note(self, text: str) -> None:
        """A message line (an error) above the bar."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        if self.enabled:
            self._draw(time.monotonic())
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.total:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, now: float) -> None:
        elapsed = max(now - self._start, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        tail = (
            f" {self.done}/{self.total} files, {self.failed} failed, "
            f"{rate:.1f}/s, ETA {int(left) // 60}:{int(left) % 60:02d}"
        )
        width = max(10, min(40, shutil.get_terminal_size().columns - len(tail) - 3))
        filled = width * self.done // max(self.total, 1)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}]{tail}\x1b[K")
        self.stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
