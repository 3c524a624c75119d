"""Tables come only from table blocks: a table of contents never becomes a table (issue 14).

Shanghai's 单位预算 PDFs print a 目录 page listing the tables (``1. 2026年预算单位财务收支
预算总表`` … ``9. 2026年单位“三公”经费和机关运行经费预算表``) and no part heading; the last
entry used to open a table block that swallowed the narrative, so the document had two
表10, the first without a row.
"""

from __future__ import annotations

import importlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import xjbudget
from xjbudget.model import ColumnSpec, Document, DocumentMeta, Location, Row, Table
from xjbudget.render import render_table_tabbed
from xjbudget.structure import TableBlock
from xjbudget.tables.recognize import Recognized, recognize
from xjbudget.text import label_key

from .conftest import CORPUS, TABBED

REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"

_TITLES = {3: "部门支出总体情况表", 10: "财政拨款“三公”经费支出情况表"}
_NARRATIVE = [
    "某某局主要职能",
    "某某局是自治州人民政府的工作部门，负责全州工业和信息化工作。",
    "2024年，某某局收入预算1,036.53万元，支出预算1,036.53万元。",
]


def _real_tables() -> list[str]:
    """表3 and 表10 of corpus 000 in the tab form, opened by their titles only."""
    document = xjbudget.parse(CORPUS / f"{TABBED[0]}.txt")
    lines: list[str] = []
    for number in (3, 10):
        table = document.table(number)
        assert table is not None and table.rows
        lines += ["", *render_table_tabbed(table, preparer="某某局")[2:]]  # no 表 N line
    return lines


_CONTENTS = {
    "numbered, under 目录": [
        "目 录",
        "一、部门主要职能",
        "二、部门预算表",
        f"1. 2024年{_TITLES[3]}",
        f"9. 2024年{_TITLES[10]}",
        "三、其他相关情况说明",
    ],
    "numbered, no 目录 heading": [f"1．2024年{_TITLES[3]}", f"2．2024年{_TITLES[10]}"],
    "dot leaders and page numbers": [
        "目录",
        "部门主要职能……………………………………1",
        f"{_TITLES[3]}……………………………3",
        f"{_TITLES[10]} ........ 4",
    ],
    "titles only, no 目录 heading": [_TITLES[3], _TITLES[10]],
}


@pytest.mark.parametrize("contents", _CONTENTS.values(), ids=list(_CONTENTS))
def test_a_contents_list_of_table_titles_makes_no_table(contents: list[str]) -> None:
    cover = ["2024年某某局部门预算", ""]
    text = "\n".join([*cover, *contents, "", *_NARRATIVE, *_real_tables()]) + "\n"
    document = xjbudget.parse_text(text)
    first_real = len(cover) + len(contents) + 1 + len(_NARRATIVE) + 1
    assert [t.number for t in document.tables] == [3, 10]
    assert all(
        t.location.line is not None and t.location.line > first_real for t in document.tables
    )
    assert not document.other_tables
    table10 = document.table(10)
    assert table10 is not None and table10.rows and not table10.is_empty


def _table(rows: tuple[Row, ...], line: int) -> Table:
    return Table(
        10,
        "three_public_expenses",
        _TITLES[10],
        (ColumnSpec("total", "合计"),),
        rows,
        location=Location(line=line),
    )


def test_document_table_prefers_the_instance_with_amounts() -> None:
    empty = _table((), 1)
    bare = _table((Row("因公出国（境）费", {"total": None}, item="outbound_travel"),), 2)
    full = _table((Row("合计", {"total": Decimal("3.00")}, role="total", item="total"),), 3)
    both = Document(DocumentMeta(), tables=(empty, bare, full, _table(full.rows, 4)))
    assert both.table(10) is full  # the first with an amount, not the later copy
    assert [t.location.line for t in both.tables] == [1, 2, 3, 4]  # every instance is kept
    assert Document(DocumentMeta(), tables=(empty, bare)).table(10) is bare
    assert Document(DocumentMeta(), tables=(empty, _table((), 5))).table(10) is empty
    assert Document(DocumentMeta(), tables=(empty,)).table(3) is None


@pytest.mark.pdf
def test_shanghai_contents_page_gives_no_table() -> None:
    path = REAL / "shanghai-01.pdf"
    if not path.exists():
        pytest.skip(f"third-party PDF not present: {path} (see tests/sources/test_pdf_real.py)")
    from xjbudget.sources.pdf import read_pdf

    source = read_pdf(path)
    contents_pages = {line.location.page for line in source.lines if label_key(line.text) == "目录"}
    assert contents_pages == {2}
    document = xjbudget.parse_pdf(path)
    assert not {t.location.page for t in document.tables} & contents_pages
    assert not {t.location.page for t in document.other_tables} & contents_pages
    assert [t.number for t in document.tables].count(10) == 1
    table10 = document.table(10)
    assert table10 is not None and table10.rows and table10.location.page == 19


def test_later_tables_read_the_instance_with_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """``build_document`` hands each table the tables read before it; of two 表3 the one
    with rows, even when an empty one comes first."""
    parse_module = importlib.import_module("xjbudget.parse")  # xjbudget.parse is the function
    seen: list[dict[int, Table]] = []

    def spy(block: TableBlock, *, context: dict[int, Table], **options: Any) -> Recognized:
        seen.append(dict(context))
        return recognize(block, context=context, **options)

    monkeypatch.setattr(parse_module, "recognize", spy)
    empty = ["表 3", _TITLES[3], "编制部门：某某局", "单位：万元", "部门支出总体情况表为空表。"]
    text = "\n".join(["2024年某某局部门预算", *empty, *_real_tables()]) + "\n"
    document = xjbudget.parse_text(text)
    assert [len(t.rows) > 0 for t in document.tables] == [False, True, True]
    assert document.table(3) is document.tables[1]
    assert seen[-1][3] is document.tables[1]
