"""表18, the project expenditure table, in the templates that print it (issue 15).

Every excerpt is lines of a real PDF of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to a few rows; one test reads a whole PDF, skipped
where the corpus is absent.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from xjbudget import parse, parse_text, validate
from xjbudget.model import Document, Table

D = Decimal
REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"

# guangzhou-02.pdf page 22: the header's labels run into each other (财政专 其他资户拨款 |
# 绩效目标金), 其他资金's 0.00 is printed inside the 绩效目标 text, names wrap over lines.
GUANGZHOU = """2026年广州市气象局部门预算
表12
部门预算项目支出及其他支出预算表
单位名称：广州市气象局\t\t\t\t\t\t\t单位：万元
{header}
合计\t1,505.38\t1,505.38\t1,505.38\t0.00\t0.00\t0.00\t0.00
广州市气象局\t276.00\t276.00\t276.00\t0.00\t0.00\t0.00\t0.00
其他运行经费\t94.00\t94.00\t94.00\t0.00\t0.00\t0.00\t对日常业务配套设备的维护维持，保障业务专用设备正0.00常运作及气象观测基地、观测场标准绿地维护用水。
机构运行辅助经费\t14.00\t14.00\t14.00\t0.00\t0.00\t0.00\t通过项目开展，聘请两名应急保障人员，协助从事气象0.00防灾减灾服务，提高应急保障和处突能力。
业务用房物业管理费\t168.00\t168.00\t168.00\t0.00\t0.00\t0.00\t通过项目建设，维护气象预警中心正常运转，适宜开放0.00开展气象科普活动，保护气象监测环境符合国家规范。
广州市防雷减灾管理办公室\t30.00\t30.00\t30.00\t0.00\t0.00\t0.00\t0.00
机构运行辅助经费\t7.00\t7.00\t7.00\t0.00\t0.00\t0.00\t辅助做好防雷减灾工作、安全生产保障、日常防雷安全0.00巡查、气球日常巡查等气象保障工作。
防雷业务经费\t23.00\t23.00\t23.00\t0.00\t0.00\t0.00\t加强防雷安全宣传，提高人民群众雷电安全防范意识，0.00提升防雷行政审批效能，履行防雷安全社会管理职能。
广州市气象台\t284.00\t284.00\t284.00\t0.00\t0.00\t0.00\t0.00
机构运行辅助经费\t7.00\t7.00\t7.00\t0.00\t0.00\t0.00\t临时工辅助做好气象防灾减灾工作、重大活动气象保障0.00服务、气象反恐应急等气象保障工作。
专用设备机房电耗工作经费\t140.00\t140.00\t140.00\t0.00\t0.00\t0.00\t保障供电，支持气象设备正常运行，确保全年气象服务0.00的高效准确。
\t\t\t\t\t\t\t加强各类新型探测数据的分析能力，加强典型重大天气
气象专项工作经费\t26.00\t26.00\t26.00\t0.00\t0.00\t0.00\t过程的分析总结能力，提高城市气象防灾减灾服务水0.00平。提高各种转折性、灾害性天气的预报和服务水平和
\t\t\t\t\t\t\t重大气象现场服务能力和效率。
广州市气象台2025年信息化运维项目\t8.67\t8.67\t8.67\t0.00\t0.00\t0.00\t落实对气象业务系统维护，保障各项预报预警系统运行0.00稳定，延长其使用周期，降低故障率。
{header_again}
广州市气象台2026年信息化运维项目\t102.33\t102.33\t102.33\t0.00\t0.00\t0.00\t落实对气象业务系统维护，保障各项预报预警系统运行0.00稳定，延长其使用周期，降低故障率。
""".format(
    header="\t".join(
        (
            "支出项目类别（资金使用单位）",
            "总计",
            "合计",
            "财政拨款一般公共预算",
            "政府性基金预算",
            "国有资本经营预算",
            "财政专 其他资户拨款",
            "绩效目标金",
        )
    ),
    header_again="\t".join(
        (
            "支出项目类别（资金使用单位）",
            "总计",
            "合计",
            "一般公共预算",
            "政府性基金预算",
            "国有资本经营预算",
            "财政专 其他资户拨款",
            "绩效目标金",
        )
    ),
)

# guangzhou-07.pdf page 27: the header runs the three budgets together; the PDF prints two
# amounts in one cell (``38,349.650.00``, ``0.00 70,048.27``).
GUANGZHOU_RUN_TOGETHER = """2026年广州市市场监督管理局部门预算
表12
部门预算项目支出及其他支出预算表
单位名称：广州市市场监督管理局\t\t\t\t\t\t单位：万元
{header}
合计\t108,397.92\t38,349.65\t38,349.650.00\t0.00\t0.00 70,048.27\t
广州市市场监督管理局\t16,683.78\t16,683.78\t16,683.780.00\t0.00\t0.00\t0.00
""".format(
    header="\t".join(
        (
            "支出项目类别（资金使用单位）",
            "总计",
            "合计",
            "财政拨款一般公共预 政府性基金 国有资本经算预算",
            "营预算",
            "财政专户拨款",
            "其他资金绩效目标",
        )
    )
)

# shenzhen-02.pdf page 24: a unit (…（本级）) then its projects, no 合计 row; 单位资金 split.
SHENZHEN = """2026年深圳市统计局部门预算
表5
项目支出总表
部门名称：深圳市统计局（本级） 单位：万元
支出项目类别\t\t2026年预算\t\t\t\t\t\t\t\t\t
\t总计\t财政拨款\t\t\t财政专户管理资金\t单位资金\t\t\t\t\t上年结余、结转
\t\t一般公共预算拨款\t政府性基金预算拨款\t国有资本经营预算拨款\t\t事业收入\t事业单位经营收入\t上级补助收入\t附属单位上缴收入\t其他收入\t
深圳市统计局（本级）\t1,313.80\t1,313.80\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
统计管理\t352.27\t352.27\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
政务信息化项目（运行维护服务）\t7.50\t7.50\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
专项普查活动\t110.00\t110.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
专项统计业务\t844.03\t844.03\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00
"""

# yantai-02.pdf page 25 (the whole table): projects with their 项目类别, blank cells for
# zero, no unit row.
YANTAI = """烟台市人民政府办公室2026年部门预算
公开表11
项目支出预算情况表
部门（单位）：烟台市人民政府办公室 单位：万元
项目名称\t项目类别\t合计\t财政拨款\t\t\t\t财政专户管理资金\t单位资金\t使用非财政拨款结余\t上年结转
\t\t\t小计\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t\t\t
合 计\t\t5,039.97\t4,946.96\t4,946.96\t\t\t\t93.01\t\t
国际零碳岛屿合作组织专班经费\t其他运转类\t155.00\t155.00\t155.00\t\t\t\t\t\t
办公室政务运行保障经费\t其他运转类\t891.00\t891.00\t891.00\t\t\t\t\t\t
推进政府职能转变优化营商环境工作经费\t其他运转类\t300.00\t300.00\t300.00\t\t\t\t\t\t
实施公车统管费用\t其他运转类\t120.00\t120.00\t120.00\t\t\t\t\t\t
政务热线整合经费\t特定目标类\t3,170.00\t3,170.00\t3,170.00\t\t\t\t\t\t
驻外机构工作保障经费\t其他运转类\t159.96\t119.96\t119.96\t\t\t\t40.00\t\t
公务公车购置经费\t特定目标类\t25.00\t\t\t\t\t\t25.00\t\t
驻外机构工作保障经费\t其他运转类\t94.01\t91.00\t91.00\t\t\t\t3.01\t\t
公务用车购置经费\t特定目标类\t25.00\t\t\t\t\t\t25.00\t\t
驻外保障经费\t其他运转类\t100.00\t100.00\t100.00\t\t\t\t\t\t
"""

# xian-02.pdf page 36: 合计, the department and its units by code, 通用项目 / 专用项目,
# categories, projects; a category over its only project of the same amount.
XIAN = """2026年西安市统计局部门综合预算
表10
部门综合预算专项业务经费支出表
单位：元
单位编码\t单位（项目）名称\t项目金额\t项目简介
\t合计\t25,408,100.00\t
119\t西安市统计局\t25,408,100.00\t
119001\t西安市统计局\t25,139,100.00\t
\t通用项目\t8,580,600.00\t
\t大型活动\t750,000.00\t
\t统计业务培训\t750,000.00\t
\t大宗印刷项目\t1,228,100.00\t
\t统计资料印刷\t1,228,100.00\t
\t购买服务（审计、绩效、ppp项目评价）\t15,000.00\t
\t内审服务\t15,000.00\t
\t委托咨询业务\t587,500.00\t
\t法律咨询服务\t30,000.00\t
\t统计调查监测\t557,500.00\t
\t专项购置\t6,000,000.00\t
\t农业普查设备购置\t6,000,000.00\t
\t专用项目\t16,558,500.00\t
\t大型普查活动\t16,558,500.00\t
\t1%人口普查（2026）\t484,600.00\t
\t第四次农业普查\t16,073,900.00\t
119002\t西安市社会经济调查中心\t269,000.00\t
\t通用项目\t269,000.00\t
\t委托咨询业务\t269,000.00\t
\t社情民意调查\t269,000.00\t
"""


def _t18(document: Document) -> Table:
    tables = [t for t in document.tables if t.number == 18]
    assert len(tables) == 1, [t.number for t in document.tables]
    return tables[0]


def _errors(document: Document, prefix: str = "T18") -> list[str]:
    report = validate(document)
    return [f"{f.rule}: {f.message}" for f in report.errors if f.rule.startswith(prefix)]


def test_guangzhou_units_projects_and_run_together_labels() -> None:
    document = parse_text(GUANGZHOU)
    table = _t18(document)
    assert table.kind == "project_expenditure"
    assert [c.key for c in table.columns] == [
        "total",
        "fiscal_subtotal",
        "general_budget",
        "fund_budget",
        "soe_budget",
        "special_account",
        "other_funds",
    ]
    total = table.total_row
    assert total is not None and total["total"] == D("1505.38")
    units = [r for r in table.rows if r.role == "unit"]
    assert [u.name for u in units] == ["广州市气象局", "广州市防雷减灾管理办公室", "广州市气象台"]
    weather = table.rows.index(units[0])
    under = [r for r in table.rows if r.parent == weather]
    assert [r.project for r in under] == ["其他运行经费", "机构运行辅助经费", "业务用房物业管理费"]
    # 其他资金's 0.00 is taken out of the 绩效目标 text.
    assert under[0]["other_funds"] == D("0.00")
    assert dict(under[0].texts)["performance_target"] == (
        "对日常业务配套设备的维护维持，保障业务专用设备正常运作及气象观测基地、观测场标准绿地维护用水。"
    )
    # A text wrapped above and below its row's amounts stays with it.
    special = next(r for r in table.rows if r.project == "气象专项工作经费")
    assert dict(special.texts)["performance_target"].startswith("加强各类新型探测数据")
    assert dict(special.texts)["performance_target"].endswith("重大气象现场服务能力和效率。")
    # The header printed again on the next page is no row.
    assert not any("支出项目类别" in (r.name + (r.project or "")) for r in table.rows)
    last = table.rows[-1]
    assert last.project == "广州市气象台2026年信息化运维项目"
    assert last.parent == table.rows.index(units[2])
    # The excerpt stops inside the table: its groups add up, its 合计 (the whole) not.
    assert not [e for e in _errors(document) if "group_eq" in e or ".row." in e]


def test_guangzhou_two_amounts_in_one_cell() -> None:
    table = _t18(parse_text(GUANGZHOU_RUN_TOGETHER))
    total = table.total_row
    assert total is not None
    assert [total[k] for k in ("total", "fiscal_subtotal", "general_budget", "fund_budget")] == [
        D("108397.92"),
        D("38349.65"),
        D("38349.65"),
        D("0.00"),
    ]
    assert total["special_account"] == D("0.00") and total["other_funds"] == D("70048.27")


def test_shenzhen_unit_then_projects() -> None:
    document = parse_text(SHENZHEN)
    table = _t18(document)
    assert "business_income" in [c.key for c in table.columns]
    assert "carryover" in [c.key for c in table.columns]
    unit, *projects = table.rows
    assert unit.role == "unit" and unit.name == "深圳市统计局（本级）"
    assert [p.parent for p in projects] == [0, 0, 0, 0]
    assert projects[1].project == "政务信息化项目（运行维护服务）"
    assert _errors(document) == []


def test_yantai_projects_with_their_category() -> None:
    document = parse_text(YANTAI)
    table = _t18(document)
    assert [c.key for c in table.columns] == [
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
    projects = [r for r in table.rows if r.role == "detail"]
    assert all(r.parent is None for r in projects)
    assert dict(projects[4].texts) == {"category": "特定目标类"}
    assert projects[5]["unit_funds"] == D("40.00") and projects[5]["fund_budget"] is None
    # Two projects of 25.00, one after another project: no group; 合计 = the ten projects.
    assert _errors(document) == []


def test_xian_nested_groups_by_code_and_arithmetic() -> None:
    document = parse_text(XIAN)
    table = _t18(document)
    rows = table.rows
    by_name: dict[str, int] = {}
    for i, r in enumerate(rows):
        by_name.setdefault(r.name or r.project or "", i)  # the first of a name
    department = rows[1]
    assert department.item == "119" and department.role == "unit" and department.parent is None
    unit = rows[2]
    assert unit.item == "119001" and unit.parent == 1
    general = by_name["通用项目"]
    assert rows[general].role == "unit" and rows[general].parent == 2
    # A category over its only project of the same amount.
    assert rows[by_name["大型活动"]].parent == general
    assert rows[by_name["统计业务培训"]].parent == by_name["大型活动"]
    assert rows[by_name["法律咨询服务"]].parent == by_name["委托咨询业务"]
    assert rows[19].item == "119002" and rows[19].parent == 1
    assert _errors(document) == []


@pytest.mark.skipif(not (REAL / "guangzhou-02.pdf").exists(), reason="real corpus absent")
def test_guangzhou_02_whole_table_adds_up() -> None:
    document = parse(REAL / "guangzhou-02.pdf")
    table = _t18(document)
    assert table.printed_number == "表12"
    assert len([r for r in table.rows if r.role == "unit"]) == 5
    assert _errors(document) == []


@pytest.mark.skipif(not (REAL / "yantai-02.pdf").exists(), reason="real corpus absent")
def test_yantai_02_projects_are_table_3s_project_spending() -> None:
    document = parse(REAL / "yantai-02.pdf")
    table = _t18(document)
    table_3 = document.table(3)
    assert table.total_row is not None and table_3 is not None and table_3.total_row is not None
    assert table.total_row["total"] == table_3.total_row["project"] == D("5039.97")
    report = validate(document)
    assert "cross.T18_total_eq_T3_project" in report.rules
    assert not [f for f in report.findings if "cross.T18_total_eq_T3_project" in f.message]
    assert not [f for f in report.findings if f.rule == "cross.T18_total_eq_T3_project"]
