"""西安's 部门综合预算收支总表 (表1) and 财政拨款收支总表 (表4), declared as data.

The shaanxi template prints the income list beside *three* expenditure lists, each with
its own 预算数: 支出功能分类科目（按大类） (the 类 by name, as every template's list),
部门预算支出经济分类科目（按大类） (一、部门预算 › 1、人员经费和公用经费支出 › (1)工资福利支出 …,
2、专项业务经费支出 › (1)…, 3、上缴上级支出 …) and 政府预算支出经济分类科目（按大类）
(机关工资福利支出 …). The function list is the side's list (column ``expenditure`` of
表1, ``total`` of 表4, items without ``column``); each economic list keeps its rows
apart under its own column, :data:`DEPARTMENT_ECONOMIC` and :data:`GOVERNMENT_ECONOMIC`,
its items declared with that column (:attr:`~xjbudget.catalog.ItemDef.column`), so a
row says by its column which list it is printed in.

:func:`economic_items` are the items of both economic lists, the same in 表1 and 表4
(their head is 一、部门预算 in 表1, 一、财政拨款 in 表4); :func:`economic_sums` the sums
that hold in each (the head = its parts, each group = its classes, 支出总计 = the head
(printed again as 本年支出合计) + 结转下年 + 未安排支出的实户资金). That each list adds up
to the function list's 支出总计 is a check across the lists' columns
(``validate/cross.py``).
"""

from __future__ import annotations

from .spec import ColumnDef as C
from .spec import ItemDef as I
from .spec import RowSum as S

__all__ = [
    "DEPARTMENT_ECONOMIC",
    "GOVERNMENT_ECONOMIC",
    "INCOME_ORDER",
    "LIST_COLUMNS",
    "SUMMARY_ITEMS",
    "SUMMARY_ORDER",
    "economic_columns",
    "economic_items",
    "economic_sums",
    "function_items",
]

#: The column of the 部门预算支出经济分类 list and of the 政府预算支出经济分类 list.
DEPARTMENT_ECONOMIC = "department_economic"
GOVERNMENT_ECONOMIC = "government_economic"
LIST_COLUMNS = (DEPARTMENT_ECONOMIC, GOVERNMENT_ECONOMIC)


#: The income items only the shaanxi template prints (表1; 表4 prints 专项资金 only).
SUMMARY_ITEMS = (
    I("department_budget", "一、部门预算", side="income"),
    # Parts of what they follow (其中), in no sum: 专项资金 of 一般公共预算拨款, the fees
    # under 财政专户 of 事业收入.
    I("special_funds", "其中：专项资金列入部门预算的项目", side="income"),
    I("special_account_fees", "其中：纳入财政专户管理的收费", side="income"),
    # After 本年收入合计, parts of 收入总计 (2021/2022: 用事业基金弥补收支差额; 2026:
    # 使用非财政拨款结余, the declared ``nonfiscal_balance_used``).
    I("business_fund_used", "用事业基金弥补收支差额", side="income"),
    I("prior_cash_balance", "上年实户资金余额", side="income"),
)

#: The income list of 表1 and of 表4 in printed order: the shaanxi reader matches its
#: labels to these items only, in this order (上级补助收入 before 事业收入, not after
#: 本年收入合计 as 烟台 prints it).
INCOME_ORDER: dict[int, tuple[str, ...]] = {
    1: (
        "department_budget",
        "fiscal",
        "general_budget",
        "special_funds",
        "fund_budget",
        "soe_budget",
        "upper_subsidy",
        "business_income",
        "special_account_fees",
        "operating_income",
        "affiliated_remittance",
        "other_income",
        "current_year_income",
        "business_fund_used",
        "nonfiscal_balance_used",
        "prior_cash_balance",
        "carryover",
        "fiscal_carryover",
        "nonfiscal_carryover",
        "income_total",
    ),
    4: (
        "fiscal_total",
        "general_budget",
        "special_funds",
        "fund_budget",
        "soe_budget",
        "current_year_income",
        "carryover",
        "income_total",
    ),
}

#: The named rows of the function list, in printed order (the 类 between the head and
#: 本年支出合计 are read by name, :class:`xjbudget.tables.items.ClassNames`).
SUMMARY_ORDER = (
    "budget_expenditure",
    "current_year_expenditure",
    "year_end_carryover",
    "unallocated_funds",
    "expenditure_total",
)


def function_items() -> tuple[I, ...]:
    """The function list's items the other templates do not print: its head (一、部门预算
    in 表1, 一、财政拨款 in 表4: = 本年支出合计) and 未安排支出的实户资金."""
    return (
        I("budget_expenditure", "一、部门预算", ("一、财政拨款",), side="expenditure"),
        I("unallocated_funds", "未安排支出的实户资金", side="expenditure"),
    )


def economic_columns() -> tuple[C, ...]:
    """The two economic lists' 预算数 columns (optional: only 西安 prints them)."""
    return (
        C(DEPARTMENT_ECONOMIC, "部门预算支出经济分类预算数", side="expenditure", optional=True),
        C(GOVERNMENT_ECONOMIC, "政府预算支出经济分类预算数", side="expenditure", optional=True),
    )


def _closing(prefix: str, column: str) -> tuple[I, ...]:
    """What closes a list: 本年支出合计, 结转下年, 未安排支出的实户资金, 支出总计."""
    return (
        I(f"{prefix}_current_year", "本年支出合计", side="expenditure", column=column),
        I(f"{prefix}_carryover", "结转下年", side="expenditure", column=column),
        I(f"{prefix}_unallocated", "未安排支出的实户资金", side="expenditure", column=column),
        I(f"{prefix}_total", "支出总计", side="expenditure", column=column),
    )


def _department() -> tuple[I, ...]:
    c = DEPARTMENT_ECONOMIC

    def item(key: str, label: str, *variants: str) -> I:
        return I(f"dept_{key}", label, variants, side="expenditure", column=c)

    # The same classes under 人员经费和公用经费 (basic) and 专项业务经费 (project): the
    # order of the list tells them apart.
    return (
        item("budget", "一、部门预算", "一、财政拨款"),
        item("basic", "1、人员经费和公用经费支出"),
        item("basic_wages", "(1)工资福利支出"),
        item("basic_goods_services", "(2)商品和服务支出"),
        item("basic_household", "(3)对个人和家庭的补助", "对个人和家庭补助"),
        item("basic_capital", "(4)资本性支出"),
        item("project", "2、专项业务经费支出"),
        item("project_wages", "(1)工资福利支出"),
        item("project_goods_services", "(2)商品和服务支出"),
        item("project_household", "(3)对个人和家庭补助", "对个人和家庭的补助"),
        item("project_debt_interest", "(4)债务利息及费用支出"),
        item("project_capital_construction", "(5)资本性支出(基本建设)"),
        item("project_capital", "(6)资本性支出"),
        item("project_enterprise_construction", "(7)对企业补助(基本建设)"),
        item("project_enterprise", "(8)对企业补助"),
        item("project_social_security", "(9)对社会保障基金补助"),
        item("project_other", "(10)其他支出"),
        item("remit_upper", "3、上缴上级支出"),
        item("operating", "4、事业单位经营支出"),
        item("affiliated_subsidy", "5、对附属单位补助支出"),
        *_closing("dept", c),
    )


_DEPARTMENT_GROUPS = ("basic", "project", "remit_upper", "operating", "affiliated_subsidy")
_BASIC = ("basic_wages", "basic_goods_services", "basic_household", "basic_capital")
_PROJECT = (
    "project_wages",
    "project_goods_services",
    "project_household",
    "project_debt_interest",
    "project_capital_construction",
    "project_capital",
    "project_enterprise_construction",
    "project_enterprise",
    "project_social_security",
    "project_other",
)

# 政府预算支出经济分类 by 类 (501 … 599); 2026 prints 机关资本性支出 and 机关资本性支出
# （基本建设）, 2021/2022 机关资本性支出（一） and （二）.
_GOVERNMENT_CLASSES = (
    ("wages", "机关工资福利支出", ()),
    ("goods_services", "机关商品和服务支出", ()),
    ("capital", "机关资本性支出（一）", ("机关资本性支出",)),
    ("capital_construction", "机关资本性支出（二）", ("机关资本性支出（基本建设）",)),
    ("institution_subsidy", "对事业单位经常性补助", ()),
    ("institution_capital", "对事业单位资本性补助", ()),
    ("enterprise_subsidy", "对企业补助", ()),
    ("enterprise_capital", "对企业资本性支出", ()),
    ("household", "对个人和家庭的补助", ()),
    ("social_security", "对社会保障基金补助", ()),
    ("debt_interest", "债务利息及费用支出", ()),
    ("debt_principal", "债务还本支出", ()),
    ("transfers", "转移性支出", ()),
    ("reserve", "预备费及预留", ()),
    ("other", "其他支出", ()),
)


def _government() -> tuple[I, ...]:
    c = GOVERNMENT_ECONOMIC
    return (
        I("gov_budget", "一、部门预算", ("一、财政拨款",), side="expenditure", column=c),
        *(
            I(f"gov_{key}", label, variants, side="expenditure", column=c)
            for key, label, variants in _GOVERNMENT_CLASSES
        ),
        *_closing("gov", c),
    )


def economic_items() -> tuple[I, ...]:
    """The items of the two economic lists, in printed order."""
    return (*_department(), *_government())


def _closing_sum(prefix: str) -> S:
    """支出总计 = the head (= 本年支出合计) + 结转下年 + 未安排支出的实户资金."""
    total = f"{prefix}_total"
    return S(total, total, (f"{prefix}_budget", f"{prefix}_carryover", f"{prefix}_unallocated"))


def economic_sums() -> tuple[S, ...]:
    """The sums inside each economic list. They name no column: each runs in every
    column, and only the list's own column prints its items (a table without the list
    lists none of them, so the sum is not run there)."""

    def d(*keys: str) -> tuple[str, ...]:
        return tuple(f"dept_{k}" for k in keys)

    return (
        S("dept_budget", "dept_budget", d(*_DEPARTMENT_GROUPS)),
        S("dept_basic", "dept_basic", d(*_BASIC)),
        S("dept_project", "dept_project", d(*_PROJECT)),
        _closing_sum("dept"),
        S("gov_budget", "gov_budget", tuple(f"gov_{k}" for k, _, _ in _GOVERNMENT_CLASSES)),
        _closing_sum("gov"),
    )
