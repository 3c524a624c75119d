"""Header reading (issue 15): 小计 under a declared group label, 总计 as the total.

Chongqing prints 表3/表5 as 总计, then 基本支出 split into 小计/人员经费/公用经费, then
项目支出; Yantai the same with 合计 first. The declaration (total 合计, basic 基本支出,
project 项目支出) has no 人员经费/公用经费 for these tables.
"""

from __future__ import annotations

from decimal import Decimal

import xjbudget
from xjbudget import parse_text
from xjbudget.catalog import spec_for_number
from xjbudget.tables.header import map_columns, read_header

T = "\t"

CHONGQING_HEADER = [
    ["科目编码", "科目名称", "总计", "基本支出", "", "", "项目支出"],
    ["", "", "", "小计", "人员经费", "公用经费", ""],
]
YANTAI_HEADER = [
    ["科目编码", "", "", "科目名称", "合计", "基本支出", "", "", "项目支出"],
    ["类", "款", "项", "", "", "小计", "人员支出", "日常公用支出", ""],
]


def _mapped(rows: list[list[str]], number: int) -> tuple[tuple[int, str], ...]:
    spec = spec_for_number(number)
    assert spec is not None
    return map_columns(read_header(rows), spec.columns).columns


def test_subtotal_under_a_declared_group_is_that_column() -> None:
    # 表15 (支出总表 by unit) declares 合计, 基本支出, 项目支出 only.
    assert _mapped(CHONGQING_HEADER, 15) == ((2, "total"), (3, "basic"), (6, "project"))
    assert _mapped(YANTAI_HEADER, 15) == ((4, "total"), (5, "basic"), (8, "project"))


def test_sibling_subcolumns_stay_unmapped_where_not_declared() -> None:
    spec = spec_for_number(15)
    assert spec is not None
    header = map_columns(read_header(CHONGQING_HEADER), spec.columns)
    assert [c.leaf for c in header.unmatched if c.index >= header.first_value] == [
        "人员经费",
        "公用经费",
    ]


def test_subcolumns_declared_by_the_table_are_read() -> None:
    # 表3, 表5, 表8 declare 人员经费 and 公用经费 beside 基本支出 (Yantai: 人员支出, 日常公用支出).
    for number in (3, 5, 8):
        assert _mapped(CHONGQING_HEADER, number) == (
            (2, "total"),
            (3, "basic"),
            (4, "personnel"),
            (5, "public_use"),
            (6, "project"),
        )
        assert _mapped(YANTAI_HEADER, number) == (
            (4, "total"),
            (5, "basic"),
            (6, "personnel"),
            (7, "public_use"),
            (8, "project"),
        )


def test_grouped_totals_keep_their_groups() -> None:
    # 表11: 合计 under 财政拨款 is fiscal_total (财政拨款 is no declared column), 总计 the total.
    rows = [
        ["单位名称", "项目名称", "总计", "财政拨款", "", "", "", "非财政拨款", "", "", ""],
        [
            "",
            "",
            "",
            "合计",
            "人员经费",
            "公用经费",
            "项目支出",
            "合计",
            "人员经费",
            "公用经费",
            "项目支出",
        ],
    ]
    spec = spec_for_number(11)
    assert spec is not None
    assert dict(map_columns(read_header(rows), spec.columns).columns) == {
        2: "total",
        3: "fiscal_total",
        4: "fiscal_personnel",
        5: "fiscal_public_use",
        6: "fiscal_project",
        7: "nonfiscal_total",
        8: "nonfiscal_personnel",
        9: "nonfiscal_public_use",
        10: "nonfiscal_project",
    }


def _row(*cells: str) -> str:
    return T.join(cells)


TEXT = "\n".join(
    [
        "第二部分 2025年部门预算表",
        "",
        "表5",
        "一般公共预算支出情况表",
        "编制部门：某某区某某局",
        "单位：万元",
        _row(*CHONGQING_HEADER[0]),
        _row(*CHONGQING_HEADER[1]),
        _row("", "合计", "100.00", "60.00", "40.00", "20.00", "40.00"),
        _row("201", "一般公共服务支出", "100.00", "60.00", "40.00", "20.00", "40.00"),
        _row("20101", "人大事务", "100.00", "60.00", "40.00", "20.00", "40.00"),
        _row("2010101", "行政运行", "100.00", "60.00", "40.00", "20.00", "40.00"),
        "",
    ]
)


def test_chongqing_table_reads_total_basic_and_project() -> None:
    document = parse_text(TEXT, source="chongqing-shape")
    table = document.table(5)
    assert table is not None
    assert [c.key for c in table.columns] == [
        "total",
        "basic",
        "personnel",
        "public_use",
        "project",
    ]
    row = next(r for r in table.rows if r.code and r.code.digits == "2010101")
    assert dict(row.values) == {
        "total": Decimal("100.00"),
        "basic": Decimal("60.00"),
        "personnel": Decimal("40.00"),
        "public_use": Decimal("20.00"),
        "project": Decimal("40.00"),
    }
    assert not [f for f in document.findings if f.rule == "parse.cell.unplaced"]
    report = xjbudget.validate(document)
    assert not [f for f in report.errors if f.rule.startswith("T5.")]
