"""Where the narrative is: parts 1 and 3 and their numbered sections, from the lines.

The table of contents at the top repeats the part headings, so a part starts at the
*last* line that opens with its heading (``第一部分`` …); a part ends where the next
one starts. Inside a part, ``一、`` opens a level-1 section and a short ``（一）``
(part 3 only; in part 1 ``（一）`` numbers the duties) a level-2 one. A part-3
heading wrapped over two lines (``…总体说`` / ``明``) is joined back.

Table rows (lines with cells) and the performance target tables at the end of the
预算绩效 section are not narrative and are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from ..sources.lines import SourceLine
from ..text import normalize_text
from .fold import fold

__all__ = ["Block", "blocks", "chinese_number"]

_PART = regex.compile(r"^第\s*([一二三四])\s*部分")
_LEVEL1 = regex.compile(r"^([一二三四五六七八九十]{1,3})\s*[、．]\s*(.*)$")
_LEVEL2 = regex.compile(r"^（\s*([一二三四五六七八九十]{1,3})\s*）\s*(.*)$")
_PERFORMANCE_TABLE = regex.compile(r"^(?:部门整体|单位整体|项目支出|项目)绩效目标表")
_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


def chinese_number(text: str) -> int:
    """``一`` → 1, ``十二`` → 12, ``二十三`` → 23, ``一十`` → 10."""
    if "十" not in text:
        return _DIGITS.get(text, 0)
    tens, _, units = text.partition("十")
    return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)


@frozen
class Block:
    """A numbered section of part 1 or 3 with its body lines ``(line number, text)``.

    ``id`` is ``"3.12.2"`` for part 3, section 十二, sub-section （二）; the body text
    is normalised and folded (see :func:`~xjbudget.narrative.fold.fold`).
    """

    part: int
    id: str
    heading: str
    line: int
    body: tuple[tuple[int, str], ...]


def _parts(texts: Sequence[tuple[int, str]]) -> dict[int, tuple[int, int]]:
    """Index ranges ``[start, end)`` into ``texts`` of each part found."""
    starts: dict[int, int] = {}
    for index, (_, text) in enumerate(texts):
        match = _PART.match(text)
        if match:
            starts[chinese_number(match.group(1))] = index
    ordered = sorted(starts.items(), key=lambda item: item[1])
    ranges: dict[int, tuple[int, int]] = {}
    for position, (number, start) in enumerate(ordered):
        end = ordered[position + 1][1] if position + 1 < len(ordered) else len(texts)
        if end > start:
            ranges[number] = (start, end)
    return ranges


def _heading(
    part: int, texts: Sequence[tuple[int, str]], index: int
) -> tuple[int, str, str, int] | None:
    """``(level, number, title, lines used)`` when ``texts[index]`` opens a section."""
    text = texts[index][1]
    match = _LEVEL1.match(text)
    if match:
        title, used = match.group(2), 1
        if part == 3 and title.startswith("关于"):
            while not title.endswith("说明") and used < 3 and index + used < len(texts):
                follow = texts[index + used][1]
                if len(follow) > 30 or _LEVEL1.match(follow) or _LEVEL2.match(follow):
                    break
                title, used = title + follow, used + 1
            if not title.endswith("说明"):
                title, used = match.group(2), 1
        return 1, match.group(1), title, used
    match = _LEVEL2.match(text)
    if part == 3 and match and len(match.group(2)) <= 30 and not regex.search("[。；：，]", text):
        return 2, match.group(1), match.group(2), 1
    return None


def _part_blocks(part: int, texts: Sequence[tuple[int, str]]) -> list[Block]:
    found: list[Block] = []
    ids = ["", ""]
    heading, line, body = "", texts[0][0] if texts else 0, list[tuple[int, str]]()
    current = ""
    skipping = False
    index = 1  # texts[0] is the part heading
    while index < len(texts):
        opened = _heading(part, texts, index)
        if opened is not None:
            if current:
                found.append(Block(part, current, heading, line, tuple(body)))
            level, numeral, heading, used = opened
            ids[level - 1] = str(chinese_number(numeral))
            if level == 1:
                ids[1] = ""
            current = ".".join([str(part), *[i for i in ids if i]])
            line, body, skipping = texts[index][0], [], False
            index += used
            continue
        line_number, text = texts[index]
        if _PERFORMANCE_TABLE.match(text):
            skipping = True
        if current and not skipping:
            body.append((line_number, text))
        index += 1
    if current:
        found.append(Block(part, current, heading, line, tuple(body)))
    return found


def blocks(lines: Sequence[SourceLine]) -> tuple[Block, ...]:
    """The numbered sections of parts 1 and 3, in document order."""
    texts = [
        (line.location.line or 0, fold(normalize_text(line.text)))
        for line in lines
        if line.cells is None and not line.is_blank
    ]
    ranges = _parts(texts)
    found: list[Block] = []
    for part in (1, 3):
        if part in ranges:
            start, end = ranges[part]
            found.extend(_part_blocks(part, texts[start:end]))
    return tuple(found)
