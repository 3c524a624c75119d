"""fuzz/fuzz_documents.py's bookkeeping (issue 21): an input a bound stops is counted by
target and limit, an input that runs far past its budget without being stopped is a
finding, and any exception other than an XjbudgetError is a finding with its input."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import xjbudget

ROOT = Path(__file__).parents[2]
CORPUS = ROOT / "tests" / "corpus"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "fuzz_documents", ROOT / "fuzz" / "fuzz_documents.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text() -> str:
    return (CORPUS / "001_7236ab5e17bf1c1a.txt").read_text(encoding="utf-8")


def test_an_input_stopped_by_its_budget_is_counted_by_limit(tmp_path: Path) -> None:
    fuzz = _script()
    session = fuzz.Session(tmp_path, budget=0.0, watchdog=60.0)
    session.run("text", _text(), "text as it is")
    session.run("text", "x" * 30_000, "one long line")
    summary = session.summary()
    assert summary["stopped_by_limit"] == {"text max_seconds": 1, "text max_line_chars": 1}
    assert summary["inputs"] == {"text": 2} and not summary["findings"]
    assert json.dumps(summary)  # what summary.json holds


class _Clock:
    """A monotonic clock that jumps 100 s at each reading."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 100.0
        return self.now

    def process_time(self) -> float:
        return 0.0


def test_an_input_past_its_budget_and_not_stopped_is_a_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fuzz = _script()
    session = fuzz.Session(tmp_path, budget=20.0, watchdog=600.0)
    monkeypatch.setattr(fuzz, "time", _Clock())
    session.run("text", _text(), "a slow input")
    assert list(session.findings) == ["unstopped"]
    (note,) = (p for p in tmp_path.glob("finding-*.txt") if ".input." not in p.name)
    assert note.read_text(encoding="utf-8").startswith("unstopped\na slow input")


def test_another_exception_is_a_finding_with_its_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fuzz = _script()
    session = fuzz.Session(tmp_path, budget=20.0, watchdog=60.0)

    def crash(text: str) -> object:
        raise KeyError(text[:3])

    monkeypatch.setattr(xjbudget, "parse_text", crash)
    session.run("text", "abcdef", "a crashing input")
    (site,) = session.findings
    assert site.startswith("KeyError at ")
    (data,) = tmp_path.glob("finding-*.input.txt")
    assert data.read_text(encoding="utf-8") == "abcdef"
