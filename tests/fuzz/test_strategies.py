"""The public strategies: what they draw validates clean, broken variants produce the
finding they carry, arguments are checked up front, ``st.from_type`` works."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import xjbudget
import xjbudget.strategies as xst
from xjbudget.catalog import spec_for_number
from xjbudget.model import Code, Document, Row, Table
from xjbudget.strategies import BrokenDocument
from xjbudget.validate import validate


@settings(max_examples=30, deadline=None)
@given(xst.documents(year=2024) | xst.documents(year=2023, kind="单位预算", with_funds=True))
def test_documents_validate_clean(document: Document) -> None:
    report = validate(document)
    assert [f for f in report.findings if f.severity != "info"] == []


@settings(max_examples=30, deadline=None)
@given(xst.broken_documents())
def test_broken_documents_produce_their_finding(broken: BrokenDocument) -> None:
    findings = validate(broken.document).findings
    assert any(broken.expected.matches(f) for f in findings), (broken.expected, findings)


@pytest.mark.parametrize("kind", xst.BROKEN_KINDS)
def test_every_broken_kind(kind: str) -> None:
    @settings(max_examples=5, deadline=None)
    @given(xst.broken_documents(kind))
    def check(broken: BrokenDocument) -> None:
        assert broken.kind == kind
        assert any(broken.expected.matches(f) for f in validate(broken.document).findings)

    check()


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 11).flatmap(lambda n: xst.tables(n)))
def test_tables_carry_their_spec(table: Table) -> None:
    spec = spec_for_number(table.number)
    assert spec is not None and table.kind == spec.kind
    for row in table.rows:
        for value in row.values.values():
            assert value is None or (isinstance(value, Decimal) and value.as_tuple().exponent == -2)


@settings(max_examples=20, deadline=None)
@given(xst.rows(3, role="detail"))
def test_rows_hold_their_sums(row: Row) -> None:
    parts = sum((row.values.get(k) or Decimal(0) for k in ("basic", "project")), Decimal(0))
    assert (row.values.get("total") or Decimal(0)) == parts


@settings(max_examples=30, deadline=None)
@given(xst.functional_codes(year=2023, level="款"), xst.economic_codes(level="类"))
def test_codes_are_in_the_tables(functional: Code, economic: Code) -> None:
    assert functional.level == "款"
    assert economic.scheme == "economic" and economic.level == "类"
    assert xjbudget.codes.lookup(functional.digits, year=2023).code == functional.digits


@settings(max_examples=30, deadline=None)
@given(xst.amounts(min_value="1.00", max_value=100, allow_none=True))
def test_amounts(value: Decimal | None) -> None:
    assert value is None or Decimal("1.00") <= value <= 100


@pytest.mark.parametrize(
    "make",
    [
        lambda: xst.documents(year="2024"),
        lambda: xst.documents(year=1990),
        lambda: xst.documents(kind="决算"),
        lambda: xst.documents(max_amount=1.5),
        lambda: xst.documents(max_amount="0.001"),
        lambda: xst.documents(max_classes=0),
        lambda: xst.tables(12),
        lambda: xst.rows(3, role="header"),
        lambda: xst.functional_codes(level="目"),
        lambda: xst.economic_codes(level="项"),
        lambda: xst.amounts(min_value=5, max_value=1),
        lambda: xst.broken_documents("everything"),
    ],
)
def test_bad_arguments_raise_before_drawing(make: object) -> None:
    with pytest.raises(InvalidArgument):
        make()  # type: ignore[operator]


def test_from_type_after_registration() -> None:
    from xjbudget._hypothesis import _hypothesis_setup_hook  # the entry point's hook

    _hypothesis_setup_hook()
    drawn: list[Document] = []

    @settings(max_examples=3, deadline=None)
    @given(st.from_type(Document))
    def check(document: Document) -> None:
        drawn.append(document)

    check()
    assert drawn and all(d.table(3) is not None for d in drawn)


def test_import_without_hypothesis_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import xjbudget.strategies\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "strategies" in out.stdout and "extra" in out.stdout
