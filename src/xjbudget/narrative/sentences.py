"""A section's body as one text, cut into sentences with where each came from.

Converters wrap lines inside words and numbers (``在职`` / ``23人``, ``增`` / ``长
5.32%``), so body lines are joined without a separator. A line that opens a numbered
item (``1、``, ``2.``, ``（三）``) or a label (``预算安排规模：``) starts a new unit.
A short numbered line (under 60% of the longest in the section) without punctuation
is a list entry and ends its paragraph (``4、…中心`` before the next paragraph). Sentences end
at ``。``, ``；``, ``！``, ``？`` or such a unit boundary — not inside parentheses that close
soon after (an aside holding sentences of its own).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import regex
from attrs import frozen

from ..model.facts import Span

__all__ = ["ITEM", "Sentence", "Text", "section_text", "sentences"]

#: A numbered item at the start of a unit: ``1、``, ``2.``, ``3．``, ``（四）``, ``(一十)``,
#: ``（1）``.
ITEM = regex.compile(
    r"^(?:\d{1,2}\s*(?:[、．]|\.(?!\d))|（(?:[一二三四五六七八九十]{1,3}|\d{1,2})）)\s*"
)
_LABEL = regex.compile(r"^(?!其中|包括|分别)\p{Han}{2,12}：")
# Sentence punctuation: a numbered line holding none is a bare name (a list entry).
_GOES_ON = ("，", "：", "、", "；", "。", "！", "？")
_END = regex.compile(r"[。；！？\n]")


@frozen
class Sentence:
    """One sentence of a section: its folded text, its span and the mark that ended it
    (``。``, ``；``, ``\\n`` for a unit boundary, ``""`` at the end of the section)."""

    text: str
    span: Span
    end_mark: str


@frozen
class Text:
    """A section body joined into one text, with the line each body line starts at."""

    section: str
    text: str
    starts: tuple[tuple[int, int], ...]

    def line_at(self, offset: int) -> int:
        """The source line of the character at ``offset``."""
        index = bisect_right([o for o, _ in self.starts], offset) - 1
        return self.starts[max(index, 0)][1] if self.starts else 0

    def span(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return Span(
            self.section,
            self.line_at(start),
            self.line_at(max(end - 1, start)),
            start,
            end,
            self.text[start:end],
        )


def section_text(section: str, body: Sequence[tuple[int, str]]) -> Text:
    """The body joined into one text (a ``\\n`` before each line that opens a unit)."""
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    length = 0
    width = max((len(text) for _, text in body), default=0)
    for number, text in body:
        previous = parts[-1] if parts else ""
        short = (
            bool(ITEM.match(previous))
            and len(previous) < 0.6 * width
            and not any(mark in ITEM.sub("", previous) for mark in _GOES_ON)
            and not ("（类）" in previous and "（项）" not in previous)  # a path goes on
        )
        if parts and (ITEM.match(text) or _LABEL.match(text) or short):
            parts.append("\n")
            length += 1
        starts.append((length, number))
        parts.append(text)
        length += len(text)
    return Text(section, "".join(parts), tuple(starts))


_ASIDE_REACH = 80


def _inside_aside(text: str, at: int) -> bool:
    """Whether ``text[at]`` (a ``。`` or ``；``) is inside parentheses that close within
    :data:`_ASIDE_REACH` characters on the same unit (``12.64万元（公务用车购置费0万元，比上年
    增加0万元；公务用车运行维护费12.64万元。）``): the sentence goes on after them."""
    if text[at] == "\n":
        return False
    opened = text.rfind("（", max(0, at - _ASIDE_REACH), at)
    if opened < 0 or "）" in text[opened:at] or "\n" in text[opened:at]:
        return False
    closed = text.find("）", at, at + _ASIDE_REACH)
    return closed >= 0 and "\n" not in text[at:closed] and "（" not in text[at + 1 : closed]


def sentences(joined: Text) -> tuple[Sentence, ...]:
    """The sentences of a section body (empty ones dropped)."""
    text = joined.text
    found: list[Sentence] = []
    begin = 0
    for end in [m.start() for m in _END.finditer(text) if not _inside_aside(text, m.start())] + [
        len(text)
    ]:
        raw = text[begin:end]
        lead = len(raw) - len(raw.lstrip())
        piece = raw.strip()
        if piece:
            start = begin + lead
            found.append(
                Sentence(piece, joined.span(start, start + len(piece)), text[end : end + 1])
            )
        begin = end + 1
    return tuple(found)
