"""Write the long CSV (one line per amount cell) of some files to stdout.

Run: python examples/long_csv.py FILE...   (the bundled sample when no FILE is given)
"""

from __future__ import annotations

import sys
from pathlib import Path

import xjbudget
from xjbudget.export import write_long_csv
from xjbudget.samples import sample_path

paths = [Path(p) for p in sys.argv[1:]] or [sample_path()]
count = write_long_csv(((p.name, xjbudget.parse(p)) for p in paths), sys.stdout)
print(f"{count} amount cells", file=sys.stderr)
