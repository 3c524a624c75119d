"""The long form as plain records and as a pandas DataFrame (issue 19)."""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest

import xjbudget
from xjbudget.export import LONG_CSV_COLUMNS, long_records, to_records

from ..conftest import TABBED


def test_to_records_is_plain_dicts(parsed: dict[str, xjbudget.Document]) -> None:
    document = parsed[TABBED[0]]
    records = xjbudget.to_records(document)
    assert records == to_records(document)
    assert all(type(r) is dict and tuple(r) == LONG_CSV_COLUMNS for r in records)
    assert records == [r._asdict() for r in long_records(document)]
    assert records[0]["document"] == document.meta.source
    assert all(type(r["amount"]) is Decimal and type(r["table"]) is int for r in records)


def test_to_dataframe_keeps_amounts_exact(parsed: dict[str, xjbudget.Document]) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is the optional 'pandas' extra")
    documents = [parsed[stem] for stem in TABBED]
    frame = xjbudget.to_dataframe(documents, amounts_in="元")
    assert list(frame.columns) == list(LONG_CSV_COLUMNS)
    assert len(frame) == sum(len(to_records(d)) for d in documents)
    assert str(frame["table"].dtype) == "Int64" and str(frame["year"].dtype) == "Int64"
    total = frame["amount"].sum()
    expected = sum(r["amount"] for d in documents for r in to_records(d, amounts_in="元"))
    assert isinstance(total, Decimal) and total == expected
    one = xjbudget.to_dataframe(documents[0])
    assert isinstance(one, pd.DataFrame) and len(one) == len(to_records(documents[0]))


def test_to_dataframe_names_the_extra_without_pandas(
    parsed: dict[str, xjbudget.Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"xjbudget\[pandas\]"):
        xjbudget.to_dataframe(parsed[TABBED[0]])
