"""Part 3's 一般公共预算项目支出情况说明 of a generated document, worded as the Xinjiang
template prints it (section 七 of 第三部分; corpus 003 and 004)::

    七、关于某某局2024年一般公共预算项目支出情况说明
    （一）项目名称：安全生产工作经费
    设立的政策依据：…
    预算安排规模：20.50 万元
    项目承担单位：某某局
    资金分配情况：劳务费 8.9 万元、其他交通费用 11.6 万元。
    资金执行时间：2024年1月1日-2024年12月31日。

One description per 表7 project, in 表7's order. Its 资金分配情况 names 支出经济分类 款 of
the 类 whose 表7 column holds the project's money (表7's columns are the 类 of the
部门预算支出经济分类: 工资福利支出 301, 商品和服务支出 302 …), with amounts adding up to
the project's 预算安排规模 — which is what a reader of flattened text goes by to put a
project's lone amount in its column (:mod:`xjbudget.tables.project_classes`). A document
whose 表7 is empty says so in that section with the table's “…为空表” sentence, as 000 does.

The wording varies only where real documents vary: numbering （一） (004) or 1、 (003), the
space before 万元 (``82.00 万元`` / ``8.03万元``; item amounts without trailing zeros,
``劳务费9万元``, ``委托业务费 28 万元``), 至 or - between the dates, a full stop or none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from attrs import frozen

from ..catalog import spec_for_number
from ..codes import table as code_table
from ..model import Section
from ..render.document import chinese_numeral
from ..text import label_key
from ._amounts import to_amount
from ._codes import children, entries

__all__ = ["Project", "Wording", "project_section", "spending_items"]

_T7_COMMON = frozenset({"wages", "goods_services", "household_transfers", "capital", "other"})
# 资本性支出（基本建设） and 对企业补助（基本建设）: their 款 repeat the names of 310's and 312's
# (办公设备购置 is 30902 and 31002) and hold capital-construction projects only, so a name
# shared with them alone, in a text without 建设, still says 310 or 312.
_CONSTRUCTION = frozenset({"309", "311"})


@frozen
class Project:
    """A 表7 project of a drawn document: its name, the 表7 column its money is in, the
    amount in cents and its 资金分配情况, ``(款 name, cents)`` pairs of that column's 类
    adding up to the amount."""

    name: str
    column: str
    cents: int
    items: tuple[tuple[str, int], ...]


@frozen
class Wording:
    """How one document words its descriptions, among the forms real ones print."""

    numbering: str = "（一）"  # or "1、" (003)
    spaced_size: bool = True  # 预算安排规模：82.00 万元 / 8.03万元
    spaced_items: bool = False  # 委托业务费 28 万元 / 劳务费9万元
    until: str = "-"  # 2024年1月1日-2024年12月31日 / …至…
    full_stop: bool = True  # 004 ends 资金分配情况 and 资金执行时间 with 。, 003 does not
    grouped: bool = False  # 预算安排规模:2,068.67万元 (004), the items never grouped
    basis: int = 0  # which of _BASIS


_BASIS = (
    "根据{year}年部门预算编制工作要求，保障项目工作正常开展。",
    "根据《关于下达{year}年部门预算的通知》工作要求。",
    "依据本{who}职能配置和{year}年度工作计划安排。",
)
BASIS_FORMS = len(_BASIS)


def _column_classes(year: int) -> dict[str, str]:
    """表7 column → the 类 of the year's economic classification it holds (the 类
    whose name is the column's label or one of its variants)."""
    spec = spec_for_number(7)
    assert spec is not None
    found: dict[str, str] = {}
    for column in spec.columns:
        for entry in entries("economic", year, 1):
            if label_key(entry.name) in column.label_keys():
                found[column.key] = entry.code
    return found


@cache
def spending_items(year: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The 表7 columns a drawn project's money may be in, in the catalogue's order, each
    with the 款 names of its 类 that name no other 类 (see ``_CONSTRUCTION``): the five
    columns a department's projects commonly use, those whose 类 the classification of
    ``year`` lists with such 款 (the 2019 table has 301–303 only)."""
    classes_of: dict[str, set[str]] = defaultdict(set)
    for entry in code_table("economic-dept", year):
        classes_of[label_key(entry.name).casefold()].add(entry.code[:3])
    spec = spec_for_number(7)
    assert spec is not None
    column_classes = _column_classes(year)
    result: list[tuple[str, tuple[str, ...]]] = []
    for column in spec.columns:
        code = column_classes.get(column.key)
        if column.key not in _T7_COMMON or code is None:
            continue
        names: list[str] = []
        for entry in children("economic", year, code):
            classes = classes_of[label_key(entry.name).casefold()]
            if classes == {code} or (
                classes - _CONSTRUCTION == {code} and "建设" not in entry.name
            ):
                names.append(entry.name)
        if names:
            result.append((column.key, tuple(names)))
    return tuple(result)


def _amount(cents: int, *, grouped: bool = False, trimmed: bool = False) -> str:
    value = to_amount(cents) or Decimal("0.00")
    if trimmed:  # 82万元, 8.9万元: items print no trailing zeros
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return f"{value:,}" if grouped else f"{value}"


def _description(
    number: int, project: Project, department: str, year: int, who: str, how: Wording
) -> str:
    label = f"（{chinese_numeral(number)}）" if how.numbering == "（一）" else f"{number}、"
    size_gap = " " if how.spaced_size else ""
    item_gap = " " if how.spaced_items else ""
    stop = "。" if how.full_stop else ""
    items = "、".join(
        f"{name}{item_gap}{_amount(cents, trimmed=True)}{item_gap}万元"
        for name, cents in project.items
    )
    return "\n".join(
        (
            f"{label}项目名称：{project.name}",
            f"设立的政策依据：{_BASIS[how.basis].format(year=year, who=who)}",
            f"预算安排规模：{_amount(project.cents, grouped=how.grouped)}{size_gap}万元",
            f"项目承担单位：{department}",
            f"资金分配情况：{items}{stop}",
            f"资金执行时间：{year}年1月1日{how.until}{year}年12月31日{stop}",
        )
    )


def project_section(
    department: str,
    year: int,
    kind: str,
    projects: Sequence[Project],
    empty_statement: str | None,
    how: Wording,
) -> Section:
    """Section 七 of part 3 of a ``kind`` (部门预算, 单位预算) document: a description of
    each of ``projects`` (表7's, in its order), or ``empty_statement`` (表7's “…为空表”
    sentence) when there are none."""
    who = "单位" if kind.startswith("单位") else "部门"
    heading = f"七、关于{department}{year}年一般公共预算项目支出情况说明"
    if projects:
        text = "\n".join(
            _description(n, p, department, year, who, how) for n, p in enumerate(projects, 1)
        )
    else:
        text = empty_statement or ""
    return Section(3, "七", heading, 1, text, id="3.7")
