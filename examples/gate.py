"""Gate an ETL step on the verdict: load a document's amounts only when it was read.

Run: python examples/gate.py [FILE …]   (the bundled sample by default)

For each file: the verdict, the coverage line (docs/coverage.md) and, for a document that
is not ok, the errors that say why — what was not read, or which sums do not hold.
Exit status 1 when any document is not ok, as ``xjbudget validate`` does.
"""

from __future__ import annotations

import sys

import xjbudget
from xjbudget.samples import sample_path

paths = sys.argv[1:] or [str(sample_path())]
status = 0
for path in paths:
    document = xjbudget.parse(path)
    report = xjbudget.validate(document)
    coverage = document.coverage
    print(f"{path}: {'ok' if report.ok else 'NOT OK'}")
    if coverage is not None:
        print(f"  {coverage.summary()}")
        for region in coverage.unread_regions:
            where = region.location.describe()
            print(f"  {region.kind}: {region.title} ({where}) {region.read}/{region.printed}")
    if report.ok:
        cells = sum(1 for _, row in document.rows() for v in row.values.values() if v is not None)
        print(f"  {cells} amounts ready to load")
    else:
        status = 1
        for finding in report.errors[:10]:
            print(f"  {finding.rule}: {finding.message}")
sys.exit(status)
