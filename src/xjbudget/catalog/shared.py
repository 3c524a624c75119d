"""What the templates share: pieces of table titles, as patterns over the
:func:`~xjbudget.text.label_key` form of a title (brackets and punctuation dropped), and
the columns several tables declare alike."""

from __future__ import annotations

from .spec import ColumnDef

__all__ = ["ECONOMIC", "FUNCTIONAL", "PERSONNEL", "PREFIX", "PUBLIC_USE"]

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
