"""Grids no standard kind reads, kept generic with what they are (issue 15).

Every excerpt is lines of a real PDF of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to a few rows.
"""

from __future__ import annotations

from xjbudget import parse_text
from xjbudget.model import Document

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
