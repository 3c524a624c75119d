"""The numbered sections of parts 1 and 3: the one finder behind ``Document.sections``
and the narrative's facts.

Headings are read on the normalised, folded text of the lines that are no cell row and
not blank (:func:`~xjbudget.text.fold`). ``一、`` opens a level-1 section; a part-3
heading wrapped over lines (``三、关于…总体说`` / ``明``) is joined back up to the line
ending in ``说明``. A ``（一）`` line opens a level-2 section in part 3 only (in part 1
``（一）`` numbers the duties) and only when it is short (``subsection_heading_max_chars``)
with no ``。；：，`` in it: ``（一）项目名称：…`` is a field line of the body.

A section's lines are the lines after its heading up to the next heading, less the
performance target tables: from a 绩效目标表 title to the next heading nothing is
narrative. Part 1's table blocks do not cut a section: their cell rows are no text, and
the text lines a table block of part 1 took after its title (a staff sentence after a
header-only table) are read as the section's.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex
from attrs import frozen

from ..settings import Settings
from ..sources.lines import SourceLine
from ..text import fold, normalize_text

__all__ = ["SectionBlock", "chinese_number", "find_sections", "section_id"]

_LEVEL1 = regex.compile(r"^([一二三四五六七八九十]{1,3})\s*[、．]\s*(.*)$")
_LEVEL2 = regex.compile(r"^（\s*([一二三四五六七八九十]{1,3})\s*）\s*(.*)$")
_CLAUSE = regex.compile(r"[。；：，]")
_PERFORMANCE_TABLE = regex.compile(r"^(?:部门整体|单位整体|项目支出|项目)绩效目标表")
_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


@frozen
class SectionBlock:
    """A numbered section of part 1 or 3: heading line and its text lines.

    ``number`` is the numeral as printed (``一``, ``（三）``); ``heading`` the heading's
    text (joined when wrapped), ``title`` its folded text after the numeral; ``id`` the
    section's place, ``"3.12.2"`` for part 3, section 十二, sub-section （二)
    (:func:`section_id`) — the ``span.section`` of the facts read from it; ``reason``
    why the line is a heading (``"一、 heading"``, ``"一、 heading joined over 2
    lines"``, ``"short （一） heading"``).
    """

    part: int
    number: str
    heading: str
    level: int
    lines: tuple[SourceLine, ...]
    first: SourceLine
    id: str = ""
    title: str = ""
    reason: str = ""


def chinese_number(text: str) -> int:
    """``一`` → 1, ``十二`` → 12, ``二十三`` → 23, ``一十`` → 10."""
    if "十" not in text:
        return _DIGITS.get(text, 0)
    tens, _, units = text.partition("十")
    return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)


def section_id(part: int, level1: str, level2: str = "") -> str:
    """``"3.12.2"``: part 3, section 十二, sub-section （二） (``level1``, ``level2`` as
    printed numerals, ``""`` when absent)."""
    numbers = [str(chinese_number(n)) for n in (level1, level2) if n]
    return ".".join([str(part), *numbers])


class _Heading:
    """A heading found: level, numeral, title (folded), the lines it spans, why."""

    __slots__ = ("level", "lines", "numeral", "reason", "title")

    def __init__(
        self, level: int, numeral: str, title: str, lines: Sequence[SourceLine], reason: str
    ) -> None:
        self.level, self.numeral, self.title = level, numeral, title
        self.lines, self.reason = tuple(lines), reason


def _heading(
    part: int,
    texts: Sequence[tuple[SourceLine, str]],
    index: int,
    settings: Settings,
) -> _Heading | None:
    """The heading that ``texts[index]`` opens, or ``None``."""
    line, text = texts[index]
    match = _LEVEL1.match(text)
    if match and len(text) <= settings.section_heading_max_chars:
        title, used = match.group(2), 1
        if part == 3 and title.startswith("关于"):
            limit = settings.subsection_heading_max_chars
            while not title.endswith("说明") and used < 3 and index + used < len(texts):
                follow = texts[index + used][1]
                if len(follow) > limit or _LEVEL1.match(follow) or _LEVEL2.match(follow):
                    break
                title, used = title + follow, used + 1
            if not title.endswith("说明"):
                title, used = match.group(2), 1
        spanned = [t[0] for t in texts[index : index + used]]
        reason = "一、 heading" if used == 1 else f"一、 heading joined over {used} lines"
        return _Heading(1, match.group(1), title, spanned, reason)
    match = _LEVEL2.match(text)
    if (
        part == 3
        and match
        and len(match.group(2)) <= settings.subsection_heading_max_chars
        and not _CLAUSE.search(text)
    ):
        return _Heading(2, match.group(1), match.group(2), [line], "short （一） heading")
    return None


def find_sections(
    part: int,
    lines: Sequence[SourceLine],
    settings: Settings,
    *,
    performance_titles: Collection[int] = (),
) -> list[SectionBlock]:
    """The numbered sections of part ``part`` (1 or 3) among its ``lines``.

    ``performance_titles`` are the ids (``id(line)``) of the title lines of the part's
    performance blocks: from one of them (or from a line opening with
    ``部门整体/单位整体/项目支出/项目绩效目标表``) to the next heading nothing is section
    text. Cell rows stay in a section's lines (``Document.sections`` and the narrative
    leave them out of the text).
    """
    texts = [
        (line, fold(normalize_text(line.text)))
        for line in lines
        if line.cells is None and not line.is_blank
    ]
    opens: dict[int, _Heading] = {}
    index = 0
    while index < len(texts):
        heading = _heading(part, texts, index, settings)
        if heading is None:
            index += 1
            continue
        opens[id(texts[index][0])] = heading
        index += len(heading.lines)
    sections: list[SectionBlock] = []
    numerals = ["", ""]
    current: _Heading | None = None
    body: list[SourceLine] = []
    skipping = False
    spanned: set[int] = set()

    def close() -> None:
        if current is None:
            return
        sections.append(
            SectionBlock(
                part=part,
                number=current.numeral if current.level == 1 else f"（{current.numeral}）",
                heading="".join(line.text.strip() for line in current.lines),
                level=current.level,
                lines=tuple(body),
                first=current.lines[0],
                id=section_id(part, *numerals),
                title=current.title,
                reason=current.reason,
            )
        )

    for line in lines:
        key = id(line)
        heading = opens.get(key)
        if heading is not None:
            close()
            numerals[heading.level - 1] = heading.numeral
            if heading.level == 1:
                numerals[1] = ""
            current, body, skipping = heading, [], False
            spanned = {id(h) for h in heading.lines[1:]}
            continue
        if key in spanned:
            continue
        if key in performance_titles or (
            line.cells is None and _PERFORMANCE_TABLE.match(fold(normalize_text(line.text)))
        ):
            skipping = True
        if current is not None and not skipping:
            body.append(line)
    close()
    return sections
