"""西安's tables read where the shaanxi template prints them its own way (rows copied from
the real PDFs of ../shared/corpus/real, pages as printed)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from xjbudget import validate
from xjbudget.model import Document
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


# xian-10 pages 59-60 (2021, 表9 政府性基金收支表（不含上年结转）): a 序号 column, the title
# and header printed again on page 60.
_FUND_GROUPS = ("序号", "收 入", "", "支 出", "", "", "", "", "")
_FUND_LABELS = (
    "",
    "项 目",
    "预算数",
    "支出功能分类科目（按大类）",
    "预算数",
    "部门预算支出经济分类科目（按大类）",
    "预算数",
    "政府预算支出经济分类科目（按大类）",
    "预算数",
)
_FUND_TITLE = "2021年部门综合预算政府性基金收支表（不含上年结转）"
_0 = "0.00"
XIAN_10_FUND: list[tuple[int, str | tuple[str, ...]]] = [
    (59, _FUND_TITLE),
    (59, _FUND_GROUPS),
    (59, _FUND_LABELS),
    (
        59,
        (
            "1",
            "一、政府性基金拨款",
            "167781553.36",
            "一、科学技术支出",
            _0,
            "一、人员经费和公用经费支出",
            "4968593.36",
            "一、机关工资福利支出",
            _0,
        ),
    ),
    (
        59,
        (
            "2",
            "",
            "",
            "二、文化旅游体育与传媒支出",
            _0,
            "工资福利支出",
            "4952793.36",
            "二、机关商品和服务支出",
            "149000000.00",
        ),
    ),
    (
        59,
        (
            "3",
            "",
            "",
            "三、社会保障和就业支出",
            _0,
            "商品和服务支出",
            _0,
            "三、机关资本性支出（一）",
            _0,
        ),
    ),
    (
        59,
        (
            "4",
            "",
            "",
            "四、节能环保支出",
            _0,
            "对个人和家庭的补助",
            "15800.00",
            "四、机关资本性支出（二）",
            _0,
        ),
    ),
    (
        59,
        (
            "5",
            "",
            "",
            "五、城乡社区支出",
            _0,
            "其他资本性支出",
            _0,
            "五、对事业单位经常性补助",
            "18765753.36",
        ),
    ),
    (
        59,
        (
            "6",
            "",
            "",
            "六、农林水支出",
            _0,
            "二、专项业务经费支出",
            "162812960.00",
            "六、对事业单位资本性补助",
            _0,
        ),
    ),
    (59, ("7", "", "", "七、交通运输支出", _0, "工资福利支出", _0, "七、对企业补助", _0)),
    (
        59,
        (
            "8",
            "",
            "",
            "八、资源勘探工业信息等支出",
            _0,
            "商品和服务支出",
            "162812960.00",
            "八、对企业资本性支出",
            _0,
        ),
    ),
    (
        59,
        (
            "9",
            "",
            "",
            "九、金融支出",
            _0,
            "对个人和家庭的补助",
            _0,
            "九、对个人和家庭的补助",
            "15800.00",
        ),
    ),
    (
        59,
        (
            "10",
            "",
            "",
            "十、其他支出",
            "167781553.36",
            "债务付息及费用支出",
            _0,
            "十、对社会保障基金补助",
            _0,
        ),
    ),
    (
        59,
        (
            "11",
            "",
            "",
            "十一、转移性支出",
            _0,
            "资本性支出(基本建设)",
            _0,
            "十一、债务利息及费用支出",
            _0,
        ),
    ),
    (59, ("12", "", "", "十二、债务还本支出", _0, "资本性支出", _0, "十二、债务还本支出", _0)),
    (
        59,
        (
            "13",
            "",
            "",
            "十四、债务付息支出",
            _0,
            "对企业补助(基本建设）",
            _0,
            "十三、转移性支出",
            _0,
        ),
    ),
    (59, ("14", "", "", "十五、债务发行费用支出", _0, "对企业补助", _0, "十四、预备费及预留", _0)),
    (59, ("15", "", "", "", "", "对社会保障基金补助", _0, "十五、其他支出", _0)),
    (59, ("16", "", "", "", "", "其他支出", _0, "", "")),
    (59, ("17", "", "", "", "", "三、上缴上级支出", _0, "", "")),
    (60, _FUND_TITLE),
    (60, _FUND_GROUPS),
    (60, _FUND_LABELS),
    (60, ("18", "", "", "", "", "四、事业单位经营支出", _0, "", "")),
    (60, ("19", "", "", "", "", "五、对附属单位补助支出", _0, "", "")),
    (60, ("20", "", "", "", "", "", "", "", "")),
    (
        60,
        (
            "21",
            "本年收入合计",
            "167781553.36",
            "本年支出合计",
            "167781553.36",
            "本年支出合计",
            "167781553.36",
            "本年支出合计",
            "167781553.36",
        ),
    ),
]


def _fund_document(rows: list[tuple[int, str | tuple[str, ...]]]) -> Document:
    return build_document(_lines(rows), form="pdf", source="xian-fund", findings=[])


def _errors(document: Document, table: int) -> list[str]:
    return sorted(f.rule for f in validate(document).errors if f.table == table)


def test_the_government_fund_table_is_read_into_its_four_lists() -> None:
    document = _fund_document(XIAN_10_FUND)
    assert not document.other_tables
    table = document.table(25)
    assert table is not None
    assert table.kind == "government_fund_summary"
    assert table.printed_title == _FUND_TITLE
    items = {(r.item, r.side): r for r in table.rows if r.item}
    assert items["fund_budget", "income"].values["income"] == Decimal("167781553.36")
    assert items["income_total", "income"].values["income"] == Decimal("167781553.36")
    assert items["expenditure_total", "expenditure"].values["expenditure"] == Decimal(
        "167781553.36"
    )
    # The function list's 类 by name, their codes (十四、债务付息支出 is 232: no 十三 printed).
    classes = {r.code.digits: r.values["expenditure"] for r in table.rows if r.code is not None}
    assert classes["229"] == Decimal("167781553.36")
    assert classes["232"] == Decimal("0.00")
    assert len(classes) == 14
    # 工资福利支出 under 人员经费和公用经费 and under 专项业务经费: told apart by the order.
    assert items["dept_basic_wages", "expenditure"].values["department_economic"] == Decimal(
        "4952793.36"
    )
    assert items["dept_project_wages", "expenditure"].values["department_economic"] == Decimal(
        "0.00"
    )
    assert items["dept_basic_capital", "expenditure"].name == "其他资本性支出"
    assert items["gov_institution_subsidy", "expenditure"].values["government_economic"] == Decimal(
        "18765753.36"
    )
    assert items["gov_current_year", "expenditure"].values["government_economic"] == Decimal(
        "167781553.36"
    )
    assert not [f for f in document.findings if f.rule == "parse.row.unknown_item"]
    assert _errors(document, 25) == []


def _replaced(serial: str, at: int, new: str) -> list[tuple[int, str | tuple[str, ...]]]:
    """XIAN_10_FUND with cell ``at`` of the row numbered ``serial`` printed ``new``."""
    return [
        (
            page,
            (*row[:at], new, *row[at + 1 :])
            if isinstance(row, tuple) and row[0] == serial
            else row,
        )
        for page, row in XIAN_10_FUND
    ]


@pytest.mark.parametrize(
    ("serial", "at", "new", "rule"),
    [
        # 对个人和家庭的补助 of 人员经费和公用经费 misprinted: its group no longer adds up.
        ("4", 6, "15000.00", "T25.items.dept_basic_eq_sum_of_parts"),
        # 对事业单位经常性补助 misprinted: the 政府 list no longer adds up to its 本年支出合计.
        ("5", 8, "18765753.00", "T25.items.gov_current_year_eq_sum_of_parts"),
        # 十、其他支出 misprinted: the 类 no longer add up to 本年支出合计.
        ("10", 4, "167781553.00", "T25.sides.expenditure_total_eq_sum_of_classes"),
    ],
)
def test_a_misprinted_amount_breaks_its_lists_sum(
    serial: str, at: int, new: str, rule: str
) -> None:
    assert rule in _errors(_fund_document(_replaced(serial, at, new)), 25)


def test_a_zero_in_a_blank_slot_names_nothing() -> None:
    # xian-09 (2022) prints 0.00 under the income list's blank labels.
    document = _fund_document(_replaced("2", 2, _0))
    table = document.table(25)
    assert table is not None
    assert [r.values["income"] for r in table.rows if r.side == "income" and not r.item] == [
        Decimal("0.00")
    ]
    assert not [f for f in document.findings if f.rule == "parse.row.unknown_item"]


# xian-06 page 32 (2026, 是否空表 是): the labels printed, no amount; the rows under
# 十、其他支出 left as text by the PDF reader.
_EMPTY = ("", "", "")
XIAN_06_FUND: list[tuple[int, str | tuple[str, ...]]] = [
    (32, "表9"),
    (32, "部门综合预算政府性基金收支表"),
    (32, "单位：元"),
    (32, ("", "收入", "", "", "", "支出", "", "", "")),
    (32, ("项目", "", *_FUND_LABELS[2:])),  # 项目's 预算数 one cell right
    (
        32,
        (
            "一、政府性基金拨款",
            "",
            "",
            "一、科学技术支出",
            "",
            "一、人员经费和公用经费支出",
            "",
            "一、机关工资福利支出",
            "",
        ),
    ),
    (
        32,
        (
            *_EMPTY,
            "二、文化旅游体育与传媒支出",
            "",
            "工资福利支出",
            "",
            "二、机关商品和服务支出",
            "",
        ),
    ),
    (32, (*_EMPTY, "三、社会保障和就业支出", "", "商品和服务支出", "", "三 、机关资本性支出", "")),
    (32, (*_EMPTY, "十、其他支出", "", "债务付息及费用支出", "", "十、其他支出", "")),
    (32, "资本性支出(基本建设)"),
    (32, "本年收入合计 本年支出合计 本年支出合计 本年支出合计"),
]


def test_the_2026_empty_form_is_table_25_without_amounts() -> None:
    document = _fund_document(XIAN_06_FUND)
    assert not document.other_tables
    table = document.table(25)
    assert table is not None
    assert table.rows
    assert all(v is None for r in table.rows for v in r.values.values())
    items = {r.item for r in table.rows}
    assert {"fund_budget", "dept_basic", "gov_wages", "gov_capital", "gov_other"} <= items
    assert {r.code.digits for r in table.rows if r.code is not None} == {"206", "207", "208", "229"}
    assert not [f for f in document.findings if f.rule == "parse.row.unknown_item"]
    assert _errors(document, 25) == []


# xian-06 page 42 (表11 as printed): the first rows.
_CARRYOVER_HEADER = (
    "预算单位代码",
    "预算单位名称",
    "预算项目名称",
    "金额",
    "功能分类科目代码",
    "功能分类科目名称",
    "政府经济分类科目代码",
    "政府经济分类科目名称",
    "项目类别",
    "资金性质",
    "备注",
)
XIAN_06_CARRYOVER: list[tuple[int, str | tuple[str, ...]]] = [
    (42, "表11"),
    (42, "部门综合预算财政拨款上年结转资金支出表"),
    (42, "单位：元"),
    (42, _CARRYOVER_HEADER),
    (42, ("", "合计", "", "6,810,000.00", *[""] * 7)),
    (42, ("1", "全额", "", "6,810,000.00", *[""] * 7)),
    (
        42,
        (
            "153001",
            "西安市公安局",
            "长安区监管场所建设项目（南建）",
            "6,810,000.00",
            "2040299",
            "其他公安支出",
            "50401",
            "房屋建筑物购建",
            "专用项目",
            "一般债券",
            "",
        ),
    ),
]


def test_the_carryover_list_of_projects_stays_generic_with_its_reason() -> None:
    document = build_document(
        _lines(XIAN_06_CARRYOVER), form="pdf", source="xian-shape", findings=[]
    )
    assert document.table(11) is None
    (generic,) = document.other_tables
    assert generic.title == "部门综合预算财政拨款上年结转资金支出表"
    assert "not 表11's layout" in generic.reason
