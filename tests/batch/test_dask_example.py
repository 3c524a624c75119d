"""examples/dask_batch.py on a local Dask cluster gives what the local batch gives."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from xjbudget.batch import Job, run_jobs

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dask_batch.py"

pytest.importorskip(
    "dask.distributed", reason="dask is the optional 'dask' extra (pip install 'xjbudget[dask]')"
)


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_batch_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_example_writes_what_the_local_batch_writes(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(str(p) for p in inputs.glob("*.txt"))  # the corpus and the bad file
    out = tmp_path / "dask.jsonl"
    assert _example().main([*files, "--workers", "2", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"{len(files) - 1} of {len(files)} files parsed (1 failed)" in captured.out
    assert "zz_bad.txt\tNotABudgetDocumentError" in captured.err
    local = list(run_jobs(files, Job(task="parse", form="jsonl")))
    assert out.read_text(encoding="utf-8") == "".join(r.text for r in local)
