"""A column the document does not print is not a column of zeros: a rule that reads it is
not run on that table and says so once (``validate.rule_skipped``); a table printing all
its columns runs every rule as before."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import xjbudget
import xjbudget.strategies as xst
from xjbudget.catalog import spec_for_number
from xjbudget.model import Document, Finding, Table
from xjbudget.render import render_document_tabbed
from xjbudget.validate import validate
from xjbudget.validate.cross import Cell, read_cell

from .builders import coded, document, table, total
from .test_narrative_rules import fig, with_facts

SKIPPED = "validate.rule_skipped"


def _text(header: list[str], *rows: str) -> str:
    """A document of one 表5 in the tab-separated form (cells joined by tabs)."""
    return "\n".join(
        [
            "第二部分 2024 年部门预算公开表",
            "",
            "表 5",
            "",
            "一般公共预算支出情况表",
            "",
            "编制部门：某某局",
            "",
            "单位：万元",
            "",
            "\t".join(["功能分类科目编码", "", "", "功能分类科目名称", *header]),
            "类\t款\t项\t\t" + "\t" * (len(header) - 1),
            *rows,
            "",
        ]
    )


# 合计 ≠ 基本支出 + 项目支出 if the columns not printed were zeros.
AMOUNT_ONLY = _text(
    ["金额"],
    "\t\t\t合计\t120.00",
    "201\t\t\t一般公共服务支出\t120.00",
    "201\t13\t\t商贸事务\t120.00",
    "201\t13\t01\t行政运行\t100.00",
    "201\t13\t50\t事业运行\t20.00",
)


def _skipped(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.rule == SKIPPED]


def test_a_table_5_printing_only_its_amount_is_not_checked_as_basic_plus_project() -> None:
    parsed = xjbudget.parse_text(AMOUNT_ONLY)
    t5 = parsed.table(5)
    assert t5 is not None and [c.key for c in t5.columns] == ["total"]
    assert all(list(row.values) == ["total"] for row in t5.rows)
    report = validate(parsed)
    assert not report.by_rule("T5.row")
    (skipped,) = _skipped(report.findings)
    assert (skipped.severity, skipped.table, skipped.column) == ("info", 5, "basic,project")
    assert "T5.row.total_eq_basic_plus_project" in skipped.message
    assert "basic (基本支出), project (项目支出)" in skipped.message
    assert skipped.message_zh == (
        "表5无基本支出、项目支出栏（未列或表头未能识别），未执行 T5.row.total_eq_basic_plus_project"
    )
    # the rules over every printed column still run: 合计 = its 类, 类 = its 款 …
    assert not [f for f in report.findings if f.table == 5 and f.severity != "info"]
    broken = AMOUNT_ONLY.replace("\t20.00", "\t25.00")
    found = validate(xjbudget.parse_text(broken), rules="T5").findings
    assert {f.rule for f in found} == {SKIPPED, "T5.tree.parent_eq_sum_of_children"}


def test_a_table_printing_all_its_columns_runs_every_rule() -> None:
    text = _text(
        ["合计", "基本支出", "项目支出"],
        "\t\t\t合计\t120.00\t100.00\t30.00",
        "201\t\t\t一般公共服务支出\t120.00\t100.00\t30.00",
    )
    t5 = xjbudget.parse_text(text).table(5)
    assert t5 is not None and t5.columns == spec_for_number(5).column_specs()  # type: ignore[union-attr]
    report = validate(xjbudget.parse_text(text), rules="T5")
    assert not _skipped(report.findings)
    assert [f.rule for f in report.errors] == ["T5.row.total_eq_basic_plus_project"] * 2


def test_a_column_printed_with_empty_cells_still_counts_as_zero() -> None:
    t5 = table(5, coded("201", "x", total="10.00", basic="4.00", project=None))
    found = validate(document(t5), rules="T5.row").findings
    assert [(f.rule, f.severity, f.column) for f in found] == [
        ("T5.row.total_eq_basic_plus_project", "error", "total")
    ]


def test_a_table_with_no_amount_is_not_reported_as_skipped() -> None:
    empty = table(8, total(total=None), columns=("total", "basic", "project"))
    assert validate(document(empty), rules="T8").findings == ()


def test_a_table_printed_only_as_its_empty_statement_has_every_declared_column() -> None:
    text = "\n".join(
        [
            "第二部分 2024 年部门预算公开表",
            "",
            "表 8",
            "",
            "政府性基金预算支出情况表",
            "",
            "编制部门：某某局",
            "",
            "某某局2024年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。",
            "",
        ]
    )
    t8 = xjbudget.parse_text(text).table(8)
    assert t8 is not None and t8.empty_statement
    assert t8.columns == spec_for_number(8).column_specs()  # type: ignore[union-attr]


def test_a_cross_table_check_reading_a_column_not_printed_is_skipped_not_failed() -> None:
    t5 = table(5, total(total="10.00", project="10.00"), columns=("total", "project"))
    t6 = table(6, total(total="5.00", personnel="5.00"))
    doc = document(t5, t6)
    assert read_cell(doc, Cell(5, "basic")) is None  # not printed, not zero
    found = validate(doc, rules="cross.T6_total_eq_T5_basic").findings
    assert [(f.rule, f.severity, f.table, f.column) for f in found] == [
        (SKIPPED, "info", 5, "basic")
    ]
    assert "cross.T6_total_eq_T5_basic" in found[0].message
    # the same check is an error when 表5 prints 基本支出, even empty
    printed = table(5, total(total="10.00", basic=None, project="10.00"))
    errors = validate(document(printed, t6), rules="cross.T6_total_eq_T5_basic").errors
    assert [f.rule for f in errors] == ["cross.T6_total_eq_T5_basic"]


def test_a_cross_table_check_with_a_missing_table_says_nothing_about_columns() -> None:
    t5 = table(5, total(total="10.00", project="10.00"), columns=("total", "project"))
    assert validate(document(t5), rules="cross").findings == ()


def test_a_stated_figure_restating_a_column_not_printed_is_not_compared() -> None:
    t5 = table(5, total(total="10.00", project="10.00"), columns=("total", "project"))
    stated = fig("general.scale", "基本支出", "3.00")
    found = validate(with_facts(document(t5), stated), rules="narrative").findings
    assert [(f.rule, f.table, f.column) for f in found] == [(SKIPPED, 5, "basic")]
    assert "narrative.general.basic_eq_T5_basic" in found[0].message
    by_code = fig("general.class", "一般公共服务支出（类）", "3.00", role="item", code="201")
    t5 = table(5, coded("201", "x", project="10.00"), columns=("project",))
    found = validate(with_facts(document(t5), by_code), rules="narrative.general").findings
    assert [(f.rule, f.table, f.column) for f in found] == [(SKIPPED, 5, "total")]


# ---------------------------------------------------------------- property

# The coded tables: the renderer prints only their columns (表10/表11 print a fixed header).
_DROPPABLE = (2, 3, 5, 6, 7)


def _without(document: Document, number: int, key: str) -> Document:
    def drop(table: Table) -> Table:
        if table.number != number:
            return table
        rows = tuple(
            attrs.evolve(r, values={k: v for k, v in r.values.items() if k != key})
            for r in table.rows
        )
        columns = tuple(c for c in table.columns if c.key != key)
        return attrs.evolve(table, columns=columns, rows=rows)

    return attrs.evolve(document, tables=tuple(drop(t) for t in document.tables))


@st.composite
def _dropped(draw: st.DrawFn) -> tuple[Document, int, str]:
    document = draw(xst.documents(year=2024))
    candidates = [
        (t.number, c.key)
        for t in document.tables
        if t.number in _DROPPABLE and t.rows and len(t.columns) > 1
        for c in t.columns
    ]
    number, key = draw(st.sampled_from(candidates))
    return _without(document, number, key), number, key


@settings(max_examples=40, deadline=None)
@given(_dropped())
def test_a_column_dropped_from_a_rendered_document_never_gives_an_error(
    dropped: tuple[Document, int, str],
) -> None:
    document, number, key = dropped
    parsed = xjbudget.parse_text(render_document_tabbed(document))
    read = next(t for t in parsed.tables if t.number == number)
    assert key not in {c.key for c in read.columns}
    report = validate(parsed)
    assert not [f for f in report.findings if f.severity != "info"], [
        f.message for f in report.findings if f.severity != "info"
    ]
    # every declared row sum of that table reads each of its columns
    assert any(
        f.table == number and key in (f.column or "").split(",") for f in _skipped(report.findings)
    )
