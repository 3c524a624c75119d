"""The flattened-text reader: rows rebuilt from lines, amounts placed by the sums."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

import xjbudget
from xjbudget.tables.assign import candidates

D = Decimal


def _document(*table_lines: str) -> xjbudget.Document:
    return xjbudget.parse_text("\n".join(["第二部分 2024 年部门预算公开表", *table_lines]))


HEADER_3 = [
    "表 3",
    "部门支出总体情况表",
    "编制部门：某局 单位：万元",
    "科目 支出预算",
    "功能分类科目编码",
    "功能分类科目名称 合计 基本支出 项目支出",
    "类 款 项",
    "※ ※ ※ ※ 1 2 3",
]


def test_columns_follow_from_the_sums_of_the_rows_below() -> None:
    document = _document(
        *HEADER_3,
        "总计 489.56 476.92 12.64",
        "201 一般公共服务支出 489.56 476.92 12.64",
        "201 13 商贸事务 489.56 476.92 12.64",
        "201 13 01 行政运行 359.11 346.47 12.64",
        "201 13 50 事业运行 130.45 130.45",  # basic or project? the 款 above says basic
    )
    table = document.table(3)
    assert table is not None
    row = next(table.find("2011350"))
    assert dict(row.values) == {"total": D("130.45"), "basic": D("130.45"), "project": None}
    assert not [f for f in document.findings if f.rule.startswith("parse.flat")]


def test_wrapped_names_and_a_number_broken_over_lines() -> None:
    document = _document(
        *HEADER_3,
        "总计 1036.53 1036.53",
        "208 社会保障和就业支出 1036.53 1036.53",
        "208 05 行政事业单位养老支出 1036.53 1036.5",
        "3",
        "208 05 05",
        "机关事业单位基本养老保险缴",
        "费支出",
        "1036.53 1036.53",
    )
    table = document.table(3)
    assert table is not None
    assert next(table.find("20805")).values["basic"] == D("1036.53")
    wrapped = next(table.find("2080505"))
    assert wrapped.name == "机关事业单位基本养老保险缴费支出"
    assert wrapped.values["total"] == D("1036.53")


def test_a_true_tie_is_reported_as_an_ambiguous_column() -> None:
    document = _document(*HEADER_3, "201 一般公共服务支出 10.00 10.00")
    table = document.table(3)
    assert table is not None
    (row,) = table.rows
    assert dict(row.values) == {"total": D("10.00"), "basic": D("10.00"), "project": None}
    (finding,) = [f for f in document.findings if f.rule == "parse.flat.ambiguous_column"]
    assert finding.table == 3 and finding.row == "201"
    assert "total,basic | total,project" in finding.message


def test_a_row_that_does_not_add_up_is_read_as_printed_and_reported() -> None:
    document = _document(*HEADER_3, "201 一般公共服务支出 10.00 4.00 5.00")
    table = document.table(3)
    assert table is not None
    (row,) = table.rows
    assert dict(row.values) == {"total": D("10.00"), "basic": D("4.00"), "project": D("5.00")}
    assert [f.rule for f in document.findings if f.table == 3] == ["parse.flat.sum_fails"]


def test_more_amounts_than_columns_is_an_error_finding_not_a_guess() -> None:
    document = _document(*HEADER_3, "201 一般公共服务支出 1.00 2.00 3.00 4.00")
    table = document.table(3)
    assert table is not None
    assert all(v is None for v in table.rows[0].values.values())
    (finding,) = [f for f in document.findings if f.rule == "parse.flat.too_many_amounts"]
    assert "1.00 2.00 3.00 4.00" in finding.message


@pytest.mark.parametrize(("width", "count"), [(3, 2), (12, 5), (12, 6), (11, 11)])
def test_placements_per_row_are_the_binomial_count(width: int, count: int) -> None:
    amounts = [D(i + 1) for i in range(count)]
    assert len(candidates(amounts, width, [])) == math.comb(width, count)


def test_flattened_corpus_document_reads_every_table(
    parsed: dict[str, xjbudget.Document],
) -> None:
    document = parsed["001_7236ab5e17bf1c1a"]
    assert document.meta.form == "flat"
    assert [t.number for t in document.tables] == list(range(1, 12))
    assert {t.number for t in document.tables if t.empty_statement} == {7, 8, 9}
    assert not [f for f in document.findings if f.severity == "error"]
    assert not document.unrecognized
