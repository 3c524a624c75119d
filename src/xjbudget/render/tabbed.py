"""Render standard tables and whole documents to the tab-separated text form
(``000``'s layout: one row a line, cells separated by tabs, ``<b>`` on bold cells)."""

from __future__ import annotations

from collections.abc import Collection

from ..model import Document, Table
from .document import TableLines, document_lines, table_heading
from .layout import table_grid

__all__ = ["render_document_tabbed", "render_table_tabbed"]


def render_table_tabbed(
    table: Table,
    *,
    preparer: str = "某某局",
    bold: Collection[int] = (),
    page_break: int | None = None,
    grouped: bool = False,
    unit: str = "万元",
    markdown: bool = False,
    numbering: bool = True,
) -> list[str]:
    """The lines of ``table`` in the tab-separated form: marker, title, 编制部门 and
    单位 lines, header rows (labels, 类/款/项, ※ numbering unless ``numbering=False``),
    body rows.

    ``bold`` are body row indices printed in ``<b>`` tags, ``page_break`` a body row
    index before which the 编制部门 block and the header are printed again, ``grouped``
    prints thousands separators, ``markdown`` prints the title as a ``##`` heading. Every
    standard table renders, 表1 and 表4 with their two lists side by side; a table with an
    ``empty_statement`` and no amount prints its header (and bare rows) and then the sentence.
    """
    grid = table_grid(table, grouped=grouped, numbering=numbering)
    header = ["\t".join(cells) for cells in grid.header]
    block = [f"编制部门：{preparer}", "", f"单位：{unit}", "", *header]
    lines = [*table_heading(table, markdown=markdown), *block]
    for index, cells in enumerate(grid.body):
        if index == page_break:
            lines += ["", *block]
        if index in bold:
            cells = tuple(f"<b>{c}</b>" if c else c for c in cells)
        lines.append("\t".join(cells))
    if table.empty_statement and table.is_empty:
        lines += ["", table.empty_statement]
    return lines


def render_document_tabbed(
    document: Document,
    *,
    grouped: bool = False,
    markdown: bool = False,
    page_breaks: dict[int, int] | None = None,
    bold: dict[int, Collection[int]] | None = None,
    numbering: bool = True,
) -> str:
    """The whole ``document`` in the tab-separated form: cover, the four parts with
    their headings and sections, every table, the glossary and the closing lines.

    ``page_breaks`` maps a table number to the body row before which the page breaks;
    ``bold`` maps a table number to the body rows printed bold; ``numbering=False``
    prints no table's ``※ 1 2 3`` row.
    """
    breaks = page_breaks or {}
    bolds = bold or {}
    preparer = document.meta.department or "某某局"

    def table_lines(table: Table) -> list[str]:
        return render_table_tabbed(
            table,
            preparer=table.preparer or preparer,
            bold=bolds.get(table.number, ()),
            page_break=breaks.get(table.number),
            grouped=grouped,
            unit=table.unit or "万元",
            markdown=markdown,
            numbering=numbering,
        )

    render: TableLines = table_lines
    return "\n".join(document_lines(document, render, markdown=markdown)) + "\n"
