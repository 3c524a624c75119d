"""The layers by hand: structure → recognizers → validation, the same records as parse.

Run: python examples/layers.py [FILE]   (the bundled sample by default)

``xjbudget.parse`` is these calls in a row (docs/architecture.md). Called one by one, a
user can stop after any of them, inspect or replace what a layer returns, or feed a layer
by hand. The script prints each layer's result and checks that the tables and the
findings of the table rules are those ``parse`` and ``validate`` give.
"""

from __future__ import annotations

import sys

import xjbudget
from xjbudget.model import Document, DocumentMeta, Table
from xjbudget.samples import sample_path

path = sys.argv[1] if len(sys.argv) > 1 else str(sample_path())

# 1. The structure stage: parts, sections, table blocks, performance blocks.
structure = xjbudget.segment(path)
print(
    f"{len(structure.parts)} parts, {len(structure.sections)} sections, "
    f"{len(structure.tables)} table blocks, {len(structure.performance)} performance blocks"
)

# 2. One recognizer call per table block; the tables read so far help read the next.
department = next((b.preparer for b in structure.tables if b.preparer), None)
context: dict[int, Table] = {}
tables = []
for block in structure.tables:
    result = xjbudget.recognize(block, department=department, context=context)
    if isinstance(result.table, Table):
        tables.append(result.table)
        context.setdefault(result.table.number, result.table)
        print(f"  表{result.table.number} {result.table.title}: {len(result.table.rows)} rows")
    else:
        print(f"  generic grid {result.table.title!r}: {result.table.reason}")

# 3. Validation of a document made by hand from those tables.
parsed = xjbudget.parse(path)
by_hand = Document(DocumentMeta(year=parsed.meta.year, unit=parsed.meta.unit), tables=tuple(tables))
rules = "row,table,cross,codes"
report = xjbudget.validate(by_hand, rules=rules)
print(f"validation by hand: {report.counts_by_severity}")

assert tuple(tables) == parsed.tables, "the recognizers gave other tables than parse"
assert report.findings == xjbudget.validate(parsed, rules=rules).findings
print("same tables and findings as parse and validate")
