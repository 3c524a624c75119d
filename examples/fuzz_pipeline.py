"""Fuzz your own pipeline with xjbudget strategies (see docs/fuzzing.md).

``my_pipeline`` stands for your ETL step: here it turns a Document into per-类 totals of
表3. The properties: it never crashes on a valid document, its totals add up to 表1's
支出总计, it survives the document's own text form, and a broken document is flagged.
Run directly: ``python examples/fuzz_pipeline.py``.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings

import xjbudget
import xjbudget.strategies as xst
from xjbudget.render import render_document_tabbed
from xjbudget.validate import validate


def my_pipeline(document: xjbudget.Document) -> dict[str, Decimal]:
    """Your code under test: 表3 合计 by 类."""
    table = document.table(3)
    assert table is not None
    return {
        row.code.digits: row.values.get("total") or Decimal(0)
        for row in table.rows
        if row.code is not None and row.code.depth == 1
    }


@settings(max_examples=20, deadline=None)
@given(xst.documents(year=2024))
def check_totals(document: xjbudget.Document) -> None:
    totals = my_pipeline(document)
    t1 = document.table(1)
    assert t1 is not None
    spent = next(r for r in t1.rows if r.item == "expenditure_total")
    assert sum(totals.values(), Decimal(0)) == spent.values["expenditure"]


@settings(max_examples=10, deadline=None)
@given(xst.documents(year=2024, kind="单位预算"))
def check_text_form(document: xjbudget.Document) -> None:
    # Render the generated document as a converter would, and run the whole chain.
    read = xjbudget.parse_text(render_document_tabbed(document))
    assert my_pipeline(read) == my_pipeline(document)


@settings(max_examples=10, deadline=None)
@given(xst.broken_documents("row_sum"))
def check_broken_is_flagged(broken: xst.BrokenDocument) -> None:
    findings = validate(broken.document).findings
    assert any(broken.expected.matches(f) for f in findings)


if __name__ == "__main__":
    for check in (check_totals, check_text_form, check_broken_is_flagged):
        check()
        print(f"{check.__name__}: ok")
