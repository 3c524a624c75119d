"""Per document of ../shared/corpus/real: the tables and amounts it reads never fall, and
no error finding appears that is not expected (tests/coverage/expected.py explains the
ratchet and how to move it). Third-party files, never committed: skipped where ../shared
is absent."""

from __future__ import annotations

import pytest

import xjbudget

from ..real_corpus import REAL_FILES
from .expected import GENUINE, load, observe

pytestmark = [
    pytest.mark.pdf,
    pytest.mark.skipif(not REAL_FILES, reason="../shared/corpus/real is absent"),
]


def test_every_real_pdf_has_its_expectation() -> None:
    assert set(load()) == {path.name for path in REAL_FILES}


def test_no_document_reads_less_or_errs_more(
    real_documents: dict[str, xjbudget.Document | str],
) -> None:
    expected = load()
    worse = []
    for name, parsed in sorted(real_documents.items()):
        assert not isinstance(parsed, str), f"{name}: {parsed}"
        now, then = observe(parsed), expected[name]
        if now.tables < then.tables:
            worse.append(f"{name}: {now.tables} standard tables, expected {then.tables}")
        if now.read < then.read:
            worse.append(f"{name}: {now.read} amounts read, expected {then.read}")
        for rule, count in now.errors.items():
            if count > then.errors.get(rule, 0):
                worse.append(f"{name}: {rule} ×{count}, expected ≤ {then.errors.get(rule, 0)}")
    assert not worse, "\n".join(worse)


def test_genuine_source_errors_stay_reported(
    real_documents: dict[str, xjbudget.Document | str],
) -> None:
    for genuine in GENUINE:
        parsed = real_documents[genuine.document]
        assert not isinstance(parsed, str)
        errors = xjbudget.validate(parsed).errors
        assert any(genuine.matches(genuine.document, f) for f in errors), genuine
