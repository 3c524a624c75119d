"""Time ``xjbudget.validate.validate`` on a large document built in memory.

The document has 50 standard tables (tables 1–11 repeated, as a multi-unit disclosure
or a batch might hold), each functional table with every 项 of the 2024 classification
that falls under 12 类 (about 2,100 rows in all), so every rule family has work to do.
Within each table every sum holds; across tables they do not (表1/表4/表6 are left
empty), so the run also builds a few dozen cross-table findings.

    .venv/bin/python benchmarks/bench_validate.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from decimal import Decimal

from xjbudget import codes
from xjbudget.catalog import spec_for_number
from xjbudget.model import Code, Document, DocumentMeta, Row, Table
from xjbudget.validate import RULES, validate

CLASSES = ("201", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "221")


def _leaves() -> list[str]:
    table = codes.table("functional", 2024)
    return sorted(e.code for e in table if e.level == 3 and e.code[:3] in CLASSES)


def _tree(number: int, leaves: list[str], columns: tuple[str, ...]) -> Table:
    """A hierarchical table: total row, 类, 款, 项, the same amount in each of ``columns``
    (so every row sum and every parent sum holds)."""
    spec = spec_for_number(number)
    assert spec is not None
    amount = {c: Decimal(int(c[-4:]) % 997 + 1).scaleb(-2) for c in leaves}
    names = {e.code: e.name for e in codes.table("functional", 2024)}
    rows = []
    grand = sum(amount.values(), Decimal(0))
    rows.append(Row("合计", dict.fromkeys(columns, grand), role="total"))
    for code in sorted({c[:3] for c in leaves} | {c[:5] for c in leaves} | set(leaves)):
        value = sum((v for c, v in amount.items() if c.startswith(code)), Decimal(0))
        rows.append(Row(names.get(code, code), dict.fromkeys(columns, value), code=Code(code)))
    return Table(number, spec.kind, spec.title, spec.column_specs(), tuple(rows))


def build_document(n_tables: int = 50) -> Document:
    leaves = _leaves()
    tables: list[Table] = []
    layouts = {
        2: ("total", "fiscal_subtotal", "general_budget"),
        3: ("total", "project"),
        5: ("total", "project"),
        7: ("total", "other"),
        8: ("total", "project"),
        9: ("total", "project"),
    }
    number = 0
    while len(tables) < n_tables:
        number = number % 11 + 1
        spec = spec_for_number(number)
        assert spec is not None
        if number in layouts:
            tables.append(_tree(number, leaves, layouts[number]))
        else:
            tables.append(Table(number, spec.kind, spec.title, spec.column_specs(), ()))
    return Document(DocumentMeta(year=2024, unit="万元", source="bench"), tables=tuple(tables))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    document = build_document()
    rows = sum(len(t.rows) for t in document.tables)
    validate(document)  # warm-up: loads the code tables once
    for label, rules in (("all rules", None), ("sums only (families 1-3)", "row,table,cross")):
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            report = validate(document, rules=rules)
            times.append(time.perf_counter() - start)
        print(
            f"{label}: {len(document.tables)} tables, {rows} rows, {len(RULES)} rules defined, "
            f"{len(report.findings)} findings — median {statistics.median(times) * 1000:.1f} ms, "
            f"min {min(times) * 1000:.1f} ms over {args.repeat} runs"
        )


if __name__ == "__main__":
    main()
