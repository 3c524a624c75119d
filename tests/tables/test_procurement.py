"""政府采购 (表20) and 机关运行经费 (表21) as other templates print them (issue 15).

The excerpts are lines of real PDFs of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to a few rows; the last test reads one whole PDF and
skips where ../shared is absent.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import xjbudget
from xjbudget import parse_text, validate
from xjbudget.catalog import spec_for_title
from xjbudget.model import Table

REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"

# suzhou-01.pdf pages 29 and 30 (公开12表, 公开13表), cut to a few rows of each, the
# 合计 and subtotals recomputed for the rows kept.
SUZHOU = """2026年度苏州市科学技术局单位预算公开
第二部分 2026年度部门预算表
公开12表
一般公共预算机关运行经费支出预算表
单位：苏州市科学技术局 单位：万元
科目编码\t科目名称\t机关运行经费支出
合计\t\t57.43
302\t商品和服务支出\t57.43
30201\t办公费\t18.00
30202\t印刷费\t5.00
30211\t差旅费\t34.43
公开13表
政府采购支出表
单位：苏州市科学技术局 单位：万元
采购品目大类\t专项名称\t经济科目\t采购品目名称\t采购组织形式\t资金来源\t\t\t\t总计
\t\t\t\t\t一般公共预算资金\t政府性基金\t其他资金\t上年结转和结余资金\t
合计\t\t\t\t\t185.00\t\t\t\t185.00
货物\t\t\t\t\t20.00\t\t\t\t20.00
苏州市科学技术局\t\t\t\t\t20.00\t\t\t\t20.00
\t单位购置纳入固定资产核算范围的常用办公设备和办公家具\t办公设备购置\tA4黑白打印机\t分散采购\t2.00\t\t\t\t2.00
\t定额\t办公费\t复印纸\t分散采购\t18.00\t\t\t\t18.00
服务\t\t\t\t\t165.00\t\t\t\t165.00
苏州市科学技术局\t\t\t\t\t165.00\t\t\t\t165.00
\t科技创新专项资金\t费用补贴\t科技成果转化与推广服务\t分散采购\t165.00\t\t\t\t165.00
"""

# chongqing-02.pdf page 27: the categories with their letters, the sources as 重庆 prints
# them (…拨款收入), no unit or procurement rows.
CHONGQING = """2026年重庆市规划和自然资源局部门预算
第二部分 2026年部门预算表
2026年政府采购预算明细表
编制单位：重庆市规划和自然资源局 单位：万元
项目编号\t项目\t总计\t一般公共预算拨款收入\t政府性基金预算拨款收入\t国有资本经营预算拨款收入\t财政专户管理资金收入\t事业收入\t上级补助收入\t附属单位上缴收入\t事业单位经营收入\t其他收入
合计\t\t110,390.99\t50,106.43\t15,057.75\t\t\t\t\t\t12,013.07\t33,213.75
A\t货物\t6,005.76\t664.38\t87.40\t\t\t\t\t\t4,845.79\t408.19
B\t工程\t6,599.50\t\t\t\t\t\t\t\t2,520.00\t4,079.50
C\t服务\t97,785.73\t49,442.05\t14,970.35\t\t\t\t\t\t4,647.28\t28,726.06
"""

D = Decimal


def _table(document: xjbudget.Document, number: int) -> Table:
    table = document.table(number)
    assert table is not None, [t.title for t in document.other_tables]
    return table


def test_titles() -> None:
    for title, number in (
        ("政府采购支出表", 20),
        ("2026年政府采购预算明细表", 20),
        ("政府采购支出预算表", 20),
        ("一般公共预算机关运行经费支出预算表", 21),
    ):
        spec = spec_for_title(title)
        assert spec is not None and spec.number == number, title
    # 烟台's 政府采购预算表 (by functional code) and 西安's (tests/test_procurement_xian.py).
    spec = spec_for_title("政府采购预算表")
    assert spec is not None and spec.number == 20
    # 上海 prints 机关运行经费 beside the “三公” items: that is 表10.
    spec = spec_for_title("2026年单位“三公”经费和机关运行经费预算表")
    assert spec is not None and spec.number == 10


def test_jiangsu_procurement_by_category_unit_and_procurement() -> None:
    document = parse_text(SUZHOU)
    table = _table(document, 20)
    assert table.kind == "government_procurement" and table.printed_number == "公开13表"
    assert [c.key for c in table.columns] == [
        "general_budget",
        "fund_budget",
        "other_funds",
        "carryover",
        "total",
    ]
    shape = [(r.role, r.item, r.name, r.project) for r in table.rows]
    assert shape == [
        ("total", "total", "合计", None),
        ("detail", "goods", "货物", None),
        ("unit", None, "苏州市科学技术局", None),
        (
            "detail",
            None,
            "办公设备购置 A4黑白打印机 分散采购",
            "单位购置纳入固定资产核算范围的常用办公设备和办公家具",
        ),
        ("detail", None, "办公费 复印纸 分散采购", "定额"),
        ("detail", "services", "服务", None),
        ("unit", None, "苏州市科学技术局", None),
        ("detail", None, "费用补贴 科技成果转化与推广服务 分散采购", "科技创新专项资金"),
    ]
    # Text columns are never amounts: every amount is read, nothing else.
    assert document.coverage.in_standard_tables == document.coverage.table_amounts
    report = validate(document)
    assert not [f for f in report.findings if f.rule.startswith("T20") and f.severity != "info"]


def test_a_sum_the_procurement_table_breaks_is_reported() -> None:
    broken = SUZHOU.replace(
        "服务\t\t\t\t\t165.00\t\t\t\t165.00", "服务\t\t\t\t\t165.00\t\t\t\t156.00"
    )
    report = validate(parse_text(broken))
    rules = {f.rule for f in report.errors}
    assert "T20.items.total_eq_sum_of_parts" in rules  # 185.00 ≠ 20.00 + 156.00
    assert "T20.row.total_eq_general_budget_plus_fund_budget" in rules  # 156.00 ≠ 165.00


def test_chongqing_categories_with_their_letters() -> None:
    table = _table(parse_text(CHONGQING), 20)
    assert [r.item for r in table.rows] == ["total", "goods", "works", "services"]
    services = table.rows[3]
    assert services.values.filled() == {
        "total": D("97785.73"),
        "general_budget": D("49442.05"),
        "fund_budget": D("14970.35"),
        "operating_income": D("4647.28"),
        "other_income": D("28726.06"),
    }
    report = validate(parse_text(CHONGQING))
    assert not [f for f in report.findings if f.rule.startswith("T20") and f.severity == "error"]


def test_office_operation_by_economic_code() -> None:
    document = parse_text(SUZHOU)
    table = _table(document, 21)
    assert table.kind == "office_operation_expenditure"
    assert [c.key for c in table.columns] == ["total"]
    assert [r.code.digits if r.code else r.name for r in table.rows] == [
        "合计",
        "302",
        "30201",
        "30202",
        "30211",
    ]
    assert not [f for f in validate(document).findings if f.rule.startswith("T21")]
    broken = SUZHOU.replace("30211\t差旅费\t34.43", "30211\t差旅费\t43.34")
    rules = {f.rule for f in validate(parse_text(broken)).errors}
    assert "T21.tree.parent_eq_sum_of_children" in rules


def test_yantai_procurement_by_functional_code() -> None:
    # yantai-01.pdf page 39: 政府采购预算表 by functional code and source, cut to two rows.
    text = """2026年烟台市市场监督管理局部门预算
第二部分 2026年部门预算表
公开表9
政府采购预算表
部门（单位）：烟台市市场监督管理局 单位：万元
科目编码\t\t\t科目名称\t合计\t财政拨款\t\t\t\t财政专户管理资金\t单位资金\t使用非财政拨款结余\t上年结转
类\t款\t项\t\t\t小计\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t\t\t
\t\t\t合 计\t6,786.84\t4,344.41\t4,344.41\t\t\t\t2,442.43\t\t
201\t\t\t一般公共服务支出\t5,901.48\t4,127.85\t4,127.85\t\t\t\t1,773.63\t\t
"""
    document = parse_text(text)
    table = _table(document, 20)
    assert table.kind == "government_procurement" and table.printed_number == "公开表9"
    assert [(r.role, r.code.digits if r.code else None, r.name) for r in table.rows] == [
        ("total", None, "合计"),
        ("detail", "201", "一般公共服务支出"),
    ]
    assert table.rows[0].values.filled() == {
        "total": D("6786.84"),
        "fiscal_subtotal": D("4344.41"),
        "general_budget": D("4344.41"),
        "unit_funds": D("2442.43"),
    }
    assert not [f for f in validate(document).errors if f.rule.startswith("T20")]
    # 合计 = 财政拨款 + 单位资金, 财政拨款 = its budgets: a broken row is reported.
    broken = text.replace("\t6,786.84\t4,344.41\t", "\t6,786.84\t4,434.41\t")
    rules = {f.rule for f in validate(parse_text(broken)).errors}
    assert "T20.row.fiscal_subtotal_eq_sum_of_parts" in rules
    broken = text.replace("\t6,786.84\t", "\t6,768.84\t")
    rules = {f.rule for f in validate(parse_text(broken)).errors}
    assert "T20.row.total_eq_general_budget_plus_fund_budget" in rules


@pytest.mark.skipif(not (REAL / "suzhou-01.pdf").exists(), reason="../shared is absent")
def test_suzhou_01_pdf() -> None:
    document = xjbudget.parse(REAL / "suzhou-01.pdf")
    procurement, office = _table(document, 20), _table(document, 21)
    assert procurement.total_row is not None and procurement.total_row["total"] == D("393.00")
    items = {r.item: r["total"] for r in procurement.rows if r.item}
    assert items == {"total": D("393.00"), "goods": D("20.00"), "services": D("373.00")}
    assert office.total_row is not None and office.total_row["total"] == D("223.66")
    # Part 3 states 机关运行经费 223.66 and 拟采购货物/服务支出 20 and 373: they hold.
    report = validate(document)
    checked = ("T20", "T21", "narrative.operating.total_eq_T21", "narrative.procurement")
    assert not [f for f in report.errors + report.warnings if f.rule.startswith(checked)]
    regions = [r for r in document.coverage.regions if r.title in (procurement.title, office.title)]
    assert [(r.kind, r.printed == r.read) for r in regions] == [("standard_table", True)] * 2
