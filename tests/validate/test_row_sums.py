"""Family 1: the column sums within each row."""

from __future__ import annotations

from decimal import Decimal

from xjbudget.validate import validate

from .builders import coded, document, table, total


def _run(*tables: object, **kw: object) -> list[tuple[str, str, str | None, str | None]]:
    report = validate(document(*tables), rules="row", **kw)  # type: ignore[arg-type]
    return [(f.rule, f.severity, f.row, f.column) for f in report.findings]


def test_a_consistent_row_gives_no_finding() -> None:
    t3 = table(
        3, coded("201", "一般公共服务支出", total="868.26", basic="428.08", project="440.18")
    )
    assert _run(t3) == []


def test_a_row_off_by_more_than_rounding_is_an_error_naming_the_row_and_total_column() -> None:
    t3 = table(3, coded("2011301", "行政运行", total="820.61", basic="388.43", project="432.28"))
    report = validate(document(t3), rules="T3.row")
    (finding,) = report.findings
    assert finding.rule == "T3.row.total_eq_basic_plus_project"
    assert finding.severity == "error"
    assert (finding.table, finding.row, finding.column) == (3, "2011301 行政运行", "total")
    assert (finding.expected, finding.actual) == (Decimal("820.71"), Decimal("820.61"))
    assert finding.difference == Decimal("-0.10")
    assert "基本支出 + 项目支出" in finding.message_zh


def test_one_cent_over_two_items_is_a_rounding_warning() -> None:
    t3 = table(3, coded("201", "x", total="10.01", basic="5.00", project="5.00"))
    assert _run(t3) == [("T3.row.total_eq_basic_plus_project", "warning", "201 x", "total")]


def test_one_cent_over_a_single_printed_part_is_an_error() -> None:
    # total = basic + (empty project): one rounded item, the two figures must be identical
    t3 = table(3, coded("201", "x", total="10.01", basic="10.00"))
    assert _run(t3)[0][1] == "error"


def test_empty_cells_count_as_zero_and_an_all_empty_row_is_not_printed() -> None:
    t3 = table(
        3,
        coded("201", "x", total="8.00", project="8.00"),
        coded("202", "外交支出", total=None, basic=None, project=None),
    )
    assert _run(t3) == []


def test_an_empty_total_with_parts_is_an_error() -> None:
    t3 = table(3, coded("201", "x", total=None, basic="1.00"))
    assert _run(t3) == [("T3.row.total_eq_basic_plus_project", "error", "201 x", "total")]


def test_table_8_checks_only_the_sum_whose_columns_it_prints() -> None:
    basic_form = table(
        8,
        coded("229", "x", total="5.00", basic="2.00", project="2.00"),
        columns=("total", "basic", "project"),
    )
    assert _run(basic_form) == [
        ("validate.rule_skipped", "info", None, "personnel,public_use"),
        ("T8.row.total_eq_basic_plus_project", "error", "229 x", "total"),
    ]
    personnel_form = table(
        8,
        coded("229", "x", total="5.00", personnel="1.00", public_use="1.00", project="3.00"),
        columns=("total", "personnel", "public_use", "project"),
    )
    assert _run(personnel_form) == [("validate.rule_skipped", "info", None, "basic")]


def test_table_7_total_is_the_sum_of_ten_columns() -> None:
    t7 = table(7, total(total="9.60", wages="1.60", other="8.00"))
    assert _run(t7) == []
    t7 = table(7, total(total="9.60", wages="1.60", other="7.00"))
    assert _run(t7) == [("T7.row.total_eq_sum_of_parts", "error", "合计", "total")]


def test_tolerance_widens_the_rounding_band() -> None:
    t3 = table(3, coded("201", "x", total="10.05", basic="5.00", project="5.00"))
    assert _run(t3)[0][1] == "error"
    assert _run(t3, tolerance="0.05")[0][1] == "warning"
