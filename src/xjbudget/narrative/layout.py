"""Where the narrative is: the numbered sections of parts 1 and 3, as the structure stage
found them (:func:`xjbudget.structure.find_sections`, the one finder behind
``Document.sections`` too).

A section's body is its text lines (no cell row, no blank line, nothing of a table or of
a performance target table), normalised and folded; its ``id`` is the section's
(``"3.12.2"``), so every fact's ``span.section`` names a ``Section`` of the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex
from attrs import frozen

from ..sources.lines import SourceLine
from ..structure import SectionBlock, Structure, chinese_number, segment
from ..text import normalize_text
from .fold import fold

__all__ = ["Block", "blocks", "blocks_of", "chinese_number", "unparted_blocks"]


@frozen
class Block:
    """A numbered section of part 1 or 3 with its body lines ``(line number, text)``.

    ``id`` is ``"3.12.2"`` for part 3, section 十二, sub-section （二）; the body text
    is normalised and folded (see :func:`~xjbudget.narrative.fold.fold`); a page number
    between its lines (``- 20 -``) is dropped.
    """

    part: int
    id: str
    heading: str
    line: int
    body: tuple[tuple[int, str], ...]


# A page number printed between the lines of a paragraph (``- 20 -``, ``— 5 —``).
_PAGE_NUMBER = regex.compile(r"^\s*+[-—–－]*+\s*+\d{1,4}\s*+[-—–－]*+\s*+$")


def blocks_of(sections: Iterable[SectionBlock]) -> tuple[Block, ...]:
    """The narrative blocks of the structure stage's sections, in document order."""
    return tuple(
        Block(
            part=section.part,
            id=section.id,
            heading=section.title,
            line=section.first.location.line or 0,
            body=tuple(
                (line.location.line or 0, fold(normalize_text(line.text)))
                for line in section.lines
                if line.cells is None and not line.is_blank and not _PAGE_NUMBER.match(line.text)
            ),
        )
        for section in sections
        if section.part in (1, 3)
    )


def blocks(lines: Sequence[SourceLine]) -> tuple[Block, ...]:
    """The numbered sections of parts 1 and 3 of a document given as lines (segmented
    here; :func:`blocks_of` takes the sections of a :class:`~xjbudget.structure.Structure`
    already made)."""
    return blocks_of(segment(lines).sections)


# A heading of a document without part headings: ``一、…`` / ``（一）…`` or a short line
# naming what follows (``2026年单位预算编制说明``, ``…主要职能``, ``其他相关情况说明``).
_NUMBERED = regex.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")
_SUBNUMBERED = regex.compile(r"^（[一二三四五六七八九十]{1,3}）")
_NAMED = regex.compile(r"(?:说明|情况|职能|职责|设置|概况)$")
_SENTENCE_MARK = regex.compile(r"[。；，：:,;]")
_PART1 = ("职能", "职责", "机构", "人员", "概况", "基本情况")


def _heading_level(text: str) -> int:
    """1 or 2 for a heading line of a document without parts, 0 for body text."""
    if len(text) > 40 or _SENTENCE_MARK.search(text) or not regex.search(r"\p{Han}", text):
        return 0
    if _SUBNUMBERED.match(text):
        return 2 if len(text) <= 30 else 0
    if _NUMBERED.match(text) or _NAMED.search(text):
        return 1
    return 0


def unparted_blocks(structure: Structure, lines: Sequence[SourceLine]) -> tuple[Block, ...]:
    """The narrative of a document that prints no part headings (Shanghai's 单位预算,
    Chongqing): every text line outside the cover, the contents and the tables' grids,
    cut at its headings. A block is of part 1 when its heading names duties,
    organisation or staff, else of part 3; its id is ``"0.N"`` (``"0.N.M"`` for a
    sub-section): these blocks are no :class:`~xjbudget.model.Section` of the document.
    """
    if structure.parts:
        return ()
    taken = {id(line) for line in (*structure.cover, *structure.contents)}
    for table in structure.tables:
        said = {id(line) for line in table.text}
        taken.update(id(line) for line in table.lines if id(line) not in said)
    for block in structure.performance:
        taken.update(id(line) for line in (block.first, *block.rows))
    found: list[Block] = []
    number = sub = 0
    for line in lines:
        if id(line) in taken or line.cells is not None or line.is_blank:
            continue
        text = fold(normalize_text(line.text))
        if not regex.search(r"\p{Han}", text):
            continue  # a page number (``— 5 —``), a stray figure of a chart
        level = _heading_level(text)
        if level == 1 or (level == 2 and not found):
            number, sub = number + 1, 0
            part = 1 if any(w in text for w in _PART1) else 3
            found.append(Block(part, f"0.{number}", text, line.location.line or 0, ()))
        elif level == 2:
            sub += 1
            part = found[-1].part
            found.append(Block(part, f"0.{number}.{sub}", text, line.location.line or 0, ()))
        elif found:
            last = found[-1]
            found[-1] = Block(
                last.part,
                last.id,
                last.heading,
                last.line,
                (*last.body, (line.location.line or 0, text)),
            )
    return tuple(found)
