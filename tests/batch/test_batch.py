"""``xjbudget parse|validate DIR_OR_GLOB… --jobs N -o OUT``: parallel, ordered, bad files
recorded, resume."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

import xjbudget
from xjbudget.batch import Job, expand_inputs, process_bytes, process_file, run_jobs
from xjbudget.cli import main
from xjbudget.export import LONG_CSV_COLUMNS, document_to_dict, write_long_csv


def _run(*argv: str) -> int:
    return main([*argv, "--progress", "off"])


def test_expand_inputs_directories_globs_and_duplicates(inputs: Path, good: list[Path]) -> None:
    folder = str(inputs)
    files = expand_inputs([folder])
    assert files == sorted(files)
    assert [Path(f).name for f in files] == [p.name for p in good] + ["zz_bad.txt"]
    pattern = str(inputs / "00*.txt")
    assert [Path(f).name for f in expand_inputs([pattern])] == [
        p.name for p in good if p.name.startswith("00") and p.suffix == ".txt"
    ]
    first = str(good[0])
    assert expand_inputs([first, folder])[0] == first
    assert len(expand_inputs([first, folder])) == len(files)  # named twice, run once
    assert expand_inputs(["missing.txt"]) == ["missing.txt"]  # fails later, as a file
    assert expand_inputs([str(inputs / "*.nothing")]) == []


@pytest.fixture(scope="module")
def serial(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The JSON Lines of the inputs, written by one process."""
    out = tmp_path_factory.mktemp("serial") / "docs.jsonl"
    assert _run("parse", str(inputs), "-o", str(out), "--jobs", "1") == 2  # the bad file
    return out


def test_jsonl_has_every_document_in_input_order(serial: Path, good: list[Path]) -> None:
    records = [json.loads(line) for line in serial.read_text(encoding="utf-8").splitlines()]
    assert [r["meta"]["source"] for r in records] == [str(p) for p in good]
    for path, record in zip(good, records, strict=True):
        expected = document_to_dict(xjbudget.parse(path))
        assert record == json.loads(json.dumps(expected, ensure_ascii=False))


def test_a_bad_file_is_recorded_not_fatal(
    inputs: Path, good: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "long.csv"
    missing = str(tmp_path / "missing.pdf")
    status = _run("parse", str(inputs), missing, "--format", "csv", "-o", str(out), "-j", "2")
    assert status == 2
    errors = (tmp_path / "long.csv.errors").read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[0] for line in errors] == [
        str(inputs / "notes.md"),  # not read, and said so (issue 19)
        str(inputs / "zz_bad.txt"),
        missing,
    ]
    assert errors[0].endswith("\tskipped: not a .pdf or .txt file")
    assert "NotABudgetDocumentError" in errors[1] and "cannot read" in errors[2]
    skipped, *err = capsys.readouterr().err.splitlines()
    assert skipped.startswith("xjbudget: skipped 1 file(s) of other types: listed in ")
    assert len(err) == 2 and all(line.startswith("xjbudget: error: ") for line in err)
    documents = {p.name for p in good}
    written = {row["document"] for row in csv.DictReader(io.StringIO(out.read_text("utf-8")))}
    assert written == documents  # every other file made it


def test_jobs_1_and_jobs_2_write_the_same_bytes(
    inputs: Path, good: list[Path], serial: Path, tmp_path: Path
) -> None:
    two = tmp_path / "two.jsonl"
    _run("parse", str(inputs), "-o", str(two), "--jobs", "2")
    assert two.read_bytes() == serial.read_bytes()
    errors = [p.with_name(p.name + ".errors").read_bytes() for p in (serial, two)]
    assert errors[0] == errors[1]
    texts = [str(p) for p in good if p.suffix == ".txt"]
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"validate-{jobs}.csv"
        _run("validate", *texts, "--format", "csv", "-o", str(out), "--jobs", jobs)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_csv_is_the_long_form_of_every_document(good: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "long.csv"
    texts = [str(p) for p in good if p.suffix == ".txt"]
    assert _run("parse", *texts, "--format", "csv", "-o", str(out), "--jobs", "2") == 0
    expected = io.StringIO()
    write_long_csv([(Path(t).name, xjbudget.parse(t)) for t in texts], expected)
    assert out.read_text(encoding="utf-8") == expected.getvalue()
    assert out.read_text(encoding="utf-8").splitlines()[0] == ",".join(LONG_CSV_COLUMNS)


def test_resume_skips_completed_files(inputs: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(inputs, folder)
    out = tmp_path / "docs.csv"
    manifest = tmp_path / "docs.csv.manifest"
    _run("parse", str(folder), "--format", "csv", "-o", str(out))
    full, entries = out.read_bytes(), manifest.read_text("utf-8").splitlines()
    # A run killed after two files, in the middle of the third one's records:
    manifest.write_text("\n".join(entries[:3]) + "\n" + entries[3][:10], encoding="utf-8")
    with out.open("ab") as stream:
        stream.truncate(json.loads(entries[2])["end"])
        stream.write(b"000_half,written")
    # Completed files are not read again: break them, resume still succeeds.
    done = [json.loads(e)["file"] for e in entries[1:3]]
    for path in done:
        Path(path).write_text("broken now", encoding="utf-8")
    assert _run("parse", str(folder), "--format", "csv", "-o", str(out), "--resume") == 2
    assert out.read_bytes() == full
    assert manifest.read_text("utf-8").splitlines() == entries
    errors = (tmp_path / "docs.csv.errors").read_text("utf-8").splitlines()
    assert [e.split("\t")[0] for e in errors] == [
        str(folder / f) for f in ("notes.md", "zz_bad.txt")
    ]
    # Everything done: a second resume processes nothing and changes nothing.
    assert _run("parse", str(folder), "--format", "csv", "-o", str(out), "--resume") == 2
    assert out.read_bytes() == full


def test_resume_refuses_another_task_or_form(good: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "docs.jsonl"
    assert _run("parse", str(good[0]), "--format", "jsonl", "-o", str(out)) == 0
    assert _run("parse", str(good[0]), "--format", "csv", "-o", str(out), "--resume") == 2
    assert _run("parse", str(good[0]), "--resume") == 2  # no -o


def test_validate_batch_jsonl_csv_and_status(
    inputs: Path, good: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [str(p) for p in good if p.suffix == ".txt"]
    assert _run("validate", *texts, "--format", "json", "-j", "2") == 0
    lines = capsys.readouterr().out.splitlines()
    reports = [json.loads(line) for line in lines]
    assert [r["document"] for r in reports] == [Path(t).name for t in texts]
    for text, report in zip(texts, reports, strict=True):
        expected = xjbudget.validate(xjbudget.parse(text))
        assert report["ok"] == expected.ok
        assert [f["rule"] for f in report["findings"]] == [f.rule for f in expected.all_findings]
    out = tmp_path / "findings.csv"
    assert _run("validate", str(inputs), "--format", "csv", "-o", str(out), "-j", "2") == 2
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8"))))
    assert rows[0][:3] == ["document", "rule", "severity"]
    assert {r[0] for r in rows[1:]} <= {p.name for p in good}
    # The one-shot command (no batch option) still writes to -o as it did to stdout.
    single = tmp_path / "single.csv"
    assert _run("validate", texts[0], "--format", "csv", "-o", str(single)) == 0
    assert single.read_text("utf-8").splitlines()[0].startswith("document,rule")


def test_stdout_stream_and_no_progress_on_a_pipe(
    good: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [str(p) for p in good if p.suffix == ".txt"][:2]
    assert main(["parse", *texts, "--jobs", "2"]) == 0  # --progress auto, stderr not a tty
    captured = capsys.readouterr()
    assert captured.err == ""
    assert [json.loads(line)["meta"]["source"] for line in captured.out.splitlines()] == texts


def test_process_bytes_is_pure(good: list[Path]) -> None:
    job = Job(task="parse", form="csv")
    data = good[0].read_bytes()
    first = process_bytes(data, "a/b.txt", job)
    assert first == process_bytes(data, "a/b.txt", job)
    assert first.text.startswith("b.txt,") and first.error is None
    bad = process_bytes(b"\x00\x01", "x.bin", job)
    assert bad.error is not None and bad.error.startswith("NotTextError") and not bad.ok


def test_run_jobs_keeps_input_order_with_a_small_window(good: list[Path]) -> None:
    paths = [str(p) for p in good if p.suffix == ".txt"] * 2
    job = Job(task="validate", form="table")
    results = list(run_jobs(paths, job, jobs=2, window=2))
    assert [r.path for r in results] == paths
    assert [r.text for r in results] == [process_file(p, job).text for p in paths]


def test_parquet_parts(inputs: Path, good: list[Path], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is the optional 'parquet' extra")
    texts = [str(p) for p in good if p.suffix == ".txt"]
    out = tmp_path / "long"
    assert _run("parse", *texts, "--format", "parquet", "-o", str(out)) == 0
    table = pq.read_table(out)
    assert table.column_names == list(LONG_CSV_COLUMNS)
    expected = io.StringIO()
    write_long_csv([(Path(t).name, xjbudget.parse(t)) for t in texts], expected, header=False)
    assert table.num_rows == len(expected.getvalue().splitlines())
    # One dataset, not a part per input (issue 19).
    assert sorted(p.name for p in out.glob("part-*.parquet")) == ["part-000000.parquet"]
