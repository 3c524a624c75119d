"""``extract_facts``: the narrative of parts 1 and 3 as typed facts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from ..model import Finding, Location
from ..model.facts import Duty, Facts, Figure, Project, Statement, Topic, Units
from ..sources.lines import SourceLine
from ..structure import Structure, segment
from .checks import check_percentages
from .classify import resolve_path
from .layout import Block, blocks_of, unparted_blocks
from .part1 import read_duties, read_organisation, read_staff
from .patterns import heading_topic, subject_topic
from .projects import project_runs, read_projects
from .reader import read_figures
from .sentences import section_text, sentences

__all__ = ["extract_facts", "topic_of"]


def topic_of(level1: str, level2: str = "") -> Topic:
    """The topic of a part-3 section from its headings (:func:`.patterns.heading_topic`)."""
    return heading_topic(level1, level2)


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


def _by_subject(figures: Sequence[Figure]) -> list[Figure]:
    """In a section whose headings name no topic, each sentence's figures take the topic
    of the first subject :data:`.patterns.SUBJECT_TOPICS` places."""
    topics: dict[int, Topic] = {}
    for figure in figures:
        found = subject_topic(figure.subject)
        if found is not None:
            topics.setdefault(figure.span.start, found)
    return [
        attrs.evolve(f, topic=topics[f.span.start]) if f.span.start in topics else f
        for f in figures
    ]


def _part3(
    found: Sequence[Block], year: int | None
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
        for listing, run in project_runs(items):
            if listing:
                listed, stated = read_projects(run)
                projects.extend(listed)
            else:
                read, stated = read_figures(topic, run, year)
                figures.extend(_by_subject(read) if topic == "other" else read)
            statements.extend(stated)
    return tuple(figures), tuple(projects), tuple(statements)


def _reads_as_part3(found: Sequence[Block]) -> list[bool]:
    """Per block: whether it is read as part 3 — a part-3 block, or a part-1 block whose
    headings name a budget topic (Beijing prints its 收入预算, 支出预算, “三公” and
    其他情况说明 (政府采购, 机关运行经费, 国有资产) in 第一部分 …预算情况说明)."""
    flags: list[bool] = []
    level1 = ""
    for block in found:
        level2 = block.heading if block.id.count(".") == 2 else ""
        if not level2:
            level1 = block.heading
        budget = heading_topic(level1, level2) != "other" or ("其他" in level1 and "说明" in level1)
        flags.append(block.part == 3 or budget)
    return flags


def _with_codes(figures: Iterable[Figure], year: int | None) -> tuple[Figure, ...]:
    return tuple(attrs.evolve(f, code=resolve_path(f.path, year)) if f.path else f for f in figures)


def extract_facts(
    source: Structure | Sequence[SourceLine],
    *,
    year: int | None,
    unit: str = "万元",
    lines: Sequence[SourceLine] | None = None,
) -> Facts:
    """The facts stated in parts 1 and 3 of a document: its :class:`Structure` (the
    sections the structure stage found, those of ``Document.sections``) or its source
    lines (segmented here).

    Every fact's ``span.section`` is the ``id`` of the section it was read from; a
    document printing no part headings is read from its text outside the tables
    (``lines``, the source lines the structure was made of), in blocks ``"0.N"``
    (:func:`~xjbudget.narrative.layout.unparted_blocks`). ``year`` picks the code edition
    for the 类/款/项 paths and tells last year's figures from this year's; ``unit`` is the
    money unit of the rows of :meth:`Facts.rows` — 万元, the unit of every amount the
    reader reads (a document whose tables are in 元 states 万元 in its sentences too).
    """
    if isinstance(source, Structure):
        structure = source
    else:
        structure, lines = segment(source), source
    found = blocks_of(structure.sections)
    if lines is not None:
        found = found + unparted_blocks(structure, lines)
    part3 = _reads_as_part3(found)
    duties, units, staff = _part1([b for b, p3 in zip(found, part3, strict=True) if not p3])
    figures, projects, statements = _part3(
        [b for b, p3 in zip(found, part3, strict=True) if p3], year
    )
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
