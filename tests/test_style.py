"""The style bar of the project, checked where CI runs the tests: ruff (lint and format)
over the repository's Python, and mypy (strict, as pyproject.toml sets it) over ``src/``.

A lapse used to show only when someone thought to run the tools by hand; here it fails the
suite with the tool's own report.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: The Python of the repository (ruff would also format the examples in docs/*.md).
PYTHON = ("src", "tests", "benchmarks", "examples", "fuzz")

CHECKS = {
    "ruff lint": ("ruff", "check", "--no-cache", *PYTHON),
    "ruff format": ("ruff", "format", "--check", "--no-cache", *PYTHON),
    "mypy": ("mypy", "--no-incremental", "--cache-dir", "/dev/null"),
}


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_the_tree_is_clean(name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", *CHECKS[name]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{name}:\n{done.stdout}{done.stderr}"
