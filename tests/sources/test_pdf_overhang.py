"""A glyph hung across a table rule goes to the cell it was set in, not to the one holding
its centre (pdf_layout._hung_cell; docs/pdf.md, "What comes out, per page").

The constructed grids copy the geometry of the real pages (points, ``top`` down the
page); the real tests read those pages from ../shared/corpus/real and skip if absent.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import pytest

from xjbudget.sources.pdf import read_pdf
from xjbudget.sources.pdf_layout import Box, build_grid
from xjbudget.sources.pdf_page import ENGINES, Char, Engine

from ..real_corpus import REAL


def _line(text: str, x0: float, top: float, height: float, width: float = 0.0) -> list[Char]:
    """Glyphs set left to right from ``x0``, each ``width`` wide (``height`` if 0)."""
    step = width or height
    return [
        Char(ch, x0 + i * step, top, x0 + (i + 1) * step, top + height, "F", height, False, True)
        for i, ch in enumerate(text)
    ]


def _rows(cells: Sequence[Box], chars: Sequence[Char]) -> list[tuple[str, ...]]:
    grid, loose = build_grid(cells, chars)
    assert loose == []
    return list(grid.rows)


def _column(x0: float, x1: float, *ys: float) -> list[Box]:
    return [(x0, top, x1, bottom) for top, bottom in pairwise(ys)]


def test_a_tail_across_the_next_cells_line_goes_up() -> None:
    """xian-08 p31: 费 (229.4-237.3 pt) hangs below the rule at 230.6, across the line of
    the row below (233.3-241.3): two lines of one cell never overlap."""
    h = 7.92
    chars = [
        *_line("机关事业单位基本养老保险缴", 101.0, 219.57, h),
        *_line("费", 101.0, 229.38, h),
        *_line("职业年金缴费", 125.0, 233.34, h),
    ]
    cells = _column(100.0, 210.0, 218.1, 230.6, 243.1)
    assert _rows(cells, chars) == [("机关事业单位基本养老保险缴费",), ("职业年金缴费",)]


def test_a_tail_over_the_next_cells_text_goes_up() -> None:
    """xian-10 p42: a header label wrapped in five lines 9.5 pt apart; 入 (747.5-755.0)
    hangs below the rule at 749.1, over a 0.00 it does not touch. The cell below holds
    the 0.00 with room to spare (text that fits is set inside its cell) and 入 lies at
    the label's own line gap: it is the label's."""
    h = 7.47
    label = [
        *_line("对附", 596.0, 709.60, h),
        *_line("属单", 596.0, 719.08, h),
        *_line("位上", 596.0, 728.52, h),
        *_line("缴收", 596.0, 738.09, h),
        *_line("入", 603.3, 747.53, h),
    ]
    amount = _line("0.00", 599.0, 758.96, 6.58, width=3.66)
    cells = _column(595.6, 617.9, 708.0, 749.1, 772.9)
    assert _rows(cells, [*label, *amount]) == [("对附属单位上缴收入",), ("0.00",)]


def test_a_block_too_tall_for_its_cell_keeps_its_line() -> None:
    """shanghai-05 p10: 三、国有资本经营预 / 算 is taller than its cell and set centred
    across both rules: its first line, 1.1 pt over the top rule, is its own."""
    h = 11.76
    chars = [
        *_line("二、政府性基金预算", 58.0, 216.69, h),
        *_line("三、国有资本经营预", 58.0, 231.81, h),
        *_line("算", 58.0, 246.21, h),
        *_line("收入总计", 58.0, 261.0, h),
    ]
    cells = _column(57.4, 171.0, 210.7, 232.9, 255.1, 277.3)
    assert _rows(cells, chars) == [
        ("二、政府性基金预算",),
        ("三、国有资本经营预算",),
        ("收入总计",),
    ]


def test_a_block_set_high_keeps_its_first_line() -> None:
    """xian-04 p38: each cell's two lines are set about 2 pt high; the first line of a
    cell, 1.8 pt over its top rule, lies 6.1 pt under the line above but 1.5 pt over its
    own next one (the two lines of the cell above are 1.5 pt apart)."""
    h = 9.24
    chars = [
        *_line("三级指标", 161.0, 258.04, h),
        *_line("保障人员数量", 161.0, 272.30, h),
        *_line("发放总金额", 161.0, 282.99, h),
        *_line("保障每月发放工作", 161.0, 298.32, h),
        *_line("人员金额", 161.0, 309.02, h),
    ]
    cells = _column(160.3, 440.2, 250.2, 275.1, 300.1, 327.2)
    assert _rows(cells, chars) == [
        ("三级指标",),
        ("保障人员数量发放总金额",),
        ("保障每月发放工作人员金额",),
    ]


@pytest.mark.parametrize(
    ("top", "rows"),
    [
        # A cell's only line, set 1.5 pt high: its own (dense rows).
        (110.5, [("一般",), ("乙",)]),
        # 0.5 pt over the rule, less than a tenth of its height: a font's box, its own.
        (111.5, [("一般",), ("乙",)]),
    ],
)
def test_a_line_set_high_keeps_its_cell(top: float, rows: list[tuple[str, ...]]) -> None:
    chars = [*_line("一般", 101.0, 101.0, 9.0), *_line("乙", 101.0, top, 10.0)]
    cells = _column(100.0, 200.0, 100.0, 112.0, 124.0)
    assert _rows(cells, chars) == rows


def test_a_touching_tail_over_text_below_keeps_its_cell() -> None:
    """The xian-10 p42 label with 入 only 0.5 pt over the rule (under a tenth of its
    height): a font's box reaching past a rule is no overhang."""
    h = 7.47
    chars = [
        *_line("对附", 596.0, 709.60, h),
        *_line("属单", 596.0, 719.08, h),
        *_line("位上", 596.0, 728.52, h),
        *_line("缴收", 596.0, 738.09, h),
        *_line("入", 603.3, 748.6, h),
        *_line("0.00", 599.0, 758.96, 6.58, width=3.66),
    ]
    cells = _column(595.6, 617.9, 708.0, 749.1, 772.9)
    assert _rows(cells, chars) == [("对附属单位上缴收",), ("入0.00",)]


def _page_rows(name: str, page: int, engine: Engine) -> list[tuple[str, ...]]:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"third-party PDF not present: {path}")
    lines = read_pdf(path, engine=engine).lines
    return [line.cells for line in lines if line.location.page == page and line.cells]


@pytest.mark.parametrize("engine", ENGINES)
def test_xian_08_pension_contributions(engine: Engine) -> None:
    """西安's 2022 基本支出表 (xian-08 p31): 机关事业单位基本养老保险缴费 wraps, its 费
    hung into the next row; it was read 机关事业单位基本养老保险缴 / 费职业年金缴费."""
    rows = _page_rows("xian-08.pdf", 31, engine)
    assert ("7", "30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费") in [
        row[:5] for row in rows
    ]
    assert ("8", "30109", "职业年金缴费", "50102", "社会保障缴费") in [row[:5] for row in rows]


def test_xian_10_income_header() -> None:
    """西安's 2021 收入总表 (xian-10 p42): 对附属单位上缴收入's 入 hung into the 合计 row
    (read 入0.00 there before)."""
    rows = _page_rows("xian-10.pdf", 42, "pdfium")
    header = next(row for row in rows if "事业收入" in row)
    total = next(row for row in rows if row[:3] == ("1", "", "合计"))
    assert total[header.index("对附属单位上缴收入")] == "0.00"
    assert all(cell == "" or cell[0].isdigit() for cell in total[3:])


def test_xian_09_project_names() -> None:
    """西安's 2021 政府采购表 (xian-09 p75, p83): a wrapped project name's last line hung
    across the next row's own line was read into it, glyph by glyph (尾西款安市…)."""
    rows = _page_rows("xian-09.pdf", 75, "pdfium") + _page_rows("xian-09.pdf", 83, "pdfium")
    names = {row[8] for row in rows if len(row) > 8}
    assert "渭河平原废弃露天矿山生态修复勘察设计项目尾款" in names
    assert "西安市房屋建筑普查及违法建设清查项目尾款" in names
    assert "西安市国土空间规划年度体检评估工作（2021）" in names
    assert "西安市国土空间生态修复调查和规划编制" in names
