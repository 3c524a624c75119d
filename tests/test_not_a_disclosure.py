"""Input that is not a budget disclosure raises NotABudgetDocumentError (issue 14).

The segmenter makes a table of any cell rows, so without the test for the marks of a
disclosure a grid of fruit names would parse as a 部门预算 and an ETL job would load it.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xjbudget
from xjbudget.model import Location
from xjbudget.parse import build_document
from xjbudget.sources.lines import SourceLine

FRUIT_GRID = "苹果\t香蕉\t橙子\t葡萄\n西瓜\t芒果\t菠萝\t草莓\n梨\t桃\t李子\t樱桃\n"
LEAP_SECONDS = """\
# The leap seconds inserted into UTC (year month day  hour minute second)
1972  6 30  23 59 60
1972 12 31  23 59 60
1973 12 31  23 59 60
1974 12 31  23 59 60
1975 12 31  23 59 60
1976 12 31  23 59 60
1977 12 31  23 59 60
1978 12 31  23 59 60
1979 12 31  23 59 60
1981  6 30  23 59 60
1982  6 30  23 59 60
1983  6 30  23 59 60
1985  6 30  23 59 60
1987 12 31  23 59 60
1989 12 31  23 59 60
1990 12 31  23 59 60
1992  6 30  23 59 60
1993  6 30  23 59 60
1994  6 30  23 59 60
1995 12 31  23 59 60
1997  6 30  23 59 60
1998 12 31  23 59 60
2005 12 31  23 59 60
2008 12 31  23 59 60
2012  6 30  23 59 60
2015  6 30  23 59 60
2016 12 31  23 59 60
"""


@pytest.mark.parametrize(
    ("text", "lines"), [(FRUIT_GRID, 3), (LEAP_SECONDS, 28)], ids=["fruit", "leap_seconds"]
)
def test_text_without_the_marks_of_a_disclosure_is_refused(text: str, lines: int) -> None:
    with pytest.raises(xjbudget.NotABudgetDocumentError) as caught:
        xjbudget.parse_text(text, source="input.txt")
    message = str(caught.value)
    assert "no part heading (第一部分 …)" in message and "编制部门" in message
    assert message.endswith(f"(input.txt, lines 1–{lines})")
    with pytest.raises(xjbudget.NotABudgetDocumentError):
        xjbudget.parse(text.encode())


def test_pdf_without_the_marks_of_a_disclosure_is_refused() -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    rows = [line for line in LEAP_SECONDS.splitlines() if not line.startswith("#")]
    for page in (rows[:14], rows[14:]):
        canvas.setFont("Helvetica", 11)
        for k, row in enumerate(page):
            canvas.drawString(72, 760 - 20 * k, row)
        canvas.showPage()
    canvas.save()
    with pytest.raises(xjbudget.NotABudgetDocumentError, match=r"pages 1–2\)$"):
        xjbudget.parse(out.getvalue())


def test_pdf_lines_are_refused_with_their_pages() -> None:
    lines = [
        SourceLine("\t".join(row), Location(line=k + 1, page=1 + k // 2), cells=tuple(row))
        for k, row in enumerate(line.split("\t") for line in FRUIT_GRID.splitlines())
    ]
    with pytest.raises(xjbudget.NotABudgetDocumentError, match=r"\(fruit\.pdf, pages 1–2\)$"):
        build_document(lines, form="pdf", source="fruit.pdf")


@pytest.mark.parametrize(
    "marker",
    [
        "第一部分 部门概况",
        "表3",
        "公开05表",
        "部门支出总体情况表",
        "编制部门：某某局",
        "部门名称：某某局 单位：万元",
        "2026年度某某局部门预算",
        "单位预算公开",
        "2023年度部门决算",
    ],
)
def test_any_one_mark_makes_a_disclosure(marker: str) -> None:
    document = xjbudget.parse_text(f"{marker}\n{FRUIT_GRID}")
    assert document.tables or document.other_tables or document.parts


def test_a_title_alone_is_still_not_a_document() -> None:
    with pytest.raises(xjbudget.NotABudgetDocumentError, match="no standard table"):
        xjbudget.parse_text("2026年度某某局部门预算\n今天天气很好。\n")


# Words that cannot make any mark of a disclosure: none holds 表 (table titles, 表N,
# 公开NN表), 编 or 称 (编制部门, 部门名称), 部 (第一部分, 部门) or 预/决 (预算, 决算).
_FORBIDDEN = set("表编称部预决")
_VOCABULARY = (
    "苹果 香蕉 橙子 葡萄 西瓜 芒果 天气 公园 学校 老师 学生 城市 河流 山峰 数据 时间 计划"
    " 工作 会议 收入 支出 合计 总计 项目 基本 经费 财政 拨款 一般 公共 政府 资金 合同 人员"
    " 今天 明天 我们 他们 很好 散步 读书 写字 火车 飞机 地铁 医院 图书馆 办公室 北京 上海"
    " 新疆 一、 二、 （一） 1. 其中： 单位 门 第 分 年 月 日"
    " apple banana cherry total sum leap second UTC budget table part page"
)
_WORDS = _VOCABULARY.split()
assert not _FORBIDDEN & set("".join(_WORDS))

_numbers = st.one_of(
    st.integers(-(10**9), 10**9).map(str),
    st.decimals(-(10**7), 10**7, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.builds(
        lambda y, m, d: f"{y}年{m}月{d}日",
        st.integers(1900, 2100),
        st.integers(1, 12),
        st.integers(1, 31),
    ),
)
_cells = st.one_of(st.sampled_from(_WORDS), _numbers)


@st.composite
def _grids(draw: st.DrawFn) -> str:
    """A grid of words and numbers, its cells separated by tabs or by runs of spaces."""
    width = draw(st.integers(1, 8))
    separator = draw(st.sampled_from(["\t", " ", "  ", "   "]))
    rows = draw(st.lists(st.lists(_cells, min_size=width, max_size=width), min_size=1, max_size=12))
    return "\n".join(separator.join(row) for row in rows)


@st.composite
def _prose(draw: st.DrawFn) -> str:
    """Sentences of the vocabulary, one or more a line, with or without blank lines."""
    sentence = st.lists(_cells, min_size=1, max_size=15).map(lambda words: "".join(words))
    lines = draw(
        st.lists(
            st.one_of(
                sentence,
                st.lists(sentence, min_size=1, max_size=4).map(lambda s: "。".join(s) + "。"),
                st.just(""),
            ),
            min_size=1,
            max_size=15,
        ).filter(lambda lines: any(line.strip() for line in lines))
    )
    return "\n".join(lines)


@given(st.one_of(_grids(), _prose()))
def test_no_generated_non_disclosure_parses(text: str) -> None:
    with pytest.raises(xjbudget.NotABudgetDocumentError):
        xjbudget.parse_text(text)
