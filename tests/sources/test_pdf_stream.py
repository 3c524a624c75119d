"""Unruled ("stream") tables on glyphs made by hand: the geometry of 广州's tables
(docs/pdf.md, "Tables without rules")."""

from __future__ import annotations

from xjbudget.sources.pdf_layout import group_lines, text_line
from xjbudget.sources.pdf_page import Char
from xjbudget.sources.pdf_stream import find_stream_tables

_SIZE = 10.0


def _run(text: str, x0: float, top: float, size: float = _SIZE) -> list[Char]:
    """Glyphs set from ``x0``: a CJK glyph one em wide, any other half an em."""
    out = []
    x = x0
    for ch in text:
        width = size / 2 if ch.isascii() else size
        out.append(Char(ch, x, top, x + width, top + size, "F", size, False, True))
        x += width
    return out


def _right(text: str, x1: float, top: float, size: float = _SIZE) -> list[Char]:
    """Glyphs set so that they end at ``x1`` (a right-aligned amount)."""
    width = sum(size / 2 if ch.isascii() else size for ch in text)
    return _run(text, x1 - width, top, size)


def _body(
    name: str, amounts: tuple[str, ...], rights: tuple[float, ...], top: float, rows: int = 3
) -> list[list[Char]]:
    """``rows`` body lines 16 pt apart from ``top``: ``name`` at 20 pt, then ``amounts``
    right-aligned at ``rights``."""
    return [
        _run(name, 20.0, top + 16.0 * k)
        + [
            c
            for amount, x1 in zip(amounts, rights, strict=True)
            for c in _right(amount, x1, top + 16.0 * k)
        ]
        for k in range(rows)
    ]


def _rows(*lines: list[Char]) -> list[tuple[str, ...]]:
    chars = [c for line in lines for c in line]
    text_lines = [text_line(line) for line in group_lines(chars)]
    tables = find_stream_tables(text_lines)
    assert len(tables) == 1
    return list(tables[0].rows)


def test_an_amount_set_close_to_the_next_columns_label_is_two_cells() -> None:
    """广州's 收支总表: the income amount ends 5.8 pt (0.58 em) before the expenditure
    label starts; the line's segment ``98,880.78 一、一般公共服务支出`` is two cells."""
    rows = []
    for k, (income, amount, label) in enumerate(
        [
            ("一、预算拨款", "98,880.78", "一、一般公共服务支出"),
            ("二、财政专户拨款", "0.00", "二、外交支出"),
            ("三、事业收入", "0.00", "三、国防支出"),
        ]
    ):
        top = 100.0 + 16.0 * k
        rows.append(
            _run(income, 47.8, top)
            + _right(amount, 419.4, top)
            + _run(label, 425.2, top)
            + _right("0.00", 797.2, top)
        )
    assert _rows(*rows) == [
        ("一、预算拨款", "98,880.78", "一、一般公共服务支出", "0.00"),
        ("二、财政专户拨款", "0.00", "二、外交支出", "0.00"),
        ("三、事业收入", "0.00", "三、国防支出", "0.00"),
    ]


def test_headers_set_edge_to_edge_are_columns_of_their_own() -> None:
    """广州's 表3: the header ``事业单位经营支出`` ends 3 pt before the wrapped
    ``对附属单位补助支`` / ``出`` of the next column starts, and the amounts under them end
    2 pt before it: each is a column, not one merged over both."""
    header = [
        _run("功能分类科目", 20.0, 100.0) + _run("对附属单位补助支", 233.0, 100.0),
        _run("合计", 100.0, 116.0) + _run("事业单位经营支出", 150.0, 116.0),
        _run("出", 268.0, 132.0),
    ]
    body = _body("行政运行", ("1.00", "0.00", "0.00"), (120.0, 231.1, 314.2), 148.0)
    rows = _rows(*header, *body)
    assert rows[:3] == [
        ("功能分类科目", "", "", "对附属单位补助支"),
        ("", "合计", "事业单位经营支出", ""),
        ("", "", "", "出"),
    ]
    assert rows[3] == ("行政运行", "1.00", "0.00", "0.00")


def test_header_words_set_closer_than_a_cell_gap_go_to_their_columns() -> None:
    """广州's 表2 header prints ``一般公共预算 政府性基金预算 国有资本经营预算`` with gaps
    under an em: one segment over three columns, each word in one of them."""
    header = _run("单位名称", 20.0, 100.0) + _run("一般公共预算", 110.0, 100.0)
    header += _run("政府性基金预算", 178.0, 100.0) + _run("国有资本经营预算", 256.0, 100.0)
    body = _body("本级", ("1.00", "2.00", "3.00"), (170.0, 248.0, 336.0), 116.0)
    rows = _rows(header, *body)
    assert rows[0] == ("单位名称", "一般公共预算", "政府性基金预算", "国有资本经营预算")
    assert rows[1] == ("本级", "1.00", "2.00", "3.00")


def test_a_note_in_smaller_type_under_the_last_row_is_not_part_of_it() -> None:
    """广州: ``注：无。`` in 9 pt, 4 pt under the last 10 pt row, is text after the table,
    not the wrapped end of the row's label."""
    body = [
        _run(name, 48.0, 100.0 + 16.3 * k)
        + _right("3.00", 291.0, 100.0 + 16.3 * k)
        + _right("0.00", 347.0, 100.0 + 16.3 * k)
        for k, name in enumerate(["合计", "广州市政务服务中心", "广州市市长专线电话受理中心"])
    ]
    note = _run("注：无。", 42.0, 100.0 + 16.3 * 2 + _SIZE + 4.0, size=9.0)
    chars = [c for line in [*body, note] for c in line]
    text_lines = [text_line(line) for line in group_lines(chars)]
    (table,) = find_stream_tables(text_lines)
    assert table.rows[-1] == ("广州市市长专线电话受理中心", "3.00", "0.00")
    assert len(text_lines) - 1 not in table.lines  # the note stays a text line


def test_a_wrapped_label_in_the_same_type_still_joins_its_row() -> None:
    """A label wrapped onto a second line, 1 pt under the first, in the same type."""
    body = [
        _run(name, 48.0, 100.0 + 30.0 * k)
        + _right("3.00", 291.0, 100.0 + 30.0 * k)
        + _right("0.00", 347.0, 100.0 + 30.0 * k)
        for k, name in enumerate(["合计", "机关事业单位", "其他"])
    ]
    wrapped = _run("基本养老保险", 48.0, 100.0 + 30.0 + _SIZE + 1.0)
    rows = _rows(*body, wrapped)
    assert rows[1] == ("机关事业单位基本养老保险", "3.00", "0.00")


def test_segment_words_keep_their_extents() -> None:
    """A segment's words (split at space gaps) join to its text."""
    line = text_line(_run("98,880.78", 0.0, 0.0) + _run("一、支出", 51.0, 0.0))
    (segment,) = line.segments
    assert segment.text == "98,880.78 一、支出"
    assert [w[0] for w in segment.words] == ["98,880.78", "一、支出"]
    assert segment.words[0][2] <= segment.words[1][1]


def test_a_label_centred_over_amounts_it_does_not_overlap_is_their_column() -> None:
    """广州's 表5: ``小计`` (353–373 pt) stands left of its right-aligned amounts (409–449
    pt): the label's column, empty below the header, and the amounts' column, empty beside
    the label, are one column."""
    header = (
        _run("功能科目名称", 129.4, 100.0)
        + _run("小计", 353.4, 100.0)
        + _run("项目支出", 690.8, 100.0)
    )
    body = [
        _run(name, 42.0, 116.0 + 16.0 * k)
        + _right(total, 449.8, 116.0 + 16.0 * k)
        + _right(project, 797.2, 116.0 + 16.0 * k)
        for k, (name, total, project) in enumerate(
            [
                ("合计", "7,651.71", "1,505.38"),
                ("[2080505]机关事业单位基本养老保险缴费支出", "53.44", "53.44"),
            ]
        )
    ]
    rows = _rows(header, *body)
    assert rows == [
        ("功能科目名称", "小计", "项目支出"),
        ("合计", "7,651.71", "1,505.38"),
        ("[2080505]机关事业单位基本养老保险缴费支出", "53.44", "53.44"),
    ]


def test_two_amounts_closer_than_a_cell_gap_are_two_cells() -> None:
    """Two amounts of neighbouring columns set less than an em apart are two cells."""
    header = _run("单位名称", 20.0, 100.0) + _run("合计", 150.0, 100.0)
    header += _run("一般公共预算", 196.0, 100.0) + _run("政府性基金", 262.0, 100.0)
    amounts = ("191,822.92", "47,944.02", "143,878.90")
    rows = _rows(header, *_body("本级", amounts, (190.0, 251.0, 310.0), 116.0))
    assert rows[1] == ("本级", "191,822.92", "47,944.02", "143,878.90")


def test_a_descent_deeper_than_half_the_size_is_none() -> None:
    """重庆's embedded E-BZ font declares a descent of -1033/1000: its digits' boxes
    would hang a line below the Chinese text on their baseline."""
    from xjbudget.sources.pdf_page import sane_descent

    assert sane_descent(-1.033) == 0.0
    assert sane_descent(-0.207) == -0.207
    assert sane_descent(0.0) == 0.0
