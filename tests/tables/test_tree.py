"""The one row tree (issue 17): where a row whose parent is not printed hangs."""

from __future__ import annotations

from xjbudget.tables.tree import code_tree, parent_code

# 201 类; its 款 20101 printed, 20102 not; 项 2010201 under the missing 款; a second 类.
CODES = ["201", "20101", "2010101", "2010201", None, "205", "2050101"]


def test_direct_parent() -> None:
    tree = code_tree(CODES, missing="direct")
    assert tree.tops == (0, 5)
    assert tree.children("201") == [1]
    assert tree.children("20101") == [2]
    assert tree.children("20102") == [3]  # under its code, a row the table leaves out
    assert tree.children("205") == []
    assert tree.children("20501") == [6]


def test_nearest_printed_ancestor() -> None:
    tree = code_tree(CODES, missing="nearest")
    assert tree.tops == (0, 5)
    assert tree.children("201") == [1, 3]  # the 项 whose 款 is missing counts under the 类
    assert tree.children("205") == [6]


def test_parent_code() -> None:
    assert parent_code("201") is None
    assert parent_code("2010201") == "20102"
    assert parent_code("2010201", {"201"}, missing="nearest") == "201"
    assert parent_code("2010201", set(), missing="nearest") is None
