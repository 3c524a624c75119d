"""The documentation site (issue 19): docs/ and an API reference generated from the
docstrings build with mkdocs in strict mode — a broken link, a page left out of the
navigation or a docstring reference that does not resolve fails the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_site_builds_without_a_warning(tmp_path: Path) -> None:
    for module in ("mkdocs", "mkdocstrings", "mkdocstrings_handlers.python"):
        pytest.importorskip(module, reason="mkdocs and mkdocstrings[python] are dev dependencies")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    pages = {p.stem for p in (ROOT / "docs").glob("*.md")} - {"index"}
    assert {p for p in pages if not (tmp_path / p / "index.html").exists()} == set()
    api = (tmp_path / "api" / "index.html").read_text(encoding="utf-8")
    for name in (
        "xjbudget.parse.parse",
        "xjbudget.validate.validate",
        "xjbudget.export.to_records",
        "xjbudget.export.to_dataframe",
        "xjbudget.export.load_json",
        "xjbudget.export.parquet.DatasetWriter",
        "xjbudget.model.Document",
        "xjbudget.errors.UnsupportedFormatError",
    ):
        assert f'id="{name}"' in api, name
