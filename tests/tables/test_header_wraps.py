"""Header reading (issue 15): wrapped labels and group labels joined to their sub-label.

The header rows are those the PDF reader gives for real disclosures: 西安 (xian-01
p. 26/27, 表2/表3 部门综合预算收入总表/支出总表 by unit) wraps the last characters of
其中：专项资金列入部门预算项目 onto a row of their own; 广州 (guangzhou-01 p. 8 表2
收入总表, guangzhou-02 p. 12 表5) joins each group label to its first sub-label on one
header row, and prints the header again after a page break with its group label on a
line apart.
"""

from __future__ import annotations

from decimal import Decimal

from xjbudget import parse_text
from xjbudget.catalog import spec_for_number
from xjbudget.tables.header import map_columns, read_header, repeats_header

T = "\t"

XIAN_INCOME = [
    [
        "单位编码",
        "单位名称",
        "合计",
        "小计",
        "其中：专项资金列入部门预算项",
        "政府性基金拨款",
        "上级补助收入",
        "事业收入",
        "事业单位经营收入",
        "使用非财政拨款结余",
        "对附属单位上缴收入",
        "上年结转",
        "上年实户资金余额",
        "其他收入",
    ],
    ["", "", "", "", "目", "", "", "", "", "", "", "", "", ""],
]
XIAN_EXPENDITURE = [
    ["单位编码", "", "单位名称", "合计", "小计", "其中：专项资金列入部门预算的", "政府性基金拨款"],
    ["", "", "", "", "", "项目", ""],
]
GUANGZHOU_INCOME = [
    [
        "单位名称",
        "合计",
        "财政拨款收入一般公共预算",
        "政府性基金预算",
        "国有资本经营预算",
        "财政专户拨款收入教育收费",
        "其他专户收入拨款",
        "其他资金收入事业收入",
        "事业单位经营收入",
        "其他收入",
        "上级补助收入",
        "附属单位上缴收入",
        "上年结转结余",
    ]
]
GUANGZHOU_EXPENDITURE = [["功能科目名称", "小计", "一般公共预算支出其中：基本支出", "项目支出"]]


def _mapped(rows: list[list[str]], number: int) -> dict[int, str]:
    spec = spec_for_number(number)
    assert spec is not None
    return dict(map_columns(read_header(rows), spec.columns).columns)


def test_a_row_continuing_one_column_labels_joins_them() -> None:
    cells = read_header(XIAN_INCOME)
    assert [c.leaf for c in cells][4] == "其中专项资金列入部门预算项目"
    assert all(not c.groups for c in cells)
    assert _mapped(XIAN_INCOME, 14)[4] == "special_projects"
    assert _mapped(XIAN_EXPENDITURE, 15)[5] == "special_projects"


def test_a_row_under_a_group_stays_a_row_of_sub_labels() -> None:
    rows = [["科目编码", "科目名称", "总计", "基本支出", "", "", "项目支出"]]
    rows.append(["", "", "", "小计", "人员经费", "公用经费", ""])
    assert [c.groups for c in read_header(rows)][3:6] == [("基本支出",)] * 3


def test_group_labels_joined_to_their_first_sub_label() -> None:
    assert _mapped(GUANGZHOU_INCOME, 14) == {
        1: "total",
        2: "general_budget",
        3: "fund_budget",
        4: "soe_budget",
        5: "education_fees",
        6: "other_special_account",
        7: "business_income",
        8: "operating_income",
        9: "other_income",
        10: "upper_subsidy",
        11: "affiliated_remittance",
        12: "carryover",
    }


def test_a_subtotal_whose_group_is_lost_before_the_columns_is_the_total() -> None:
    assert _mapped(GUANGZHOU_EXPENDITURE, 5) == {1: "total", 2: "basic", 3: "project"}


def test_a_label_ending_in_a_bare_total_is_not_split() -> None:
    # 支出合计 is no 合计: the leaf is read as printed.
    assert _mapped([["科目名称", "支出合计", "基本支出", "项目支出"]], 5) == {
        2: "basic",
        3: "project",
    }


def test_the_header_again_is_recognised() -> None:
    cells = read_header(GUANGZHOU_EXPENDITURE)
    assert repeats_header(["小计", "其中：基本支出", "项目支出"], cells)
    assert not repeats_header(["453.68", "453.68", "0.00"], cells)
    assert not repeats_header(["小计", "其中：人员经费", "项目支出"], cells)


TEXT = "\n".join(
    [
        "表5",
        "一般公共预算支出情况表（按功能分类科目）",
        "单位名称：广州市某某局\t\t\t单位：万元",
        T.join(GUANGZHOU_EXPENDITURE[0]),
        T.join(["合计", "1,711.03", "1,711.03", "0.00"]),
        T.join(["221住房保障支出", "1,711.03", "1,711.03", "0.00"]),
        T.join(["22102住房改革支出", "1,711.03", "1,711.03", "0.00"]),
        T.join(["", "小计", "其中：基本支出", "项目支出"]),
        T.join(["2210201住房公积金", "453.68", "453.68", "0.00"]),
        T.join(["2210203购房补贴", "1,257.35", "1,257.35", "0.00"]),
        "",
    ]
)


def test_guangzhou_expenditure_reads_every_column_and_skips_the_repeated_header() -> None:
    document = parse_text(TEXT, source="guangzhou-shape")
    table = document.table(5)
    assert table is not None
    assert [c.key for c in table.columns] == ["total", "basic", "project"]
    row = next(r for r in table.rows if r.code and r.code.digits == "2210203")
    assert dict(row.values) == {
        "total": Decimal("1257.35"),
        "basic": Decimal("1257.35"),
        "project": Decimal("0.00"),
    }
    assert len(table.rows) == 5
    assert not [f for f in document.findings if f.rule.startswith("parse.cell")]
