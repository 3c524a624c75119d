"""表25 ``government_fund_summary``: 政府性基金收支表, the shaanxi template's
(西安 部门综合预算政府性基金收支表, 2021/2022 …（不含上年结转）), declared as data.

It is printed in the form of the template's 收支总表 (表1, :mod:`~xjbudget.catalog.shaanxi`):
the income list (一、政府性基金拨款 … 本年收入合计) beside three expenditure lists, each with
its 预算数 — 支出功能分类科目（按大类） (the fund's 类 by name: 一、科学技术支出 …
十五、债务发行费用支出), 部门预算支出经济分类科目（按大类） (一、人员经费和公用经费支出 over
its classes, 二、专项业务经费支出 over its classes, 三、上缴上级支出 …) and
政府预算支出经济分类科目（按大类） (机关工资福利支出 …) — each closing with 本年支出合计.
It is read by the same reader (:mod:`xjbudget.tables.summary_lists`): the income items
in printed order, the 类 by name with their codes, each economic list under its own
column. No list prints a head (表1's 一、部门预算), a 结转下年 or a 支出总计: the fund's
money of the year alone.

It is not 表8 (政府性基金预算支出表): that table's rows are the fund's functional codes
down to the 项 with 基本支出 and 项目支出 columns; this one prints the 类 only, and spends
the same 预算数 by economic class twice. Where nothing is spent (西安 2026: 是否空表 是) the
table prints its labels with no amount and is read with no value.

The sums: 本年收入合计 = 政府性基金拨款; 本年收入合计 = 本年支出合计 and the 类 add up to it
(``T25.sides``); in each economic list the groups and classes add up as in 表1, to its own
本年支出合计; that each economic list spends the function list's 本年支出合计, and that the
fund's 拨款 is 表1's and 表4's 政府性基金拨款, are checks across columns and tables
(``validate/cross.py``).
"""

from __future__ import annotations

from attrs import evolve

from .shaanxi import economic_columns, economic_items
from .shaanxi import economic_sums as summary_economic_sums
from .shared import PREFIX
from .spec import ColumnDef as C
from .spec import ItemDef as I
from .spec import RowSum as S
from .spec import TableSpec

__all__ = ["GOVERNMENT_FUND_TABLES", "T25"]

# The economic lists' labels the 收支总表 prints otherwise: 其他资本性支出 for its
# (4)资本性支出 under 人员经费和公用经费, 债务付息及费用支出 for (4)债务利息及费用支出.
_FUND_LABELS = {
    "dept_basic_capital": ("其他资本性支出",),
    "dept_project_debt_interest": ("债务付息及费用支出",),
}


def _economic_items() -> tuple[I, ...]:
    """The 收支总表's economic items this table prints: no head (一、部门预算), each list
    closing with its 本年支出合计 alone."""
    printed = []
    for item in economic_items():
        _, _, rest = item.key.partition("_")
        if rest in ("budget", "carryover", "unallocated", "total"):
            continue
        extra = _FUND_LABELS.get(item.key, ())
        printed.append(evolve(item, variants=(*item.variants, *extra)) if extra else item)
    return tuple(printed)


def _economic_sums() -> tuple[S, ...]:
    """The 收支总表's sums inside each economic list, its head's (一、部门预算 = the
    groups, = the classes) taken by the list's 本年支出合计."""
    out = []
    for declared in summary_economic_sums():
        prefix, _, rest = declared.total.partition("_")
        if rest == "total":
            continue  # 支出总计 = head + 结转下年 + …: not printed here
        if rest == "budget":
            total = f"{prefix}_current_year"
            declared = evolve(declared, name=total, total=total)
        out.append(declared)
    return tuple(out)


T25 = TableSpec(
    number=25,
    kind="government_fund_summary",
    title="政府性基金收支表",
    # 部门综合预算政府性基金收支表, 2021/2022 年部门综合预算政府性基金收支表（不含上年结转）.
    title_pattern=PREFIX + r"政府性基金(?:预算)?收支(?:预算)?(?:总)?表(?:不含上年结转)?$",
    columns=(
        C("income", "预算数", side="income"),
        C("expenditure", "预算数", side="expenditure"),
        *economic_columns(),
    ),
    row_key="item",
    two_sided=True,
    items=(
        I("fund_budget", "政府性基金拨款", ("政府性基金预算拨款",), side="income"),
        I("income_total", "本年收入合计", ("收入总计",), side="income"),
        I("expenditure_total", "本年支出合计", ("支出总计",), side="expenditure"),
        *_economic_items(),
    ),
    item_sums=(S("income_total", "income_total", ("fund_budget",), "income"), *_economic_sums()),
)

GOVERNMENT_FUND_TABLES: tuple[TableSpec, ...] = (T25,)
