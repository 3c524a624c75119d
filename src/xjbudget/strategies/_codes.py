"""Strategies for classification codes drawn from the package's code tables."""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st

from .. import codes
from ..codes import CodeEntry
from ..model import Code
from ..text import normalize_text
from ._check import check_choice, check_year

__all__ = ["code_entries", "economic_codes", "functional_codes"]

_LEVELS = {"类": 1, "款": 2, "项": 3}
_TABLE_SCHEME = {"functional": "functional", "economic": "economic-dept"}


@cache
def entries(scheme: str, year: int, depth: int) -> tuple[CodeEntry, ...]:
    """The entries of a level, printable as they are (names already normalised), and,
    for a 类 or 款, only those with children down to the 项 (so a tree can grow)."""
    table = codes.table(_TABLE_SCHEME[scheme], year)  # type: ignore[arg-type]
    width = 1 + 2 * depth
    found = [
        e
        for e in table
        if len(e.code) == width and normalize_text(e.name) == e.name and e.name.strip()
    ]
    return tuple(found)


@cache
def children(scheme: str, year: int, code: str) -> tuple[CodeEntry, ...]:
    """The printable children of ``code`` in the edition for ``year``."""
    table = codes.table(_TABLE_SCHEME[scheme], year)  # type: ignore[arg-type]
    return tuple(e for e in table.children(code) if normalize_text(e.name) == e.name)


def code_entries(
    scheme: str = "functional", *, year: int = 2024, level: str = "项"
) -> st.SearchStrategy[CodeEntry]:
    """Draws a :class:`~xjbudget.codes.CodeEntry` (code, name, level, edition) of the
    ``scheme`` (``"functional"`` or ``"economic"``, the 部门预算 economic scheme) in force
    for ``year``, at ``level`` (``类``, ``款``, or for functional codes ``项``)."""
    check_choice("scheme", scheme, tuple(_TABLE_SCHEME))
    year = check_year(year)
    check_choice("level", level, ("类", "款", "项") if scheme == "functional" else ("类", "款"))
    return st.sampled_from(entries(scheme, year, _LEVELS[level]))


def functional_codes(*, year: int = 2024, level: str = "项") -> st.SearchStrategy[Code]:
    """Draws a valid 功能分类 :class:`~xjbudget.model.Code` of ``level`` (类/款/项) for
    the edition in force in ``year``: ``Code("2011301")``."""
    return code_entries("functional", year=year, level=level).map(lambda e: Code(e.code))


def economic_codes(*, year: int = 2024, level: str = "款") -> st.SearchStrategy[Code]:
    """Draws a valid 部门预算经济分类 :class:`~xjbudget.model.Code` of ``level`` (类/款)
    for ``year``: ``Code("30101", "economic")``."""
    return code_entries("economic", year=year, level=level).map(lambda e: Code(e.code, "economic"))
