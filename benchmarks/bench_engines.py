"""CPU ms per page of xjbudget's PDF engines beside the bare extraction of other PDF
libraries on the same pages, in one run, and pages per second of a CLI batch.

    .venv/bin/python benchmarks/bench_engines.py [PDF ...] [--limit N] [--per-city N]
        [--only LABEL ...] [--batch]

Without arguments it reads ../shared/corpus/real (else the generated fixtures);
``--per-city N`` takes the first N files of each city there (``{city}-NN.pdf``). Each
measure is the CPU time (``time.process_time``) of reading a file, best of ``--repeat``,
summed over the files; the measures take turns file by file, so a machine shared with
other work loads them alike. The ratio is to pdfplumber's bare ``page.chars``; with more
than one city a table per city follows (``page.chars`` and the default engine's
``read_pdf`` and ``parse_pdf``). playa-pdf and PyMuPDF are measured when installed (``pip
install playa-pdf pymupdf``; neither is a dependency); ``--only`` keeps the measures
whose label holds one of the given words (``page.chars`` is always kept).
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


def _cpu(function: Callable[[Path], None], path: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function(path)
        best = min(best, time.process_time() - start)
    return best


def _city(path: Path) -> str:
    return path.stem.rsplit("-", 1)[0]


def _per_city(paths: list[Path], count: int) -> list[Path]:
    """The first ``count`` files of each city (all of them for 0)."""
    taken: dict[str, int] = {}
    out = []
    for path in paths:
        taken[_city(path)] = taken.get(_city(path), 0) + 1
        if not count or taken[_city(path)] <= count:
            out.append(path)
    return out


def _city_table(
    paths: list[Path], pages: dict[Path, int], seconds: dict[str, dict[Path, float]]
) -> None:
    """ms/page of ``page.chars`` and the default engine's read_pdf and parse_pdf, by city."""
    base = "pdfplumber page.chars"
    ours = [label for label in seconds if "(default)" in label]
    print(f"by city: ms/page (ratio to page.chars); {', '.join(ours)}")
    cities = sorted({_city(path) for path in paths})
    rows = [(city, [p for p in paths if _city(p) == city]) for city in cities]
    for city, files in [*rows, ("all", paths)]:
        count = sum(pages[path] for path in files)
        chars = sum(seconds[base][path] for path in files)
        cells = [f"{1000 * chars / count:6.1f}"]
        for label in ours:
            spent = sum(seconds[label][path] for path in files)
            cells.append(f"{1000 * spent / count:6.1f} ({spent / chars:.2f})")
        print(f"  {city:10} {len(files):3d} files {count:5d} pages  {'  '.join(cells)}")


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
    parser.add_argument("--per-city", type=int, default=0, help="the first N files per city")
    parser.add_argument("--only", action="append", default=[], help="measures to keep")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch", action="store_true", help="also time CLI batches")
    args = parser.parse_args()
    paths = args.pdfs or sorted(REAL.glob("*.pdf")) or sorted(ROOT.glob("tests/pdf_fixtures/*.pdf"))
    paths = _per_city(paths, args.per_city)
    if args.limit:
        paths = paths[: args.limit]
    counts = {path: _pages(path) for path in paths}
    pages = sum(counts.values())
    for path in paths:  # warm the OS cache
        path.read_bytes()
    measures = {
        label: function
        for label, function in _measures().items()
        if label == "pdfplumber page.chars" or not args.only or any(w in label for w in args.only)
    }
    for function in measures.values():
        function(paths[0])  # imports
    seconds: dict[str, dict[Path, float]] = {label: {} for label in measures}
    for path in paths:
        for label, function in measures.items():
            seconds[label][path] = _cpu(function, path, args.repeat)
    print(f"{len(paths)} files, {pages} pages; CPU ms per page (ratio to page.chars)")
    base = sum(seconds["pdfplumber page.chars"].values())
    for label, by_path in seconds.items():
        spent = sum(by_path.values())
        print(f"  {label:38} {1000 * spent / pages:7.1f}  ({spent / base:.2f})", flush=True)
    if len({_city(path) for path in paths}) > 1:
        _city_table(paths, counts, seconds)
    if args.batch:
        print("batch: xjbudget parse DIR -o out.jsonl (wall clock, pages per second)")
        for engine in ("pdfplumber", "pdfium"):
            for jobs in (1, 2):
                seconds = _batch(paths, engine, jobs)
                print(f"  --engine {engine:10} --jobs {jobs}  {pages / seconds:7.1f}", flush=True)


if __name__ == "__main__":
    main()
