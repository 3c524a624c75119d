"""Lay a :class:`~._plan.Plan` out as the eleven standard tables and a Document."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal

from ..catalog import TableSpec, spec_for_number
from ..codes import table as code_table
from ..model import (
    Code,
    Document,
    DocumentMeta,
    GlossaryEntry,
    Part,
    Row,
    Scheme,
    Section,
    Table,
)
from ..render.document import part_titles
from ._amounts import to_amount
from ._plan import Leaf, Plan
from ._projects import project_section

__all__ = ["build_document", "build_table"]

Cents = Mapping[str, int]
_T1_LABELS = {
    "current_year_income": "一、本年收入",
    "general_budget": "1、一般公共预算拨款",
    "general_budget_own": "其中：一般财力",
    "general_budget_transfer": "上级一般公共预算安排转移支付",
    "fund_budget": "2、基金预算拨款",
    "fund_budget_own": "其中：政府性基金收入",
    "fund_budget_transfer": "上级政府性基金安排转移支付",
    "soe_budget": "3、国有资本经营预算拨款",
    "soe_budget_own": "其中：国有资本经营收入",
    "soe_budget_transfer": "上级国有资本经营预算安排转移支付",
    "special_account": "4.财政专户核拨",
    "unit_funds": "5.单位资金",
    "business_income": "其中：事业收入",
    "upper_subsidy": "上级补助收入",
    "affiliated_remittance": "附属单位上缴收入",
    "operating_income": "事业单位经营收入",
    "other_income": "其他收入",
    "carryover": "二、上年结转结余",
    "fiscal_carryover": "1、财政拨款结转",
    "fiscal_carryover_general": "其中：一般公共预算拨款",
    "fiscal_carryover_fund": "基金预算拨款",
    "fiscal_carryover_soe": "国有资本经营预算拨款",
    "nonfiscal_carryover": "2、非财政拨款结转结余",
    "nonfiscal_carryover_special": "其中：财政专户核拨",
    "nonfiscal_carryover_unit": "单位资金",
}
_T4_LABELS = {
    "fiscal_total": "一、财政拨款（补助）",
    "general_budget": "一般公共预算",
    "fund_budget": "政府性基金预算",
    "soe_budget": "国有资本经营预算",
}
_T10_LABELS = {
    "outbound_travel": "因公出国（境）费",
    "reception": "公务接待费",
    "vehicles": "公务用车购置及运行费（小计）",
    "vehicle_purchase": "其中：公务用车购置费",
    "vehicle_operation": "公务用车运行费",
}
_EMPTY = {
    7: "没有使用一般公共预算安排项目支出，一般公共预算项目支出情况表为空表。",
    8: "没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。",
    9: "没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。",
    11: "没有上年结转结余，上年结转结余情况明细表为空表。",
}
_GLOSSARY = (
    ("财政拨款", "指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款资金。"),
    ("一般公共预算", "包括公共财政拨款（补助）资金、专项收入。"),
    ("基本支出", "包括人员经费、公用经费。"),
    ("项目支出", "在基本支出预算之外编制的年度项目支出计划。"),
)


def _amounts(keys: Iterable[str], values: Cents) -> dict[str, Decimal | None]:
    return {k: to_amount(values.get(k, 0)) for k in keys}


def _add(into: dict[str, int], values: Cents) -> None:
    for key, value in values.items():
        into[key] = into.get(key, 0) + value


def _names(scheme: str, year: int) -> Mapping[str, str]:
    table = code_table("functional" if scheme == "functional" else "economic-dept", year)
    return {e.code: e.name for e in table}


def _tree(
    leaves: Sequence[tuple[str, str | None, Cents]],
    keys: Sequence[str],
    *,
    scheme: str,
    year: int,
    total_label: str,
    total_first: bool,
) -> tuple[Row, ...]:
    """Rows 类 → 款 → 项 with every parent the sum of its children and a total row
    the sum of the 类; ``leaves`` are (code, project, cents by column), a code may repeat."""
    names = _names(scheme, year)
    sums: dict[str, dict[str, int]] = defaultdict(dict)
    for code, _, values in leaves:
        for width in range(3, len(code), 2):
            _add(sums[code[:width]], values)
        _add(sums[""], values)
    rows: list[Row] = []
    done: set[str] = set()
    kind: Scheme = "economic" if scheme == "economic" else "functional"
    for code, project, values in sorted(leaves, key=lambda leaf: leaf[0]):
        for width in range(3, len(code), 2):
            parent = code[:width]
            if parent not in done:
                done.add(parent)
                rows.append(Row(names[parent], _amounts(keys, sums[parent]), Code(parent, kind)))
        rows.append(Row(names[code], _amounts(keys, values), Code(code, kind), project=project))
    if not rows:
        return ()
    total = Row(total_label, _amounts(keys, sums[""]), role="total")
    return (total, *rows) if total_first else (*rows, total)


def _table(number: int, rows: Sequence[Row], plan: Plan) -> Table:
    spec = _spec(number)
    title = spec.title.replace("部门", "单位", 1) if plan.kind.startswith("单位") else spec.title
    empty = None
    if not rows and number in _EMPTY:
        empty = f"{plan.department}{plan.year}年{_EMPTY[number]}"
    # The columns a parser reads back: those the rows have (表8/表9 print 人员经费 and
    # 公用经费, not 基本支出), every declared one for a table without rows.
    used = {key for row in rows for key in row.values}
    keys = [c.key for c in spec.columns if (not rows and not c.optional) or c.key in used]
    return Table(
        number,
        spec.kind,
        title,
        spec.column_specs(keys),
        tuple(rows),
        unit="万元",
        preparer=plan.department,
        empty_statement=empty,
    )


def _spec(number: int) -> TableSpec:
    spec = spec_for_number(number)
    assert spec is not None
    return spec


def _t2(leaf: Leaf) -> dict[str, int]:
    transfer = leaf.gb_project if leaf.transferred else 0
    fiscal = leaf.gb + leaf.fund + leaf.soe
    return {
        "total": leaf.total,
        "fiscal_subtotal": fiscal,
        "general_budget": leaf.gb - transfer,
        "general_budget_transfer": transfer,
        "fund_budget": leaf.fund,
        "soe_budget": leaf.soe,
        "special_account": leaf.special,
        "unit_funds": leaf.unit_funds,
        "fiscal_carryover": leaf.fiscal_carry,
        "nonfiscal_carryover": leaf.nonfiscal_carry,
    }


def _coded_table(
    number: int,
    plan: Plan,
    values: Callable[[Leaf], Mapping[str, int]],
    total_label: str = "合计",
    keys: Sequence[str] | None = None,
) -> Table:
    keys = keys or _spec(number).column_keys()
    leaves = [(leaf.code, None, values(leaf)) for leaf in plan.leaves]
    leaves = [leaf for leaf in leaves if any(leaf[2].values())]
    rows = _tree(
        leaves,
        keys,
        scheme="functional",
        year=plan.year,
        total_label=total_label,
        total_first=plan.total_first,
    )
    return _table(number, rows, plan)


def _by_class(plan: Plan, values: Callable[[Leaf], Mapping[str, int]]) -> dict[str, dict[str, int]]:
    result: dict[str, dict[str, int]] = defaultdict(dict)
    for leaf in plan.leaves:
        _add(result[leaf.code[:3]], values(leaf))
    return result


def _totals(plan: Plan) -> dict[str, int]:
    result: dict[str, int] = {}
    for leaf in plan.leaves:
        _add(result, _t2(leaf))
        _add(result, {"gb": leaf.gb, "basic": leaf.basic, "project": leaf.project})
    return result


def _t1(plan: Plan) -> Table:
    t = _totals(plan)
    gb_transfer = t["general_budget_transfer"]
    gb = t["general_budget"] + gb_transfer
    current = gb + t["fund_budget"] + t["soe_budget"] + t["special_account"] + t["unit_funds"]
    carry = t["fiscal_carryover"] + t["nonfiscal_carryover"]
    income = {
        "current_year_income": current,
        "general_budget": gb,
        "general_budget_own": t["general_budget"],
        "general_budget_transfer": gb_transfer,
        "fund_budget": t["fund_budget"],
        "fund_budget_own": t["fund_budget"],
        "soe_budget": t["soe_budget"],
        "soe_budget_own": t["soe_budget"],
        "special_account": t["special_account"],
        "unit_funds": t["unit_funds"],
        "other_income": t["unit_funds"],
        "carryover": carry,
        "fiscal_carryover": t["fiscal_carryover"],
        "fiscal_carryover_general": t["fiscal_carryover"],
        "nonfiscal_carryover": t["nonfiscal_carryover"],
        "nonfiscal_carryover_unit": t["nonfiscal_carryover"],
    }
    rows = [
        Row(label, {"income": to_amount(income.get(item, 0))}, item=item, side="income")
        for item, label in _T1_LABELS.items()
    ]
    total = current + carry
    rows.append(
        Row(
            "收入总计",
            {"income": to_amount(total)},
            item="income_total",
            side="income",
            role="total",
        )
    )
    classes = _by_class(plan, lambda leaf: {"total": leaf.total})
    for code, name in _classes(plan.year):
        value = to_amount(classes.get(code, {}).get("total", 0))
        rows.append(Row(name, {"expenditure": value}, Code(code), side="expenditure"))
    rows.append(
        Row(
            "支出总计",
            {"expenditure": to_amount(total)},
            item="expenditure_total",
            side="expenditure",
            role="total",
        )
    )
    return _table(1, rows, plan)


def _classes(year: int) -> list[tuple[str, str]]:
    return [(e.code, e.name) for e in code_table("functional", year).children(None)]


def _t4(plan: Plan) -> Table:
    def sources(leaf: Leaf) -> dict[str, int]:
        return {
            "total": leaf.gb + leaf.fund + leaf.soe,
            "general_budget": leaf.gb,
            "fund_budget": leaf.fund,
            "soe_budget": leaf.soe,
        }

    totals: dict[str, int] = {}
    for leaf in plan.leaves:
        _add(totals, sources(leaf))
    income = {**totals, "fiscal_total": totals["total"]}
    rows = [
        Row(label, {"income": to_amount(income[item])}, item=item, side="income")
        for item, label in _T4_LABELS.items()
    ]
    rows.append(
        Row(
            "收入总计",
            {"income": to_amount(totals["total"])},
            item="income_total",
            side="income",
            role="total",
        )
    )
    keys = _spec(4).column_keys("expenditure")
    classes = _by_class(plan, sources)
    for code, name in _classes(plan.year):
        rows.append(
            Row(name, _amounts(keys, classes.get(code, {})), Code(code), side="expenditure")
        )
    rows.append(
        Row(
            "支出总计",
            _amounts(keys, totals),
            item="expenditure_total",
            side="expenditure",
            role="total",
        )
    )
    return _table(4, rows, plan)


def _t6(plan: Plan) -> Table:
    leaves = [
        (
            code,
            None,
            {"total": amount, ("personnel" if plan.personnel(code) else "public_use"): amount},
        )
        for code, amount in plan.economic
    ]
    rows = _tree(
        leaves,
        _spec(6).column_keys(),
        scheme="economic",
        year=plan.year,
        total_label="总计",
        total_first=plan.total_first,
    )
    return _table(6, rows, plan)


def _t7(plan: Plan) -> Table:
    keys = _spec(7).column_keys()
    leaves = [
        (leaf.code, p.name, {"total": p.cents, p.column: p.cents})
        for leaf in plan.leaves
        for p in leaf.projects
    ]
    rows = _tree(
        leaves,
        keys,
        scheme="functional",
        year=plan.year,
        total_label="合计",
        total_first=plan.total_first,
    )
    return _table(7, rows, plan)


def _fund_keys() -> tuple[str, ...]:
    """The columns 表8/表9 are drawn with: the total and the parts of the catalogue's first
    sum (合计 = 人员经费 + 公用经费 + 项目支出); 基本支出 stays empty."""
    total = _spec(8).row_sums[0]
    return (total.total, *total.parts)


_FUND_KEYS = _fund_keys()
# 表3/表5 are drawn as the Xinjiang template prints them: 合计 = 基本支出 + 项目支出 (the
# catalogue's first sum); the other templates' 人员经费/公用经费 columns stay out.
_BASIC_KEYS = (_spec(3).row_sums[0].total, *_spec(3).row_sums[0].parts)


def _t10(plan: Plan) -> Table:
    economic = dict(plan.economic)
    reception = economic.get("30217", 0)
    operation = economic.get("30231", 0)
    vehicles = operation + plan.vehicle_purchase
    items = {
        "outbound_travel": plan.outbound_travel,
        "reception": reception,
        "vehicles": vehicles,
        "vehicle_purchase": plan.vehicle_purchase,
        "vehicle_operation": operation,
    }
    total = plan.outbound_travel + reception + vehicles
    keys = _spec(10).column_keys()

    def values(amount: int) -> dict[str, Decimal | None]:
        return _amounts(keys, {"total": amount, "general_budget": amount})

    head = values(total)
    if not total:  # a printed total row always carries an amount
        head = {**head, "total": Decimal("0.00")}
    rows = [Row("合计", head, item="total", role="total")]
    rows += [Row(_T10_LABELS[k], values(v), item=k) for k, v in items.items()]
    return _table(10, rows, plan)


def _t11(plan: Plan) -> Table | None:
    keys = _spec(11).column_keys()
    projects: list[Row] = []
    totals: dict[str, int] = {}
    for leaf in plan.leaves:
        fiscal_name, nonfiscal_name = leaf.carry_projects
        for name, amount, prefix in (
            (fiscal_name, leaf.fiscal_carry, "fiscal"),
            (nonfiscal_name, leaf.nonfiscal_carry, "nonfiscal"),
        ):
            if amount:
                values = {"total": amount, f"{prefix}_total": amount, f"{prefix}_project": amount}
                _add(totals, values)
                projects.append(Row("", _amounts(keys, values), project=name))
    if not projects:
        return None if plan.kind.startswith("单位") else _table(11, (), plan)
    rows = [
        Row("总计", _amounts(keys, totals), role="total"),
        Row(plan.department, _amounts(keys, totals), role="unit"),
        *projects,
    ]
    return _table(11, rows, plan)


def build_table(plan: Plan, number: int) -> Table | None:
    """Standard table ``number`` of the document ``plan`` describes (``None``: a unit's
    document leaves out an empty 表11)."""
    basic_project = lambda leaf: {  # noqa: E731
        "total": leaf.total,
        "basic": leaf.basic,
        "project": leaf.project,
    }
    builders: dict[int, Callable[[], Table | None]] = {
        1: lambda: _t1(plan),
        2: lambda: _coded_table(2, plan, _t2, "总计"),
        3: lambda: _coded_table(3, plan, basic_project, keys=_BASIC_KEYS),
        4: lambda: _t4(plan),
        5: lambda: _coded_table(
            5,
            plan,
            lambda leaf: {"total": leaf.gb, "basic": leaf.gb_basic, "project": leaf.gb_project},
            keys=_BASIC_KEYS,
        ),
        6: lambda: _t6(plan),
        7: lambda: _t7(plan),
        8: lambda: _coded_table(
            8, plan, lambda leaf: {"total": leaf.fund, "project": leaf.fund}, keys=_FUND_KEYS
        ),
        9: lambda: _coded_table(
            9, plan, lambda leaf: {"total": leaf.soe, "project": leaf.soe}, keys=_FUND_KEYS
        ),
        10: lambda: _t10(plan),
        11: lambda: _t11(plan),
    }
    return builders[number]()


def build_document(plan: Plan) -> Document:
    """The whole document ``plan`` describes: meta data, four parts, two sections of
    part 1, the tables, part 3's description of 表7's projects (unless the plan leaves it
    out) and a glossary."""
    tables = [t for n in range(1, 12) if (t := build_table(plan, n)) is not None]
    meta = DocumentMeta(
        department=plan.department,
        year=plan.year,
        kind=plan.kind,
        unit="万元",
        issued=plan.issued,
    )
    draft = Document(meta=meta)
    titles = part_titles(draft)
    who = "单位" if plan.kind.startswith("单位") else "部门"
    sections: tuple[Section, ...] = (
        Section(1, "一", "一、主要职能", 1, f"{plan.department}负责本行业的规划和管理。", id="1.1"),
        Section(1, "二", "二、机构设置及人员情况", 1, f"本{who}下设办公室等内设机构。", id="1.2"),
    )
    if plan.descriptions:
        t7 = next(t for t in tables if t.number == 7)
        projects = [p for leaf in sorted(plan.leaves, key=lambda x: x.code) for p in leaf.projects]
        section = project_section(
            plan.department, plan.year, plan.kind, projects, t7.empty_statement, plan.wording
        )
        sections = (*sections, section)
    return Document(
        meta=meta,
        parts=tuple(Part(n, titles[n]) for n in (1, 2, 3, 4)),
        sections=sections,
        tables=tuple(tables),
        glossary=tuple(GlossaryEntry(term, text) for term, text in _GLOSSARY),
    )
