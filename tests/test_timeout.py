"""``parse(..., timeout=)`` (issue 21): the parse runs in a child process killed when the
time is up, so control comes back even from a PDF library stuck inside one page (where
the cooperative ``max_seconds`` budget never runs); the result is the same document as
without a timeout, and the child's typed errors come back as they were raised."""

from __future__ import annotations

import os
import zlib

import pytest

import xjbudget
from xjbudget.child import call_in_child
from xjbudget.errors import NotABudgetDocumentError, ResourceLimitError
from xjbudget.export import document_to_json

from .conftest import CORPUS
from .fuzz.test_budgets import pdf_with_content

SAMPLE = CORPUS / "000_707d8629ab46531e.txt"


def test_the_same_document_with_a_timeout() -> None:
    assert document_to_json(xjbudget.parse(SAMPLE, timeout=120)) == document_to_json(
        xjbudget.parse(SAMPLE)
    )


def test_a_file_object_keeps_its_name() -> None:
    with SAMPLE.open("rb") as stream:
        document = xjbudget.parse(stream, timeout=120)
    assert document.meta.source == str(SAMPLE)
    assert document_to_json(document) == document_to_json(xjbudget.parse(SAMPLE))


def test_the_child_s_typed_error_comes_back() -> None:
    with pytest.raises(NotABudgetDocumentError, match="not a budget disclosure"):
        xjbudget.parse("只是一行字。\n".encode(), timeout=120)


def test_a_parse_stuck_in_the_pdf_library_is_stopped() -> None:
    # 1,500,000 text operators on one page: pdfminer interprets them for minutes inside
    # one page, where no cooperative check runs.
    stuck = pdf_with_content(zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" * 1_500_000))
    with pytest.raises(ResourceLimitError, match="still working after 2 s") as caught:
        xjbudget.parse(stuck, engine="pdfplumber", timeout=2)
    assert caught.value.limit == "timeout"


def _die() -> None:
    os._exit(3)  # as a process killed by the OOM killer or a crash in native code


def test_a_child_that_dies_is_a_limit_error() -> None:
    with pytest.raises(ResourceLimitError, match="died before giving a result") as caught:
        call_in_child(_die, timeout=60, where="x.pdf")
    assert caught.value.where == "x.pdf"


@pytest.mark.parametrize("timeout", [0, -1.0, float("nan")])
def test_a_timeout_must_be_positive(timeout: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        xjbudget.parse(SAMPLE, timeout=timeout)
