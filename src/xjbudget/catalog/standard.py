"""The eleven standard tables of a Xinjiang budget disclosure, declared as data.

Labels, variants and sums follow ``standard-tables.md``; every variant listed here
was seen in a real document.
"""

from __future__ import annotations

from attrs import evolve

from ..text import label_key
from .extended import EXTENDED_TABLES
from .shaanxi import SUMMARY_ITEMS, economic_columns, economic_items, economic_sums, function_items
from .shared import ECONOMIC, FUNCTIONAL, PERSONNEL, PREFIX, PUBLIC_USE
from .spec import ColumnDef as C
from .spec import ItemDef as I
from .spec import RowKey, TableSpec
from .spec import RowSum as S

__all__ = ["CATALOGUE", "STANDARD_TABLES", "spec_for_number", "spec_for_title"]


def _coded(
    number: int,
    kind: str,
    title: str,
    columns: tuple[C, ...],
    row_sums: tuple[S, ...],
    *,
    row_key: RowKey = "functional",
    title_pattern: str | None = None,
) -> TableSpec:
    """A table whose rows are keyed by classification code, 类 = sum of 款 = sum of 项."""
    return TableSpec(
        number=number,
        kind=kind,
        title=title,
        title_pattern=title_pattern or title + "$",
        columns=columns,
        row_key=row_key,
        hierarchical=True,
        row_sums=row_sums,
    )


_SOURCES = (
    C("general_budget", "一般公共预算"),
    C("fund_budget", "政府性基金预算", ("政府性基金",)),
    C("soe_budget", "国有资本经营预算"),
)

T1 = TableSpec(
    number=1,
    kind="budget_summary",
    title="部门收支总体情况表",
    # 收支总表 (江苏, 深圳), 部门综合预算收支总表 (西安), 财务收支预算总表 (上海).
    title_pattern=PREFIX + r"(?:财务)?收支(?:总体情况表|总表|预算总表)$",
    columns=(
        # 广州: 预算.
        C("income", "预算数", ("预算",), side="income"),
        C("expenditure", "预算数", ("预算",), side="expenditure"),
        # 上海 splits each 类 of the expenditure list: 预算数 › 合计 | 基本支出 (人员经费 |
        # 公用经费) | 项目支出.
        C("basic", "基本支出", side="expenditure", optional=True),
        evolve(PERSONNEL, side="expenditure", optional=True),
        evolve(PUBLIC_USE, side="expenditure", optional=True),
        C("project", "项目支出", side="expenditure", optional=True),
        # 西安: the two economic lists beside the function list (catalog/shaanxi.py).
        *economic_columns(),
    ),
    row_sums=(
        S("expenditure", "expenditure", ("basic", "project"), optional=True),
        S(
            "expenditure_by_use",
            "expenditure",
            ("personnel", "public_use", "project"),
            optional=True,
        ),
    ),
    row_key="item",
    two_sided=True,
    # Other templates word the items their own way (一般公共预算拨款收入, …资金, …收入),
    # print 财政拨款 as a heading over the three budgets, and end the expenditure list
    # with 本年支出合计, 结转下年 and the unit's other spending before 支出总计.
    items=(
        I("current_year_income", "一、本年收入", ("本年收入合计", "本年收入"), side="income"),
        I("fiscal", "财政拨款", ("财政拨款收入", "预算拨款"), side="income"),
        I(
            "general_budget",
            "一般公共预算拨款",
            (
                "一般公共预算拨款收入",
                "一般公共预算资金",
                "一般公共预算收入",
                "一般公共预算",
                "公共预算拨款",
            ),
            side="income",
        ),
        I("general_budget_own", "一般财力", side="income"),
        I("general_budget_transfer", "上级一般公共预算安排转移支付", side="income"),
        I(
            "fund_budget",
            "基金预算拨款",
            (
                "政府性基金预算拨款收入",
                "政府性基金预算拨款",
                "政府性基金预算资金",
                "政府性基金预算收入",
                "政府性基金预算",
                "政府性基金拨款",
            ),
            side="income",
        ),
        I("fund_budget_own", "政府性基金收入", side="income"),
        I("fund_budget_transfer", "上级政府性基金安排转移支付", side="income"),
        I(
            "soe_budget",
            "国有资本经营预算拨款",
            (
                "国有资本经营预算拨款收入",
                "国有资本经营预算资金",
                "国有资本经营预算收入",
                "国有资本经营预算",
            ),
            side="income",
        ),
        I("soe_budget_own", "国有资本经营收入", side="income"),
        I("soe_budget_transfer", "上级国有资本经营预算安排转移支付", side="income"),
        I(
            "special_account",
            "财政专户核拨",
            ("财政专户管理资金收入", "财政专户管理资金", "财政专户拨款"),
            side="income",
        ),
        I("unit_funds", "单位资金", side="income"),
        I(
            "business_income",
            "事业收入",
            ("事业收入资金", "事业收入（不含教育收费）"),
            side="income",
        ),
        I("upper_subsidy", "上级补助收入", ("上级补助收入资金",), side="income"),
        I("affiliated_remittance", "附属单位上缴收入", ("附属单位上缴收入资金",), side="income"),
        I("operating_income", "事业单位经营收入", ("事业单位经营收入资金",), side="income"),
        I("other_income", "其他收入", ("其他收入资金",), side="income"),
        # 江苏, 深圳, 烟台 close the year's income with 本年收入合计 (the same item as 一、本年
        # 收入); 烟台 then lists income outside it before 上年结转 and 收入总计.
        I("current_year_income", "本年收入合计", side="income"),
        I("upper_subsidy_other", "上级补助收入", side="income"),
        I("affiliated_remittance_other", "附属单位上缴收入", side="income"),
        I("nonfiscal_balance_used", "使用非财政拨款结余", side="income"),
        I(
            "carryover",
            "二、上年结转结余",
            ("上年结转结余", "上年结转", "上年结余、结转", "上年结转结余收入"),
            side="income",
        ),
        I(
            "fiscal_carryover",
            "财政拨款结转",
            ("财政拨款结余、结转", "财政拨款资金结转"),
            side="income",
        ),
        I("fiscal_carryover_general", "一般公共预算拨款", side="income"),
        I("fiscal_carryover_fund", "基金预算拨款", side="income"),
        I("fiscal_carryover_soe", "国有资本经营预算拨款", side="income"),
        I(
            "nonfiscal_carryover",
            "非财政拨款结转结余",
            ("非财政拨款结余、结转", "非财政拨款资金结余"),
            side="income",
        ),
        I("nonfiscal_carryover_special", "财政专户核拨", side="income"),
        I("nonfiscal_carryover_unit", "单位资金", side="income"),
        I("income_total", "收入总计", ("收入合计", "合计"), side="income"),
        I(
            "current_year_expenditure",
            "本年支出合计",
            ("一、本年支出", "本年支出"),
            side="expenditure",
        ),
        I("operating_expenditure", "事业单位经营支出", side="expenditure"),
        I(
            "affiliated_subsidy",
            "对附属单位补助支出",
            ("对附属单位的补助支出",),
            side="expenditure",
        ),
        I("remit_upper", "上缴上级支出", side="expenditure"),
        I(
            "year_end_carryover",
            "结转下年",
            ("年终结转结余", "二、年终结转结余", "二、结转下年", "结转结余下年"),
            side="expenditure",
        ),
        I("expenditure_total", "支出总计", ("支出合计", "合计"), side="expenditure"),
        # 西安 (catalog/shaanxi.py): its income items, the function list's head and
        # 未安排支出的实户资金, and the two economic lists.
        *SUMMARY_ITEMS,
        *function_items(),
        *economic_items(),
    ),
    item_sums=(
        # 财政拨款 where printed (深圳, 广州's 预算拨款), else its three budgets (its own sum).
        S(
            "current_year_income",
            "current_year_income",
            ("fiscal", "special_account", "unit_funds"),
            "income",
        ),
        S(
            "general_budget",
            "general_budget",
            ("general_budget_own", "general_budget_transfer"),
            "income",
        ),
        S("fund_budget", "fund_budget", ("fund_budget_own", "fund_budget_transfer"), "income"),
        S("soe_budget", "soe_budget", ("soe_budget_own", "soe_budget_transfer"), "income"),
        S(
            "unit_funds",
            "unit_funds",
            (
                "business_income",
                "upper_subsidy",
                "affiliated_remittance",
                "operating_income",
                "other_income",
            ),
            "income",
        ),
        S("carryover", "carryover", ("fiscal_carryover", "nonfiscal_carryover"), "income"),
        S(
            "fiscal_carryover",
            "fiscal_carryover",
            ("fiscal_carryover_general", "fiscal_carryover_fund", "fiscal_carryover_soe"),
            "income",
        ),
        S(
            "nonfiscal_carryover",
            "nonfiscal_carryover",
            ("nonfiscal_carryover_special", "nonfiscal_carryover_unit"),
            "income",
        ),
        S(
            "income_total",
            "income_total",
            ("current_year_income", "carryover"),
            "income",
            also=(
                "upper_subsidy_other",
                "affiliated_remittance_other",
                "nonfiscal_balance_used",
                "business_fund_used",
                "prior_cash_balance",
            ),
        ),
        S("fiscal", "fiscal", ("general_budget", "fund_budget", "soe_budget"), "income"),
        # 西安: 一、部门预算 = 财政拨款 + 上级补助收入 + 事业收入 + 事业单位经营收入 + 附属单位
        # 上缴收入 + 其他收入 (本年收入合计 is their sum too: the sum above, 单位资金 not
        # printed); the function list's head = 本年支出合计.
        S(
            "department_budget",
            "department_budget",
            (
                "fiscal",
                "upper_subsidy",
                "business_income",
                "operating_income",
                "affiliated_remittance",
                "other_income",
            ),
            "income",
        ),
        S("current_year_expenditure", "current_year_expenditure", ("budget_expenditure",)),
        *economic_sums(),
    ),
)

# The parts of 单位资金 some templates print as columns (重庆 表2).
_UNIT_FUND_PARTS = (
    # 烟台: 事业收入（不含教育收费）, not 财政专户（教育收费）.
    C("business_income", "事业收入", ("事业收入（不含教育收费）",), optional=True),
    C("upper_subsidy", "上级补助收入", optional=True),
    C("affiliated_remittance", "附属单位上缴收入", optional=True),
    C("operating_income", "事业单位经营收入", optional=True),
    C("other_income", "其他收入", optional=True),
)

T2 = TableSpec(
    number=2,
    kind="income_summary",
    title="部门收入总体情况表",
    title_pattern=PREFIX + r"收入(?:总体情况表|总表|预算总表)$",
    by_unit=14,
    columns=(
        C("total", "总计"),
        C("fiscal_subtotal", "财政拨款（补助）小计", ("小计", "财政拨款（补助）", "财政拨款收入")),
        # 重庆, 上海: 一般公共预算拨款收入 …, 财政专户管理资金收入, and the parts of 单位资金.
        C("general_budget", "一般公共预算", ("一般公共预算拨款收入", "一般公共预算拨款")),
        C("general_budget_transfer", "上级一般公共预算安排的转移支付"),
        C(
            "fund_budget",
            "政府性基金预算",
            ("政府基金预算", "政府性基金预算拨款收入", "政府性基金预算拨款"),
        ),
        C("fund_budget_transfer", "上级政府性基金安排的转移支付"),
        C("soe_budget", "国有资本经营预算", ("国有资本经营预算拨款收入", "国有资本经营预算拨款")),
        C("soe_budget_transfer", "上级国有资本经营预算安排的转移支付"),
        C(
            "special_account",
            "财政专户（教育收费）",
            ("财政专户（教育费）", "财政专户", "财政专户管理资金收入", "财政专户管理资金"),
        ),
        C("unit_funds", "单位资金"),
        *_UNIT_FUND_PARTS,
        C("fiscal_carryover", "财政拨款结转"),
        C("nonfiscal_carryover", "非财政拨款结转结余", ("非财政拨款结转余",)),
    ),
    row_key="functional",
    hierarchical=True,
    row_sums=(
        S(
            "total",
            "total",
            (
                "fiscal_subtotal",
                "special_account",
                "unit_funds",
                "fiscal_carryover",
                "nonfiscal_carryover",
            ),
        ),
        S(
            "fiscal_subtotal",
            "fiscal_subtotal",
            (
                "general_budget",
                "general_budget_transfer",
                "fund_budget",
                "fund_budget_transfer",
                "soe_budget",
                "soe_budget_transfer",
            ),
        ),
    ),
)

# Several templates split 基本支出 into 小计 / 人员经费 / 公用经费 (重庆, 烟台, 江苏); Xi'an
# prints 人员经费支出 / 公用经费支出 / 专项业务经费支出 without 基本支出.
_BASIC_PROJECT = (
    C("total", "合计", ("金额", "总计", "支出总计")),
    C("basic", "基本支出"),
    evolve(PERSONNEL, optional=True),
    evolve(PUBLIC_USE, optional=True),
    C("project", "项目支出", ("专项业务经费支出",)),
    # 重庆's 表五 prints the year before's budget (2025年预算数) before the budget year's.
    C("prior_year", "上年预算数", optional=True),
)
# 江苏 and 深圳 print a unit's other spending beside 基本支出 and 项目支出 in 表3.
_OTHER_SPENDING = (
    C("operating", "事业单位经营支出", optional=True),
    C("remit_upper", "上缴上级支出", optional=True),
    C("affiliated_subsidy", "对附属单位补助支出", optional=True),
)
# 深圳 also prints the year's 政府采购项目 (小计, and the part reserved for small and
# medium-sized enterprises, and of it for small and micro ones): not parts of 合计.
_PROCUREMENT = (
    C("procurement", "政府采购项目", optional=True),
    C(
        "procurement_sme",
        "其中：政府采购项目中预留给中小企业的项目资金规模",
        optional=True,
    ),
    C(
        "procurement_small_micro",
        "其中：政府采购项目中预留给小型、微型企业的项目资金规模",
        optional=True,
    ),
)
_BASIC_PROJECT_SUM = (
    S("total", "total", ("basic", "project")),
    S("basic", "basic", ("personnel", "public_use"), optional=True),
    S("total_by_use", "total", ("personnel", "public_use", "project"), optional=True),
)

T3 = TableSpec(
    number=3,
    kind="expenditure_summary",
    title="部门支出总体情况表",
    title_pattern=PREFIX + r"支出(?:总体情况表|总表|预算总表)$",
    by_unit=15,
    columns=(*_BASIC_PROJECT, *_OTHER_SPENDING, *_PROCUREMENT),
    row_key="functional",
    hierarchical=True,
    row_sums=(
        S("total", "total", ("basic", "project"), also=tuple(c.key for c in _OTHER_SPENDING)),
        *_BASIC_PROJECT_SUM[1:],
    ),
)

T4 = TableSpec(
    number=4,
    kind="fiscal_appropriation_summary",
    title="财政拨款收支预算总体情况表",
    title_pattern=r"财政拨款收支(?:预算)?(?:总体情况表|总表)$",
    columns=(
        C("income", "合计", ("预算数", "预算"), side="income"),
        # 江苏, 深圳, 广州 print one 预算数 (预算) column on the expenditure side: the 合计.
        C("total", "合计", ("预算数", "预算"), side="expenditure"),
        C("general_budget", "一般公共预算", side="expenditure"),
        C("fund_budget", "政府性基金预算", ("政府性基金",), side="expenditure"),
        C("soe_budget", "国有资本经营预算", side="expenditure"),
        *economic_columns(),
    ),
    row_key="item",
    two_sided=True,
    # 江苏, 重庆 print 一、本年收入 over the three budgets and 二、上年结转 over the same
    # three again; 深圳 prints 财政拨款, 本年收入合计 and 上年结余、结转 by budget.
    items=(
        I("current_year_income", "一、本年收入", ("本年收入合计", "本年收入"), side="income"),
        I("fiscal_total", "一、财政拨款（补助）", ("财政拨款",), side="income"),
        I(
            "general_budget",
            "一般公共预算",
            ("一般公共预算拨款", "一般公共预算资金", "一般公共预算收入"),
            side="income",
        ),
        I(
            "fund_budget",
            "政府性基金预算",
            (
                "政府性基金预算拨款",
                "政府性基金预算资金",
                "政府性基金预算收入",
                "政府性基金拨款",
            ),
            side="income",
        ),
        I(
            "soe_budget",
            "国有资本经营预算",
            ("国有资本经营预算拨款", "国有资本经营预算资金", "国有资本经营预算收入"),
            side="income",
        ),
        I(
            "carryover",
            "二、上年结转",
            ("上年结转", "上年结余、结转", "上年结转结余"),
            side="income",
        ),
        I(
            "carryover_general",
            "一般公共预算拨款",
            ("一般公共预算拨款结余、结转", "一般公共预算"),
            side="income",
        ),
        I(
            "carryover_fund",
            "政府性基金预算拨款",
            ("政府性基金预算拨款结余、结转", "政府性基金预算"),
            side="income",
        ),
        I(
            "carryover_soe",
            "国有资本经营预算拨款",
            ("国有资本经营预算拨款结余、结转", "国有资本经营预算", "国有资本经营收入"),
            side="income",
        ),
        I("income_total", "收入总计", ("收入合计", "合计"), side="income"),
        I(
            "current_year_expenditure",
            "本年支出合计",
            ("一、本年支出", "本年支出"),
            side="expenditure",
        ),
        I(
            "year_end_carryover",
            "结转下年",
            ("年终结转结余", "二、年终结转结余", "二、结转下年", "结转结余下年"),
            side="expenditure",
        ),
        I("expenditure_total", "支出总计", ("支出合计", "合计"), side="expenditure"),
        # 西安 (catalog/shaanxi.py): 其中：专项资金…, the function list's head and
        # 未安排支出的实户资金, and the two economic lists.
        *(i for i in SUMMARY_ITEMS if i.key == "special_funds"),
        *function_items(),
        *economic_items(),
    ),
    row_sums=(S("total", "total", ("general_budget", "fund_budget", "soe_budget")),),
    item_sums=(
        S(
            "fiscal_total",
            "fiscal_total",
            ("general_budget", "fund_budget", "soe_budget"),
            "income",
        ),
        S(
            "current_year_income",
            "current_year_income",
            ("general_budget", "fund_budget", "soe_budget"),
            "income",
        ),
        S(
            "carryover",
            "carryover",
            ("carryover_general", "carryover_fund", "carryover_soe"),
            "income",
        ),
        S("income_total", "income_total", ("current_year_income", "carryover"), "income"),
        S("current_year_expenditure", "current_year_expenditure", ("budget_expenditure",)),
        *economic_sums(),
    ),
)

T5 = _coded(
    5,
    "general_budget_expenditure",
    "一般公共预算支出情况表",
    _BASIC_PROJECT,
    _BASIC_PROJECT_SUM,
    # Other provinces: 一般公共预算支出功能分类预算表 (上海), 一般公共预算支出预算表（功能科目）
    # (江苏), 一般公共预算财政拨款支出决算表 (决算).
    # 一般公共预算支出表 (江苏), …支出表（按功能分类） (深圳), …支出明细表（按支出功能分类
    # 科目） (西安); never one by economic class.
    title_pattern=PREFIX
    + r"一般公共预算(?:财政拨款)?支出(?:情况表|功能分类预算表|预算表|表|明细表|决算表)"
    + FUNCTIONAL
    + "?$",
)

T6 = _coded(
    6,
    "general_budget_basic_expenditure",
    "一般公共预算基本支出情况表",
    (
        # 烟台: 基本支出预算 › 小计 | 人员支出 | 日常公用支出.
        C("total", "合计", ("基本支出", "金额", "基本支出预算", "预算")),
        PERSONNEL,
        PUBLIC_USE,
    ),
    (S("total", "total", ("personnel", "public_use")),),
    row_key="economic",
    title_pattern=r"一般公共预算基本支出(?:情况表|部门预算经济分类预算表|预算表|表|明细表)"
    + ECONOMIC
    + "?$",
)

_T7_PARTS = (
    C("wages", "工资福利支出"),
    C("goods_services", "商品服务支出", ("商品和服务支出",)),
    C("household_transfers", "对个人和家庭的补助"),
    C("debt_interest", "债务利息及费用支出"),
    C("capital_construction", "资本性支出（基本建设）"),
    C("capital", "资本性支出"),
    C("enterprise_subsidy_construction", "对企业补助（基本建设）"),
    C("enterprise_subsidy", "对企业补助"),
    C("social_security_fund", "对社会保障基金补助"),
    C("other", "其他支出"),
)

T7 = _coded(
    7,
    "general_budget_project_expenditure",
    "一般公共预算项目支出情况表",
    (C("total", "项目支出合计", ("合计",)), *_T7_PARTS),
    (S("total", "total", tuple(c.key for c in _T7_PARTS)),),
)

_FUND_COLUMNS = (
    C("total", "合计", ("金额", "支出总计", "总计", "本年支出合计")),
    PERSONNEL,
    PUBLIC_USE,
    C("basic", "基本支出"),
    C("project", "项目支出"),
)
_FUND_SUMS = (
    S("total", "total", ("personnel", "public_use", "project")),
    S("total_basic", "total", ("basic", "project")),
)

T8 = _coded(
    8,
    "fund_budget_expenditure",
    "政府性基金预算支出情况表",
    _FUND_COLUMNS,
    _FUND_SUMS,
    title_pattern=r"政府性基金预算(?:财政拨款)?支出(?:情况表|功能分类预算表|预算表|表)"
    + FUNCTIONAL
    + "?$",
)

T9 = _coded(
    9,
    "soe_budget_expenditure",
    "国有资本经营预算支出情况表",
    _FUND_COLUMNS,
    _FUND_SUMS,
    title_pattern=r"国有资本经营预算(?:财政拨款)?支出(?:情况表|功能分类预算表|预算表|表)"
    + FUNCTIONAL
    + "?$",
)

T10 = TableSpec(
    number=10,
    kind="three_public_expenses",
    title="财政拨款“三公”经费支出情况表",
    # Other provinces print the items as columns: 三公经费、会议费、培训费支出预算表 (江苏),
    # 三公经费和机关运行经费预算表 (上海), 财政拨款三公经费支出决算表.
    # 西安 2022: …“三公”经费、会议费、培训费表（不含上年结转）; 西安 prints it by unit (表22).
    title_pattern=r"三公经费.*表(?:不含上年结转)?$",
    by_unit=22,
    columns=(
        C("total", "合计"),
        *_SOURCES,
        # The items printed as columns under year groups (烟台, 重庆: 2025年预算数 |
        # 2026年预算数, each over 合计 | 因公出国（境）费 | …): the budget year's amounts are
        # ``total``, the year before's ``prior_year``, a 增减 group's ``change``.
        C("prior_year", "上年预算数", optional=True),
        C("change", "增减变化", optional=True),
        # 深圳 prints a row per year (2025年, 2026年, 增减变化金额) and a column per item
        # and source: the year before's and the change's sources.
        *(C(f"prior_year_{c.key}", f"上年{c.label}", optional=True) for c in _SOURCES),
        *(C(f"change_{c.key}", f"{c.label}增减变化", optional=True) for c in _SOURCES),
    ),
    row_key="item",
    items=(
        # 广州 表8 prints the items as rows named 支出: “三公”经费, 其中：（一）因公出国（境）
        # 支出, （二）公务用车购置及运行维护支出, （三）公务接待费支出, after 行政经费.
        I("total", "合计", ("总计", "“三公”经费")),
        I("outbound_travel", "因公出国（境）费", ("因公出国（境）经费", "因公出国（境）支出")),
        I("reception", "公务接待费", ("公务接待费支出",)),
        I(
            "vehicles",
            "公务用车购置及运行费（小计）",
            ("公务用车购置及运行费", "公务用车购置及运行维护支出"),
        ),
        I("vehicle_purchase", "公务用车购置费", ("公务用车购置经费",)),
        I("vehicle_operation", "公务用车运行费", ("公务用车运行维护费",)),
        # Printed beside the “三公” items by other templates, no part of their 合计:
        # 会议费 and 培训费 (江苏, 西安), 机关运行经费 (上海).
        I("meetings", "会议费"),
        I("training", "培训费"),
        I("office_operation", "机关运行经费", ("机关运行经费预算数",)),
        # 广东's 行政经费 (广州 表8 行政经费及“三公”经费预算表), printed before the “三公” items.
        I("administrative", "行政经费"),
    ),
    row_sums=(S("total", "total", ("general_budget", "fund_budget", "soe_budget")),),
    item_sums=(
        S("total", "total", ("outbound_travel", "reception", "vehicles")),
        S("vehicles", "vehicles", ("vehicle_purchase", "vehicle_operation")),
    ),
)

T11 = TableSpec(
    number=11,
    kind="carryover_detail",
    title="上年结转结余情况明细表",
    title_pattern=r"上年结转结余(?:情况)?明细表$",
    columns=(
        C("total", "总计"),
        C("fiscal_total", "合计", groups=("财政拨款",)),
        C("fiscal_personnel", "人员经费", groups=("财政拨款",)),
        C("fiscal_public_use", "公用经费", groups=("财政拨款",)),
        C("fiscal_project", "项目支出", groups=("财政拨款",)),
        C("nonfiscal_total", "合计", groups=("非财政拨款",)),
        C("nonfiscal_personnel", "人员经费", groups=("非财政拨款",)),
        C("nonfiscal_public_use", "公用经费", groups=("非财政拨款",)),
        C("nonfiscal_project", "项目支出", groups=("非财政拨款",)),
    ),
    row_key="project",
    row_sums=(
        S("total", "total", ("fiscal_total", "nonfiscal_total")),
        S(
            "fiscal_total",
            "fiscal_total",
            ("fiscal_personnel", "fiscal_public_use", "fiscal_project"),
        ),
        S(
            "nonfiscal_total",
            "nonfiscal_total",
            ("nonfiscal_personnel", "nonfiscal_public_use", "nonfiscal_project"),
        ),
    ),
)

STANDARD_TABLES: tuple[TableSpec, ...] = (T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11)

#: The eleven and the tables several templates print beyond them (numbers 12 on,
#: :mod:`xjbudget.catalog.extended`).
CATALOGUE: tuple[TableSpec, ...] = STANDARD_TABLES + EXTENDED_TABLES


def spec_for_number(number: int) -> TableSpec | None:
    """The table with this number in the catalogue (1 … 11 the standard ones)."""
    return next((s for s in CATALOGUE if s.number == number), None)


def spec_for_title(title: str) -> TableSpec | None:
    """The table whose title this is (2023 and 2024 wording, 部门 or 单位, the other
    templates' titles)."""
    key = label_key(title)
    return next((s for s in CATALOGUE if s.matches_key(key)), None)
