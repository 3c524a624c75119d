"""Render a one-sided standard table to the tab-separated text form (``000``'s layout)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal

from ..model import Row, Table
from ..tables.standard import spec_for_number

__all__ = ["render_table_tabbed"]

_KEY_HEADERS = {
    "functional": (("功能分类科目编码", "", "", "功能分类科目名称"), ("类", "款", "项", "")),
    "economic": (("经济分类科目编码", "", "经济分类科目名称"), ("类", "款", "")),
    "project": (("项目名称",), ("",)),
}


def _amount(value: Decimal | None, grouped: bool) -> str:
    if value is None:
        return ""
    return f"{value:,}" if grouped else str(value)


def render_table_tabbed(
    table: Table,
    *,
    preparer: str = "某某局",
    bold: Collection[int] = (),
    page_break: int | None = None,
    grouped: bool = False,
) -> list[str]:
    """The lines of ``table`` in the tab-separated form: marker, title, 编制部门 and
    单位 lines, header rows (labels, 类/款/项, ※ numbering), body rows.

    ``bold`` are row indices printed in ``<b>`` tags, ``page_break`` a row index before
    which the 编制部门 block and the header are printed again, ``grouped`` prints
    thousands separators. Only the one-sided tables (not 表1/表4) are rendered.
    """
    spec = spec_for_number(table.number)
    if spec is None or spec.two_sided:
        raise ValueError(f"table {table.number} cannot be rendered in the tabbed form")
    key = "project" if spec.row_key in ("project", "item") else spec.row_key
    top, levels = _KEY_HEADERS[key]
    extra = ("项目名称",) if spec.number == 7 else ()
    labels = tuple(c.label for c in table.columns)
    width = len(top) + len(extra) + len(labels)
    header = [
        "\t".join((*top, *extra, *labels)),
        "\t".join((*levels, *("" for _ in extra), *("" for _ in labels))),
        "\t".join(("※",) * (len(top) + len(extra)) + tuple(str(i + 1) for i in range(len(labels)))),
    ]
    block = [f"编制部门：{preparer}", "", "单位：万元", "", *header]
    lines = [f"表 {table.number}", "", table.title, "", *block]
    for index, row in enumerate(table.rows):
        if index == page_break:
            lines += ["", *block]
        cells = [*_key_cells(row, key, len(top)), *_project(row, extra)]
        cells += [_amount(row.values.get(c.key), grouped) for c in table.columns]
        if index in bold:
            cells = [f"<b>{c}</b>" if c else c for c in cells]
        assert len(cells) == width
        lines.append("\t".join(cells))
    return lines


def _key_cells(row: Row, key: str, width: int) -> list[str]:
    if key == "project":
        return [row.project or row.name]
    parts = list(row.code.parts) if row.code else []
    return [*parts, *[""] * (width - 1 - len(parts)), row.name]


def _project(row: Row, extra: Sequence[str]) -> list[str]:
    return [row.project or ""] if extra else []
