"""Every amount cell of every standard table of the corpus documents — tab-separated and
flattened — against the golden files transcribed by hand (tests/golden/README.md)."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

import xjbudget
from xjbudget.export import long_rows

from ..conftest import FLAT, GOLDEN, TABBED


def indicator_fields(target: xjbudget.PerformanceTarget, i: xjbudget.Indicator) -> tuple[str, ...]:
    """An indicator as a row of the performance golden files (after the target number)."""
    return (
        target.kind,
        target.unit,
        target.project,
        i.level1,
        i.level2,
        i.level3,
        i.value,
        i.basis,
        i.previous,
        i.weight,
        i.scoring_rule,
        i.evidence,
    )


def _golden(stem: str, kind: str) -> list[tuple[str, ...]]:
    with open(GOLDEN / f"{stem}.{kind}.csv", encoding="utf-8", newline="") as handle:
        return [tuple(row) for row in list(csv.reader(handle))[1:]]


@pytest.mark.parametrize("stem", TABBED + FLAT)
def test_every_amount_cell_matches_the_golden_file(
    stem: str, parsed: dict[str, xjbudget.Document]
) -> None:
    got = [line[1:7] for line in long_rows(parsed[stem])]  # the golden's six columns
    expected = _golden(stem, "cells")
    missing = Counter(expected) - Counter(got)
    extra = Counter(got) - Counter(expected)
    assert not missing, f"cells lost: {sorted(missing)[:10]}"
    assert not extra, f"cells not in the document: {sorted(extra)[:10]}"
    assert got == expected  # and in document order


@pytest.mark.parametrize("stem", TABBED + FLAT)
def test_every_performance_indicator_matches(
    stem: str, parsed: dict[str, xjbudget.Document]
) -> None:
    expected: dict[int, list[tuple[str, ...]]] = {}
    for row in _golden(stem, "performance"):
        expected.setdefault(int(row[0]), []).append(row[1:])
    document = parsed[stem]
    assert len(document.performance) == max(expected)
    for number, target in enumerate(document.performance, start=1):
        got = [indicator_fields(target, i) for i in target.indicators]
        assert got == expected.get(number, []), f"target {number}"


@pytest.mark.parametrize("stem", TABBED + FLAT)
def test_performance_target_header_fields(stem: str, parsed: dict[str, xjbudget.Document]) -> None:
    for row, target in zip(_golden(stem, "targets"), parsed[stem].performance, strict=True):
        _, kind, unit, project, manager, contact, phone, total, fiscal, other = row
        assert (target.kind, target.unit, target.project) == (kind, unit, project)
        assert (target.manager, target.contact, target.phone) == (manager, contact, phone)
        funds = target.funds
        printed_fiscal = funds.get("fiscal")
        if printed_fiscal is None and funds.get("fiscal_local") is not None:
            # Department targets print 上级安排 and 本级安排; the golden file sums them.
            printed_fiscal = (funds.get("fiscal_upper") or 0) + funds["fiscal_local"]
        assert str(funds.get("total") or "") == total
        assert str(printed_fiscal if printed_fiscal is not None else "") == fiscal
        assert str(funds.get("other") if funds.get("other") is not None else "") == other
