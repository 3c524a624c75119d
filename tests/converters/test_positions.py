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
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

import xjbudget
from xjbudget.model import Document, Location
from xjbudget.sources.lines import SourceLine
from xjbudget.sources.tabbed import read_text_lines
from xjbudget.tables.assign import Candidate
from xjbudget.tables.flat_positions import (
    by_position,
    column_positions,
    label_positions,
    numbering_positions,
)

from .matrix import CORPUS_PDFS, available, converted

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


_LABELS = (
    "项目支出合计",
    "工资福利支出",
    "商品和服务支出",
    "对个人和家庭的补助",
    "债务利息及费用支出",
    "资本性支出（基本建设）",
    "资本性支出",
    "对企业补助（基本建设）",
    "对企业补助",
    "对社会保障基金补助",
    "其他支出",
)


def _label_header(pitch: int) -> list[str]:
    """003's header: no numbering row, each column's label centred over it, wrapped
    into pieces that fit the column."""
    fit = pitch - 2
    pieces = [[label[i : i + fit] for i in range(0, len(label), fit)] for label in _LABELS]
    lead = ("科目编码      科目名称      项目名称", "类  款  项")
    return [
        (lead[k] if k < len(lead) else "").ljust(30)
        + _place({j: p[k] for j, p in enumerate(pieces) if k < len(p)}, pitch, right=False)[30:]
        for k in range(max(len(p) for p in pieces))
    ]


@st.composite
def _table7(draw: st.DrawFn) -> tuple[str, Counter[tuple[str, str, Decimal]]]:
    pitch = draw(st.integers(min_value=9, max_value=14))
    right = draw(st.booleans())
    numbered = draw(st.booleans())
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
    ]
    if numbered:
        lines += [
            "科目编码      科目名称      项目名称      项目支出合计  工资福利支出  商品和服务支出",
            "类  款  项",
            "※   ※   ※   ※   ※".ljust(30)
            + _place({j: str(j + 1) for j in range(len(_COLUMNS))}, pitch, right=False)[30:],
        ]
    else:
        lines += _label_header(pitch)
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
    # Read with positions (the numbering row's, or the header labels' where none is
    # printed): every cell is the printed one, or 表7 reports its tie.
    text, truth = drawn
    document = xjbudget.parse_text(text)
    if not _ambiguous(document, 7):
        assert _cells(document, 7) == truth
    # Collapsing runs of spaces never changes a decided cell into a different one: it
    # only turns decisions into findings.
    flat = xjbudget.parse_text(_collapsed(text))
    if _cells(flat, 7) != _cells(document, 7):
        assert _ambiguous(flat, 7)


def test_003s_table7_is_placed_by_its_header_labels() -> None:
    # 003 prints no numbering row; its 表7 project 工业领域安全生产整治项目 prints 8.00 beside
    # its total under 其他支出, though its 资金分配情况 spends it on 会议费 and 培训费
    # (商品和服务支出): what the layout shows comes before what part 3 implies.
    if not available("pdftotext -layout"):
        pytest.skip("pdftotext is not installed")
    text = converted("pdftotext -layout", CORPUS_PDFS[("003_f62fb37ef8e53f88", "ruled")])
    assert text is not None
    document = xjbudget.parse_text(text)
    assert _ambiguous(document, 7) == []
    cells = _cells(document, 7)
    for code in ("201", "20113", "2011399", "合计"):
        assert cells[(code, "other", Decimal("8.00"))] == 1, code
    # Without positions the tie stays reported, never silently decided.
    flat = xjbudget.parse_text(_collapsed(text))
    assert _ambiguous(flat, 7)


LABELS = (
    "科目编码      科目名称",
    "                    项目支出合计      工资福利支出      其他支出",
    "类  款  项",
)


def _indented(text: str, number: int) -> SourceLine:
    """A line as the text reader gives it: stripped, its leading spaces counted."""
    return SourceLine(text.strip(), Location(line=number), indent=len(text) - len(text.lstrip()))


def test_header_labels_stand_where_their_columns_do() -> None:
    # The header's lines begin at different places: the indent keeps them in register.
    header = [_line("编制部门：某某局"), _line("单位：万元", 2)]
    header += [_indented(t, 3 + k) for k, t in enumerate(LABELS)]
    wrapped = _indented("                                    福利", 6)  # 工资 / 福利
    row = _indented("201  一般公共服务支出".ljust(21) + "8.00".ljust(23) + "8.00", 7)
    positions = label_positions([*header, wrapped, row], 3)
    assert set(positions) == {id(row)}
    choices = [_choice("8.00", "8.00", None), _choice("8.00", None, "8.00")]
    assert by_position(choices, _centres(row, "8.00", "8.00"), positions) == choices[1]
    # Read without indents, the labels would not be where their columns are.
    stripped = [evolve(line, indent=0) for line in header]
    assert label_positions([*stripped, row], 3).get(id(row)) != positions[id(row)]


def test_a_header_without_runs_of_spaces_or_left_labels_gives_no_positions() -> None:
    row = _line("201 8.00 8.00", 4)
    single = [
        _line("编制部门：某某局"),
        _line("科目编码 科目名称 项目支出合计 工资福利支出 其他支出", 2),
        _line("类 款 项", 3),
    ]
    assert label_positions([*single, row], 3) == {}
    # No label left of the values: the header was not read whole.
    values_only = [_line("编制部门：某某局"), _line("项目支出合计    工资福利支出    其他支出", 2)]
    assert label_positions([*values_only, row], 3) == {}
    # A units line printed at the page's right is no column's label.
    units = _indented(" " * 70 + "单位：万元", 2)
    labels = [_indented(t, 3 + k) for k, t in enumerate(LABELS)]
    with_units = label_positions([_line("编制部门：某某局"), units, *labels, row], 3)
    assert with_units == label_positions([_line("编制部门：某某局"), *labels, row], 3)
    assert with_units


def test_a_numbering_row_comes_before_the_labels() -> None:
    header = [_line("编制部门：某某局"), *(_indented(t, 2) for t in LABELS)]
    numbering = _indented("※   ※        1           2           3", 3)
    row = _indented("201  名称   8.00        8.00", 4)
    both = column_positions([*header, numbering, row], 3)
    assert both[id(row)] == numbering_positions([numbering, row], 3)[id(row)]


def test_the_text_reader_keeps_a_lines_indent() -> None:
    # The spaces before a line are where a converter that keeps positions stood it.
    lines = read_text_lines("编制部门：某某局\n    科目名称   项目支出合计\n   \n")
    assert [line.indent for line in lines] == [0, 4, 3]
    assert lines[1].text == "科目名称   项目支出合计"
