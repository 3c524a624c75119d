"""Coverage and verdict of every PDF in a folder (not part of the test suite).

    python benchmarks/coverage_real.py [FOLDER] [--jobs N] [--cache DIR]

FOLDER defaults to ../shared/corpus/real (84 real 2026 disclosures of nine cities). For
each PDF, one line: the amounts printed in table regions, how many are in standard
tables, performance targets, only in generic grids, and nowhere; the share read; the
verdict (``ok`` or ``NOT OK``) and its error findings by rule. Then one line per city
(the file name's prefix) and the totals, with the template family and the error findings;
``clean`` counts the documents whose only errors are genuine source errors (the document's
own fault, each named with its page in tests/coverage/expected.py ``GENUINE``).
docs/coverage.md explains the measure.

``--cache DIR`` reads, instead of the PDFs, the pickled ``(lines, findings)`` that
:func:`xjbudget.sources.pdf.read_pdf` gave for each (``DIR/<stem>.pkl``, one per PDF of
FOLDER) and rebuilds the documents from them (:func:`xjbudget.parse.build_document`): the
same figures in seconds, to measure a change of the stages after the PDF reader.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

import xjbudget
from xjbudget.parse import build_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "real"
sys.path.insert(0, str(ROOT))

from tests.coverage.expected import GENUINE  # noqa: E402

# name, counts, ok, errors by rule, failure, family, only genuine errors
Judged = tuple[str, tuple[int, int, int, int, int], bool, Counter[str], str, str, bool]


def _document(path: Path, cache: Path | None) -> xjbudget.Document:
    if cache is None:
        return xjbudget.parse(path)
    lines, findings = pickle.loads((cache / f"{path.stem}.pkl").read_bytes())
    return build_document(lines, form="pdf", source=path.name, findings=findings)


def _judge(path: Path, cache: Path | None = None) -> Judged:
    try:
        document = _document(path, cache)
        report = xjbudget.validate(document)
    except xjbudget.XjbudgetError as error:
        return path.name, (0, 0, 0, 0, 0), False, Counter(), type(error).__name__, "", False
    c = report.coverage
    assert c is not None
    counts = (c.table_amounts, c.in_standard_tables, c.in_performance)
    counts += (c.in_generic_tables, c.unplaced)
    errors = Counter(f.rule for f in report.errors)
    clean = all(any(g.matches(path.name, f) for g in GENUINE) for f in report.errors)
    return path.name, counts, report.ok, errors, "", document.meta.family or "", clean


def _ratio(counts: tuple[int, ...]) -> str:
    printed, standard, performance = counts[:3]
    return f"{(standard + performance) / printed:6.1%}" if printed else "     -"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=None, help="pickled read_pdf results")
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.pdf"))
    head = ("document", "amounts", "standard", "perf", "generic", "unplaced", "read", "verdict")
    print("{:<16}{:>8}{:>9}{:>6}{:>8}{:>9}{:>8}  {}".format(*head))
    cities: dict[str, list[tuple[tuple[int, ...], bool, int, bool]]] = {}
    families: dict[str, Counter[str]] = {}
    judge = partial(_judge, cache=args.cache)
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for name, counts, ok, errors, failure, family, clean in pool.map(judge, files):
            why = failure or ", ".join(f"{rule} ×{n}" for rule, n in errors.most_common(3))
            verdict = "ok" if ok else f"NOT OK: {why}"
            print(
                f"{name:<16}"
                + "".join(f"{n:>{w}}" for n, w in zip(counts, (8, 9, 6, 8, 9), strict=True))
                + f"  {_ratio(counts)}  {verdict}"
            )
            city = name.split("-")[0]
            cities.setdefault(city, []).append((counts, ok, sum(errors.values()), clean))
            families.setdefault(city, Counter())[family] += 1
    print()
    head = ("city", "docs", "ok", "clean", "amounts", "standard", "read", "errors", "family")
    print("{:<16}{:>5}{:>5}{:>6}{:>9}{:>9}{:>8}{:>8}  {}".format(*head))
    every = [row for rows in cities.values() for row in rows]
    for city, rows in [*sorted(cities.items()), ("all", every)]:
        totals = tuple(sum(c[i] for c, _, _, _ in rows) for i in range(5))
        oks = sum(ok for _, ok, _, _ in rows)
        cleans = sum(clean for _, _, _, clean in rows)
        errors = sum(n for _, _, n, _ in rows)
        seen = families.get(city, Counter())
        family = ", ".join(f"{k} ×{n}" for k, n in seen.most_common()) if seen else ""
        print(
            f"{city:<16}{len(rows):>5}{oks:>5}{cleans:>6}{totals[0]:>9}{totals[1]:>9}"
            f"  {_ratio(totals)}"
            f"{errors:>8}  {family}"
        )


if __name__ == "__main__":
    main()
