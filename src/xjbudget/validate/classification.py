"""Family 4: the printed codes against the classification code tables (:mod:`xjbudget.codes`).

- ``codes.wrong_scheme``: an economic code (3xx, 5xx) in a functional table, or a
  functional code (2xx) in 表6;
- ``codes.unknown``: a code the classification of the document's year does not have;
- ``codes.name_mismatch``: a code printed with a name that is not its name for the
  document's year (a recorded misprint, a name of another edition, or another name);
- ``codes.wrong_parent``: a 项 printed under a 款 (or a 款 under a 类) it does not belong to;
- ``codes.other_edition``: codes the tables of the document's year lack, checked against
  the nearest edition that has them (which one, the finding says).

Every check goes through :func:`xjbudget.codes.check`, so a finding says what
``xjbudget codes CODE`` says: "unknown" only where the tables are complete at the code's
level, "not in xjbudget's partial tables" elsewhere.

Every coded row counts, with or without amounts: 表1 and 表4 print every 类 201–234.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .. import codes
from ..catalog import spec_for_number
from ..errors import CodeError
from ..model import Document, Finding, Row, Table
from ..model.finding import Severity
from .examples import example_for
from .findings import fact_finding
from .reading import segments
from .rule import Rule

__all__ = ["classification_rules"]

_SCHEME_NAMES = {"functional": "支出功能分类", "economic": "支出经济分类"}


def _expected_scheme(table: Table) -> str:
    spec = spec_for_number(table.number)
    return "economic" if spec is not None and spec.row_key == "economic" else "functional"


def _scheme_of(digits: str) -> str | None:
    return {"2": "functional", "3": "economic", "5": "economic"}.get(digits[0])


def _coded_rows(document: Document) -> Iterator[tuple[Table, Row, str]]:
    for table in document.tables:
        scheme = _expected_scheme(table)
        for row in table.rows:
            if row.code is not None:
                yield table, row, scheme


def _check_scheme(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    for table, row, scheme in _coded_rows(document):
        found = _scheme_of(row.code.digits) if row.code else None
        if found is None or found == scheme:
            continue
        yield fact_finding(
            "codes.wrong_scheme",
            "error",
            f"表{table.number} {row.label}: a {found} code in a table of {scheme} codes.",
            f"表{table.number} {row.label}："
            f"{_SCHEME_NAMES[scheme]}表中出现{_SCHEME_NAMES[found]}科目编码。",
            table=table.number,
            row=row,
        )


def _checked(document: Document) -> Iterator[tuple[Table, Row, codes.CheckResult]]:
    """Each coded row of the right scheme with what the code tables say of it.

    The name checked is the row's classification name as the harvest reads it
    (:func:`xjbudget.codes.printed_name`: up to the first digit, which is an amount or a
    second code the reader glued on), so that validation and ``xjbudget codes`` judge
    the same pair; a row whose name cell holds no name (a note glued on) has only its
    code checked.
    """
    for table, row, scheme in _coded_rows(document):
        if row.code is None or _scheme_of(row.code.digits) not in (None, scheme):
            continue
        name = codes.printed_name(row.name) or ""
        try:
            result = codes.check(row.code.digits, name, year=document.meta.year, scheme=scheme)
        except CodeError:
            result = None
        if result is not None:
            yield table, row, result


def _elsewhere(document: Document, result: codes.CheckResult) -> int | None:
    """The edition that answered for the code when it is not the document's year's own
    (the tables of that year lack the code, or there are none): names and codes change
    between editions, so what is found there is a weaker check."""
    year = document.meta.year
    if result.entry is None or year is None or result.entry.edition == year:
        return None
    return result.entry.edition


def _check_unknown(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    for table, row, result in _checked(document):
        if result.status is not codes.CheckStatus.UNKNOWN:
            continue
        scheme_zh = _SCHEME_NAMES.get(result.scheme, "")
        parent = codes.parent_code(result.code)
        if result.complete:
            # the tables list every sibling: the classification really lacks the code
            severity: Severity = "error"
            message_zh = f"{result.edition} 年{scheme_zh}科目中没有编码 {result.code}。"
        else:
            # the tables are partial here: the code may well be right
            severity = "info"
            message_zh = (
                f"编码 {result.code} 不在 xjbudget 的{scheme_zh}科目表中"
                f"（各年版在 {parent or '类'} 之下均不完整），无法核对。"
            )
        yield fact_finding(
            "codes.unknown",
            severity,
            f"表{table.number} {row.label}: {result.absent}.",
            f"表{table.number} {row.label}：{message_zh}",
            table=table.number,
            row=row,
        )


def _check_other_edition(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    """One info per table and answering edition, listing the codes it answered for."""
    answered: dict[tuple[int, str, int], list[str]] = {}
    for table, _row, result in _checked(document):
        edition = _elsewhere(document, result)
        if edition is not None:
            found = answered.setdefault((table.number, result.scheme, edition), [])
            if result.code not in found:
                found.append(result.code)
    for (number, scheme, edition), found in answered.items():
        listed = ", ".join(found)
        yield fact_finding(
            "codes.other_edition",
            "info",
            f"表{number}: {len(found)} {scheme} codes are not in the {document.meta.year} "
            f"tables; the {edition} edition answered for them: {listed}.",
            f"表{number}：{len(found)} 个编码不在 {document.meta.year} 年版科目表中，"
            f"按 {edition} 年版核对：{listed}。",
            table=number,
        )


def _check_name(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    mismatched = (
        codes.CheckStatus.MISMATCH,
        codes.CheckStatus.RENAMED,
        codes.CheckStatus.VARIANT,
    )
    for table, row, result in _checked(document):
        if result.status not in mismatched or result.entry is None or not result.name:
            continue
        why, why_zh = "", ""
        if result.variant is not None and result.variant.kind == "source-error":
            why, why_zh = " (a misprint recorded in the code tables)", "（已记录的印刷错误）"
        elif result.variant is not None:
            # a name other documents print too (harvested), or one against an official row
            why, why_zh = (
                f" (a name documents print, recorded as a {result.variant.kind} variant)",
                f"（已记录的其他文件印刷名称：{result.variant.kind}）",
            )
        elif result.status is codes.CheckStatus.RENAMED:
            eds = ", ".join(str(e) for e in result.editions)
            why, why_zh = f" (its name in the {eds} edition)", f"（为 {eds} 年版名称）"
        elif result.entry.provenance == "recalled":
            # the tables' own name is unconfirmed: say so rather than accuse the source
            why, why_zh = (
                " (the tables' name is recalled, not confirmed by a published list)",
                "（该名称未经公布的科目表核实）",
            )
        severity: Severity = "warning"
        edition = _elsewhere(document, result)
        if edition is not None:
            # the name of another edition: the code may have been renamed since
            severity = "info"
            why += f" (the {document.meta.year} tables lack the code; the {edition} edition's name)"
            why_zh += f"（{document.meta.year} 年版科目表中无此编码，为 {edition} 年版名称）"
        yield fact_finding(
            "codes.name_mismatch",
            severity,
            f"表{table.number} {row.label}: code {result.code} is "
            f"{result.entry.name} in the {result.entry.edition} classification{why}.",
            f"表{table.number} {row.label}：{result.entry.edition} 年科目 {result.code} 的名称为"
            f"“{result.entry.name}”，与印刷名称“{row.name}”不符{why_zh}。",
            table=table.number,
            row=row,
        )


def _check_parent(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    for table in document.tables:
        for segment in segments(table.rows):
            open_codes: dict[int, str] = {}
            for row in segment.rows:
                if row.code is None:
                    continue
                depth, digits = row.code.depth, row.code.digits
                open_codes = {d: c for d, c in open_codes.items() if d < depth}
                above = open_codes.get(depth - 1)
                if above is not None and above != digits[:-2]:
                    yield fact_finding(
                        "codes.wrong_parent",
                        "warning",
                        f"表{table.number} {row.label}: printed under {above}, "
                        f"but its {'款' if depth == 3 else '类'} is {digits[:-2]}.",
                        f"表{table.number} {row.label}：印在 {above} 之下，"
                        f"但其所属{'款' if depth == 3 else '类'}为 {digits[:-2]}。",
                        table=table.number,
                        row=row,
                    )
                open_codes[depth] = digits


def classification_rules() -> tuple[Rule, ...]:
    """The family-4 rules."""
    declared = (
        (
            "codes.wrong_scheme",
            "A code of the other classification: an economic code (3xx, 5xx) in a functional "
            "table, or a functional code (2xx) in 表6. Error.",
            "科目体系错误：功能分类表中出现经济分类编码（3xx、5xx），或表6 "
            "中出现功能分类编码（2xx）。错误。",
            _check_scheme,
        ),
        (
            "codes.unknown",
            "A code that no edition of the code tables has (支出功能分类 or 部门预算支出经济"
            "分类). Error where the tables of the document's year list every sibling of the "
            "code (complete.tsv); elsewhere the tables are partial and the finding is info: "
            "the code is not in xjbudget's partial tables and cannot be checked.",
            "编码不在任何年版的科目表中。文件年度科目表在该层级完整时（complete.tsv）为错误；"
            "其他情况下科目表不完整，为提示：无法核对。",
            _check_unknown,
        ),
        (
            "codes.name_mismatch",
            "A code printed with a name that is not its name in the classification of the "
            "document's year (a recorded variant, another edition's name, or another name). "
            "Warning: the amounts are unaffected. Info where the tables of the document's "
            "year lack the code and another edition's name is compared.",
            "科目名称与文件年度科目表中该编码的名称不符（已记录的名称变体、"
            "其他年版名称或其他名称）。警告：金额不受影响。文件年度科目表无此编码、"
            "按其他年版名称比较时为提示。",
            _check_name,
        ),
        (
            "codes.wrong_parent",
            "A 项 printed under a 款 (or a 款 under a 类) whose code is not its own prefix. "
            "Warning: sums by code are unaffected, the printed layout misleads.",
            "项印在不属于它的款之下（或款印在不属于它的类之下）。警告。",
            _check_parent,
        ),
        (
            "codes.other_edition",
            "Codes the tables of the document's year lack (or a year with no tables), checked "
            "against the nearest edition that has them: one info per table and edition, "
            "listing the codes. Names and codes change between editions, so such a check is "
            "weaker.",
            "文件年度科目表中没有的编码，按最近的年版核对：每张表每个年版一条提示，列出编码。",
            _check_other_edition,
        ),
    )
    return tuple(
        Rule(rule, 4, description, description_zh, example_for(rule), check)
        for rule, description, description_zh, check in declared
    )
