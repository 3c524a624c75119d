"""ETL: parse a folder of disclosures (PDFs and text forms) into one Parquet dataset.

Run: python examples/etl_parquet.py FOLDER -o OUT [--amounts-in 元] [--jobs N]
(without FOLDER: the bundled sample, into a temporary folder removed at the end). Needs
pyarrow (pip install 'xjbudget[parquet]'). Then, e.g. with DuckDB:

    SELECT department, sum(amount) FROM read_parquet('OUT/*.parquet')
    WHERE unit = '元' AND table_kind = 'expenditure_summary' AND column = 'total'
    GROUP BY department
"""

from __future__ import annotations

import argparse
import sys
import tempfile

import pyarrow.parquet as pq

from xjbudget.batch import Job, expand_inputs, run_jobs
from xjbudget.export.parquet import DatasetWriter, long_schema
from xjbudget.samples import sample_path

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("folder", nargs="?", help="a folder of .pdf/.txt disclosures (recursive)")
parser.add_argument("-o", "--output", help="the dataset folder (default: a temporary one)")
parser.add_argument("--amounts-in", choices=("元", "万元"), default="元")
parser.add_argument("--jobs", type=int, default=1, help="worker processes")
args = parser.parse_args()

paths = expand_inputs([args.folder]) if args.folder else [str(sample_path())]
with tempfile.TemporaryDirectory() as scratch:
    out = args.output or scratch
    job = Job(task="parse", form="parquet", amounts_in=args.amounts_in)
    dataset = DatasetWriter(out, long_schema(amounts_in=args.amounts_in))
    failed = 0
    for result in run_jobs(paths, job, jobs=args.jobs):  # in input order
        if result.error is not None:
            failed += 1
            print(f"skipped {result.path}: {result.error}", file=sys.stderr)
        else:
            dataset.add(result.rows)  # typed rows: Decimal amounts, integer table/year/page
    dataset.close()
    table = pq.read_table(out)  # the whole dataset in one call (pandas, polars, DuckDB too)
    print(f"{len(paths) - failed} of {len(paths)} files, {table.num_rows} amounts")
    print(f"dataset: {out} ({', '.join(dataset.parts) or 'no part'})")
    print(table.schema.to_string(show_schema_metadata=False))
