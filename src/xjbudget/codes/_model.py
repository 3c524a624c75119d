"""The typed rows and tables of the classification."""

from __future__ import annotations

import difflib
import enum
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Literal

import attrs

from xjbudget.codes._normalize import (
    LEVEL_NAMES,
    format_code,
    normalize_code,
    normalize_name,
)
from xjbudget.errors import CodeError

__all__ = [
    "SCHEMES",
    "CheckResult",
    "CheckStatus",
    "CodeEntry",
    "CodeTable",
    "MappingRow",
    "Provenance",
    "Scheme",
    "SearchHit",
    "Variant",
    "as_scheme",
]

#: The three code schemes: 支出功能分类, 部门预算支出经济分类, 政府预算支出经济分类.
Scheme = Literal["functional", "economic-dept", "economic-gov"]
SCHEMES: tuple[Scheme, ...] = ("functional", "economic-dept", "economic-gov")


def as_scheme(value: str) -> Scheme | None:
    """``value`` as a :data:`Scheme`, or ``None`` if it is not one."""
    for scheme in SCHEMES:
        if scheme == value:
            return scheme
    return None


#: How far a row is confirmed, strongest first:
#:
#: - ``official``: a stored copy of a published list of the classification prints this code
#:   with this name (the ``source`` names the copy, ``page:…``);
#: - ``observed``: a real disclosure of the edition's year prints it (``corpus:…``, ``pdf:…``),
#:   but no published list in reach confirms it;
#: - ``recalled``: neither; written from knowledge of the published classification and kept
#:   so that paths and checks work, but not confirmed by anything in reach (``recall``).
#:
#: ``source`` lists every confirmation; the provenance is the strongest of them.
Provenance = Literal["official", "observed", "recalled"]


@attrs.frozen(slots=True)
class CodeEntry:
    """One code of one scheme and edition."""

    scheme: Scheme
    edition: int
    code: str
    level: int
    name: str
    parent: str | None
    provenance: Provenance
    #: What confirms the row, ``;``-separated tags: ``recall``, ``corpus:000,004`` (corpus
    #: documents that print it), ``pdf:…``, ``page:…`` (a stored copy of a published list);
    #: see docs/codes.md.
    source: str

    @property
    def level_name(self) -> str:
        """类, 款 or 项."""
        return LEVEL_NAMES[self.level]

    @property
    def printed(self) -> str:
        """The code as documents print it: ``201 13 01``."""
        return format_code(self.code)

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


@attrs.frozen(slots=True)
class SearchHit:
    """A name search result. ``score`` is 1 for an exact (normalised) match, less for fuzzy."""

    entry: CodeEntry
    # A similarity ratio for ranking, not an amount: float is right here.
    score: float


@attrs.frozen(slots=True)
class Variant:
    """A name printed for a known code in a real document that differs from the tables'."""

    scheme: Scheme
    edition: int
    code: str
    name: str
    kind: str
    source: str
    note: str


@attrs.frozen(slots=True)
class MappingRow:
    """One department-scheme code and the government-scheme code it is reported under."""

    dept_code: str
    gov_code: str
    #: ``机关`` or ``事业单位``: the mapping of wages and goods/services depends on it.
    applies_to: str
    provenance: Provenance
    source: str


class CheckStatus(enum.Enum):
    """The outcome of :func:`xjbudget.codes.check` for a printed (code, name) pair."""

    #: The code is in the edition and the name is its name.
    MATCH = "match"
    #: A known misprint or variant recorded in ``variants.tsv`` (e.g. a source error).
    VARIANT = "variant"
    #: The name is this code's name in another edition (renamed, added or retired).
    RENAMED = "renamed"
    #: The code is in the edition but under another name.
    MISMATCH = "mismatch"
    #: No edition has the code (``CheckResult.complete`` says whether the tables are
    #: complete there, so that the code is wrong, or partial, so that it cannot be told).
    UNKNOWN = "unknown"


@attrs.frozen(slots=True)
class CheckResult:
    """What a printed (code, name) pair is against the tables."""

    status: CheckStatus
    scheme: Scheme
    edition: int
    code: str
    name: str
    #: The edition's entry for the code, if any.
    entry: CodeEntry | None
    #: Editions in which the code has exactly this name (for RENAMED).
    editions: tuple[int, ...] = ()
    #: The recorded variant, for VARIANT.
    variant: Variant | None = None
    #: For UNKNOWN: whether the edition's table lists every sibling of the code (the code
    #: really is unknown) rather than being partial there (it cannot be checked).
    complete: bool = False
    #: For UNKNOWN: the sentence saying so, with the tables' provenance summary there.
    absent: str = ""

    @property
    def other_edition(self) -> int | None:
        """The edition that answered, where the edition for the year lacks the code."""
        if self.entry is None or self.entry.edition == self.edition:
            return None
        return self.entry.edition

    @property
    def ok(self) -> bool:
        """True for a match or a known variant: nothing new to learn from this pair."""
        return self.status in (CheckStatus.MATCH, CheckStatus.VARIANT)

    @property
    def message(self) -> str:
        """One line saying what the pair is."""
        head = f"{self.scheme} {self.edition} {self.code} {self.name}"
        if self.other_edition is not None:
            head += f" (not in the {self.edition} tables; the {self.other_edition} edition answers)"
        if self.status is CheckStatus.MATCH and self.entry is not None:
            return f"{head}: match ({self.entry.provenance})"
        if self.status is CheckStatus.VARIANT and self.variant is not None:
            expected = f" (tables: {self.entry.name})" if self.entry else ""
            return f"{head}: known {self.variant.kind}{expected}"
        if self.status is CheckStatus.RENAMED:
            now = f"; in {self.edition}: {self.entry.name}" if self.entry else ""
            eds = ", ".join(str(e) for e in self.editions)
            return f"{head}: name of this code in edition {eds}{now}"
        if self.status is CheckStatus.MISMATCH and self.entry is not None:
            return (
                f"{head}: name differs from the tables' {self.entry.name} ({self.entry.provenance})"
            )
        if self.absent:
            return f"{head}: {self.absent}"
        return f"{head}: unknown code"


def _fuzzy_score(query: str, name: str) -> float:
    """Similarity of two normalised names in [0, 1].

    difflib's ratio, raised for a query contained in the name so that ``商贸`` finds
    ``商贸事务`` ahead of names that merely share characters.
    """
    if query == name:
        return 1.0
    ratio = difflib.SequenceMatcher(None, query, name, autojunk=False).ratio()
    if query and query in name:
        ratio = max(ratio, 0.6 + 0.39 * len(query) / len(name))
    return ratio


@attrs.frozen(slots=True)
class CodeTable:
    """All codes of one scheme in one edition, with look-ups by code and by name."""

    scheme: Scheme
    edition: int
    entries: tuple[CodeEntry, ...]
    #: The codes whose children are all listed (``None``: the 类 level), as ``complete.tsv``
    #: declares them; elsewhere the table may lack codes the classification has.
    complete: frozenset[str | None] = frozenset()
    _by_code: Mapping[str, CodeEntry] = attrs.field(init=False, repr=False, eq=False)
    _by_name: Mapping[str, tuple[CodeEntry, ...]] = attrs.field(init=False, repr=False, eq=False)
    _children: Mapping[str | None, tuple[CodeEntry, ...]] = attrs.field(
        init=False, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        by_code: dict[str, CodeEntry] = {}
        by_name: dict[str, list[CodeEntry]] = {}
        children: dict[str | None, list[CodeEntry]] = {}
        for entry in self.entries:
            by_code[entry.code] = entry
            by_name.setdefault(normalize_name(entry.name), []).append(entry)
            children.setdefault(entry.parent, []).append(entry)
        # Read-only views: a cached table is shared by every caller.
        object.__setattr__(self, "_by_code", MappingProxyType(by_code))
        object.__setattr__(
            self, "_by_name", MappingProxyType({k: tuple(v) for k, v in by_name.items()})
        )
        object.__setattr__(
            self, "_children", MappingProxyType({k: tuple(v) for k, v in children.items()})
        )

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[CodeEntry]:
        return iter(self.entries)

    def __contains__(self, code: object) -> bool:
        if not isinstance(code, str | int):
            return False
        try:
            return normalize_code(code) in self._by_code
        except CodeError:
            return False

    def get(self, code: str | int) -> CodeEntry | None:
        """The entry for a code in any printed form, or ``None``."""
        return self._by_code.get(normalize_code(code))

    def __getitem__(self, code: str | int) -> CodeEntry:
        entry = self.get(code)
        if entry is None:
            raise CodeError(
                f"unknown {self.scheme} code {normalize_code(code)} in the {self.edition} edition"
            )
        return entry

    def parent(self, code: str | int) -> CodeEntry | None:
        """The parent entry (款 of a 项, 类 of a 款), ``None`` for a 类."""
        parent = self[code].parent
        return None if parent is None else self._by_code.get(parent)

    def children(self, code: str | int | None = None) -> tuple[CodeEntry, ...]:
        """The entries directly under a code; with no code, the 类."""
        key = None if code is None else self[code].code
        return self._children.get(key, ())

    def is_complete(self, code: str | int | None = None) -> bool:
        """Whether every child of ``code`` (with no code, every 类) is in the table.

        Only where this holds does a code missing from the table mean that the
        classification lacks it; elsewhere the table is partial (see docs/codes.md).
        """
        return (None if code is None else normalize_code(code)) in self.complete

    def path(self, code: str | int) -> tuple[CodeEntry, ...]:
        """The entries from the 类 down to the code: 类 → 款 → 项."""
        entry: CodeEntry | None = self[code]
        out: list[CodeEntry] = []
        while entry is not None:
            out.append(entry)
            entry = None if entry.parent is None else self._by_code.get(entry.parent)
        return tuple(reversed(out))

    def find(self, name: str) -> tuple[CodeEntry, ...]:
        """Entries whose name equals ``name`` after normalisation (several 项 share names)."""
        return self._by_name.get(normalize_name(name), ())

    def search(self, query: str, *, limit: int = 10, cutoff: float = 0.5) -> tuple[SearchHit, ...]:
        """Entries ranked by name similarity to ``query``, best first, exact matches scoring 1."""
        wanted = normalize_name(query)
        hits = [
            SearchHit(entry, score)
            for entry in self.entries
            if (score := _fuzzy_score(wanted, normalize_name(entry.name))) >= cutoff
        ]
        hits.sort(key=lambda hit: (-hit.score, hit.entry.code))
        return tuple(hits[:limit])
