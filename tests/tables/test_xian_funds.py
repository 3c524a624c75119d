"""西安's tables read where the shaanxi template prints them its own way (rows copied from
the real PDFs of ../shared/corpus/real, pages as printed)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from xjbudget.parse import build_document

from .test_single_row_page import _lines

_ECONOMIC = "支出经济支出经济科目编码科目编码"
_LABELS = ("采购项目", "采购目录", "购买服务内容", "规格型号")
_GROUPS = "部门预算政府预算"
_HEADER = (
    "科目编码",
    "单位编码",
    *_LABELS,
    "支出经济支出经济数量科目编码科目编码",
    "",
    "",
    "",
    "实施采购时间",
    "预算金额",
    "说明",
)
_KEYS = ("类", "款 项", "", "", "", "", "类", "款", "类", "款", "", "", "")

# xian-06 pages 44-47 (政府采购 预算表, printed 表12): each page prints the header again
# under a group-label line of text; pages 44, 45 and 47 merge 数量 into the 支出经济…科目编码
# cell, page 46 prints it as a cell of its own and a blank cell after 科目编码.
XIAN_06_T20 = [
    (44, "表12"),
    (44, "部门综合预算政府采购（资产配置、购买服务）预算表"),
    (44, "单位：元"),
    (44, _GROUPS),
    (44, _HEADER),
    (44, _KEYS),
    (44, ("", "", "", "合计", "", "", "3", "", "", "", "", "4,801,300.00", "")),
    (
        44,
        (
            "204",
            "02 02 153002",
            "交通警察支队",
            "",
            "",
            "",
            "3",
            "",
            "",
            "",
            "",
            "4,801,300.00",
            "",
        ),
    ),
    (45, _GROUPS),
    (45, _HEADER),
    (45, _KEYS),
    (
        45,
        (
            "204",
            "02 02",
            "法律顾问",
            "C20030300法律咨询服务",
            "",
            "法务咨询项目",
            "1 302",
            "27",
            "502",
            "05",
            "",
            "280,000.00",
            "",
        ),
    ),
    (46, _GROUPS),
    (
        46,
        (
            "科目编码",
            "",
            "单位编码",
            *_LABELS,
            "数量",
            _ECONOMIC,
            "",
            "",
            "",
            "实施采购时间",
            "预算金额",
            "说明",
        ),
    ),
    (46, ("类", "款 项", "", "", "", "", "", "", "类", "款", "类", "款", "", "", "")),
    (
        46,
        (
            "204",
            "02 02",
            "",
            "非机动车号牌制作",
            "A02370200交通管理设备",
            "",
            "电动自行车“RFID芯片”电子号牌采购",
            "",
            "1 302",
            "18",
            "502",
            "04",
            "",
            "4,000,000.00",
            "",
        ),
    ),
    (
        46,
        (
            "204",
            "02 02",
            "",
            "公安业务印刷",
            "C23090101单证印刷服务",
            "",
            "证照印刷",
            "",
            "1 302",
            "02",
            "502",
            "01",
            "",
            "521,300.00",
            "",
        ),
    ),
]


@pytest.mark.parametrize(
    "before",
    [
        # Tables after the parts' headings (no 第二部分 of tables): the group-label line
        # ends the block, page 46 opens an untitled one that continues the table.
        [(43, "第四部分：专业名词解释")],
        # A bare table set: page 46's header is the table's header printed again.
        [],
    ],
)
def test_a_procurement_page_printing_its_header_in_other_cells_continues_the_table(
    before: list[tuple[int, str]],
) -> None:
    rows = [*before, *XIAN_06_T20]
    document = build_document(_lines(rows), form="pdf", source="xian-shape", findings=[])
    assert not document.other_tables
    table = document.table(20)
    assert table is not None
    by_project = {r.project: r for r in table.rows if r.project}
    assert by_project["非机动车号牌制作"].values["total"] == Decimal("4000000.00")
    assert by_project["公安业务印刷"].values["total"] == Decimal("521300.00")
    assert not [f for f in document.findings if f.rule == "parse.cell.unplaced"]
