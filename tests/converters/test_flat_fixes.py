"""What the converter matrix showed the flat reader got wrong, each fixed for the family
(issue 16): numbers broken by a space, names wrapped around their row's line, the
economic class deciding 人员经费 vs 公用经费, a page number after 表1's last amount, codes
all carried over read as project spending."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import xjbudget
from xjbudget.model import Location
from xjbudget.render import render_document_flat
from xjbudget.sources.lines import SourceLine
from xjbudget.tables.flat_rows import read_flat_rows

from ..conftest import CORPUS


def _lines(*texts: str) -> list[SourceLine]:
    return [SourceLine(t, Location(line=i + 1)) for i, t in enumerate(texts)]


def test_a_number_broken_after_its_decimal_point_is_one_amount() -> None:
    (row,) = read_flat_rows(_lines("201 868.26 436.08 436.08 432. 18"))
    assert row.amounts == [Decimal(a) for a in ("868.26", "436.08", "436.08", "432.18")]


def test_a_name_wrapped_around_its_row_line_is_joined() -> None:
    rows = read_flat_rows(
        _lines(
            "总计 1,036.53 581.55 581.55",
            "一般公共服务",
            "201 832.09 409.71 409.71",
            "支出",
            "201 13 商贸事务 832.09 409.71 409.71",
            "机关事业单位",
            "208 05 05 基本养老保险 53.20 53.20 53.20",
            "缴费支出",
        )
    )
    assert [(r.code, r.label) for r in rows] == [
        ("", "总计"),
        ("201", "一般公共服务支出"),
        ("20113", "商贸事务"),
        ("2080505", "机关事业单位基本养老保险缴费支出"),
    ]
    assert rows[1].location.line == 2


def test_a_label_line_that_is_a_row_of_its_own_stays_one() -> None:
    # A name printed whole on the row's line: the label-only line below is the next row.
    rows = read_flat_rows(_lines("201 13 商贸事务 832.09 832.09", "单位名称", "100.00"))
    assert [r.label for r in rows] == ["商贸事务", "单位名称"]


def test_the_economic_class_decides_personnel_or_public_use() -> None:
    # 001's 表6 prints a total and one more amount on every row: the arithmetic cannot
    # tell 人员经费 from 公用经费, the economic class does (no ambiguity left).
    text = (CORPUS / "001_7236ab5e17bf1c1a.txt").read_text(encoding="utf-8")
    document = xjbudget.parse_text(text)
    table = document.table(6)
    assert table is not None
    for row in table.rows:
        if row.code is None:
            continue
        klass = row.code.digits[:3]
        if klass in ("301", "303"):
            assert row.values.get("public_use") is None, row
        if klass == "302":
            assert row.values.get("personnel") is None, row
    assert not [f for f in document.findings if f.table == 6 and "ambiguous" in f.rule]


def test_a_number_broken_at_a_line_end_after_its_point_is_one_amount() -> None:
    (row,) = read_flat_rows(_lines("合计 1,003.73 571.55 571.55 432.", "18"))
    assert row.amounts[-1] == Decimal("432.18")


def test_the_lines_below_a_row_are_shared_as_many_as_above_it() -> None:
    rows = read_flat_rows(
        _lines(
            "其他商贸事务支",
            "201 13 99 8.00 8.00 8.00",
            "出",
            "社会保障和就业",
            "208 133.87 133.87 133.87",
            "支出",
        )
    )
    assert [(r.code, r.label) for r in rows] == [
        ("2011399", "其他商贸事务支出"),
        ("208", "社会保障和就业支出"),
    ]


def test_page_furniture_after_the_last_row_is_no_row() -> None:
    rows = read_flat_rows(_lines("合计 1.60 1.60 1.60", "4", "某某局 预算公开"))
    assert [r.label for r in rows] == ["合计"]


def test_income_amounts_apart_from_their_labels_are_not_row_order() -> None:
    # pdfminer's 表1 of a generated document: the income labels all printed first, then
    # each amount in front of a 类 that is not its row.
    from xjbudget.tables.flat import _bare_income

    column_by_column = _lines(
        "1584.07 201 一般公共服务支出",
        "1120.02 202 外交支出",
        "1120.02 203 国防支出",
        "204 公共安全支出",
        "406.91 205 教育支出",
    )
    row_order = _lines(
        "一、本年收入 623.12 201 一般公共服务支出 489.56",
        "1、一般公共预算拨款 610.48 208 社会保障和就业支出 76.20",
        "一、财政拨款（补",
        "助）",
        "0.01 210 卫生健康支出 26.46",
    )
    assert _bare_income(column_by_column)
    assert not _bare_income(row_order)


def test_a_name_printed_from_the_top_of_its_cell_goes_on_below() -> None:
    # An unruled PDF prints a cell's text at its top: the name starts on the row's line.
    rows = read_flat_rows(
        _lines("201 一般公共服 832.09 409.71", "务支出", "201 13 商贸事务 832.09 409.71"),
        completes=lambda code, name, piece: code == "201" and name + piece == "一般公共服务支出",
    )
    assert [(r.code, r.label) for r in rows] == [("201", "一般公共服务支出"), ("20113", "商贸事务")]


def test_the_first_piece_of_a_centred_name_is_taken_back_from_the_header() -> None:
    from xjbudget.tables.flat import _name_start

    zone = _lines("类 款 项", "一般公共服务支")
    first = SourceLine("201 868.26 436.08 436.08 432.18", Location(line=3))
    assert _name_start(zone, first) == [zone[-1]]
    # A header label is no name's start; a first line with its own name takes nothing.
    assert _name_start(_lines("类 款 项"), first) == []
    named = SourceLine("201 一般公共服务支出 868.26", Location(line=3))
    assert _name_start(zone, named) == []


# Flattened texts of generated documents (xjbudget.strategies) on which the property tests
# found a misread; each kept whole, as the converter printed it.
TEXTS = Path(__file__).resolve().parent / "texts"


def _parse(name: str) -> xjbudget.Document:
    return xjbudget.parse_text((TEXTS / name).read_text(encoding="utf-8"))


def test_income_labels_wrapped_above_their_amounts_are_row_order() -> None:
    # 表1: 1、一般公共预算 / 拨款 / 0.02 202 外交支出 — four such labels outnumbered the
    # three printed on one line, and the table was taken for column-by-column text.
    document = _parse("wrapped_income_labels.txt")
    assert not [f for f in document.findings if f.rule == "parse.flat.not_row_order"]
    table = document.table(1)
    assert table is not None
    income = {r.name: r.values.get("income") for r in table.rows if r.side == "income"}
    assert income["1、一般公共预算拨款"] == Decimal("0.02")


def test_a_digit_finishing_a_number_at_a_page_foot_is_no_page_number() -> None:
    # 表6: 301 工资福利支出 0.11 0.1 / 1 / (the next page's 编制部门 …): the 1 is 0.11's.
    table = _parse("number_broken_at_page_foot.txt").table(6)
    assert table is not None
    first = table.rows[0]
    assert dict(first.values.filled()) == {
        "total": Decimal("0.11"),
        "personnel": Decimal("0.11"),
    }


def test_a_short_table_printed_column_by_column_is_withheld() -> None:
    # pdfminer's text of a generated document: 表11 prints its three labels, then its
    # three amounts each alone on a line — fewer than the four lone amounts a long table
    # needs, but no amount beside a label at all.
    document = _parse("pdfminer_short_tables.txt")
    (finding,) = [f for f in document.findings if f.table == 11]
    assert finding.rule == "parse.flat.not_row_order"
    table = document.table(11)
    assert table is not None and not table.rows


def test_a_flattened_project_row_keeps_its_class_name_apart() -> None:
    # 004's 表7 flattened: 206 04 99 其他技术与开发支出 2024年乌鲁木齐市…运维项目 2068.67 …
    original = xjbudget.parse(CORPUS / "004_ce2c4c2fd8aa6825.txt")
    read = xjbudget.parse_text(render_document_flat(original)).table(7)
    table = original.table(7)
    assert read is not None and table is not None
    assert [(r.name, r.project) for r in read.rows] == [(r.name, r.project) for r in table.rows]


def test_a_label_alone_on_its_line_does_not_cut_the_table_into_units() -> None:
    # pdfplumber's layout text of a generated 表7 (our own rendering, kept whole from its
    # title to the page's foot): the wrapped ends of a name and a project
    # (``理事务    助资金``) stand alone on a line and are read as a label row with no
    # amount. Taken for a unit, it cut 201 from its child 20134 and took the 合计's rows:
    # 201's and 合计's 388.33 tied over ten columns and went to 商品和服务支出. A label row
    # that prints no sum is no unit: the sums place 388.33 under 资本性支出, as printed.
    path = Path(__file__).resolve().parent / "texts" / "table7_stray_label_pdfplumber_layout.txt"
    document = xjbudget.parse_text(path.read_text(encoding="utf-8"))
    table = document.table(7)
    assert table is not None
    filled = {
        (row.code.digits if row.code else row.name): dict(row.values.filled())
        for row in table.rows
        if row.code is None or row.code.digits in ("201", "20134")
    }
    capital = {"total": Decimal("388.33"), "capital": Decimal("388.33")}
    assert filled["20134"] == capital
    for label in ("201", "合计"):
        assert filled[label] == {**capital, "total": Decimal("394.42"), "wages": Decimal("6.09")}
    assert not [
        f for f in document.findings if f.rule == "parse.flat.ambiguous_column" and f.table == 7
    ]
