"""Family 6: missing tables and empty tables against the figures of the others."""

from __future__ import annotations

from xjbudget.catalog import STANDARD_TABLES
from xjbudget.validate import validate
from xjbudget.validate.completeness import EVIDENCE

from .builders import coded, document, item, table, total


def _run(*tables: object) -> list[tuple[str, str, int | None]]:
    report = validate(document(*tables), rules="completeness")  # type: ignore[arg-type]
    return [(f.rule, f.severity, f.table) for f in report.findings]


def _all_but(*missing: int, **replace: object) -> list[object]:
    return [
        replace.get(f"t{s.number}", table(s.number))
        for s in STANDARD_TABLES
        if s.number not in missing
    ]


def test_every_standard_table_has_evidence_declared() -> None:
    assert sorted(e.table for e in EVIDENCE) == [s.number for s in STANDARD_TABLES]


def test_all_eleven_tables_present_and_empty_is_clean() -> None:
    assert _run(*_all_but()) == []


def test_a_missing_table_is_info_when_the_others_say_it_would_be_empty() -> None:
    # 003 has no 表11 and 表1 shows no 上年结转结余
    assert _run(*_all_but(11)) == [("completeness.table_missing", "info", 11)]


def test_a_missing_table_is_an_error_when_the_others_show_its_figures() -> None:
    t1 = table(1, item("carryover", "192.00", side="income"))
    assert _run(*_all_but(11, t1=t1)) == [("completeness.table_missing", "error", 11)]


def test_a_table_whose_column_prints_another_stands_for_it() -> None:
    # 深圳 prints no 一般公共预算基本支出表: its 一般公共预算支出表（按经济分类）(表12) prints
    # 表6's figures as its 基本支出 column.
    t5 = table(5, total(total="100.00", basic="60.00", project="40.00"))
    t12 = table(12, total(total="100.00", basic="60.00", project="40.00"))
    assert ("completeness.table_missing", "error", 6) in _run(*_all_but(6, 7, 11, t5=t5))
    found = _run(*_all_but(6, 7, 11, t5=t5), t12)
    assert not [f for f in found if f[2] == 6]
    # Without that column it holds nothing of 表6.
    t12_project = table(12, total(total="40.00", project="40.00"), columns=("total", "project"))
    assert ("completeness.table_missing", "error", 6) in _run(
        *_all_but(6, 7, 11, t5=t5), t12_project
    )


def test_a_missing_table_is_a_warning_when_nothing_can_be_compared() -> None:
    assert ("completeness.table_missing", "warning", 7) in _run(table(1))


def test_table_7_said_empty_while_table_5_has_project_spending() -> None:
    t5 = table(
        5, total(total="9.60", project="9.60"), coded("201", "a", total="9.60", project="9.60")
    )
    t7 = table(7, empty="…没有使用一般公共预算安排项目支出，一般公共预算项目支出情况表为空表。")
    assert _run(*_all_but(t5=t5, t7=t7)) == [("completeness.empty_table_contradicted", "error", 7)]


def test_a_table_that_says_empty_but_prints_amounts() -> None:
    t8 = table(8, total(total="1.00"), coded("229", "其他支出", total="1.00"), empty="…为空表。")
    found = _run(*_all_but(t8=t8))
    assert ("completeness.empty_statement_contradicted", "error", 8) in found
