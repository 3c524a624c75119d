"""Documents built from the hand-transcribed golden cells (``tests/golden/*.cells.csv``).

The golden files hold every printed amount, read by people (``tests/golden/README.md``), so
validating them tests the rules against the real documents independently of the parser.
They hold no row without an amount: codes printed without amounts (表1/表4 202 … 234) are
not in them.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import regex

from xjbudget.catalog import TableSpec, spec_for_number
from xjbudget.model import Code, Document, DocumentMeta, Row, Table
from xjbudget.text import label_key

from ..conftest import GOLDEN

#: Tables printed empty (…为空表) and tables not printed, per document (golden README).
EMPTY = {"000": (7, 8, 9), "001": (7, 8, 9), "003": (8, 9), "004": (8, 9)}
MISSING = {"003": (11,)}

_NUMBERING = regex.compile(r"^(?:[一二三四五六七八九十]+、|\d+\s*[、.．]\s*|其中[：:])")


def _key(text: str) -> str:
    return label_key(_NUMBERING.sub("", text))


class _Items:
    """Matches printed item names to the spec's item keys, in order (表1 names
    一般公共预算拨款 twice: under 本年收入 and under 财政拨款结转)."""

    def __init__(self, spec: TableSpec) -> None:
        self.items = spec.items
        self.at = 0

    def match(self, name: str) -> str:
        for index in range(self.at, len(self.items)):
            item = self.items[index]
            if _key(name) in {_key(v) for v in (item.label, *item.variants)}:
                self.at = index + 1
                return item.key
        raise KeyError(name)


def _row(
    number: int, spec: TableSpec, items: _Items, code: str, name: str, project: str, column: str
) -> Row:
    if number in (1, 4, 10):
        if code:
            return Row(name, {}, code=Code(code), side="expenditure")
        key = "total" if number == 10 and name == "合计" else items.match(name)
        side = None if number == 10 else ("income" if column == "income" else "expenditure")
        role = "total" if key in ("total", "income_total", "expenditure_total") else "detail"
        return Row(name, {}, item=key, side=side, role=role)
    if code:
        scheme = "economic" if spec.row_key == "economic" else "functional"
        return Row(name, {}, code=Code(code, scheme), project=project or None)
    if name in ("总计", "合计"):
        return Row(name, {}, role="total")
    if project:
        return Row(name, {}, project=project)
    return Row(name, {}, role="unit")


def golden_document(stem: str) -> Document:
    with open(GOLDEN / f"{stem}.cells.csv", encoding="utf-8", newline="") as handle:
        lines = list(csv.DictReader(handle))
    rows: dict[int, list[tuple[Row, dict[str, Decimal]]]] = {}
    items: dict[int, _Items] = {}
    last: tuple[str, ...] | None = None
    for line in lines:
        number = int(line["table"])
        spec = spec_for_number(number)
        assert spec is not None
        side = "income" if line["column"] == "income" else "other"
        key = (line["table"], line["code"], line["name"], line["project"], side)
        if key != last:
            template = _row(
                number,
                spec,
                items.setdefault(number, _Items(spec)),
                line["code"],
                line["name"],
                line["project"],
                line["column"],
            )
            rows.setdefault(number, []).append((template, {}))
            last = key
        rows[number][-1][1][line["column"]] = Decimal(line["amount"])
    tables = []
    doc = stem[:3]
    for number in range(1, 12):
        if number in MISSING.get(doc, ()):
            continue
        spec = spec_for_number(number)
        assert spec is not None
        built = tuple(
            Row(
                t.name,
                values,
                code=t.code,
                project=t.project,
                item=t.item,
                side=t.side,
                role=t.role,
            )
            for t, values in rows.get(number, [])
        )
        empty = "…为空表。" if number in EMPTY.get(doc, ()) else None
        tables.append(
            Table(number, spec.kind, spec.title, spec.column_specs(), built, empty_statement=empty)
        )
    return Document(DocumentMeta(year=2024, unit="万元", source=stem), tables=tuple(tables))
