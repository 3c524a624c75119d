"""表8/表9 whose total column is headed 本年支出合计 (江苏: 无锡, 苏州): its amount is the
table's total, not a figure glued to the row's name."""

from __future__ import annotations

from decimal import Decimal

from xjbudget import parse_text

T = "\t"

# wuxi-02 p28 (公开11表): 项 目 over 功能分类科目编码 | 科目名称, a 栏次 row, 基本支出 empty.
WUXI = [
    "公开11表",
    "国有资本经营预算支出预算表",
    "单位：无锡市某某局（本级） 单位：万元",
    T.join(["项 目", "", "本年支出合计", "基本支出", "项目支出"]),
    T.join(["功能分类科目编码", "科目名称", "", "", ""]),
    T.join(["栏次", "", "1", "2", "3"]),
    T.join(["合计", "", "32,640.00", "", "32,640.00"]),
    T.join(["223", "国有资本经营预算支出", "32,640.00", "", "32,640.00"]),
    T.join(["22399", "其他国有资本经营预算支出", "32,640.00", "", "32,640.00"]),
    T.join(["2239999", "其他国有资本经营预算支出", "32,640.00", "", "32,640.00"]),
]


def test_a_total_headed_this_years_expenditure_total_is_the_total_column() -> None:
    document = parse_text("\n".join([*WUXI, ""]), source="wuxi-shape")
    table = document.table(9)
    assert table is not None
    assert "total" in [c.key for c in table.columns]
    assert [r.name for r in table.rows] == [
        "合计",
        "国有资本经营预算支出",
        "其他国有资本经营预算支出",
        "其他国有资本经营预算支出",
    ]
    for row in table.rows:
        assert row.values["total"] == Decimal("32640.00")
        assert row.values["project"] == Decimal("32640.00")
