"""重庆's 表五 prints the year before's budget (2025年预算数, one column) before the
budget year's (2026年预算数 › 总计 | 基本支出 | 项目支出): it is read as ``prior_year``,
not left as 预算数 naming no column and its amounts unread."""

from __future__ import annotations

from decimal import Decimal

from xjbudget import parse_text, validate

T = "\t"

# chongqing-02 p19 (表五), the first rows; 基本支出 › 小计 | 人员经费 | 公用经费.
CHONGQING = [
    "表五",
    "2026年一般公共预算支出情况表",
    "单位名称：重庆市某某局 单位：万元",
    T.join(["功能分类科目", "", "2025年预算数", "2026年预算数", "", "", "", ""]),
    T.join(["科目编码", "科目名称", "", "总计", "基本支出", "", "", "项目支出"]),
    T.join(["", "", "", "", "小计", "人员经费", "公用经费", ""]),
    T.join(["合计", "", "52.17", "54.94", "54.94", "", "54.94", ""]),
    T.join(["205", "教育支出", "52.17", "54.94", "54.94", "", "54.94", ""]),
    T.join(["20508", "进修及培训", "52.17", "54.94", "54.94", "", "54.94", ""]),
    T.join(["2050803", "培训支出", "52.17", "54.94", "54.94", "", "54.94", ""]),
]


def test_the_year_before_column_is_read_as_prior_year() -> None:
    document = parse_text("\n".join([*CHONGQING, ""]), source="chongqing-shape")
    table = document.table(5)
    assert table is not None
    keys = [c.key for c in table.columns]
    assert "prior_year" in keys and "total" in keys
    assert len(table.rows) == 4
    for row in table.rows:
        assert row.values["prior_year"] == Decimal("52.17")
        assert row.values["total"] == Decimal("54.94")
        assert row.values["public_use"] == Decimal("54.94")
    assert not [f for f in validate(document).errors if f.table == 5]


def test_a_year_group_over_sub_labels_stays_a_group() -> None:
    from xjbudget.tables.header import read_header

    cells = read_header(
        [
            ["项目", "2025年预算数", "", "2026年预算数", ""],
            ["", "合计", "会议费", "合计", "会议费"],
        ]
    )
    assert [(c.leaf, c.groups) for c in cells][1:] == [
        ("合计", ("预算数",)),
        ("会议费", ("预算数",)),
        ("合计", ("预算数",)),
        ("会议费", ("预算数",)),
    ]
