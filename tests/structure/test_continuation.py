"""A table continued on the next page with its number and title printed again (issue 15).

Lines of yantai-01.pdf pages 21 and 22 (公开表3 支出总体情况表, cut to a few rows) as the
PDF reader gives them: the marker, the title, the 部门（单位） line and the header are
printed again on page 22. Shenzhen prints its 表1 once per unit, each under its own
部门名称: those stay apart.
"""

from __future__ import annotations

from xjbudget.model import Location
from xjbudget.sources.lines import SourceLine
from xjbudget.structure import segment

T = "\t"


def _lines(page: int, *texts: str) -> list[SourceLine]:
    out = []
    for text in texts:
        cells = tuple(text.split(T)) if T in text else None
        out.append(SourceLine(text, Location(page=page), cells))
    return out


def _page(page: int, preparer: str, *rows: str) -> list[SourceLine]:
    return _lines(
        page,
        "公开表3",
        "支出总体情况表",
        f"部门（单位）：{preparer} 单位：万元",
        T.join(("科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出", "结转下年")),
        T.join(("类", "款", "项", "", "", "", "", "")),
        *rows,
    )


PAGE_21 = _page(
    21,
    "烟台市市场监督管理局",
    T.join(("", "", "", "合 计", "33,034.31", "17,885.86", "15,148.45", "")),
    T.join(("206", "", "", "科学技术支出", "4,970.02", "2,153.02", "2,817.00", "")),
)
PAGE_22 = _page(
    22,
    "烟台市市场监督管理局",
    T.join(("208", "", "", "社会保障和就业支出", "3,958.03", "3,958.03", "", "")),
)


def _structure(*pages: list[SourceLine]) -> list[tuple[str | None, str, int]]:
    head = _lines(20, "第二部分 2026年部门预算表")
    blocks = segment([*head, *(line for page in pages for line in page)]).tables
    return [(b.printed_number, b.title, sum(len(p.body) for p in b.pages)) for b in blocks]


def test_a_reprinted_number_and_title_continue_the_table() -> None:
    assert _structure(PAGE_21, PAGE_22) == [("公开表3", "支出总体情况表", 3)]


def test_another_units_table_of_the_same_number_stays_apart() -> None:
    other = _page(
        22,
        "烟台市市场监管综合执法支队",
        T.join(("208", "", "", "社会保障和就业支出", "1.00", "1.00", "", "")),
    )
    assert _structure(PAGE_21, other) == [
        ("公开表3", "支出总体情况表", 2),
        ("公开表3", "支出总体情况表", 1),
    ]


def test_the_same_title_over_other_columns_is_another_table() -> None:
    other = [
        line
        if line.text != T.join(("类", "款", "项", "", "", "", "", ""))
        else SourceLine(
            T.join(("类", "款", "项", "", "", "人员经费", "公用经费", "")),
            line.location,
            ("类", "款", "项", "", "", "人员经费", "公用经费", ""),
        )
        for line in PAGE_22
    ]
    assert [n for _, _, n in _structure(PAGE_21, other)] == [2, 1]
