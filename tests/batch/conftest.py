"""A folder of inputs for batch runs: the text corpus, two generated PDFs, a bad file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
PDFS = ("000_unruled.pdf", "003_ruled.pdf")


@pytest.fixture(scope="session")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    for path in sorted((TESTS / "corpus").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    for name in PDFS:
        shutil.copy(TESTS / "pdf_fixtures" / name, folder / name)
    (folder / "zz_bad.txt").write_text("不是预算公开文件。\n", encoding="utf-8")
    (folder / "notes.md").write_text("not an input\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def good(inputs: Path) -> list[Path]:
    """The inputs that parse, in the batch's order."""
    names = (".txt", ".pdf")
    return sorted(p for p in inputs.iterdir() if p.suffix in names and "bad" not in p.name)
