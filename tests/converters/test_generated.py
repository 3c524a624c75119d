"""Property: any generated document, printed as a PDF and converted by any converter of
the matrix, parses back to its records or a finding for each cell that differs (issue
16), printed with its numbering rows or without them: a wrong cell has an ambiguity
finding on its table, a cell not given an error finding (row-order converters withhold
none); a converter that breaks row order gives no wrong cell without a finding either.
Every converter whose tool is installed is run (absent ones are left out; the test skips
when none is). A few examples in CI (rendering a PDF takes a second); the benchmark
(``benchmarks/converter_matrix.py --generated N``) runs many."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import xjbudget
from xjbudget.render import render_document_tabbed
from xjbudget.strategies import documents
from xjbudget.strategies._plan import Leaf, Plan
from xjbudget.strategies._tables import build_document

from .matrix import CONVERTERS, OUT_OF_ORDER, available, cells_of, render_pdf, score

pytest.importorskip("reportlab")
CHECKED = [name for name in CONVERTERS if available(name)]


# Found by this test: pdftotext printed 表1 with its amounts before the codes
# ("741.13 203 国防支出") and its 预算数 header label among them.
_AMOUNTS_BEFORE_CODES = Plan(
    year=2024,
    department="昌吉回族自治州工业和信息化局",
    kind="部门预算",
    leaves=(
        Leaf(
            code="2290402",
            gb_basic=74113,
            gb_project=0,
            transferred=False,
            fund=6738,
            soe=0,
            special=267,
            unit_funds=4263,
            fiscal_carry=372,
            nonfiscal_carry=0,
            projects=(),
            carry_projects=("招商引资对接活动项目", "应急保障对接活动项目"),
        ),
    ),
    economic=(("30101", 13798), ("30202", 225), ("30219", 39668), ("30399", 12191)),
    outbound_travel=0,
    vehicle_purchase=421,
    total_first=True,
    issued=date(2023, 12, 15),
)


@pytest.mark.skipif(not CHECKED, reason="no converter of the matrix is installed")
@settings(max_examples=3, deadline=None)
@given(document=documents(), ruled=st.booleans(), numbering=st.booleans())
@example(document=build_document(_AMOUNTS_BEFORE_CODES), ruled=True, numbering=True)
def test_a_generated_document_survives_every_converter(
    document: xjbudget.Document, ruled: bool, numbering: bool
) -> None:
    # ``numbering=False``: printed without the ``※ 1 2 3`` rows, as 003's template is;
    # the cells expected are still those of the tab form with them.
    with TemporaryDirectory() as folder:
        tabbed = Path(folder) / "generated.txt"
        expected = cells_of(xjbudget.parse_text(render_document_tabbed(document)))
        tabbed.write_text(render_document_tabbed(document, numbering=numbering), encoding="utf-8")
        pdf = render_pdf(tabbed, Path(folder) / "generated.pdf", ruled=ruled)
        for name in CHECKED:
            text = CONVERTERS[name](pdf)
            assert text is not None
            result = score(xjbudget.parse_text(text), expected)
            assert (result.silent, result.lost) == (0, 0), (name, result)
            if name not in OUT_OF_ORDER:
                assert result.withheld == 0, (name, result)
