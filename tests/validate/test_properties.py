"""Properties: a consistent document validates clean; any one amount changed beyond the
tolerance gets a finding in its table naming its row or its column (a sum over rows names
the total row and the column; a two-cell equality such as 收入总计 = 支出总计 names one row
and the other in its message)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from xjbudget.model import Document, Row, Table
from xjbudget.validate import validate

from .strategies import consistent_documents


@settings(max_examples=60, deadline=None)
@given(consistent_documents())
def test_a_consistent_document_validates_clean(document: Document) -> None:
    report = validate(document)
    assert report.findings == (), [f.message for f in report.findings]


def _cells(document: Document) -> list[tuple[int, int, str]]:
    return [
        (t, r, key)
        for t, table in enumerate(document.tables)
        for r, row in enumerate(table.rows)
        for key, value in row.values.items()
        if value is not None
    ]


def _change(document: Document, at: tuple[int, int, str], delta: Decimal) -> Document:
    t, r, key = at
    table = document.tables[t]
    row = table.rows[r]
    values = {k: (v + delta if k == key and v is not None else v) for k, v in row.values.items()}
    changed_row = Row(
        row.name,
        values,
        code=row.code,
        project=row.project,
        item=row.item,
        side=row.side,
        role=row.role,
    )
    rows = (*table.rows[:r], changed_row, *table.rows[r + 1 :])
    changed = Table(
        table.number,
        table.kind,
        table.title,
        table.columns,
        rows,
        empty_statement=table.empty_statement,
    )
    tables = (*document.tables[:t], changed, *document.tables[t + 1 :])
    return Document(document.meta, tables=tables)


@settings(max_examples=150, deadline=None)
@given(
    consistent_documents(),
    st.data(),
    st.integers(2, 100_000).map(lambda c: Decimal(c).scaleb(-2)),
    st.booleans(),
)
def test_one_amount_changed_beyond_tolerance_is_found(
    document: Document, data: st.DataObject, size: Decimal, down: bool
) -> None:
    cells = _cells(document)
    assume(cells)
    at = data.draw(st.sampled_from(cells))
    changed = _change(document, at, -size if down else size)
    t, r, key = at
    table = document.tables[t]
    row = table.rows[r]
    findings = validate(changed).findings
    assert findings, "no finding for a changed amount"
    naming = [
        f
        for f in findings
        if f.table == table.number
        and (f.row == row.label or f.column == key or row.label in f.message)
    ]
    assert naming, (table.number, row.label, key, [f.message for f in findings])
