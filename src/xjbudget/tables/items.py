"""Matching printed row labels to a table's declared items (表1/表4 income items, 表10)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..catalog import ItemDef
from ..text import label_key

__all__ = ["ItemMatcher", "item_key"]

_NUMBERING = regex.compile(
    r"^\s*(?:(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]"
    r"|\d+\s*[、.．]?|其中\s*[:：]?)\s*)+"
)


def item_key(text: str) -> str:
    """A label without its numbering (``1、``, ``一、``, ``（一）``, ``其中：``, several of
    them: ``其中：（一）``), for item matching."""
    return label_key(_NUMBERING.sub("", text))


class ItemMatcher:
    """Matches printed labels to declared items in document order, so a label printed
    twice (一般公共预算拨款 as income and as carry-over) gets the right item."""

    def __init__(self, items: Sequence[ItemDef]) -> None:
        self._items = list(items)
        self._keys = [{item_key(k) for k in (item.label, *item.variants)} for item in items]
        self._next = 0

    def knows(self, label: str) -> bool:
        """Whether ``label`` is one of the items (without moving through the order)."""
        key = item_key(label)
        return any(key in keys for keys in self._keys)

    def match(self, label: str) -> str | None:
        key = item_key(label)
        order = list(range(self._next, len(self._items))) + list(range(self._next))
        for i in order:
            if key in self._keys[i]:
                self._next = i + 1
                return self._items[i].key
        return None
