"""A table printing rows per unit and no 合计: a first unit row that adds up to the unit
rows after it is the table's total (深圳 表3 支出总表, shenzhen-09.pdf page 63)."""

from __future__ import annotations

from decimal import Decimal

from xjbudget import parse_text
from xjbudget.tables.grouped import adds_up

# shenzhen-09.pdf page 63 cut to two units; the department's row is off the units' sum
# by 0.01 in 支出总计 and 项目支出 (the rounding of amounts converted to 万元), as the
# document's own is off its thirteen units by 0.01 and 0.02.
SHENZHEN = """2026年深圳市水务局部门预算
第二部分 2026年部门预算表
表3
支出总表
部门名称：深圳市水务局 单位：万元
预算单位\t科目编码\t科目名称\t支出总计\t基本支出\t项目支出\t事业单位经营支出\t对附属单位补助支出\t上缴上级支出
{first}\t\t\t{total}\t1,294.21\t{project}\t0.00\t0.00\t0.00
深圳市水务局（本级）\t\t\t1,347.83\t1,294.21\t53.62\t0.00\t0.00\t0.00
\t205\t教育支出\t53.62\t0.00\t53.62\t0.00\t0.00\t0.00
\t20508\t进修及培训\t53.62\t0.00\t53.62\t0.00\t0.00\t0.00
\t2050803\t培训支出\t53.62\t0.00\t53.62\t0.00\t0.00\t0.00
\t208\t社会保障和就业支出\t1,294.21\t1,294.21\t0.00\t0.00\t0.00\t0.00
\t20805\t行政事业单位养老支出\t1,294.21\t1,294.21\t0.00\t0.00\t0.00\t0.00
\t2080501\t行政单位离退休\t1,294.21\t1,294.21\t0.00\t0.00\t0.00\t0.00
深圳市水务局水务工程建设管理中心\t\t\t200.00\t0.00\t200.00\t0.00\t0.00\t0.00
\t205\t教育支出\t200.00\t0.00\t200.00\t0.00\t0.00\t0.00
\t20508\t进修及培训\t200.00\t0.00\t200.00\t0.00\t0.00\t0.00
\t2050803\t培训支出\t200.00\t0.00\t200.00\t0.00\t0.00\t0.00
"""


def _roles(text: str) -> list[tuple[str, str]]:
    doc = parse_text(text)
    table = doc.table(3)
    assert table is not None
    return [(r.role, r.name) for r in table.rows if r.code is None]


def test_department_over_its_units_is_the_total() -> None:
    text = SHENZHEN.format(first="深圳市水务局", total="1,547.84", project="253.63")
    assert _roles(text) == [
        ("total", "深圳市水务局"),
        ("unit", "深圳市水务局（本级）"),
        ("unit", "深圳市水务局水务工程建设管理中心"),
    ]


def test_first_unit_that_does_not_add_up_stays_a_unit() -> None:
    # Off the units' sum by more than their rounding (half a cent each): a unit of its own.
    text = SHENZHEN.format(first="深圳市水务局", total="1,547.93", project="253.72")
    assert _roles(text)[0] == ("unit", "深圳市水务局")


def test_adds_up_within_the_rounding_of_the_parts() -> None:
    parts = [{"a": Decimal("0.01"), "b": None}, {"a": Decimal("0.01"), "b": Decimal(1)}]
    assert adds_up({"a": Decimal("0.03"), "b": Decimal(1)}, parts)  # off by 0.01 ≤ 2 × 0.005
    assert not adds_up({"a": Decimal("0.04"), "b": Decimal(1)}, parts)
    assert not adds_up({"a": Decimal(0)}, [{"a": Decimal(0)}])  # zeros are no total
    assert not adds_up({"a": Decimal(1)}, [])
