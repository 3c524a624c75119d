"""Reading the package data: one TSV per scheme and edition, read once and cached.

The files live in ``xjbudget/codes/data/`` and are meant to be read and edited by people:
``#`` lines are comments, the first other line is the header, then one row per code.
A malformed file is a bug in the package, reported as :class:`CodeError` naming the
file and line.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import cast, get_args

import regex

from xjbudget.codes._model import (
    SCHEMES,
    CodeEntry,
    CodeTable,
    MappingRow,
    Provenance,
    Scheme,
    Variant,
    as_scheme,
)
from xjbudget.codes._normalize import code_level, parent_code
from xjbudget.errors import CodeError

__all__ = ["available_editions", "load_mapping", "load_table", "load_variants"]

_TABLE_FILE = regex.compile(
    r"^(?P<scheme>functional|economic-dept|economic-gov)-(?P<year>\d{4})\.tsv$"
)
_TABLE_HEADER = ("code", "level", "name", "parent", "provenance", "source")
_VARIANT_HEADER = ("scheme", "edition", "code", "name", "kind", "source", "note")
_MAPPING_HEADER = ("dept_code", "gov_code", "applies_to", "provenance", "source")
_COMPLETE_HEADER = ("scheme", "edition", "parent", "source")
_PROVENANCES = get_args(Provenance)


def _data_text(filename: str) -> str:
    """The text of one package data file (the one place the loader touches files)."""
    return resources.files("xjbudget.codes").joinpath("data").joinpath(filename).read_text("utf-8")


def _read_rows(filename: str, header: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """The data rows of a TSV file with their line numbers, the header checked."""
    text = _data_text(filename)
    rows: list[tuple[int, list[str]]] = []
    seen_header = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not seen_header:
            if tuple(cells) != header:
                raise CodeError(f"bad header {cells!r}", where=f"{filename} line {number}")
            seen_header = True
            continue
        if len(cells) != len(header):
            raise CodeError(
                f"expected {len(header)} cells, found {len(cells)}",
                where=f"{filename} line {number}",
            )
        rows.append((number, cells))
    return rows


def _provenance(value: str, where: str) -> Provenance:
    if value not in _PROVENANCES:
        raise CodeError(f"bad provenance {value!r}", where=where)
    return cast(Provenance, value)


@functools.lru_cache(maxsize=1)
def available_editions() -> dict[Scheme, tuple[int, ...]]:
    """The editions present in the package data, per scheme, oldest first."""
    found: dict[Scheme, list[int]] = {scheme: [] for scheme in SCHEMES}
    for item in resources.files("xjbudget.codes").joinpath("data").iterdir():
        match = _TABLE_FILE.match(item.name)
        scheme = as_scheme(match["scheme"]) if match else None
        if match and scheme is not None:
            found[scheme].append(int(match["year"]))
    return {scheme: tuple(sorted(years)) for scheme, years in found.items()}


@functools.cache
def load_table(scheme: Scheme, edition: int) -> CodeTable:
    """The table of one scheme and edition, parsed and checked once per process."""
    if edition not in available_editions().get(scheme, ()):
        raise CodeError(f"no {scheme} table for the {edition} edition")
    filename = f"{scheme}-{edition}.tsv"
    entries: list[CodeEntry] = []
    codes: set[str] = set()
    for number, (code, level, name, parent, provenance, source) in _read_rows(
        filename, _TABLE_HEADER
    ):
        where = f"{filename} line {number}"
        expected_parent = parent_code(code)
        if str(code_level(code)) != level or (parent or None) != expected_parent:
            raise CodeError(f"level or parent does not fit code {code}", where=where)
        if scheme != "functional" and code_level(code) == 3:
            raise CodeError(f"economic codes have no 项 level: {code}", where=where)
        if code in codes:
            raise CodeError(f"duplicate code {code}", where=where)
        if expected_parent is not None and expected_parent not in codes:
            raise CodeError(
                f"parent {expected_parent} of {code} is not listed before it", where=where
            )
        if not name:
            raise CodeError(f"empty name for {code}", where=where)
        codes.add(code)
        entries.append(
            CodeEntry(
                scheme=scheme,
                edition=edition,
                code=code,
                level=int(level),
                name=name,
                parent=expected_parent,
                provenance=_provenance(provenance, where),
                source=source,
            )
        )
    complete = _complete_parents().get((scheme, edition), {})
    for complete_parent, declared in complete.items():
        if complete_parent is not None and complete_parent not in codes:
            raise CodeError(
                f"{complete_parent} is declared complete but is not in {filename}", where=declared
            )
    return CodeTable(
        scheme=scheme, edition=edition, entries=tuple(entries), complete=frozenset(complete)
    )


@functools.lru_cache(maxsize=1)
def _complete_parents() -> dict[tuple[str, int], dict[str | None, str]]:
    """``complete.tsv``: per (scheme, edition), the parents whose children are all listed,
    each with where it is declared (``None``: the 类 level)."""
    out: dict[tuple[str, int], dict[str | None, str]] = {}
    for number, (scheme, edition, parent, _source) in _read_rows("complete.tsv", _COMPLETE_HEADER):
        where = f"complete.tsv line {number}"
        if as_scheme(scheme) is None or not edition.isdigit():
            raise CodeError(f"bad scheme or edition {scheme!r} {edition!r}", where=where)
        out.setdefault((scheme, int(edition)), {})[parent or None] = where
    return out


@functools.lru_cache(maxsize=1)
def load_variants() -> tuple[Variant, ...]:
    """The recorded name variants (misprints) of ``variants.tsv``."""
    out: list[Variant] = []
    for number, (scheme, edition, code, name, kind, source, note) in _read_rows(
        "variants.tsv", _VARIANT_HEADER
    ):
        resolved = as_scheme(scheme)
        if resolved is None:
            raise CodeError(f"bad scheme {scheme!r}", where=f"variants.tsv line {number}")
        out.append(Variant(resolved, int(edition), code, name, kind, source, note))
    return tuple(out)


@functools.cache
def load_mapping(edition: int) -> tuple[MappingRow, ...]:
    """The 部门 → 政府 economic mapping of one edition."""
    filename = f"economic-map-{edition}.tsv"
    try:
        rows = _read_rows(filename, _MAPPING_HEADER)
    except FileNotFoundError:
        raise CodeError(f"no economic mapping for the {edition} edition") from None
    return tuple(
        MappingRow(dept, gov, applies_to, _provenance(prov, f"{filename} line {n}"), source)
        for n, (dept, gov, applies_to, prov, source) in rows
    )
