"""A table's last row alone on a page, left as a line of text by the PDF reader (a page
of one row has no grid to find): 广州's 表5 ends with ``[2210203]购房补贴 1,493.12
1,493.12 0.00`` under its header printed again as text. The row is read into the
table, and the tree 22102 = its two children holds."""

from __future__ import annotations

from decimal import Decimal

from xjbudget import validate
from xjbudget.model import Location
from xjbudget.parse import build_document
from xjbudget.sources.lines import SourceLine


def _lines(rows: list[tuple[int, str | tuple[str, ...]]]) -> list[SourceLine]:
    out = []
    for number, (page, row) in enumerate(rows, start=1):
        where = Location(line=number, page=page)
        if isinstance(row, tuple):
            out.append(SourceLine("\t".join(row), where, cells=row))
        else:
            out.append(SourceLine(row, where))
    return out


# guangzhou-05 pages 12-13 (表5), the 221 branch.
GUANGZHOU = [
    (12, "表5"),
    (12, "一般公共预算支出情况表（按功能分类科目）"),
    (12, ("单位名称：广州市某某委员会", "", "", "单位：万元")),
    (12, ("功能科目名称", "小计", "一般公共预算支出其中：基本支出", "项目支出")),
    (12, ("合计", "1,946.82", "1,946.82", "0.00")),
    (12, ("[221]住房保障支出", "1,946.82", "1,946.82", "0.00")),
    (12, ("[22102]住房改革支出", "1,946.82", "1,946.82", "0.00")),
    (12, ("[2210201]住房公积金", "453.71", "453.71", "0.00")),
    (13, "一般公共预算支出"),
    (13, "功能科目名称"),
    (13, "小计 其中：基本支出 项目支出"),
    (13, "[2210203]购房补贴 1,493.12 1,493.12 0.00"),
    (13, "注：无。"),
]


def test_a_row_alone_on_a_page_as_text_is_read() -> None:
    lines = _lines(GUANGZHOU)
    document = build_document(lines, form="pdf", source="guangzhou-shape", findings=[])
    table = document.table(5)
    assert table is not None
    last = table.rows[-1]
    assert last.code is not None and (last.code.digits, last.name) == ("2210203", "购房补贴")
    assert dict(last.values) == {
        "total": Decimal("1493.12"),
        "basic": Decimal("1493.12"),
        "project": Decimal("0.00"),
    }
    assert not [f for f in validate(document).errors if f.table == 5]


def test_a_row_left_as_text_on_the_same_page_is_read_by_its_shape() -> None:
    # Since 7f12d34 (西安 2026 表1's 收入总计 … 支出总计 … under no grid line): a line on
    # the grid's own page whose words and amounts fall where the rows print them is a row.
    rows = [*GUANGZHOU[:8], (12, "[2210203]购房补贴 1,493.12 1,493.12 0.00")]
    document = build_document(_lines(rows), form="pdf", source="guangzhou-shape", findings=[])
    table = document.table(5)
    assert table is not None
    assert [str(r.code.digits) for r in table.rows if r.code][-1] == "2210203"


def test_a_line_of_text_on_the_same_page_not_shaped_like_a_row_stays_text() -> None:
    rows = [*GUANGZHOU[:8], (12, "注：住房公积金按规定比例 453.71 万元")]
    document = build_document(_lines(rows), form="pdf", source="guangzhou-shape", findings=[])
    table = document.table(5)
    assert table is not None
    assert [str(r.code.digits) for r in table.rows if r.code][-1] == "2210201"
    assert len(table.rows) == 4
