"""表8/表9 printed with no amount but their zeros (广州, 深圳): the total column is read
whatever the template calls it, so the zeros land in columns, not in the row's name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from xjbudget import parse_text

T = "\t"

# guangzhou-07 p22: the budget's name over 小计 | 其中：基本支出 | 项目支出.
GUANGZHOU = [
    "表9",
    "政府性基金预算支出情况表",
    T.join(["单位名称：广州市某某局", "", "", "", "单位：万元"]),
    T.join(["功能分类科目", "", "政府性基金预算支出", "", ""]),
    T.join(["科目编码", "科目名称", "小计", "其中：基本支出", "项目支出"]),
    T.join(["", "合计", "0.00", "0.00", "0.00"]),
    "注：本表本年无发生额。",
]
# shenzhen-02 p33: 支出总计 | 基本支出 | 项目支出, a row for the unit.
SHENZHEN = [
    "表10",
    "政府性基金预算支出表",
    "部门名称：深圳市某某局（本级） 单位：万元",
    T.join(["预算单位", "科目编码", "科目名称", "支出总计", "基本支出", "项目支出"]),
    T.join(["深圳市某某局（本级）", "", "", "0.00", "0.00", "0.00"]),
    "注：本表本年无发生额。",
]


@pytest.mark.parametrize("lines", [GUANGZHOU, SHENZHEN], ids=["guangzhou", "shenzhen"])
def test_the_zeros_of_an_empty_fund_table_are_read_into_its_columns(lines: list[str]) -> None:
    document = parse_text("\n".join([*lines, ""]), source="fund-shape")
    table = document.table(8)
    assert table is not None
    assert [c.key for c in table.columns] == ["total", "basic", "project"]
    (row,) = table.rows
    assert dict(row.values) == dict.fromkeys(("total", "basic", "project"), Decimal("0.00"))
    assert "0.00" not in row.name
