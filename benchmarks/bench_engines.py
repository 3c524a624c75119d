"""CPU ms per page of xjbudget's PDF engines beside the bare extraction of other PDF
libraries on the same pages, in one run, and pages per second of a CLI batch.

    .venv/bin/python benchmarks/bench_engines.py [PDF ...] [--limit N] [--batch]

Without arguments it reads ../shared/corpus/real (else the generated fixtures). Each
measure is the CPU time (``time.process_time``) of one pass over every file, best of
``--repeat``; the ratio is to pdfplumber's bare ``page.chars``. playa-pdf and PyMuPDF are
measured when installed (``pip install playa-pdf pymupdf``; neither is a dependency).
``--batch`` also times ``xjbudget parse DIR --jobs 1`` and ``--jobs 2`` per engine (wall
clock, a fresh process each: start-up included).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"


def _pages(path: Path) -> int:
    import pypdfium2

    with contextlib.closing(pypdfium2.PdfDocument(path)) as pdf:
        return len(pdf)


def _plumber_chars(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.chars  # noqa: B018 - building them is the cost
            page.close()


def _pdfminer(path: Path) -> None:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    with path.open("rb") as handle:
        for page in PDFPage.get_pages(handle):
            interpreter.process_page(page)
            device.get_result()


def _playa(path: Path) -> None:
    import playa

    with playa.open(path) as pdf:
        for page in pdf.pages:
            for glyph in page.glyphs:
                glyph.bbox  # noqa: B018
                glyph.text  # noqa: B018


def _pymupdf(path: Path) -> None:
    import pymupdf

    with pymupdf.open(path) as pdf:
        for page in pdf:
            page.get_text()


def _reader(engine: str) -> Callable[[Path], None]:
    def read(path: Path) -> None:
        from xjbudget.sources.pdf import read_pdf

        read_pdf(path, engine=engine)  # type: ignore[arg-type]

    return read


def _parser(engine: str) -> Callable[[Path], None]:
    def parse(path: Path) -> None:
        import xjbudget

        with contextlib.suppress(xjbudget.XjbudgetError):
            xjbudget.parse_pdf(path, engine=engine)  # type: ignore[arg-type]

    return parse


def _measures() -> dict[str, Callable[[Path], None]]:
    measures: dict[str, Callable[[Path], None]] = {
        "pdfplumber page.chars": _plumber_chars,
        "pdfminer (no layout)": _pdfminer,
    }
    if importlib.util.find_spec("playa"):
        measures["playa-pdf glyphs"] = _playa
    if importlib.util.find_spec("pymupdf"):
        measures["PyMuPDF get_text()"] = _pymupdf
    from xjbudget.sources.pdf import DEFAULT_ENGINE, ENGINES

    for engine in ENGINES:
        mark = " (default)" if engine == DEFAULT_ENGINE else ""
        measures[f"read_pdf engine={engine}{mark}"] = _reader(engine)
        measures[f"parse_pdf engine={engine}{mark}"] = _parser(engine)
    return measures


def _cpu(function: Callable[[Path], None], paths: list[Path], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for path in paths:
            function(path)
        best = min(best, time.process_time() - start)
    return best


def _batch(paths: list[Path], engine: str, jobs: int) -> float:
    """Wall seconds of ``xjbudget parse DIR --jobs N`` over the files."""
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        for path in paths:
            (inputs / path.name).symlink_to(path)
        command = [sys.executable, "-m", "xjbudget", "parse", str(inputs), "--jobs", str(jobs)]
        command += ["--engine", engine, "-o", str(Path(folder) / "out.jsonl"), "--errors"]
        command += [str(Path(folder) / "errors.txt")]
        start = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True, env={**os.environ})
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch", action="store_true", help="also time CLI batches")
    args = parser.parse_args()
    paths = args.pdfs or sorted(REAL.glob("*.pdf")) or sorted(ROOT.glob("tests/pdf_fixtures/*.pdf"))
    if args.limit:
        paths = paths[: args.limit]
    pages = sum(_pages(path) for path in paths)
    for path in paths:  # warm the OS cache and the imports
        _plumber_chars(path) if path is paths[0] else path.read_bytes()
    print(f"{len(paths)} files, {pages} pages; CPU ms per page (ratio to page.chars)")
    base = None
    for label, function in _measures().items():
        function(paths[0])  # imports
        seconds = _cpu(function, paths, args.repeat)
        base = base or seconds
        print(f"  {label:38} {1000 * seconds / pages:7.1f}  ({seconds / base:.2f})", flush=True)
    if args.batch:
        print("batch: xjbudget parse DIR -o out.jsonl (wall clock, pages per second)")
        for engine in ("pdfplumber", "pdfium"):
            for jobs in (1, 2):
                seconds = _batch(paths, engine, jobs)
                print(f"  --engine {engine:10} --jobs {jobs}  {pages / seconds:7.1f}", flush=True)


if __name__ == "__main__":
    main()
