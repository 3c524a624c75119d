"""A batch survives anything one file does (issue 21): a FIFO, a PDF that hangs inside
the PDF library, a FlateDecode bomb, a file too large, a worker killed as the OOM killer
would, a worker out of memory — each is listed with its reason and every good document
is written. Resume is keyed on real paths, the output is locked, an output naming an
input is refused, and walks do not follow links out of the folder or round a loop.
Every hostile input is generated here."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import zlib
from pathlib import Path

import attrs
import pytest
import regex

from xjbudget.batch import Job, expand_inputs, process_file, run_jobs
from xjbudget.batch import isolate as isolate_module
from xjbudget.cli import main
from xjbudget.errors import OutputError
from xjbudget.limits import Limits

from ..fuzz.test_budgets import bomb, pdf_with_content


def _run(*argv: str) -> int:
    return main([*argv, "--progress", "off"])


def _hanging_pdf() -> bytes:
    """One page of 1,500,000 text operators (50 MB, under max_stream_bytes): pdfminer
    interprets it for many minutes, inside one page, where no cooperative check runs.
    (pdfium reads it in seconds: the batch below runs with ``--engine pdfplumber``.)"""
    return pdf_with_content(zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" * 1_500_000))


#: Texts that are documents, each with what once broke a run (issue 21): a narrative
#: figure of 40 digits (decimal.InvalidOperation), a line of 18,000 dots (a long line,
#: under max_line_chars), the document in UTF-16 without a BOM (refused as binary).
MENDED = ("e_digits.txt", "f_leaders.txt", "g_utf16.txt")


def _mended(text: str) -> dict[str, bytes]:
    figure = next(regex.finditer(r"\d[\d,]*\.\d+万元", text)).group(0)
    leaders = "." * 18_000 + "x"
    return {
        "e_digits.txt": text.replace(figure, "1" + "2" * 39 + ".5万元", 1).encode("utf-8"),
        "f_leaders.txt": text.replace("\n", "\n" + leaders + "\n", 1).encode("utf-8"),
        "g_utf16.txt": text.encode("utf-16-le"),
    }


@pytest.fixture
def hostile(inputs: Path, tmp_path: Path) -> Path:
    """The good inputs plus a FIFO, a hanging PDF, a bomb, a file too large, binary data
    behind a text name (a NUL past the first 4 KB) and the texts of :data:`MENDED`."""
    folder = tmp_path / "in"
    shutil.copytree(inputs, folder)
    os.mkfifo(folder / "a_fifo.pdf")
    (folder / "b_hangs.pdf").write_bytes(_hanging_pdf())
    (folder / "c_bomb.pdf").write_bytes(pdf_with_content(bomb(100 << 20)))
    with (folder / "d_huge.txt").open("wb") as stream:
        stream.truncate(200_000_000)  # sparse: larger than max_pdf_bytes
    text = (inputs / "001_7236ab5e17bf1c1a.txt").read_text(encoding="utf-8")
    for name, data in _mended(text).items():
        (folder / name).write_bytes(data)
    (folder / "h_binary.txt").write_bytes(text.encode("utf-8")[:8000] + b"\x00\x01" * 8)
    return folder


def test_a_batch_over_hostile_files_finishes_and_lists_each(
    hostile: Path, good: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(isolate_module, "GRACE", 1.0)
    out = tmp_path / "docs.jsonl"
    engine = ("--engine", "pdfplumber")  # the engine the hanging PDF hangs
    argv = ("parse", str(hostile), "-o", str(out), "-j", "2", "--timeout", "30", *engine)
    assert _run(*argv) == 2
    written = [json.loads(line)["meta"]["source"] for line in out.read_text("utf-8").splitlines()]
    every_good = sorted([p.name for p in good] + list(MENDED))
    assert [Path(p).name for p in written] == every_good  # every good one
    errors = dict(
        line.split("\t", 1)
        for line in (tmp_path / "docs.jsonl.errors").read_text("utf-8").splitlines()
    )
    reasons = {Path(path).name: reason for path, reason in errors.items()}
    assert "not a regular file (a FIFO)" in reasons["a_fifo.pdf"]
    assert "killed after" in reasons["b_hangs.pdf"] and "max_seconds" in reasons["b_hangs.pdf"]
    assert "ResourceLimitError" in reasons["c_bomb.pdf"]
    assert "max_stream_bytes" in reasons["c_bomb.pdf"]
    assert "InputTooLargeError" in reasons["d_huge.txt"]
    assert "NotABudgetDocumentError" in reasons["zz_bad.txt"]
    assert "binary" in reasons["h_binary.txt"]
    bad = ["a_fifo.pdf", "b_hangs.pdf", "c_bomb.pdf", "d_huge.txt", "h_binary.txt", "zz_bad.txt"]
    assert sorted(set(reasons) - {"notes.md"}) == bad  # every bad one, and no other
    # Resumed under another spelling of the same folder: nothing is read again.
    before = out.read_bytes()
    monkeypatch.chdir(tmp_path)
    assert _run("parse", "./in", "-o", "docs.jsonl", "--timeout", "30", "--resume", *engine) == 2
    assert out.read_bytes() == before


def _kill_self(path: str, job: Job) -> object:
    """A worker the OOM killer takes (or that segfaults) on the files named *crash*."""
    if "crash" in Path(path).name:
        os.kill(os.getpid(), signal.SIGKILL)
    return process_file(path, job)


def _eat_memory(path: str, job: Job) -> object:
    if "crash" in Path(path).name:
        return bytearray(3 << 30)  # 3 GiB: past the cap
    return process_file(path, job)


@pytest.mark.parametrize(("function", "reason"), [(_kill_self, "SIGKILL"), (_eat_memory, "died")])
def test_a_worker_that_dies_is_that_file_failed_and_the_batch_goes_on(
    good: list[Path], tmp_path: Path, function: object, reason: str
) -> None:
    crash = tmp_path / "crash.txt"
    crash.write_bytes(good[0].read_bytes())
    paths = [str(good[0]), str(crash), *(str(p) for p in good[1:3])]
    job = Job(limits=Limits(max_memory_bytes=2_000_000_000))
    results = list(run_jobs(paths, job, jobs=2, isolate=True, function=function))  # type: ignore[arg-type]
    assert [r.path for r in results] == paths
    assert [r.error is None for r in results] == [True, False, True, True]
    assert results[1].error is not None and reason in results[1].error
    assert results[1].error.startswith("ResourceLimitError")
    assert results[0].text == process_file(paths[0], job).text


def test_a_second_run_into_the_same_output_is_refused(good: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "docs.jsonl"
    assert _run("parse", str(good[0]), "-o", str(out), "-j", "1") == 0
    before = out.read_bytes()
    with (tmp_path / "docs.jsonl.manifest.lock").open("ab") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # a run in progress
        assert _run("parse", str(good[1]), "-o", str(out), "-j", "1") == 3
    assert out.read_bytes() == before  # untouched
    assert _run("parse", str(good[1]), "-o", str(out), "-j", "1") == 0  # released


def test_an_output_naming_an_input_is_refused_before_writing(
    good: list[Path], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in good[:2]:
        shutil.copy(path, folder / path.name)
    victim = folder / good[0].name
    content = victim.read_bytes()
    for option in ("-o", "--errors"):
        assert _run("parse", str(folder), option, str(victim), "-j", "1") == 3
        assert victim.read_bytes() == content
    from xjbudget.batch.run import _refuse_inputs_as_outputs

    with pytest.raises(OutputError, match="is an input of this run"):
        _refuse_inputs_as_outputs([str(victim)], Job(), None, os.path.relpath(victim))


def test_walks_do_not_leave_the_folder_nor_loop(good: list[Path], tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(good[0], outside / "secret.txt")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(good[1], folder / "sub" / "a.txt")
    (folder / "sub" / "loop").symlink_to(folder)  # a loop
    (folder / "sub" / "again").symlink_to(folder / "sub")
    (folder / "out.txt").symlink_to(outside / "secret.txt")  # a link out
    (folder / "in.txt").symlink_to(folder / "sub" / "a.txt")  # a link inside: kept
    expected = [str(folder / "in.txt"), str(folder / "sub" / "a.txt")]
    skipped: list[tuple[str, str]] = []
    assert expand_inputs([str(folder)], skipped=skipped) == expected
    assert (str(folder / "out.txt"), "a link out of the folder, not followed") in skipped
    assert (str(folder / "sub" / "loop"), "a link to a folder, not followed") in skipped
    assert expand_inputs([f"{folder}/**/*.txt"]) == expected
    assert expand_inputs([f"{folder}/**"]) == [*expected]


def test_the_time_budget_travels_with_the_job(good: list[Path]) -> None:
    job = attrs.evolve(Job(), limits=Limits(max_seconds=0.0))
    result = process_file(str(good[0]), job)
    assert result.error is not None and "max_seconds" in result.error
