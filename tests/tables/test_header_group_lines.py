"""Group labels printed as text lines above a header (issue 15).

西安 (family shaanxi) prints the group labels of its 部门综合预算收入总表 / 支出总表 by unit
(表14/表15) as plain text lines between 单位：元 and the header cells: 部门预算 and, under
it, 一般公共预算拨款 over 小计 and 其中：专项资金列入部门预算项目. The lines below are xian-01
p. 26 (表2 部门综合预算收入总表) as the PDF reader gives them, bounding boxes included.
"""

from __future__ import annotations

from decimal import Decimal

from xjbudget.catalog import spec_for_number
from xjbudget.model import Location
from xjbudget.parse import build_document
from xjbudget.sources import SourceLine
from xjbudget.tables.header import labels_above, map_columns, read_header, with_group_labels

from .test_header_wraps import XIAN_INCOME

# xian-01 p. 26's header cells: tests/tables/test_header_wraps.py reads the same header.
HEADER = tuple(XIAN_INCOME[0])
WIDTH = len(HEADER)
ROW_BOX = (45.45, 0.0, 786.38, 0.0)

# (text or cells, bbox) of xian-01 p. 26, in reading order.
PAGE: list[tuple[str | tuple[str, ...], tuple[float, float, float, float]]] = [
    ("表2", (42.0, 47.68, 57.02, 57.69)),
    ("部门综合预算收入总表", (354.94, 73.45, 485.04, 86.46)),
    ("单位：元", (750.0, 102.33, 798.0, 114.33)),
    ("部门预算", (509.29, 118.22, 533.29, 124.22)),
    ("一般公共预算拨款", (325.88, 128.01, 373.88, 134.01)),
    (HEADER, (45.45, 137.34, 786.38, 153.13)),
    (("", "", "", "", "目") + ("",) * (WIDTH - 5), (45.45, 156.47, 786.38, 162.47)),
    (
        ("", "合计", "303,312,586.17", "303,312,586.17", "170,160,000.00") + ("",) * (WIDTH - 5),
        (45.45, 166.26, 786.38, 172.26),
    ),
    (
        ("116001", "西安市财政局", "243,320,262.84", "243,320,262.84", "170,160,000.00")
        + ("",) * (WIDTH - 5),
        (45.45, 185.83, 786.38, 191.83),
    ),
    (
        ("116003", "西安市财政投资评审中心", "33,443,514.04", "33,443,514.04")
        + ("",) * (WIDTH - 4),
        (45.45, 195.62, 786.38, 201.62),
    ),
]


def _lines(page: int | None = 26) -> list[SourceLine]:
    lines = []
    for n, (content, box) in enumerate(PAGE, start=1):
        where = Location(line=n, page=page, bbox=box if page is not None else None)
        if isinstance(content, tuple):
            lines.append(SourceLine("\t".join(content), where, cells=content))
        else:
            lines.append(SourceLine(content, where))
    return lines


def test_the_labels_nearest_the_header_are_its_group_labels() -> None:
    lines = _lines()
    assert labels_above(lines, lines[5]) == ("一般公共预算拨款",)


def test_lines_without_a_position_give_no_labels() -> None:
    lines = _lines(page=None)
    assert labels_above(lines, lines[5]) == ()


def test_a_subtotal_under_a_text_label_is_that_column() -> None:
    spec = spec_for_number(14)
    assert spec is not None
    rows = [HEADER, PAGE[6][0]]
    cells = read_header(rows)
    before = dict(map_columns(cells, spec.columns).columns)
    assert 3 not in before  # the 小计 without its group is read as no column
    after = dict(map_columns(with_group_labels(cells, ("一般公共预算拨款",)), spec.columns).columns)
    assert after[2] == "total"
    assert after[3] == "general_budget"
    assert after[4] == "special_projects"


def test_labels_are_given_only_when_they_match_the_subtotals_in_number() -> None:
    cells = read_header([HEADER])
    assert with_group_labels(cells, ("部门预算", "一般公共预算拨款")) == cells


def test_the_table_reads_its_general_budget_column() -> None:
    document = build_document(_lines(), form="pdf", source="xian-01")
    table = next(t for t in document.tables if t.number == 14)
    total = next(r for r in table.rows if r.role == "total")
    assert total.values["general_budget"] == Decimal("303312586.17")
    assert total.values["special_projects"] == Decimal("170160000.00")
    unit = next(r for r in table.rows if r.name == "西安市财政投资评审中心")
    assert unit.values["general_budget"] == Decimal("33443514.04")
    assert not [f for f in document.findings if f.rule == "parse.cell.unplaced"]
