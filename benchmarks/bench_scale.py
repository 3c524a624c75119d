"""Speed and scale, in one run on the same inputs: xjbudget against the tools users would
pick instead (not part of the test suite).

    .venv/bin/python benchmarks/bench_scale.py [--sizes 10,100,1000] [--camelot-max 100]

Prints:
- text: ``parse_text`` and ``validate`` per generated document, and ``parse_text`` of
  the text of a ~50-page document;
- PDF, per page, for generated documents of 10, 100 and 1,000 pages (rendered with
  reportlab into a temporary folder, never kept): pdfplumber's bare ``page.chars``,
  ``extract_text()``, ``extract_tables()``, both together (what bench_pdf.py compares
  with), xjbudget's ``parse_pdf``, and camelot's lattice mode when it is installed (up to
  ``--camelot-max`` pages: it renders every page as an image); the ratios to pdfplumber;
  and the peak memory of each: the process's peak resident set during the run (VmHWM,
  reset after the imports) and its growth over the resident set before it, and, for
  ``parse_pdf``, the peak of Python allocations (tracemalloc, a separate run as it
  slows the code down).

Every PDF measurement runs in a fresh process, so one does not warm the next and the
maximum resident set is that measurement's own.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES_PER_DOCUMENT = 11.5  # about what one generated document renders to


# ---------------------------------------------------------------- generated inputs


def generated_documents(count: int, seed: int = 1) -> list[object]:
    """``count`` consistent documents drawn by xjbudget.strategies (deterministic)."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as seeded

    import xjbudget.strategies as xst

    drawn: list[object] = []

    @seeded(seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],
    )
    @given(xst.documents(max_classes=8))
    def collect(document: object) -> None:
        drawn.append(document)

    collect()
    return drawn


def _texts(count: int) -> list[str]:
    from xjbudget.render import render_document_tabbed

    documents = generated_documents(max(count, 1))
    return [render_document_tabbed(d) for d in documents][:count]  # type: ignore[arg-type]


def build_pdf(pages: int, folder: Path) -> tuple[Path, str]:
    """A PDF of about ``pages`` pages: generated documents one after the other, rendered
    as the test fixtures are (tests/pdf_fixtures/make_pdfs.py). Returns it and its text."""
    sys.path.insert(0, str(ROOT / "tests" / "pdf_fixtures"))
    import make_pdfs
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(make_pdfs.FONT))
    count = max(1, round(pages / PAGES_PER_DOCUMENT))
    texts = _texts(count)
    text = "".join(texts[i % len(texts)] for i in range(count))
    source = folder / f"generated_{pages}.txt"
    source.write_text(text, encoding="utf-8")
    out = folder / f"generated_{pages}.pdf"
    make_pdfs.render(source, out, ruled=True)
    return out, text


# ---------------------------------------------------------------- one measurement


def _status_mib(field: str) -> float | None:
    """A ``VmRSS``/``VmHWM`` line of /proc/self/status (Linux), in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak() -> None:
    """Start the peak resident set (VmHWM) again from the current one (Linux >= 4.0).
    ``ru_maxrss`` cannot serve: it carries the parent's peak across fork and exec."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        pass


def _peak_mib() -> float:
    peak = _status_mib("VmHWM")
    if peak is not None:
        return peak
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _plumber(path: Path, work: Callable[[object], object]) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            work(page)
            page.close()
        return len(pdf.pages)


def _parse_pdf(path: Path) -> int:
    from xjbudget.limits import Limits
    from xjbudget.parse import build_document
    from xjbudget.sources.pdf import read_pdf

    # parse_pdf's own body, with the page bound (500) raised for the 1,000-page run.
    pdf = read_pdf(path, limits=Limits(max_pdf_pages=100_000))
    build_document(list(pdf.lines), form="pdf", source=str(path), findings=pdf.findings)
    return pdf.page_count


def _camelot(path: Path) -> int:
    import camelot

    camelot.read_pdf(str(path), pages="all", flavor="lattice")
    return _plumber(path, lambda page: None)


TOOLS: dict[str, Callable[[Path], int]] = {
    "chars": lambda p: _plumber(p, lambda page: page.chars),  # type: ignore[attr-defined]
    "extract_text": lambda p: _plumber(p, lambda page: page.extract_text()),  # type: ignore[attr-defined]
    "extract_tables": lambda p: _plumber(p, lambda page: page.extract_tables()),  # type: ignore[attr-defined]
    "text+tables": lambda p: _plumber(
        p,
        lambda page: (page.extract_text(), page.extract_tables()),  # type: ignore[attr-defined]
    ),
    "parse_pdf": _parse_pdf,
    "camelot": _camelot,
}


def measure(tool: str, path: Path, trace: bool) -> dict[str, float]:
    """Run one tool over one PDF in this process: seconds, pages, memory."""
    import pdfplumber  # noqa: F401 - imports are not the tool's memory

    import xjbudget  # noqa: F401

    if tool == "camelot":
        import camelot  # noqa: F401
    _reset_peak()
    base = _status_mib("VmRSS") or _peak_mib()
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    pages = TOOLS[tool](path)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20 if trace else 0.0
    return {
        "seconds": seconds,
        "pages": pages,
        "rss_base_mib": base,
        "rss_mib": _peak_mib(),
        "traced_peak_mib": peak,
    }


def _in_subprocess(tool: str, path: Path, trace: bool = False) -> dict[str, float] | None:
    command = [sys.executable, __file__, "--measure", tool, str(path)]
    done = subprocess.run(
        command + (["--trace"] if trace else []), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        print(f"  {tool} failed: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------- reports


def _median_ms(function: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def text_report(repeat: int, folder: Path) -> None:
    import xjbudget

    texts = _texts(20)
    documents = [xjbudget.parse_text(t) for t in texts]
    parse_ms = [_median_ms(lambda t=t: xjbudget.parse_text(t), repeat) for t in texts]
    validate_ms = [_median_ms(lambda d=d: xjbudget.validate(d), repeat) for d in documents]
    chars = statistics.median(len(t) for t in texts)
    print(f"text, {len(texts)} generated documents (median {chars:.0f} characters):")
    print(f"  parse_text per document: median {statistics.median(parse_ms):.1f} ms")
    print(f"  validate per document:   median {statistics.median(validate_ms):.1f} ms")
    pdf, text = build_pdf(50, folder)
    pages = _plumber(pdf, lambda page: None)
    ms = _median_ms(lambda: xjbudget.parse_text(text), repeat)
    print(f"  parse_text of a {pages}-page document's text ({len(text)} characters): {ms:.1f} ms")
    corpus = ROOT / "tests" / "corpus" / "000_707d8629ab46531e.txt"
    real = corpus.read_text(encoding="utf-8")
    real_ms = _median_ms(lambda: xjbudget.parse_text(real), repeat)
    per_page = real_ms / 19  # its PDF (tests/pdf_fixtures/000_ruled.pdf) has 19 pages
    print(
        f"  parse_text of corpus 000 (19 pages, {len(real)} characters): {real_ms:.1f} ms"
        f" = {per_page * 50:.1f} ms per 50 pages"
    )


def pdf_report(sizes: list[int], camelot_max: int, folder: Path) -> None:
    tools = ["chars", "extract_text", "extract_tables", "text+tables", "parse_pdf"]
    try:
        import camelot  # noqa: F401

        has_camelot = True
    except ImportError:
        has_camelot = False
        print("camelot is not installed (pip install camelot-py): its column is left out")
    print("\nPDF, generated documents: ms per page (ratio to pdfplumber text+tables)")
    head = f"{'pages':>6}" + "".join(f"{t:>16}" for t in [*tools, "camelot lattice"])
    print(head)
    memory: list[str] = []
    for size in sizes:
        path, _ = build_pdf(size, folder)
        results = {t: _in_subprocess(t, path) for t in tools}
        if has_camelot and size <= camelot_max:
            results["camelot"] = _in_subprocess("camelot", path)
        base = results["text+tables"]
        pages = int(base["pages"]) if base else size
        cells = []
        for tool in [*tools, "camelot"]:
            result = results.get(tool)
            if result is None:
                cells.append(f"{'-':>16}")
                continue
            per_page = result["seconds"] / pages * 1000
            ratio = result["seconds"] / base["seconds"] if base else float("nan")
            cells.append(f"{per_page:8.1f} ({ratio:4.2f})")
        print(f"{pages:6d}" + "".join(cells))
        traced = _in_subprocess("parse_pdf", path, trace=True)
        parts = [
            f"{t} {r['rss_mib']:.0f} MiB (+{r['rss_mib'] - r['rss_base_mib']:.0f})"
            for t, r in results.items()
            if r is not None and t in ("chars", "text+tables", "parse_pdf", "camelot")
        ]
        if traced:
            parts.append(f"parse_pdf Python peak {traced['traced_peak_mib']:.1f} MiB")
        memory.append(f"{pages:6d} pages: " + ", ".join(parts))
        path.unlink()
    print("\npeak memory: peak RSS during the run (+ growth over the RSS before it); tracemalloc:")
    for line in memory:
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="page counts, comma-separated")
    parser.add_argument("--camelot-max", type=int, default=100, metavar="PAGES")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--measure", nargs=2, metavar=("TOOL", "PDF"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    if args.measure:
        tool, path = args.measure
        print(json.dumps(measure(tool, Path(path), args.trace)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        text_report(args.repeat, Path(folder))
        pdf_report([int(s) for s in args.sizes.split(",")], args.camelot_max, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
