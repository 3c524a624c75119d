"""The 财政拨款 tables by function that several templates print beside 表5, declared as data.

表5 is 一般公共预算 money only; 江苏 (公开05表 财政拨款支出表（功能科目）) and 上海
(预算单位财政拨款支出预算表) also print every 财政拨款 — 一般公共预算, 政府性基金预算 and
国有资本经营预算 together — by functional code, split into 基本支出 (人员经费, 公用经费) and
项目支出. None of the eleven holds that money by code with that split: 表4 holds it by
类 and source, 表3 all the department's money. It is table 24 of the catalogue.

- 24 ``fiscal_expenditure``: 财政拨款支出表（功能科目）(江苏 公开05表),
  预算单位财政拨款支出预算表 (上海); functional codes; its total is 表4's 支出总计 and each
  类 is 表4's 类 (validation, family 3).
"""

from __future__ import annotations

from .shared import FUNCTIONAL, PERSONNEL, PREFIX, PUBLIC_USE
from .spec import ColumnDef as C
from .spec import RowSum as S
from .spec import TableSpec

__all__ = ["FISCAL_TABLES"]

T24 = TableSpec(
    number=24,
    kind="fiscal_expenditure",
    title="财政拨款支出表（功能科目）",
    # 财政拨款支出表（功能科目）(江苏), 预算单位财政拨款支出预算表 (上海); never 财政拨款
    # 收支…, 财政拨款基本支出…, 财政拨款项目支出… (other tables).
    title_pattern=PREFIX + r"财政拨款支出(?:预算)?(?:情况表|表)" + FUNCTIONAL + "?$",
    columns=(
        C("total", "合计", ("总计", "金额")),
        # 江苏 prints 基本支出 › 小计 | 人员经费 | 公用经费; 上海 基本支出 over 人员经费 |
        # 公用经费 alone.
        C("basic", "基本支出"),
        PERSONNEL,
        PUBLIC_USE,
        C("project", "项目支出"),
    ),
    row_key="functional",
    hierarchical=True,
    row_sums=(
        S("total", "total", ("basic", "project")),
        S("basic", "basic", ("personnel", "public_use"), optional=True),
        S("total_by_use", "total", ("personnel", "public_use", "project"), optional=True),
    ),
)

#: The tables of this module, in number order.
FISCAL_TABLES: tuple[TableSpec, ...] = (T24,)
