"""Property: on any input, parsing returns a Document or raises an XjbudgetError — never
another exception and never a hang (each example runs under a wall-clock bound)."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import xjbudget

from .mutations import NASTY, bounded, corpus_texts, mutated_bytes, mutated_texts, pdf_fixtures

TEXTS = corpus_texts()
PDFS = pdf_fixtures()
#: Seconds one input may take before the test calls it a hang.
BOUND = float(os.environ.get("XJBUDGET_FUZZ_BOUND", "20"))
SETTINGS = settings(
    max_examples=int(os.environ.get("XJBUDGET_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def survives(parse: Callable[[], xjbudget.Document]) -> None:
    """``parse()`` returns a Document or raises an XjbudgetError, within :data:`BOUND`."""
    with bounded(BOUND):
        try:
            document = parse()
        except xjbudget.XjbudgetError:
            return
    assert isinstance(document, xjbudget.Document)


@SETTINGS
@given(st.text(max_size=2000) | st.text(alphabet=NASTY, max_size=2000))
def test_parse_text_on_any_text(text: str) -> None:
    survives(lambda: xjbudget.parse_text(text))


@SETTINGS
@given(st.binary(max_size=2000))
def test_parse_on_any_bytes(data: bytes) -> None:
    survives(lambda: xjbudget.parse(data))


@SETTINGS
@given(mutated_texts(TEXTS))
def test_parse_text_on_mutated_documents(text: str) -> None:
    survives(lambda: xjbudget.parse_text(text))


@SETTINGS
@given(mutated_texts(TEXTS).map(lambda t: t.encode("gb18030", errors="replace")))
def test_parse_on_mutated_gb18030_bytes(data: bytes) -> None:
    survives(lambda: xjbudget.parse(data))


@pytest.mark.skipif(not PDFS, reason="no PDF fixtures in tests/pdf_fixtures")
@settings(SETTINGS, max_examples=min(SETTINGS.max_examples, 15))
@given(mutated_bytes(PDFS))
def test_parse_on_mutated_pdf_bytes(data: bytes) -> None:
    survives(lambda: xjbudget.parse(data))
