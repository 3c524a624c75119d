"""Seconds per page: xjbudget's read_pdf / parse_pdf against pdfplumber's own
``page.extract_text()`` + ``page.extract_tables()`` over the same pages, in one run.

    .venv/bin/python benchmarks/bench_pdf.py [PDF ...]

Without arguments it reads the generated fixtures and, when present, the published PDFs
in ../shared/corpus/pdf. ``--long N`` also builds an N-page PDF (the pages of the first
real PDF of ../shared/corpus/real, else of the 000 fixture, again and again) and reads it
with each engine, reporting every 100 pages the Python memory held (the lines kept so
far), the peak of traced Python memory within those 100 pages, and the process's maximum
resident set size: flat peaks mean memory does not grow with the page count beyond the
lines kept.

    .venv/bin/python benchmarks/bench_pdf.py --long 1000 --skip-timing [--engine pdfplumber]
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

import pdfplumber

import xjbudget
from xjbudget.sources.pdf import DEFAULT_ENGINE, ENGINES, Engine, read_pdf

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
    """``pages`` pages: those of a real PDF (else of the 000 fixture) again and again."""
    import pypdfium2

    real = sorted((ROOT.parent / "shared" / "corpus" / "real").glob("*.pdf"))
    source = pypdfium2.PdfDocument(real[0] if real else ROOT / "tests/pdf_fixtures/000_ruled.pdf")
    out = pypdfium2.PdfDocument.new()
    # One import: the copies share their fonts and images, as the pages of one PDF do.
    out.import_pages(source, [index % len(source) for index in range(pages)])
    path = folder / f"long_{pages}.pdf"
    out.save(path)
    return path


def _memory(path: Path, engine: Engine, every: int = 100) -> None:
    """Read ``path`` page by page as read_pdf does, reporting memory every ``every`` pages."""
    from xjbudget.sources.pdf import _open_pages, _read_page  # the page loop of read_pdf

    kept = []
    tracemalloc.start()
    with path.open("rb") as stream, _open_pages(engine, stream, path.name) as pdf:
        for page in pdf.pages():
            kept.extend(_read_page(page)[0])
            if page.number % every == 0:
                current, peak = tracemalloc.get_traced_memory()
                tracemalloc.reset_peak()
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(
                    f"  {engine:10} pages {page.number - every + 1:4d}–{page.number:<4d}"
                    f" held {current / 2**20:6.1f} MiB ({len(kept)} lines)"
                    f"  peak {peak / 2**20:6.1f} MiB  max RSS {rss:6.0f} MiB",
                    flush=True,
                )
    tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--long", type=int, default=0)
    parser.add_argument("--skip-timing", action="store_true", help="only the --long memory walk")
    parser.add_argument(
        "--engine", action="append", choices=ENGINES, help="engine(s) of the --long walk"
    )
    args = parser.parse_args()
    if not args.skip_timing:
        _timing(args.pdfs or DEFAULT, args.repeat)
    if args.long:
        with tempfile.TemporaryDirectory() as folder:
            path = _long_pdf(args.long, Path(folder))
            print(f"{path.name}: memory of read_pdf's page loop, per 100 pages")
            for engine in args.engine or [DEFAULT_ENGINE]:
                _memory(path, engine)


def _timing(pdfs: list[Path], repeat: int) -> None:
    total = {"pages": 0, "plumber": 0.0, "read": 0.0, "parse": 0.0}
    print(
        f"{'file':48} {'pages':>5} {'plumber s/p':>11} {'read_pdf s/p':>12} {'parse_pdf s/p':>13}"
    )
    for path in pdfs:
        pages = _plumber(path)  # warm the OS cache
        plumber = _timed(_plumber, path, repeat)
        read = _timed(read_pdf, path, repeat)
        parse = _timed(_parse, path, repeat)
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


if __name__ == "__main__":
    main()
