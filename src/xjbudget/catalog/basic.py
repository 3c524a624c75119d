"""The 基本支出 tables by economic class that several templates print, declared as data.

表6 holds the 基本支出 of 一般公共预算 money only, by economic class, split into 人员经费
and 公用经费. Other templates also print the 基本支出 of *all* the department's money by
economic class, split by where the money comes from, or the 基本支出 of every 财政拨款
(the three budgets together):

- 16 ``basic_expenditure``: 基本支出预算情况表 (烟台 公开表10, the 部门 and the 政府
  economic code on each row), 基本支出总表 (深圳 表4) and 部门预算基本支出预算表 (广州
  表11), both printing a row per unit and under it the economic classes by name, without
  codes; columns 总计 and the funding sources of :data:`~.shared.SOURCES`. Its total is
  表3's 基本支出 and its 一般公共预算 is 表6's total (validation, family 3).
- 17 ``fiscal_basic_expenditure``: 财政拨款基本支出表（经济科目）(江苏 公开06表, beside
  公开08表, which is 表6); economic codes; 合计 = 人员经费 + 公用经费; its total is 表6's
  total and 表8's and 表9's 基本支出 together.
"""

from __future__ import annotations

from .shared import BY_SOURCE, BY_SOURCE_SUMS, ECONOMIC, PERSONNEL, PREFIX, PUBLIC_USE
from .spec import ColumnDef as C
from .spec import RowSum as S
from .spec import TableSpec

__all__ = ["BASIC_TABLES"]

T16 = TableSpec(
    number=16,
    kind="basic_expenditure",
    title="基本支出表（按经济分类）",
    # 基本支出预算情况表 (烟台), 基本支出总表 (深圳), 部门预算基本支出预算表 (广州); never
    # 一般公共预算基本支出… (表6) nor 财政拨款基本支出… (表17).
    title_pattern=PREFIX + r"(?:预算)?基本支出(?:预算)?(?:情况表|总表|表)" + ECONOMIC + "?$",
    columns=(C("total", "总计", ("合计", "支出总计")), *BY_SOURCE),
    row_key="economic",
    hierarchical=True,
    row_sums=BY_SOURCE_SUMS,
)

T17 = TableSpec(
    number=17,
    kind="fiscal_basic_expenditure",
    title="财政拨款基本支出表（经济科目）",
    # 财政拨款基本支出表（经济科目）(江苏 2026), 财政拨款基本支出预算表（经济科目）(江苏 2019):
    # the economic classification is always named (a 财政拨款 table by function is another).
    title_pattern=PREFIX + r"财政拨款基本支出(?:预算)?(?:情况表|表)" + ECONOMIC + "$",
    columns=(C("total", "合计", ("总计", "金额")), PERSONNEL, PUBLIC_USE),
    row_key="economic",
    hierarchical=True,
    row_sums=(S("total", "total", ("personnel", "public_use")),),
)

#: The tables of this module, in number order.
BASIC_TABLES: tuple[TableSpec, ...] = (T16, T17)
