"""表1/表4 of other templates and the 财政拨款 table by function, 表24 (issue 15).

Every excerpt is lines of a real PDF of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to a few rows: the template's numbering, title, header
and units as printed.
"""

from __future__ import annotations

from decimal import Decimal

from xjbudget import parse_text, validate

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
