"""Parse and validate a document in a worker: the record the real-corpus tests check."""

from __future__ import annotations

from attrs import frozen

import xjbudget
from xjbudget.model import AmountCoverage

#: The rules whose error says what of a document was not read (or that it prints no
#: table to read).
READING_GATES = (
    "completeness.nothing_read",
    "completeness.tables_not_printed",
    "completeness.amounts_unread",
    "completeness.low_coverage",
)


@frozen
class Verdict:
    """One document's verdict, small enough to send back from a worker process."""

    name: str
    ok: bool
    coverage: AmountCoverage | None
    errors: tuple[str, ...]  # the rule ids of its error findings
    failure: str | None = None  # an xjbudget error raised instead of a document


def judge(name: str, parsed: xjbudget.Document | str) -> Verdict:
    """Validate one parsed file; the text of a typed parse error is the verdict's ``failure``."""
    if isinstance(parsed, str):
        return Verdict(name, False, None, (), parsed)
    report = xjbudget.validate(parsed)
    return Verdict(name, report.ok, report.coverage, tuple(f.rule for f in report.errors))
