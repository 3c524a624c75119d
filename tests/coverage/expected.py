"""What each real PDF of ../shared/corpus/real is expected to give: a ratchet.

For every document, :data:`EXPECTED` (in ``real_expected.json`` beside this module) holds
the standard tables it reads, the amounts read (standard tables and performance targets)
and the error findings by rule. The test in ``test_real_documents.py`` asserts that no
document reads fewer tables or amounts, and that no error appears that is not expected
(no rule it did not have, no more findings of a rule). A change that reads more or
reports fewer errors passes; regenerate the file to lock the gain in::

    python -m tests.coverage.expected --write          # parses the 84 PDFs (minutes)
    python -m tests.coverage.expected --write --cache /tmp/rc   # from read_pdf pickles

and review the diff: it says, per document, what moved. :data:`GENUINE` names the error
findings that are faults of the documents themselves (their own arithmetic), each with its
page: they must stay reported.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from attrs import frozen

import xjbudget

from ..real_corpus import REAL_FILES, parse_all

HERE = Path(__file__).resolve().parent
DATA = HERE / "real_expected.json"


@frozen
class Expected:
    """One document's floor (``tables``, ``read``) and ceiling (``errors`` by rule)."""

    tables: int
    read: int
    errors: Mapping[str, int]


@frozen
class Genuine:
    """An error finding that is the document's own fault, with the evidence.

    ``page`` is where the PDF prints it. A narrative finding points at its sentence's
    line, not a page: ``line`` is then that line, and what the finding is matched by.
    """

    document: str
    rule: str
    page: int
    why: str
    line: int | None = None

    def matches(self, document: str, finding: xjbudget.Finding) -> bool:
        """Whether ``finding`` of ``document`` is this one."""
        if document != self.document or finding.rule != self.rule or finding.location is None:
            return False
        if self.line is not None:
            return finding.location.line == self.line
        return finding.location.page == self.page


#: Error findings that the documents themselves cause: a printed number that does not
#: add up, or tables a document does not print (Beijing's 2026 PDFs print 第二部分 …报表
#: as a bare heading on the page given; the tables are another file). Each is checked by
#: hand against the PDF; each must stay reported.
GENUINE: tuple[Genuine, ...] = (
    *(
        Genuine(f"beijing-{number:02d}.pdf", "completeness.tables_not_printed", page, "no table")
        for number, page in enumerate((9, 8, 9, 12, 14, 8, 10, 9, 10, 11), start=1)
    ),
    Genuine(
        "wuxi-03.pdf", "T6.tree.total_eq_sum_of_top_level", 30, "合计 26,790.33 vs 类 26,790.31"
    ),
    Genuine("wuxi-03.pdf", "T17.tree.total_eq_sum_of_top_level", 27, "the same 合计 in 公开06表"),
    Genuine(
        "wuxi-06.pdf", "T3.tree.parent_eq_sum_of_children", 14, "21999 printed twice under 219"
    ),
    Genuine(
        "wuxi-06.pdf", "T5.tree.parent_eq_sum_of_children", 21, "21999 printed twice under 219"
    ),
    Genuine("wuxi-06.pdf", "T24.tree.parent_eq_sum_of_children", 18, "21999 twice under 219"),
    Genuine("yantai-05.pdf", "cross.T16_total_eq_T3_basic", 25, "基本支出 11,389.39 vs 11,389.38"),
    Genuine(
        "yantai-06.pdf", "T16.row.total_eq_sum_of_parts", 24, "差旅费 合计 4.50, 一般公共预算 5.50"
    ),
    Genuine("yantai-06.pdf", "T16.row.fiscal_subtotal_eq_sum_of_parts", 24, "the same row"),
    Genuine("yantai-06.pdf", "T16.tree.parent_eq_sum_of_children", 24, "302 = its items + 1.00"),
    Genuine("yantai-07.pdf", "cross.T3_eq_T2_per_code", 11, "2010801: 1,535.85 vs 1,535.86"),
    Genuine("yantai-07.pdf", "cross.T6_total_eq_T5_basic", 17, "表6 2,772.24 vs 表5 2,772.25"),
    Genuine("yantai-07.pdf", "cross.T16_general_budget_eq_T6_total", 22, "2,772.25 vs 2,772.24"),
    Genuine("xian-08.pdf", "T12.row.total_eq_sum_of_parts", 29, "合计 printed a row off its parts"),
    Genuine("xian-08.pdf", "T12.tree.parent_eq_sum_of_children", 29, "the same rows, by code"),
    Genuine("xian-08.pdf", "T12.tree.total_eq_sum_of_top_level", 29, "the same rows, 合计"),
    # 增长 W% printed as the change over this year's amount, not last year's (or rounded
    # off): 80.77 万元, +74.97 → 1292.59 %, printed 92.82 % = 74.97 / 80.77.
    Genuine("xian-05.pdf", "narrative.change_pct.recomputed", 30, "三公 92.82 %", line=417),
    Genuine("xian-07.pdf", "narrative.change_pct.recomputed", 20, "会议费 275.00 %", line=293),
    Genuine("xian-07.pdf", "narrative.change_pct.recomputed", 20, "培训费 28.90 %", line=294),
    Genuine("xian-08.pdf", "narrative.change_pct.recomputed", 19, "三公 83.33 % = 5/6", line=243),
    Genuine("xian-08.pdf", "narrative.change_pct.recomputed", 19, "会议费 40 % = 0.8/2", line=249),
)


def observe(document: xjbudget.Document) -> Expected:
    """What one parsed document gives today."""
    report = xjbudget.validate(document)
    coverage = report.coverage
    read = coverage.in_standard_tables + coverage.in_performance if coverage else 0
    errors = Counter(f.rule for f in report.errors)
    return Expected(len(document.tables), read, dict(sorted(errors.items())))


def load() -> dict[str, Expected]:
    """The committed expectations, by file name."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {name: Expected(e["tables"], e["read"], e["errors"]) for name, e in raw.items()}


def _documents(cache: Path | None) -> dict[str, xjbudget.Document | str]:
    if cache is None:
        return parse_all()
    from xjbudget.parse import build_document

    documents: dict[str, xjbudget.Document | str] = {}
    for path in REAL_FILES:
        lines, findings = pickle.loads((cache / f"{path.stem}.pkl").read_bytes())
        documents[path.name] = build_document(
            lines, form="pdf", source=path.name, findings=findings
        )
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {DATA.name}")
    parser.add_argument("--cache", type=Path, help="read_pdf pickles (<stem>.pkl)")
    args = parser.parse_args()
    observed = {}
    for name, parsed in _documents(args.cache).items():
        if isinstance(parsed, str):
            raise SystemExit(f"{name}: {parsed}")
        e = observe(parsed)
        observed[name] = {"tables": e.tables, "read": e.read, "errors": dict(e.errors)}
    text = json.dumps(observed, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.write:
        DATA.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
