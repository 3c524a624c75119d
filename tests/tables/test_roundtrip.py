"""Property: any table made of a standard table's columns, rendered to the tab form with
random empty cells, bold tags and a page break, reads back to the same records."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import xjbudget
from xjbudget.catalog import spec_for_number
from xjbudget.model import Code, Row, Table
from xjbudget.render import render_table_tabbed

NAMES = st.text(alphabet="行政运行事务管理支出其他机关单位服务保障", min_size=2, max_size=10)
PROJECTS = st.text(alphabet="专项经费项目安全生产工作信息化运维补助", min_size=3, max_size=12)
AMOUNTS = st.one_of(
    st.none(), st.decimals(min_value=0, max_value=99_999, places=2, allow_nan=False)
)


def _total(values: list[Decimal | None]) -> Decimal | None:
    filled = [v for v in values if v is not None]
    return sum(filled, Decimal("0.00")) if filled else None


@st.composite
def coded_tables(draw: st.DrawFn) -> Table:
    number = draw(st.sampled_from([2, 3, 5, 6, 7]))
    spec = spec_for_number(number)
    assert spec is not None
    keys = spec.column_keys()
    scheme = "economic" if spec.row_key == "economic" else "functional"
    depth = 2 if scheme == "economic" else 3
    rows: list[Row] = []

    def leaf(code: str) -> Row:
        project = draw(PROJECTS) if number == 7 else None
        return Row(
            draw(NAMES), {k: draw(AMOUNTS) for k in keys}, Code(code, scheme), project=project
        )

    def build(code: str, level: int) -> list[Row]:
        if level == depth:
            return [leaf(code)]
        children: list[Row] = []
        for sub in draw(st.lists(st.integers(1, 99), min_size=1, max_size=3, unique=True)):
            children += build(f"{code}{sub:02d}", level + 1)
        direct = [r for r in children if r.code and len(r.code.digits) == len(code) + 2]
        values = {k: _total([r.values[k] for r in direct]) for k in keys}
        return [Row(draw(NAMES), values, Code(code, scheme)), *children]

    for top in draw(st.lists(st.integers(201, 234), min_size=1, max_size=3, unique=True)):
        rows += build(str(top), 1)
    tops = [r for r in rows if r.code and r.code.depth == 1]
    total = Row("合计", {k: _total([r.values[k] for r in tops]) for k in keys}, role="total")
    if all(v is None for v in total.values.values()):
        # A printed total row always carries an amount (a bare 合计 line reads as a header).
        total = Row("合计", {keys[0]: Decimal("0.00"), **dict.fromkeys(keys[1:])}, role="total")
    at_top = draw(st.booleans())
    ordered = [total, *rows] if at_top else [*rows, total]
    return Table(number, spec.kind, spec.title, spec.column_specs(), tuple(ordered), unit="万元")


def _key(row: Row) -> tuple[object, ...]:
    return (row.code, row.name, row.project, row.role, dict(row.values))


@settings(max_examples=150, deadline=None)
@given(coded_tables(), st.data())
def test_rendered_table_reads_back(table: Table, data: st.DataObject) -> None:
    count = len(table.rows)
    bold = data.draw(st.sets(st.integers(0, count - 1)))
    page_break = data.draw(st.one_of(st.none(), st.integers(1, max(1, count - 1))))
    grouped = data.draw(st.booleans())
    lines = render_table_tabbed(table, bold=bold, page_break=page_break, grouped=grouped)
    text = "\n".join(["第二部分 2024 年部门预算公开表", "", *lines, ""])
    document = xjbudget.parse_text(text)
    assert len(document.tables) == 1
    read = document.tables[0]
    assert read.number == table.number
    assert [_key(r) for r in read.rows] == [_key(r) for r in table.rows]
    assert not [f for f in document.findings if f.severity == "error"]
