"""The 项目支出 section when it lists projects as labelled lines.

``项目名称：`` opens a project; ``预算安排规模：8.00万元`` is its amount;
``资金分配情况：劳务费 8.9 万元、其他交通费 11.6 万元`` its allocation; the other
labels (设立的政策依据, 项目承担单位, 资金执行时间, and any a document adds) are kept
as printed. A sentence without a label continues the field before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex

from ..amounts import parse_amount
from ..model.facts import Project, Statement
from .fold import NUMBER, count_figures
from .sentences import ITEM, Sentence

__all__ = ["read_projects"]

_LABEL = regex.compile(r"^(?P<label>[^：，。]{2,14})：(?P<value>.*)$", regex.DOTALL)
_MONEY = regex.compile(rf"^(?P<use>.*?)(?P<num>{NUMBER})万元$")
_NAME, _AMOUNT, _ALLOCATION = "项目名称", "预算安排规模", "资金分配情况"
_UNIT, _BASIS = "项目承担单位", "设立的政策依据"


def _allocation(value: str) -> tuple[tuple[tuple[str, Decimal], ...], int]:
    """``(use, amount)`` pairs of an allocation, and how many figures they hold."""
    pairs: list[tuple[str, Decimal]] = []
    for piece in regex.split(r"[、，]", value.rstrip("。")):
        match = _MONEY.match(piece.strip())
        amount = parse_amount(match["num"]) if match else None
        if match and amount is not None:
            pairs.append((match["use"].strip(), amount))
    return tuple(pairs), len(pairs)


def read_projects(items: Sequence[Sentence]) -> tuple[tuple[Project, ...], tuple[Statement, ...]]:
    """The projects listed, and the statements of the sentences with figures."""
    projects: list[Project] = []
    statements: list[Statement] = []
    last_label = ""
    for sentence in items:
        text = ITEM.sub("", sentence.text)
        figures = count_figures(text)
        read = 0
        match = _LABEL.match(text)
        label, value = (match["label"], match["value"].strip()) if match else ("", text)
        if label == _NAME:
            projects.append(Project(value, None, sentence.span))
            read = figures  # a figure in a name is part of the name
        elif projects:
            project = projects[-1]
            if label == _AMOUNT and (money := _MONEY.match(value)):
                project = attrs.evolve(project, amount=parse_amount(money["num"]))
                read = count_figures(value)
            elif label == _ALLOCATION:
                pairs, read = _allocation(value)
                project = attrs.evolve(
                    project, allocation=pairs, fields=(*project.fields, (label, value))
                )
            elif label == _UNIT:
                project = attrs.evolve(project, unit=value)
            elif label == _BASIS:
                project = attrs.evolve(project, basis=value)
            elif label:
                project = attrs.evolve(project, fields=(*project.fields, (label, value)))
            elif last_label == _BASIS and project.basis is not None:
                project = attrs.evolve(project, basis=f"{project.basis}。{value}")
            elif project.fields:
                *head, (field_label, field_value) = project.fields
                project = attrs.evolve(
                    project, fields=(*head, (field_label, f"{field_value}。{value}"))
                )
            projects[-1] = project
        last_label = label or last_label
        if figures:
            statements.append(Statement(sentence.span, figures, read))
    return tuple(projects), tuple(statements)
