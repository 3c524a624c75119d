"""Small helpers to build documents by hand for the validation tests."""

from __future__ import annotations

from decimal import Decimal

from xjbudget.catalog import spec_for_number
from xjbudget.model import Code, Document, DocumentMeta, Row, RowRole, Side, Table


def amounts(**values: str | None) -> dict[str, Decimal | None]:
    return {k: None if v is None else Decimal(v) for k, v in values.items()}


def coded(code: str, name: str, *, proj: str | None = None, **values: str | None) -> Row:
    """A row with a functional (or, for 3xx codes, economic) code; ``proj`` a 项目名称."""
    scheme = "economic" if code[0] in "35" else "functional"
    return Row(name, amounts(**values), code=Code(code, scheme), project=proj)


def total(name: str = "合计", **values: str | None) -> Row:
    return Row(name, amounts(**values), role="total")


def unit(name: str, **values: str | None) -> Row:
    return Row(name, amounts(**values), role="unit")


def item(
    key: str,
    value: str | None = None,
    *,
    side: Side | None = None,
    role: RowRole = "detail",
    column: str | None = None,
    name: str | None = None,
    **values: str | None,
) -> Row:
    """A named row: ``item("general_budget", "571.55", side="income")``."""
    if value is not None:
        values = {column or ("income" if side == "income" else "expenditure"): value, **values}
    return Row(name or key, amounts(**values), item=key, side=side, role=role)


def project(name: str, **values: str | None) -> Row:
    return Row("", amounts(**values), project=name)


def table(
    number: int, *rows: Row, columns: tuple[str, ...] | None = None, empty: str | None = None
) -> Table:
    """A standard table with the spec's columns (or only those in ``columns``)."""
    spec = spec_for_number(number)
    assert spec is not None
    specs = tuple(c for c in spec.column_specs() if columns is None or c.key in columns)
    return Table(number, spec.kind, spec.title, specs, rows, empty_statement=empty)


def document(*tables: Table, year: int = 2024, unit: str = "万元") -> Document:
    return Document(DocumentMeta(year=year, unit=unit), tables=tables)
