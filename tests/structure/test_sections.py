"""One section finder (issue 17): ``Document.sections`` and the facts share the sections
the structure stage found, keyed by ``id``."""

from __future__ import annotations

import pytest

import xjbudget
from xjbudget.narrative import extract_facts
from xjbudget.sources.tabbed import read_text_lines

from ..conftest import CORPUS, FLAT, TABBED


@pytest.mark.parametrize("stem", TABBED + FLAT)
def test_every_fact_names_a_section(parsed: dict[str, xjbudget.Document], stem: str) -> None:
    document = parsed[stem]
    assert document.facts is not None
    ids = [s.id for s in document.sections]
    assert len(ids) == len(set(ids))
    spans = [f.span for f in document.facts.figures] + [s.span for s in document.facts.statements]
    assert spans
    for span in spans:
        section = document.section(span.section)
        assert section is not None, span.section
        assert section.location.line is not None and section.location.line <= span.line


def test_facts_from_the_structure_are_those_from_the_lines() -> None:
    path = CORPUS / "004_ce2c4c2fd8aa6825.txt"
    lines = read_text_lines(path.read_text(encoding="utf-8"))
    from_lines = extract_facts(lines, year=2024)
    assert extract_facts(xjbudget.segment(lines), year=2024) == from_lines


def test_field_lines_are_no_headings(parsed: dict[str, xjbudget.Document]) -> None:
    """004's 项目支出 section lists （一）项目名称：… lines: fields of its body (they were
    nine sub-sections of their own)."""
    document = parsed["004_ce2c4c2fd8aa6825"]
    assert len(document.sections) == 22
    assert not any("项目名称" in s.heading for s in document.sections)
    project = document.section("3.7")
    assert project is not None and "项目名称" in project.text


def test_wrapped_heading_is_joined() -> None:
    structure = xjbudget.segment(CORPUS / "001_7236ab5e17bf1c1a.txt")
    first = next(s for s in structure.sections if s.id == "3.1")
    assert first.heading.endswith("总体说明") and first.title.endswith("总体说明")
    assert first.reason == "一、 heading joined over 2 lines"
    assert {s.reason for s in structure.sections} <= {
        "一、 heading",
        "一、 heading joined over 2 lines",
        "short （一） heading",
    }
