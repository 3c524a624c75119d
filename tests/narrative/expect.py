"""Compact expected facts, written by reading the corpus documents, and the comparison.

``F("3.2", "一般公共预算", amount="581.55", share="56.11", change="-2336.48",
pct="-80.07")`` is one figure as the document states it: every numeric field not named
must be empty, and a document's test lists every figure, so an extra or a missing fact
fails too.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path

from xjbudget.narrative import Facts, Figure, extract_facts
from xjbudget.sources.tabbed import read_text_lines

CORPUS = Path(__file__).parent.parent / "corpus"

_FIELDS = {
    "amount": "amount",
    "share": "share",
    "change": "change",
    "pct": "change_pct",
    "qty": "quantity",
    "qchange": "quantity_change",
}


class F:
    """One expected figure."""

    def __init__(
        self,
        section: str,
        subject: str,
        *,
        nil: bool = False,
        unit: str | None = None,
        code: str | None = None,
        **values: str,
    ) -> None:
        unknown = set(values) - set(_FIELDS)
        assert not unknown, unknown
        self.section, self.subject, self.nil, self.unit, self.code = (
            section,
            subject,
            nil,
            unit,
            code,
        )
        self.values = {_FIELDS[k]: Decimal(v) for k, v in values.items()}

    def check(self, figure: Figure) -> None:
        where = f"{self.section} {self.subject}"
        for field in _FIELDS.values():
            got = getattr(figure, field)
            want = self.values.get(field)
            assert got == want, f"{where}: {field} {got!r} != {want!r}"
            if want is not None:
                assert str(got) == str(want), f"{where}: {field} printed {got} not {want}"
        assert figure.nil == self.nil, where
        if self.unit is not None:
            assert figure.quantity_unit == self.unit, where
        if self.code is not None:
            assert figure.code == self.code, where


@cache
def facts_of(stem: str) -> Facts:
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    return extract_facts(read_text_lines(text), year=2024, unit="万元")


def check_figures(facts: Facts, expected: Sequence[F]) -> None:
    """Every expected figure is there with exactly these values, and nothing else is."""
    got = [(f.span.section, f.subject) for f in facts.figures]
    want = [(e.section, e.subject) for e in expected]
    missing = [w for w in want if w not in got]
    extra = [g for g in got if g not in want]
    assert got == want, f"missing {missing}, extra {extra}"
    for figure, expectation in zip(facts.figures, expected, strict=True):
        expectation.check(figure)
