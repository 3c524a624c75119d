"""Every script in examples/ runs and prints what it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_example_runs(script: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_long_csv_example_counts_the_sample_cells() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "long_csv.py")], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[0] == (
        "document,table,code,name,project,column,amount,"  # the original seven first
        "department,year,unit,table_kind,printed_title,page,family"
    )
    assert result.stderr.strip() == "267 amount cells"


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_the_layers_by_hand_give_what_parse_gives(name: str) -> None:
    # examples/layers.py asserts it: structure → recognize → validate = parse + validate.
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "layers.py"), str(CORPUS / name)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("same tables and findings as parse and validate")
