"""Family 5: the narrative against the tables — each figure stated in part 3 against the
table cell it restates, as data.

A :class:`Restatement` says: a figure of ``topic`` whose subject is one of ``subjects``
(compared as :func:`~xjbudget.text.label_key`) restates ``cell``. Three kinds of figure
restate a row found by what the sentence names instead: a 类 or 项 of 一般公共预算当年拨款
(by the code resolved from its path, in 表5) and a project (by its name, in 表7 or 表11).

- A figure is compared when it states an amount, or states the subject as not arranged
  (未安排: zero). A figure with no table cell to compare is not a finding: its table is
  missing, the table has no such item, code or project row, or the code is unresolved.
- An empty cell of a printed row, and the total of a table printed empty, count as zero.
  A column the table does not print is not zero: a figure restating a cell of it is not
  compared, and a ``validate.rule_skipped`` info says so.
- The table cell is ``expected``, the stated amount ``actual``. A restated figure is one
  printed amount: any cent of difference is an *error*, unless the sentence prints fewer
  decimals than the table (``0 万元`` against 0.45: within its rounding, a *warning*).
  ``Finding.location`` is the sentence's line; ``table``/``row``/``column`` the cell.

Shares and year-on-year percentages are recomputed in :mod:`.percentages`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import partial

from attrs import evolve, frozen

from ..model import Document, Finding, Location, Row, Severity, Table
from ..model.facts import Facts, Figure, Topic
from ..narrative.checks import tolerance as stated_precision
from ..text import label_key
from .cross import Cell, Reading, read_cell, skipped_cells
from .examples import example_for
from .findings import column_label, rounding_bound, row_name
from .reading import ZERO, add, is_printed
from .rule import Check, Rule

__all__ = [
    "RESTATEMENTS",
    "ROW_LOOKUPS",
    "Restatement",
    "RowLookup",
    "compare_stated",
    "family_5_rule",
    "in_wan",
    "narrative_rules",
    "stated_amount",
]


@frozen
class Restatement:
    """A stated figure (``topic``, one of ``subjects``) that restates ``cell``.

    When ``split_by`` is set, ``cell`` holds only when the section also states one of
    those subjects on its own; otherwise the figure is the whole, ``whole``: a document
    that states 上级一般公共预算安排的转移支付资金 apart (all four corpus documents) means
    by 一般公共预算 the 一般财力 part (004: 4,549.75 of 4,701.75).
    """

    id: str
    topic: Topic
    subjects: tuple[str, ...]
    cell: Cell
    description: str
    description_zh: str
    cap: Severity = "error"
    split_by: tuple[str, ...] = ()
    whole: Cell | None = None


def _t1(item: str) -> Cell:
    return Cell(1, "income", item=item)


_GB_TRANSFER = ("上级一般公共预算安排的转移支付资金", "上级一般公共预算转移支付资金")
_FUND_TRANSFER = ("上级政府性基金安排的转移支付资金", "上级政府性基金转移支付资金")
_SOE_TRANSFER = ("上级国有资本经营预算安排的转移支付资金", "上级国有资本经营预算转移支付资金")


def _income(key: str, subjects: tuple[str, ...], zh: str, *split_by: str) -> Restatement:
    """The income source ``subjects`` = 表1 item ``key`` (its ``_own`` part under ``split_by``)."""
    own = f"{key}_own" if split_by else key
    whole = f" (表1 {key} when not stated apart from {split_by[0]})" if split_by else ""
    return Restatement(
        f"narrative.income.{key}_eq_T1",
        "income",
        subjects,
        _t1(own),
        f"Part 3 收入预算: {subjects[0]} = 表1 {own}{whole}.",
        f"第三部分收入预算：{subjects[0]} = 表1 {zh}。",
        split_by=split_by,
        whole=_t1(key) if split_by else None,
    )


def _same(
    id: str, topic: Topic, subjects: tuple[str, ...], cell: Cell, where: str, zh: str
) -> Restatement:
    return Restatement(
        id,
        topic,
        subjects,
        cell,
        f"Part 3 {where}: {subjects[0]} = {cell.describe()}.",
        f"第三部分{where}：{subjects[0]} = {zh}。",
    )


def _three_public(key: str, subject: str) -> Restatement:
    return _same(
        f"narrative.three_public.{key}_eq_T10",
        "three_public",
        (subject,),
        Cell(10, "total", item=key),
        "“三公”经费",
        f"表10 {subject}（合计列）",
    )


#: Every figure of part 3 that restates one table cell, as data. Order = order of findings.
RESTATEMENTS: tuple[Restatement, ...] = (
    _same(
        "narrative.budget.total_eq_T1_income_total",
        "budget",
        ("收支总预算",),
        _t1("income_total"),
        "收支总体",
        "表1 收入总计",
    ),
    _same(
        "narrative.income.total_eq_T1_income_total",
        "income",
        ("收入预算",),
        _t1("income_total"),
        "收入预算",
        "表1 收入总计",
    ),
    _income("general_budget", ("一般公共预算",), "一般财力", *_GB_TRANSFER),
    _income("general_budget_transfer", _GB_TRANSFER, "上级一般公共预算安排转移支付"),
    _income("fund_budget", ("政府性基金预算",), "政府性基金收入", *_FUND_TRANSFER),
    _income("fund_budget_transfer", _FUND_TRANSFER, "上级政府性基金安排转移支付"),
    _income("soe_budget", ("国有资本经营预算",), "国有资本经营收入", *_SOE_TRANSFER),
    _income("soe_budget_transfer", _SOE_TRANSFER, "上级国有资本经营预算安排转移支付"),
    _income("special_account", ("财政专户管理资金", "财政专户核拨"), "财政专户核拨"),
    _income("unit_funds", ("单位资金",), "单位资金"),
    _income("fiscal_carryover", ("财政拨款结转", "财政拨款结转结余"), "财政拨款结转"),
    _income("nonfiscal_carryover", ("非财政拨款结转结余",), "非财政拨款结转结余"),
    _same(
        "narrative.expenditure.total_eq_T3_total",
        "expenditure",
        ("支出预算",),
        Cell(3, "total"),
        "支出预算",
        "表3 合计行合计",
    ),
    _same(
        "narrative.expenditure.basic_eq_T3_basic",
        "expenditure",
        ("基本支出",),
        Cell(3, "basic"),
        "支出预算",
        "表3 合计行基本支出",
    ),
    _same(
        "narrative.expenditure.project_eq_T3_project",
        "expenditure",
        ("项目支出",),
        Cell(3, "project"),
        "支出预算",
        "表3 合计行项目支出",
    ),
    _same(
        "narrative.fiscal.total_eq_T4_income_total",
        "fiscal",
        ("财政拨款收支总预算",),
        Cell(4, "income", item="income_total"),
        "财政拨款收支",
        "表4 收入总计",
    ),
    _same(
        "narrative.fiscal.general_budget_eq_T4_general_budget",
        "fiscal",
        ("一般公共预算拨款",),
        Cell(4, "income", item="general_budget"),
        "财政拨款收支",
        "表4 收入 一般公共预算",
    ),
    _same(
        "narrative.general.total_eq_T5_total",
        "general.scale",
        ("一般公共预算拨款合计",),
        Cell(5, "total"),
        "一般公共预算当年拨款",
        "表5 合计行合计",
    ),
    _same(
        "narrative.general.basic_eq_T5_basic",
        "general.scale",
        ("基本支出",),
        Cell(5, "basic"),
        "一般公共预算当年拨款",
        "表5 合计行基本支出",
    ),
    _same(
        "narrative.general.project_eq_T5_project",
        "general.scale",
        ("项目支出",),
        Cell(5, "project"),
        "一般公共预算当年拨款",
        "表5 合计行项目支出",
    ),
    _same(
        "narrative.basic.total_eq_T6_total",
        "basic",
        ("一般公共预算基本支出",),
        Cell(6, "total"),
        "基本支出",
        "表6 合计行合计",
    ),
    _same(
        "narrative.basic.personnel_eq_T6_personnel",
        "basic",
        ("人员经费",),
        Cell(6, "personnel"),
        "基本支出",
        "表6 合计行人员经费",
    ),
    _same(
        "narrative.basic.public_use_eq_T6_public_use",
        "basic",
        ("公用经费",),
        Cell(6, "public_use"),
        "基本支出",
        "表6 合计行公用经费",
    ),
    _same(
        "narrative.three_public.total_eq_T10",
        "three_public",
        ("财政拨款“三公”经费", "“三公”经费"),
        Cell(10, "total", item="total"),
        "“三公”经费",
        "表10 合计（合计列）",
    ),
    _three_public("outbound_travel", "因公出国（境）费"),
    _three_public("vehicles", "公务用车购置及运行费"),
    _three_public("vehicle_purchase", "公务用车购置费"),
    _three_public("vehicle_operation", "公务用车运行费"),
    _three_public("reception", "公务接待费"),
    _same(
        "narrative.carryover.total_eq_T11_total",
        "carryover",
        ("上年结转结余",),
        Cell(11, "total"),
        "上年结转结余",
        "表11 总计",
    ),
    _same(
        "narrative.carryover.fiscal_eq_T11_fiscal_total",
        "carryover",
        ("财政拨款",),
        Cell(11, "fiscal_total"),
        "上年结转结余",
        "表11 总计行财政拨款合计",
    ),
    _same(
        "narrative.carryover.nonfiscal_eq_T11_nonfiscal_total",
        "carryover",
        ("非财政拨款",),
        Cell(11, "nonfiscal_total"),
        "上年结转结余",
        "表11 总计行非财政拨款合计",
    ),
    Restatement(
        "narrative.operating.total_eq_T6_public_use",
        "operating",
        ("机关运行经费",),
        Cell(6, "public_use"),
        "Part 3 机关运行经费 = 表6 total row [public_use] 公用经费. At most a warning: the "
        "spec makes them equal for an administrative unit; a 事业单位 may differ.",
        "第三部分机关运行经费 = 表6 合计行公用经费。至多为警告：规范只对行政单位要求二者相等。",
        cap="warning",
    ),
    _same(
        "narrative.operating.total_eq_T21_total",
        "operating",
        ("机关运行经费", "一般公共预算机关运行经费预算支出"),
        Cell(21, "total"),
        "机关运行经费",
        "表21 一般公共预算机关运行经费支出预算表合计",
    ),
    *(
        _same(
            f"narrative.three_public.{key}_eq_T22",
            "three_public",
            (subject,),
            Cell(22, key),
            "“三公”经费",
            f"表22 合计行{column}",
        )
        # 西安 prints its “三公” table by unit (表22): part 3 restates its 合计 row.
        for key, subject, column in (
            ("total", "一般公共预算“三公”经费预算支出", "“三公”经费小计"),
            ("outbound_travel", "因公出国（境）经费", "因公出国（境）费用"),
            ("reception", "公务接待费", "公务接待费"),
            ("vehicle_purchase", "公务用车购置费", "公务用车购置费"),
            ("vehicle_operation", "公务用车运行维护费", "公务用车运行维护费"),
            ("meetings", "一般公共预算会议费预算支出", "会议费"),
            ("training", "一般公共预算培训费预算支出", "培训费"),
        )
    ),
    *(
        _same(
            f"narrative.procurement.{key}_eq_T20",
            "procurement",
            subjects,
            Cell(20, "total", item=key),
            "政府采购",
            f"表20 政府采购预算表{zh}（总计列）",
        )
        # 江苏's wording. 重庆 names 政府采购货物预算 … twice in one sentence, for the
        # total and again for its 一般公共预算 part: not compared.
        for key, subjects, zh in (
            ("goods", ("拟采购货物支出",), "货物"),
            ("works", ("拟采购工程支出",), "工程"),
            ("services", ("拟采购服务支出",), "服务"),
        )
    ),
)


# ---------------------------------------------------------------- comparing


def stated_amount(figure: Figure) -> Decimal | None:
    """What a figure states: its amount, zero for 未安排, ``None`` for no amount."""
    if figure.amount is not None:
        return figure.amount
    return ZERO if figure.nil else None


def in_wan(table: Table) -> Decimal:
    """What one 万元 is in the table's unit: 10000 for a table printed in 元, else 1. The
    narrative states money in 万元 (the reader reads only 万元 figures); a table in 元
    (Shanghai, Beijing …) is compared in 万元, within the sentence's rounding."""
    return Decimal(10000) if table.unit == "元" else Decimal(1)


def _signed(amount: Decimal) -> str:
    return f"+{amount}" if amount > 0 else str(amount)


def compare_stated(
    rule: str,
    figure: Figure,
    table: Table,
    row: Row | None,
    column: str,
    reading: Reading,
    tolerance: Decimal,
    cap: Severity = "error",
) -> Finding | None:
    """A finding when the figure's stated amount differs from the table's ``reading``.

    The bound is the table side's rounding (``reading.items`` printed amounts) or half
    the sentence's last printed decimal, whichever is larger.
    """
    stated = stated_amount(figure)
    if stated is None:
        return None
    scale = in_wan(table)
    value = (reading.value if reading.value is not None else ZERO) / scale
    difference = stated - value
    if difference == 0:
        return None
    own = stated_precision(figure.amount) if figure.amount is not None else ZERO
    if scale != 1 and abs(difference) <= own:
        return None  # a table in 元 stated in 万元: the sentence's rounding is no slip
    bound = max(rounding_bound(reading.items, tolerance) / scale, own)
    severity: Severity = "warning" if abs(difference) <= bound or cap == "warning" else "error"
    named = row_name(row) if row is not None else "合计"
    label = column_label(table, column)
    at = f" L{row.location.line}" if row is not None and row.location.line is not None else ""
    line = figure.span.line
    verdict = "within" if abs(difference) <= bound else "beyond"
    verdict_zh = "在舍入误差范围内" if abs(difference) <= bound else "超出舍入误差"
    return Finding(
        rule=rule,
        severity=severity,
        message=(
            f"{figure.span.section} L{line} {figure.subject}: stated {stated}, 表{table.number}"
            f"{at} {named} {label} ({column}) = {value} (difference {_signed(difference)}, "
            f"{verdict} the rounding ±{bound})"
        ),
        message_zh=(
            f"第{line}行 {figure.subject}：文字为 {stated}，表{table.number} {named} {label} 为 "
            f"{value}，相差 {_signed(difference)}（{verdict_zh} ±{bound}）"
        ),
        location=Location(line=line),
        table=table.number,
        row=named,
        column=column,
        expected=value,
        actual=stated,
    )


def _figures(facts: Facts, topic: Topic, subjects: Iterable[str]) -> Iterator[Figure]:
    keys = {label_key(s) for s in subjects}
    return (f for f in facts.topic(topic) if label_key(f.subject) in keys)


def _target(restatement: Restatement, facts: Facts) -> Cell:
    if restatement.whole is None:
        return restatement.cell
    apart = any(True for _ in _figures(facts, restatement.topic, restatement.split_by))
    return restatement.cell if apart else restatement.whole


def _check_restatement(
    restatement: Restatement, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    facts = document.facts
    if facts is None:
        return
    cell = _target(restatement, facts)
    figures = list(_figures(facts, restatement.topic, restatement.subjects))
    skipped = skipped_cells(restatement.id, document, (cell,)) if figures else ()
    if skipped:
        yield from skipped
        return
    table, reading = document.table(cell.table), read_cell(document, cell)
    if table is None or reading is None or (cell.item is not None and reading.row is None):
        return  # nothing to compare: the table, or this item of it, is not printed
    if table.unit is None:
        # A table printing no unit is in the document's (xian-10's 表22 under tables in 元).
        table = evolve(table, unit=document.meta.unit)
    for figure in figures:
        finding = compare_stated(
            restatement.id,
            figure,
            table,
            reading.row,
            cell.column,
            reading,
            tolerance,
            restatement.cap,
        )
        if finding is not None:
            yield finding


# ---------------------------------------------------------------- rows found by the sentence


@frozen
class RowLookup:
    """Figures that name their row: by code (``by="code"``) or by project name."""

    id: str
    topic: Topic
    table: int
    by: str
    description: str
    description_zh: str
    roles: tuple[str, ...] = ("item",)


ROW_LOOKUPS: tuple[RowLookup, ...] = (
    RowLookup(
        "narrative.general.class_eq_T5_class",
        "general.class",
        5,
        "code",
        "Part 3 一般公共预算当年拨款结构: each 类 amount = 表5 合计 of that 类 (the code resolved "
        "from the 类 named).",
        "第三部分一般公共预算当年拨款结构：各类金额 = 表5 该类合计。",
    ),
    RowLookup(
        "narrative.general.item_eq_T5_item",
        "general.item",
        5,
        "code",
        "Part 3 一般公共预算当年拨款具体使用: each 项 amount = 表5 合计 of that 项 (the code "
        "resolved from the 类/款/项 path).",
        "第三部分一般公共预算当年拨款具体使用：各项预算数 = 表5 该项合计"
        "（按类/款/项名称解析科目编码）。",
    ),
    RowLookup(
        "narrative.project.amount_eq_T7_project",
        "project",
        7,
        "project",
        "Part 3 项目支出: each project's 预算安排规模 = 表7 合计 of its rows (matched by name: "
        "width, punctuation and letter case ignored).",
        "第三部分项目支出：各项目预算安排规模 = 表7 该项目合计（按项目名称匹配）。",
    ),
    RowLookup(
        "narrative.carryover.project_eq_T11_project",
        "carryover",
        11,
        "project",
        "Part 3 上年结转结余: each project's amount = 表11 总计 of its rows (matched by name as "
        "for 表7).",
        "第三部分上年结转结余：各项目金额 = 表11 该项目总计（按项目名称匹配）。",
    ),
)


def _project_key(name: str) -> str:
    return label_key(name).casefold()


def _rows_for(table: Table, lookup: RowLookup, key: str) -> list[Row]:
    if lookup.by == "code":
        return [r for r in table.rows if r.code is not None and r.code.digits == key]
    return [
        r for r in table.rows if r.role == "detail" and r.project and _project_key(r.project) == key
    ]


def _named(facts: Facts, lookup: RowLookup) -> Iterator[tuple[Figure, str]]:
    """Each figure of the lookup with the key of the row it names."""
    if lookup.topic == "project":
        for project in facts.projects:
            figure = Figure("project", project.name, project.span, "item", amount=project.amount)
            yield figure, _project_key(project.name)
        return
    for figure in facts.topic(lookup.topic):
        if figure.role not in lookup.roles:
            continue
        key = figure.code if lookup.by == "code" else _project_key(figure.subject)
        if key:
            yield figure, key


def _check_lookup(lookup: RowLookup, document: Document, tolerance: Decimal) -> Iterator[Finding]:
    table = document.table(lookup.table)
    if document.facts is None or table is None:
        return
    named = list(_named(document.facts, lookup))
    skipped = skipped_cells(lookup.id, document, (Cell(lookup.table, "total"),)) if named else ()
    if skipped:
        yield from skipped
        return
    for figure, key in named:
        rows = [r for r in _rows_for(table, lookup, key) if is_printed(r)]
        if not rows:
            continue  # no row to compare (code unknown to the table, project not listed)
        reading = Reading(add(r.values.get("total") for r in rows), rows[0], 1)
        finding = compare_stated(lookup.id, figure, table, rows[0], "total", reading, tolerance)
        if finding is not None:
            yield finding


def family_5_rule(rule_id: str, description: str, description_zh: str, check: Check) -> Rule:
    """A family-5 rule with its corpus example."""
    return Rule(rule_id, 5, description, description_zh, example_for(rule_id), check)


def narrative_rules() -> tuple[Rule, ...]:
    """One family-5 rule per restated cell and per kind of named row."""
    declared = tuple(
        family_5_rule(r.id, r.description, r.description_zh, partial(_check_restatement, r))
        for r in RESTATEMENTS
    )
    looked_up = tuple(
        family_5_rule(k.id, k.description, k.description_zh, partial(_check_lookup, k))
        for k in ROW_LOOKUPS
    )
    return declared + looked_up
