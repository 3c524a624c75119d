"""The projects a section lists as labelled lines, in either of two forms.

- **项目名称 first** (Xinjiang's 项目支出 section): ``项目名称：`` opens a project;
  ``预算安排规模：8.00万元`` is its amount; ``资金分配情况：劳务费 8.9 万元、其他交通费 11.6
  万元`` its allocation.
- **a numbered name, then numbered labels** (Beijing's 重点支出和重大投资项目情况说明): a
  numbered line holding only a name (``1.学前免费政策市级财政补助``) opens a project when
  the next line is a project label (``（1）政策依据：…``, ``（2）绩效目标：…``, ``（3）预算安排：
  2026年安排市级资金预算3亿元``, ``（4）实施方案：…``) and its labels state an amount.
  Such a run of projects may sit among other sub-sections of one section:
  :func:`project_runs` cuts it out, up to the next numbered line that is neither a label
  nor a project's name (``（五）市对区…``).

The labels are data, by what they hold: :data:`AMOUNT_LABELS` (the one money figure of
the line is the project's amount, in 万元: ``3亿元`` is ``30000``), :data:`BASIS_LABELS`
(``basis``), :data:`TEXT_LABELS` (descriptions kept in ``fields``); every other label is
kept in ``fields`` as printed (项目承担单位 goes to ``unit``). A sentence without a label
continues the field before it.

A figure inside a name, a basis or a description (``市区财政各按照50%比例负担``, ``支持6个
北京实验室…``) is part of that text and counts as read, as one inside a reason or purpose
does (docs/narrative.md, Coverage); a figure under another label (``补贴人数：2人``) is a
figure the reader does not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex

from ..amounts import parse_amount
from ..model.facts import Project, Statement
from .fold import MONEY_UNITS, NUMBER, count_figures, in_wan
from .sentences import ITEM, Sentence

__all__ = ["AMOUNT_LABELS", "BASIS_LABELS", "TEXT_LABELS", "project_runs", "read_projects"]

_LABEL = regex.compile(r"^(?P<label>[^：，。]{2,14})：(?P<value>.*)$", regex.DOTALL)
_UNITS = "|".join(sorted(MONEY_UNITS, key=len, reverse=True))  # 万元 before 元
_MONEY = regex.compile(rf"^(?P<use>.*?)(?P<num>{NUMBER})(?P<unit>{_UNITS})$")
_NAME, _ALLOCATION, _UNIT = "项目名称", "资金分配情况", "项目承担单位"

#: Labels whose line states the project's amount: ``预算安排规模：2.00 万元`` (Xinjiang),
#: ``预算安排：2026年安排预算8亿元`` (Beijing).
AMOUNT_LABELS: tuple[str, ...] = ("预算安排规模", "预算安排")
#: Labels of the policy basis (``Project.basis``).
BASIS_LABELS: tuple[str, ...] = ("设立的政策依据", "政策依据")
#: Labels of a description, kept as text in ``fields``: the figures in it are its words.
TEXT_LABELS: tuple[str, ...] = ("绩效目标", "实施方案")

_PROJECT_LABELS = frozenset(
    (_NAME, _ALLOCATION, _UNIT, *AMOUNT_LABELS, *BASIS_LABELS, *TEXT_LABELS)
)
# Punctuation a bare name does not hold (``、`` may join two words of a name).
_CLAUSE_MARKS = ("，", "：", "；", "。")


def _labelled(text: str) -> tuple[str, str]:
    """``(label, value)`` of a sentence (its number dropped); ``("", text)`` if unlabelled."""
    text = ITEM.sub("", text)
    match = _LABEL.match(text)
    return (match["label"], match["value"].strip()) if match else ("", text)


def _money(value: str) -> Decimal | None:
    """The amount, in 万元, of a value stating one money figure at its end."""
    match = _MONEY.match(value.rstrip("。"))
    if match is None or count_figures(value) != 1:
        return None
    amount = parse_amount(match["num"])
    return None if amount is None else in_wan(amount, match["unit"])


def _allocation(value: str) -> tuple[tuple[tuple[str, Decimal], ...], int]:
    """``(use, amount)`` pairs of an allocation, and how many figures they hold."""
    pairs: list[tuple[str, Decimal]] = []
    for piece in regex.split(r"[、，]", value.rstrip("。")):
        match = _MONEY.match(piece.strip())
        amount = parse_amount(match["num"]) if match else None
        if match and amount is not None:
            pairs.append((match["use"].strip(), in_wan(amount, match["unit"])))
    return tuple(pairs), len(pairs)


def _name_line(items: Sequence[Sentence], index: int) -> str | None:
    """The name a numbered line holding only a name states, when the next sentence is a
    project label and the labels under it state an amount (a 绩效目标 alone under a
    numbered heading is no project); else ``None``."""
    text = items[index].text
    if not ITEM.match(text) or index + 1 >= len(items):
        return None
    name = ITEM.sub("", text).strip()
    if not name or any(mark in name for mark in _CLAUSE_MARKS):
        return None
    label, _ = _labelled(items[index + 1].text)
    if label not in _PROJECT_LABELS or label == _NAME:
        return None
    for later in items[index + 1 :]:
        label, _ = _labelled(later.text)
        if label in AMOUNT_LABELS:
            return name
        if not label and ITEM.match(later.text):
            break  # the next name, or the next sub-section
    return None


def project_runs(
    items: Sequence[Sentence],
) -> tuple[tuple[bool, tuple[Sentence, ...]], ...]:
    """A section's sentences cut into runs, in order: ``(True, run)`` for a run of
    projects opened by a numbered name line (:func:`read_projects`), ``(False, run)``
    for the sentences around them. A run of projects ends at a numbered sentence that
    is neither labelled nor a project's name."""
    runs: list[tuple[bool, tuple[Sentence, ...]]] = []
    current: list[Sentence] = []
    inside = False
    for index, sentence in enumerate(items):
        opens = _name_line(items, index) is not None
        ends = (
            inside
            and not opens
            and ITEM.match(sentence.text) is not None
            and not _labelled(sentence.text)[0]
        )
        if (opens and not inside) or ends:
            if current:
                runs.append((inside, tuple(current)))
            current, inside = [], opens
        current.append(sentence)
    if current:
        runs.append((inside, tuple(current)))
    return tuple(runs)


def read_projects(items: Sequence[Sentence]) -> tuple[tuple[Project, ...], tuple[Statement, ...]]:
    """The projects listed, and the statements of the sentences with figures."""
    projects: list[Project] = []
    statements: list[Statement] = []
    last_label = ""
    for index, sentence in enumerate(items):
        figures = count_figures(ITEM.sub("", sentence.text))
        read = 0
        label, value = _labelled(sentence.text)
        name = value if label == _NAME else None if label else _name_line(items, index)
        if name is not None:
            projects.append(Project(name, None, sentence.span))
            read = figures  # a figure in a name is part of the name
        elif projects:
            project = projects[-1]
            if label in AMOUNT_LABELS and (amount := _money(value)) is not None:
                project = attrs.evolve(project, amount=amount)
                read = figures
            elif label == _ALLOCATION:
                pairs, read = _allocation(value)
                project = attrs.evolve(
                    project, allocation=pairs, fields=(*project.fields, (label, value))
                )
            elif label == _UNIT:
                project = attrs.evolve(project, unit=value)
            elif label in BASIS_LABELS:
                project = attrs.evolve(project, basis=value)
                read = figures
            elif label:
                project = attrs.evolve(project, fields=(*project.fields, (label, value)))
                read = figures if label in TEXT_LABELS else 0
            elif last_label in BASIS_LABELS and project.basis is not None:
                project = attrs.evolve(project, basis=f"{project.basis}。{value}")
                read = figures
            elif project.fields:
                *head, (field_label, field_value) = project.fields
                project = attrs.evolve(
                    project, fields=(*head, (field_label, f"{field_value}。{value}"))
                )
                read = figures if field_label in TEXT_LABELS else 0
            projects[-1] = project
        last_label = label or last_label
        if figures:
            statements.append(Statement(sentence.span, figures, read))
    return tuple(projects), tuple(statements)
