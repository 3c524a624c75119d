"""Family 6: completeness — tables missing, or printed empty against the other tables.

What another table says a table should hold is declared as data (:data:`EVIDENCE`): 表7
must have rows when 表5 has 项目支出, 表11 when 表1 has 上年结转结余, and so on.

- ``completeness.table_missing``: a standard table is not in the document. An *error* when
  its evidence is non-zero (figures are lost), *info* when its evidence is zero (a unit's
  document may leave out a table that would be empty: ``003`` has no 表11 and no 上年结转结余),
  a *warning* when no evidence can be read. Only the tables the document's template family
  publishes can be missing (``Family.publishes``: Jiangsu prints no 表7 or 表11).
- ``completeness.empty_table_contradicted``: a table printed with no amount (usually with a
  sentence “…为空表”) while its evidence is non-zero. Error.
- ``completeness.empty_statement_contradicted``: a table that says it is empty (“…为空表”)
  but prints amounts. Error.

What was printed and not read (from :attr:`Document.coverage`, docs/coverage.md):

- ``completeness.nothing_read``: no standard table was read, although the document prints
  amounts in tables; or it prints no table and its narrative was not read either (less than
  ``Settings.coverage_error_below`` of its figures in facts). Error: the document was not read.
- ``completeness.tables_not_printed``: the document prints no table at all (Beijing's 2026
  部门预算 PDFs print 第二部分 …报表 as a bare heading and publish the tables in another
  file). Error, and the document's own: what it holds (the narrative) may be read in full,
  but the standard tables are not in it.
- ``completeness.amounts_unread``: a standard table, a performance target table, or table
  rows outside any table, whose printed amounts are not all in records. Error, one per
  region (a generic grid keeps its amounts as text: ``low_coverage`` counts those).
- ``completeness.low_coverage``: less than ``Settings.coverage_error_below`` (95 %) of the table
  amounts are in standard tables or performance targets (error), or some are only in
  generic grids or nowhere (warning).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from attrs import frozen

from ..catalog import CATALOGUE, FAMILIES, NATIONAL, family_named, spec_for_number
from ..model import AmountCoverage, Document, Finding, Severity
from ..settings import DEFAULT_SETTINGS, Settings
from .cross import Cell, read_cell
from .examples import example_for
from .findings import fact_finding
from .rule import Rule

__all__ = ["COVERAGE_ERROR_BELOW", "EVIDENCE", "Evidence", "completeness_rules"]

#: The default share of its table amounts in typed records below which a document is not
#: read (error): ``Settings.coverage_error_below`` of :data:`~xjbudget.settings.DEFAULT_SETTINGS`.
#: The rule reads the settings it is run with (``validate(..., settings=)``).
COVERAGE_ERROR_BELOW = DEFAULT_SETTINGS.coverage_error_below


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


_FAMILY_KEYS = frozenset(f.key for f in FAMILIES)


def _check_missing(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    present = {t.number for t in document.tables}
    # A table printed by unit (表14, 表15, 表22) is the table it details (表2, 表3, 表10).
    present |= {s.number for s in CATALOGUE if s.by_unit is not None and s.by_unit in present}
    # A table one of whose columns prints another's figures (表12's 基本支出 is 表6).
    for table in document.tables:
        spec = spec_for_number(table.number)
        keys = {c.key for c in table.columns}
        present |= {n for n, key in (spec.holds if spec else ()) if key in keys}
    family = document.meta.family
    published = family_named(family).publishes if family in _FAMILY_KEYS else NATIONAL.publishes
    for evidence in EVIDENCE:
        n = evidence.table
        if n in present or n not in published:
            continue  # a template that does not publish a table cannot miss it
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


def _prints_no_table(document: Document) -> bool:
    """No table block holds an amount (a grid of fees or a blank form is not a table of
    the budget) and no standard table was recognised."""
    coverage = document.coverage
    if coverage is None:
        return not document.tables
    return not document.tables and not coverage.table_amounts


def _narrative_read(coverage: AmountCoverage | None, settings: Settings) -> bool:
    """The narrative states figures and at least ``coverage_error_below`` of them are in
    facts: the narrative was read."""
    if coverage is None or not coverage.narrative_figures:
        return False
    return coverage.in_facts / coverage.narrative_figures >= settings.coverage_error_below


def _check_nothing_read(
    document: Document, tolerance: Decimal, settings: Settings = DEFAULT_SETTINGS
) -> Iterator[Finding]:
    coverage = document.coverage
    if coverage is None:
        read = any(not t.is_empty for t in document.tables)
        printed = None
    else:
        read = coverage.in_standard_tables > 0
        printed = coverage.table_amounts
    if read or (printed is None and document.tables):
        return
    if printed:
        why = f"it prints {printed} amounts in tables and none was read into a standard table"
        why_zh = f"文件表格中列有{printed}个金额，均未读入标准表"
    elif document.tables:
        why, why_zh = "its standard tables hold no amount", "其标准表中无任何金额"
    elif _narrative_read(coverage, settings):
        return  # a narrative read in full: completeness.tables_not_printed says the rest
    else:
        stated = coverage.narrative_figures if coverage is not None else 0
        in_facts = coverage.in_facts if coverage is not None else 0
        why = (
            f"it prints no table, and {in_facts} of the {stated} figures its narrative "
            "states were read"
        )
        why_zh = f"文件中无表格，说明部分所述{stated}个数字中仅读取{in_facts}个"
    yield fact_finding(
        "completeness.nothing_read",
        "error",
        f"No standard table was read: {why}.",
        f"未读取到任何标准表：{why_zh}。",
    )


def _check_tables_not_printed(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    if not _prints_no_table(document):
        return
    # The part that should hold the tables (第二部分 …报表), printed as a bare heading.
    part = next((p for p in document.parts if "表" in p.title), None)
    coverage = document.coverage
    stated = coverage.narrative_figures if coverage is not None else 0
    in_facts = coverage.in_facts if coverage is not None else 0
    where = f": {part.title} ({part.location.describe()}) is followed by no table" if part else ""
    where_zh = f"：{part.title}（{part.location.describe()}）之后没有表格" if part else ""
    yield Finding(
        "completeness.tables_not_printed",
        "error",
        f"The document prints no table of amounts{where}; its standard tables are not in "
        f"this file (they may be published separately). Its narrative states {stated} "
        f"figures, {in_facts} read.",
        f"文件中无列有金额的表格{where_zh}；标准公开表不在此文件中（可能另行公开）。"
        f"说明部分所述{stated}个数字，已读取{in_facts}个。",
        location=part.location if part else None,
    )


def _check_unread(document: Document, tolerance: Decimal) -> Iterator[Finding]:
    if document.coverage is None:
        return
    for region in document.coverage.regions:
        if not region.unread:
            continue
        where = region.location.describe()
        if region.kind == "standard_table":
            what, what_zh = f"表{region.table} {region.title}", f"表{region.table}{region.title}"
        elif region.kind == "performance":
            what, what_zh = region.title, region.title
        else:
            what, what_zh = "table rows outside any table", "表格块之外的表格行"
        yield Finding(
            "completeness.amounts_unread",
            "error",
            f"{what} ({where}): {region.unread} of its {region.printed} printed amounts "
            "were not read into cells.",
            f"{what_zh}（{where}）：所列{region.printed}个金额中有{region.unread}个未读入单元格。",
            location=region.location,
            table=region.table,
            expected=Decimal(region.printed),
            actual=Decimal(region.read),
        )


def _check_coverage(
    document: Document, tolerance: Decimal, settings: Settings = DEFAULT_SETTINGS
) -> Iterator[Finding]:
    coverage = document.coverage
    ratio = coverage.table_ratio if coverage is not None else None
    if coverage is None or ratio is None or ratio >= 1 or not coverage.in_standard_tables:
        return  # nothing printed, all read, or nothing read (completeness.nothing_read)
    severity: Severity = "error" if ratio < settings.coverage_error_below else "warning"
    generic = [r for r in coverage.regions if r.kind == "generic_table"]
    named = "; ".join(f"{r.title or '(untitled)'} {r.location.describe()}" for r in generic[:5])
    more = f" and {len(generic) - 5} more" if len(generic) > 5 else ""
    kept = f" Kept only as generic grids: {named}{more}." if generic else ""
    yield fact_finding(
        "completeness.low_coverage",
        severity,
        f"{ratio:.1%} of the {coverage.table_amounts} amounts printed in tables were read "
        f"into standard tables or performance targets ({coverage.in_generic_tables} only "
        f"in generic grids, {coverage.unplaced} not read).{kept}",
        f"表格所列{coverage.table_amounts}个金额中{ratio:.1%}读入标准表或绩效目标表"
        f"（{coverage.in_generic_tables}个仅保留于通用表格，{coverage.unplaced}个未读取）。",
    )


#: The checks that read the thresholds of the settings they are run with.
_SETTINGS_CHECKS = {
    "completeness.nothing_read": _check_nothing_read,
    "completeness.low_coverage": _check_coverage,
}


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
        (
            "completeness.nothing_read",
            "No standard table was read although the document prints amounts in tables, or "
            "the document prints no table and its narrative was not read either. Error: the "
            "document was not read.",
            "文件表格中列有金额却未读取到任何标准表，或文件中无表格且说明部分亦未读取。错误："
            "文件未被读取。",
            _check_nothing_read,
        ),
        (
            "completeness.tables_not_printed",
            "The document prints no table at all (its contents or a part heading may list "
            "them; they are published in another file). Error, the document's own: its "
            "narrative may still be read in full.",
            "文件中无任何表格（目录或部分标题可能列出报表，报表另行公开）。错误，属文件本身"
            "问题：其说明部分仍可完整读取。",
            _check_tables_not_printed,
        ),
        (
            "completeness.amounts_unread",
            "A standard table, a performance target table, or table rows outside any table, "
            "whose printed amounts were not all read into records (docs/coverage.md defines "
            "a printed amount). Error, one per region.",
            "标准表、绩效目标表或表格块之外的表格行中所列金额未全部读取。错误，每处一条。",
            _check_unread,
        ),
        (
            "completeness.low_coverage",
            "Less than 95 % of the amounts printed in tables were read into standard tables "
            "or performance targets: error; some only in generic grids or nowhere: warning.",
            "表格所列金额读入标准表或绩效目标表的比例低于95%：错误；部分仅保留于通用表格"
            "或未读取：警告。",
            _check_coverage,
        ),
    )
    return tuple(
        Rule(
            rule,
            6,
            description,
            description_zh,
            example_for(rule),
            check,
            settings_check=_SETTINGS_CHECKS.get(rule),
        )
        for rule, description, description_zh, check in declared
    )
