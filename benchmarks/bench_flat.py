"""Benchmark of the flattened-text reader (not part of the test suite).

    python benchmarks/bench_flat.py [--examples N]

Prints, in one run:
- seconds to parse corpus 001 (flattened) and 000 (tab-separated) as text;
- seconds for the inputs fuzzing found slow (tests/fuzz/found/), against 001;
- how placing one row grows with its length: candidates per row for k amounts in n
  columns (C(n, k)), and seconds per solve for a table of R rows (R = 10 … 1000);
- of N generated consistent documents rendered flat, the share of tables read back
  exactly, read back with an "ambiguous column" finding, and neither.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import statistics
import sys
import time
import warnings
from decimal import Decimal
from pathlib import Path

import xjbudget
from xjbudget.tables.assign import candidates

ROOT = Path(__file__).resolve().parents[1]


def _time(function, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        function()
        runs.append(time.perf_counter() - began)
    return statistics.median(runs)


def _parse_quietly(text: str) -> None:
    with contextlib.suppress(xjbudget.XjbudgetError):
        xjbudget.parse_text(text)


def corpus() -> None:
    flat = (ROOT / "tests/corpus/001_7236ab5e17bf1c1a.txt").read_text(encoding="utf-8")
    tabbed = (ROOT / "tests/corpus/000_707d8629ab46531e.txt").read_text(encoding="utf-8")
    base = _time(lambda: xjbudget.parse_text(flat))
    print(f"corpus 001 (flat, {len(flat)} chars): {base * 1000:.1f} ms")
    seconds = _time(lambda: xjbudget.parse_text(tabbed))
    print(f"corpus 000 (tabbed, {len(tabbed)} chars): {seconds * 1000:.1f} ms")
    for path in sorted((ROOT / "tests/fuzz/found").glob("*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        seconds = _time(lambda t=text: _parse_quietly(t))
        print(
            f"{path.name} ({len(text)} chars): {seconds * 1000:.1f} ms = {seconds / base:.2f} x 001"
        )


def scaling() -> None:
    print("placements per row, C(n, k):")
    for n in (3, 4, 9, 11, 12):
        worst = max(range(n + 1), key=lambda k: math.comb(n, k))
        print(f"  n={n:2d}: k=2 -> {math.comb(n, 2):4d}, worst k={worst} -> {math.comb(n, worst)}")
    amounts = [Decimal(f"{i}.00") for i in (10, 4, 6)]
    seconds = _time(lambda: candidates(amounts, 12, [(0, (1, 2))]), repeat=20)
    print(f"  one row, 3 amounts in 12 columns: {seconds * 1e6:.0f} µs")
    header = [
        "第二部分 2024 年部门预算公开表",
        "表 3",
        "部门支出总体情况表",
        "编制部门：某局 单位：万元",
        "科目 支出预算",
        "功能分类科目名称 合计 基本支出 项目支出",
        "类 款 项",
        "※ ※ ※ ※ 1 2 3",
    ]
    print("a 表3 of R 项 rows (each its own 类):")
    for rows in (10, 100, 1000):
        body = [
            f"{200 + i % 30:03d} {i % 90 + 10:02d} {i % 90 + 10:02d} 行政运行 10.00 6.00 4.00"
            for i in range(rows)
        ]
        text = "\n".join(header + body)
        seconds = _time(lambda t=text: xjbudget.parse_text(t), repeat=3)
        print(f"  R={rows:5d}: {seconds * 1000:8.1f} ms, {seconds / rows * 1e6:6.0f} µs per row")


def exactness(examples: int) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    import xjbudget.strategies as xst

    counts = {"tables": 0, "exact": 0, "ambiguous": 0, "neither": 0}

    def rows(table: xjbudget.Table) -> list[tuple[object, ...]]:
        return [
            (r.code, r.name, r.project, r.role, r.item, dict(r.values.filled())) for r in table.rows
        ]

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def run(data: st.DataObject) -> None:
        document = data.draw(xst.documents(max_classes=2))
        text = data.draw(xst.flat_texts(document))
        read = xjbudget.parse_text(text)
        ambiguous = {f.table for f in read.findings if f.rule == "parse.flat.ambiguous_column"}
        for table in document.tables:
            other = read.table(table.number)
            counts["tables"] += 1
            if other is not None and rows(other) == rows(table):
                counts["exact"] += 1
            elif table.number in ambiguous:
                counts["ambiguous"] += 1
            else:
                counts["neither"] += 1

    run()
    total = counts["tables"]
    print(f"generated documents rendered flat: {examples} documents, {total} tables")
    for key in ("exact", "ambiguous", "neither"):
        print(f"  {key:9s}: {counts[key]:5d} ({counts[key] / total:.1%})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    corpus()
    scaling()
    exactness(args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
