"""The template families, declared as data.

Every province prints the national 部门预算公开 tables under its own titles, numbering,
column sets and units. A :class:`Family` says how one template shows itself — the
printed numbers and titles only it uses (``signatures``) — and whether its printed
``表N`` numbers are the standard numbers (Xinjiang's 表1 … 表11 are; Guangzhou's 表8
is the “三公” table, Shenzhen's 表7 the 一般公共预算支出表). :func:`family_of` picks the
family of a document from its printed table numbers and titles.

Adding a template is adding a :class:`Family` here (and the title variants it prints
to :mod:`xjbudget.catalog.standard`), with a test on a document of that template.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from attrs import field, frozen

from ..text import label_key

__all__ = ["FAMILIES", "NATIONAL", "Family", "family_named", "family_of"]

_ELEVEN = frozenset(range(1, 12))
# The eleven but 表7 (项目支出 by function with economic columns) and 表11 (上年结转结余
# 明细), which only the national template prints.
_NINE = frozenset({1, 2, 3, 4, 5, 6, 8, 9, 10})


@frozen
class Family:
    """A template family: stable ``key``, Chinese ``name``, the ``signatures`` (regular
    expressions searched in the :func:`~xjbudget.text.label_key` form of the document's
    printed table numbers, titles and cover lines) that mark it, whether its printed
    ``表N`` numbers are the standard table numbers (``standard_numbers``) and which of the
    eleven it publishes (``publishes``: validation reports a missing table only among
    these; Jiangsu prints its 收入总表 by unit, 表14, and no 表7 or 表11). ``kept_generic``
    names the tables only this template prints, which stay generic (issue 15: a table
    seen in one template has no kind): a regular expression searched in the title's
    ``label_key`` form and the reason the generic table gives. ``kept_untitled`` does
    the same for the grids the template prints under no title (a lead-in sentence
    above them): a regular expression searched in the ``label_key`` forms of the
    grid's first header row, joined by ``|``, and the reason."""

    key: str
    name: str
    signatures: tuple[str, ...] = ()
    standard_numbers: bool = False
    publishes: frozenset[int] = _ELEVEN
    kept_generic: tuple[tuple[str, str], ...] = ()
    kept_untitled: tuple[tuple[str, str], ...] = ()
    _compiled: tuple[regex.Pattern[str], ...] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_compiled", tuple(regex.compile(s) for s in self.signatures))

    def evidence(self, keys: Iterable[str]) -> int:
        """How many of ``keys`` (texts already reduced by ``label_key``) bear one of the
        family's signatures."""
        return sum(1 for key in keys if any(p.search(key) for p in self._compiled))

    def generic_reason(self, title: str) -> str | None:
        """Why a table of this title stays generic in this template, where
        ``kept_generic`` names it; else ``None``."""
        return _reason(self.kept_generic, label_key(title))

    def untitled_reason(self, header: Iterable[str]) -> str | None:
        """Why an untitled grid whose first header row prints ``header`` stays generic
        in this template, where ``kept_untitled`` names it; else ``None``."""
        return _reason(self.kept_untitled, "|".join(k for c in header if (k := label_key(c))))


def _reason(kept: tuple[tuple[str, str], ...], key: str) -> str | None:
    """The reason of the first (pattern, reason) of ``kept`` whose pattern ``key`` holds."""
    return next((why for pattern, why in kept if regex.search(pattern, key)), None)


#: The national template as Xinjiang prints it: 表1 … 表11, the standard numbers. The
#: family of a document that bears no other family's signature.
NATIONAL = Family("national", "全国（新疆）部门预算公开模板", standard_numbers=True)

FAMILIES: tuple[Family, ...] = (
    NATIONAL,
    # 江苏 (苏州, 无锡): 公开01表 收支总表 … 公开13表 政府采购支出表.
    Family("jiangsu", "江苏", (r"^公开\d{1,2}表$",), publishes=_NINE - {2}),
    # 北京: 预算01表 … 预算14表; the narrative published apart from the tables, its cover
    # 部门预算信息公开, its last line 附件：…部门预算报表.
    Family("beijing", "北京", (r"^预算\d{1,2}表$", r"部门预算信息公开$", r"^附件.*部门预算报表$")),
    # 山东 (烟台): 公开表1 收支总体情况表, the title reprinted on every page.
    Family("shandong", "山东", (r"^公开表\d{1,2}$",), publishes=_NINE),
    # 陕西 (西安): 部门综合预算收支总表 … with 专项业务经费.
    # 收入总表 and 支出总表 by unit (表14, 表15), 政府性基金收支表 two-sided (表25): not
    # 表2/3/8/9;
    # the “三公” table by unit (表22): not 表10.
    Family(
        "shaanxi",
        "陕西部门综合预算",
        (r"部门综合预算",),
        publishes=frozenset({1, 4, 5, 6}),
        kept_generic=(
            (
                r"^(?:\d{4}年)?(?:会议费|培训费)明细表$",
                "a list of meetings or trainings (名称 | 时间 | 人数 | 金额 | 备注), printed by"
                " the shaanxi template only: no standard kind",
            ),
            (
                r"财政拨款(?:上年)?结转资金支出表$",
                "表11's money (上年结转) as a list of projects, each with its unit's code and"
                " name, its classification codes and names as text, under 合计 and a 全额"
                " group repeating it: not 表11's layout, printed by the shaanxi template only",
            ),
        ),
    ),
    # 上海: 预算单位财务收支预算总表, 一般公共预算支出功能分类预算表 ….
    Family(
        "shanghai",
        "上海",
        (r"预算单位.*预算总表$", r"支出功能分类预算表$", r"经济分类预算表$"),
        publishes=_NINE,
        kept_generic=(
            (
                r"预算单位财政拨款项目支出预算表$",
                "项目支出 by functional code, a project a row under its 项 (功能分类科目编码 |"
                " 功能分类科目名称 | 序号 | 项目名称 | 预算数), printed by the shanghai template"
                " only (单位预算表10): no standard kind",
            ),
        ),
    ),
    # 广东 (广州, 深圳): 行政经费及“三公”经费预算表, 项目支出及其他支出预算表,
    # 基本支出总表, 一般公共预算支出表（按功能分类）.
    Family(
        "guangdong",
        "广东",
        (
            r"行政经费及三公经费",
            r"项目支出及其他支出预算表$",
            r"^基本支出总表$",
            r"^项目支出总表$",
            r"一般公共预算支出表按(?:功能|经济)分类$",
        ),
        publishes=_NINE - {2},
        kept_generic=(
            (
                r"项目支出情况表按经济分类科目$",
                "项目支出 by economic class only (部门预算支出经济科目 | 预算: a 合计 and the"
                " economic classes and items by code, one amount each), printed by the"
                " guangdong template only (广州's 表7): no standard kind",
            ),
        ),
        # Under 七、重点项目预算绩效目标情况 (广州) / 第七部分 重点项目预算绩效情况说明 (深圳),
        # after 本部门重点项目绩效目标情况如下：, no title: 项目 (深圳: 二级预算单位名称 |
        # 一级项目名称) | 预算数 | 绩效目标.
        kept_untitled=(
            (
                r"(?:^|\|)(?:一级)?项目(?:名称)?\|[^|]*(?:预算|元)[^|]*\|绩效目标$",
                "the key projects' performance targets (重点项目绩效目标: 项目 | 预算数 | 绩效目标,"
                " the target as text, no indicator), printed under no title in the"
                " narrative's 重点项目 section by the guangdong template: no standard kind",
            ),
        ),
    ),
    # 重庆: the national titles after a year, numbered 表一 … 表十二 on a line of their
    # own, 市级重点专项资金绩效目标表.
    Family(
        "chongqing",
        "重庆",
        (r"重点专项资金绩效目标表", r"一般性项目绩效目标表", r"^表[一二三四五六七八九十]{1,3}$"),
        publishes=_NINE,
    ),
)


def family_named(key: str) -> Family:
    """The family with this key (``KeyError`` when none is declared)."""
    for family in FAMILIES:
        if family.key == key:
            return family
    raise KeyError(key)


def family_of(texts: Iterable[str]) -> Family:
    """The family whose signatures most of ``texts`` (printed table numbers, titles,
    cover lines) bear; :data:`NATIONAL` when none bears any (ties: the first declared)."""
    keys = [label_key(t) for t in texts if t]
    best, score = NATIONAL, 0
    for family in FAMILIES:
        found = family.evidence(keys)
        if found > score:
            best, score = family, found
    return best
