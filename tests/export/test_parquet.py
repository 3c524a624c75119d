"""The typed Parquet dataset (issue 19): one dataset for a batch, bounded row groups,
typed columns, read back by pandas, DuckDB and polars summing amounts in one unit."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import xjbudget
from xjbudget.cli import main
from xjbudget.export import LONG_CSV_COLUMNS, long_records, to_records

from ..conftest import CORPUS, FLAT, TABBED

pa = pytest.importorskip("pyarrow", reason="pyarrow is the optional 'parquet' extra")
pq = pytest.importorskip("pyarrow.parquet")

from xjbudget.export.parquet import (  # noqa: E402 - needs pyarrow
    DatasetWriter,
    long_schema,
    write_long_dataset,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "etl_parquet.py"
PDFS = Path(__file__).resolve().parents[1] / "pdf_fixtures"


def _expected_sum(documents: list[xjbudget.Document], unit: str) -> Decimal:
    return sum(
        (
            r["amount"]
            for d in documents
            for r in to_records(d, amounts_in=unit)
            if r["unit"] == unit
        ),
        Decimal(0),
    )


def test_the_schema_is_typed(parsed: dict[str, xjbudget.Document], tmp_path: Path) -> None:
    documents = [parsed[s] for s in TABBED + FLAT]
    records = [r for d in documents for r in long_records(d, amounts_in="元")]
    parts = write_long_dataset(records, tmp_path, amounts_in="元", row_group_rows=100)
    assert parts == ["part-000000.parquet"]
    schema = pq.read_schema(tmp_path / parts[0])
    assert schema.names == list(LONG_CSV_COLUMNS)
    assert schema.field("amount").type == pa.decimal128(38, 6)
    assert [str(schema.field(n).type) for n in ("table", "year", "page")] == [
        "int16", "int16", "int32",
    ]  # fmt: skip
    for name in ("document", "department", "unit", "table_kind", "printed_title", "family"):
        assert pa.types.is_dictionary(schema.field(name).type), name
    assert schema.metadata[b"xjbudget.amounts_in"] == "元".encode()
    metadata = pq.ParquetFile(tmp_path / parts[0]).metadata
    sizes = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
    assert max(sizes) <= 100 and sum(sizes) == len(records)
    table = pq.read_table(tmp_path)
    back = table.column("amount").to_pylist()
    assert back == [r.amount for r in records]  # exact: Decimal in, Decimal out


def test_parts_close_between_documents(
    parsed: dict[str, xjbudget.Document], tmp_path: Path
) -> None:
    documents = [parsed[s] for s in TABBED]
    seen: list[tuple[str, int]] = []
    writer = DatasetWriter(
        tmp_path,
        long_schema(),
        row_group_rows=50,
        file_rows=100,
        on_part=lambda name, rows: seen.append((name, rows)),
    )
    sizes = []
    for document in documents:
        rows = list(long_records(document))
        sizes.append(len(rows))
        writer.add(rows)
    writer.close()
    assert all(size >= 100 for size in sizes)  # each document fills a part
    assert seen == [(f"part-{i:06d}.parquet", n) for i, n in enumerate(sizes)]
    assert not list(tmp_path.glob("*.tmp"))


def test_an_amount_with_more_places_than_the_column_is_refused(tmp_path: Path) -> None:
    record = (
        "a", 3, None, "x", None, "total", Decimal("0.0000001"),
        None, None, "万元", "k", "t", None, None,
    )  # fmt: skip
    with pytest.raises(xjbudget.UnitError, match="more than 6 decimal places"):
        write_long_dataset([record], tmp_path)
    assert not list(tmp_path.iterdir())  # no torn part left


def _texts_and_pdfs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "pdf").mkdir(parents=True)
    for stem in TABBED + FLAT:
        shutil.copy(CORPUS / f"{stem}.txt", folder / f"{stem}.txt")
    shutil.copy(PDFS / "000_ruled.pdf", folder / "pdf" / "000_ruled.pdf")
    (folder / "notes.md").write_text("not a disclosure", encoding="utf-8")
    return folder


def test_the_etl_example_reads_back_in_pandas_duckdb_and_polars(tmp_path: Path) -> None:
    folder = _texts_and_pdfs(tmp_path)
    out = tmp_path / "dataset"
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), str(folder), "-o", str(out), "--amounts-in", "元"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("5 of 5 files")
    assert [p.name for p in out.iterdir()] == ["part-000000.parquet"]
    documents = [
        xjbudget.parse(p) for p in sorted(folder.rglob("*")) if p.suffix in {".txt", ".pdf"}
    ]
    expected = _expected_sum(documents, "元")
    assert expected > 0

    pd = pytest.importorskip("pandas")
    frame = pd.read_parquet(out)
    assert len(frame) == sum(len(to_records(d)) for d in documents)
    assert frame.loc[frame["unit"] == "元", "amount"].sum() == expected

    duckdb = pytest.importorskip("duckdb")
    [(total,)] = (
        duckdb.connect()
        .execute("SELECT sum(amount) FROM read_parquet(?) WHERE unit = '元'", [f"{out}/*.parquet"])
        .fetchall()
    )
    assert total == expected

    try:
        import polars as pl
    except ImportError:  # polars is optional; pandas and DuckDB are the promise
        return
    polars_total = pl.read_parquet(out / "*.parquet").filter(pl.col("unit") == "元")["amount"].sum()
    assert Decimal(str(polars_total)) == expected


def test_a_batch_writes_one_dataset_and_resumes(tmp_path: Path) -> None:
    folder = _texts_and_pdfs(tmp_path)
    out = tmp_path / "long"
    assert main(["parse", str(folder), "-r", "--format", "parquet", "-o", str(out)]) == 0
    assert sorted(p.name for p in out.glob("part-*")) == ["part-000000.parquet"]
    full = pq.read_table(out)
    manifest = (out / "_manifest.jsonl").read_text("utf-8").splitlines()
    entries = [json.loads(line) for line in manifest[1:]]
    assert len(entries) == 5 and {e["part"] for e in entries} == {"part-000000.parquet"}
    # A run killed while writing its second part: the first part holds the first two
    # files (the manifest names them), the second is torn. Resume drops the torn part and
    # redoes the other three files, giving the same rows as the whole run.
    first_two = [e["file"] for e in entries[:2]]
    shutil.rmtree(out)
    assert main(["parse", *first_two, "--format", "parquet", "-o", str(out)]) == 0
    (out / "part-000001.parquet.tmp").write_bytes(b"PAR1 torn")
    assert (
        main(["parse", str(folder), "-r", "--format", "parquet", "-o", str(out), "--resume"]) == 0
    )
    assert sorted(p.name for p in out.glob("part-*")) == [
        "part-000000.parquet",
        "part-000001.parquet",
    ]
    assert pq.read_table(out).to_pylist() == full.to_pylist()
    resumed = [
        json.loads(line) for line in (out / "_manifest.jsonl").read_text("utf-8").splitlines()[1:]
    ]
    assert [e["file"] for e in resumed] == [e["file"] for e in entries]
    assert [e["part"] for e in resumed] == ["part-000000.parquet"] * 2 + ["part-000001.parquet"] * 3
    # The rows of a file whose part the manifest does not name are not kept: a fresh run
    # replaces the dataset.
    assert main(["parse", str(folder), "-r", "--format", "parquet", "-o", str(out)]) == 0
    assert pq.read_table(out).num_rows == full.num_rows
