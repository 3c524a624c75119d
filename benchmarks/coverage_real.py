"""Coverage and verdict of every PDF in a folder (not part of the test suite).

    python benchmarks/coverage_real.py [FOLDER] [--jobs N]

FOLDER defaults to ../shared/corpus/real (84 real 2026 disclosures of nine cities). For
each PDF, one line: the amounts printed in table regions, how many are in standard
tables, performance targets, only in generic grids, and nowhere; the share read; the
verdict (``ok`` or ``NOT OK``) and its error findings by rule. Then one line per city
(the file name's prefix) and the totals. docs/coverage.md explains the measure.
"""

from __future__ import annotations

import argparse
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import xjbudget

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "real"


def _judge(path: Path) -> tuple[str, tuple[int, int, int, int, int], bool, Counter[str], str]:
    try:
        report = xjbudget.validate(xjbudget.parse(path))
    except xjbudget.XjbudgetError as error:
        return path.name, (0, 0, 0, 0, 0), False, Counter(), f"{type(error).__name__}"
    c = report.coverage
    assert c is not None
    counts = (c.table_amounts, c.in_standard_tables, c.in_performance)
    counts += (c.in_generic_tables, c.unplaced)
    return path.name, counts, report.ok, Counter(f.rule for f in report.errors), ""


def _ratio(counts: tuple[int, ...]) -> str:
    printed, standard, performance = counts[:3]
    return f"{(standard + performance) / printed:6.1%}" if printed else "     -"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.pdf"))
    head = ("document", "amounts", "standard", "perf", "generic", "unplaced", "read", "verdict")
    print("{:<16}{:>8}{:>9}{:>6}{:>8}{:>9}{:>8}  {}".format(*head))
    cities: dict[str, list[tuple[tuple[int, ...], bool]]] = {}
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for name, counts, ok, errors, failure in pool.map(_judge, files):
            why = failure or ", ".join(f"{rule} ×{n}" for rule, n in errors.most_common(3))
            verdict = "ok" if ok else f"NOT OK: {why}"
            print(
                f"{name:<16}"
                + "".join(f"{n:>{w}}" for n, w in zip(counts, (8, 9, 6, 8, 9), strict=True))
                + f"  {_ratio(counts)}  {verdict}"
            )
            cities.setdefault(name.split("-")[0], []).append((counts, ok))
    print()
    print("{:<16}{:>5}{:>5}{:>9}{:>9}".format("city", "docs", "ok", "amounts", "read"))
    every = [row for rows in cities.values() for row in rows]
    for city, rows in [*sorted(cities.items()), ("all", every)]:
        totals = tuple(sum(c[i] for c, _ in rows) for i in range(5))
        oks = sum(ok for _, ok in rows)
        print(f"{city:<16}{len(rows):>5}{oks:>5}{totals[0]:>9}  {_ratio(totals)}")


if __name__ == "__main__":
    main()
