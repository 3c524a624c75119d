"""Both PDF engines give the same records and findings (docs/pdf.md, "Engines").

Every PDF we have is parsed with each engine: the generated fixtures, the published PDFs
of ../shared/corpus/pdf and the 84 real ones of ../shared/corpus/real (third-party, never
committed: those are left out where ../shared is absent). A real PDF is read with the
default engine once per session (the ``real_documents`` fixture every real-corpus test
shares), so this test adds only the other engine's pass. The documents are compared as
their JSON form, field by field. One difference is allowed, and documented: a ``bbox``
coordinate may be off by up to :data:`BBOX_TOLERANCE` points, because pdfium computes
positions in 32-bit floats and pdfminer in doubles, so a coordinate that lies on a
rounding boundary (``112.925``) can round either way. Every other difference is a bug of
the pdfium engine, or a known one listed in :data:`KNOWN_DIFFERENCES` with where it shows
(those are expected failures).
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import xjbudget
from xjbudget.errors import XjbudgetError
from xjbudget.export import document_to_dict
from xjbudget.parse import parse
from xjbudget.sources.pdf import DEFAULT_ENGINE, ENGINES, Engine

from ..real_corpus import REAL_FILES

FIXTURES = Path(__file__).resolve().parents[1] / "pdf_fixtures"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"
OWN_FILES = sorted(FIXTURES.glob("*.pdf")) + sorted((SHARED / "pdf").glob("*.pdf"))
FILES = OWN_FILES + list(REAL_FILES)
OTHER: Engine = next(engine for engine in ENGINES if engine != DEFAULT_ENGINE)

BBOX_TOLERANCE = 0.1

# Where the pdfium engine still reads differently (file: first page, what differs). Not
# asserted either way (an expected failure that may pass), so the list can only shrink.
KNOWN_DIFFERENCES: dict[str, str] = {}

pytestmark = pytest.mark.pdf


def _outcome(path: Path, engine: Engine) -> Any:
    try:
        return document_to_dict(parse(path, engine=engine))
    except XjbudgetError as error:
        return _error(error)


def _error(error: XjbudgetError) -> dict[str, str]:
    return {"error": f"{type(error).__name__}: {error}"}


def _differences(a: Any, b: Any, where: str, out: list[str]) -> None:
    """Append to ``out`` where ``a`` and ``b`` differ (bboxes within the tolerance)."""
    if len(out) >= 5:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            out.append(f"{where}: keys {sorted(a.keys() ^ b.keys())}")
            return
        for key in a:
            if key == "bbox" and a[key] is not None and b[key] is not None:
                if len(a[key]) != len(b[key]) or any(
                    abs(x - y) > BBOX_TOLERANCE + 1e-9 for x, y in zip(a[key], b[key], strict=True)
                ):
                    out.append(f"{where}.bbox: {a[key]} != {b[key]}")
            else:
                _differences(a[key], b[key], f"{where}.{key}", out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{where}: {len(a)} items != {len(b)}")
            return
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            _differences(x, y, f"{where}[{index}]", out)
    elif a != b:
        out.append(f"{where}: {str(a)[:80]!r} != {str(b)[:80]!r}")


def _both(path: Path) -> tuple[str, Any, Any]:
    """A file read by the default and by the other engine (in a worker process)."""
    return path.name, _outcome(path, DEFAULT_ENGINE), _outcome(path, OTHER)


def _other(path: Path) -> tuple[str, Any]:
    return path.name, _outcome(path, OTHER)


def _compare(name: str, default: Any, other: Any) -> tuple[str, list[str]]:
    out: list[str] = []
    reference, pdfium = (other, default) if OTHER == "pdfplumber" else (default, other)
    _differences(reference, pdfium, "", out)
    return name, out


@pytest.fixture(scope="module")
def differences(request: pytest.FixtureRequest) -> dict[str, list[str]]:
    """Every PDF read by both engines: our own files here, the real ones with the other
    engine here and the default one from the session's ``real_documents`` (minutes)."""
    found: dict[str, list[str]] = {}
    with ProcessPoolExecutor(max_workers=2) as pool:
        for name, default, other in pool.map(_both, OWN_FILES):
            found.update([_compare(name, default, other)])
    if not REAL_FILES:
        return found
    documents: dict[str, xjbudget.Document | str] = request.getfixturevalue("real_documents")
    with ProcessPoolExecutor(max_workers=2) as pool:
        for name, other in pool.map(_other, REAL_FILES):
            read = documents[name]
            default = {"error": read} if isinstance(read, str) else document_to_dict(read)
            found.update([_compare(name, default, other)])
    return found


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_engines_give_the_same_records(path: Path, differences: dict[str, list[str]]) -> None:
    found = differences[path.name]
    if found and path.name in KNOWN_DIFFERENCES:
        pytest.xfail(KNOWN_DIFFERENCES[path.name])
    assert not found, found


def test_the_corpus_is_there() -> None:
    if not (SHARED / "real").is_dir():
        pytest.skip("../shared/corpus/real is absent: only the fixtures were compared")
    assert len(list((SHARED / "real").glob("*.pdf"))) >= 84
    assert set(KNOWN_DIFFERENCES) <= {path.name for path in FILES}
