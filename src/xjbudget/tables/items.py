"""Matching printed row labels to a table's declared items (表1/表4 income items, 表10),
and the expenditure list of 表1/表4 printed by name (一、一般公共服务支出, 五、教育支出) to
its functional codes."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..catalog import ItemDef
from ..model import Code, Side
from ..text import label_key, normalize_text
from .name_codes import NameCodes

__all__ = ["ClassNames", "ItemMatcher", "is_numbered", "item_key", "strip_numbering"]

_NUMBERING = regex.compile(
    r"^\s*(?:(?:[一二三四五六七八九十]+\s*[、.．]|[（(](?:[一二三四五六七八九十]+|\d+)[）)]"
    r"|\d+\s*[、.．]?|其中\s*[:：]?)\s*)+"
)


def strip_numbering(text: str) -> str:
    """A label without its numbering (``一、``, ``（五）``, ``1.``, ``(2)``, ``其中：``)."""
    return _NUMBERING.sub("", text)


def is_numbered(text: str) -> bool:
    """Whether a label starts with a numbering."""
    return bool(_NUMBERING.match(text))


def item_key(text: str) -> str:
    """A label without its numbering (``1、``, ``一、``, ``（一）``, ``其中：``, several of
    them: ``其中：（一）``), for item matching."""
    return label_key(_NUMBERING.sub("", text))


class ItemMatcher:
    """Matches printed labels to declared items in document order, so a label printed
    twice (一般公共预算拨款 as income and as carry-over) gets the right item. With a
    ``side``, only the items of that side of a two-sided table (and those of either);
    ``column`` picks the list of a side that prints several (西安's economic lists, whose
    items name their column), ``None`` the side's one list."""

    def __init__(
        self, items: Sequence[ItemDef], side: Side | None = None, column: str | None = None
    ) -> None:
        self._items = [
            i for i in items if (side is None or i.side in (None, side)) and i.column == column
        ]
        items = self._items
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


class ClassNames(NameCodes):
    """The functional codes of an expenditure list printed by name, without codes (表1
    and 表4 of 江苏, 深圳, 烟台, 重庆, 广州, 上海: ``一、一般公共服务支出``, ``（五）教育支出``;
    深圳 adds its 款 and 项 under each 类, by name too: ``进修及培训``, ``培训支出``).

    A numbered label is a 类: the 类 of that name. An unnumbered one is, in this order, a
    项 of the last 款 read, a 款 of the last 类 read, else a 类 of that name (the
    ``placed`` rule of :class:`~xjbudget.tables.name_codes.NameCodes`, in the edition of
    ``year`` and, for the codes it lacks, the nearest that has them); a name found
    nowhere gives ``None`` and the row keeps its name alone.
    """

    def __init__(self, year: int | None = None) -> None:
        super().__init__("functional", year, _class_name, "placed")

    def code(self, label: str) -> tuple[Code, str] | None:
        """The code of a printed label and its name without numbering, or ``None``."""
        found = self.look_up(label, top=is_numbered(label))
        return None if found is None or found.code is None else (found.code, found.name)


def _class_name(label: str) -> str:
    return normalize_text(strip_numbering(label))
