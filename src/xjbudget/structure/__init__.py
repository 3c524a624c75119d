"""The structure stage: a document's lines cut into cover, contents, parts, numbered
sections, table blocks, performance target blocks and glossary (docs/architecture.md).

:func:`segment` takes the :class:`~xjbudget.sources.lines.SourceLine` list any input
adapter yields and returns a :class:`Structure`; the recognizers (:mod:`xjbudget.tables`)
read its blocks, the narrative reader its parts and sections.
"""

from .sections import chinese_number, find_sections, section_id
from .segmenter import (
    GridPage,
    PartBlock,
    PerformanceBlock,
    SectionBlock,
    Structure,
    TableBlock,
    disclosure_marker,
    is_numbering_row,
    is_preparer_line,
    is_unit_line,
    looks_like_data,
    segment,
)

__all__ = [
    "GridPage",
    "PartBlock",
    "PerformanceBlock",
    "SectionBlock",
    "Structure",
    "TableBlock",
    "chinese_number",
    "disclosure_marker",
    "find_sections",
    "is_numbering_row",
    "is_preparer_line",
    "is_unit_line",
    "looks_like_data",
    "section_id",
    "segment",
]
