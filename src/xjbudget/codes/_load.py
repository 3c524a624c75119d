"""Reading the package data: one TSV per scheme and edition, read once and cached.

Two layers make an edition's table:

- ``xjbudget/codes/data/<scheme>-<edition>.tsv``, kept by hand: ``#`` lines are comments,
  the first other line is the header, then one row per code;
- ``xjbudget/codes/data/observed/<scheme>-<edition>.tsv``, written by the harvest
  (:mod:`xjbudget.codes._observe`) from the pairs real documents print, same format.

:func:`load_table` merges them (:func:`merge_observed` says how) and lays the rows of a
list the user loaded (:func:`xjbudget.codes.load`) over both. A malformed file is a bug in
the package, reported as :class:`CodeError` naming the file and line.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import cast, get_args

import attrs
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
from xjbudget.codes._normalize import code_level, normalize_name, parent_code
from xjbudget.errors import CodeError

__all__ = [
    "OBSERVED",
    "available_editions",
    "hand_table",
    "load_mapping",
    "load_table",
    "load_variants",
    "load_view",
    "merge_observed",
    "set_overlay",
    "table_rows",
]

#: The folder of the harvested layer, inside the package data.
OBSERVED = "observed"

_TABLE_FILE = regex.compile(
    r"^(?P<scheme>functional|economic-dept|economic-gov)-(?P<year>\d{4})\.tsv$"
)
_TABLE_HEADER = ("code", "level", "name", "parent", "provenance", "source")
_VARIANT_HEADER = ("scheme", "edition", "code", "name", "kind", "source", "note")
_MAPPING_HEADER = ("dept_code", "gov_code", "applies_to", "provenance", "source")
_COMPLETE_HEADER = ("scheme", "edition", "parent", "source")
_PROVENANCES = get_args(Provenance)


def _data_text(filename: str) -> str:
    """The text of one package data file (``observed/…`` for the harvested layer)."""
    folder = resources.files("xjbudget.codes").joinpath("data")
    for part in filename.split("/"):
        folder = folder.joinpath(part)
    return folder.read_text("utf-8")


def _data_names(folder: str | None = None) -> list[str]:
    """The file names in the package data folder (or its sub-folder ``folder``)."""
    root = resources.files("xjbudget.codes").joinpath("data")
    if folder is not None:
        root = root.joinpath(folder)
    if not root.is_dir():
        return []
    return sorted(item.name for item in root.iterdir())


def _has_data(filename: str) -> bool:
    """Whether the package data holds ``filename`` (``observed/…`` for the harvested layer)."""
    folder, _, name = filename.rpartition("/")
    return name in _data_names(folder or None)


def _read_rows(filename: str, header: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """The data rows of a TSV file with their line numbers, the header checked."""
    return table_rows(_data_text(filename), header, filename)


def table_rows(text: str, header: tuple[str, ...], filename: str) -> list[tuple[int, list[str]]]:
    """The data rows of a TSV text with their line numbers, the header checked."""
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


def _editions_in(names: list[str]) -> dict[Scheme, set[int]]:
    found: dict[Scheme, set[int]] = {scheme: set() for scheme in SCHEMES}
    for name in names:
        match = _TABLE_FILE.match(name)
        scheme = as_scheme(match["scheme"]) if match else None
        if match and scheme is not None:
            found[scheme].add(int(match["year"]))
    return found


@functools.lru_cache(maxsize=1)
def _package_editions() -> dict[Scheme, tuple[int, ...]]:
    hand, observed = _editions_in(_data_names()), _editions_in(_data_names(OBSERVED))
    return {scheme: tuple(sorted(hand[scheme] | observed[scheme])) for scheme in SCHEMES}


def available_editions() -> dict[Scheme, tuple[int, ...]]:
    """The editions present, per scheme, oldest first: the hand-kept files, the harvested
    layer, and the editions of a list the user loaded."""
    package = _package_editions()
    if not _OVERLAY:
        return package
    return {
        scheme: tuple(sorted({*package[scheme], *(e for s, e in _OVERLAY if s == scheme)}))
        for scheme in SCHEMES
    }


def parse_entries(
    rows: list[tuple[int, list[str]]], scheme: Scheme, edition: int, filename: str
) -> list[CodeEntry]:
    """The entries of a table file's rows, each checked (level fits the code, no duplicate,
    known provenance, a name); parents are checked by the caller, on the merged table."""
    entries: list[CodeEntry] = []
    codes: set[str] = set()
    for number, (code, level, name, parent, provenance, source) in rows:
        where = f"{filename} line {number}"
        expected_parent = parent_code(code)
        if str(code_level(code)) != level or (parent or None) != expected_parent:
            raise CodeError(f"level or parent does not fit code {code}", where=where)
        if scheme != "functional" and code_level(code) == 3:
            raise CodeError(f"economic codes have no 项 level: {code}", where=where)
        if code in codes:
            raise CodeError(f"duplicate code {code}", where=where)
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
    return entries


def _check_parents(entries: list[CodeEntry], filename: str, numbers: dict[str, int]) -> None:
    """Every parent listed; in a file read alone (``numbers`` given), listed before its child."""
    seen: set[str] = set()
    every = {entry.code for entry in entries}
    for entry in entries:
        known = seen if numbers else every
        if entry.parent is not None and entry.parent not in known:
            where = f"{filename} line {numbers[entry.code]}" if entry.code in numbers else filename
            raise CodeError(
                f"parent {entry.parent} of {entry.code} is not listed before it", where=where
            )
        seen.add(entry.code)


def _table_file(scheme: Scheme, edition: int, folder: str | None) -> list[CodeEntry] | None:
    filename = f"{scheme}-{edition}.tsv" if folder is None else f"{folder}/{scheme}-{edition}.tsv"
    if not _has_data(filename):
        return None
    rows = _read_rows(filename, _TABLE_HEADER)
    entries = parse_entries(rows, scheme, edition, filename)
    if folder is None:
        _check_parents(entries, filename, {cells[0]: number for number, cells in rows})
    return entries


@functools.cache
def hand_table(scheme: Scheme, edition: int) -> CodeTable | None:
    """The hand-kept table of one scheme and edition alone (no harvested rows), if any."""
    entries = _table_file(scheme, edition, None)
    if entries is None:
        return None
    return CodeTable(scheme=scheme, edition=edition, entries=tuple(entries))


def merge_observed(hand: CodeEntry, observed: CodeEntry) -> CodeEntry:
    """One row from a hand-kept row and the harvested row of the same code.

    The same name: the hand row, its provenance raised to ``observed`` if it was
    ``recalled`` and the harvest's ``seen:`` tag added to its source. Another name: the
    harvest's row where the hand row is only ``recalled`` (documents win over recall; the
    source keeps ``recall``); the hand row otherwise (the harvest lists the printed name as
    a variant or a conflict). A parent the harvest carried from another edition
    (``from:``) never replaces a hand row.
    """
    carried = observed.source.startswith("from:")
    if carried:
        return hand
    if normalize_name(hand.name) == normalize_name(observed.name):
        provenance = hand.provenance if hand.provenance != "recalled" else observed.provenance
        return attrs.evolve(hand, provenance=provenance, source=f"{hand.source};{observed.source}")
    if hand.provenance == "recalled":
        return attrs.evolve(observed, source=f"recall;{observed.source}")
    return hand


@functools.cache
def _package_table(scheme: Scheme, edition: int) -> CodeTable:
    """The package's table of one scheme and edition: hand rows merged with harvested ones."""
    if edition not in _package_editions().get(scheme, ()):
        raise CodeError(f"no {scheme} table for the {edition} edition")
    hand = hand_table(scheme, edition)
    by_code = {entry.code: entry for entry in (hand or ())}
    for entry in _table_file(scheme, edition, OBSERVED) or ():
        known = by_code.get(entry.code)
        by_code[entry.code] = entry if known is None else merge_observed(known, entry)
    entries = [by_code[code] for code in sorted(by_code)]
    filename = f"{OBSERVED}/{scheme}-{edition}.tsv"
    _check_parents(entries, filename, {})
    complete = _complete_parents().get((scheme, edition), {})
    for complete_parent, declared in complete.items():
        if complete_parent is not None and complete_parent not in by_code:
            raise CodeError(
                f"{complete_parent} is declared complete but is not in {scheme}-{edition}.tsv",
                where=declared,
            )
    return CodeTable(
        scheme=scheme, edition=edition, entries=tuple(entries), complete=frozenset(complete)
    )


#: The rows of lists the user loaded, per (scheme, edition); see :func:`set_overlay`.
_OVERLAY: dict[tuple[Scheme, int], tuple[CodeEntry, ...]] = {}


def set_overlay(rows: dict[tuple[Scheme, int], tuple[CodeEntry, ...]]) -> None:
    """Lay these rows over the package's tables (empty: none); they replace rows of the
    same code. The caller (:func:`xjbudget.codes.load`) has checked them."""
    _OVERLAY.clear()
    _OVERLAY.update(rows)
    _overlaid.cache_clear()
    load_view.cache_clear()


@functools.cache
def _overlaid(scheme: Scheme, edition: int) -> CodeTable:
    rows = _OVERLAY.get((scheme, edition), ())
    package = (
        _package_table(scheme, edition)
        if edition in _package_editions().get(scheme, ())
        else CodeTable(scheme=scheme, edition=edition, entries=())
    )
    if not rows:
        return package
    by_code = {entry.code: entry for entry in package}
    by_code.update((entry.code, entry) for entry in rows)
    return CodeTable(
        scheme=scheme,
        edition=edition,
        entries=tuple(by_code[code] for code in sorted(by_code)),
        complete=package.complete,
    )


def load_table(scheme: Scheme, edition: int) -> CodeTable:
    """The table of one scheme and edition: hand-kept rows, harvested rows, and the rows of
    a list the user loaded, parsed and checked once per process."""
    if edition not in available_editions().get(scheme, ()):
        raise CodeError(f"no {scheme} table for the {edition} edition")
    return _overlaid(scheme, edition)


@functools.cache
def load_view(scheme: Scheme, edition: int) -> CodeTable:
    """Every code any edition of the scheme has, each as the nearest edition to ``edition``
    that has it gives it (the earlier of two equally near): what a look-up for a document
    of that edition's year answers. Its entries keep their own ``edition``."""
    order = sorted(available_editions()[scheme], key=lambda other: (abs(other - edition), other))
    by_code: dict[str, CodeEntry] = {}
    for other in order:
        for entry in load_table(scheme, other):
            by_code.setdefault(entry.code, entry)
    return CodeTable(
        scheme=scheme, edition=edition, entries=tuple(by_code[code] for code in sorted(by_code))
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
    """The recorded name variants: the misprints of ``variants.tsv`` and the names the
    harvest found printed besides a row's name (``observed/variants.tsv``)."""
    out: list[Variant] = []
    for filename in ("variants.tsv", f"{OBSERVED}/variants.tsv"):
        if not _has_data(filename):
            continue
        for number, (scheme, edition, code, name, kind, source, note) in _read_rows(
            filename, _VARIANT_HEADER
        ):
            resolved = as_scheme(scheme)
            if resolved is None:
                raise CodeError(f"bad scheme {scheme!r}", where=f"{filename} line {number}")
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
