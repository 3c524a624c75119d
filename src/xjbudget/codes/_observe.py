"""The harvested layer: every (code, name) pair parsed documents print, as ``observed`` rows.

:func:`observe` reads the rows of parsed documents' tables (the library's own reading, no
text patterns), groups the pairs by scheme, edition (the document's year) and code, and
makes of them:

- one ``observed`` row per code, under the name most documents print, tagged
  ``seen:<doc>,<doc>`` with the documents that print that name;
- a variant (kind ``printed``) for every other name, with its documents;
- a variant (kind ``conflict``) for a name that differs from an ``official`` hand-kept row of
  the same edition: listed, never merged;
- a parent row carried from the nearest edition that has it (``from:<edition>``, provenance
  ``recalled``) where a document prints a child but not its parent.

:meth:`Observation.files` renders the layer as the files of ``data/observed/``, read by the
loader (:mod:`xjbudget.codes._load`) on top of the hand-kept files. The codes package does
not parse: ``xjbudget codes harvest --observed DIR FILE…`` parses the files and writes them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
import regex

from xjbudget.codes._load import available_editions, hand_table, load_variants
from xjbudget.codes._model import SCHEMES, CodeEntry, Scheme, Variant
from xjbudget.codes._normalize import code_level, normalize_name, parent_code
from xjbudget.codes._protocols import PrintedDocument, PrintedRow
from xjbudget.errors import CodeError

__all__ = ["Observation", "Printed", "observe", "printed_name", "printed_pairs"]

_SCHEME_BY_FIRST_DIGIT: dict[str, Scheme] = {
    "2": "functional",
    "3": "economic-dept",
    "5": "economic-gov",
}

# A digit ends a name: no classification name holds one, and a reader that glues a row's
# amounts (住房公积金7,605.63) or the government code of a two-scheme 表6 (基本工资50101工资…)
# to the name leaves them after it.
_DIGIT = regex.compile(r"\d")
# The files a run writes (and the next run replaces).
_HARVESTED_FILE = regex.compile(r"^(functional|economic-dept|economic-gov)-\d{4}\.tsv$")
# Sentence punctuation: a note glued before a name (注：无。购房补贴) is no name.
_SENTENCE = regex.compile(r"[。：:；;]")


def printed_name(name: str) -> str | None:
    """The classification name in a row's name cell as the library read it, or ``None``.

    The text up to the first digit, stripped (a digit never belongs to a classification
    name: what follows is an amount or another code the reader glued on); ``None`` when
    nothing is left or the text holds sentence punctuation (a note, not a name).
    """
    text = name.replace("<b>", "").replace("</b>", "")
    match = _DIGIT.search(normalize_name(text))
    if match is not None:
        # cut the printed form where its normalised form has the digit
        kept = normalize_name(text)[: match.start()]
        text = _prefix_for(text, kept)
    text = text.strip()
    if not text or _SENTENCE.search(text):
        return None
    return text


def _prefix_for(text: str, normalized: str) -> str:
    """The shortest prefix of ``text`` whose normal form is ``normalized``."""
    for end in range(len(text) + 1):
        if normalize_name(text[:end]) == normalized:
            return text[:end]
    return normalized


@attrs.frozen(slots=True)
class Printed:
    """One (code, name) pair a document's table prints, as the library read it."""

    scheme: Scheme
    code: str
    name: str
    document: str
    table: int


def printed_pairs(label: str, document: PrintedDocument) -> Iterator[Printed]:
    """The pairs a document's tables print: every row with a code and a name.

    The scheme comes from the code's first digit (2, 3, 5), whatever table it is in; the
    name is :func:`printed_name` of the row's name. Rows whose code is of no scheme or too
    long for it (an economic 项), or whose name is no name, are left out (``observe``
    counts them).
    """
    for table in document.tables:
        for row in table.rows:
            pair = _pair(row, label, table.number)
            if isinstance(pair, Printed):
                yield pair


def _pair(row: PrintedRow, label: str, number: int) -> Printed | str | None:
    """The row's pair, or why it has none (``None``: no code or no name at all)."""
    if row.code is None or not row.name:
        return None
    digits = row.code.digits
    scheme = _SCHEME_BY_FIRST_DIGIT.get(digits[0])
    if scheme is None or (scheme != "functional" and code_level(digits) == 3):
        return "code of no scheme"
    name = printed_name(row.name)
    if name is None:
        return "no name in the name cell"
    return Printed(scheme, digits, name, label, number)


@attrs.frozen(slots=True)
class _Name:
    """One name printed for a code: its most frequent printed form, documents, prints."""

    text: str
    documents: tuple[str, ...]
    prints: int


@attrs.frozen
class Observation:
    """What :func:`observe` found: rows and variants per edition, with what it left out."""

    rows: dict[tuple[Scheme, int], tuple[CodeEntry, ...]]
    variants: tuple[Variant, ...]
    #: Every document read, with its year (``None``: no year printed, not harvested).
    documents: dict[str, int | None]
    #: Pairs read, per edition year.
    pairs: Counter[int]
    #: Rows left out, by reason.
    skipped: Counter[str]

    def files(self) -> dict[str, str]:
        """The text of each file of ``data/observed/``, by file name."""
        out: dict[str, str] = {}
        header = "code\tlevel\tname\tparent\tprovenance\tsource"
        for (scheme, edition), rows in sorted(self.rows.items()):
            lines = [
                f"# Harvested {scheme} {edition} rows: the pairs documents of {edition} print "
                "(xjbudget codes harvest --observed; docs/codes.md). Generated: do not edit.",
                header,
                *(
                    f"{e.code}\t{e.level}\t{e.name}\t{e.parent or ''}\t{e.provenance}\t{e.source}"
                    for e in rows
                ),
            ]
            out[f"{scheme}-{edition}.tsv"] = "\n".join(lines) + "\n"
        variant_lines = [
            "# Harvested names printed besides a row's name (printed), against an official row "
            "(conflict), or not merged (unmerged). Generated: do not edit.",
            "scheme\tedition\tcode\tname\tkind\tsource\tnote",
            *(
                f"{v.scheme}\t{v.edition}\t{v.code}\t{v.name}\t{v.kind}\t{v.source}\t{v.note}"
                for v in self.variants
            ),
        ]
        out["variants.tsv"] = "\n".join(variant_lines) + "\n"
        return out

    def write(self, folder: str | Path) -> list[Path]:
        """Write :meth:`files` into ``folder``, replacing the harvested files there (the
        ``<scheme>-<year>.tsv`` and ``variants.tsv`` of an earlier run; nothing else).

        Refuses the hand-kept data folder (it holds ``complete.tsv``): the layer goes in
        its ``observed/`` sub-folder."""
        root = Path(folder)
        if (root / "complete.tsv").exists():
            raise CodeError(
                f"{root} holds the hand-kept tables; write the harvested layer into its "
                "observed/ sub-folder"
            )
        root.mkdir(parents=True, exist_ok=True)
        for old in root.glob("*.tsv"):
            if old.name == "variants.tsv" or _HARVESTED_FILE.match(old.name):
                old.unlink()
        written = []
        for name, text in self.files().items():
            path = root / name
            path.write_text(text, encoding="utf-8")
            written.append(path)
        return written

    def summary(self) -> list[str]:
        """Lines saying what was read and what was made of it."""
        years = Counter(year for year in self.documents.values())
        out = [
            f"documents\t{len(self.documents)}\t"
            + ", ".join(f"{y or 'no year'}: {n}" for y, n in sorted(years.items(), key=_year_key)),
        ]
        out += [f"pairs\t{year}\t{n}" for year, n in sorted(self.pairs.items())]
        for (scheme, edition), rows in sorted(self.rows.items()):
            provenances = Counter(e.provenance for e in rows)
            out.append(
                f"rows\t{scheme}\t{edition}\t{len(rows)}\t"
                + ", ".join(f"{k}: {n}" for k, n in sorted(provenances.items()))
            )
        kinds = Counter(v.kind for v in self.variants)
        out += [f"variants\t{kind}\t{n}" for kind, n in sorted(kinds.items())]
        out += [f"skipped\t{reason}\t{n}" for reason, n in sorted(self.skipped.items())]
        return out


def _year_key(item: tuple[int | None, int]) -> int:
    return item[0] or 0


def _tag(documents: Iterable[str]) -> str:
    return "seen:" + ",".join(sorted(set(documents)))


def _names(pairs: list[Printed]) -> list[_Name]:
    """The names printed for one code, most documents first (then most prints, then name)."""
    forms: dict[str, Counter[str]] = {}
    documents: dict[str, set[str]] = {}
    for pair in pairs:
        key = normalize_name(pair.name)
        forms.setdefault(key, Counter())[pair.name] += 1
        documents.setdefault(key, set()).add(pair.document)
    names = [
        _Name(
            # the form most often printed; of equals, the shortest (no stray space)
            min(form, key=lambda text: (-form[text], len(text), text)),
            tuple(sorted(documents[key])),
            sum(form.values()),
        )
        for key, form in forms.items()
    ]
    names.sort(key=lambda n: (-len(n.documents), -n.prints, normalize_name(n.text)))
    return names


def observe(documents: Iterable[tuple[str, PrintedDocument]]) -> Observation:
    """The harvested layer of these documents (each given with its label, a file stem).

    Each document's pairs go to the edition of its year; a document with no year is read
    but not harvested. Deterministic: the same documents give the same files.
    """
    grouped: dict[tuple[Scheme, int, str], list[Printed]] = {}
    years: dict[str, int | None] = {}
    pairs: Counter[int] = Counter()
    skipped: Counter[str] = Counter()
    for label, document in documents:
        year = document.meta.year
        years[label] = year
        for table in document.tables:
            for row in table.rows:
                pair = _pair(row, label, table.number)
                if pair is None:
                    continue
                if isinstance(pair, str):
                    skipped[pair] += 1
                elif year is None:
                    skipped["document without a year"] += 1
                else:
                    pairs[year] += 1
                    grouped.setdefault((pair.scheme, year, pair.code), []).append(pair)
    rows: dict[tuple[Scheme, int], dict[str, CodeEntry]] = {}
    variants: list[Variant] = []
    for (scheme, year, code), printed in sorted(grouped.items()):
        kept, others = _decide(scheme, year, code, _names(printed))
        if kept is not None:
            rows.setdefault((scheme, year), {})[code] = kept
        variants.extend(others)
    variants.extend(_unique_siblings(rows))
    _carry_parents(rows, variants)
    return Observation(
        rows={key: tuple(found[c] for c in sorted(found)) for key, found in rows.items() if found},
        variants=tuple(sorted(variants, key=_variant_order)),
        documents=dict(sorted(years.items())),
        pairs=pairs,
        skipped=skipped,
    )


def _variant_order(variant: Variant) -> tuple[int, int, str, str, str]:
    return (
        SCHEMES.index(variant.scheme),
        variant.edition,
        variant.code,
        variant.kind,
        variant.name,
    )


def _decide(
    scheme: Scheme, year: int, code: str, names: list[_Name]
) -> tuple[CodeEntry | None, list[Variant]]:
    """The row (if any) and the variants of one code's printed names in one edition."""
    hand = hand_table(scheme, year)
    entry = hand.get(code) if hand is not None else None
    level = code_level(code)

    recorded = {
        normalize_name(v.name)
        for v in load_variants()
        if (v.scheme, v.edition, v.code) == (scheme, year, code) and v.kind == "source-error"
    }

    def row_of(name: _Name) -> CodeEntry:
        return CodeEntry(
            scheme,
            year,
            code,
            level,
            name.text,
            parent_code(code),
            "observed",
            _tag(name.documents),
        )

    def variants(kept: list[_Name], kind: str, note: str) -> list[Variant]:
        # a misprint recorded by hand (variants.tsv) is not listed again
        return [
            Variant(scheme, year, code, n.text, kind, _tag(n.documents), note)
            for n in names
            if n not in kept and normalize_name(n.text) not in recorded
        ]

    if entry is not None and entry.provenance != "recalled":
        # a confirmed hand row keeps its name: the printed name equal to it tags the row,
        # the others are listed (against an official row: conflicts)
        same = [n for n in names if normalize_name(n.text) == normalize_name(entry.name)]
        kind = "conflict" if entry.provenance == "official" else "printed"
        note = f"{entry.provenance} name: {entry.name}"
        return (row_of(same[0]) if same else None), variants(same, kind, note)
    top = names[0]
    note = f"majority: {top.text} ({len(top.documents)} documents)"
    return row_of(top), variants([top], "printed", note)


def _unique_siblings(rows: dict[tuple[Scheme, int], dict[str, CodeEntry]]) -> list[Variant]:
    """Rows whose name a sibling (in the merged edition) already has are taken out and
    listed as ``unmerged``: sibling names stay unique, the evidence stays recorded."""
    out: list[Variant] = []
    for (scheme, year), found in rows.items():
        hand = hand_table(scheme, year)
        taken: dict[tuple[str | None, str], str] = {}
        for entry in hand or ():
            if entry.code not in found:
                taken[(entry.parent, normalize_name(entry.name))] = entry.code
        ranked = sorted(found.values(), key=lambda e: (-len(e.source.split(",")), e.code))
        for entry in ranked:
            key = (entry.parent, normalize_name(entry.name))
            if key in taken:
                del found[entry.code]
                note = f"name of sibling {taken[key]}"
                out.append(
                    Variant(scheme, year, entry.code, entry.name, "unmerged", entry.source, note)
                )
            else:
                taken[key] = entry.code
    return out


def _carry_parents(
    rows: dict[tuple[Scheme, int], dict[str, CodeEntry]], variants: list[Variant]
) -> None:
    """Give every harvested row its parents: from the edition itself (hand-kept or
    harvested), else carried from the nearest edition that has the parent (``from:``);
    a row whose parent no edition has is taken out and listed as ``unmerged``."""
    for (scheme, year), found in sorted(rows.items()):
        for code in sorted(found, key=len):
            entry = found.get(code)
            if entry is None:
                continue
            carried: dict[str, CodeEntry] = {}
            parent = entry.parent
            while parent is not None and not _has(rows, scheme, year, parent):
                origin = _nearest(rows, scheme, year, parent)
                if origin is None:
                    break
                carried[parent] = attrs.evolve(
                    origin, edition=year, provenance="recalled", source=f"from:{origin.edition}"
                )
                parent = parent_code(parent)
            if parent is not None and not _has(rows, scheme, year, parent):
                del found[code]
                note = f"no edition has its ancestor {parent}"
                variants.append(
                    Variant(scheme, year, code, entry.name, "unmerged", entry.source, note)
                )
            else:
                found.update(carried)


def _has(
    rows: dict[tuple[Scheme, int], dict[str, CodeEntry]], scheme: Scheme, year: int, code: str
) -> bool:
    hand = hand_table(scheme, year)
    return code in rows.get((scheme, year), {}) or (hand is not None and code in hand)


def _nearest(
    rows: dict[tuple[Scheme, int], dict[str, CodeEntry]], scheme: Scheme, year: int, code: str
) -> CodeEntry | None:
    """The entry for ``code`` in the nearest other edition (the earlier on a tie)."""
    editions = {e for s, e in rows if s == scheme} | set(available_editions()[scheme])
    for edition in sorted(editions - {year}, key=lambda e: (abs(e - year), e)):
        found = rows.get((scheme, edition), {}).get(code)
        if found is not None and not found.source.startswith("from:"):
            return found
        hand = hand_table(scheme, edition)
        if hand is not None and code in hand:
            return hand[code]
    return None
