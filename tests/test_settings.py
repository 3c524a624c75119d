"""The recognition thresholds are one Settings object, passed explicitly (issue 17)."""

from __future__ import annotations

from decimal import Decimal

import attrs

import xjbudget
from xjbudget.catalog import spec_for_number
from xjbudget.samples import sample_text
from xjbudget.settings import DEFAULT_SETTINGS
from xjbudget.tables.assign import candidates
from xjbudget.tables.header import map_columns, read_header
from xjbudget.validate import select_rules


def test_default_settings_change_nothing() -> None:
    text = sample_text()
    document = xjbudget.parse_text(text, settings=DEFAULT_SETTINGS)
    assert document == xjbudget.parse_text(text)
    assert xjbudget.validate(document, settings=DEFAULT_SETTINGS) == xjbudget.validate(document)


def test_header_similarity_is_read() -> None:
    spec = spec_for_number(3)
    assert spec is not None
    cells = read_header([["科目编码", "科目名称", "合计", "基本支出", "项目支出数"]])
    assert (4, "project") in map_columns(cells, spec.columns).columns
    strict = attrs.evolve(DEFAULT_SETTINGS, header_similarity=0.95)
    assert (4, "project") not in map_columns(cells, spec.columns, settings=strict).columns


def test_placement_limit_is_read() -> None:
    amounts = [Decimal(1), Decimal(2)]
    assert len(candidates(amounts, 12, [])) == 66  # C(12, 2)
    capped = attrs.evolve(DEFAULT_SETTINGS, placement_limit=10)
    assert len(candidates(amounts, 12, [], settings=capped)) == 1  # left-aligned


def test_coverage_rule_reads_the_settings() -> None:
    (rule,) = select_rules("completeness.low_coverage")
    assert rule.settings_check is not None
