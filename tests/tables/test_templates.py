"""Other templates' tables read as the standard kinds (issue 15).

Every excerpt is lines of a real PDF of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to a few rows: the template's numbering, title, header
and units as printed.
"""

from __future__ import annotations

from decimal import Decimal

from xjbudget import parse_text, validate
from xjbudget.catalog import spec_for_title
from xjbudget.model import GenericTable

D = Decimal

# shenzhen-02.pdf pages 27 and 29: 表7 and 表8 of the Guangdong template are 一般公共预算
# 支出表 by function and by economic class, not the national 表7/表8.
SHENZHEN = """2026年深圳市统计局部门预算
第二部分 2026年部门预算表
表7
一般公共预算支出表（按功能分类）
部门名称：深圳市统计局（本级） 单位：万元
预算单位\t科目编码\t科目名称\t支出总计\t基本支出\t项目支出
深圳市统计局（本级）\t\t\t2,357.92\t2,357.92\t0.00
\t201\t一般公共服务支出\t2,357.92\t2,357.92\t0.00
\t20105\t统计信息事务\t2,357.92\t2,357.92\t0.00
\t2010501\t行政运行\t2,357.92\t2,357.92\t0.00
表8
一般公共预算支出表（按经济分类）
部门名称：深圳市统计局（本级） 单位：万元
预算单位\t科目编码\t科目名称\t支出总计\t基本支出\t项目支出
深圳市统计局（本级）\t\t\t2,256.13\t2,256.13\t0.00
\t301\t工资福利支出\t2,256.13\t2,256.13\t0.00
\t30101\t基本工资\t927.20\t927.20\t0.00
\t30102\t津贴补贴\t1,006.80\t1,006.80\t0.00
\t30113\t住房公积金\t322.13\t322.13\t0.00
表9
财政拨款“三公”经费支出表
部门名称：深圳市统计局（本级） 单位：万元
项目\t合计\t因公出国（境）费\t公务接待费\t公务用车购置及运行费\t\t
\t\t\t\t小计\t购置费\t运行费
深圳市统计局（本级）\t3.00\t0.00\t1.00\t2.00\t0.00\t2.00
"""

# wuxi-01.pdf page 15 (公开02表, two of its 44 units) and suzhou-01.pdf page 18 (公开05表's
# header, as 公开07表 prints it): 收入总表 lists the income of each unit; 基本支出 is split
# into 小计 / 人员经费 / 公用经费.
JIANGSU = """2026年度无锡市教育局部门预算公开
第二部分 2026年度部门预算表
公开02表
收入总表
部门名称：无锡市教育局 单位：万元
部门代码\t部门名称\t合计\t本年收入\t\t\t\t\t\t\t\t\t\t上年结转结余\t\t
\t\t\t小计\t一般公共预算\t政府性基金预算\t国有资本经营预算\t财政专户管理资金\t事业收入\t事业单位经营收入\t上级补助收入\t附属单位上缴收入\t其他收入\t小计\t一般公共预算\t单位资金
合计\t\t134,689.00\t134,689.00\t109,154.00\t\t\t200.00\t\t\t\t\t25,335.00\t\t\t
305001\t无锡市教育局（本级）\t131,349.61\t131,349.61\t105,814.61\t\t\t200.00\t\t\t\t\t25,335.00\t\t\t
305002\t中国企业管理无锡培训中心\t3,339.39\t3,339.39\t3,339.39\t\t\t\t\t\t\t\t\t\t\t
公开07表
一般公共预算支出表
部门名称：无锡市教育局 单位：万元
科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出
\t\t\t小计\t人员经费\t公用经费\t
合计\t\t2,478.17\t1,304.01\t1,080.35\t223.66\t1,174.16
206\t科学技术支出\t2,478.17\t1,304.01\t1,080.35\t223.66\t1,174.16
20601\t科学技术管理事务\t2,478.17\t1,304.01\t1,080.35\t223.66\t1,174.16
2060101\t行政运行\t1,304.01\t1,304.01\t1,080.35\t223.66\t
2060199\t其他科学技术管理事务支出\t1,174.16\t\t\t\t1,174.16
"""

# xian-01.pdf page 29: 表5 alone on its line, the long title on the next, amounts in 元,
# 专项业务经费 for 项目支出.
SHAANXI = """西安市财政局（汇总）
2026年部门预算公开说明
第二部分 2026年部门综合预算公开报表
表5
部门综合预算一般公共预算支出明细表（按支出功能分类科目）
单位：元
功能科目编码\t功能科目名称\t合计\t人员经费支出\t公用经费支出\t专项业务经费支出\t备注
\t合计\t51,539,019.35\t47,473,029.66\t4,065,989.69\t0.00\t
201\t一般公共服务支出\t51,539,019.35\t47,473,029.66\t4,065,989.69\t0.00\t
20106\t财政事务\t51,539,019.35\t47,473,029.66\t4,065,989.69\t0.00\t
2010601\t行政运行\t51,539,019.35\t47,473,029.66\t4,065,989.69\t\t
"""


def _errors(text: str) -> list[str]:
    return [f.rule for f in validate(parse_text(text)).errors]


def test_guangdong_numbers_are_not_the_standard_numbers() -> None:
    doc = parse_text(SHENZHEN)
    assert doc.meta.family == "guangdong"
    by_function = doc.table(5)
    assert by_function is not None and by_function.printed_number == "表7"
    assert [c.key for c in by_function.columns] == ["total", "basic", "project"]
    assert by_function.total_row is None  # the unit's row heads the table
    assert doc.table(7) is None and doc.table(8) is None
    by_class = doc.table(12)
    assert by_class is not None and by_class.kind == "general_budget_economic_expenditure"
    assert by_class.printed_number == "表8"
    assert next(by_class.find("30101")).values["total"] == D("927.20")
    three = doc.table(10)
    assert three is not None and three.printed_number == "表9"
    assert not [r for r in _errors(SHENZHEN) if r.startswith(("T5.", "T12.", "T10."))]


def test_jiangsu_income_by_unit_and_split_basic_columns() -> None:
    doc = parse_text(JIANGSU)
    assert doc.meta.family == "jiangsu"
    assert doc.table(2) is None
    income = doc.table(14)
    assert income is not None and income.kind == "income_by_unit"
    keys = [c.key for c in income.columns]
    assert keys[:4] == ["total", "current_income", "general_budget", "fund_budget"]
    assert "carryover" in keys
    units = [r for r in income.rows if r.role == "unit"]
    assert [(r.item, r.name) for r in units] == [
        ("305001", "无锡市教育局（本级）"),
        ("305002", "中国企业管理无锡培训中心"),
    ]
    assert units[0].values["other_income"] == D("25335.00")
    spending = doc.table(5)
    assert spending is not None and spending.printed_number == "公开07表"
    assert [c.key for c in spending.columns] == [
        "total",
        "basic",
        "personnel",
        "public_use",
        "project",
    ]
    assert next(spending.find("2060101")).values["personnel"] == D("1080.35")
    assert not [f for f in doc.findings if f.rule == "parse.cell.unplaced"]
    assert not [r for r in _errors(JIANGSU) if r.startswith(("T5.", "T14.", "parse."))]


def test_shaanxi_marker_alone_then_the_title_and_special_funds() -> None:
    doc = parse_text(SHAANXI)
    assert doc.meta.family == "shaanxi"
    table = doc.table(5)
    assert table is not None
    assert table.printed_number == "表5"
    assert table.printed_title == "部门综合预算一般公共预算支出明细表（按支出功能分类科目）"
    assert table.unit == "元"
    assert [c.key for c in table.columns] == ["total", "personnel", "public_use", "project"]
    assert table.total_row is not None
    assert table.total_row.values["personnel"] == D("47473029.66")
    assert not [r for r in _errors(SHAANXI) if r.startswith(("T5.", "parse."))]


def test_titles_of_other_templates() -> None:
    cases = {
        "收支总表": 1,
        "部门综合预算收支总表": 1,
        "2026年预算单位财务收支预算总表": 1,
        "收入总表": 2,
        "本年支出总体情况表": 3,
        "财政拨款收支总表": 4,
        "一般公共预算支出表（按功能分类）": 5,
        "2022年部门综合预算一般公共预算支出明细表（按支出功能分类科目-不含上年结转）": 5,
        "一般公共预算支出明细表（按功能科目分）": 5,
        "一般公共预算基本支出表": 6,
        "部门综合预算一般公共预算基本支出明细表（支出经济分类科目-不含上年结转）": 6,
        "政府性基金预算支出表": 8,
        "国有资本经营预算支出表": 9,
        "一般公共预算支出表（按经济分类）": 12,
        "部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）": 13,
        "财政拨款支出表（功能科目）": 24,
        "2026年预算单位财政拨款支出预算表": 24,
    }
    for title, number in cases.items():
        spec = spec_for_title(title)
        assert spec is not None and spec.number == number, title
    # 基本支出总表 is 表16 and 项目支出总表 表18 now (tests/tables/test_basic.py).
    for title in ("国有资产占用情况表", "部门整体支出绩效自评表"):
        assert spec_for_title(title) is None, title


def test_a_title_no_declaration_has_stays_generic_with_its_reason() -> None:
    text = SHENZHEN.replace("一般公共预算支出表（按功能分类）", "国有资产占用情况表")
    doc = parse_text(text)
    kept = [t for t in doc.other_tables if t.printed_number == "表7"]
    assert len(kept) == 1 and isinstance(kept[0], GenericTable)
    assert "表7 is not a standard number in the guangdong template" in kept[0].reason


def test_a_table_the_template_does_not_publish_is_never_missing() -> None:
    # Jiangsu publishes no 表7: 表5's 项目支出 1,174.16 says nothing is lost.
    def missing(text: str) -> set[int | None]:
        report = validate(parse_text(text))
        return {f.table for f in report.findings if f.rule == "completeness.table_missing"}

    assert 7 not in missing(JIANGSU)
    # The same tables under the national template's numbers: 表7 is missing there.
    national = JIANGSU.replace("公开02表", "表2").replace("公开07表", "表5")
    assert parse_text(national).meta.family == "national"
    assert 7 in missing(national)


# chongqing-01.pdf page 13 (表2 by sources and the parts of 单位资金), yantai-01.pdf page 27
# (公开表6: 基本支出预算 › 小计 / 人员支出 / 日常公用支出), wuxi-01.pdf page 18 (公开03表 with
# the unit's other spending beside 基本支出 and 项目支出).
COLUMNS = """2026年重庆市人民政府办公厅部门预算
第二部分 2026年部门预算表
2026年部门收入总体情况表
单位：万元
科目\t\t总计\t一般公共预算拨款收入\t政府性基金预算拨款收入\t国有资本经营预算拨款收入\t财政专户管理资金收入\t事业收入\t上级补助收入\t附属单位上缴收入\t事业单位经营收入\t其他收入
科目编码\t科目名称\t\t\t\t\t\t\t\t\t\t
合计\t\t2,021.62\t59.56\t\t\t\t\t\t\t962.62\t999.44
201\t一般公共服务支出\t2,021.62\t59.56\t\t\t\t\t\t\t962.62\t999.44
20103\t政府办公厅（室）及相关机构事务\t2,021.62\t59.56\t\t\t\t\t\t\t962.62\t999.44
2010301\t行政运行\t2,021.62\t59.56\t\t\t\t\t\t\t962.62\t999.44
一般公共预算基本支出情况表
单位：万元
科目编码\t\t部门预算支出经济分类科目名称\t基本支出预算\t\t
类\t款\t\t小计\t人员支出\t日常公用支出
\t\t合计\t6,234.65\t5,009.44\t1,225.21
301\t\t工资福利支出\t5,009.44\t5,009.44\t
302\t\t商品和服务支出\t1,225.21\t\t1,225.21
2026年部门支出总体情况表
单位：万元
科目编码\t科目名称\t合计\t基本支出\t项目支出\t事业单位经营支出\t上缴上级支出\t对附属单位补助支出
合计\t\t2,021.62\t1,000.00\t59.62\t962.00\t\t
201\t一般公共服务支出\t2,021.62\t1,000.00\t59.62\t962.00\t\t
20103\t政府办公厅（室）及相关机构事务\t2,021.62\t1,000.00\t59.62\t962.00\t\t
2010301\t行政运行\t2,021.62\t1,000.00\t59.62\t962.00\t\t
"""


def test_columns_other_templates_print_beside_the_declared_ones() -> None:
    doc = parse_text(COLUMNS)
    income = doc.table(2)
    assert income is not None
    assert [c.key for c in income.columns] == [
        "total",
        "general_budget",
        "fund_budget",
        "soe_budget",
        "special_account",
        "business_income",
        "upper_subsidy",
        "affiliated_remittance",
        "operating_income",
        "other_income",
    ]
    assert next(income.find("2010301")).values["other_income"] == D("999.44")
    basic = doc.table(6)
    assert basic is not None
    assert [c.key for c in basic.columns] == ["total", "personnel", "public_use"]
    assert next(basic.find("302")).values["public_use"] == D("1225.21")
    spending = doc.table(3)
    assert spending is not None
    assert [c.key for c in spending.columns][-3:] == [
        "operating",
        "remit_upper",
        "affiliated_subsidy",
    ]
    assert not [f for f in doc.findings if f.rule == "parse.cell.unplaced"]
    errors = _errors(COLUMNS)
    assert not [r for r in errors if r.startswith(("T2.", "T3.", "T6.", "parse."))], errors


# shenzhen-09.pdf page 12 (表3 支出总表): the year's 政府采购项目 beside the spending, its
# labels naming the year.
PROCUREMENT = """2026年深圳市水务局部门预算
第二部分 2026年部门预算表
表3
支出总表
部门名称：深圳市水务局 单位：万元
预算单位\t科目编码\t科目名称\t支出总计\t基本支出\t项目支出\t事业单位经营支出\t对附属单位补助支出\t上缴上级支出\t2026年政府采购项目\t\t
\t\t\t\t\t\t\t\t\t小计\t其中：2026年政府采购项目中预留给中小企业的项目资金规模\t其中：2026年政府采购项目中预留给小型、微型企业的项目资金规模
深圳市水务局（本级）\t\t\t53.60\t0.00\t53.60\t0.00\t0.00\t0.00\t10.00\t4.00\t1.00
\t205\t教育支出\t53.60\t0.00\t53.60\t0.00\t0.00\t0.00\t10.00\t4.00\t1.00
\t20508\t进修及培训\t53.60\t0.00\t53.60\t0.00\t0.00\t0.00\t10.00\t4.00\t1.00
\t2050803\t培训支出\t53.60\t0.00\t53.60\t0.00\t0.00\t0.00\t10.00\t4.00\t1.00
"""


def test_a_label_naming_the_year_is_the_column() -> None:
    doc = parse_text(PROCUREMENT)
    spending = doc.table(3)
    assert spending is not None and spending.printed_number == "表3"
    assert [c.key for c in spending.columns][-3:] == [
        "procurement",
        "procurement_sme",
        "procurement_small_micro",
    ]
    row = next(spending.find("2050803"))
    assert (row["procurement"], row["procurement_sme"]) == (D("10.00"), D("4.00"))
    assert not [f for f in doc.findings if f.rule == "parse.cell.unplaced"]
    assert not [r for r in _errors(PROCUREMENT) if r.startswith(("T3.", "parse."))]


# yantai-10.pdf page 9 (公开表2): 类 / 款 / 项 in three columns, each row printing only
# its own part of the code.
PARTS = """2026年烟台市人力资源和社会保障局
部门预算
第二部分 2026年部门预算表
公开表2
收入总体情况表
部门（单位）：烟台市人力资源和社会保障局 单位：万元
科目编码\t\t\t科目名称\t合计\t财政拨款收入\t\t\t\t其他收入
类\t款\t项\t\t\t小计\t一般公共预算收入\t政府性基金预算收入\t国有资本经营预算收入\t
\t\t\t合 计\t2,014.45\t1,994.45\t1,994.45\t\t\t20.00
208\t\t\t社会保障和就业支出\t2,014.45\t1,994.45\t1,994.45\t\t\t20.00
\t01\t\t人力资源和社会保障管理事务\t2,014.45\t1,994.45\t1,994.45\t\t\t20.00
\t\t01\t行政运行\t1,073.45\t1,073.45\t1,073.45\t\t\t
\t\t02\t一般行政管理事务\t941.00\t921.00\t921.00\t\t\t20.00
"""


def test_code_parts_printed_once_are_inherited() -> None:
    doc = parse_text(PARTS)
    income = doc.table(2)
    assert income is not None
    codes = [r.code.digits for r in income.rows if r.code is not None]
    assert codes == ["208", "20801", "2080101", "2080102"]
    assert not [r for r in income.rows if r.role == "unit"]
    assert not [r for r in _errors(PARTS) if r.startswith(("T2.", "parse."))]


# guangzhou-01.pdf page 14 (表6): codes in brackets before the names, one column 预算.
BRACKETS = """2026年
广州市政务服务和数据管理局部门预算
第二部分 2026年部门预算表
表6
一般公共预算基本支出情况表（按经济分类科目）
单位名称：广州市政务服务和数据管理局\t\t单位：万元
部门预算支出经济科目\t预算\t
合计\t\t1,797.16
[301]工资福利支出\t\t1,797.16
[30101]基本工资\t\t1,797.16
"""


def test_codes_in_brackets() -> None:
    doc = parse_text(BRACKETS)
    basic = doc.table(6)
    assert basic is not None and basic.printed_number == "表6"
    assert [c.key for c in basic.columns] == ["total"]
    row = next(basic.find("30101"))
    assert (row.name, row["total"]) == ("基本工资", D("1797.16"))
    assert not [r for r in _errors(BRACKETS) if r.startswith(("T6.", "parse."))]


# xian-10.pdf page 43 (2021年部门综合预算支出总表): a row per unit and per source, under
# 总计 and 部门预算 › 合计, 公共预算拨款 › 小计 / 其中：专项资金列入部门预算的项目.
BY_SOURCE = """西安市民政局
2021年部门预算公开说明
第二部分 2021年部门综合预算公开报表
2021年部门综合预算支出总表
单位：元
序号\t单位编码\t单位名称\t总计\t部门预算\t\t\t\t\t
\t\t\t\t合计\t公共预算拨款\t\t政府性基金拨款\t事业收入\t其他收入
\t\t\t\t\t小计\t其中：专项资金列入部门预算的项目\t\t\t
1\t\t合计\t526,977,483.30\t526,977,483.30\t376,912,152.78\t335,980,000.00\t149,000,000.00\t0.00\t1,065,330.52
2\t241001\t西安市民政局\t526,977,483.30\t526,977,483.30\t376,912,152.78\t335,980,000.00\t149,000,000.00\t0.00\t1,065,330.52
"""


def test_xian_spending_by_unit_and_source() -> None:
    doc = parse_text(BY_SOURCE)
    assert doc.meta.family == "shaanxi"
    spending = doc.table(15)
    assert spending is not None and spending.kind == "expenditure_by_unit"
    assert [c.key for c in spending.columns] == [
        "total",
        "department_budget",
        "general_budget",
        "special_projects",
        "fund_budget",
        "business_income",
        "other_income",
    ]
    unit = next(r for r in spending.rows if r.item == "241001")
    assert unit["special_projects"] == D("335980000.00")
    assert not [f for f in doc.findings if f.rule == "parse.cell.unplaced"]
