"""Look-ups over the code tables: by code, by name, by edition, and checks of printed pairs."""

from __future__ import annotations

from collections import Counter

from xjbudget.codes._load import (
    available_editions,
    load_mapping,
    load_table,
    load_variants,
    load_view,
)
from xjbudget.codes._model import (
    SCHEMES,
    CheckResult,
    CheckStatus,
    CodeEntry,
    CodeTable,
    Scheme,
    SearchHit,
    as_scheme,
)
from xjbudget.codes._normalize import (
    LEVEL_NAMES,
    code_level,
    normalize_code,
    normalize_name,
    parent_code,
)
from xjbudget.errors import CodeError

__all__ = [
    "absent_message",
    "check",
    "coverage",
    "dept_codes_for",
    "edition_for",
    "editions",
    "find",
    "gov_code_for",
    "lookup",
    "nearest",
    "path",
    "resolve_scheme",
    "search",
    "stats",
    "table",
]

_SCHEME_BY_FIRST_DIGIT: dict[str, Scheme] = {
    "2": "functional",
    "3": "economic-dept",
    "5": "economic-gov",
}


def editions(scheme: Scheme = "functional") -> tuple[int, ...]:
    """The editions of a scheme in the package, oldest first."""
    if scheme not in SCHEMES:
        raise CodeError(f"unknown scheme {scheme!r}; one of {', '.join(SCHEMES)}")
    return available_editions()[scheme]


def edition_for(year: int, scheme: Scheme = "functional") -> int:
    """The edition in force for a document of ``year``.

    The classification of year Y is published in the autumn of Y-1 and used for the
    budgets (and final accounts) of Y, so a document's year names its edition. Where the
    package has no table of that year, the latest earlier edition is taken (the tables
    change little from year to year); for a year before every edition, the oldest. A code
    the edition lacks is answered by :func:`nearest`.
    """
    known = editions(scheme)
    earlier = [edition for edition in known if edition <= year]
    return earlier[-1] if earlier else known[0]


def resolve_scheme(code: str | int, scheme: str | None = None) -> Scheme:
    """The scheme of a code: as given, or from its first digit (2, 3, 5).

    ``scheme="economic"`` (what a parsed document knows) picks the department or the
    government scheme by the first digit.
    """
    digits = normalize_code(code)
    given = None if scheme is None else as_scheme(scheme)
    if given is not None:
        return given
    if scheme not in (None, "economic"):
        raise CodeError(f"unknown scheme {scheme!r}; one of {', '.join(SCHEMES)}")
    inferred = _SCHEME_BY_FIRST_DIGIT.get(digits[0])
    if inferred is None or (scheme == "economic" and inferred == "functional"):
        raise CodeError(f"cannot tell the scheme of code {digits}")
    return inferred


def table(scheme: Scheme = "functional", year: int | None = None) -> CodeTable:
    """The table of a scheme in force for ``year`` (the latest edition if ``year`` is None)."""
    edition = editions(scheme)[-1] if year is None else edition_for(year, scheme)
    return load_table(scheme, edition)


def nearest(scheme: Scheme, edition: int, code: str | int) -> CodeEntry | None:
    """The entry of ``code`` in ``edition``, else in the nearest edition that has it (the
    earlier of two equally near), else ``None``. ``entry.edition`` says which answered."""
    return load_view(scheme, edition).get(code)


def lookup(code: str | int, *, year: int | None = None, scheme: str | None = None) -> CodeEntry:
    """The entry of a code in any printed form (``201 13 01``, ``2011301``, ``２０１``).

    From the edition for ``year`` (the latest if ``None``); where that edition lacks the
    code, from the nearest edition that has it (``entry.edition`` says which). Raises
    :class:`CodeError` for a malformed code or one no edition has, saying whether the
    tables are complete there (the code is unknown) or partial (it cannot be told).
    """
    resolved = resolve_scheme(code, scheme)
    current = table(resolved, year)
    entry = nearest(resolved, current.edition, code)
    if entry is None:
        raise CodeError(absent_message(resolved, current.edition, normalize_code(code)))
    return entry


def absent_message(scheme: Scheme, edition: int, code: str) -> str:
    """What a code no edition has is: unknown where the edition's table is complete at its
    level, otherwise not in the partial tables, with what the tables hold there."""
    current = load_table(scheme, edition)
    parent = parent_code(code)
    if current.is_complete(parent):
        under = "" if parent is None else f" under {parent}"
        return (
            f"unknown {scheme} code {code}: the {edition} tables list every "
            f"{LEVEL_NAMES[code_level(code)]}{under}"
        )
    return (
        f"{scheme} code {code} is not in xjbudget's partial tables (no edition has it); "
        f"{coverage(scheme, edition, parent)}"
    )


def coverage(scheme: Scheme, edition: int, parent: str | None) -> str:
    """The provenance summary of the rows under ``parent`` (``None``: the 类) in an edition."""
    current = load_table(scheme, edition)
    place = "the 类 level" if parent is None else parent
    rows = current.children(parent) if parent is None or parent in current else ()
    if not rows:
        return f"the {edition} tables list nothing under {place}"
    kinds = Counter(entry.provenance for entry in rows)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    return (
        f"under {place} the {edition} tables list {len(rows)} rows ({summary}), not all there are"
    )


def path(
    code: str | int, *, year: int | None = None, scheme: str | None = None
) -> tuple[CodeEntry, ...]:
    """The entries from the 类 down to the code (类 → 款 → 项), in the edition that
    answers for the code (:func:`lookup`)."""
    entry = lookup(code, year=year, scheme=scheme)
    return load_table(entry.scheme, entry.edition).path(entry.code)


def _schemes(scheme: str | None) -> tuple[Scheme, ...]:
    if scheme is None:
        return SCHEMES
    given = as_scheme(scheme)
    if given is None:
        raise CodeError(f"unknown scheme {scheme!r}; one of {', '.join(SCHEMES)}")
    return (given,)


def _view(scheme: Scheme, year: int | None) -> CodeTable:
    """The codes a look-up for ``year`` answers: the year's edition's, and for the codes it
    lacks, the nearest edition's (:func:`nearest`)."""
    return load_view(scheme, table(scheme, year).edition)


def find(name: str, *, year: int | None = None, scheme: str | None = None) -> tuple[CodeEntry, ...]:
    """Every entry whose name equals ``name`` after normalisation, in all schemes by default:
    the codes of the edition for ``year`` and, for codes it lacks, of the nearest edition
    that has them (``entry.edition`` says which)."""
    return tuple(entry for s in _schemes(scheme) for entry in _view(s, year).find(name))


def search(
    query: str,
    *,
    year: int | None = None,
    scheme: str | None = None,
    limit: int = 10,
    cutoff: float = 0.5,
) -> tuple[SearchHit, ...]:
    """Entries ranked by name similarity to ``query`` (exact = 1.0), across schemes by
    default, over the same codes as :func:`find`."""
    hits = [
        hit
        for s in _schemes(scheme)
        for hit in _view(s, year).search(query, limit=limit, cutoff=cutoff)
    ]
    hits.sort(key=lambda hit: (-hit.score, SCHEMES.index(hit.entry.scheme), hit.entry.code))
    return tuple(hits[:limit])


def check(
    code: str | int, name: str, *, year: int | None = None, scheme: str | None = None
) -> CheckResult:
    """What a printed (code, name) pair is against the edition in force for ``year``.

    The edition's entry answers; where the edition lacks the code, the nearest edition
    that has it (:func:`nearest`; ``result.entry.edition`` says which). MATCH if that
    entry has this name; VARIANT if the pair is a recorded variant (a misprint, a name
    documents print besides the row's, a conflict with an official row); RENAMED if the
    name is the code's name in another edition; MISMATCH if the entry has another name;
    UNKNOWN if no edition has the code (``result.complete``: whether the edition's table
    lists every sibling, so that the code really is unknown, or is partial there).
    """
    resolved = resolve_scheme(code, scheme)
    digits = normalize_code(code)
    edition = table(resolved, year).edition
    entry = nearest(resolved, edition, digits)
    wanted = normalize_name(name)

    if entry is not None and normalize_name(entry.name) == wanted:
        return CheckResult(CheckStatus.MATCH, resolved, edition, digits, name, entry)
    answering = {edition} if entry is None else {edition, entry.edition}
    for variant in load_variants():
        if (
            variant.scheme == resolved
            and variant.edition in answering
            and variant.code == digits
            and normalize_name(variant.name) == wanted
        ):
            return CheckResult(
                CheckStatus.VARIANT, resolved, edition, digits, name, entry, variant=variant
            )
    others = tuple(
        other_edition
        for other_edition in editions(resolved)
        if other_edition not in answering
        and (other := load_table(resolved, other_edition).get(digits)) is not None
        and normalize_name(other.name) == wanted
    )
    if others:
        return CheckResult(
            CheckStatus.RENAMED, resolved, edition, digits, name, entry, editions=others
        )
    if entry is not None:
        return CheckResult(CheckStatus.MISMATCH, resolved, edition, digits, name, entry)
    return CheckResult(
        CheckStatus.UNKNOWN,
        resolved,
        edition,
        digits,
        name,
        None,
        complete=load_table(resolved, edition).is_complete(parent_code(digits)),
        absent=absent_message(resolved, edition, digits),
    )


def gov_code_for(
    dept_code: str | int, *, applies_to: str = "机关", year: int | None = None
) -> CodeEntry | None:
    """The 政府预算经济分类 entry a 部门预算经济分类 款 is reported under, if mapped.

    ``applies_to`` is ``机关`` (administrative unit) or ``事业单位`` (public institution).
    """
    gov = table("economic-gov", year)
    digits = normalize_code(dept_code)
    for row in load_mapping(gov.edition):
        if row.dept_code == digits and row.applies_to == applies_to:
            return nearest("economic-gov", gov.edition, row.gov_code)
    return None


def dept_codes_for(
    gov_code: str | int, *, applies_to: str | None = None, year: int | None = None
) -> tuple[CodeEntry, ...]:
    """The 部门预算经济分类 entries mapped onto a 政府预算经济分类 款."""
    dept = table("economic-dept", year)
    gov_edition = edition_for(dept.edition, "economic-gov")
    digits = normalize_code(gov_code)
    out: list[CodeEntry] = []
    for row in load_mapping(gov_edition):
        if row.gov_code == digits and applies_to in (None, row.applies_to):
            entry = nearest("economic-dept", dept.edition, row.dept_code)
            if entry is not None and entry not in out:
                out.append(entry)
    return tuple(out)


def stats() -> list[tuple[Scheme, int, str, str, int]]:
    """Row counts: (scheme, edition, level name, provenance, count), sorted."""
    out: list[tuple[Scheme, int, str, str, int]] = []
    for scheme in SCHEMES:
        for edition in editions(scheme):
            counts = Counter(
                (entry.level_name, entry.level, entry.provenance)
                for entry in load_table(scheme, edition)
            )
            for (level_name, _level, provenance), n in sorted(
                counts.items(), key=lambda item: (item[0][1], item[0][2])
            ):
                out.append((scheme, edition, level_name, provenance, n))
    return out
