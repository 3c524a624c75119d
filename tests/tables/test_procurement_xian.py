"""西安's 政府采购（资产配置、购买服务）预算表 read as 表20 (issue 15).

The excerpt is lines of xian-01.pdf page 41 as the PDF reader gives them (cells joined by
tabs, the cells it joins kept joined: ``06 02 116001``, ``1 310``, ``02 503``), cut to a
few rows (the last a wrapped cell's line, as page 41 prints them), the 合计 and the
unit's rows recomputed for the rows kept; the last test reads
a whole PDF of the 2022 layout and skips where ../shared is absent.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import xjbudget
from xjbudget import parse_text, validate
from xjbudget.catalog import spec_for_title
from xjbudget.model import Location
from xjbudget.parse import build_document
from xjbudget.sources.lines import SourceLine

REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"

XIAN = """西安市财政局（汇总）
2026年部门预算公开说明
表12
部门综合预算政府采购（资产配置、购买服务）预算表
单位：元
科目编码\t单位编码\t采购项目\t采购目录\t购买服务内容\t规格型号\t支出经济支出经济数量科目编码科目编码\t\t\t\t实施采购时间\t预算金额\t说明
类\t款 项\t\t\t\t\t类\t款\t类\t款\t\t\t
\t\t\t合计\t\t\t14\t\t\t\t\t1,025,000.00\t
201\t06 02 1\t全额\t\t\t\t14\t\t\t\t\t1,025,000.00\t
201\t06 02 116001\t西安市财政局\t\t\t\t2\t\t\t\t\t725,000.00\t
201\t06 02\t财政管理\tA02020400多功能一体机\t\t多功能一体机\t1 310\t02 503\t\t06\t\t495,000.00\t
201\t06 02\t财政管理\tC22010200一般会议服务\t\t决算汇审会\t1 302\t15 502\t\t02\t\t230,000.00\t
\t\t\t\t\t（年度）\t\t\t\t\t\t\t
201\t06 02 116004\t西安市罚没公物管理中心\t\t\t\t12\t\t\t\t\t300,000.00\t
201\t06 02\t库房租赁\tC15100000仓储服务\t\t780\t12 302\t14 502\t\t01\t\t300,000.00\t
"""

D = Decimal


def test_title() -> None:
    for title in (
        "部门综合预算政府采购（资产配置、购买服务）预算表",
        "2022年部门综合预算政府采购（资产配置、购买服务）预算表（不含上年结转）",
    ):
        spec = spec_for_title(title)
        assert spec is not None and spec.number == 20, title
    # A title cut by a line wrap names no table.
    assert spec_for_title("预算表（不含上年结转）") is None


def test_xian_procurement_rows() -> None:
    document = parse_text(XIAN)
    table = document.table(20)
    assert table is not None, [t.title for t in document.other_tables]
    assert [c.key for c in table.columns] == ["total"]  # 预算金额
    shape = [(r.role, r.item, r.project, r.name, r["total"]) for r in table.rows]
    assert shape == [
        ("total", "total", None, "合计", D("1025000.00")),
        ("unit", None, None, "全额", D("1025000.00")),
        ("unit", None, None, "西安市财政局", D("725000.00")),
        ("detail", None, "财政管理", "A02020400多功能一体机 多功能一体机", D("495000.00")),
        ("detail", None, "财政管理", "C22010200一般会议服务 决算汇审会", D("230000.00")),
        # A line of a wrapped 规格型号 cell: text alone, no unit's row.
        ("detail", None, None, "（年度）", None),
        ("unit", None, None, "西安市罚没公物管理中心", D("300000.00")),
        ("detail", None, "库房租赁", "C15100000仓储服务 780", D("300000.00")),
    ]
    # The joined cells read by their shapes: 数量 and the codes are text, never amounts.
    assert dict(table.rows[2].texts) == {
        "functional": "2010602",
        "quantity": "2",
        "unit": "116001",
    }
    assert dict(table.rows[3].texts) == {
        "functional": "2010602",
        "quantity": "1",
        "economic": "31002",
        "gov_economic": "50306",
    }
    # 规格型号 780 and 数量 12 before the two economic codes: two pairs, no more.
    assert dict(table.rows[-1].texts) == {
        "functional": "2010602",
        "quantity": "12",
        "economic": "30214",
        "gov_economic": "50201",
    }
    # No 货物/工程/服务 row: the category sum is not run.
    assert not [f for f in validate(document).findings if f.rule.startswith("T20")]


@pytest.mark.skipif(not (REAL / "xian-05.pdf").exists(), reason="../shared is absent")
def test_xian_05_pdf() -> None:
    # The 2022 layout: 序号-less, every column in its own cell, 数量 of services in 元-like
    # figures (1843750), 预算金额 the only amount column.
    document = xjbudget.parse(REAL / "xian-05.pdf")
    table = document.table(20)
    assert table is not None
    assert table.total_row is not None and table.total_row["total"] == D("87323949.20")
    units = [r for r in table.rows if r.role == "unit"]
    assert units[0].name == "西安市城建档案馆" and units[0]["total"] == D("4659505.00")
    assert dict(units[0].texts)["unit"] == "253003"
    # Every procurement row names its project and catalogue entry and prints its codes.
    details = [r for r in table.rows if r.role == "detail"]
    assert details and all(r.project and r.name for r in details)
    assert all({"functional", "economic"} <= dict(r.texts).keys() for r in details)
    # 合计 = the sum of the units' rows.
    assert sum((r["total"] for r in units), D(0)) == table.total_row["total"]


def _pdf_lines(text: str, page: int, first: int) -> list[SourceLine]:
    return [
        SourceLine(
            line,
            Location(line=first + i, page=page),
            tuple(line.split("\t")) if "\t" in line else None,
        )
        for i, line in enumerate(text.splitlines())
    ]


def test_a_continuation_page_under_no_title_is_the_same_table() -> None:
    # xian-01 page 42: the group labels (部门预算 政府预算) as a line of text, the header
    # again, rows; no title. The rows belong to page 41's table.
    page_42 = """部门预算政府预算
科目编码\t单位编码\t采购项目\t采购目录\t购买服务内容\t规格型号\t支出经济支出经济数量科目编码科目编码\t\t\t\t实施采购时间\t预算金额\t说明
类\t款 项\t\t\t\t\t类\t款\t类\t款\t\t\t
201\t06 08 1\t全额\t\t\t\t1\t\t\t\t\t27,130,000.00\t
201\t06 08 116003\t西安市财政投资评审中心\t\t\t\t1\t\t\t\t\t27,130,000.00\t
201\t06 08\t投资评审\tC20030900评审咨询服务\t\t评审\t1 302\t27 502\t\t05\t\t27,130,000.00\t"""
    # On page 41 the same line stands between the title and the header.
    # 西安 prints its tables in part 1 (where a line of text after a table's rows ends it).
    page_41 = XIAN.replace("单位：元\n", "单位：元\n部门预算政府预算\n").replace(
        "表12\n", "第一部分 部门概况\n表12\n"
    )
    first = _pdf_lines(page_41, 41, 1)
    lines = [*first, *_pdf_lines(page_42, 42, len(first) + 1)]
    document = build_document(lines, form="pdf", source="xian-01-excerpt")
    table = document.table(20)
    assert table is not None
    assert [r.name for r in table.rows if r.location.page == 42] == [
        "全额",
        "西安市财政投资评审中心",
        "C20030900评审咨询服务 评审",
    ]
    assert not [t for t in document.other_tables if not t.title]


def test_a_title_wrapped_over_two_lines() -> None:
    # xian-10 page 72 (2021): the title over two lines, a 序号 column, 数量 in its own cell.
    text = """西安市民政局
2021年部门预算公开说明
第一部分 部门概况
2021年部门综合预算政府采购（资产配置、购买服务）
预算表（不含上年结转）
序号\t科目编码\t\t\t单位编码\t采购项目\t采购目录\t购买服务内容\t规格型号\t数量\t部门预算支出\t\t政府预算支出\t\t实施采购时间\t预算金额\t说明
\t类\t款\t项\t\t\t\t\t\t\t类\t款\t类\t款\t\t\t
1\t\t\t\t\t合计\t\t\t\t1\t\t\t\t\t\t120,000.00\t
15\t208\t10\t04\t\t零星工程\tA0699其他家具用具\t\t祭奠园安装铁艺门\t1\t310\t99\t506\t01\t\t120,000.00\t
"""
    document = parse_text(text)
    table = document.table(20)
    assert table is not None, [t.title for t in document.other_tables]
    assert table.title == "2021年部门综合预算政府采购（资产配置、购买服务）预算表（不含上年结转）"
    assert [(r.role, r.project, r.name, r["total"]) for r in table.rows] == [
        ("total", None, "合计", D("120000.00")),
        ("detail", "零星工程", "A0699其他家具用具 祭奠园安装铁艺门", D("120000.00")),
    ]
    assert dict(table.rows[1].texts) == {
        "functional": "2081004",
        "quantity": "1",
        "economic": "31099",
        "gov_economic": "50601",
    }
