"""The project expenditure table (项目支出表 by project), declared as data.

Several templates print the year's projects one a row, with no classification code,
under the units that spend them, each project's amount split by funding source:

- 广州 部门预算项目支出及其他支出预算表: 合计, a row per unit, its projects (names wrapped
  over lines), 总计 | 合计 (财政拨款) | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 |
  财政专户拨款 | 其他资金, and a 绩效目标 text beside each project;
- 深圳 项目支出总表: a row per unit (…（本级）) then its projects, 总计 | 财政拨款 ›
  一般公共预算拨款 … | 财政专户管理资金 | 单位资金 › 事业收入 … 其他收入 | 上年结余、结转;
- 烟台 项目支出预算情况表: 合计 then the projects, each with its 项目类别 (text),
  合计 | 财政拨款 › 小计 … | 财政专户管理资金 | 单位资金 | 使用非财政拨款结余 | 上年结转;
- 西安 部门综合预算专项业务经费支出表: 合计, the department and its units by 单位编码,
  通用项目 / 专用项目 and their categories, then the projects, 项目金额 and a 项目简介 text.

The rows are projects (``row_key="project"``), grouped under the rows that subtotal
them (``grouped``: :mod:`xjbudget.tables.grouped` reads which, ``Row.role`` ``unit`` and
``Row.parent``). The funding sources are :data:`~xjbudget.catalog.shared.BY_SOURCE`.
"""

from __future__ import annotations

from .shared import BY_SOURCE, BY_SOURCE_SUMS, PREFIX
from .spec import ColumnDef as C
from .spec import TableSpec

__all__ = ["PROJECT_TABLES", "T18"]

T18 = TableSpec(
    number=18,
    kind="project_expenditure",
    title="项目支出表",
    # 部门预算项目支出及其他支出预算表 (广州), 项目支出总表 (深圳), 项目支出预算情况表 (烟台),
    # 部门综合预算专项业务经费支出表（不含上年结转） (西安); never 一般公共预算项目支出… (表7).
    title_pattern=PREFIX
    + r"(?:预算)?(?:项目支出(?:及其他支出)?|专项业务经费支出)"
    + r"(?:预算情况表|预算表|总表|表)(?:不含上年结转)?$",
    columns=(
        # 总计 (广州, 深圳), 合计 (烟台), 项目金额 (西安).
        C("total", "总计", ("合计", "项目金额", "金额")),
        *BY_SOURCE,
    ),
    row_key="project",
    grouped=True,
    text_columns=(
        C("category", "项目类别"),
        C("summary", "项目简介"),
        C("performance_target", "绩效目标"),
    ),
    row_sums=BY_SOURCE_SUMS,
)

#: The tables of this module, in number order.
PROJECT_TABLES: tuple[TableSpec, ...] = (T18,)
