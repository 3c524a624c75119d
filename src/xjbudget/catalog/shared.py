"""What the templates share: pieces of table titles, as patterns over the
:func:`~xjbudget.text.label_key` form of a title (brackets and punctuation dropped), and
the columns several tables declare alike."""

from __future__ import annotations

from attrs import evolve

from .spec import ColumnDef, RowSum

__all__ = [
    "BY_SOURCE",
    "BY_SOURCE_SUMS",
    "ECONOMIC",
    "FUNCTIONAL",
    "PERSONNEL",
    "PREFIX",
    "PUBLIC_USE",
    "SOURCES",
    "SPECIAL_ACCOUNT_PARTS",
]

#: What may stand before a title: the year, 部门/单位, 本年, Xi'an's 部门综合预算.
PREFIX = r"(?:^|年|部门|单位|本年|综合预算)"
#: The classification a title names in brackets: （按功能分类）, （功能科目）,
#: （按支出功能分类科目）, （按功能科目分）, （按支出功能分类科目-不含上年结转）.
FUNCTIONAL = r"(?:按?(?:支出)?功能(?:分类)?(?:科目)?分?(?:不含上年结转)?)"
#: The same for the economic classification: （按经济分类）, （经济科目）, （支出经济分类科目）.
ECONOMIC = r"(?:按?(?:支出)?经济(?:分类)?(?:科目)?分?(?:不含上年结转)?)"

#: 人员经费 as the templates print it: 人员经费支出 (西安), 人员支出 (烟台).
PERSONNEL = ColumnDef("personnel", "人员经费", ("人员经费支出", "人员支出"))
#: 公用经费: 公用经费支出 (西安), 日常公用支出 (烟台).
PUBLIC_USE = ColumnDef("public_use", "公用经费", ("公用经费支出", "日常公用支出"))

#: The funding sources a table prints as columns, after its total and 本年收入 (收入总表 by
#: unit, and every table that splits an amount by where its money comes from):
#: 财政拨款 by budget, 财政专户, the unit's own income, and 上年结转结余.
SOURCES: tuple[ColumnDef, ...] = (
    ColumnDef(
        "general_budget",
        "一般公共预算",
        ("一般公共预算拨款", "财政拨款一般公共预算", "一般公共预算拨款收入", "公共预算拨款"),
    ),
    ColumnDef("fund_budget", "政府性基金预算", ("政府性基金预算拨款", "政府性基金拨款")),
    ColumnDef("soe_budget", "国有资本经营预算", ("国有资本经营预算拨款",)),
    ColumnDef("special_account", "财政专户管理资金", ("财政专户拨款", "财政专户拨款收入")),
    ColumnDef("business_income", "事业收入"),
    ColumnDef("operating_income", "事业单位经营收入"),
    ColumnDef("upper_subsidy", "上级补助收入"),
    ColumnDef("affiliated_remittance", "附属单位上缴收入", ("对附属单位上缴收入",)),
    ColumnDef("other_income", "其他收入"),
    ColumnDef("carryover", "上年结转结余", ("上年结转", "上年结余结转", "上年结转结余收入")),
)

#: The parts of 财政专户管理资金 广州 prints under 财政专户拨款收入: 教育收费 and the rest.
SPECIAL_ACCOUNT_PARTS: tuple[ColumnDef, ...] = (
    ColumnDef("education_fees", "教育收费", optional=True),
    ColumnDef("other_special_account", "其他专户收入拨款", optional=True),
)

_BUDGETS = ("general_budget", "fund_budget", "soe_budget")
# The sources beyond the three budgets: printed by some templates only.
_BEYOND = tuple(evolve(c, optional=True) for c in SOURCES if c.key not in _BUDGETS)

#: The columns after 总计 of a table that splits each row's amount by source, as 烟台,
#: 深圳 and 广州 print it (表16 基本支出 by economic class, 表18 项目支出 by project):
#: 财政拨款 › 小计 (广州 prints 合计 after 总计 with no 财政拨款 above it: each column is
#: taken once, leftmost first, so that 合计 is this one), the three budgets, the other
#: sources of :data:`SOURCES` where printed, 单位资金 as one column (烟台; 深圳 prints its
#: parts under it), 使用非财政拨款结余 (烟台) and 其他资金 (广州: every source but 财政拨款
#: and 财政专户).
BY_SOURCE: tuple[ColumnDef, ...] = (
    ColumnDef(
        "fiscal_subtotal", "财政拨款", ("财政拨款小计", "财政拨款合计", "合计"), optional=True
    ),
    *(c for c in SOURCES if c.key in _BUDGETS),
    *_BEYOND,
    ColumnDef("unit_funds", "单位资金", optional=True),
    ColumnDef("nonfiscal_balance", "使用非财政拨款结余", optional=True),
    ColumnDef("other_funds", "其他资金", optional=True),
)

#: Their sums in every row: 总计 = every source printed (单位资金 or its parts, never
#: both), 财政拨款 = its three budgets.
BY_SOURCE_SUMS: tuple[RowSum, ...] = (
    RowSum(
        "total",
        "total",
        _BUDGETS,
        also=(*(c.key for c in _BEYOND), "unit_funds", "nonfiscal_balance", "other_funds"),
    ),
    RowSum("fiscal_subtotal", "fiscal_subtotal", _BUDGETS, optional=True),
)
