"""The parent/child tree of a table's coded rows, built in one place.

A coded row adds up into the row of its parent code: the 项 ``2011301`` into the 款
``20113``, the 款 into the 类 ``201``; the 类 rows add up to the total row. Recognition
(:func:`xjbudget.tables.sums.repair_by_sums`), the flattened-form reader
(:mod:`xjbudget.tables.flat`) and validation (``T*.tree.*`` rules) all ask the same
question of :func:`code_tree`.

They differ in one thing, kept as the explicit parameter ``missing``: what a row whose
parent is not printed (a 项 whose 款 row the table leaves out) hangs under.

- ``"direct"``: under its direct parent code all the same, so it is under no printed row
  (and it is no top either: the tops are the 类 rows). Recognition and the flat reader use
  it: they move or place amounts only where the printed rows say so.
- ``"nearest"``: under its nearest printed ancestor (the 类), so a missing middle row
  does not hide a sum from validation; a row with no printed ancestor is a top.

Several rows may share a code (the project rows of one 项 in 表7): each is a child of
the parent, and the parent's children are found from any of them.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import Literal

from attrs import frozen

__all__ = ["CodeTree", "MissingParent", "code_tree", "parent_code"]

MissingParent = Literal["direct", "nearest"]


def parent_code(
    digits: str, printed: Container[str] = (), *, missing: MissingParent = "direct"
) -> str | None:
    """The code ``digits`` adds up into: ``None`` for a 类; the code one level up
    (``"direct"``); or the nearest of its ancestors in ``printed`` (``"nearest"``,
    ``None`` when none is printed)."""
    parent = digits[:-2] if len(digits) > 3 else None
    if missing == "nearest":
        while parent is not None and parent not in printed:
            parent = parent[:-2] if len(parent) > 3 else None
    return parent


@frozen
class CodeTree:
    """Positions of the coded rows of a sequence: ``tops`` have no parent (they add up
    to the total row), ``under[code]`` are the rows directly under ``code``, in order."""

    tops: tuple[int, ...]
    under: dict[str, list[int]]

    def children(self, digits: str) -> list[int]:
        """The positions of the rows directly under the code ``digits``."""
        return self.under.get(digits, [])


def code_tree(codes: Sequence[str | None], *, missing: MissingParent = "direct") -> CodeTree:
    """The tree of the rows whose code digits are ``codes`` (``None``: an uncoded row,
    in no tree). ``missing`` says where a row whose parent is not printed hangs (see the
    module docstring). One pass over the rows, however many there are."""
    printed = {c for c in codes if c is not None} if missing == "nearest" else frozenset()
    tops: list[int] = []
    under: dict[str, list[int]] = {}
    for j, digits in enumerate(codes):
        if digits is None:
            continue
        parent = parent_code(digits, printed, missing=missing)
        if parent is None:
            tops.append(j)
        else:
            under.setdefault(parent, []).append(j)
    return CodeTree(tuple(tops), under)
