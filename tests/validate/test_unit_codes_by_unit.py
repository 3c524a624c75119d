"""Rows of a table by unit summed by their printed unit codes: 表14 and 表15 (issue 15).

西安 prints its 收入总表 and 支出总表 by unit (表14, 表15): 合计, the department's row (its
unit code of three digits), then each unit's (the department's code and three more). The
lines below are xian-09.pdf pages 42-43 (表14, 2022: the marker 表2 on the first page only,
the title, 预算单位 line and header printed again on the second) and xian-06.pdf page 23
(表14, 2026: two units printing the same code), as the PDF reader gives them (cells
joined by tabs).
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from xjbudget.model import Document, Location
from xjbudget.parse import build_document
from xjbudget.sources.lines import SourceLine
from xjbudget.validate import validate

HEAD = ("西安市自然资源和规划局", "2022年部门预算公开", "第二部分 2022年部门综合预算公开报表")

XIAN_09_P42 = (
    "表2",
    "2022年部门综合预算收入总表",
    "预算单位：西安市自然资源和规划局 金额单位：元",
    "序号\t单位编码\t单位名称\t部门预算\t\t\t\t\t\t\t\t\t\t\t",
    "\t\t\t合计\t一般公共预算拨款\t\t政府性基金拨款\t上级补助收入\t事业收入\t事业单位经营收入\t对附属单位上缴收入\t用事业基金弥补收支差额\t上年结转\t上年实户资金余额\t其他收入",
    "\t\t\t\t小计\t其中：专项资金列入部门预算项目\t\t\t\t\t\t\t\t\t",
    "1\t\t合计\t3720011901.80\t640224693.80\t100000000.00\t3031779608.00\t0.00\t0.00\t48007600.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "2\t251\t西安市自然资源和规划局\t3720011901.80\t640224693.80\t100000000.00\t3031779608.00\t0.00\t0.00\t48007600.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "3\t251001\t西安市自然资源和规划局\t466513902.73\t448554482.73\t100000000.00\t17959420.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "4\t251002\t西安市土地储备交易中心\t3022201707.41\t8381519.41\t0.00\t3013820188.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "5\t251003\t西安市国土资源执法监察队\t6946285.57\t6946285.57\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "6\t251004\t陕西周至国家级自然保护区管理局\t29353563.81\t29353563.81\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "7\t251005\t西安市林木病虫害防治检疫站\t7718301.73\t7718301.73\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "8\t251006\t西安市野生动植物保护管理站\t5984011.92\t5984011.92\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "9\t251007\t秦岭终南山世界地质公园管理办公室\t2286620.06\t2286620.06\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "10\t251008\t西安市地质环境监测站\t7980195.57\t7980195.57\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "11\t251009\t西安市不动产登记服务中心\t59371463.92\t59371463.92\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "12\t251010\t西安市不动产信息档案管理中心\t29435521.54\t29435521.54\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "13\t251011\t西安市不动产权籍调查中心\t7034280.82\t7034280.82\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "14\t251012\t西安市林木种苗工作站\t6607383.16\t6607383.16\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "15\t251013\t西安市湿地保护管理中心\t8667258.59\t8667258.59\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
)
XIAN_09_P43 = (
    "2022年部门综合预算收入总表",
    "预算单位：西安市自然资源和规划局 金额单位：元",
    "序号\t单位编码\t单位名称\t部门预算\t\t\t\t\t\t\t\t\t\t\t",
    "\t\t\t合计\t一般公共预算拨款\t\t政府性基金拨款\t上级补助收入\t事业收入\t事业单位经营收入\t对附属单位上缴收入\t用事业基金弥补收支差额\t上年结转\t上年实户资金余额\t其他收入",
    "\t\t\t\t小计\t其中：专项资金列入部门预算项目\t\t\t\t\t\t\t\t\t",
    "16\t251014\t西安市小王涧国有生态林场\t8256377.53\t8256377.53\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "17\t251015\t西安市城市规划展览馆\t2601188.16\t2601188.16\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "18\t251016\t西安市自然资源和规划信息中心\t49053839.28\t1046239.28\t0.00\t0.00\t0.00\t0.00\t48007600.00\t0.00\t0.00\t0.00\t0.00\t0.00",
)
XIAN_06_P23 = (
    "表2",
    "部门综合预算收入总表",
    "单位：元",
    "部门预算",
    "一般公共预算拨款",
    "单位编码\t单位名称\t合计\t小计\t其中：专项资金列入部门预算项\t政府性基金拨款\t上级补助收入\t事业收入\t事业单位经营收入\t使用非财政拨款结余\t对附属单位上缴收入\t上年结转\t上年实户资金余额\t其他收入",
    "\t\t\t\t目\t\t\t\t\t\t\t\t\t",
    "\t合计\t3,444,476,979.18\t3,246,385,029.74\t30,890,000.00\t\t\t\t\t\t\t131,027,041.73\t32,624,907.71\t34,440,000.00",
    "153\t西安市公安局\t3,444,476,979.18\t3,246,385,029.74\t30,890,000.00\t\t\t\t\t\t\t131,027,041.73\t32,624,907.71\t34,440,000.00",
    "153001\t西安市公安局\t1,103,327,251.62\t1,019,540,273.93\t23,690,000.00\t\t\t\t\t\t\t33,129,008.64\t30,657,969.05\t20,000,000.00",
    "153002\t西安市公安局交通管理支队\t1,181,831,909.95\t1,181,831,909.95\t6,000,000.00\t\t\t\t\t\t\t\t\t",
    "153002\t西安市公安局交通警察支队\t54,696,640.13\t\t\t\t\t\t\t\t\t54,696,640.13\t\t",
    "153003\t西安市公安局监所管理支队\t493,512,514.81\t437,870,683.19\t\t\t\t\t\t\t\t41,864,892.96\t1,336,938.66\t12,440,000.00",
    "153006\t西安市公安局人民警察训练支队\t32,370,500.91\t32,370,500.91\t1,200,000.00\t\t\t\t\t\t\t\t\t",
    "153011\t西安市公安局治安管理局\t1,336,500.00\t\t\t\t\t\t\t\t\t1,336,500.00\t\t",
    "153011\t西安市公安局治安管理支队\t104,585,922.34\t104,085,922.34\t\t\t\t\t\t\t\t\t500,000.00\t",
    "153012\t西安市公安局公交轨道公安局\t306,022,107.05\t305,992,107.05\t\t\t\t\t\t\t\t\t30,000.00\t",
    "153013\t西安市公安局刑事侦查支队\t166,793,632.37\t164,693,632.37\t\t\t\t\t\t\t\t\t100,000.00\t2,000,000.00",
)


def _pdf(pages: Sequence[tuple[int, Sequence[str]]]) -> Document:
    """The lines of PDF pages as the PDF reader gives them (cells split at tabs)."""
    lines = [
        SourceLine(text, Location(page=page), tuple(text.split("\t")) if "\t" in text else None)
        for page, texts in pages
        for text in texts
    ]
    numbered = [
        evolve(line, location=Location(line=i + 1, page=line.location.page))
        for i, line in enumerate(lines)
    ]
    return build_document(numbered, form="pdf", source="excerpt")


def _units(document: Document) -> list[tuple[str, str, str | None]]:
    report = validate(document, rules="T14.units")
    return [(f.rule, f.severity, f.column) for f in report.findings]


def test_a_table_numbered_on_its_first_page_only_is_one_table() -> None:
    document = _pdf(((41, HEAD), (42, XIAN_09_P42), (43, XIAN_09_P43)))
    tables = [t for t in document.tables if t.number == 14]
    assert len(tables) == 1
    codes = [r.item for r in tables[0].rows]
    assert codes[:3] == [None, "251", "251001"]
    assert codes[-3:] == ["251014", "251015", "251016"]


def test_the_department_row_is_the_sum_of_its_units_over_both_pages() -> None:
    # 251 部门预算 3,720,011,901.80 = 251001 … 251016, three of them on page 43.
    assert _units(_pdf(((41, HEAD), (42, XIAN_09_P42), (43, XIAN_09_P43)))) == []
    # Without page 43 the department row is 59,662,404.97 over its units' sum (and
    # 48,007,600.00 of 事业单位经营收入): the rule sees the units it is given.
    found = _units(_pdf(((41, HEAD), (42, XIAN_09_P42))))
    assert {(rule, severity) for rule, severity, _ in found} == {
        ("T14.units.unit_eq_sum_of_units", "error")
    }
    assert {column for _, _, column in found} == {
        "department_budget",
        "general_budget",
        "operating_income",
    }


def test_two_units_printing_one_code_are_both_under_the_department() -> None:
    # xian-06 p23: 153002 交通管理支队 and 交通警察支队, 153011 治安管理局 and 治安管理支队.
    assert _units(_pdf(((22, HEAD), (23, XIAN_06_P23)))) == []
    broken = tuple(
        line.replace("54,696,640.13\t\t\t", "54,696,641.13\t\t\t") for line in XIAN_06_P23
    )
    assert broken != XIAN_06_P23
    found = _units(_pdf(((22, HEAD), (23, broken))))
    assert ("T14.units.unit_eq_sum_of_units", "error", "total") in found


# guangzhou-05.pdf page 7 (广东): 收入总体情况表 by unit, the units named without codes.
GUANGZHOU_05_P7 = (
    "表2",
    "收入总体情况表",
    "单位名称：广州市人民政府国有资产监督管理委员会\t\t\t\t\t\t\t\t\t\t单位：万元\t",
    "单位名称\t合计\t财政拨款收入一般公共预政府性基金算预算\t国有资本经营预算\t财政专户拨款收入教育收费"
    "\t其他专户收入拨款\t其他资金收入事业收入\t事业单位经营收入\t其他收入\t上级补助收入"
    "\t附属单位上缴收入\t上年结转结余",
    "合计\t119,257.52\t11,103.520.00\t108,154.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "广州市人民政府国有资产监督管理委员会\t118,260.15\t10,106.150.00\t108,154.00\t0.00\t0.00"
    "\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00",
    "广州市市属国有企业巡察和财务监测事务中心\t997.37\t997.370.00\t0.00\t0.00\t0.00\t0.00\t0.00"
    "\t0.00\t0.00\t0.00\t0.00",
    "注：无。",
)
GUANGZHOU_HEAD = ("广州市人民政府国有资产监督管理委员会", "2025年部门预算", "第二部分 部门预算表")


def test_without_codes_the_total_is_the_sum_of_every_unit_row() -> None:
    # 合计 119,257.52 = 118,260.15 + 997.37 (一般公共预算 11,103.52 = 10,106.15 + 997.37).
    document = _pdf(((6, GUANGZHOU_HEAD), (7, GUANGZHOU_05_P7)))
    (table,) = [t for t in document.tables if t.number == 14]
    assert [r.role for r in table.rows] == ["total", "unit", "unit"]
    assert _units(document) == []
    broken = tuple(line.replace("\t997.37\t997.37", "\t998.37\t998.37") for line in GUANGZHOU_05_P7)
    assert broken != GUANGZHOU_05_P7
    assert _units(_pdf(((6, GUANGZHOU_HEAD), (7, broken)))) == [
        ("T14.units.total_eq_sum_of_top_units", "error", "total"),
        ("T14.units.total_eq_sum_of_top_units", "error", "general_budget"),
    ]
