"""Small stand-ins for parsed documents: what the harvest reads of one (code, name, table
number, year), nothing else."""

from __future__ import annotations

from collections.abc import Sequence

import attrs


@attrs.frozen
class FakeCode:
    digits: str
    scheme: str = "functional"


@attrs.frozen
class FakeRow:
    code: FakeCode | None
    name: str


@attrs.frozen
class FakeTable:
    number: int
    rows: Sequence[FakeRow]


@attrs.frozen
class FakeMeta:
    year: int | None


@attrs.frozen
class FakeDocument:
    meta: FakeMeta
    tables: Sequence[FakeTable]


def fake_document(year: int | None, *pairs: tuple[str, str], number: int = 5) -> FakeDocument:
    """A document of ``year`` whose table ``number`` prints these (code, name) rows."""
    return FakeDocument(
        FakeMeta(year), [FakeTable(number, [FakeRow(FakeCode(c), n) for c, n in pairs])]
    )
