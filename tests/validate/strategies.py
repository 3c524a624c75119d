"""A hypothesis strategy for whole documents whose every sum holds.

Each generated 项 carries five amounts (general-budget basic and project spending, unit
funds, fiscal and non-fiscal carry-over); every table is derived from them, so tables
1–7, 10 and 11 agree with each other to the cent, and 表8/表9 are printed empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from hypothesis import strategies as st

from xjbudget import codes
from xjbudget.catalog import spec_for_number
from xjbudget.model import Code, Document, DocumentMeta, Row, Table

LEAVES = (
    "2011301",
    "2011350",
    "2011399",
    "2060499",
    "2080501",
    "2080505",
    "2101101",
    "2101506",
    "2150204",
    "2150501",
    "2210201",
    "2240199",
)
ECONOMIC = ("30101", "30102", "30201", "30217", "30231", "30302")
PERSONNEL = ("301", "303")

Cents = Mapping[str, int]


def dec(cents: int) -> Decimal | None:
    """An amount from cents; zero prints as an empty cell."""
    return None if cents == 0 else Decimal(cents).scaleb(-2)


def _name(code: str) -> str:
    scheme = "economic" if code[0] == "3" else "functional"
    return codes.lookup(code, year=2024, scheme=scheme).name


def _values(cents: Cents) -> dict[str, Decimal | None]:
    return {k: dec(v) for k, v in cents.items()}


def _add(rows: list[Cents]) -> dict[str, int]:
    out: dict[str, int] = {}
    for row in rows:
        for k, v in row.items():
            out[k] = out.get(k, 0) + v
    return out


def _table(number: int, rows: list[Row], empty: str | None = None) -> Table:
    spec = spec_for_number(number)
    assert spec is not None
    return Table(
        number, spec.kind, spec.title, spec.column_specs(), tuple(rows), empty_statement=empty
    )


def _tree(
    leaves: Mapping[str, Cents], scheme: str = "functional", project: bool = False
) -> list[Row]:
    """A total row, then each 类, its 款, their 项 (codes in order), amounts summed up."""
    rows = [Row("合计", _values(_add(list(leaves.values()))), role="total")]
    for code in sorted(
        {c[:3] for c in leaves} | {c[:5] for c in leaves if len(c) == 7} | set(leaves)
    ):
        under = [v for c, v in leaves.items() if c.startswith(code)]
        name = f"项目{code}" if project and code in leaves else None
        rows.append(Row(_name(code), _values(_add(under)), code=Code(code, scheme), project=name))  # type: ignore[arg-type]
    return rows


def _item(key: str, cents: int, side: str, number: int = 1, role: str = "detail") -> Row:
    """A named row of 表1 (or 表4), printed with its spec label."""
    spec = spec_for_number(number)
    assert spec is not None
    label = next(i.label for i in spec.items if i.key == key)
    return Row(label, {side: dec(cents)}, item=key, side=side, role=role)  # type: ignore[arg-type]


_AMOUNT = st.one_of(st.just(0), st.integers(1, 10_000_000))


@st.composite
def consistent_documents(draw: st.DrawFn) -> Document:
    leaves = sorted(draw(st.lists(st.sampled_from(LEAVES), min_size=1, max_size=5, unique=True)))
    money = {c: draw(st.tuples(_AMOUNT, _AMOUNT, _AMOUNT, _AMOUNT, _AMOUNT)) for c in leaves}
    gb_basic = {c: m[0] for c, m in money.items()}
    gb_project = {c: m[1] for c, m in money.items()}
    unit_basic = {c: m[2] for c, m in money.items()}
    carry = {c: m[3] for c, m in money.items()}
    carry_other = {c: m[4] for c, m in money.items()}

    t3 = {
        c: {
            "total": gb_basic[c] + gb_project[c] + unit_basic[c] + carry[c] + carry_other[c],
            "basic": gb_basic[c] + unit_basic[c],
            "project": gb_project[c] + carry[c] + carry_other[c],
        }
        for c in leaves
    }
    t2 = {
        c: {
            "total": t3[c]["total"],
            "fiscal_subtotal": gb_basic[c] + gb_project[c],
            "general_budget": gb_basic[c] + gb_project[c],
            "unit_funds": unit_basic[c],
            "fiscal_carryover": carry[c],
            "nonfiscal_carryover": carry_other[c],
        }
        for c in leaves
    }
    t5 = {
        c: {"total": gb_basic[c] + gb_project[c], "basic": gb_basic[c], "project": gb_project[c]}
        for c in leaves
    }
    gb, unit_funds = sum(t5[c]["total"] for c in leaves), sum(unit_basic.values())
    fiscal_carry, other_carry = sum(carry.values()), sum(carry_other.values())
    everything = gb + unit_funds + fiscal_carry + other_carry

    # 表6: the general-budget basic spending split over six economic 款
    basic = sum(gb_basic.values())
    cuts = sorted(draw(st.lists(st.integers(0, basic), min_size=5, max_size=5)))
    shares = [b - a for a, b in zip([0, *cuts], [*cuts, basic], strict=True)]
    t6 = {
        code: (
            {"total": share, "personnel": share}
            if code[:3] in PERSONNEL
            else {"total": share, "public_use": share}
        )
        for code, share in zip(ECONOMIC, shares, strict=True)
    }
    reception, operation = t6["30217"]["total"], t6["30231"]["total"]
    outbound, purchase = draw(_AMOUNT), draw(_AMOUNT)

    classes: dict[str, int] = {}
    for c in leaves:
        classes[c[:3]] = classes.get(c[:3], 0) + t3[c]["total"]
    gb_classes: dict[str, int] = {}
    for c in leaves:
        gb_classes[c[:3]] = gb_classes.get(c[:3], 0) + t5[c]["total"]

    t1 = [
        _item("current_year_income", gb + unit_funds, "income"),
        _item("general_budget", gb, "income"),
        _item("general_budget_own", gb, "income"),
        _item("unit_funds", unit_funds, "income"),
        _item("other_income", unit_funds, "income"),
        _item("carryover", fiscal_carry + other_carry, "income"),
        _item("fiscal_carryover", fiscal_carry, "income"),
        _item("fiscal_carryover_general", fiscal_carry, "income"),
        _item("nonfiscal_carryover", other_carry, "income"),
        _item("nonfiscal_carryover_unit", other_carry, "income"),
        _item("income_total", everything, "income", role="total"),
        *(
            Row(_name(k), {"expenditure": dec(v)}, code=Code(k), side="expenditure")
            for k, v in sorted(classes.items())
        ),
        _item("expenditure_total", everything, "expenditure", role="total"),
    ]
    t4 = [
        _item("fiscal_total", gb, "income", 4),
        _item("general_budget", gb, "income", 4),
        _item("income_total", gb, "income", 4, role="total"),
        *(
            Row(
                _name(k),
                {"total": dec(v), "general_budget": dec(v)},
                code=Code(k),
                side="expenditure",
            )
            for k, v in sorted(gb_classes.items())
        ),
        Row(
            "支出总计",
            {"total": dec(gb), "general_budget": dec(gb)},
            item="expenditure_total",
            side="expenditure",
            role="total",
        ),
    ]
    projects = {c: {"total": v, "goods_services": v} for c, v in gb_project.items() if v}
    t7 = _tree(projects, project=True) if projects else []
    vehicles = purchase + operation
    three = outbound + reception + vehicles
    t10 = [
        Row(
            "合计", {"total": dec(three), "general_budget": dec(three)}, item="total", role="total"
        ),
        *(
            Row(key, {"total": dec(v), "general_budget": dec(v)}, item=key)
            for key, v in (
                ("outbound_travel", outbound),
                ("reception", reception),
                ("vehicles", vehicles),
                ("vehicle_purchase", purchase),
                ("vehicle_operation", operation),
            )
        ),
    ]
    carried = {
        c: {
            "total": carry[c] + carry_other[c],
            "fiscal_total": carry[c],
            "fiscal_project": carry[c],
            "nonfiscal_total": carry_other[c],
            "nonfiscal_project": carry_other[c],
        }
        for c in leaves
        if carry[c] or carry_other[c]
    }
    sums = _add(list(carried.values()))
    t11 = [
        Row("总计", _values(sums), role="total"),
        Row("本级", _values(sums), role="unit"),
        *(Row("", _values(v), project=f"结转项目{c}") for c, v in carried.items()),
    ]
    return Document(
        DocumentMeta(year=2024, unit="万元"),
        tables=(
            _table(1, t1),
            _table(2, _tree(t2)),
            _table(3, _tree(t3)),
            _table(4, t4),
            _table(5, _tree(t5)),
            _table(6, _tree(t6, scheme="economic")),
            _table(7, t7, None if projects else "…为空表。"),
            _table(8, [], "…为空表。"),
            _table(9, [], "…为空表。"),
            _table(10, t10),
            _table(11, t11 if carried else [], None if carried else "…为空表。"),
        ),
    )
