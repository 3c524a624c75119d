"""A font whose declared descent is deeper than half its size (重庆's E-BZ, -1033/1000):
both engines box its glyphs as if it declared none, so the year printed in it stays on
its title's line and its amounts in their table rows (chongqing-03, page 8)."""

from __future__ import annotations

import pytest

from xjbudget.sources.pdf import read_pdf
from xjbudget.sources.pdf_page import ENGINES, Engine

from ..real_corpus import REAL

PDF = REAL / "chongqing-03.pdf"


@pytest.mark.parametrize("engine", ENGINES)
def test_the_year_stays_on_its_titles_line(engine: Engine) -> None:
    if not PDF.exists():
        pytest.skip(f"third-party PDF not present: {PDF}")
    lines = [line for line in read_pdf(PDF, engine=engine).lines if line.location.page == 8]
    texts = [line.text for line in lines]
    assert "2026年部门收支总体情况表" in texts
    assert "2026" not in texts
    assert any(line.text.startswith("单位名称:重庆市商务委员会") for line in lines)
