"""Where the narrative is: the numbered sections of parts 1 and 3, as the structure stage
found them (:func:`xjbudget.structure.find_sections`, the one finder behind
``Document.sections`` too).

A section's body is its text lines (no cell row, no blank line, nothing of a table or of
a performance target table), normalised and folded; its ``id`` is the section's
(``"3.12.2"``), so every fact's ``span.section`` names a ``Section`` of the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import frozen

from ..sources.lines import SourceLine
from ..structure import SectionBlock, chinese_number, segment
from ..text import normalize_text
from .fold import fold

__all__ = ["Block", "blocks", "blocks_of", "chinese_number"]


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
                if line.cells is None and not line.is_blank
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
