"""西安's rows misread where a table's own layout was not followed (rows copied from
the real PDFs of ../shared/corpus/real, pages as printed). A row of cells is written
``"a|b|c"`` (:func:`_cells`), a line of text as it is."""

from __future__ import annotations

from decimal import Decimal

from xjbudget import Document, coverage, validate
from xjbudget.model import Location, Table
from xjbudget.parse import build_document
from xjbudget.sources.lines import SourceLine

from .test_single_row_page import GUANGZHOU, _lines

Rows = list[tuple[int, str | tuple[str, ...]]]


def _cells(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


def _read(rows: Rows) -> Document:
    return build_document(_lines(rows), form="pdf", source="xian-shape", findings=[])


def _table(document: Document, number: int) -> Table:
    table = document.table(number)
    assert table is not None
    return table


def _errors(document: Document, number: int) -> list[str]:
    return [f.rule for f in validate(document).errors if f.table == number]


# xian-03 pages 34-35 (表5): page 35 prints its header again with 功能科目名称 over two
# cells, its rows the name in the first of them and an empty cell before 合计.
XIAN_T5: Rows = [
    (34, "表5"),
    (34, "部门综合预算一般公共预算支出明细表（按支出功能分类科目）"),
    (34, "单位：元"),
    (34, _cells("功能科目编码|功能科目名称|合计|人员经费支出|公用经费支出|专项业务经费支出|备注")),
    (34, _cells("221|住房保障支出|10,668,681.91|10,668,681.91|||")),
    (34, _cells("22102|住房改革支出|10,668,681.91|10,668,681.91|||")),
    (35, _cells("功能科目编码||功能科目名称|合计|人员经费支出|公用经费支出|专项业务经费支出|备注")),
    (35, _cells("2210201|住房公积金||8,318,655.79|8,318,655.79|||")),
    (35, _cells("2210203|购房补贴||2,350,026.12|2,350,026.12|||")),
]


def test_a_page_whose_key_columns_end_later_is_read_by_its_own_header() -> None:
    document = _read(XIAN_T5)
    by_code = {r.code.digits: r for r in _table(document, 5).rows if r.code is not None}
    fund = by_code["2210201"]
    assert fund.name == "住房公积金"
    assert fund.values["total"] == fund.values["personnel"] == Decimal("8318655.79")
    assert fund.values["public_use"] is None
    assert by_code["2210203"].values["total"] == Decimal("2350026.12")
    assert not _errors(document, 5)


# xian-07 pages 46-47 (表10 专项业务经费支出表, 表18), 252002's rows: the marker of page
# 47's table is printed at the foot of page 46, under its last row; its title on page 47.
_T18_TITLE = "2022年部门综合预算专项业务经费支出表（不含上年结转）"
_T18_HEADER = _cells("单位编码|单位（项目）名称|项目金额|项目简介")
_FUND = "（3033生态环境专项资金西安市生态环境局）"
XIAN_T18: Rows = [
    (46, "表10"),
    (46, _T18_TITLE),
    (46, "单位：元"),
    (46, _T18_HEADER),
    (46, _cells("252002|西安市智慧环保综合指挥中心|77766414.00|")),
    (46, _cells("|专用项目|77766414.00|")),
    (46, _cells("|其他履职尽责专项业务费|77766414.00|")),
    (46, _cells("|2 022年跨年度项目需支付合同尾款|1794300.00|")),
    (46, _cells(f"|西 安市智慧生态环境执法监管系统项目{_FUND}|6000000.00|")),
    (46, _cells(f"|扬 尘设备监控管理平台项目{_FUND}|6000000.00|")),
    (46, _cells("|指 挥中心运行维护费|16246132.00|")),
    (46, _cells(f"|指 挥中心资源平台升级项目{_FUND}|7725982.00|")),
    (46, _cells(f"|智 慧环保运维、3参数运维和云计算运维项目{_FUND}|30000000.00|")),
    (46, "表10"),
    (47, _T18_TITLE),
    (47, "单位：元"),
    (47, _T18_HEADER),
    (47, _cells(f"|智 慧环保运维项目（2021.032022.02）合同尾款项目{_FUND}|10000000.00|")),
    (47, _cells("252003|西安市环境监理处|3461600.00|")),
    (47, _cells("|专用项目|3461600.00|")),
    (47, _cells("|（ 监理处）生态环境保护综合执法无人机|2400000.00|")),
    (47, _cells("|（ 监理处）渭河流域入河排污口无人机排查|1061600.00|")),
]


def test_a_marker_at_the_foot_of_the_page_before_continues_the_table() -> None:
    document = _read(XIAN_T18)
    assert len([t for t in document.tables if t.number == 18]) == 1
    rows = _table(document, 18).rows
    last = next(r for r in rows if r.project and r.project.startswith("智慧环保运维项目"))
    assert last.parent is not None and rows[last.parent].name == "其他履职尽责专项业务费"
    assert not _errors(document, 18)


# xian-06 page 41 (表10, 表18), the end of 153013's 一般办案费: its last project is left as
# text by the PDF reader, the name wrapped over two lines around the amount. Part 1 of the
# document, where text after a table's rows ends it.
XIAN_T18_WRAPPED: Rows = [
    (41, "第一部分 部门综合预算公开报表"),
    (41, "表10"),
    (41, "部门综合预算专项业务经费支出表"),
    (41, "单位：元"),
    (41, _T18_HEADER),
    (41, _cells("153013|西安市公安局刑事侦查支队|22,960,000.00|")),
    (41, _cells("|专用项目|22,960,000.00|")),
    (41, _cells("|一般办案费|22,960,000.00|")),
    (41, _cells("|办案差旅|12,000,000.00|")),
    (41, _cells("|办案消耗费|10,830,000.00|")),
    (41, _cells("|协助破案费|30,000.00|")),
    (41, "刑侦总队补助涉黑线索核查专班工作"),
    (41, "100,000.00"),
    (41, "经费"),
    (42, "表11"),
    (42, "部门综合预算财政拨款上年结转资金支出表"),
]


def test_a_last_row_left_as_text_with_its_name_wrapped_around_its_amount() -> None:
    document = _read(XIAN_T18_WRAPPED)
    table = _table(document, 18)
    last = table.rows[-1]
    assert last.project == "刑侦总队补助涉黑线索核查专班工作经费"
    assert last.values["total"] == Decimal("100000.00")
    assert last.parent is not None and table.rows[last.parent].name == "一般办案费"
    assert not _errors(document, 18)


def test_a_note_after_the_last_row_stays_text() -> None:
    note = [(41, "注：本表反映专项业务经费。"), (41, "100,000.00")]
    document = _read([*XIAN_T18_WRAPPED[:11], *note])
    assert _table(document, 18).rows[-1].project == "协助破案费"


def test_a_page_number_under_a_line_of_words_is_no_row() -> None:
    # The amounts of a wrapped row are printed as the row above prints them (decimals).
    lines: Rows = [*XIAN_T18_WRAPPED[:11], (41, "以上为专项业务经费"), (41, "29")]
    assert _table(_read(lines), 18).rows[-1].project == "协助破案费"


def test_a_line_of_amounts_after_a_row_read_from_text_stays_text() -> None:
    # 广州's last row alone on its page, read from a line of text (test_single_row_page),
    # then a line of amounts only: no row's name is wrapped around it.
    rows: Rows = [*GUANGZHOU[:-1], (13, "1,493.12 1,493.12 0.00")]
    last = _table(_read(rows), 5).rows[-1]
    assert last.code is not None and (last.code.digits, last.name) == ("2210203", "购房补贴")


# xian-03 pages 47-48 (表12 政府采购, 表20): page 48 prints its header with two blank
# columns more than page 47's, so 预算金额 is two cells further right.
_ECONOMIC = "支出经济支出经济科目编码科目编码"
XIAN_T20: Rows = [
    (47, "表12"),
    (47, "部门综合预算政府采购（资产配置、购买服务）预算表"),
    (47, "单位：元"),
    (47, "部门预算政府预算"),
    (
        47,
        _cells(
            f"科目编码|单位编码|采购项目|采购目录|购买服务内容|规格型号|数量|{_ECONOMIC}"
            "||||实施采购时间|预算金额|说明"
        ),
    ),
    (47, _cells("类|款 项||||||类|款|类|款|||")),
    (47, _cells("|||合计|||9||||||1,359,600.00|")),
    (47, _cells("204|08 02 1|全额||||8||||||802,400.00|")),
    (
        47,
        _cells(
            "204|08 02|民警健康体检|C04070100体检服务||民警健康体检|1|302|27|502|05||214,200.00|"
        ),
    ),
    (48, "部门预算政府预算"),
    (
        48,
        _cells(
            f"科目编码|单位编码|采购项目||采购目录|购买服务内容||规格型号|数量|{_ECONOMIC}"
            "||||实施采购时间|预算金额|说明"
        ),
    ),
    (48, _cells("类|款 项||||||||类|款|类|款|||")),
    (48, _cells("204|08 99 1|全额|||||||1|||||557,200.00|")),
    (48, _cells("204|08 99|警用服装购置|A05030301制服|||警服|||1 302|24|502|04||557,200.00|")),
]


def test_a_procurement_page_with_more_columns_is_read_by_its_own_header() -> None:
    document = _read(XIAN_T20)
    last = _table(document, 20).rows[-1]
    assert last.project == "警用服装购置"
    assert last.values["total"] == Decimal("557200.00")
    assert dict(last.texts)["gov_economic"] == "50204"
    assert not [f for f in document.findings if f.rule == "parse.cell.unplaced"]


def _cell_lines(rows: list[tuple[str, ...]]) -> list[SourceLine]:
    return [
        SourceLine(" ".join(r), Location(line=i, page=58), cells=r) for i, r in enumerate(rows, 1)
    ]


def test_quantities_with_decimals_and_specifications_are_not_amounts() -> None:
    # xian-05 p58 (2022 政府采购预算表): 数量 prints 8980334.74 in its 合计 row (square
    # metres, hours …), and xian-03 p47 a 规格型号 of 1; only 预算金额 holds amounts.
    header = "科目编码|||单位编码|采购项目|采购目录|购买服务内容|规格型号|数量"
    header += "|部门预算支出经济科目编码||政府预算支出经济科目编码||实施采购时间|预算金额|说明"
    lines = _cell_lines(
        [
            _cells(header),
            _cells("类|款|项|||||||类|款|类|款|||"),
            _cells("||||合计||||8980334.74||||||87323949.20|"),
            _cells(
                "201|26|04||城建档案的接收、保管、利用、编研和电子化管理|C99其他服务|||"
                "6669667.67|302|27|502|05||2630000.00|"
            ),
            _cells("212|01|06||教材编研费|C0901技术测试和分析服务||1|3|302|27|505|02||880000.00|"),
        ]
    )
    assert coverage._printed(lines) == 3
    # Under a header without those labels the quantities and the 规格型号 are counted.
    unlabelled = tuple("" if c in ("规格型号", "数量") else c for c in lines[0].cells or ())
    assert coverage._printed([*_cell_lines([unlabelled]), *lines[1:]]) == 7


# xian-10 page 48 (2021): no 表N marker, the title's classification on a line of its own.
_T12_HEADER = "序号|部门经济科目编码|部门经济科目名称|政府经济科目编码|政府经济科目名称|合计"
XIAN_2021_T12: Rows = [
    (48, "2021年部门综合预算一般公共预算支出明细表"),
    (48, "（按支出经济分类科目-不含上年结转）"),
    (48, _cells(f"{_T12_HEADER}|人员经费支出|公用经费支出|专项业务经费支出|备注")),
    (48, _cells("1||合计|||7,860,482.40|7,860,482.40|0.00|0.00|")),
    (48, _cells("2|30101|基本工资|50101|工资奖金津补贴|7,860,482.40|7,860,482.40|0.00|0.00|")),
]


def test_a_title_with_its_classification_on_the_next_line_names_its_table() -> None:
    document = _read(XIAN_2021_T12)
    assert document.table(5) is None
    title = "2021年部门综合预算一般公共预算支出明细表（按支出经济分类科目-不含上年结转）"
    assert _table(document, 12).title == title


# xian-08 page 31 (2022 表8, 表6 by economic class): a 序号 numbers every row.
XIAN_2022_T6: Rows = [
    (31, "表8"),
    (31, "2022年部门综合预算一般公共预算基本支出明细表（按支出经济分类科目-不含上年结转）"),
    (31, "金额单位：元"),
    (31, _cells(f"{_T12_HEADER}|人员经费支出|公用经费支出|备注")),
    (31, _cells("1||合计|||14587091.33|13593324.02|993767.31|")),
    (31, _cells("2|301|工资福利支出|||12328074.22|12328074.22|0.00|")),
    (31, _cells("3|30101|基本工资|50101|工资奖金津补贴|3431345.40|3431345.40|0.00|")),
]


def test_a_row_number_is_no_part_of_a_rows_code_or_name() -> None:
    document = _read(XIAN_2022_T6)
    total, wages, basic = _table(document, 6).rows
    assert (total.role, total.name) == ("total", "合计")
    assert wages.code is not None and (wages.code.digits, wages.name) == ("301", "工资福利支出")
    assert basic.code is not None and basic.code.digits == "30101"
    assert basic.name.startswith("基本工资")
    assert not [f for f in document.findings if f.rule == "parse.row.economic_name"]


def test_the_government_economic_class_is_the_rows_gov_code() -> None:
    # The same rows: 政府经济科目编码 | 政府经济科目名称 beside the 部门 class.
    wages, basic = _table(_read(XIAN_2022_T6), 6).rows[1:]
    assert wages.gov_code is None
    assert basic.gov_code is not None
    assert (basic.name, basic.gov_code.digits) == ("基本工资", "50101")
