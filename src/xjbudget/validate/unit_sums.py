"""Family 2: the rows of a table by unit, summed by their printed unit codes.

西安's “三公”经费及会议费、培训费 table by unit (表22) prints 合计, then the department's row
(its unit code of three digits: 116 西安市财政局), then each of its units' (116001,
116003, …: the department's code and three more). The codes say what sums what: a
unit's row whose code heads the codes of other rows = the sum of those rows, and 合计 =
the sum of the rows no other code heads, in every column. Both hold in all ten 西安
documents of the corpus (2021, 2022, 2026). 西安's 收入总表 and 支出总表 by unit (表14,
表15) print the same codes (251 西安市自然资源和规划局 over 251001 … 251016), and so does
江苏's 收入总表 by unit (表14: wuxi-01's 305 无锡市教育局 over 305001 …): both rules hold on
all the 表14 and 表15 of the 84 real PDFs that print codes (10 西安, 7 苏州, 10 无锡). Two
rows printing the same code are two units, siblings (xian-06 p23's two 153002). A table
without printed codes (广州's and 深圳's 表14 name their units) has no department row apart
from its total (深圳 prints the department's name on it): its total = the sum of every unit
row, within rounding in the 11 such 表14 of the corpus that print a total (guangzhou-05 p7:
合计 119,257.52 = 118,260.15 + 997.37); the unit rule has nothing to check there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import partial

from ..catalog import spec_for_number
from ..model import Document, Finding, Row, Table
from .examples import example_for
from .grouped import sums_in_every_column
from .reading import printed_rows
from .rule import Rule

__all__ = ["unit_sum_rules"]

#: The tables by unit whose printed unit codes nest (see the module docstring).
UNIT_CODED = (14, 15, 22)


def _coded(table: Table) -> list[Row]:
    """The unit rows that print a unit code (``Row.item``: digits)."""
    return [r for r in printed_rows(table) if r.role == "unit" and (r.item or "").isdigit()]


def _children(code: str | None, rows: Sequence[Row]) -> list[Row]:
    """The rows whose code continues ``code`` (116001 under 116; every row under
    ``None``) and continues no other such row's: the next level only. Two rows printing
    the same code are siblings, neither under the other (xian-06 p23 prints 153002 for
    交通管理支队 and for 交通警察支队, 153011 for two units too)."""
    under = [r for r in rows if r.item and r.item != code and r.item.startswith(code or "")]
    return [
        r
        for r in under
        if not any(
            r.item and o.item and r.item != o.item and r.item.startswith(o.item) for o in under
        )
    ]


def _sum_check(
    number: int, rule: str, tops: bool, document: Document, tolerance: Decimal
) -> Iterator[Finding]:
    for table in (t for t in document.tables if t.number == number):
        units = _coded(table)
        if tops and not units:
            # No code printed: the units are the rows under the total (广州's 表14 合计 over
            # its units; 深圳's department row is the total row itself).
            heads = [r for r in printed_rows(table) if r.role == "unit"]
            pairs = [(r, heads) for r in printed_rows(table) if r.role == "total" and heads]
            what, what_zh = "the unit rows", "各单位行之和"
        elif not units:
            continue
        elif tops:
            heads = _children(None, units)
            pairs = [(r, heads) for r in printed_rows(table) if r.role == "total"]
            what, what_zh = "the rows of the top unit codes", "各顶层单位编码行之和"
        else:
            pairs = [(r, under) for r in units if (under := _children(r.item, units))]
            what, what_zh = "the rows of the codes directly under it", "其下一级各单位编码行之和"
        for row, parts in pairs:
            yield from sums_in_every_column(rule, table, row, parts, tolerance, (what, what_zh))


def unit_sum_rules() -> tuple[Rule, ...]:
    """Two rules per table of :data:`UNIT_CODED`."""
    rules: list[Rule] = []
    for number in UNIT_CODED:
        spec = spec_for_number(number)
        title = spec.title if spec is not None else ""
        unit = f"T{number}.units.unit_eq_sum_of_units"
        total = f"T{number}.units.total_eq_sum_of_top_units"
        rules += [
            Rule(
                id=unit,
                family=2,
                description=(
                    f"表{number} {title}: a unit's row whose printed code heads other codes "
                    "(the department's 116 over 116001, 116003, …) = the sum of the rows of the "
                    "codes directly under it, in every column."
                ),
                description_zh=(
                    f"表{number}{title}：单位编码为其他编码前缀的行（部门 116 之于 116001、"
                    "116003…）= 其下一级各行之和（每一列）。"
                ),
                example=example_for(unit),
                check=partial(_sum_check, number, unit, False),
            ),
            Rule(
                id=total,
                family=2,
                description=(
                    f"表{number} {title}: the 合计 row = the sum of the rows whose printed unit "
                    "code no other code heads (the departments'), in every column; where no "
                    "unit code is printed, of every unit row."
                ),
                description_zh=(
                    f"表{number}{title}：合计行 = 各顶层单位编码行（部门）之和（每一列）；"
                    "未印单位编码时为各单位行之和。"
                ),
                example=example_for(total),
                check=partial(_sum_check, number, total, True),
            ),
        ]
    return tuple(rules)
