"""The public strategies for documents, tables and rows."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from ..model import Document, Row, Table
from ._check import check_amount, check_choice, check_int, check_year
from ._plan import Plan, plans
from ._tables import build_document, build_table

__all__ = ["document_plans", "documents", "rows", "tables"]

KINDS = ("部门预算", "单位预算")


def document_plans(
    *,
    year: int = 2024,
    kind: str = "部门预算",
    max_amount: Decimal | int | str = "5000.00",
    max_classes: int = 3,
    with_funds: bool | None = None,
    with_carryover: bool | None = None,
    project_descriptions: bool = True,
) -> st.SearchStrategy[Plan]:
    """The drawn money of a document (internal), after checking the arguments."""
    year = check_year(year)
    check_choice("kind", kind, KINDS)
    top = check_amount("max_amount", max_amount)
    check_int("max_classes", max_classes, 1, 10)
    for name, value in (("with_funds", with_funds), ("with_carryover", with_carryover)):
        check_choice(name, value, (None, True, False))
    check_choice("project_descriptions", project_descriptions, (True, False))
    return plans(
        year=year,
        kind=kind,
        max_amount=top,
        max_classes=max_classes,
        with_funds=with_funds,
        with_carryover=with_carryover,
        descriptions=project_descriptions,
    )


def documents(
    *,
    year: int = 2024,
    kind: str = "部门预算",
    max_amount: Decimal | int | str = "5000.00",
    max_classes: int = 3,
    with_funds: bool | None = None,
    with_carryover: bool | None = None,
    project_descriptions: bool = True,
) -> st.SearchStrategy[Document]:
    """Draws a whole :class:`~xjbudget.model.Document` of ``year`` whose validation
    report is clean: every row sum, every parent = sum of its children, every total row,
    and every cross-table equality (表3 total = 表1 支出总计, 表5 = the general-budget
    part of 表2 and 表4, 表6 total = 表5 basic, 表7 total = 表5 project, 表8/表9 = 表4's
    fund and SOE columns, 表10 = 表6 30217/30231, 表11 total = 表1 上年结转结余) holds.

    - ``kind``: ``"部门预算"`` (eleven tables) or ``"单位预算"`` (表11 left out when empty);
    - codes are valid 功能分类 项 (and 经济分类 款 in 表6) of the edition for ``year``,
      from at most ``max_classes`` 类;
    - ``max_amount`` bounds each drawn detail amount (totals add up beyond it);
    - ``with_funds``: 政府性基金/国有资本经营 money (表8/表9 non-empty) always (True),
      never (False) or sometimes (None); ``with_carryover`` the same for 上年结转结余 (表11);
    - ``project_descriptions``: part 3 describes each 表7 project in section 七
      (一般公共预算项目支出情况说明) as the Xinjiang template does — 项目名称, 设立的政策依据,
      预算安排规模, 项目承担单位, 资金分配情况 (支出经济分类 款 of the 类 whose 表7 column
      holds the money, adding up to the project's amount), 资金执行时间 — or, 表7 empty,
      repeats its "…为空表" sentence (True, the default); False prints no part 3 section,
      so nothing but the table says which column a project's money is in (what a reader
      of flattened text, which drops empty cells, then cannot tell).

    Tables printed empty (表7, 表8, 表9, 表11) carry their "…为空表" sentence. Rows have
    no location (``Location()``); performance targets are not generated.
    """
    return document_plans(
        year=year,
        kind=kind,
        max_amount=max_amount,
        max_classes=max_classes,
        with_funds=with_funds,
        with_carryover=with_carryover,
        project_descriptions=project_descriptions,
    ).map(build_document)


def tables(
    number: int,
    *,
    year: int = 2024,
    kind: str = "部门预算",
    max_amount: Decimal | int | str = "5000.00",
    max_classes: int = 3,
    nonempty: bool = False,
) -> st.SearchStrategy[Table]:
    """Draws standard table ``number`` (1–11) with every declared sum holding (row sums,
    item sums, parent = sum of children, total row = sum of 类), cut from a consistent
    :func:`documents` draw. ``nonempty`` asks for a table with rows (表7–表9 and 表11
    are otherwise often printed empty)."""
    check_int("number", number, 1, 11)
    check_choice("nonempty", nonempty, (True, False))
    plan = document_plans(
        year=year,
        kind="部门预算" if number == 11 else kind,
        max_amount=max_amount,
        max_classes=max_classes,
        with_funds=True if nonempty and number in (8, 9) else None,
        with_carryover=True if nonempty and number == 11 else None,
    )
    drawn = plan.map(lambda p: build_table(p, number))
    result = drawn.filter(lambda t: t is not None and (not nonempty or bool(t.rows)))
    return result  # type: ignore[return-value]


def rows(number: int, *, year: int = 2024, role: str | None = None) -> st.SearchStrategy[Row]:
    """Draws one row of standard table ``number`` whose row sums hold (``total = basic +
    project`` …), from a consistent table; ``role`` (``"total"``, ``"unit"``,
    ``"detail"``) restricts which rows."""
    check_choice("role", role, (None, "total", "unit", "detail"))
    check_int("number", number, 1, 11)

    def candidates(table: Table) -> tuple[Row, ...]:
        return tuple(r for r in table.rows if role is None or r.role == role)

    chosen = tables(number, year=year, nonempty=True).map(candidates).filter(bool)
    return chosen.flatmap(st.sampled_from)
