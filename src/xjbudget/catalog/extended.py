"""Tables beyond the eleven that several templates print, declared as data.

The national template's eleven tables keep their numbers 1 … 11 (``Table.number`` says
which of them a table is, whatever the document prints). A table that recurs in several
templates without being one of the eleven gets a kind here and a number from 12 on —
numbers of this catalogue, never printed ones. A table seen in one template only stays a
:class:`~xjbudget.model.GenericTable` with its printed title and the reason.

- 12 ``general_budget_economic_expenditure``: 一般公共预算支出表（按经济分类）(深圳 表8),
  一般公共预算支出明细表（按支出经济分类科目）(西安 表6); economic codes.
- 13 ``general_budget_basic_functional``: 一般公共预算基本支出明细表（按支出功能分类科目）
  (西安 表7); functional codes.
- 14 ``income_by_unit``: 收入总表 / 收入总体情况表 with a row per unit (江苏 公开02表, 深圳
  表2, 广州 表2, 西安 表2); chosen through 表2's ``by_unit``.
- 15 ``expenditure_by_unit``: 支出总表 with a row per unit (西安 表3); through 表3's
  ``by_unit``.
"""

from __future__ import annotations

from attrs import evolve

from .basic import BASIC_TABLES
from .fiscal import FISCAL_TABLES
from .government_fund import GOVERNMENT_FUND_TABLES
from .procurement import PROCUREMENT_TABLES
from .projects import PROJECT_TABLES
from .shared import (
    ECONOMIC,
    FUNCTIONAL,
    PERSONNEL,
    PREFIX,
    PUBLIC_USE,
    SOURCES,
    SPECIAL_ACCOUNT_PARTS,
)
from .spec import ColumnDef as C
from .spec import RowSum as S
from .spec import TableSpec
from .three_public import THREE_PUBLIC_TABLES

__all__ = ["EXTENDED_TABLES"]


T12 = TableSpec(
    number=12,
    kind="general_budget_economic_expenditure",
    title="一般公共预算支出表（按经济分类）",
    title_pattern=PREFIX
    + r"一般公共预算(?:财政拨款)?支出(?:情况表|预算表|表|明细表)"
    + ECONOMIC
    + "$",
    columns=(
        C("total", "合计", ("支出总计", "总计", "金额")),
        C("basic", "基本支出"),
        PERSONNEL,
        PUBLIC_USE,
        C("project", "项目支出", ("专项业务经费支出", "专项业务经费")),
    ),
    row_key="economic",
    hierarchical=True,
    holds=((6, "basic"),),
    row_sums=(
        S("total", "total", ("basic", "project")),
        S("total_by_use", "total", ("personnel", "public_use", "project")),
    ),
)

T13 = TableSpec(
    number=13,
    kind="general_budget_basic_functional",
    title="一般公共预算基本支出表（按功能分类）",
    title_pattern=PREFIX + r"一般公共预算基本支出(?:情况表|预算表|表|明细表)" + FUNCTIONAL + "$",
    columns=(C("total", "合计", ("总计", "金额")), PERSONNEL, PUBLIC_USE),
    row_key="functional",
    hierarchical=True,
    row_sums=(S("total", "total", ("personnel", "public_use")),),
)

# Xi'an's 部门综合预算 by unit: 总计, then 部门预算 › 合计, 公共预算拨款 › 小计 and 其中：专项资金
# 列入部门预算（的）项目, and sources no other template prints.
_XIAN_BY_UNIT = (
    C("department_budget", "部门预算", optional=True),
    C(
        "special_projects",
        "其中：专项资金列入部门预算项目",
        ("其中：专项资金列入部门预算的项目",),
        optional=True,
    ),
    C("business_fund_offset", "用事业基金弥补收支差额", optional=True),
    C("account_balance", "上年实户资金余额", optional=True),
)

T14 = TableSpec(
    number=14,
    kind="income_by_unit",
    title="收入总表（按单位）",
    # Chosen through 表2's ``by_unit``: the same titles, rows by unit.
    title_pattern=r"(?!)",
    columns=(
        C("total", "合计", ("总计", "收入总计")),
        C("current_income", "本年收入", ("本年收入合计",)),
        *SOURCES,
        *SPECIAL_ACCOUNT_PARTS,
        *_XIAN_BY_UNIT,
    ),
    row_key="unit",
    row_sums=(S("total", "total", ("current_income", "carryover")),),
)

T15 = TableSpec(
    number=15,
    kind="expenditure_by_unit",
    title="支出总表（按单位）",
    # Chosen through 表3's ``by_unit``.
    title_pattern=r"(?!)",
    columns=(
        C("total", "合计", ("总计", "支出总计")),
        C("basic", "基本支出"),
        C("project", "项目支出"),
        # Xi'an prints its 支出总表 by unit and by source, like its 收入总表.
        *(evolve(c, optional=True) for c in T14.columns[2:] if c.key != "carryover"),
        C("carryover", "上年结转", optional=True),
    ),
    row_key="unit",
    row_sums=(S("total", "total", ("basic", "project")),),
)

#: The tables of this module, in number order.
EXTENDED_TABLES: tuple[TableSpec, ...] = (
    T12,
    T13,
    T14,
    T15,
    *BASIC_TABLES,
    *PROJECT_TABLES,
    *FISCAL_TABLES,
    *PROCUREMENT_TABLES,
    *THREE_PUBLIC_TABLES,
    *GOVERNMENT_FUND_TABLES,
)
