"""The “三公” table printed with a row per unit (table 22 of the catalogue), as data.

西安's 部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表 (表13; 2022:
…“三公”经费、会议费、培训费表（不含上年结转）) lists, for the department and each of its
units, 合计 | “三公”经费 (小计 | 因公出国（境）费用 | 公务接待费 | 公务用车购置及运行维护费
(小计 | 购置费 | 运行维护费)) | 会议费 | 培训费, three times: under the year before (上年,
2021年), the budget year (当年, 2022年) and 增减变化情况. 表10 says what each item is; this
table holds them as columns of each unit's row:

- ``total`` the “三公” 小计 (表10's 合计), ``outbound_travel``, ``reception``, ``vehicles``,
  ``vehicle_purchase``, ``vehicle_operation``, ``meetings``, ``training``, and
  ``grand_total``, the 合计 of the “三公” and 会议费 and 培训费;
- the same under the year before, ``prior_year_<key>``, and the change, ``change_<key>``.

深圳 (shenzhen-09's 表9) prints each unit in a row per year (2025年, 2026年, 增减变化金额)
and each item over 一般公共预算 | 政府性基金预算 | 国有资本经营预算: the items' columns hold the
一般公共预算 amounts, ``<column>_fund_budget`` and ``<column>_soe_budget`` the others'
(:mod:`xjbudget.tables.unit_years`; 深圳 prints no 会议费, 培训费 or 合计 of them).

It has no title of its own: a block titled as 表10 whose header's key columns name a unit
(单位编码, 单位名称), or which prints several units' rows per year, is read with it
(``TableSpec.by_unit``). In every row and every year
group the “三公” = 出国 + 接待 + 车辆, 车辆 = 购置 + 运行, and 合计 = “三公” + 会议费 + 培训费.
"""

from __future__ import annotations

from .spec import ColumnDef as C
from .spec import RowSum as S
from .spec import TableSpec

__all__ = ["THREE_PUBLIC_TABLES"]

# Each item: its key, its printed label (the 小计 of a group is read through the group's
# label) and the variants.
_ITEMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("grand_total", "合计", ()),
    ("total", "一般公共预算拨款安排的“三公”经费预算", ("“三公”经费", "“三公”经费预算")),
    ("outbound_travel", "因公出国（境）费用", ("因公出国（境）费",)),
    ("reception", "公务接待费", ()),
    ("vehicles", "公务用车购置及运行维护费", ("公务用车购置及运行费",)),
    ("vehicle_purchase", "公务用车购置费", ()),
    ("vehicle_operation", "公务用车运行维护费", ("公务用车运行费",)),
    ("meetings", "会议费", ()),
    ("training", "培训费", ()),
)
# The year groups: the budget year's amounts, the year before's and the change. A header
# printing two years (2021年 | 2022年) names them 上年 | 当年 (``TableSpec.year_groups``).
_GROUPS = (("", "当年", False), ("prior_year_", "上年", True), ("change_", "增减变化情况", True))
# The other sources of the “三公” items (深圳): under their own group, never a 西安 column.
_OTHER_SOURCES = (("fund_budget", "政府性基金预算"), ("soe_budget", "国有资本经营预算"))
_THREE = tuple(i for i in _ITEMS if i[0] not in ("grand_total", "meetings", "training"))


def _sums(prefix: str, optional: bool, source: str = "") -> tuple[S, ...]:
    """The sums of one year group, of the 一般公共预算 columns or (``source``) another
    source's; 合计 = “三公” + 会议费 + 培训费 for the first only (深圳 prints no 会议费 or
    培训费 by source)."""

    def key(name: str) -> str:
        return f"{prefix}{name}{source}"

    sums = (
        S(
            key("total"),
            key("total"),
            tuple(map(key, ("outbound_travel", "reception", "vehicles"))),
            optional=optional,
        ),
        S(
            key("vehicles"),
            key("vehicles"),
            tuple(map(key, ("vehicle_purchase", "vehicle_operation"))),
            optional=optional,
        ),
        S(
            key("grand_total"),
            key("grand_total"),
            tuple(map(key, ("total", "meetings", "training"))),
            optional=optional,
        ),
    )
    return sums[:2] if source else sums


T22 = TableSpec(
    number=22,
    kind="three_public_by_unit",
    title="“三公”经费及会议费、培训费支出预算表（按单位）",
    # Chosen through 表10's ``by_unit``.
    title_pattern=r"(?!)",
    columns=(
        *(
            C(f"{prefix}{key}", label, variants, groups=(group,), optional=optional)
            for prefix, group, optional in _GROUPS
            for key, label, variants in _ITEMS
        ),
        *(
            C(f"{prefix}{key}_{source}", label, variants, groups=(name,), optional=True)
            for prefix, _, _ in _GROUPS
            for key, label, variants in _THREE
            for source, name in _OTHER_SOURCES
        ),
    ),
    row_key="unit",
    year_groups=True,
    row_sums=(
        *(s for prefix, _, optional in _GROUPS for s in _sums(prefix, optional)),
        *(
            s
            for prefix, _, _ in _GROUPS
            for source, _ in _OTHER_SOURCES
            for s in _sums(prefix, True, f"_{source}")
        ),
    ),
)

#: The tables of this module, in number order.
THREE_PUBLIC_TABLES: tuple[TableSpec, ...] = (T22,)
