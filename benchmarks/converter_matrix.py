"""The converter matrix (issue 16; not part of the test suite).

    python benchmarks/converter_matrix.py [--generated N] [--seed S] [--sets A,B]
                                         [--no-corpus]

Converts the committed corpus PDFs (tests/pdf_fixtures: 000 ruled and unruled, 003 and
004 ruled — tables over pages, landscape pages for the wide tables) and N generated
documents (xjbudget.strategies, rendered to tab form and then to a PDF, ruled and
unruled in turn) with every converter of tests/converters/matrix.py, parses the text
and prints, per converter and layout, the amount cells: exact / wrong with a finding on
their table / wrong silently / moved to another column of their row / withheld with an
error finding / lost without a finding (tests/converters/matrix.py defines each). A
missing tool prints "absent". The generated documents are drawn from ``--seed`` (0 by
default), so two runs print the same matrix. They are scored three times: as drawn
(``gen xN``), part 3 describing each 表7 project as the Xinjiang template does (its
资金分配情况 names the economic 款 the money goes to, which decides the column of a
project's lone amount); the same documents without that section (``gen xN no part 3``:
``documents(project_descriptions=False)``), where nothing but the lost positions said
which column it was; and those printed without the ``※ 1 2 3`` numbering rows too, as
003's template prints its tables (``no part 3, no ※``: ``render_document_tabbed(…,
numbering=False)``), where only the header's labels say where the columns stand. Each is
scored against the cells of the document's tab form with its numbering rows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.converters.matrix import (  # noqa: E402
    CONVERTERS,
    CORPUS_PDFS,
    Score,
    cells_of,
    golden_cells,
    render_pdf,
    run,
)


def _line(converter: str, layout: str, result: Score | None) -> str:
    if result is None:
        return f"{converter:24s} {layout:10s} absent"
    share = 100 * result.exact / result.expected if result.expected else 100.0
    return (
        f"{converter:24s} {layout:10s} {result.expected:5d} {result.exact:5d} "
        f"({share:5.1f} %) {result.flagged:7d} {result.silent:6d} {result.moved:5d} "
        f"{result.withheld:8d} {result.lost:5d}"
    )


def _generated(
    count: int, seed: int, *, descriptions: bool = True, numbering: bool = True
) -> list[tuple[Path, list[tuple[str, str, str, str]]]]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as fixed_seed
    from hypothesis import strategies as st

    import xjbudget
    from xjbudget.render import render_document_tabbed
    from xjbudget.strategies import documents

    out: list[tuple[Path, list[tuple[str, str, str, str]]]] = []
    folder = Path(tempfile.mkdtemp(prefix="xjbudget-matrix-"))

    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @fixed_seed(seed)
    @given(st.data())
    def draw(data: st.DataObject) -> None:
        document = data.draw(documents(project_descriptions=descriptions))
        index = len(out)
        text = folder / f"generated_{index:04d}.txt"
        # The cells expected are those of the tab form with its numbering rows.
        expected = cells_of(xjbudget.parse_text(render_document_tabbed(document)))
        text.write_text(render_document_tabbed(document, numbering=numbering), encoding="utf-8")
        pdf = render_pdf(text, folder / f"generated_{index:04d}.pdf", ruled=index % 2 == 0)
        out.append((pdf, expected))

    draw()
    return out


#: The generated row sets by name: (part 3's project descriptions, numbering rows, label).
_GENERATED_SETS = {
    "drawn": (True, True, ""),
    "no-part-3": (False, True, " no part 3"),
    "no-numbering": (False, False, " no part 3, no ※"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--generated", type=int, default=0, help="generated documents too")
    parser.add_argument("--seed", type=int, default=0, help="the generated documents' seed")
    parser.add_argument(
        "--sets",
        default=",".join(_GENERATED_SETS),
        help="the generated sets to score, comma-separated (all by default: "
        + ", ".join(_GENERATED_SETS)
        + "); two processes with different sets use two cores",
    )
    parser.add_argument("--no-corpus", action="store_true", help="leave out the corpus rows")
    args = parser.parse_args(argv)
    sets = [_GENERATED_SETS[name] for name in args.sets.split(",")]
    warnings.simplefilter("ignore")
    print(
        f"{'converter':24s} {'layout':10s} cells exact           flagged silent moved "
        "withheld  lost"
    )
    for converter in () if args.no_corpus else CONVERTERS:
        total = Score()
        for (stem, layout), pdf in CORPUS_PDFS.items():
            result = run(converter, pdf, golden_cells(stem))
            print(_line(converter, f"{stem[:3]} {layout}", result))
            if result is not None:
                total.add(result)
        print(_line(converter, "corpus", total if total.expected else None))
    if args.generated:
        for descriptions, numbering, suffix in sets:
            documents = _generated(
                args.generated, args.seed, descriptions=descriptions, numbering=numbering
            )
            for converter in CONVERTERS:
                total = Score()
                for pdf, expected in documents:
                    result = run(converter, pdf, expected)
                    if result is not None:
                        total.add(result)
                label = f"gen x{len(documents)}{suffix}"
                print(_line(converter, label, total if total.expected else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
