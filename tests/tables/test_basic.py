"""The 基本支出 tables by economic class of other templates (issue 15): 表16
``basic_expenditure`` (烟台 公开表10, 深圳 表4, 广州 表11) and 表17
``fiscal_basic_expenditure`` (江苏 公开06表).

The excerpts are lines of real PDFs of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to a few rows (the totals cut with them, so that the sums
still hold); the last tests read the PDFs themselves, skipping where they are absent.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import xjbudget
from xjbudget import parse_text, validate
from xjbudget.catalog import spec_for_title
from xjbudget.model import Row

D = Decimal
REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"


def _errors(doc: xjbudget.Document, *prefixes: str) -> list[str]:
    return [f.message for f in validate(doc).errors if f.rule.startswith(prefixes)]


def _values(row: Row) -> dict[str, str]:
    return {k: str(v) for k, v in row.values.filled().items() if v != 0}


# yantai-01.pdf page 33 (公开表10): the 部门预算 and the 政府预算 economic code on each row,
# 301 printed under 501 机关工资福利支出 and again under 505 对事业单位经常性补助.
YANTAI = """2026年烟台市市场监督管理局部门预算
第二部分 2026年部门预算表
公开表10
基本支出预算情况表
部门（单位）：烟台市市场监督管理局 单位：万元
科目编码\t\t部门预算支出经济分类科目\t科目编码\t\t政府预算支出经济分类科目\t合计\t财政拨款\t\t\t\t财政专户管理资金\t单位资金\t使用非财政拨款结余\t上年结转
类\t款\t\t类\t款\t\t\t小计\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t\t\t
\t\t合计\t\t\t\t5,634.25\t4,658.60\t4,658.60\t\t\t\t975.65\t\t
301\t\t工资福利支出\t501\t\t机关工资福利支出\t2,403.89\t2,403.89\t2,403.89\t\t\t\t\t\t
301\t01\t基本工资\t501\t01\t工资奖金津补贴\t1,225.21\t1,225.21\t1,225.21\t\t\t\t\t\t
301\t02\t津贴补贴\t501\t01\t工资奖金津补贴\t1,178.68\t1,178.68\t1,178.68\t\t\t\t\t\t
301\t\t工资福利支出\t505\t\t对事业单位经常性补助\t3,230.36\t2,254.71\t2,254.71\t\t\t\t975.65\t\t
301\t01\t基本工资\t505\t01\t工资福利支出\t2,429.97\t1,855.41\t1,855.41\t\t\t\t574.56\t\t
301\t02\t津贴补贴\t505\t01\t工资福利支出\t800.39\t399.30\t399.30\t\t\t\t401.09\t\t
"""


def test_yantai_two_economic_codes_on_each_row() -> None:
    doc = parse_text(YANTAI)
    assert doc.meta.family == "shandong"
    basic = doc.table(16)
    assert basic is not None and basic.kind == "basic_expenditure"
    assert basic.printed_number == "公开表10"
    assert [c.key for c in basic.columns] == [
        "total",
        "fiscal_subtotal",
        "general_budget",
        "fund_budget",
        "soe_budget",
        "special_account",
        "unit_funds",
        "nonfiscal_balance",
        "carryover",
    ]
    wages = [r for r in basic.rows if r.code is not None and r.code.digits == "30101"]
    assert [(r.name, str(r.gov_code)) for r in wages] == [
        ("基本工资", "50101"),
        ("基本工资", "50501"),
    ]
    assert _values(wages[1]) == {
        "total": "2429.97",
        "fiscal_subtotal": "1855.41",
        "general_budget": "1855.41",
        "unit_funds": "574.56",
    }
    assert basic.total_row is not None and basic.total_row.gov_code is None
    assert not [f for f in doc.findings if f.rule.startswith("parse.")]
    assert not _errors(doc, "T16.")


# shenzhen-09.pdf page 95 (表4): the department's row over its units' rows, each unit's
# economic classes by name only; 单位资金 printed as its parts.
SHENZHEN = """2026年深圳市水务局部门预算
第二部分 2026年部门预算表
表4
基本支出总表
部门名称：深圳市水务局 单位：万元
支出项目类别\t总计\t财政拨款\t\t\t\t财政专户管理资金\t单位资金\t\t\t\t\t上年结余、结转
\t\t小计\t一般公共预算拨款\t政府性基金预算拨款\t国有资本经营预算拨款\t\t事业收入\t事业单位经营收入\t上级补助收入\t附属单位上缴收入\t其他收入\t
深圳市水务局\t4,925.29\t4,925.29\t4,925.29\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
深圳市水务局（本级）\t3,865.12\t3,865.12\t3,865.12\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
工资福利支出\t3,865.12\t3,865.12\t3,865.12\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
基本工资\t1,038.83\t1,038.83\t1,038.83\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
津贴补贴\t2,341.79\t2,341.79\t2,341.79\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
奖金\t484.50\t484.50\t484.50\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
深圳市水务局水务工程建设管理中心\t1,060.17\t1,060.17\t1,060.17\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
资本性支出\t1,060.17\t1,060.17\t1,060.17\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
办公设备购置\t1,060.17\t1,060.17\t1,060.17\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
"""


def test_shenzhen_classes_by_name_under_units() -> None:
    doc = parse_text(SHENZHEN)
    assert doc.meta.family == "guangdong"
    basic = doc.table(16)
    assert basic is not None and basic.printed_number == "表4"
    assert "business_income" in [c.key for c in basic.columns]
    assert [(r.role, r.name) for r in basic.rows if r.code is None] == [
        ("total", "深圳市水务局"),  # the department over its units: the table's total
        ("unit", "深圳市水务局（本级）"),
        ("unit", "深圳市水务局水务工程建设管理中心"),
    ]
    codes = [r.code.digits for r in basic.rows if r.code is not None]
    # 办公设备购置 is 30902 under 309 and 31002 under 310: the class above decides.
    assert codes == ["301", "30101", "30102", "30103", "310", "31002"]
    assert not [f for f in doc.findings if f.rule == "parse.row.economic_name"]
    assert not _errors(doc, "T16.")


# guangzhou-02.pdf page 20 (表11): 总计, then 合计 (the 财政拨款 total, no label above it);
# a unit whose name says nothing of a unit (广州市气象台), one wrapped over three lines
# around its amounts, the note under the table joined to the last class.
GUANGZHOU = """2026年
广州市气象局部门预算
第二部分 2026年部门预算表
表11
部门预算基本支出预算表
单位名称：广州市气象局\t\t\t\t\t\t\t单位：万元
支出项目类别（资金使用单位）\t总计\t合计\t财政拨款一般公共预算\t政府性基金预算\t国有资本经营预算\t财政专户拨款\t其他资金
合计\t2,262.94\t2,262.94\t2,262.94\t0.00\t0.00\t0.00\t0.00
广州市气象台\t1,235.20\t1,235.20\t1,235.20\t0.00\t0.00\t0.00\t0.00
工资福利支出\t1,104.38\t1,104.38\t1,104.38\t0.00\t0.00\t0.00\t0.00
商品和服务支出\t76.29\t76.29\t76.29\t0.00\t0.00\t0.00\t0.00
对个人和家庭的补助\t54.53\t54.53\t54.53\t0.00\t0.00\t0.00\t0.00
广州市生态与农业气象中\t\t\t\t\t\t\t
心（广州市气候变化中\t1,027.74\t1,027.74\t1,027.74\t0.00\t0.00\t0.00\t0.00
心）\t\t\t\t\t\t\t
工资福利支出\t974.54\t974.54\t974.54\t0.00\t0.00\t0.00\t0.00
资本性支出注：无。\t53.20\t53.20\t53.20\t0.00\t0.00\t0.00\t0.00
"""


def test_guangzhou_units_by_their_sums_and_wrapped_names() -> None:
    doc = parse_text(GUANGZHOU)
    basic = doc.table(16)
    assert basic is not None and basic.printed_number == "表11"
    assert [c.key for c in basic.columns] == [
        "total",
        "fiscal_subtotal",
        "general_budget",
        "fund_budget",
        "soe_budget",
        "special_account",
        "other_funds",
    ]
    units = [r.name for r in basic.rows if r.role == "unit"]
    assert units == ["广州市气象台", "广州市生态与农业气象中心（广州市气候变化中心）"]
    assert [r.code.digits for r in basic.rows if r.code is not None] == [
        "301",
        "302",
        "303",
        "301",
        "310",
    ]
    assert not [f for f in doc.findings if f.rule == "parse.row.economic_name"]
    assert not _errors(doc, "T16.")


def test_a_name_of_no_class_or_of_several_keeps_no_code() -> None:
    text = SHENZHEN.replace("\n奖金\t", "\n奖金（其他）\t")
    # No class above 办公设备购置 any more: 30902 or 31002, no guess.
    text = "\n".join(line for line in text.split("\n") if not line.startswith("资本性支出"))
    doc = parse_text(text)
    basic = doc.table(16)
    assert basic is not None
    uncoded = {r.name: r.role for r in basic.rows if r.code is None}
    assert uncoded["奖金（其他）"] == "detail"
    assert uncoded["办公设备购置"] == "detail"
    found = {f.row: f.message for f in doc.findings if f.rule == "parse.row.economic_name"}
    assert set(found) == {"奖金（其他）", "办公设备购置"}
    assert "30902, 31002" in found["办公设备购置"]


# wuxi-01.pdf page 24 (公开06表), beside 公开05表 (表24) and 公开08表 (表6).
JIANGSU = """2026年度无锡市教育局部门预算公开
第二部分 2026年度部门预算表
公开05表
财政拨款支出表（功能科目）
部门：无锡市教育局 单位：万元
科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出
\t\t\t小计\t人员经费\t公用经费\t
合计\t\t1,265.69\t1,265.69\t1,225.21\t40.48\t
205\t教育支出\t1,265.69\t1,265.69\t1,225.21\t40.48\t
20502\t普通教育\t1,265.69\t1,265.69\t1,225.21\t40.48\t
2050203\t初中教育\t1,265.69\t1,265.69\t1,225.21\t40.48\t
公开06表
财政拨款基本支出表（经济科目）
部门：无锡市教育局 单位：万元
部门预算支出经济分类科目\t\t本年财政拨款基本支出\t\t
科目编码\t科目名称\t合计\t人员经费\t公用经费
合计\t\t1,265.69\t1,225.21\t40.48
301\t工资福利支出\t1,225.21\t1,225.21\t
30101\t基本工资\t1,225.21\t1,225.21\t
302\t商品和服务支出\t40.48\t\t40.48
30201\t办公费\t40.48\t\t40.48
公开08表
一般公共预算基本支出表
部门：无锡市教育局 单位：万元
部门预算支出经济分类科目\t\t本年一般公共预算基本支出\t\t
科目编码\t科目名称\t合计\t人员经费\t公用经费
合计\t\t1,265.69\t1,225.21\t40.48
301\t工资福利支出\t1,225.21\t1,225.21\t
30101\t基本工资\t1,225.21\t1,225.21\t
302\t商品和服务支出\t40.48\t\t40.48
30201\t办公费\t40.48\t\t40.48
"""


def test_jiangsu_fiscal_basic_table_beside_table_6() -> None:
    doc = parse_text(JIANGSU)
    fiscal = doc.table(17)
    assert fiscal is not None and fiscal.kind == "fiscal_basic_expenditure"
    assert fiscal.printed_number == "公开06表"
    assert [c.key for c in fiscal.columns] == ["total", "personnel", "public_use"]
    assert _values(next(fiscal.find("30201"))) == {"total": "40.48", "public_use": "40.48"}
    six = doc.table(6)
    assert six is not None and six.printed_number == "公开08表"
    assert not _errors(doc, "T17.", "cross.T17")
    # A misprinted 合计 (the first one: 公开06表's) is reported by each sum that reads it.
    printed = "合计\t\t1,265.69\t1,225.21\t40.48\n301\t工资福利支出"
    assert JIANGSU.count(printed) == 2
    broken = parse_text(JIANGSU.replace(printed, printed.replace("1,265.69", "1,265.96"), 1))
    rules = {f.rule for f in validate(broken).errors if f.table == 17}
    assert rules == {
        "T17.row.total_eq_personnel_plus_public_use",
        "T17.tree.total_eq_sum_of_top_level",
        "cross.T17_total_eq_T24_basic",
    }


def test_titles() -> None:
    cases = {
        "基本支出总表": 16,
        "部门预算基本支出预算表": 16,
        "基本支出预算情况表": 16,
        "财政拨款基本支出表（经济科目）": 17,
        "财政拨款基本支出预算表（经济科目）": 17,
        "一般公共预算基本支出表": 6,
        "一般公共预算基本支出情况表（按经济分类科目）": 6,
    }
    for title, number in cases.items():
        spec = spec_for_title(title)
        assert spec is not None and spec.number == number, title
    assert spec_for_title("财政拨款基本支出表") is None  # by which classification?


def _real(name: str) -> xjbudget.Document:
    path = REAL / f"{name}.pdf"
    if not path.exists():
        pytest.skip(f"{path} not present (third-party PDFs live in ../shared/corpus/real)")
    return xjbudget.parse(path)


@pytest.mark.pdf
def test_yantai_06_misprints_one_cell() -> None:
    # Page 24, 30211 差旅费: 合计 4.50, 财政拨款 小计 4.50, 一般公共预算 5.50 (its 公开表6
    # prints 4.50): a genuine source error, reported by the three sums that read it.
    doc = _real("yantai-06")
    basic = doc.table(16)
    assert basic is not None
    travel = next(basic.find("30211"))
    assert travel.location.page == 24
    assert _values(travel) == {"total": "4.50", "fiscal_subtotal": "4.50", "general_budget": "5.50"}
    errors = {(f.rule, f.row) for f in validate(doc).errors if f.table == 16}
    assert errors == {
        ("T16.row.total_eq_sum_of_parts", "30211 差旅费"),
        ("T16.row.fiscal_subtotal_eq_sum_of_parts", "30211 差旅费"),
        ("T16.tree.parent_eq_sum_of_children", "302 商品和服务支出"),
    }


@pytest.mark.pdf
def test_guangzhou_02_second_page_read_by_its_own_header() -> None:
    # Page 21 prints 总计 | | 合计 | | 财政拨款一般公共预算 … where page 20 prints 总计 | 合计 | …
    doc = _real("guangzhou-02")
    basic = doc.table(16)
    assert basic is not None
    assert not [f for f in validate(doc).errors if f.table == 16]
    assert basic.total_row is not None and basic.total_row["total"] == D("6146.33")


# chongqing-01.pdf page 24 (表六): local 7-digit economic items printed with their code in
# the name cell, under the 款 they belong to.
LOCAL_ITEMS = """2026年重庆市人民政府办公厅部门预算
第二部分 2026年部门预算表
2026年一般公共预算基本支出情况表
单位：万元
科目编码\t科目名称\t合计\t人员经费\t公用经费
合计\t\t1,450.71\t1,450.71\t
301\t工资福利支出\t1,450.71\t1,450.71\t
30102\t津贴补贴\t1,450.71\t1,450.71\t
\t3010201规范性津补贴\t1,282.63\t1,282.63\t
\t3010202其他津补贴\t168.08\t168.08\t
"""


def test_a_code_left_in_the_name_is_no_unit() -> None:
    doc = parse_text(LOCAL_ITEMS)
    basic = doc.table(6)
    assert basic is not None
    local = [r for r in basic.rows if r.code is None and r.role != "total"]
    assert [(r.name, r.role) for r in local] == [
        ("3010201规范性津补贴", "detail"),
        ("3010202其他津补贴", "detail"),
    ]
    found = [f.message for f in doc.findings if f.rule == "parse.row.economic_name"]
    assert len(found) == 2 and all("a number printed before the name" in m for m in found)
    assert not _errors(doc, "T6.")
