"""Where a record came from, so a user can go back to the source."""

from __future__ import annotations

from attrs import frozen

__all__ = ["Location"]


@frozen
class Location:
    """A place in a source: a 1-based line of a text form, a 1-based PDF page, or both.

    ``bbox`` is ``(x0, top, x1, bottom)`` in PDF points on ``page`` when known.
    """

    line: int | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None

    def describe(self) -> str:
        """A short human description: ``"page 3, line 120"``."""
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        return ", ".join(parts) or "unknown place"
