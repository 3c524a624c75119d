"""Performance target tables in flattened text: read indicator for indicator, or an
error finding naming the table — never silent section text (issue 16).

001's 部门整体绩效目标表 (cell after cell) is checked against the golden files by
tests/tables/test_golden.py; here the other layouts: a row a line (pdfplumber's text of
the rendered 003 PDF, against 003's golden file), titles printed with spaces between
their characters, and a table that cannot be read.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

import xjbudget

from ..conftest import CORPUS, GOLDEN
from .matrix import converted

FLAT_001 = CORPUS / "001_7236ab5e17bf1c1a.txt"
PDF_003 = CORPUS.parent / "pdf_fixtures" / "003_ruled.pdf"


def _indicators(document: xjbudget.Document) -> list[tuple[str, ...]]:
    return [
        (
            str(number),
            target.kind,
            target.unit,
            target.project,
            i.level1,
            i.level2,
            i.level3,
            i.value,
            i.basis,
            i.previous,
            i.weight,
            i.scoring_rule,
            i.evidence,
        )
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
