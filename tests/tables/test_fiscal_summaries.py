"""表1/表4 of other templates and the 财政拨款 table by function, 表24 (issue 15).

Every excerpt is lines of a real PDF of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to a few rows: the template's numbering, title, header
and units as printed.
"""

from __future__ import annotations

from decimal import Decimal

from xjbudget import parse_text, validate
from xjbudget.model import Code

D = Decimal

# wuxi-01.pdf page 22 (公开05表, the first 类 of its rows): every 财政拨款 by function.
JIANGSU_FISCAL = """2026年度无锡市教育局部门预算公开
第二部分 2026年度部门预算表
公开05表
财政拨款支出表（功能科目）
部门名称：无锡市教育局 单位：万元
科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出
\t\t\t小计\t人员经费\t公用经费\t
合计\t\t44,286.98\t5,833.45\t5,465.66\t367.79\t38,453.53
205\t教育支出\t44,286.98\t5,833.45\t5,465.66\t367.79\t38,453.53
20501\t教育管理事务\t44,286.98\t5,833.45\t5,465.66\t367.79\t38,453.53
2050101\t行政运行\t1,631.11\t1,631.11\t1,495.82\t135.29\t
2050199\t其他教育管理事务支出\t42,655.87\t4,202.34\t3,969.84\t232.50\t38,453.53
"""

# shanghai-08.pdf page 14: 基本支出 over 人员经费 | 公用经费, no 小计; amounts in 元.
SHANGHAI_FISCAL = """2026年上海市某单位预算
2026年预算单位财政拨款支出预算表
编制单位：上海市某单位 单位：元
项目\t\t\t\t财政拨款支出\t\t\t
功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t\t项目支出
类\t款\t项\t\t\t人员经费\t公用经费\t
201\t\t\t一般公共服务支出\t6,783,536\t2,545,183\t3,968,353\t270,000
201\t13\t\t商贸事务\t6,783,536\t2,545,183\t3,968,353\t270,000
201\t13\t01\t行政运行\t6,513,536\t2,545,183\t3,968,353\t
201\t13\t02\t一般行政管理事务\t270,000\t\t\t270,000
221\t\t\t住房保障支出\t449,550\t449,550\t\t
221\t02\t\t住房改革支出\t449,550\t449,550\t\t
221\t02\t03\t购房补贴\t449,550\t449,550\t\t
合计\t\t\t\t7,233,086\t2,994,733\t3,968,353\t270,000
"""


def _errors(text: str) -> list[str]:
    return [f.rule for f in validate(parse_text(text)).errors]


def test_jiangsu_fiscal_expenditure_by_function_is_table_24() -> None:
    doc = parse_text(JIANGSU_FISCAL)
    table = doc.table(24)
    assert table is not None and table.kind == "fiscal_expenditure"
    assert table.printed_number == "公开05表"
    assert [c.key for c in table.columns] == [
        "total",
        "basic",
        "personnel",
        "public_use",
        "project",
    ]
    assert table.total_row is not None
    assert table.total_row.values["basic"] == D("5833.45")
    assert next(table.find("2050199")).values["project"] == D("38453.53")
    assert not [r for r in _errors(JIANGSU_FISCAL) if r.startswith(("T24.", "parse."))]


def test_shanghai_fiscal_expenditure_without_a_basic_column() -> None:
    doc = parse_text(SHANGHAI_FISCAL)
    table = doc.table(24)
    assert table is not None
    assert table.unit == "元"
    assert [c.key for c in table.columns] == ["total", "personnel", "public_use", "project"]
    assert next(table.find("2011301")).values["public_use"] == D("3968353")
    assert not [r for r in _errors(SHANGHAI_FISCAL) if r.startswith(("T24.", "parse."))]


def test_a_source_error_in_table_24_is_reported() -> None:
    # 205's 合计 one yuan off its 款: the tree sum says so, in 合计 only.
    text = JIANGSU_FISCAL.replace("205\t教育支出\t44,286.98", "205\t教育支出\t44,287.98")
    rules = _errors(text)
    assert "T24.tree.parent_eq_sum_of_children" in rules


# wuxi-01.pdf pages 15, 20, 22–23 (公开01表, 公开04表 with a few of its empty 类, 公开05表's
# 类 rows): income items worded 一、一般公共预算拨款收入 …, the 类 by name without code, one
# 预算数 column on the expenditure side of 公开04表.
JIANGSU_SUMMARIES = """2026年度无锡市教育局部门预算公开
第二部分 2026年度部门预算表
公开01表
收支总表
部门名称：无锡市教育局 单位：万元
收入\t\t支出\t
项目\t预算数\t项目\t预算数
一、一般公共预算拨款收入\t475,631.69\t一、一般公共服务支出\t
二、政府性基金预算拨款收入\t\t二、外交支出\t
三、国有资本经营预算拨款收入\t\t三、国防支出\t
四、财政专户管理资金收入\t243.00\t四、公共安全支出\t
五、事业收入\t6,577.00\t五、教育支出\t366,490.44
六、事业单位经营收入\t4,397.65\t六、科学技术支出\t50,527.00
七、上级补助收入\t\t七、文化旅游体育与传媒支出\t
八、附属单位上缴收入\t\t八、社会保障和就业支出\t28,656.75
九、其他收入\t25,585.00\t九、社会保险基金支出\t
\t\t十、卫生健康支出\t8,580.21
\t\t二十、住房保障支出\t58,179.94
本年收入合计\t512,434.34\t本年支出合计\t512,434.34
上年结转结余\t\t年终结转结余\t
收入总计\t512,434.34\t支出总计\t512,434.34
公开04表
财政拨款收支总表
部门名称：无锡市教育局 单位：万元
收入\t\t支出\t
项目\t预算数\t项目\t预算数
一、本年收入\t475,631.69\t一、本年支出\t475,631.69
（一）一般公共预算拨款\t475,631.69\t（一）一般公共服务支出\t
（二）政府性基金预算拨款\t\t（二）外交支出\t
（三）国有资本经营预算拨款\t\t（三）国防支出\t
二、上年结转\t\t（四）公共安全支出\t
（一）一般公共预算拨款\t\t（五）教育支出\t336,653.50
（二）政府性基金预算拨款\t\t（六）科学技术支出\t43,950.00
（三）国有资本经营预算拨款\t\t（七）文化旅游体育与传媒支出\t
\t\t（八）社会保障和就业支出\t28,555.99
\t\t（十）卫生健康支出\t8,549.98
\t\t（二十）住房保障支出\t57,922.22
\t\t二、年终结转结余\t
收入总计\t475,631.69\t支出总计\t475,631.69
公开05表
财政拨款支出表（功能科目）
部门名称：无锡市教育局 单位：万元
科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出
\t\t\t小计\t人员经费\t公用经费\t
合计\t\t475,631.69\t279,627.29\t262,303.68\t17,323.61\t196,004.40
205\t教育支出\t336,653.50\t184,599.10\t167,275.49\t17,323.61\t152,054.40
206\t科学技术支出\t43,950.00\t\t\t\t43,950.00
208\t社会保障和就业支出\t28,555.99\t28,555.99\t28,555.99\t\t
210\t卫生健康支出\t8,549.98\t8,549.98\t8,549.98\t\t
221\t住房保障支出\t57,922.22\t57,922.22\t57,922.22\t\t
"""

# shenzhen-01.pdf page 22 (表1 收支总表, its first two 类 with their 款 and 项 by name, the
# income list whole; the totals are those of the two 类 kept): 一、财政拨款 over the three
# budgets, 上年结余、结转.
SHENZHEN_SUMMARY = """2026年深圳市交通运输局部门预算
第二部分 2026年部门预算表
表1
收支总表
部门名称：深圳市交通运输局 单位：万元
收 入\t\t支 出\t
项 目\t2026年预算数\t项 目\t2026年预算数
一、财政拨款\t1,302.36\t一、教育支出\t41.99
1.一般公共预算拨款\t1,302.36\t进修及培训\t41.99
2.政府性基金预算拨款\t0.00\t培训支出\t41.99
3.国有资本经营预算拨款\t0.00\t二、社会保障和就业支出\t1,260.37
二、财政专户管理资金\t0.00\t行政事业单位养老支出\t1,260.37
三、单位资金\t0.00\t行政单位离退休\t353.70
1.事业收入\t0.00\t机关事业单位基本养老保险缴费支出\t611.41
2.事业单位经营收入\t0.00\t机关事业单位职业年金缴费支出\t295.26
3.上级补助收入\t0.00\t\t
4.附属单位上缴收入\t0.00\t\t
5.其他收入\t0.00\t\t
本年收入合计\t1,302.36\t本年支出合计\t1,302.36
上年结余、结转\t0.00\t结转下年\t0.00
1.财政拨款结余、结转\t0.00\t\t
2.非财政拨款结余、结转\t0.00\t\t
收入总计\t1,302.36\t支出总计\t1,302.36
"""

# yantai-10.pdf (公开表1, its 类 cut to one holding 本年支出合计): 上级补助收入 after
# 本年收入合计, part of 收入总计 only.
SHANDONG_SUMMARY = """烟台市某局2026年部门预算
第二部分 部门预算公开表
公开表1
收支总体情况表
部门（单位）：烟台市某局 单位：万元
收 入\t\t支 出\t
项目\t预算数\t项目\t预算数
一、财政拨款收入\t191,195.79\t一、一般公共服务支出\t191,394.79
一般公共预算收入\t191,114.39\t二、外交支出\t
政府性基金预算收入\t\t三、公共安全支出\t
国有资本经营预算收入\t81.40\t\t
二、财政专户管理资金收入\t\t\t
三、事业收入（不含教育收费）\t\t\t
四、事业单位经营收入\t\t\t
五、其他收入\t26.00\t\t
本 年 收 入 合 计\t191,221.79\t本 年 支 出 合 计\t191,394.79
上级补助收入\t173.00\t\t
附属单位上缴收入\t\t对附属单位的补助支出\t
使用非财政拨款结余\t\t上缴上级支出\t
上年结转\t\t结转下年\t
收 入 总 计\t191,394.79\t支 出 总 计\t191,394.79
"""


def test_jiangsu_summaries_read_by_name() -> None:
    doc = parse_text(JIANGSU_SUMMARIES)
    summary = doc.table(1)
    assert summary is not None and summary.printed_number == "公开01表"
    income = {r.item: r.values["income"] for r in summary.rows if r.side == "income"}
    assert income["general_budget"] == D("475631.69")
    assert income["special_account"] == D("243.00")
    assert income["current_year_income"] == D("512434.34")
    classes = {r.code.digits: r.values["expenditure"] for r in summary.rows if r.code}
    assert classes["205"] == D("366490.44") and classes["221"] == D("58179.94")
    fiscal = doc.table(4)
    assert fiscal is not None
    assert [c.key for c in fiscal.columns] == ["income", "total"]
    items = [r.item for r in fiscal.rows if r.side == "income" and r.item]
    assert items[:5] == [
        "current_year_income",
        "general_budget",
        "fund_budget",
        "soe_budget",
        "carryover",
    ]
    assert "carryover_general" in items
    assert next(fiscal.find("206")).values["total"] == D("43950.00")
    # No item, code or sum misread; 表24's total and 类 are 表4's.
    assert not [f for f in doc.findings if f.rule == "parse.row.unknown_item"]
    errors = _errors(JIANGSU_SUMMARIES)
    assert not [r for r in errors if r.startswith(("T1.", "T4.", "T24.", "cross.", "parse."))]


def test_a_class_off_its_table_24_is_reported() -> None:
    text = JIANGSU_SUMMARIES.replace(
        "（六）科学技术支出\t43,950.00", "（六）科学技术支出\t43,905.00"
    )
    assert "cross.T24_class_eq_T4_class" in _errors(text)


def test_shenzhen_sections_and_items_by_name() -> None:
    doc = parse_text(SHENZHEN_SUMMARY)
    summary = doc.table(1)
    assert summary is not None
    codes = [r.code.digits for r in summary.rows if r.code]
    assert codes == ["205", "20508", "2050803", "208", "20805", "2080501", "2080505", "2080506"]
    fiscal = next(r for r in summary.rows if r.item == "fiscal")
    assert fiscal.values["income"] == D("1302.36")
    errors = _errors(SHENZHEN_SUMMARY)
    assert not [r for r in errors if r.startswith(("T1.", "parse."))]
    # 二、社会保障和就业支出 one yuan off: the 类 no longer add up to 本年支出合计.
    wrong = SHENZHEN_SUMMARY.replace(
        "二、社会保障和就业支出\t1,260.37", "二、社会保障和就业支出\t1,261.37"
    )
    assert "T1.sides.expenditure_total_eq_sum_of_classes" in _errors(wrong)


def test_shandong_income_outside_the_year() -> None:
    doc = parse_text(SHANDONG_SUMMARY)
    summary = doc.table(1)
    assert summary is not None
    by_item = {r.item: r for r in summary.rows if r.item}
    assert by_item["upper_subsidy_other"].values["income"] == D("173.00")
    assert "upper_subsidy" not in by_item  # not a part of 本年收入合计 here
    errors = _errors(SHANDONG_SUMMARY)
    assert not [r for r in errors if r.startswith(("T1.", "parse."))]


# shanghai-01.pdf page 7 (预算单位财务收支预算总表, amounts in 元): each 类 split into 合计 |
# 基本支出 (人员经费 | 公用经费) | 项目支出.
SHANGHAI_SUMMARY = """2026年上海市某单位预算
2026年预算单位财务收支预算总表
编制单位：上海市某单位 单位：元
本年收入\t\t本年支出\t\t\t\t
项目\t预算数\t项目\t预算数\t\t\t
\t\t\t合计\t基本支出\t\t项目支出
\t\t\t\t人员经费\t公用经费\t
一、财政拨款收入\t93,784,514\t一、教育支出\t93,654,254\t35,487,134\t18,141,120\t40,026,000
1、一般公共预算\t93,784,514\t二、社会保障和就业支出\t8,432,440\t8,432,440\t\t
2、政府性基金预算\t\t三、卫生健康支出\t3,513,500\t3,513,500\t\t
3、国有资本经营预算\t\t四、住房保障支出\t2,459,420\t2,459,420\t\t
二、事业收入\t108,900\t\t\t\t\t
三、事业单位经营收入\t\t\t\t\t\t
四、其他收入\t14,166,200\t\t\t\t\t
收入总计\t108,059,614\t支出总计\t108,059,614\t49,892,494\t18,141,120\t40,026,000
"""

# xian-01.pdf page 25: three expenditure lists side by side (by function and by the two
# economic classifications), each with its 预算数.
SHAANXI_SUMMARY = """西安市财政局（汇总）
2026年部门预算公开说明
第二部分 2026年部门综合预算公开报表
表1
部门综合预算收支总表
单位：元
收入\t\t支出\t\t\t\t\t
项目\t预算数\t支出功能分类科目（按大类）\t预算数\t部门预算支出经济分类科目（按大类）\t预算数\t政府预算支出经济分类科目（按大类）\t预算数
1、财政拨款\t303,312,586.17\t1、一般公共服务支出\t103,518,755.35\t1、人员经费和公用经费支出\t79,108,250.17\t1、机关工资福利支出\t59,775,528.93
"""


def test_shanghai_summary_splits_each_class() -> None:
    doc = parse_text(SHANGHAI_SUMMARY)
    summary = doc.table(1)
    assert summary is not None and summary.unit == "元"
    assert [c.key for c in summary.columns] == [
        "income",
        "expenditure",
        "personnel",
        "public_use",
        "project",
    ]
    education = next(summary.find("205"))
    assert education.values["project"] == D("40026000")
    errors = _errors(SHANGHAI_SUMMARY)
    assert not [r for r in errors if r.startswith(("T1.", "parse."))]


def test_three_expenditure_lists_are_read() -> None:
    """西安's three expenditure lists are read, each under its own column
    (tests/tables/test_xian_summary.py has the whole tables)."""
    doc = parse_text(SHAANXI_SUMMARY)
    summary = doc.table(1)
    assert summary is not None and not doc.other_tables
    assert [(r.item, r.code, dict(r.values)) for r in summary.rows] == [
        ("fiscal", None, {"income": D("303312586.17")}),
        (None, Code("201", "functional"), {"expenditure": D("103518755.35")}),
        ("dept_basic", None, {"department_economic": D("79108250.17")}),
        ("gov_wages", None, {"government_economic": D("59775528.93")}),
    ]


# guangzhou-01.pdf pages 6–7 (表1, its empty 类 of page 6 left out): 预算 for 预算数, the 支出
# label centred right of the second 项目, page 7 with a grid of its own (one column more on
# the left), 预算拨款 for 财政拨款, 结转结余下年, a note joined to 收入总计.
GUANGDONG_SUMMARY = """2026年广州市政务服务和数据管理局部门预算
第二部分 2026年部门预算表
表1
收支总体情况表
单位名称：广州市政务服务和数据管理局\t\t\t\t单位：万元
收入\t\t\t支出\t
项目\t预算\t项目\t\t预算
一、预算拨款\t98,880.78\t一、一般公共服务支出\t\t0.00
二、财政专户拨款\t0.00\t二、外交支出\t\t0.00
三、事业收入\t0.00\t三、国防支出\t\t0.00
四、事业单位经营收入\t0.00\t四、公共安全支出\t\t0.00
五、其他收入\t0.00\t五、教育支出\t\t0.00
六、上级补助收入\t0.00\t六、科学技术支出\t\t94,158.15
七、附属单位上缴收入\t0.00\t七、文化旅游体育与传媒支出\t\t0.00
\t\t八、社会保障和就业支出\t\t1,447.33
\t\t九、卫生健康支出\t\t6.19
\t\t十九、住房保障支出\t\t3,269.11
单位名称：广州市政务服务和数据管理局\t\t\t\t\t单位：万元
\t收入\t\t\t支出\t
项目\t\t预算\t项目\t\t预算
\t\t\t二十三、其他支出\t\t0.00
\t\t\t二十四、对附属单位补助支出\t\t0.00
本年收入合计\t\t98,880.78\t本年支出合计\t\t98,880.78
上年结转结余\t\t0.00\t结转结余下年\t\t0.00
收入总计注：财政拨款收支情况包括一般公共预算、政府性基金预算、国有资本经营预算拨款收支情况。\t\t98,880.78\t支出总计\t\t98,880.78
"""


def test_guangdong_summary_page_by_page() -> None:
    doc = parse_text(GUANGDONG_SUMMARY)
    summary = doc.table(1)
    assert summary is not None
    by_item = {r.item: r for r in summary.rows if r.item}
    assert by_item["fiscal"].values["income"] == D("98880.78")
    assert by_item["income_total"].values["income"] == D("98880.78")
    assert by_item["year_end_carryover"].values["expenditure"] == D("0.00")
    assert by_item["affiliated_subsidy"].values["expenditure"] == D("0.00")
    assert next(summary.find("206")).values["expenditure"] == D("94158.15")
    errors = _errors(GUANGDONG_SUMMARY)
    assert not [r for r in errors if r.startswith(("T1.", "parse."))]


def test_an_amount_glued_to_a_label_keeps_the_table_generic() -> None:
    # The grid of an older reading of guangzhou-03.pdf: 121,385.74 glued to the label of the
    # next cell. Read, 121 would be a code and the amount lost: the table stays generic.
    glued = GUANGDONG_SUMMARY.replace(
        "一、预算拨款\t98,880.78\t一、一般公共服务支出",
        "一、预算拨款\t\t98,880.78一、一般公共服务支出",
    )
    doc = parse_text(glued)
    assert doc.table(1) is None
    assert [t.title for t in doc.other_tables] == ["收支总体情况表"]
