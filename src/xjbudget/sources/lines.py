"""The neutral shape every input adapter yields: lines with locations and, for table
rows, their cells."""

from __future__ import annotations

from attrs import frozen

from ..model import Location

__all__ = ["SourceLine"]


@frozen
class SourceLine:
    """One line of a source, in reading order.

    - ``text``: the line as text, tags removed (cells joined by a tab);
    - ``cells``: the cells of a table row when the source knows the grid (the tabbed
      text form, a PDF table), else ``None``; cells keep their printed text (tags
      included, so amounts broken over lines can still be told apart);
    - ``heading``: the level of a Markdown-style ``#`` heading, 0 for none;
    - ``bold``: whether the source marks the line bold;
    - ``location``: the 1-based line (text forms) and/or page (PDF);
    - ``indent``: the spaces a text form printed before ``text`` (converters that keep
      positions, ``pdftotext -layout``, stand a word where the page does by them).
    """

    text: str
    location: Location
    cells: tuple[str, ...] | None = None
    heading: int = 0
    bold: bool = False
    indent: int = 0

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()
