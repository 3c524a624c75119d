"""No amount a flattened table prints goes unread without a finding (issue 16): the
converter matrix found cells gone silently — pypdfium2 glued a page number to the line
of a page's last row (``303 09 奖励金 3.20 3.20 9``), pdfminer printed a table's amounts
before its numbering row. Rows taken from 001's 表6 (tests/corpus)."""

from __future__ import annotations

from decimal import Decimal

import regex

import xjbudget

from ..conftest import CORPUS

LAST_ROW = "303 99 其他对个人和家庭的补助 15.47 15.47\n"
WAGES = "301 03 奖金 73.81 73.81\n"


def _text() -> str:
    text = (CORPUS / "001_7236ab5e17bf1c1a.txt").read_text(encoding="utf-8")
    assert text.count(LAST_ROW) == 1 and text.count(WAGES) == 1
    return text


def _cells(document: xjbudget.Document, table: int) -> list[tuple[str, dict[str, Decimal]]]:
    found = document.table(table)
    assert found is not None
    return [
        (row.name, {k: v for k, v in row.values.items() if v is not None}) for row in found.rows
    ]


def _unread(document: xjbudget.Document) -> list[xjbudget.Finding]:
    return [f for f in document.findings if f.rule == "parse.flat.unread_amounts"]


def test_a_page_number_on_the_last_rows_line_is_no_amount() -> None:
    plain = xjbudget.parse_text(_text())
    glued = xjbudget.parse_text(_text().replace(LAST_ROW, LAST_ROW.rstrip("\n") + " 9\n"))
    assert _cells(glued, 6) == _cells(plain, 6)
    assert not _unread(glued)


def test_amounts_hidden_in_a_label_are_an_error_finding() -> None:
    # A token after the amounts that is no amount leaves them in the row's label.
    document = xjbudget.parse_text(_text().replace(WAGES, WAGES.rstrip("\n") + " 注\n"))
    (finding,) = _unread(document)
    assert finding.severity == "error"
    assert finding.table == 6
    assert "2 of the" in finding.message
    assert "73.81 73.81" in finding.message
    assert "pdftotext -layout" in finding.message


def test_a_table_read_whole_has_no_unread_finding() -> None:
    assert not _unread(xjbudget.parse_text(_text()))


def test_a_table_listing_rows_without_any_amount_is_a_warning() -> None:
    # pdfminer printed a 表10's amounts before its title, after the table above.
    text = _text()
    start = text.index("财政拨款“三公”经费支出情况表")
    end = text.index("上年结转结余情况明细表", start)
    table10 = regex.sub(r" \d+\.\d\d", "", text[start:end])
    document = xjbudget.parse_text(text[:start] + table10 + text[end:])
    (finding,) = [f for f in document.findings if f.rule == "parse.flat.no_amounts"]
    assert (finding.table, finding.severity) == (10, "warning")
    assert "pdftotext -layout" in finding.message


def test_a_table_read_as_header_only_is_a_warning() -> None:
    # Without its numbering row (003's template) and without amounts, nothing ends 表10's
    # header: its item labels are taken for header, no row is read — still a warning.
    text = _text()
    start = text.index("财政拨款“三公”经费支出情况表")
    end = text.index("上年结转结余情况明细表", start)
    table10 = regex.sub(r" \d+\.\d\d|.*※.*\n", "", text[start:end])
    assert "※" in text[start:end] and "※" not in table10
    document = xjbudget.parse_text(text[:start] + table10 + text[end:])
    table = document.table(10)
    assert table is not None and not table.rows
    (finding,) = [f for f in document.findings if f.rule == "parse.flat.no_amounts"]
    assert (finding.table, finding.severity) == (10, "warning")
    assert "reads no row" in finding.message
    assert finding.location is not None
