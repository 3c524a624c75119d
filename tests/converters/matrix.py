"""The converter matrix (issue 16): PDFs of known content turned into text by the tools
users have, parsed, and every amount cell scored against what the PDF prints.

Used by tests/converters/test_matrix.py (a small subset) and by
``benchmarks/converter_matrix.py`` (the whole matrix). The converters are test
dependencies only: ``pdftotext`` (poppler-utils, installed by ``.ci/run`` where apt
exists), pdfminer.six, pdfplumber and pypdfium2 (pulled in by the PDF extra); a converter
whose tool is missing converts nothing (:func:`available`).

A cell of the expected set is **exact** when the parse holds it (table, code, column,
amount); a cell the parse gives that is not expected is **wrong** — **flagged** when its
table carries a finding of the flat reader that says the placement is uncertain
(``parse.flat.ambiguous_column``, ``parse.flat.sum_fails``, ``parse.flat.too_many_amounts``),
**silent** otherwise. An expected cell the parse does not give is **moved** when the
parse gives its amount in another column of the same row (the wrong cell that took it
is counted as flagged or silent), **withheld** when its table carries an error finding
saying cells were not given (``parse.flat.not_row_order``, ``parse.flat.unread_amounts``,
``parse.flat.too_many_amounts``) or a warning that it prints none
(``parse.flat.no_amounts``), else **lost** — gone without a finding, which must
never happen. ``expected = exact + moved + withheld + lost``.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import xjbudget
from xjbudget.export import long_rows

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "pdf_fixtures"
sys.path.insert(0, str(FIXTURES))

Cell = tuple[str, str, str, str]  # table, code, column, amount
FLAGGING = frozenset(
    {"parse.flat.ambiguous_column", "parse.flat.sum_fails", "parse.flat.too_many_amounts"}
)
WITHHOLDING = frozenset(
    {
        "parse.flat.not_row_order",
        "parse.flat.unread_amounts",
        "parse.flat.too_many_amounts",
        "parse.flat.no_amounts",
    }
)


def _pdftotext(*options: str) -> Callable[[Path], str | None]:
    def convert(pdf: Path) -> str | None:
        if shutil.which("pdftotext") is None:
            return None
        done = subprocess.run(
            ["pdftotext", *options, "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            check=True,
        )
        return done.stdout.decode("utf-8")

    return convert


def _pdfminer(pdf: Path) -> str | None:
    try:
        from pdfminer.high_level import extract_text
    except ImportError:
        return None
    return str(extract_text(str(pdf)))


def _pdfplumber(layout: bool) -> Callable[[Path], str | None]:
    def convert(pdf: Path) -> str | None:
        try:
            import pdfplumber
        except ImportError:
            return None
        with pdfplumber.open(pdf) as document:
            return "\n".join(page.extract_text(layout=layout) or "" for page in document.pages)

    return convert


def _pypdfium2(pdf: Path) -> str | None:
    try:
        import pypdfium2
    except ImportError:
        return None
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def _collapsed(pdf: Path) -> str | None:
    """Copy-paste from a viewer: the layout text with every run of spaces one space."""
    text = _pdftotext("-layout")(pdf)
    return None if text is None else re.sub(r"[ \t\u3000]+", " ", text)


#: Converter name → PDF path → text (``None`` when the tool is missing).
CONVERTERS: dict[str, Callable[[Path], str | None]] = {
    "pdftotext": _pdftotext(),
    "pdftotext -raw": _pdftotext("-raw"),
    "pdftotext -layout": _pdftotext("-layout"),
    "pdfminer extract_text": _pdfminer,
    "pdfplumber": _pdfplumber(False),
    "pdfplumber layout": _pdfplumber(True),
    "pypdfium2": _pypdfium2,
    "copy-paste (collapsed)": _collapsed,
}
#: The converters that print a table column by column (not in row order).
OUT_OF_ORDER = frozenset({"pdftotext", "pdfminer extract_text"})
#: The converters whose text stands each word where the page does (runs of spaces).
KEEPS_POSITIONS = frozenset({"pdftotext -layout", "pdfplumber layout"})


def available(name: str) -> bool:
    """Whether the tool behind converter ``name`` is installed here."""
    if name.startswith("pdftotext") or name.startswith("copy-paste"):
        return shutil.which("pdftotext") is not None
    module = {"pdfminer": "pdfminer", "pdfplumber": "pdfplumber", "pypdfium2": "pypdfium2"}
    wanted = next(m for prefix, m in module.items() if name.startswith(prefix))
    try:
        __import__(wanted)
    except ImportError:
        return False
    return True


@dataclass
class Score:
    """Amount cells of one parse against the expected ones."""

    expected: int = 0
    exact: int = 0
    flagged: int = 0
    silent: int = 0
    moved: int = 0
    withheld: int = 0
    lost: int = 0

    def add(self, other: Score) -> None:
        for name in ("expected", "exact", "flagged", "silent", "moved", "withheld", "lost"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def given(self) -> int:
        return self.exact + self.flagged + self.silent


def cells_of(document: xjbudget.Document) -> list[Cell]:
    return [(r[1], r[2], r[5], r[6]) for r in long_rows(document)]


def score(document: xjbudget.Document, expected: Iterable[Cell]) -> Score:
    """Score ``document``'s amount cells against ``expected`` (see the module doc)."""
    want = Counter(expected)
    got = Counter(cells_of(document))
    hit = want & got
    flagging = {str(f.table) for f in document.findings if f.rule in FLAGGING}
    withholding = {str(f.table) for f in document.findings if f.rule in WITHHOLDING}
    result = Score(expected=sum(want.values()), exact=sum(hit.values()))
    for cell, count in (got - hit).items():
        if cell[0] in flagging:
            result.flagged += count
        else:
            result.silent += count
    # Where a wrong cell holds an expected amount of the same row: (table, code, amount).
    elsewhere = Counter((t, code, amount) for (t, code, _, amount) in (got - hit).elements())
    for cell in sorted((want - hit).elements()):
        table, code, _, amount = cell
        if elsewhere[(table, code, amount)] > 0:
            elsewhere[(table, code, amount)] -= 1
            result.moved += 1
        elif table in withholding:
            result.withheld += 1
        else:
            result.lost += 1
    return result


def golden_cells(stem: str) -> list[Cell]:
    """The hand-transcribed cells of a corpus document (tests/golden)."""
    import csv

    with open(HERE.parent / "golden" / f"{stem}.cells.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[1:]
    return [(r[0], r[1], r[4], r[5]) for r in rows]


def parse_converted(text: str) -> xjbudget.Document:
    return xjbudget.parse_text(text)


def render_pdf(tabbed: Path, out: Path, *, ruled: bool) -> Path:
    """A tab-form document printed as a PDF (tests/pdf_fixtures/make_pdfs.py: tables
    over pages, landscape pages for wide tables; ``ruled`` or not)."""
    import make_pdfs
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(make_pdfs.FONT))
    make_pdfs.render(tabbed, out, ruled=ruled)
    return out


#: The committed corpus PDFs: (stem, layout) → path.
CORPUS_PDFS: dict[tuple[str, str], Path] = {
    ("000_707d8629ab46531e", "ruled"): FIXTURES / "000_ruled.pdf",
    ("000_707d8629ab46531e", "unruled"): FIXTURES / "000_unruled.pdf",
    ("003_f62fb37ef8e53f88", "ruled"): FIXTURES / "003_ruled.pdf",
    ("004_ce2c4c2fd8aa6825", "ruled"): FIXTURES / "004_ruled.pdf",
}


@functools.lru_cache(maxsize=32)
def converted(converter: str, pdf: Path) -> str | None:
    """The text ``converter`` makes of ``pdf`` (once per process), ``None`` when the tool
    is missing."""
    return CONVERTERS[converter](pdf)


def run(converter: str, pdf: Path, expected: Sequence[Cell]) -> Score | None:
    """Convert ``pdf``, parse, score; ``None`` when the converter is missing."""
    text = converted(converter, pdf)
    if text is None:
        return None
    return score(parse_converted(text), expected)
