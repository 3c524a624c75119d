"""Government procurement and 机关运行经费: tables several templates print beyond the
eleven, declared as data (numbers 20 and 21 of the catalogue).

- 20 ``government_procurement``: 政府采购支出表 (江苏 公开13表: 苏州, 无锡), 政府采购预算
  明细表 (重庆), 部门综合预算政府采购（资产配置、购买服务）预算表 (西安: a row per
  procurement under its unit, 预算金额 the one amount column, codes and 数量 read as text
  by :mod:`xjbudget.tables.procurement`). Rows: the 合计, the categories 货物 / 工程 /
  服务 (items ``goods``, ``works``, ``services``; 重庆 prints them with their letters
  A / B / C), and in 江苏 under each category a row per unit (``role="unit"``) and a row
  per procurement: its 专项名称 is the row's ``project``, its 经济科目 / 采购品目名称 /
  采购组织形式 the row's ``name``, as printed text (never amounts). Columns: 总计 and the
  funding sources (:data:`~xjbudget.catalog.shared.SOURCES`, plus 江苏's 其他资金). In
  every row the total is the sum of its sources; the 合计 is 货物 + 工程 + 服务.
- 21 ``office_operation_expenditure``: 一般公共预算机关运行经费支出预算表 (江苏 公开12表);
  economic codes (302 and its 款), one column 机关运行经费支出; 类 = sum of its 款.

烟台's 政府采购预算表 is 表20 by functional code and source (its header prints 类 / 款 /
项 and 科目名称, no 采购目录): :func:`xjbudget.tables.recognize.recognize` reads it as a
coded table of this kind; 总计 = its sources, 财政拨款 = its three budgets.
"""

from __future__ import annotations

from attrs import evolve

from .shared import ECONOMIC, PREFIX, SOURCES
from .spec import ColumnDef as C
from .spec import ItemDef as I
from .spec import RowSum as S
from .spec import TableSpec

__all__ = ["PROCUREMENT_TABLES"]

# The sources as the procurement tables print them: 一般公共预算资金 (江苏),
# 政府性基金预算拨款收入 (重庆), 上年结转和结余资金 (江苏) …
_PRINTED = {
    "general_budget": ("一般公共预算资金",),
    "fund_budget": ("政府性基金", "政府性基金预算拨款收入"),
    "soe_budget": ("国有资本经营预算拨款收入",),
    "special_account": ("财政专户管理资金收入",),
    "carryover": ("上年结转和结余资金",),
}
_SOURCES = tuple(
    evolve(c, variants=c.variants + _PRINTED.get(c.key, ()), optional=True) for c in SOURCES
)
_OTHER_FUNDS = C("other_funds", "其他资金", optional=True)
# 烟台 prints its sources as in its other tables: 财政拨款 › 小计 and the three budgets,
# 财政专户管理资金, 单位资金, 使用非财政拨款结余, 上年结转.
_FISCAL = C("fiscal_subtotal", "财政拨款", ("财政拨款小计", "小计"), optional=True)
_UNIT_FUNDS = C("unit_funds", "单位资金", optional=True)
_NONFISCAL = C("nonfiscal_balance", "使用非财政拨款结余", optional=True)

T20 = TableSpec(
    number=20,
    kind="government_procurement",
    title="政府采购预算表",
    title_pattern=PREFIX
    + r"政府采购(?:支出表|预算明细表|支出预算表|预算表|资产配置购买服务预算表(?:不含上年结转)?)$",
    columns=(
        C("total", "总计", ("合计", "预算金额")),
        _FISCAL,
        *_SOURCES,
        _OTHER_FUNDS,
        _UNIT_FUNDS,
        _NONFISCAL,
    ),
    row_key="item",
    item_groups=True,
    items=(
        I("total", "合计", ("总计",)),
        I("goods", "货物", ("A货物", "货物A", "货物类")),
        I("works", "工程", ("B工程", "工程B", "工程类")),
        I("services", "服务", ("C服务", "服务C", "服务类")),
    ),
    row_sums=(
        S(
            "total",
            "total",
            ("general_budget", "fund_budget"),
            also=tuple(c.key for c in (*_SOURCES[2:], _OTHER_FUNDS, _UNIT_FUNDS, _NONFISCAL)),
        ),
        S(
            "fiscal_subtotal",
            "fiscal_subtotal",
            ("general_budget", "fund_budget", "soe_budget"),
            optional=True,
        ),
    ),
    item_sums=(S("total", "total", ("goods", "works", "services")),),
)

T21 = TableSpec(
    number=21,
    kind="office_operation_expenditure",
    title="一般公共预算机关运行经费支出预算表",
    title_pattern=PREFIX
    + r"(?:一般公共预算)?(?:财政拨款)?机关运行经费(?:支出)?(?:预算表|情况表|表|明细表)"
    + ECONOMIC
    + "?$",
    columns=(C("total", "机关运行经费支出", ("合计", "金额", "机关运行经费")),),
    row_key="economic",
    hierarchical=True,
)

#: The tables of this module, in number order.
PROCUREMENT_TABLES: tuple[TableSpec, ...] = (T20, T21)
