"""The real PDFs of ../shared/corpus/real, parsed once per test session.

Parsing all 84 documents (about 3,500 pages) takes minutes on two cores, so every test
that needs them (coverage, classification harvest, narrative facts) shares this one pass
through the ``real_documents`` fixture of tests/conftest.py. Third-party files, never
committed: the fixture skips where ../shared is absent.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import xjbudget

REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
REAL_FILES = tuple(sorted(REAL.glob("*.pdf")))


def parse_or_error(path: Path) -> xjbudget.Document | str:
    """The document, or the typed error it raised (as text), in a worker process."""
    try:
        return xjbudget.parse(path)
    except xjbudget.XjbudgetError as error:
        return f"{type(error).__name__}: {error}"


def parse_all(files: tuple[Path, ...] = REAL_FILES) -> dict[str, xjbudget.Document | str]:
    """Every file parsed, two at a time, keyed by file name."""
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = pool.map(parse_or_error, files)
        return {path.name: result for path, result in zip(files, results, strict=True)}
