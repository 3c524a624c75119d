"""Text that keeps positions decides the columns the arithmetic ties (issue 16).

``pdftotext -layout`` and pdfplumber's ``extract_text(layout=True)`` print every word
where the page prints it, runs of spaces standing for distance: an amount stands under
its column's number in the numbering row (``※ ※ ※ 1 2 3 …``). A 表7 project row prints
its total and one amount, which the sums let sit in any of the ten economic columns;
there the layout says which (:mod:`xjbudget.tables.flat_positions`). Text without
positions (one space between words) is read as before: the tie stays reported.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import xjbudget
from xjbudget.model import Document, Location
from xjbudget.sources.lines import SourceLine
from xjbudget.tables.assign import Candidate
from xjbudget.tables.flat_positions import by_position, numbering_positions

TEXTS = Path(__file__).resolve().parent / "texts"
# 表7 of a generated document (xjbudget.strategies, rendered to PDF by the matrix) as
# each converter printed it: our own rendering, kept whole from its title to the page's foot.
LAYOUT_TEXTS = ("table7_pdftotext_layout.txt", "table7_pdfplumber_layout.txt")
AMBIGUOUS = "parse.flat.ambiguous_column"


def _collapsed(text: str) -> str:
    """Copy-paste from a viewer: every run of spaces one space."""
    return re.sub(r"[ \t\u3000]+", " ", text)


def _cells(document: Document, number: int) -> Counter[tuple[str, str, Decimal]]:
    """(code or label, column, amount) of a table's filled cells (the matrix's cells:
    a 项 and its project rows share a code)."""
    table = document.table(number)
    assert table is not None
    return Counter(
        (row.code.digits if row.code else row.name, key, value)
        for row in table.rows
        for key, value in row.values.filled().items()
    )


def _ambiguous(document: Document, number: int) -> list[str]:
    return [str(f.row) for f in document.findings if f.rule == AMBIGUOUS and f.table == number]


@pytest.mark.parametrize("name", LAYOUT_TEXTS)
def test_a_table7_tie_is_decided_by_where_the_amount_stands(name: str) -> None:
    # 合计 26.53 2.37 0.28 17.55 6.33: 6.33 stands under column 7 (资本性支出), as do the
    # 5.42 of 其他科学技术支出's second project and the 0.91 of 220 01 50 — columns the
    # sums alone cannot tell from 债务利息及费用支出 or 其他支出.
    document = xjbudget.parse_text((TEXTS / name).read_text(encoding="utf-8"))
    assert _ambiguous(document, 7) == []
    cells = _cells(document, 7)
    printed = [
        ("合计", "capital", "6.33"),
        ("合计", "household_transfers", "17.55"),
        ("合计", "goods_services", "0.28"),
        ("合计", "wages", "2.37"),
        ("2200150", "capital", "0.91"),
        ("22001", "capital", "0.91"),
        ("220", "capital", "0.91"),
        ("2069999", "capital", "5.42"),
        ("2069999", "wages", "2.37"),
        ("2010507", "goods_services", "0.28"),
        ("2060499", "household_transfers", "17.55"),
    ]
    for code, column, amount in printed:
        assert cells[(code, column, Decimal(amount))] == 1, (code, column, amount)
    table = document.table(7)
    assert table is not None
    columns = {key for row in table.rows for key in row.values.filled()}
    assert columns <= {"total", "wages", "goods_services", "household_transfers", "capital"}


@pytest.mark.parametrize("name", LAYOUT_TEXTS)
def test_the_same_text_with_spaces_collapsed_keeps_the_finding(name: str) -> None:
    # One space between words: no numbering row stands its numbers apart, so nothing is
    # decided by position — the tie is reported as before, and only the tied rows' cells
    # differ from the layout's.
    text = (TEXTS / name).read_text(encoding="utf-8")
    laid_out = xjbudget.parse_text(text)
    flat = xjbudget.parse_text(_collapsed(text))
    assert _ambiguous(flat, 7)
    assert _ambiguous(laid_out, 7) == []
    flat_cells, laid_out_cells = _cells(flat, 7), _cells(laid_out, 7)
    assert flat_cells != laid_out_cells
    # The same amounts in the same rows: only their columns differ.
    assert sorted((c, a) for c, _, a in flat_cells.elements()) == sorted(
        (c, a) for c, _, a in laid_out_cells.elements()
    )


def _line(text: str, number: int = 1) -> SourceLine:
    return SourceLine(text, Location(line=number))


def _choice(*values: str | None) -> Candidate:
    amounts = tuple(Decimal(v) if v is not None else None for v in values)
    spread = sum(i for i, v in enumerate(amounts) if v is not None)
    return Candidate(amounts, 0, Decimal(0), spread)


def _centres(line: SourceLine, *tokens: str) -> list[tuple[SourceLine, int] | None]:
    out: list[tuple[SourceLine, int] | None] = []
    start = 0
    for token in tokens:
        start = line.text.index(token, start)
        out.append((line, 2 * start + len(token)))
        start += len(token)
    return out


NUMBERING = "※    ※    1       2       3       4"


def test_a_numbering_row_with_single_spaces_gives_no_positions() -> None:
    row = _line("201 8.00 8.00", 2)
    assert numbering_positions([_line("※ ※ 1 2 3 4"), row], 4) == {}
    # The numbers must be the columns': 1 … width, in order.
    assert numbering_positions([_line(NUMBERING), row], 5) == {}
    assert numbering_positions([_line("※    ※    1       3       2       4"), row], 4) == {}
    assert id(row) in numbering_positions([_line(NUMBERING), row], 4)


def test_an_amount_between_two_columns_decides_nothing() -> None:
    numbering = _line(NUMBERING)
    choices = [_choice("8.00", "8.00", None, None), _choice("8.00", None, "8.00", None)]
    under = _line("201      8.00            8.00", 2)  # under 1 and 3
    between = _line("201      8.00        8.00", 3)  # halfway between 2 and 3
    positions = numbering_positions([numbering, under, between], 4)
    assert by_position(choices, _centres(under, "8.00", "8.00"), positions) == choices[1]
    assert by_position(choices, _centres(between, "8.00", "8.00"), positions) is None
    # A lone amount has nothing to be measured from; two lines give no one offset.
    assert by_position(choices, _centres(under, "8.00")[:1], positions) is None
    split = [*_centres(under, "8.00")[:1], *_centres(between, "8.00", "8.00")[1:]]
    assert by_position(choices, split, positions) is None


def test_amounts_crowding_each_other_decide_nothing() -> None:
    # pdfplumber's layout text of wide amounts in narrow columns (``1351.08 1069.03
    # 59.85``): a word printed past its place pushes the next ones off theirs.
    numbering = _line("※     1     2     3     4")
    crowded = _line("10.00 10.00", 2)
    apart = _line("10.00  10.00", 3)
    positions = numbering_positions([numbering, crowded, apart], 4)
    choices = [_choice("10.00", "10.00", None, None), _choice("10.00", None, "10.00", None)]
    assert by_position(choices, _centres(crowded, "10.00", "10.00"), positions) is None
    assert by_position(choices, _centres(apart, "10.00", "10.00"), positions) == choices[0]


def test_no_amount_in_the_same_column_in_every_choice_decides_nothing() -> None:
    numbering = _line(NUMBERING)
    line = _line("201              8.00", 2)
    positions = numbering_positions([numbering, line], 4)
    choices = [_choice(None, "8.00", None, None), _choice(None, None, "8.00", None)]
    assert by_position(choices, _centres(line, "8.00"), positions) is None


# A 表7 drawn whole: each project its own 类/款/项, its total and one amount in a drawn
# economic column; the columns a drawn number of characters apart, the amounts right- or
# centre-aligned in them.
_COLUMNS = (
    "total",
    "wages",
    "goods_services",
    "household_transfers",
    "debt_interest",
    "capital_construction",
    "capital",
    "enterprise_subsidy_construction",
    "enterprise_subsidy",
    "social_security_fund",
    "other",
)
_CODES = ("201", "205", "206", "208", "210", "211", "212", "213")


def _place(tokens: dict[int, str], pitch: int, right: bool) -> str:
    """A line with each token in its column (index → text), after a 30-character lead."""
    line = ""
    for column, token in sorted(tokens.items()):
        start = 30 + column * pitch
        at = start + pitch - 1 - len(token) if right else start + (pitch - len(token)) // 2
        line = line.ljust(at) + token
    return line


@st.composite
def _table7(draw: st.DrawFn) -> tuple[str, Counter[tuple[str, str, Decimal]]]:
    pitch = draw(st.integers(min_value=9, max_value=14))
    right = draw(st.booleans())
    count = draw(st.integers(min_value=1, max_value=4))
    projects = [
        (
            _CODES[k],
            draw(st.integers(min_value=1, max_value=10)),
            Decimal(draw(st.integers(min_value=1, max_value=99999))) / 100,
        )
        for k in range(count)
    ]
    lines = [
        "表7",
        "一般公共预算项目支出情况表",
        "编制部门：某某局",
        "单位：万元",
        "科目编码        科目名称      项目名称      项目支出合计  工资福利支出  商品和服务支出",
        "类  款  项",
        "※   ※   ※   ※   ※".ljust(30)
        + _place({j: str(j + 1) for j in range(len(_COLUMNS))}, pitch, right=False)[30:],
    ]
    truth: Counter[tuple[str, str, Decimal]] = Counter()
    totals: dict[int, Decimal] = {}
    for number, (code, column, amount) in enumerate(projects, start=1):
        cells = {0: f"{amount:.2f}", column: f"{amount:.2f}"}
        project = f"项目{number}"
        for digits, name in ((code, "类名"), (f"{code}01", "款名"), (f"{code}0101", "项名")):
            spaced = " ".join([digits[:3], digits[3:5], digits[5:]]).strip()
            lines.append(f"{spaced}  {name}".ljust(30) + _place(cells, pitch, right)[30:])
            for key in (0, column):
                truth[(digits, _COLUMNS[key], amount)] += 1
        row = f"{code} 01 01  项名  {project}".ljust(30) + _place(cells, pitch, right)[30:]
        lines.append(row)
        for key in (0, column):
            truth[(f"{code}0101", _COLUMNS[key], amount)] += 1
            totals[key] = totals.get(key, Decimal(0)) + amount
    lines.append(
        "合计".ljust(30) + _place({k: f"{v:.2f}" for k, v in totals.items()}, pitch, right)[30:]
    )
    for key, value in totals.items():
        truth[("合计", _COLUMNS[key], value)] += 1
    return "\n".join(lines) + "\n", truth


@settings(max_examples=15, deadline=None)
@given(_table7())
def test_positions_never_place_an_amount_silently_wrong(
    drawn: tuple[str, Counter[tuple[str, str, Decimal]]],
) -> None:
    # Read with positions: every cell is the printed one, or 表7 reports its tie.
    text, truth = drawn
    document = xjbudget.parse_text(text)
    if not _ambiguous(document, 7):
        assert _cells(document, 7) == truth
    # Collapsing runs of spaces never changes a decided cell into a different one: it
    # only turns decisions into findings.
    flat = xjbudget.parse_text(_collapsed(text))
    if _cells(flat, 7) != _cells(document, 7):
        assert _ambiguous(flat, 7)
