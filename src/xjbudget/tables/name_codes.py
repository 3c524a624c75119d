"""The codes of rows printed by name only, from the classification of the document's year.

Some lists print a classification's rows by name, without codes: 表1/表4 of 江苏, 深圳,
烟台, 重庆, 广州, 上海 their 类 (``一、一般公共服务支出``) and 深圳 its 款 and 项 under them
(:class:`~xjbudget.tables.items.ClassNames`); 深圳's 基本支出总表 and 广州's 基本支出预算表
a unit's economic classes (``工资福利支出``, ``基本工资``:
:class:`~xjbudget.tables.economic.EconomicNames`). :class:`NameCodes` is the one look-up
behind both: a label's key (the name without what the list adds to it) is looked up in
:func:`xjbudget.codes.find` (the edition of the year and, for the codes it lacks, the
nearest that has them), and the rows read above decide between the codes a name has in
several places. A code is never guessed: a name the classification does not hold, or
one the rule cannot settle, keeps none.

Two rules, by what the list's order tells:

- ``placed``: every row stands under the one it belongs to (a 类, its 款, their 项), and
  many names recur (行政运行 is a 项 under most 款), so the place decides: the code of
  that name under the nearest row above that has one (a 款 before its 类), else a 类 of
  that name (a row known to be a 类, such as a numbered one, is only that); the first
  when several. A name whose codes all lie elsewhere keeps none.
- ``unique``: rows need not follow the tree (a unit's classes, some omitted), so the name
  decides: its one code, wherever it lies; of several (办公设备购置 is 30902 under 309
  and 31002 under 310), the one under the class above where exactly one is; else none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from attrs import frozen

from .. import codes
from ..model import Code

__all__ = ["NameCode", "NameCodes", "NameRule"]

#: How a name's codes are settled (module docstring).
NameRule = Literal["placed", "unique"]

#: The depth of a classification's last level, whose rows stand above none: 项 of 支出功能
#: 分类, 款 of the 经济分类 (类/款).
_LEAF_DEPTH = {"functional": 3, "economic": 2}


@frozen
class NameCode:
    """What a printed name is in the classification: ``name`` the key looked up,
    ``code`` the one settled (``None``: none or several), ``codes`` every code the name
    has there (sorted)."""

    name: str
    code: Code | None
    codes: tuple[str, ...]


class NameCodes:
    """Look-ups of one list's rows printed by name, in printed order, in ``classification``
    (a scheme of :mod:`xjbudget.codes`) for ``year``; ``key`` turns a printed label into
    the name looked up (``""``: nothing to look up); ``rule`` as the module docstring."""

    def __init__(
        self,
        classification: codes.Scheme,
        year: int | None,
        key: Callable[[str], str],
        rule: NameRule,
    ) -> None:
        self._classification = classification
        self._scheme: Literal["functional", "economic"] = (
            "functional" if classification == "functional" else "economic"
        )
        self._year = year
        self._key = key
        self._rule = rule
        # The rows standing above what follows, outermost first (类, then 款).
        self._above: tuple[str, ...] = ()

    def seen(self, code: Code | None) -> None:
        """A row with ``code`` read (printed with it or given it): it and its parents stand
        above the rows that follow, as far as their levels hold rows. ``None``: a row
        under no code (a unit's), the codes above no longer do."""
        path: list[Code] = []
        while code is not None:
            path.insert(0, code)
            code = code.parent
        self._above = tuple(c.digits for c in path if c.depth < _LEAF_DEPTH[self._scheme])

    def look_up(self, label: str, *, top: bool = False) -> NameCode | None:
        """The code of a row printed as ``label`` (``top``: a row known to be of the first
        level, a 类), ``None`` when its key is empty. A code settled stands above the rows
        that follow (:meth:`seen`)."""
        name = self._key(label)
        if not name:
            return None
        found = codes.find(name, year=self._year, scheme=self._classification)
        under = self._under(found)
        if self._rule == "placed":
            entry = next(iter(under), None) if not top else None
            entry = entry or next((e for e in found if e.level == 1), None)
            settled = None if entry is None else entry.code
        else:
            candidates = sorted({e.code for e in found})
            if len(candidates) > 1:
                placed = sorted({e.code for e in under})
                candidates = placed if len(placed) == 1 else candidates
            settled = candidates[0] if len(candidates) == 1 else None
        code = None if settled is None else Code(settled, self._scheme)
        if code is not None:
            self.seen(code)
        return NameCode(name, code, tuple(sorted({e.code for e in found})))

    def _under(self, found: Sequence[codes.CodeEntry]) -> list[codes.CodeEntry]:
        """The entries under the nearest row above that has any, in ``found``'s order."""
        for above in reversed(self._above):
            under = [e for e in found if e.parent == above]
            if under:
                return under
        return []
