"""Generated documents describe their 表7 projects in part 3 as the Xinjiang template does
(issue 16): section 七's 资金分配情况 names 款 of the 类 whose 表7 column holds each
project's money, so a reader of flattened text — which drops the empty cells — can put a
project's lone amount in its column. ``documents(project_descriptions=False)`` leaves the
section out."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis.errors import InvalidArgument

import xjbudget
import xjbudget.strategies as xst
from xjbudget.catalog import spec_for_number
from xjbudget.codes import table as code_table
from xjbudget.model import Document
from xjbudget.render import render_document_flat, render_document_tabbed
from xjbudget.sources.tabbed import read_text_lines
from xjbudget.strategies._plan import Leaf, Plan
from xjbudget.strategies._projects import Project, Wording
from xjbudget.strategies._tables import build_document
from xjbudget.tables.project_classes import project_classes, project_columns
from xjbudget.text import label_key
from xjbudget.validate import validate

DOCUMENTS = xst.documents() | xst.documents(kind="单位预算", year=2023, max_classes=2)


def _projects(document: Document) -> list[tuple[str, Decimal, str]]:
    """表7's projects in order: name, amount, the one economic column holding it."""
    t7 = document.table(7)
    assert t7 is not None
    found = []
    for row in t7.rows:
        if row.project:
            (column,) = [k for k, v in row.values.filled().items() if k != "total"]
            amount = row.values.get("total")
            assert amount is not None
            found.append((row.project, amount, column))
    return found


def _column_class(column: str, year: int) -> str:
    """The economic 类 whose name labels 表7's ``column``."""
    spec = spec_for_number(7)
    assert spec is not None
    keys = next(c for c in spec.columns if c.key == column).label_keys()
    (code,) = [
        e.code
        for e in code_table("economic-dept", year).children(None)
        if label_key(e.name) in keys
    ]
    return code


@settings(max_examples=40, deadline=None)
@given(DOCUMENTS)
def test_part3_describes_each_table7_project(document: Document) -> None:
    year = document.meta.year
    assert year is not None
    (section,) = [s for s in document.sections if s.part == 3]
    assert section.heading.endswith("一般公共预算项目支出情况说明")
    read = xjbudget.parse_text(render_document_tabbed(document))
    assert read.facts is not None
    projects = _projects(document)
    if not projects:
        t7 = document.table(7)
        assert t7 is not None and section.text == t7.empty_statement
        assert read.facts.projects == ()
    names = {e.name: e.code[:3] for e in code_table("economic-dept", year)}
    described = read.facts.projects
    assert [(p.name, p.amount) for p in described] == [(n, a) for n, a, _ in projects]
    for project, (_, amount, column) in zip(described, projects, strict=True):
        assert project.unit == document.meta.department
        assert project.allocation
        assert sum((a for _, a in project.allocation), Decimal(0)) == amount
        assert {names[use] for use, _ in project.allocation} == {_column_class(column, year)}
    # Part 3's facts agree with the tables: no new error (narrative.project.* included).
    assert [f.rule for f in validate(read).findings if f.severity == "error"] == []


@settings(max_examples=40, deadline=None)
@given(DOCUMENTS)
def test_part3_decides_each_project_column(document: Document) -> None:
    # The reader of flattened text takes a project's column from part 3
    # (xjbudget.tables.project_classes): every generated project's is decided. The
    # narrative is printed unwrapped: a 资金分配情况 wrapped before an amount
    # ("…地上附着物和青苗补偿" / "0.03 万元、…") ends the reader's allocation at the amount
    # (taken for a "0." numbering), a reader limitation reported in issue 16.
    year = document.meta.year
    spec = spec_for_number(7)
    assert year is not None and spec is not None
    lines = read_text_lines(render_document_flat(document, width=None))
    classes = project_classes(lines, year)
    for name, amount, column in _projects(document):
        assert project_columns(spec, name, amount, classes, year) == column, name


def _plan(**changes: object) -> Plan:
    """A department whose 表7 has two projects under one 项: 20.50 in 商品和服务支出 and
    10.00 in 对个人和家庭的补助, 004's 安全生产工作经费 allocation among them."""
    leaf = Leaf(
        code="2010507",
        gb_basic=500_000,
        gb_project=3050,
        transferred=False,
        fund=0,
        soe=0,
        special=0,
        unit_funds=0,
        fiscal_carry=0,
        nonfiscal_carry=0,
        projects=(
            Project(
                "安全生产工作经费",
                "goods_services",
                2050,
                (("劳务费", 890), ("其他交通费用", 1160)),
            ),
            Project("信息化运维项目", "household_transfers", 1000, (("生活补助", 1000),)),
        ),
        carry_projects=("", ""),
    )
    plan = Plan(
        year=2024,
        department="乌鲁木齐市工业和信息化局",
        kind="部门预算",
        leaves=(leaf,),
        economic=(("30101", 500_000),),
        outbound_travel=0,
        vehicle_purchase=0,
        total_first=False,
        issued=None,
        wording=Wording(spaced_items=True),
    )
    return attrs.evolve(plan, **changes)


def _table7_values(document: Document) -> list[dict[str, Decimal]]:
    t7 = document.table(7)
    assert t7 is not None
    return [dict(r.values.filled()) for r in t7.rows]


def test_a_described_project_is_read_in_its_column() -> None:
    document = build_document(_plan())
    (section,) = [s for s in document.sections if s.part == 3]
    assert "资金分配情况：劳务费 8.9 万元、其他交通费用 11.6 万元。" in section.text
    assert "预算安排规模：10.00 万元" in section.text
    read = xjbudget.parse_text(render_document_flat(document))
    assert [f.rule for f in read.findings if f.table == 7] == []
    assert _table7_values(read) == _table7_values(document)


def test_without_descriptions_the_column_is_a_tie() -> None:
    document = build_document(_plan(descriptions=False))
    assert [s.part for s in document.sections] == [1, 1]
    read = xjbudget.parse_text(render_document_flat(document))
    assert "parse.flat.ambiguous_column" in {f.rule for f in read.findings if f.table == 7}


@settings(max_examples=10, deadline=None)
@given(xst.documents(project_descriptions=False))
def test_documents_without_descriptions_print_no_part3(document: Document) -> None:
    assert [s for s in document.sections if s.part == 3] == []
    read = xjbudget.parse_text(render_document_tabbed(document))
    assert read.facts is None or read.facts.projects == ()


def test_project_descriptions_is_checked() -> None:
    with pytest.raises(InvalidArgument):
        xst.documents(project_descriptions=None)  # type: ignore[arg-type]
