"""``extract_facts``: the narrative of parts 1 and 3 as typed facts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from ..model import Finding, Location
from ..model.facts import Duty, Facts, Figure, Project, Statement, Topic, Units
from ..sources.lines import SourceLine
from ..structure import Structure
from .checks import check_percentages
from .classify import resolve_path
from .layout import Block, blocks, blocks_of
from .part1 import read_duties, read_organisation, read_staff
from .projects import read_projects
from .reader import read_figures
from .sentences import section_text, sentences

__all__ = ["extract_facts", "topic_of"]

# (words in the level-1 heading, words in the level-2 heading, topic); first match wins.
_TOPICS: tuple[tuple[tuple[str, ...], tuple[str, ...], Topic], ...] = (
    (("其他重要事项",), ("运行经费",), "operating"),
    (("其他重要事项",), ("采购",), "procurement"),
    (("其他重要事项",), ("资产",), "assets"),
    (("其他重要事项",), ("绩效",), "performance"),
    (("其他重要事项",), (), "other"),
    (("三公",), (), "three_public"),
    (("结转结余",), (), "carryover"),
    (("政府性基金",), (), "fund"),
    (("国有资本经营",), (), "capital"),
    (("基本支出",), (), "basic"),
    (("项目支出",), (), "project"),
    (("当年拨款",), ("结构",), "general.class"),
    (("当年拨款",), ("具体", "使用"), "general.item"),
    (("当年拨款",), (), "general.scale"),
    (("财政拨款收支",), (), "fiscal"),
    (("收支预算", "收支总预算"), (), "budget"),
    (("收入预算",), (), "income"),
    (("支出预算",), (), "expenditure"),
)


def topic_of(level1: str, level2: str = "") -> Topic:
    """The topic of a part-3 section from its headings."""
    for words1, words2, topic in _TOPICS:
        if any(w in level1 for w in words1) and (not words2 or any(w in level2 for w in words2)):
            return topic
    return "other"


def _unread(statements: Iterable[Statement]) -> tuple[Finding, ...]:
    return tuple(
        Finding(
            rule="narrative.sentence.unrecognised",
            severity="info",
            message=(
                f"{s.span.section}: {s.figures - s.read} of {s.figures} figures not read: "
                f"{s.span.text}"
            ),
            message_zh=f"{s.span.section}：未识别的数字语句：{s.span.text}",
            location=Location(line=s.span.line),
        )
        for s in statements
        if not s.recognised
    )


def _part1(found: Sequence[Block]) -> tuple[tuple[Duty, ...], Units | None, tuple[Figure, ...]]:
    duties: tuple[Duty, ...] = ()
    units: Units | None = None
    figures: list[Figure] = []
    for block in found:
        joined = section_text(block.id, block.body)
        if "职能" in block.heading or "职责" in block.heading:
            duties = duties + read_duties(joined)
            continue
        counts, named = read_organisation(joined)
        figures.extend(counts)
        units = units or named
        figures.extend(read_staff(sentences(joined)))
    return duties, units, tuple(figures)


def _part3(
    found: Sequence[Block],
) -> tuple[tuple[Figure, ...], tuple[Project, ...], tuple[Statement, ...]]:
    figures: list[Figure] = []
    projects: list[Project] = []
    statements: list[Statement] = []
    level1 = ""
    for block in found:
        if block.id.count(".") == 1:
            level1 = block.heading
        topic = topic_of(level1, block.heading if block.id.count(".") == 2 else "")
        items = sentences(section_text(block.id, block.body))
        if topic == "project" and any(
            s.text.lstrip("（）一二三四五六七八九十0123456789、.．").startswith("项目名称")
            for s in items
        ):
            listed, stated = read_projects(items)
            projects.extend(listed)
            statements.extend(stated)
            continue
        read, stated = read_figures(topic, items)
        figures.extend(read)
        statements.extend(stated)
    return tuple(figures), tuple(projects), tuple(statements)


def _with_codes(figures: Iterable[Figure], year: int | None) -> tuple[Figure, ...]:
    return tuple(attrs.evolve(f, code=resolve_path(f.path, year)) if f.path else f for f in figures)


def extract_facts(
    source: Structure | Sequence[SourceLine], *, year: int | None, unit: str = "万元"
) -> Facts:
    """The facts stated in parts 1 and 3 of a document: its :class:`Structure` (the
    sections the structure stage found, those of ``Document.sections``) or its source
    lines (segmented here).

    Every fact's ``span.section`` is the ``id`` of the section it was read from.
    ``year`` picks the code edition for the 类/款/项 paths; ``unit`` is the money unit
    of the rows of :meth:`Facts.rows`.
    """
    found = blocks_of(source.sections) if isinstance(source, Structure) else blocks(source)
    duties, units, staff = _part1([b for b in found if b.part == 1])
    figures, projects, statements = _part3([b for b in found if b.part == 3])
    figures = _with_codes(figures, year)
    findings = check_percentages(figures) + _unread(statements)
    return Facts(
        year=year,
        unit=unit,
        duties=duties,
        units=units,
        figures=staff + figures,
        projects=projects,
        statements=statements,
        findings=findings,
    )
