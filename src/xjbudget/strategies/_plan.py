"""The money of a generated document, drawn once, in cents, per functional 项 and per
economic 款. Every table is computed from this plan (:mod:`._tables`), which is why
the tables agree with each other: 表3 total = 表1 支出总计, 表5 = the general-budget part
of 表2 and 表4, 表6 total = 表5 basic, 表7 total = 表5 project, 表11 total = 表1 上年结转结余.
"""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal

from attrs import frozen
from hypothesis import strategies as st

from ._amounts import CENT, cents
from ._codes import children, entries
from ._projects import BASIS_FORMS, Project, Wording, spending_items

__all__ = ["Leaf", "Plan", "plans"]

_PLACES = (
    "昌吉回族自治州",
    "吉木萨尔县",
    "哈密市",
    "阿勒泰地区",
    "克孜勒苏柯尔克孜自治州",
    "奇台县",
)
_AGENCIES = ("工业和信息化局", "商务局", "财政局", "水利局", "教育局", "统计局", "林业和草原局")
_UNITS = ("信息中心", "培训中心", "技术服务站", "综合执法大队")
_PROJECT_WORDS = (
    ("安全生产", "信息化运维", "产业转移", "招商引资", "节能监察", "应急保障", "电子政务"),
    ("专项", "补助", "工作", "对接活动", "运行保障"),
    ("经费", "资金", "项目"),
)
_PERSONNEL = ("301", "303")  # 人员经费; 302 is 公用经费


@frozen
class Leaf:
    """The money of one functional 项, in cents, by source and use."""

    code: str
    gb_basic: int
    gb_project: int
    transferred: bool
    fund: int
    soe: int
    special: int
    unit_funds: int
    fiscal_carry: int
    nonfiscal_carry: int
    projects: tuple[Project, ...]  # 表7's projects, adding up to gb_project
    carry_projects: tuple[str, ...]  # 表11 project names: fiscal, nonfiscal

    @property
    def gb(self) -> int:
        return self.gb_basic + self.gb_project

    @property
    def basic(self) -> int:
        return self.gb_basic + self.special + self.unit_funds

    @property
    def project(self) -> int:
        return self.gb_project + self.fund + self.soe + self.fiscal_carry + self.nonfiscal_carry

    @property
    def total(self) -> int:
        return self.basic + self.project


@frozen
class Plan:
    """A drawn document before it is laid out as tables."""

    year: int
    department: str
    kind: str
    leaves: tuple[Leaf, ...]
    economic: tuple[tuple[str, int], ...]  # (款 code, cents) of 一般公共预算基本支出
    outbound_travel: int
    vehicle_purchase: int
    total_first: bool
    issued: datetime.date | None
    # Part 3 describes 表7's projects (or says 表7 is empty); in which wording.
    descriptions: bool = True
    wording: Wording = Wording()

    def personnel(self, code: str) -> bool:
        return code[:3] in _PERSONNEL


def _split(draw: st.DrawFn, total: int, parts: int, *, positive: bool = False) -> list[int]:
    """``total`` cut into ``parts`` non-negative integers (``positive``: each at least 1,
    ``parts`` no more than ``total``)."""
    if parts <= 1:
        return [total]
    points = st.integers(1, total - 1) if positive else st.integers(0, total)
    cuts = sorted(draw(st.lists(points, min_size=parts - 1, max_size=parts - 1, unique=positive)))
    bounds = [0, *cuts, total]
    return [b - a for a, b in itertools.pairwise(bounds)]


def _maybe(draw: st.DrawFn, amount: st.SearchStrategy[int], p_zero: int = 3) -> int:
    value: int = draw(st.one_of(*[st.just(0)] * p_zero, amount))
    return value


_NAMES = tuple("".join(words) for words in itertools.product(*_PROJECT_WORDS))


def _project_name(draw: st.DrawFn, taken: set[str] | None = None) -> str:
    """A project name; not one of ``taken`` (part 3 and 表7 match a project by name, so
    two projects of one 表7 never share one)."""
    free = [n for n in _NAMES if taken is None or n not in taken]
    name: str = draw(st.sampled_from(free))
    if taken is not None:
        taken.add(name)
    return name


def _project(
    draw: st.DrawFn, name: str, amount: int, columns: tuple[tuple[str, tuple[str, ...]], ...]
) -> Project:
    """A project of ``amount`` cents in one 表7 column, its 资金分配情况 one to three 款 of
    that column's 类 with positive amounts adding up to it."""
    column, names = draw(st.sampled_from(columns))
    count = draw(st.integers(1, min(3, len(names), amount)))
    uses = draw(st.lists(st.sampled_from(names), min_size=count, max_size=count, unique=True))
    parts = _split(draw, amount, count, positive=True)
    return Project(name, column, amount, tuple(zip(uses, parts, strict=True)))


def _wording(draw: st.DrawFn) -> Wording:
    return Wording(
        numbering=draw(st.sampled_from(("（一）", "1、"))),
        spaced_size=draw(st.booleans()),
        spaced_items=draw(st.booleans()),
        until=draw(st.sampled_from(("-", "至"))),
        full_stop=draw(st.booleans()),
        grouped=draw(st.booleans()),
        basis=draw(st.integers(0, BASIS_FORMS - 1)),
    )


def _functional_leaves(draw: st.DrawFn, year: int, max_classes: int) -> list[str]:
    classes = [e for e in entries("functional", year, 1) if children("functional", year, e.code)]
    chosen = draw(st.lists(st.sampled_from(classes), min_size=1, max_size=max_classes, unique=True))
    leaves: list[str] = []
    for cls in sorted(chosen, key=lambda e: e.code):
        subs = [
            k
            for k in children("functional", year, cls.code)
            if children("functional", year, k.code)
        ]
        if not subs:
            continue
        for sub in sorted(
            draw(st.lists(st.sampled_from(subs), min_size=1, max_size=2, unique=True)),
            key=lambda e: e.code,
        ):
            items = children("functional", year, sub.code)
            picked = draw(st.lists(st.sampled_from(items), min_size=1, max_size=2, unique=True))
            leaves += sorted(e.code for e in picked)
    return leaves


@st.composite
def plans(
    draw: st.DrawFn,
    *,
    year: int,
    kind: str,
    max_amount: Decimal,
    max_classes: int,
    with_funds: bool | None,
    with_carryover: bool | None,
    descriptions: bool = True,
) -> Plan:
    """Draws a :class:`Plan` (arguments already checked by the public strategies)."""
    amount = cents(max_amount)
    place = draw(st.sampled_from(_PLACES))
    agency = draw(st.sampled_from(_AGENCIES))
    department = place + agency
    if kind.startswith("单位"):
        department += draw(st.sampled_from(_UNITS))
    codes = _functional_leaves(draw, year, max_classes)
    if not codes:  # every class drawn had no 款 with 项 (never with the package tables)
        codes = [entries("functional", year, 3)[0].code]
    funds = draw(st.booleans()) if with_funds is None else with_funds
    carry = draw(st.booleans()) if with_carryover is None else with_carryover
    # 一般公共预算基本支出 by economic 款, then spread over the functional 项.
    economic_kinds = [e for c in ("301", "302", "303") for e in children("economic", year, c)]
    econ = draw(st.lists(st.sampled_from(economic_kinds), min_size=1, max_size=8, unique=True))
    econ_amounts = [(e.code, draw(amount)) for e in sorted(econ, key=lambda e: e.code)]
    basic_total = sum(a for _, a in econ_amounts)
    basic_split = _split(draw, basic_total, len(codes))
    leaves = []
    columns = spending_items(year)
    taken: set[str] = set()
    for code, gb_basic in zip(codes, basic_split, strict=True):
        gb_project = _maybe(draw, amount)
        projects: list[Project] = []
        if gb_project:
            count = draw(st.integers(1, 2)) if gb_project > 1 else 1
            for part in _split(draw, gb_project, count):
                if part:
                    projects.append(_project(draw, _project_name(draw, taken), part, columns))
        fiscal_carry = _maybe(draw, amount) if carry else 0
        nonfiscal_carry = _maybe(draw, amount) if carry else 0
        leaves.append(
            Leaf(
                code=code,
                gb_basic=gb_basic,
                gb_project=gb_project,
                transferred=bool(gb_project) and draw(st.booleans()),
                fund=_maybe(draw, amount, 6) if funds else 0,
                soe=_maybe(draw, amount, 6) if funds else 0,
                special=_maybe(draw, amount, 6),
                unit_funds=_maybe(draw, amount, 4),
                fiscal_carry=fiscal_carry,
                nonfiscal_carry=nonfiscal_carry,
                projects=tuple(projects),
                carry_projects=(_project_name(draw), _project_name(draw)),
            )
        )
    issued = draw(
        st.one_of(st.none(), st.dates(datetime.date(year - 1, 12, 1), datetime.date(year, 3, 31)))
    )
    return Plan(
        year=year,
        department=department,
        kind=kind,
        leaves=tuple(leaf for leaf in leaves if leaf.total),
        economic=tuple(econ_amounts),
        outbound_travel=_maybe(draw, st.integers(1, int(Decimal(50) / CENT))),
        vehicle_purchase=_maybe(draw, st.integers(1, int(Decimal(50) / CENT))),
        total_first=draw(st.booleans()),
        issued=issued,
        descriptions=descriptions,
        wording=_wording(draw),
    )
