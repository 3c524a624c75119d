"""The self-describing long form (issue 19): the columns appended after the original
seven, what each says, and the exact conversion to one unit."""

from __future__ import annotations

import csv
import io
import logging
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xjbudget
from xjbudget.errors import UnitError, XjbudgetError
from xjbudget.export import (
    BASE_COLUMNS,
    LONG_CSV_COLUMNS,
    convert_amount,
    long_records,
    long_rows,
    to_records,
    write_long_csv,
)
from xjbudget.model import Code, ColumnSpec, Document, DocumentMeta, Location, Row, Table

from ..conftest import FLAT, TABBED


def _table(number: int, unit: str | None, amounts: list[str], page: int | None = None) -> Table:
    rows = tuple(
        Row(
            name=f"row {i}",
            code=Code("2011301"),
            values={"total": Decimal(a), "basic": None},
            location=Location(page=page),
        )
        for i, a in enumerate(amounts)
    )
    columns = (ColumnSpec("total", "合计"), ColumnSpec("basic", "基本支出"))
    return Table(
        number=number,
        kind=f"kind{number}",
        title=f"标准表{number}",
        columns=columns,
        rows=rows,
        unit=unit,
        location=Location(page=1),
    )


def _mixed() -> Document:
    """A document in 元 whose 表10 prints in 万元 (as Shanghai's do), and a table whose
    unit nobody printed in a document that names none."""
    meta = DocumentMeta(department="某局", year=2024, unit="元", source="a.pdf")
    return Document(
        meta=meta,
        tables=(_table(3, None, ["1234.56", "0.01"], page=4), _table(10, "万元", ["238.00"])),
    )


def test_columns_are_the_original_seven_then_the_descriptive_ones() -> None:
    assert LONG_CSV_COLUMNS[:7] == BASE_COLUMNS == (
        "document", "table", "code", "name", "project", "column", "amount",
    )  # fmt: skip
    assert LONG_CSV_COLUMNS[7:] == (
        "department", "year", "unit", "table_kind", "printed_title", "page", "family",
    )  # fmt: skip
    out = io.StringIO()
    write_long_csv([("a.pdf", _mixed())], out)
    header, *rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(header) == LONG_CSV_COLUMNS
    assert rows[0] == [
        "a.pdf", "3", "2011301", "row 0", "", "total", "1234.56",
        "某局", "2024", "元", "kind3", "标准表3", "4", "",
    ]  # fmt: skip
    assert rows[2][9] == "万元" and rows[2][12] == "1"  # 表10's own unit; the table's page


@pytest.mark.parametrize("stem", TABBED + FLAT)
def test_every_record_describes_its_document(
    stem: str, parsed: dict[str, xjbudget.Document]
) -> None:
    document = parsed[stem]
    records = list(long_records(document, name=stem))
    assert records, "the corpus documents print amounts"
    kinds = {t.number: t.kind for t in document.tables}
    for record in records:
        assert record.document == stem
        assert record.department == document.meta.department
        assert record.year == document.meta.year
        assert record.unit in ("元", "万元")
        assert record.table_kind == kinds[record.table]
        assert isinstance(record.amount, Decimal)
        assert record.printed_title in {t.printed_title or t.title for t in document.tables}
        assert record.family is not None  # the corpus documents are of a known family
        assert record.family in {t.family for t in document.tables} | {document.meta.family}
    # The strings of the CSV are the typed records, None as "".
    assert list(long_rows(document, name=stem)) == [
        tuple("" if v is None else str(v) for v in r) for r in records
    ]


def test_amounts_in_converts_exactly_and_says_so() -> None:
    document = _mixed()
    in_yuan = to_records(document, amounts_in="元")
    in_wan = to_records(document, amounts_in="万元")
    assert [r["amount"] for r in in_yuan] == [
        Decimal("1234.56"), Decimal("0.01"), Decimal("2380000.00"),
    ]  # fmt: skip
    assert [r["amount"] for r in in_wan] == [
        Decimal("0.123456"), Decimal("0.000001"), Decimal("238.00"),
    ]  # fmt: skip
    assert {r["unit"] for r in in_yuan} == {"元"} and {r["unit"] for r in in_wan} == {"万元"}
    assert sum(r["amount"] for r in in_yuan) == Decimal("2381234.57")


def test_an_amount_of_no_known_unit_is_left_as_printed_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    document = Document(
        meta=DocumentMeta(source="b.pdf"),
        tables=(_table(3, None, ["5.00"]), _table(10, "万元", ["1.00"])),
    )
    with caplog.at_level(logging.WARNING, logger="xjbudget"):
        records = to_records(document, amounts_in="元")
    assert [(r["amount"], r["unit"]) for r in records] == [
        (Decimal("5.00"), None),
        (Decimal("10000.00"), "元"),
    ]
    assert "b.pdf: 1 amount(s)" in caplog.text and "not converted to 元" in caplog.text


def test_convert_amount_refuses_an_unknown_unit() -> None:
    assert convert_amount(Decimal("1.5"), "亿元", "万元") == Decimal("15000.0")
    with pytest.raises(UnitError, match="unknown unit '美元'") as caught:
        convert_amount(Decimal(1), "美元", "元")
    assert isinstance(caught.value, XjbudgetError)
    with pytest.raises(UnitError):
        list(long_records(_mixed(), amounts_in="千"))


@given(st.decimals(allow_nan=False, allow_infinity=False, places=2))
def test_conversion_is_exact_for_any_amount(amount: Decimal) -> None:
    there = convert_amount(amount, "万元", "元")
    # The same digits and places, even past the default 28-digit context.
    sign, digits, exponent = amount.as_tuple()
    if any(digits):
        assert there.as_tuple() == (sign, (*digits, 0, 0, 0, 0), exponent)
    else:
        assert there == 0 and there.as_tuple().exponent == exponent
    back = convert_amount(there, "元", "万元")
    assert back == amount and back.as_tuple().digits[: len(digits)] == digits


def test_the_command_line_converts_the_long_csv(capsys: pytest.CaptureFixture[str]) -> None:
    from xjbudget.cli import main
    from xjbudget.samples import sample_path

    assert main(["parse", "--sample", "--format", "csv", "--amounts-in", "元"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    document = xjbudget.parse(sample_path())
    expected = to_records(document, amounts_in="元")
    assert [Decimal(r["amount"]) for r in rows] == [r["amount"] for r in expected]
    assert {r["unit"] for r in rows} == {"元"}
    assert main(["parse", "--sample", "--amounts-in", "元"]) == 2  # JSON is as printed
    assert "--format csv or parquet" in capsys.readouterr().err
