"""The functional code of a 类/款/项 path in words, through :mod:`xjbudget.codes`.

``("一般公共服务支出", "商贸事务", "行政运行")`` → ``"2011301"``: the 类 by name among
the 类, then the 款 among its children, then the 项 among the 款's children (项 names
such as 行政运行 repeat under many 款, so a name alone is not enough).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..codes import CodeTable, editions, normalize_name, table
from ..errors import CodeError

__all__ = ["resolve_path"]


def resolve_path(path: Sequence[str], year: int | None) -> str | None:
    """The code the path names in the edition for ``year`` (where that edition's partial
    table lacks a step, in the nearest edition that has the whole path), or ``None``."""
    if not path:
        return None
    try:
        own = table("functional", year).edition
    except CodeError:
        return None
    for edition in sorted(editions("functional"), key=lambda e: (abs(e - own), e)):
        code = _resolve_in(table("functional", edition), path)
        if code is not None:
            return code
    return None


def _resolve_in(codes: CodeTable, path: Sequence[str]) -> str | None:
    parent: str | None = None
    for name in path:
        wanted = normalize_name(name)
        found = next((e for e in codes.children(parent) if normalize_name(e.name) == wanted), None)
        if found is None:
            return None
        parent = found.code
    return parent
