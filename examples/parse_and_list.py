"""Parse the bundled sample and print the expenditure table and what parsing noticed.

Run: python examples/parse_and_list.py [FILE]
"""

from __future__ import annotations

import sys

import xjbudget
from xjbudget.samples import sample_path

path = sys.argv[1] if len(sys.argv) > 1 else sample_path()
document = xjbudget.parse(path)
print(document.meta.department, document.meta.year, document.meta.kind, document.meta.unit)

table = document.table(3)
if table is not None:
    print(f"表{table.number} {table.title}")
    for row in table.rows:
        cells = "  ".join(f"{k}={v}" for k, v in row.values.items() if v is not None)
        print(f"  {row.code or ''!s:>8} {row.name:<20} {cells}")

for finding in document.findings:
    where = finding.location.describe() if finding.location else ""
    print(f"{finding.severity:<8} {finding.rule:<28} {where:<12} {finding.message}")
