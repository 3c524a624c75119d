"""Every block the segmenter makes says why it made it (``reason``, docs/tables.md)."""

from __future__ import annotations

import xjbudget
from xjbudget.sources.tabbed import read_text_lines

from ..conftest import CORPUS


def test_reasons_of_corpus_000() -> None:
    structure = xjbudget.segment(CORPUS / "000_707d8629ab46531e.txt")
    assert [block.reason for block in structure.tables] == [f"表{n} marker" for n in range(1, 12)]
    assert [block.reason for block in structure.performance] == ["performance title"]


def test_reasons_of_titles_and_untitled_rows() -> None:
    text = "\n".join(
        [
            "第二部分 部门预算表",
            "公开05表 一般公共预算支出情况表",
            "编制部门：某某局\t单位：万元",
            "科目编码\t科目名称\t合计",
            "201\t一般公共服务支出\t10.00",
            "一般公共预算支出情况表",
            "科目编码\t科目名称\t合计",
            "201\t一般公共服务支出\t10.00",
            "某某事项明细表",
            "科目编码\t科目名称\t合计",
            "201\t一般公共服务支出\t10.00",
        ]
    )
    structure = xjbudget.segment(read_text_lines(text))
    assert [block.reason for block in structure.tables] == [
        "公开05表 marker",
        "title matches 表5 (一般公共预算支出情况表)",
        "a short line ending in 表",
    ]
    untitled = xjbudget.segment(
        read_text_lines(
            "第二部分 部门预算表\n科目编码\t科目名称\t合计\n201\t一般公共服务支出\t10.00"
        )
    )
    assert [block.reason for block in untitled.tables] == ["cell rows under no title"]
