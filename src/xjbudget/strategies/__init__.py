"""Hypothesis strategies for budget disclosures: codes, amounts, rows, the eleven
standard tables and whole documents, internally consistent, plus "broken" variants that
carry the finding validation must report.

Install with the ``strategies`` extra (``pip install xjbudget[strategies]``)::

    from hypothesis import given
    import xjbudget.strategies as xst

    @given(xst.documents(year=2024))
    def test_my_pipeline(document):
        ...

Every strategy checks its arguments before drawing anything and raises hypothesis's
:class:`~hypothesis.errors.InvalidArgument` on a bad one. Amounts are ``Decimal`` with
two places (万元); an empty cell is ``None``.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "xjbudget.strategies needs hypothesis: install the 'strategies' extra "
        "(pip install 'xjbudget[strategies]')"
    ) from error

from ._amounts import amounts
from ._broken import BROKEN_KINDS, BrokenDocument, ExpectedFinding, broken_documents
from ._codes import code_entries, economic_codes, functional_codes
from ._documents import documents, rows, tables
from ._texts import flat_texts

__all__ = [
    "BROKEN_KINDS",
    "BrokenDocument",
    "ExpectedFinding",
    "amounts",
    "broken_documents",
    "code_entries",
    "documents",
    "economic_codes",
    "flat_texts",
    "functional_codes",
    "rows",
    "tables",
]
