"""The three published PDFs from other provinces: every table comes out (a standard table
where its kind is one of ours, a generic grid otherwise), with the known kinds read.

Third-party files, read from ../shared/corpus/pdf (never committed); the expected
figures were read off the rendered pages.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import xjbudget

from ..conftest import SHARED_PDF

pytestmark = pytest.mark.pdf


def _parse(name: str) -> xjbudget.Document:
    path = SHARED_PDF / f"{name}.pdf"
    if not path.exists():
        pytest.skip(f"{path} not present (third-party PDFs live in ../shared/corpus/pdf)")
    return xjbudget.parse(path)


def _values(row: xjbudget.Row) -> dict[str, str]:
    return {k: str(v) for k, v in row.values.filled().items()}


def test_jiangsu_high_court_2019() -> None:
    document = _parse("jiangsu-high-court-2019-dept-budget")
    assert (document.meta.year, document.meta.kind, document.meta.unit) == (
        2019,
        "部门预算",
        "万元",
    )
    # 公开05表 is 表24, 公开06表 财政拨款基本支出 表17, 公开11表 机关运行经费 表21,
    # 公开12表 政府采购 表20.
    assert [t.number for t in document.tables] == [24, 17, 5, 6, 10, 8, 21, 20]
    assert len(document.other_tables) == 4  # 公开01–04: not ours, kept as grids
    procurement = document.table(20)
    assert procurement is not None
    # 一、货物A …: the categories as 2019 prints them; part 3's 拟采购…支出 restate them.
    assert {r.item: str(r["total"]) for r in procurement.rows if r.item} == {
        "total": "5227.59",
        "goods": "1637.72",
        "works": "530.00",
        "services": "3059.87",
    }
    office = document.table(21)
    assert office is not None and office.total_row is not None
    assert str(office.total_row["total"]) == "3580.05"
    table5 = document.table(5)
    assert table5 is not None and table5.title == "一般公共预算支出预算表（功能科目）"
    assert _values(table5.rows[0]) == {"total": "37188.34"} and table5.rows[0].role == "total"
    assert _values(next(table5.find("2040501"))) == {"total": "17279.29"}
    three = document.table(10)
    assert three is not None
    by_item = {r.item: _values(r) for r in three.rows if r.item}
    assert by_item == {
        "total": {"total": "513.75"},
        "outbound_travel": {"total": "160.00"},
        "reception": {"total": "86.95"},
        "vehicles": {"total": "266.80"},
        "vehicle_purchase": {},
        "vehicle_operation": {"total": "266.80"},
        # 会议费 and 培训费 printed beside the “三公” items: items of 表10 outside its 合计.
        "meetings": {"total": "271.02"},
        "training": {"total": "1597.25"},
    }
    # The second 合计 (三公 + 会议费 + 培训费 = 2,382.02) has no item of its own.
    extra = {r.name: _values(r) for r in three.rows if r.item is None}
    assert extra == {"合计": {"total": "2382.02"}}


def test_shanghai_putuo_finance_2025_in_yuan() -> None:
    document = _parse("shanghai-putuo-finance-2025-dept-budget")
    assert (document.meta.year, document.meta.unit) == (2025, "元")
    # 部门收入预算总表 is 表2 (Shanghai's title, its sources as optional columns); its
    # 财务收支预算总表 and 财政拨款收支预算总表 are 表1 and 表4, so no table stays generic.
    assert [t.number for t in document.tables] == [1, 2, 3, 4, 5, 8, 9, 6, 10]
    assert not document.other_tables
    table2 = document.table(2)
    assert table2 is not None and table2.family == "shanghai"
    total = next(r for r in table2.rows if r.role == "total")
    assert _values(total) == {"total": "31214205.80", "fiscal_subtotal": "31214205.80"}
    table3 = document.table(3)
    assert table3 is not None and table3.unit == "元"
    row = next(table3.find("2010601"))
    assert _values(row) == {"total": "16231840.80", "basic": "16093326.00", "project": "138514.80"}
    # The header block repeated on the next page is not read as rows.
    assert all(r.code is not None or r.role == "total" for r in table3.rows)
    table8 = document.table(8)
    assert table8 is not None and table8.is_empty and table8.empty_statement is not None
    three = document.table(10)
    assert three is not None and three.unit == "万元"
    assert _values(next(r for r in three.rows if r.item == "reception")) == {"total": "0.95"}


def test_shanghai_putuo_planning_2024_final_accounts() -> None:
    document = _parse("shanghai-putuo-planning-2024-final-accounts")
    assert (document.meta.year, document.meta.kind) == (2024, "部门决算")
    assert [t.number for t in document.tables] == [5, 10]
    # The seven other 决算 tables of its contents, and the untitled list of its units.
    titles = [t.title for t in document.other_tables]
    assert len(titles) == 8 and titles[0] == "" and "收入支出决算总表" in titles
    table5 = document.table(5)
    assert table5 is not None
    assert _values(next(table5.find("212"))) == {
        "total": "3832.36",
        "basic": "1572.70",
        "project": "2259.65",
    }
    three = document.table(10)
    assert three is not None and [c.key for c in three.columns] == ["total", "budget"]
    total = three.total_row
    assert total is not None and total.values == {
        "total": Decimal("0.39"),
        "budget": Decimal("2.85"),
    }
