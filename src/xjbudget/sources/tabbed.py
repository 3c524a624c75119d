"""The text forms converters make of the PDFs: one line per text line, table cells
separated by tabs (``000``, ``003``, ``004`` in the corpus), or by spaces with empty
cells dropped (``001``)."""

from __future__ import annotations

import regex

from ..model import Location
from ..text import strip_tags
from .lines import SourceLine

__all__ = ["looks_tabbed", "read_text_lines"]

_HEADING = regex.compile(r"^(#{1,6})\s+")
_BULLET = regex.compile(r"^[-*]\s+")


def read_text_lines(text: str) -> list[SourceLine]:
    """Split a text form into :class:`SourceLine` s (1-based line numbers).

    Markdown decorations of the converters (``#`` headings, ``**bold**``, ``- `` list
    bullets) become ``heading``/``bold``; a line with a tab becomes a row of cells.
    """
    lines: list[SourceLine] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        raw = raw.rstrip("\r\n")
        bold = "<b>" in raw or "**" in raw
        heading = 0
        indent = 0
        if "\t" in raw:
            cells = tuple(raw.split("\t"))
            body = "\t".join(strip_tags(c).strip() for c in cells)
        else:
            cells = None
            stripped = raw.strip()
            indent = len(raw) - len(raw.lstrip())
            match = _HEADING.match(stripped) if stripped[:1] == "#" else None
            if match:
                heading = len(match.group(1))
                stripped = stripped[match.end() :]
            if stripped[:1] in ("-", "*"):
                stripped = _BULLET.sub("", stripped)
            body = strip_tags(stripped).strip()
        lines.append(
            SourceLine(
                text=body,
                location=Location(line=number),
                cells=cells,
                heading=heading,
                bold=bold,
                indent=indent,
            )
        )
    return lines


def looks_tabbed(lines: list[SourceLine]) -> bool:
    """Whether the tables of this text keep their grid (tab-separated cells)."""
    return sum(1 for line in lines if line.cells and len(line.cells) >= 3) >= 5
