"""The typed facts read from the narrative of parts 1 and 3 (records only: the narrative
reader, :mod:`xjbudget.narrative`, builds them)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Literal, NamedTuple

from attrs import frozen

from .finding import Finding

__all__ = [
    "Coverage",
    "Duty",
    "FactRow",
    "Facts",
    "Figure",
    "Project",
    "Role",
    "Span",
    "Statement",
    "Topic",
    "Units",
]

#: What a figure is about. Part 1: ``units``, ``staff``. Part 3, by section:
#: ``budget`` (收支总预算), ``income``, ``expenditure``, ``fiscal`` (财政拨款收支),
#: ``general.scale`` / ``general.class`` / ``general.item`` (一般公共预算当年拨款:
#: 规模变化, 结构 per 类, 具体使用 per 项), ``basic`` (基本支出: 人员经费, 公用经费),
#: ``project`` (项目支出), ``fund``, ``capital``, ``three_public`` (“三公”经费),
#: ``carryover`` (上年结转结余), ``operating`` (机关运行经费), ``procurement`` (政府采购),
#: ``assets`` (国有资产), ``performance`` (预算绩效), ``other``.
Topic = Literal[
    "units",
    "staff",
    "budget",
    "income",
    "expenditure",
    "fiscal",
    "general.scale",
    "general.class",
    "general.item",
    "basic",
    "project",
    "fund",
    "capital",
    "three_public",
    "carryover",
    "operating",
    "procurement",
    "assets",
    "performance",
    "other",
]

#: ``total`` a figure the next ones break down (``收入预算 X 万元，其中：``); ``item`` a
#: numbered line (``1、…``); ``part`` any other.
Role = Literal["total", "part", "item"]


@frozen
class Span:
    """Where a fact was read: the sentence and its place.

    ``section`` is the section id (``"3.5.3"``: part 3, 五, （三）); ``line`` and
    ``end_line`` the 1-based source lines of its first and last character; ``start`` and
    ``end`` character offsets into the section's body text as joined by
    :func:`xjbudget.narrative.sentences.section_text`; ``text`` the sentence (normalised:
    spaces next to CJK removed, punctuation folded to full width).
    """

    section: str
    line: int
    end_line: int
    start: int
    end: int
    text: str


@frozen
class Figure:
    """One subject's stated figures.

    Money is in 万元 as printed: ``amount``, ``change`` (signed, this year − last year),
    ``change_pct`` (signed %), ``share`` (占 %). Counts and areas are ``quantity`` in
    ``quantity_unit`` (人, 个, 辆, 台, 家, 平方米) with ``quantity_change`` (signed) for
    staff. ``nil`` is true for a subject stated as not arranged (未安排) — its figures
    are then empty; ``flat`` is true for a figure stated 持平 (与上年持平: a change of 0,
    unless the sentence also states another). ``path`` is the 类/款/项 path in words of a
    per-类 or per-项 line and ``code`` the functional code it resolves to (None if
    unresolved); ``items`` the names listed after 主要包括; ``reason`` the text after
    主要原因是, ``purpose`` after 主要用于. ``share_of`` is the whole a share names
    (``占本年支出预算4%`` → ``本年支出预算``; ``None`` when it names none: the section's
    total). ``stated_prior`` is last year's amount where the sentence states it
    (``2025年预算执行数为498.10万元``, ``比2025年年初预算数510581.18万元增加…``);
    ``planned`` this year's amount named again in the same sentence (``2026年预算安排
    512.30万元`` after the path's ``512.30万元``), kept apart so that the two can be
    compared; ``printed_code`` the code printed in the path (``一般公共服务支出（201类）
    财政事务（06款）行政运行（01项）`` → ``2010601``).
    """

    topic: Topic
    subject: str
    span: Span
    role: Role = "part"
    amount: Decimal | None = None
    share: Decimal | None = None
    change: Decimal | None = None
    change_pct: Decimal | None = None
    quantity: Decimal | None = None
    quantity_unit: str | None = None
    quantity_change: Decimal | None = None
    nil: bool = False
    flat: bool = False
    reason: str | None = None
    purpose: str | None = None
    items: tuple[str, ...] = ()
    path: tuple[str, ...] = ()
    code: str | None = None
    share_of: str | None = None
    stated_prior: Decimal | None = None
    planned: Decimal | None = None
    printed_code: str | None = None

    @property
    def prior(self) -> Decimal | None:
        """Last year's amount: as stated (``stated_prior``), else derived ``amount -
        change`` (None unless both are stated)."""
        if self.stated_prior is not None:
            return self.stated_prior
        if self.amount is None or self.change is None:
            return None
        return self.amount - self.change

    @property
    def prior_quantity(self) -> Decimal | None:
        """Last year's count, derived: ``quantity - quantity_change``."""
        if self.quantity is None or self.quantity_change is None:
            return None
        return self.quantity - self.quantity_change


@frozen
class Duty:
    """One numbered duty of 主要职能 (``number`` counts from 1 in printed order)."""

    number: int
    text: str
    span: Span


@frozen
class Units:
    """The organisation of 机构设置: named internal offices (处室/科室) and budget units.

    Their counts, as stated, are figures of topic ``units``; these are the names.
    """

    offices: tuple[str, ...]
    budget_units: tuple[str, ...]
    span: Span | None = None


@frozen
class Project:
    """A project the narrative lists with labelled lines: the 项目支出 section's
    (项目名称, 预算安排规模, …) or Beijing's 重点支出和重大投资项目 (a numbered name, then
    政策依据, 绩效目标, 预算安排, 实施方案; :mod:`xjbudget.narrative.projects`).

    ``amount`` is in 万元 (an amount printed in 亿元 or 元 converted exactly);
    ``basis`` the 设立的政策依据 / 政策依据; ``allocation`` holds the 资金分配情况 as
    ``(use, amount)`` pairs where amounts are stated; ``fields`` every other labelled line
    as printed (绩效目标, 实施方案, 执行时间, and any extra label).
    """

    name: str
    amount: Decimal | None
    span: Span
    unit: str | None = None
    basis: str | None = None
    allocation: tuple[tuple[str, Decimal], ...] = ()
    fields: tuple[tuple[str, str], ...] = ()


@frozen
class Statement:
    """A sentence of part 3 that states figures, and whether all of them were read."""

    span: Span
    figures: int
    read: int

    @property
    def recognised(self) -> bool:
        return self.read >= self.figures


class FactRow(NamedTuple):
    """One row of the flat view (the ``xjbudget facts`` CSV without the document)."""

    section: str
    subject: str
    measure: str
    value: Decimal
    unit: str
    derived: bool


class Coverage(NamedTuple):
    """Of the part-3 sentences that state a figure, how many were read completely."""

    sentences: int
    recognised: int

    @property
    def ratio(self) -> float:
        return self.recognised / self.sentences if self.sentences else 1.0


@frozen
class Facts:
    """Everything read from the narrative of one document."""

    year: int | None = None
    unit: str = "万元"
    duties: tuple[Duty, ...] = ()
    units: Units | None = None
    figures: tuple[Figure, ...] = ()
    projects: tuple[Project, ...] = ()
    statements: tuple[Statement, ...] = ()
    findings: tuple[Finding, ...] = ()

    def topic(self, topic: Topic) -> tuple[Figure, ...]:
        """The figures of one topic, in document order."""
        return tuple(f for f in self.figures if f.topic == topic)

    def find(self, topic: Topic, subject: str) -> Figure | None:
        """The first figure of ``topic`` whose subject is ``subject``."""
        return next((f for f in self.topic(topic) if f.subject == subject), None)

    def coverage(self) -> Coverage:
        """How many figure-stating part-3 sentences became facts."""
        return Coverage(len(self.statements), sum(1 for s in self.statements if s.recognised))

    def rows(self) -> Iterator[FactRow]:
        """Every stated or derived number as ``(section, subject, measure, value, unit,
        derived)``; ``derived`` rows are last year's figures computed from a change."""
        for figure in self.figures:
            yield from _figure_rows(figure, self.unit)
        for project in self.projects:
            if project.amount is not None:
                yield FactRow(
                    project.span.section, project.name, "amount", project.amount, self.unit, False
                )
            for use, amount in project.allocation:
                yield FactRow(
                    project.span.section,
                    f"{project.name}/{use}",
                    "amount",
                    amount,
                    self.unit,
                    False,
                )


_QUANTITY_MEASURE = {"平方米": "area"}


def _figure_rows(figure: Figure, unit: str) -> Iterator[FactRow]:
    section = figure.span.section
    subject = f"{figure.code} {figure.subject}" if figure.code else figure.subject
    if figure.quantity is not None:
        qunit = figure.quantity_unit or ""
        measure = _QUANTITY_MEASURE.get(qunit, "count")
        yield FactRow(section, subject, measure, figure.quantity, qunit, False)
        if figure.quantity_change is not None:
            yield FactRow(
                section, subject, f"{measure}_change", figure.quantity_change, qunit, False
            )
        prior_quantity = figure.prior_quantity
        if prior_quantity is not None:
            yield FactRow(section, subject, f"prior_{measure}", prior_quantity, qunit, True)
    amount_measure = (
        "value" if figure.quantity is not None or figure.topic == "assets" else "amount"
    )
    if figure.nil and figure.amount is None:
        yield FactRow(section, subject, amount_measure, Decimal(0), unit, False)
    stated = (
        (amount_measure, figure.amount, unit),
        ("share", figure.share, "%"),
        ("change", figure.change, unit),
        ("change_pct", figure.change_pct, "%"),
    )
    for measure, value, value_unit in stated:
        if value is not None:
            yield FactRow(section, subject, measure, value, value_unit, False)
    if figure.planned is not None:
        yield FactRow(section, subject, "planned", figure.planned, unit, False)
    prior = figure.prior
    if prior is not None:
        yield FactRow(section, subject, "prior", prior, unit, figure.stated_prior is None)
