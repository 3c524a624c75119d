"""Two columns whose labels the PDF printed run into each other in one header cell, and
whose amounts it printed back to back in one body cell (广州's 表2: 财政拨款收入 ›
``一般公共预政府性基金算预算`` over ``47,944.02143,878.90``): each amount is read into
its column, in printed order, and the row's sums hold. 表2 by unit is 表14 here."""

from __future__ import annotations

from decimal import Decimal

from xjbudget import parse_text, validate

from .test_header_wraps import GUANGZHOU_INCOME

T = "\t"
# The labels as test_header_wraps.py has them, the two budgets run into one cell.
_NAME, _TOTAL, _, _, *_REST = GUANGZHOU_INCOME[0]
HEADER = [_NAME, _TOTAL, "财政拨款收入一般公共预政府性基金算预算", *_REST]
ZEROS = ["0.00"] * 9


def _row(name: str, total: str, glued: str) -> str:
    return T.join([name, total, glued, *ZEROS])


# guangzhou-06 p9 (表2 收入总体情况表), its first units.
GUANGZHOU = [
    "表2",
    "收入总体情况表",
    T.join(["单位名称：广州市某某局", *[""] * 9, "单位：万元", ""]),
    T.join(HEADER),
    _row("合计", "70,565.28", "24,222.4846,342.80"),
    _row("广州市某某局", "68,750.74", "22,725.5346,025.22"),
    _row("广州市某某处", "1,814.54", "1,496.95317.59"),
]


def test_amounts_back_to_back_under_tangled_labels_are_read_in_order() -> None:
    document = parse_text("\n".join([*GUANGZHOU, ""]), source="guangzhou-shape")
    table = document.table(14)  # 表2 by unit
    assert table is not None
    keys = [c.key for c in table.columns]
    assert keys.index("general_budget") + 1 == keys.index("fund_budget")
    by_name = {r.name: r for r in table.rows}
    unit = by_name["广州市某某局"]
    assert unit.values["general_budget"] == Decimal("22725.53")
    assert unit.values["fund_budget"] == Decimal("46025.22")
    assert by_name["合计"].values["fund_budget"] == Decimal("46342.80")
    assert not [f for f in document.findings if f.rule == "parse.cell.not_amount"]
    assert not [f for f in validate(document).errors if f.table == 14]
