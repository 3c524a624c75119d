"""The narrative as data: the facts stated in sentences in parts 1 and 3.

>>> from xjbudget.sources.tabbed import read_text_lines
>>> facts = extract_facts(read_text_lines(text), year=2024, unit="万元")  # doctest: +SKIP
>>> facts.find("income", "一般公共预算").prior  # doctest: +SKIP
Decimal('2918.03')

See ``docs/narrative.md`` for the facts, the wording read and the coverage.
"""

from __future__ import annotations

from ..model.facts import (
    Coverage,
    Duty,
    FactRow,
    Facts,
    Figure,
    Project,
    Role,
    Span,
    Statement,
    Topic,
    Units,
)
from .extract import extract_facts, topic_of

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
    "extract_facts",
    "topic_of",
]
