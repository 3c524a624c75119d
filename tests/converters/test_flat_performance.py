"""Performance target tables in flattened text: read indicator for indicator, or an
error finding naming the table — never silent section text (issue 16).

001's 部门整体绩效目标表 (cell after cell) is checked against the golden files by
tests/tables/test_golden.py; here the other layouts: a row a line with wrapped cells
centred on it (pdfplumber's text of the rendered 003 PDF), wrapped cells printed whole
before or after their row (``pdftotext -raw``), rows cell after cell closed by their
weight, against the golden files; titles printed with spaces between their characters,
and a table that cannot be read.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import xjbudget
from xjbudget.model import Location
from xjbudget.sources.lines import SourceLine
from xjbudget.tables.flat_performance import read_flat_performance

from ..conftest import CORPUS, GOLDEN
from ..tables.test_golden import indicator_fields
from .matrix import CORPUS_PDFS, available, converted

FLAT_001 = CORPUS / "001_7236ab5e17bf1c1a.txt"
PDF_003 = CORPUS.parent / "pdf_fixtures" / "003_ruled.pdf"


def _indicators(document: xjbudget.Document) -> list[tuple[str, ...]]:
    return [
        (str(number), *indicator_fields(target, i))
        for number, target in enumerate(document.performance, start=1)
        for i in target.indicators
    ]


@pytest.fixture(scope="module")
def plumbed_003() -> xjbudget.Document:
    """003's rendered PDF as pdfplumber's extract_text gives it (a row a line)."""
    text = converted("pdfplumber", PDF_003)
    if text is None:
        pytest.skip("pdfplumber is not installed")
    return xjbudget.parse_text(text)


def test_project_tables_printed_a_row_a_line(plumbed_003: xjbudget.Document) -> None:
    document = plumbed_003
    with open(GOLDEN / "003_f62fb37ef8e53f88.performance.csv", encoding="utf-8") as handle:
        expected = [tuple(row) for row in list(csv.reader(handle))[1:]]
    assert document.meta.form == "flat"
    assert _indicators(document) == expected
    assert [t.funds.get("total") for t in document.performance] == [
        Decimal("432.18"),
        Decimal("8.00"),
        Decimal("1.60"),
    ]


def _spaced(text: str) -> str:
    """001 with its target title printed the other way: spaced characters, a
    ``(2023 年)`` line under it."""
    title = "部门整体绩效目标表"
    spaced = " ".join(title)
    return text.replace(f" {title}\n\n（2024 年）", f"{spaced}\n(2023 年)")


# Each converter's text of a corpus PDF whose target tables it reads indicator for
# indicator (measured: benchmarks/converter_matrix.py's documents; the others are read
# in part, each row without its name or value reported).
EXACT = [
    ("003_f62fb37ef8e53f88", "pdftotext -raw"),
    ("000_707d8629ab46531e", "pdftotext -raw"),
    ("000_707d8629ab46531e", "pypdfium2"),
]


@pytest.mark.parametrize(("stem", "converter"), EXACT)
def test_every_indicator_through_a_converter(stem: str, converter: str) -> None:
    if not available(converter):
        pytest.skip(f"{converter} is not installed")
    text = converted(converter, CORPUS_PDFS[(stem, "ruled")])
    assert text is not None
    with open(GOLDEN / f"{stem}.performance.csv", encoding="utf-8") as handle:
        expected = [tuple(row) for row in list(csv.reader(handle))[1:]]
    assert _indicators(xjbudget.parse_text(text)) == expected


def test_a_title_with_spaces_between_its_characters_is_read() -> None:
    text = _spaced(FLAT_001.read_text(encoding="utf-8"))
    assert "部 门 整 体 绩 效 目 标 表\n(2023 年)" in text
    document = xjbudget.parse_text(text)
    (target,) = document.performance
    assert [i.weight for i in target.indicators] == ["12", "15", "26", "18", "19"]
    assert not any("绩效考核指" in s.text for s in document.sections)


def test_an_unreadable_flattened_table_is_an_error_finding() -> None:
    text = FLAT_001.read_text(encoding="utf-8")
    start = text.index("一级指标 二级指标")
    end = text.index(" (五) 其他需说明的事项")
    # The indicator block replaced by prose: a header and no row that can be read.
    broken = text[:start] + "一级指标 二级指标 三级指标 指标值\n见附件。\n" + text[end:]
    document = xjbudget.parse_text(broken)
    (target,) = document.performance
    assert target.indicators == ()
    (finding,) = [f for f in document.findings if f.rule == "parse.performance.not_read"]
    assert finding.severity == "error"
    assert "部门整体绩效目标表" in finding.message


def test_wrapped_pieces_are_reported(plumbed_003: xjbudget.Document) -> None:
    joined = [f for f in plumbed_003.findings if f.rule == "parse.performance.wrapped_cell"]
    assert joined and all(f.severity == "info" for f in joined)


_PIECES = st.sampled_from(
    [
        "一级指标 二级指标 三级指标 指标值 指标值设置依据 上年完成值",
        "指标分值权重 指标赋分规则 佐证资料",
        "一级指标 二级指标 三级指标 指标值 指标设定依据 分值权重",
        "产出指标",
        "数量指标",
        "满意度指 标",
        "> =360 次",
        "≥8次",
        "计划标准",
        "10",
        "5",
        "按评判等级赋",
        "分",
        "工作资料,",
        "）",
        "项目名称 某项目 项目负责人 某人",
        "年度预算 总额： 8.00 其中： 财政拨款 8.00 其他资 金： 0.00",
        "",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=6).map(" ".join), max_size=30))
def test_any_lines_read_without_raising(texts: list[str]) -> None:
    lines = [SourceLine(t, Location(line=i + 1)) for i, t in enumerate(texts)]
    reading = read_flat_performance(lines)
    for indicator in reading.indicators:
        assert indicator.location.line is not None
