"""西安's rows misread where a table's own layout was not followed (rows copied from
the real PDFs of ../shared/corpus/real, pages as printed)."""

from __future__ import annotations

from decimal import Decimal

from xjbudget import validate
from xjbudget.parse import build_document

from .test_single_row_page import _lines

# xian-03 pages 34-35 (表5): page 35 prints its header again with 功能科目名称 over two
# cells, its rows the name in the first of them and an empty cell before 合计.
XIAN_T5 = [
    (34, "表5"),
    (34, "部门综合预算一般公共预算支出明细表（按支出功能分类科目）"),
    (34, "单位：元"),
    (
        34,
        (
            "功能科目编码",
            "功能科目名称",
            "合计",
            "人员经费支出",
            "公用经费支出",
            "专项业务经费支出",
            "备注",
        ),
    ),
    (34, ("221", "住房保障支出", "10,668,681.91", "10,668,681.91", "", "", "")),
    (34, ("22102", "住房改革支出", "10,668,681.91", "10,668,681.91", "", "", "")),
    (
        35,
        (
            "功能科目编码",
            "",
            "功能科目名称",
            "合计",
            "人员经费支出",
            "公用经费支出",
            "专项业务经费支出",
            "备注",
        ),
    ),
    (35, ("2210201", "住房公积金", "", "8,318,655.79", "8,318,655.79", "", "", "")),
    (35, ("2210203", "购房补贴", "", "2,350,026.12", "2,350,026.12", "", "", "")),
]


def test_a_page_whose_key_columns_end_later_is_read_by_its_own_header() -> None:
    document = build_document(_lines(XIAN_T5), form="pdf", source="xian-shape", findings=[])
    table = document.table(5)
    assert table is not None
    by_code = {r.code.digits: r for r in table.rows if r.code is not None}
    fund = by_code["2210201"]
    assert fund.name == "住房公积金"
    assert fund.values["total"] == fund.values["personnel"] == Decimal("8318655.79")
    assert fund.values["public_use"] is None
    assert by_code["2210203"].values["total"] == Decimal("2350026.12")
    assert not [f for f in validate(document).errors if f.table == 5]
