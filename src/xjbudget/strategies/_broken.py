"""Documents with one thing wrong, and the finding validation must report for it."""

from __future__ import annotations

from decimal import Decimal

import attrs
from attrs import frozen
from hypothesis import strategies as st

from ..model import Code, Document, Finding, Row, Table
from ._check import check_choice
from ._documents import document_plans
from ._tables import build_document

__all__ = ["BROKEN_KINDS", "BrokenDocument", "ExpectedFinding", "broken_documents"]

#: What can be broken: a row sum, a parent = sum of children, a total row, a cross-table
#: equality, or a code the classification tables do not have.
BROKEN_KINDS = ("row_sum", "tree_sum", "total_row", "cross_table", "unknown_code")


@frozen
class ExpectedFinding:
    """The finding a broken document must produce: its rule id starts with
    ``rule_prefix``, on ``table``, naming ``row`` (code or name) and ``column`` when set."""

    rule_prefix: str
    table: int
    row: str | None = None
    column: str | None = None

    def matches(self, finding: Finding) -> bool:
        """Whether ``finding`` is this expected finding."""
        if not finding.rule.startswith(self.rule_prefix) or finding.table != self.table:
            return False
        if self.column is not None and finding.column != self.column:
            return False
        if self.row is None:
            return True
        label = finding.row or ""
        return label == self.row or label.startswith(self.row + " ")


@frozen
class BrokenDocument:
    """A drawn document with one change, the ``kind`` of change and the finding it must
    cause. Other findings that follow from the same change may be reported too."""

    document: Document
    kind: str
    expected: ExpectedFinding


def _replace_table(document: Document, table: Table) -> Document:
    tables = tuple(table if t.number == table.number else t for t in document.tables)
    return attrs.evolve(document, tables=tables)


def _with_value(row: Row, key: str, value: Decimal | None) -> Row:
    return attrs.evolve(row, values={**dict(row.values), key: value})


def _detail_rows(table: Table, depth: int) -> list[int]:
    return [i for i, r in enumerate(table.rows) if r.code is not None and r.code.depth == depth]


@st.composite
def _broken(draw: st.DrawFn, document: Document, kind: str) -> BrokenDocument:
    delta = Decimal(draw(st.integers(100, 100_000))) / 100
    t3 = document.table(3)
    assert t3 is not None
    if kind in ("row_sum", "tree_sum", "cross_table"):
        table = t3
        leaves = _detail_rows(table, 3)
        index = draw(st.sampled_from(leaves))
        row = table.rows[index]
        label = row.code.digits if row.code else row.name
        if kind == "row_sum":
            column = draw(st.sampled_from(("basic", "project")))
            value = (row.values.get(column) or Decimal("0.00")) + delta
            expected = ExpectedFinding("T3.row.", 3, label, "total")
        elif kind == "tree_sum":
            # The 项 moves as a whole (its own row sum holds), its 款 no longer adds up.
            column = "basic"
            value = (row.values.get(column) or Decimal("0.00")) + delta
            row = _with_value(row, "total", (row.values.get("total") or Decimal(0)) + delta)
            assert row.code is not None and row.code.parent is not None
            expected = ExpectedFinding(
                "T3.tree.parent_eq_sum_of_children", 3, row.code.parent.digits, "total"
            )
        else:
            # 表3 and 表2 disagree on one 项; 表3 itself still adds up at the 项.
            column = "basic"
            value = (row.values.get(column) or Decimal("0.00")) + delta
            row = _with_value(row, "total", (row.values.get("total") or Decimal(0)) + delta)
            expected = ExpectedFinding("cross.T3_eq_T2_per_code", 3, label)
        rows = list(table.rows)
        rows[index] = _with_value(row, column, value)
        broken = attrs.evolve(table, rows=tuple(rows))
    elif kind == "total_row":
        index = next(i for i, r in enumerate(t3.rows) if r.role == "total")
        row = t3.rows[index]
        rows = list(t3.rows)
        rows[index] = _with_value(
            _with_value(row, "total", (row.values.get("total") or Decimal(0)) + delta),
            "basic",
            (row.values.get("basic") or Decimal(0)) + delta,
        )
        broken = attrs.evolve(t3, rows=tuple(rows))
        expected = ExpectedFinding("T3.tree.total_eq_sum_of_top_level", 3, None, "total")
    else:
        index = draw(st.sampled_from(_detail_rows(t3, 3)))
        row = t3.rows[index]
        assert row.code is not None and row.code.parent is not None
        code = Code(row.code.parent.digits + "98")  # no 项 of any edition ends in 98
        rows = list(t3.rows)
        rows[index] = attrs.evolve(row, code=code)
        broken = attrs.evolve(t3, rows=tuple(rows))
        expected = ExpectedFinding("codes.unknown", 3, code.digits)
    return BrokenDocument(_replace_table(document, broken), kind, expected)


def broken_documents(
    kind: str | None = None,
    *,
    year: int = 2024,
    max_amount: Decimal | int | str = "5000.00",
) -> st.SearchStrategy[BrokenDocument]:
    """Draws a :class:`BrokenDocument`: a clean :func:`~xjbudget.strategies.documents`
    draw with one change of ``kind`` (one of :data:`BROKEN_KINDS`, any when ``None``)
    made in 表3 by at least 1.00 万元, with the :class:`ExpectedFinding`
    validation must report:

    - ``row_sum``: a 项's 基本支出 or 项目支出 off, ``T3.row.…`` on its 合计;
    - ``tree_sum``: a 项 off as a whole, ``T3.tree.parent_eq_sum_of_children`` on its 款;
    - ``total_row``: the 合计 row off, ``T3.tree.total_eq_sum_of_top_level``;
    - ``cross_table``: a 项 off against 表2, ``cross.T3_eq_T2_per_code``;
    - ``unknown_code``: a 项 code no edition has, ``codes.unknown``.
    """
    check_choice("kind", kind, (None, *BROKEN_KINDS))
    docs = document_plans(year=year, max_amount=max_amount).map(build_document)
    kinds = st.sampled_from(BROKEN_KINDS) if kind is None else st.just(kind)
    return st.tuples(docs, kinds).flatmap(lambda pair: _broken(*pair))
