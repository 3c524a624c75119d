"""``validate()``: rule selection, tolerance, the report; the registry's documentation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from xjbudget.validate import (
    FAMILIES,
    RULE_SKIPPED,
    RULES,
    RuleSelectionError,
    ToleranceError,
    rule,
    select_rules,
    validate,
)
from xjbudget.validate.examples import example_for

from .builders import coded, document, table


def _doc() -> object:
    return document(table(3, coded("201", "x", total="10.05", basic="5.00", project="5.00")))


def test_every_rule_is_documented_in_both_languages_with_an_example() -> None:
    assert len({r.id for r in RULES}) == len(RULES)
    for r in RULES:
        assert r.family in FAMILIES
        assert r.description and r.description_zh and r.example, r.id


def test_selection_by_id_prefix_family_number_and_name() -> None:
    assert [r.id for r in select_rules("T3.row.total_eq_basic_plus_project")] == [
        "T3.row.total_eq_basic_plus_project"
    ]
    assert {r.id.split(".")[0] for r in select_rules("T3")} == {"T3"}
    assert select_rules("3") == select_rules("cross") == tuple(r for r in RULES if r.family == 3)
    assert select_rules(["row", "codes"]) == select_rules("row,codes")
    assert select_rules(None) == RULES
    assert rule("codes.unknown").family_name == "codes"


def test_unknown_selection_is_an_error() -> None:
    with pytest.raises(RuleSelectionError):
        select_rules("T3.rows")
    with pytest.raises(RuleSelectionError):
        rule("nope")


def test_report_counts_and_ok() -> None:
    report = validate(_doc())  # type: ignore[arg-type]
    assert not report.ok
    assert report.counts_by_severity["error"] == len(report.errors) >= 1
    assert sum(report.counts_by_severity.values()) == len(report)
    assert report.counts_by_rule["T3.row.total_eq_basic_plus_project"] == 1
    assert report.by_rule("T3.row") == report.errors[:1]
    assert report.tolerance == Decimal("0.01") and report.unit == "万元"


def test_tolerance_is_in_the_document_unit() -> None:
    doc = document(table(3, coded("201", "x", total="105", basic="50", project="50")), unit="元")
    assert validate(doc, rules="row").findings[0].severity == "error"
    assert validate(doc, rules="row", tolerance=5).findings[0].severity == "warning"
    assert validate(doc, rules="row", tolerance="10").findings[0].severity == "warning"


def test_bad_tolerance() -> None:
    with pytest.raises(ToleranceError):
        validate(_doc(), tolerance="-1")  # type: ignore[arg-type]
    with pytest.raises(ToleranceError):
        validate(_doc(), tolerance="abc")  # type: ignore[arg-type]


def test_validation_does_not_change_the_document() -> None:
    doc = _doc()
    before = repr(doc)
    validate(doc)  # type: ignore[arg-type]
    assert repr(doc) == before


def test_docs_list_every_rule() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "validation.md").read_text("utf-8")
    missing = [r.id for r in RULES if f"`{r.id}`" not in text]
    assert not missing


def test_the_finding_of_a_rule_not_run_is_documented_like_a_rule() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "validation.md").read_text("utf-8")
    assert f"#### `{RULE_SKIPPED}`" in text
    assert example_for(RULE_SKIPPED) in text
    assert RULE_SKIPPED not in {r.id for r in RULES}  # no selection names it
