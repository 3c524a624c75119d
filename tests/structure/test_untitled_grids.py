"""Grids no standard kind reads, kept generic with what they are (issue 15).

Every excerpt is lines of a real PDF of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to a few rows.
"""

from __future__ import annotations

from xjbudget import parse_text
from xjbudget.model import Document, Location
from xjbudget.parse import build_document
from xjbudget.sources.lines import SourceLine

T = "\t"

# guangzhou-02.pdf pages 16-17: 表7 一般公共预算项目支出情况表（按经济分类科目）, then 表8
# (行政经费及“三公”经费, the guangdong template's signature).
GUANGZHOU_PROJECTS_BY_CLASS = """2026年
广州市气象局部门预算
表7
一般公共预算项目支出情况表（按经济分类科目）
单位名称：广州市气象局\t单位：万元
部门预算支出经济科目\t预算
合计\t1,505.38
[302]商品和服务支出\t1,460.03
[30205]水费\t18.50
[30206]电费\t137.00
[310]资本性支出\t45.35
[31003]专用设备购置\t3.00
注：无。
表8
财政拨款安排的行政经费及“三公”经费预算表
单位名称：广州市气象局\t\t\t\t单位：万元
项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算
行政经费\t523.62\t523.62\t0.00\t0.00
“三公”经费\t26.11\t26.11\t0.00\t0.00
"""


def _generic(document: Document, title: str) -> list[str]:
    return [g.reason for g in document.other_tables if g.title == title]


def test_guangzhou_project_spending_by_class_stays_generic_with_its_reason() -> None:
    document = parse_text(GUANGZHOU_PROJECTS_BY_CLASS)
    assert document.meta.family == "guangdong"
    (reason,) = _generic(document, "一般公共预算项目支出情况表（按经济分类科目）")
    assert "guangdong template only" in reason and "economic class" in reason
    (kept,) = [g for g in document.other_tables if g.reason == reason]
    assert kept.body[0] == ("合计", "1,505.38") and len(kept.body) == 6


# shanghai-08.pdf pages 16-17: the end of 单位预算表9 (…经济分类预算表, the shanghai template's
# signature), then 单位预算表10, printed by this document only of the ten 上海 PDFs.
SHANGHAI_PROJECTS_BY_FUNCTION = """上海市2026年市级单位预算
预算单位：上海钻石宝玉石交易联合管理办公室
单位预算表9
2026年预算单位一般公共预算基本支出部门预算经济分类预算表
编制单位：上海钻石宝玉石交易联合管理办公室 单位：元
部门预算支出经济分类科目\t\t\t合计\t人员经费\t公用经费
类\t款\t名称\t\t\t
302\t99\t其他商品和服务支出\t38,880\t\t38,880
合计\t\t\t6,963,086\t2,994,733\t3,968,353
单位预算表10
2026年预算单位财政拨款项目支出预算表
编制单位：上海钻石宝玉石交易联合管理办公室 单位：元
功能分类科目编码\t\t\t功能分类科目名称\t序号\t项目名称\t预算数
类\t款\t项\t\t\t\t
201\t\t\t一般公共服务支出\t\t\t270,000
201\t13\t\t商贸事务\t\t\t270,000
201\t13\t02\t一般行政管理事务\t\t\t270,000
\t\t\t\t1\t钻石宝玉石产业发展专项\t270,000
合 计\t\t\t\t\t\t270,000
"""


def test_shanghai_project_spending_by_function_stays_generic_with_its_reason() -> None:
    document = parse_text(SHANGHAI_PROJECTS_BY_FUNCTION)
    assert document.meta.family == "shanghai"
    (reason,) = _generic(document, "2026年预算单位财政拨款项目支出预算表")
    assert "shanghai template only" in reason and "项目名称" in reason


def _lines(page: int, *texts: str) -> list[SourceLine]:
    return [
        SourceLine(text, Location(page=page), tuple(text.split(T)) if T in text else None)
        for text in texts
    ]


# guangzhou-07.pdf: the cover, 表8 (page 21), and part 3's 七、重点项目预算绩效目标情况
# (pages 58-61, cut to a few rows): the grid under no title, its header printed on every
# page; the rows above a project's amount are its target's text; the last lines of a page
# are text without cells (they end the grid's block in the narrative); on page 61 the head
# of 预算数（单位：万元） is wrapped onto a line of text above the header row.
GUANGZHOU_07 = [
    *_lines(1, "2026年", "广州市市场监督管理局部门预算"),
    *_lines(8, "第二部分 2026年部门预算表"),
    *_lines(
        21,
        "表8",
        "财政拨款安排的行政经费及“三公”经费预算表",
        "单位名称：广州市市场监督管理局\t\t\t\t单位：万元",
        "项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算",
        "行政经费\t2,345.80\t2,345.80\t0.00\t0.00",
        "“三公”经费\t699.13\t699.13\t0.00\t0.00",
    ),
    *_lines(
        58,
        "第三部分 2026年部门预算情况说明",
        "七、重点项目预算绩效目标情况",
        "2026年，本部门重点项目绩效目标情况如下：",
    ),
    *_lines(
        59,
        "项目\t预算数（单位：万元）\t绩效目标",
        "\t\t依据《广州市质量发展与标准化战略专项",
        "\t\t资金管理办法》，对广州经济社会发展作出",
        "市长质量奖\t650\t量奖、中国质量奖、中国质量奖提名奖和广",
        "\t\t主创新能力和综合竞争力。",
        "发展资金\t1,765.05\t域、新业态知识产权保护水平和预警能力，",
        "\t\t市”。",
        "市场监管业务经费\t964.22\t联网广告等领域监测和执法取证鉴定等工",
        "作，做好虚假材料登记案件办理，进一步强",
        "续向好。",
    ),
    *_lines(
        60,
        "项目\t预算数（单位：万元）\t绩效目标",
        "\t\t通过实施该项目，组织开展食品、药品、",
        "标准化业务经费（广州市标准化研究院）\t933.3\t助标准化手段促进规则对接，要素畅通",
        "\t\t通过本项目保障计量标准器溯源送检、水",
        "检验检测等业务成本经费\t\t电费、差旅费、检测报告印刷费、委托业务",
        "（广州计量检测技术研究\t3,988\t费、检测用设备的维修费等费用支出，保障",
        "院）\t\t正常开展社会计量器具的检测工作，提升计",
        "量院服务社会水平。",
    ),
    *_lines(
        61,
        "预算数（单位：万",
        "项目\t元）\t绩效目标",
        "\t\t通过项目实施达到的目标主要是加强普惠性、基础性",
        "广州计量院计量检定\t\t需求相匹配。使广州市计量科技创新水平大幅提升，关",
        "装备建设项目（广州计量检测技术研究\t1,595.4\t键领域计量技术取得重大突破",
        "院）\t\t我市先进制造业发展需求，建立一批制造急需的计量标",
    ),
]

# shenzhen-02.pdf page 11: 第七部分 重点项目预算绩效情况说明, the grid by unit and project
# (cut to two rows), and 表7 of page 27 (一般公共预算支出表（按功能分类）, the guangdong
# template's signature).
SHENZHEN_02 = [
    *_lines(1, "深圳市统计局2026年部门预算"),
    *_lines(4, "一、文字部分", "第一部分 部门概况"),
    *_lines(
        11,
        "第七部分 重点项目预算绩效情况说明",
        "2026年，本单位重点项目绩效目标情况如下：",
        "二级预算单位名称\t一级项目名称\t预算数（万元）\t绩效目标",
        "深圳市统计局（本级）\t统计管理\t352.27\t为统计管理工作提供支持保障，2026年预计完成"
        "不少于4次统计大讲堂。",
        "深圳市统计局（本级）\t政务信息化项目（运行维护服务）\t7.50\t完成电子政务内网在运行"
        "过程中规范化管理。",
        "备注：无。",
    ),
    *_lines(12, "第八部分 其他需要说明情况", "一、机关运行经费"),
    *_lines(
        27,
        "二、表格部分",
        "表7",
        "一般公共预算支出表（按功能分类）",
        "部门名称：深圳市统计局\t\t单位：万元",
        "功能分类科目\t\t合计",
        "科目编码\t科目名称\t",
        "201\t一般公共服务支出\t5,912.23",
    ),
]

_TARGETS = "the key projects' performance targets"


def _untitled(lines: list[SourceLine], source: str) -> tuple[Document, list[str]]:
    document = build_document(lines, form="pdf", source=source, findings=[])
    return document, [g.reason for g in document.other_tables if not g.title]


def test_guangzhou_key_project_targets_are_one_grid_over_pages_with_its_reason() -> None:
    document, reasons = _untitled(GUANGZHOU_07, "guangzhou-07")
    assert document.meta.family == "guangdong"
    # Pages 59, 60 and 61 (its header's head wrapped above it) are one grid.
    (reason,) = reasons
    assert reason.startswith(_TARGETS) and "guangdong template" in reason
    (grid,) = [g for g in document.other_tables if not g.title]
    # The rows above the first amount with decimals are the grid's header rows.
    amounts = [row[1] for row in (*grid.header, *grid.body) if row[1][:1].isdigit()]
    assert amounts == ["650", "1,765.05", "964.22", "933.3", "3,988", "1,595.4"]


def test_shenzhen_key_project_targets_by_unit_keep_their_reason() -> None:
    document, reasons = _untitled(SHENZHEN_02, "shenzhen-02")
    assert document.meta.family == "guangdong"
    assert len(reasons) == 1 and reasons[0].startswith(_TARGETS)
