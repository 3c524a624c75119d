"""Seconds per page: xjbudget's read_pdf / parse_pdf against pdfplumber's own
``page.extract_text()`` + ``page.extract_tables()`` over the same pages, in one run.

    .venv/bin/python benchmarks/bench_pdf.py [PDF ...]

Without arguments it reads the generated fixtures and, when present, the published PDFs
in ../shared/corpus/pdf. ``--long N`` also builds an N-page PDF (the 000 fixture's pages
rendered again and again) and reports peak Python memory of read_pdf at N pages against N/10 pages.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
import tracemalloc
from pathlib import Path

import pdfplumber

import xjbudget
from xjbudget.sources.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = sorted((ROOT / "tests" / "pdf_fixtures").glob("*.pdf")) + sorted(
    (ROOT.parent / "shared" / "corpus" / "pdf").glob("*.pdf")
)


def _plumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
        return len(pdf.pages)


def _timed(function, path: Path, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function(path)
        best = min(best, time.perf_counter() - start)
    return best


def _parse(path: Path) -> None:
    # A layout the segmenter does not know yet raises; the reading still counts.
    with contextlib.suppress(xjbudget.XjbudgetError):
        xjbudget.parse_pdf(path)


def _long_pdf(pages: int, folder: Path) -> Path:
    """About ``pages`` pages: the 000 corpus document rendered again and again."""
    import sys

    sys.path.insert(0, str(ROOT / "tests" / "pdf_fixtures"))
    import make_pdfs
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(make_pdfs.FONT))
    text = make_pdfs.corpus_document("000").read_text(encoding="utf-8")
    source = folder / f"long_{pages}.txt"
    source.write_text("\n".join([text] * max(1, round(pages / 19))), encoding="utf-8")
    out = folder / f"long_{pages}.pdf"
    make_pdfs.render(source, out, ruled=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--long", type=int, default=0)
    args = parser.parse_args()
    pdfs = args.pdfs or DEFAULT
    total = {"pages": 0, "plumber": 0.0, "read": 0.0, "parse": 0.0}
    print(
        f"{'file':48} {'pages':>5} {'plumber s/p':>11} {'read_pdf s/p':>12} {'parse_pdf s/p':>13}"
    )
    for path in pdfs:
        pages = _plumber(path)  # warm the OS cache
        plumber = _timed(_plumber, path, args.repeat)
        read = _timed(read_pdf, path, args.repeat)
        parse = _timed(_parse, path, args.repeat)
        total["pages"] += pages
        total["plumber"] += plumber
        total["read"] += read
        total["parse"] += parse
        print(
            f"{path.name[:48]:48} {pages:5d} {plumber / pages:11.4f} {read / pages:12.4f}"
            f" {parse / pages:13.4f}"
        )
    pages = total["pages"]
    print(
        f"{'all':48} {pages:5d} {total['plumber'] / pages:11.4f} {total['read'] / pages:12.4f}"
        f" {total['parse'] / pages:13.4f}"
    )
    print(f"ratio read_pdf / pdfplumber:  {total['read'] / total['plumber']:.2f}")
    print(f"ratio parse_pdf / pdfplumber: {total['parse'] / total['plumber']:.2f}")
    if args.long:
        with tempfile.TemporaryDirectory() as folder:
            for count in (args.long // 10, args.long):
                path = _long_pdf(count, Path(folder))
                tracemalloc.start()
                result = read_pdf(path)
                peak = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
                print(
                    f"read_pdf over {result.page_count} pages: peak Python memory"
                    f" {peak / 2**20:.1f} MiB ({len(result.lines)} lines kept)"
                )


if __name__ == "__main__":
    main()
