"""Family 6: completeness — tables missing, or printed empty against the other tables.

What another table says a table should hold is declared as data (:data:`EVIDENCE`): 表7
must have rows when 表5 has 项目支出, 表11 when 表1 has 上年结转结余, and so on.

- ``completeness.table_missing``: a standard table is not in the document. An *error* when
  its evidence is non-zero (figures are lost), *info* when its evidence is zero (a unit's
  document may leave out a table that would be empty: ``003`` has no 表11 and no 上年结转结余),
  a *warning* when no evidence can be read.
- ``completeness.empty_table_contradicted``: a table printed with no amount (usually with a
  sentence “…为空表”) while its evidence is non-zero. Error.
- ``completeness.empty_statement_contradicted``: a table that says it is empty (“…为空表”)
  but prints amounts. Error.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from attrs import frozen

from ..model import Document, Finding, Severity
from ..tables.standard import spec_for_number
from .cross import Cell, read_cell
from .examples import example_for
from .findings import fact_finding
from .rule import Rule

__all__ = ["EVIDENCE", "Evidence", "completeness_rules"]


@frozen
class Evidence:
    """Figures of other tables that are non-zero exactly when ``table`` has amounts."""

    table: int
    cells: tuple[Cell, ...]


EVIDENCE: tuple[Evidence, ...] = (
    Evidence(1, (Cell(2, "total"), Cell(3, "total"))),
    Evidence(2, (Cell(1, "income", item="income_total"),)),
    Evidence(3, (Cell(1, "expenditure", item="expenditure_total"),)),
    Evidence(
        4,
        (
            Cell(1, "income", item="general_budget"),
            Cell(1, "income", item="fund_budget"),
            Cell(1, "income", item="soe_budget"),
        ),
    ),
    Evidence(
        5,
        (
            Cell(4, "general_budget", item="expenditure_total"),
            Cell(1, "income", item="general_budget"),
        ),
    ),
    Evidence(6, (Cell(5, "basic"),)),
    Evidence(7, (Cell(5, "project"),)),
    Evidence(
        8, (Cell(4, "fund_budget", item="expenditure_total"), Cell(1, "income", item="fund_budget"))
    ),
    Evidence(
        9, (Cell(4, "soe_budget", item="expenditure_total"), Cell(1, "income", item="soe_budget"))
    ),
    Evidence(10, (Cell(6, "total", code="30217"), Cell(6, "total", code="30231"))),
    Evidence(11, (Cell(1, "income", item="carryover"),)),
)


def _figures(document: Document, evidence: Evidence) -> list[tuple[Cell, Decimal]] | None:
    """The non-zero evidence figures, or ``None`` when no evidence table is present."""
    readings = [(cell, read_cell(document, cell)) for cell in evidence.cells]
    if all(reading is None for _, reading in readings):
        return None
    return [
        (cell, reading.value)
        for cell, reading in readings
        if reading is not None and reading.value is not None and reading.value != 0
    ]


def _say(figures: list[tuple[Cell, Decimal]]) -> str:
    return ", ".join(f"{cell.describe()} = {value}" for cell, value in figures)


def _title(number: int) -> str:
    spec = spec_for_number(number)
    return spec.title if spec is not None else ""


def _check_missing(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    present = {t.number for t in document.tables}
    for evidence in EVIDENCE:
        n = evidence.table
        if n in present:
            continue
        figures = _figures(document, evidence)
        severity: Severity
        if figures is None:
            severity = "warning"
            why, why_zh = "no other table says what it would hold", "无其他表可核对其内容"
        elif figures:
            severity = "error"
            why = f"other tables show figures it should hold: {_say(figures)}"
            why_zh = f"其他表显示其应有数据：{_say(figures)}"
        else:
            severity = "info"
            why, why_zh = "the other tables show it would be empty", "其他表显示该表应为空表"
        yield fact_finding(
            "completeness.table_missing",
            severity,
            f"表{n} {_title(n)} is missing; {why}.",
            f"缺少表{n}{_title(n)}；{why_zh}。",
            table=n,
        )


def _check_empty(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    for evidence in EVIDENCE:
        table = document.table(evidence.table)
        if table is None or not table.is_empty:
            continue
        figures = _figures(document, evidence)
        if not figures:
            continue
        said = f" (it says: {table.empty_statement})" if table.empty_statement else ""
        said_zh = f"（表中说明：{table.empty_statement}）" if table.empty_statement else ""
        yield fact_finding(
            "completeness.empty_table_contradicted",
            "error",
            f"表{table.number} {table.title} has no amount{said}, but {_say(figures)}.",
            f"表{table.number}{table.title}无数据{said_zh}，但{_say(figures)}。",
            table=table.number,
        )


def _check_statement(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    for table in document.tables:
        if table.empty_statement and not table.is_empty:
            yield fact_finding(
                "completeness.empty_statement_contradicted",
                "error",
                f"表{table.number} {table.title} says it is empty ({table.empty_statement}) "
                "but prints amounts.",
                f"表{table.number}{table.title}注明为空表（{table.empty_statement}），但列有金额。",
                table=table.number,
            )


def completeness_rules() -> tuple[Rule, ...]:
    """The family-6 rules."""
    declared = (
        (
            "completeness.table_missing",
            "A standard table (表1–表11) is not in the document. Error when other tables show "
            "figures it should hold, info when they show it would be empty, warning when "
            "nothing can be compared.",
            "缺少标准公开表。其他表显示其应有数据时为错误；显示其应为空表时为提示；"
            "无从核对时为警告。",
            _check_missing,
        ),
        (
            "completeness.empty_table_contradicted",
            "A table printed with no amount (usually saying “…为空表”) while other tables show "
            "figures it should hold (e.g. 表7 empty while 表5 has 项目支出). Error.",
            "表中无数据（通常注明“为空表”），但其他表显示其应有数据（如表7 为空而表5 "
            "有项目支出）。错误。",
            _check_empty,
        ),
        (
            "completeness.empty_statement_contradicted",
            "A table that says it is empty (“…为空表”) but prints amounts. Error.",
            "注明“为空表”的表中列有金额。错误。",
            _check_statement,
        ),
    )
    return tuple(
        Rule(rule, 6, description, description_zh, example_for(rule), check)
        for rule, description, description_zh, check in declared
    )
