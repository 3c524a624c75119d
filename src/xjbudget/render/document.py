"""The skeleton of a whole document, shared by the text renderers: cover, the four
parts with their headings, sections, the tables of part 2, the glossary of part 4
and the closing lines. Each renderer supplies how a table prints."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Document, Table

__all__ = [
    "PART_NAMES",
    "TableLines",
    "chinese_numeral",
    "document_lines",
    "part_titles",
    "table_heading",
    "wrap",
]

#: How a renderer prints one table: the lines of its block.
TableLines = Callable[[Table], list[str]]

PART_NAMES = ("一", "二", "三", "四")


def wrap(text: str, width: int | None) -> list[str]:
    """``text`` cut into lines of at most ``width`` characters (``None``: one line)."""
    if width is None or len(text) <= width:
        return [text]
    return [text[i : i + width] for i in range(0, len(text), width)]


def part_titles(document: Document) -> dict[int, str]:
    """The heading of each part: as the document has it, else the usual wording."""
    meta = document.meta
    year = f"{meta.year}年" if meta.year else ""
    who = "单位" if (meta.kind or "").startswith("单位") else "部门"
    defaults = {
        1: f"第一部分{year}{meta.department or ''}{who}概况",
        2: f"第二部分{year}{who}预算公开表",
        3: f"第三部分{year}{who}预算情况说明",
        4: "第四部分名词解释",
    }
    return {**defaults, **{p.number: p.title for p in document.parts}}


def table_heading(table: Table, *, markdown: bool = False) -> list[str]:
    """The 表 N marker and the title of a table."""
    return [f"表 {table.number}", "", ("## " if markdown else "") + table.title, ""]


def document_lines(
    document: Document,
    table_lines: TableLines,
    *,
    markdown: bool = False,
    width: int | None = None,
    cover: bool = True,
) -> list[str]:
    """The lines of ``document``: narrative text cut at ``width`` characters, tables
    printed by ``table_lines``. Performance targets are not printed."""
    meta = document.meta
    heading = "# " if markdown else ""
    lines: list[str] = []
    if cover:
        kind = meta.kind or "部门预算"
        lines += ["", meta.department or "", "", f"{meta.year or ''} 年{kind}公开", ""]
    titles = part_titles(document)
    for number in (1, 2, 3, 4):
        lines += [heading + titles[number], ""]
        for section in (s for s in document.sections if s.part == number):
            lines.append(section.heading)
            for paragraph in section.text.splitlines():
                lines += wrap(paragraph, width)
            lines.append("")
        if number == 2:
            for table in document.tables:
                lines += [*table_lines(table), ""]
        if number == 4:
            for index, entry in enumerate(document.glossary):
                label = chinese_numeral(index + 1)
                lines += [*wrap(f"{label}、{entry.term}：{entry.definition}", width), ""]
    if meta.department:
        lines.append(meta.department)
    if meta.issued:
        issued = meta.issued
        lines.append(f"{issued.year}年{issued.month}月{issued.day}日")
    return lines


def chinese_numeral(n: int) -> str:
    """``n`` (1–99) as a list numbers it: 一, 十, 十一, 二十三."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
