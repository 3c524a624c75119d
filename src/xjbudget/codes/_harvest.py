"""Harvest: the (code, name) pairs documents print that the tables do not know or name otherwise.

This is how the tables grow: run it over new documents, read what it finds, and merge the
rows worth keeping into the data files as ``observed`` (``--tsv`` prints them in the data
files' own format).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import PurePath

import attrs

from xjbudget.codes._api import check
from xjbudget.codes._model import CheckResult, CheckStatus
from xjbudget.codes._normalize import code_level, normalize_name, parent_code
from xjbudget.codes._protocols import PrintedDocument
from xjbudget.errors import CodeError

__all__ = ["HarvestFinding", "harvest", "harvest_parsed", "pairs_from_documents"]

#: One printed pair: (code digits, scheme, name, where it was printed). ``scheme`` is
#: ``functional``, ``economic`` (resolved by first digit) or one of the three schemes.
PrintedPair = tuple[str, str, str, str]


@attrs.frozen(slots=True)
class HarvestFinding:
    """A printed pair the tables do not confirm, with every place it was printed."""

    #: The resolved scheme; for a malformed code, the scheme as given.
    scheme: str
    #: The edition checked against; ``None`` for a malformed code.
    edition: int | None
    code: str
    name: str
    status: CheckStatus
    #: The tables' name for the code in that edition, if the code is known there.
    known_name: str | None
    where: tuple[str, ...]
    #: The year of the documents checked (``None`` when not known), which may differ from
    #: the edition: a 2019 document is checked against the oldest edition, 2023.
    year: int | None = None

    @property
    def line(self) -> str:
        """One human-readable line."""
        known = f" (tables: {self.known_name})" if self.known_name else ""
        edition = "" if self.edition is None else f" {self.edition}"
        places = "; ".join(self.where)
        return (
            f"{self.status.value}\t{self.scheme}{edition}\t{self.code} {self.name}{known}\t{places}"
        )

    @property
    def tsv_row(self) -> str:
        """The finding as a row of the data file it would join, prefixed by that file's name.

        A malformed code joins no file: its row is a ``#`` comment.
        """
        if self.edition is None:
            return f"# malformed code {self.code!r} {self.name}: {'; '.join(self.where)}"
        parent = parent_code(self.code) or ""
        row = (
            f"{self.code}\t{code_level(self.code)}\t{self.name}\t{parent}\tobserved"
            f"\t{self.source_tag}"
        )
        if self.scheme == "functional" and self.year is not None and self.year != self.edition:
            # observed in a year the package has no functional edition for: the row does not
            # belong in the edition it was checked against
            return f"# functional-{self.year}.tsv (no such edition here)\t{row}"
        return f"{self.scheme}-{self.edition}.tsv\t{row}"

    @property
    def source_tag(self) -> str:
        """A ``doc:`` tag naming the documents that print the pair, by file stem.

        ``/data/a.pdf 表5`` and ``/data/a.pdf 表3`` give ``doc:a``; docs/codes.md says what a
        tag must name before the row is merged.
        """
        stems = (PurePath(where.rsplit(" 表", 1)[0]).stem for where in self.where)
        return "doc:" + ",".join(dict.fromkeys(stems))


def harvest(
    pairs: Iterable[PrintedPair], *, year: int | None = None, include_known: bool = False
) -> list[HarvestFinding]:
    """Check every printed pair and return the ones that are not a match or known variant.

    Pairs are grouped by (scheme, code, normalised name); the finding lists every place.
    A malformed code (or one whose scheme cannot be told) is reported as UNKNOWN with its
    raw text, the scheme as given and no edition, so that nothing printed is silently
    dropped. ``include_known`` also returns
    matches and recorded variants.
    """
    grouped: dict[tuple[str, str, str], tuple[CheckResult | None, str, list[str]]] = {}
    for code, scheme, name, where in pairs:
        try:
            result: CheckResult | None = check(code, name, year=year, scheme=scheme)
        except CodeError:
            result = None
        key = (
            result.scheme if result else scheme,
            result.code if result else code,
            normalize_name(name),
        )
        if key in grouped:
            grouped[key][2].append(where)
        else:
            grouped[key] = (result, name, [where])
    findings: list[HarvestFinding] = []
    for (scheme, code, _), (result, name, places) in grouped.items():
        if result is None:
            findings.append(
                HarvestFinding(
                    scheme, None, code, name, CheckStatus.UNKNOWN, None, tuple(places), year
                )
            )
            continue
        if result.ok and not include_known:
            continue
        findings.append(
            HarvestFinding(
                scheme=result.scheme,
                edition=result.edition,
                code=result.code,
                name=name,
                status=result.status,
                known_name=result.entry.name if result.entry else None,
                where=tuple(places),
                year=year,
            )
        )
    findings.sort(key=lambda f: (f.scheme, f.code, f.name))
    return findings


def pairs_from_documents(documents: Iterable[tuple[str, PrintedDocument]]) -> Iterator[PrintedPair]:
    """The printed pairs of parsed documents, each named by the label given with it."""
    for label, document in documents:
        for table in document.tables:
            for row in table.rows:
                if row.code is not None and row.name:
                    yield row.code.digits, row.code.scheme, row.name, f"{label} 表{table.number}"


def harvest_parsed(
    documents: Iterable[tuple[str, PrintedDocument]], *, year: int | None = None
) -> list[HarvestFinding]:
    """Harvest the pairs the tables of parsed documents print, each named by its label.

    Each document is checked against the edition for its own year (the year its cover
    states) unless ``year`` is given, which then applies to every document. A finding
    printed by several documents checked against the same edition lists every place.
    ``xjbudget codes harvest`` parses the files and calls this.
    """
    by_year: dict[int | None, list[tuple[str, PrintedDocument]]] = {}
    for label, document in documents:
        by_year.setdefault(document.meta.year if year is None else year, []).append(
            (label, document)
        )
    merged: dict[tuple[str, int | None, str, str], HarvestFinding] = {}
    for document_year, grouped in by_year.items():
        for finding in harvest(pairs_from_documents(grouped), year=document_year):
            key = (finding.scheme, finding.edition, finding.code, normalize_name(finding.name))
            known = merged.get(key)
            merged[key] = (
                finding if known is None else attrs.evolve(known, where=known.where + finding.where)
            )
    return sorted(merged.values(), key=lambda f: (f.scheme, f.code, f.name, f.edition or 0))
