"""西安's “三公”经费及会议费、培训费 table by unit (表22) in each year's form (issue 15).

The excerpts are lines of real PDFs of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to their first rows: xian-01 (2026, group labels centred
over their columns, two wrapped labels run together), xian-06 (2026, amounts run
together), xian-08 (2022, a garbled group label), xian-10 (2021, one year printed; its
收入总表 with a label's last character hung into the first row). The last test reads
xian-10.pdf whole and skips where ../shared is absent.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import xjbudget
from xjbudget import parse_text, validate
from xjbudget.catalog import spec_for_number
from xjbudget.model import Table
from xjbudget.tables.year_groups import year_group_header

REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"
D = Decimal

_HEAD = """西安市财政局
2026年部门综合预算
第二部分 2026年部门综合预算公开报表
表13
部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表
单位：元
"""
# The budget year's columns, as the declaration orders them (the order 西安 prints them).
_ITEMS = tuple(c.key for c in spec_for_number(22).columns if c.groups == ("当年",))
_YEARS = (
    *(f"prior_year_{k}" for k in _ITEMS),
    *_ITEMS,
    *(f"change_{k}" for k in _ITEMS),
)

# xian-01.pdf page 43: 上年 over the 7th of its 9 columns, the “三公” group over 出国 (right
# of its 小计), 公务用车购置及运行维护费 joined to its 小计, 公务用车购置 / 费 and 公务用车运行
# / 维护费 wrapped and run together.
XIAN_2026 = (
    _HEAD
    + """\
\t\t\t\t\t\t上年\t\t\t\t\t\t\t\t\t当年\t\t\t\t\t\t\t\t\t增减变化情况\t\t\t\t
\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t
单位编码\t单位名称\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置公务用车运行费\t维护费\t会议费\t培训费\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置公务用车运行费\t维护费\t会议费\t培训费\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置公务用车运行费\t维护费\t会议费\t培训费
\t合计\t2,480,000.00\t265,000.00\t\t90,000.00\t175,000.00\t\t175,000.00\t506,800.00\t1,708,200.00\t2,083,436.00\t219,000.00\t\t80,000.00\t139,000.00\t\t139,000.00\t461,836.00\t1,402,600.00\t-396,564.00\t-46,000.00\t\t-10,000.00\t-36,000.00\t\t-36,000.00\t-44,964.00\t-305,600.00
116\t西安市财政局\t2,480,000.00\t265,000.00\t\t90,000.00\t175,000.00\t\t175,000.00\t506,800.00\t1,708,200.00\t2,083,436.00\t219,000.00\t\t80,000.00\t139,000.00\t\t139,000.00\t461,836.00\t1,402,600.00\t-396,564.00\t-46,000.00\t\t-10,000.00\t-36,000.00\t\t-36,000.00\t-44,964.00\t-305,600.00
116001\t西安市财政局\t640,800.00\t230,000.00\t\t80,000.00\t150,000.00\t\t150,000.00\t360,800.00\t50,000.00\t582,836.00\t203,000.00\t\t80,000.00\t123,000.00\t\t123,000.00\t339,836.00\t40,000.00\t-57,964.00\t-27,000.00\t\t\t-27,000.00\t\t-27,000.00\t-20,964.00\t-10,000.00
116003\t西安市财政投资评审中心\t20,000.00\t10,000.00\t\t10,000.00\t\t\t\t10,000.00\t\t\t\t\t\t\t\t\t\t\t-20,000.00\t-10,000.00\t\t-10,000.00\t\t\t\t-10,000.00\t
"""
)

# xian-06.pdf page 50: the same header, amounts run together over the empty cells after them.
XIAN_2026_RUN = (
    _HEAD
    + """\
\t\t\t\t\t\t上年\t\t\t\t\t\t\t\t\t当年\t\t\t\t\t\t\t\t\t增减变化情况\t\t\t\t
\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t
单位编码\t单位名称\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置费\t公务用车运行维护费\t会议费\t培训费\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置费\t公务用车运行维护费\t会议费\t培训费\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置费\t公务用车运行维护费\t会议费\t培训费
\t合计\t57,232,550.0039,358,500.00\t\t\t183,500.0039,175,000.00\t\t\t39,175,000.00\t558,500.0017,315,550.0039,969,215.0031,351,500.00\t\t\t\t\t193,500.0031,158,000.00\t\t\t31,158,000.00\t558,500.008,059,215.00-17,263,335.00\t\t\t-8,007,000.00\t\t10,000.00\t-8,017,000.00\t\t-8,017,000.00\t\t-9,256,335.00
153\t西安市公安局\t57,232,550.0039,358,500.00\t\t\t183,500.0039,175,000.00\t\t\t39,175,000.00\t558,500.0017,315,550.0039,969,215.0031,351,500.00\t\t\t\t\t193,500.0031,158,000.00\t\t\t31,158,000.00\t558,500.008,059,215.00-17,263,335.00\t\t\t-8,007,000.00\t\t10,000.00\t-8,017,000.00\t\t-8,017,000.00\t\t-9,256,335.00
153001\t西安市公安局\t26,338,050.0022,245,000.00\t\t\t95,000.0022,150,000.00\t\t\t22,150,000.00\t498,500.00\t3,594,550.0013,059,500.0010,611,000.00\t\t\t\t95,000.0010,516,000.00\t\t\t10,516,000.00\t498,500.001,950,000.00-13,278,550.00-11,634,000.00\t\t\t\t\t\t-11,634,000.00\t\t-11,634,000.00\t\t-1,644,550.00
"""
)

# xian-08.pdf page 36: 2021年 | 2022年 | 增减变化情况, the “三公” group label garbled with
# characters of the labels under it.
XIAN_2022 = (
    _HEAD.replace("2026年", "2022年")
    + """\
序号\t单位编码\t单位名称\t2021年\t\t\t\t\t\t\t\t\t2022年\t\t\t\t\t\t\t\t\t增减变化情况\t\t\t\t\t\t\t\t
\t\t\t合计\t一般公共预算拨款安排的“三公购”置经费预算费\t\t\t\t\t\t会议费\t培训费\t合计\t待费一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t会议费\t培训费\t合计\t待费一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t会议费\t培训费
\t\t\t\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费\t\t\t\t\t\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费\t\t\t\t\t\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费\t\t\t\t
\t\t\t\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t\t
1\t\t合计\t38000.00\t10000.00\t0.00\t10000.00\t0.00\t0.00\t0.00\t28000.00\t0.00\t80000.00\t60000.00\t0.00\t10000.00\t50000.00\t0.00\t50000.00\t20000.00\t0.00\t42000.00\t50000.00\t0.00\t0.00\t50000.00\t0.00\t50000.00\t-8000.00\t0.00
2\t271\t西安市人民政府国有资产监督管理委员会\t38000.00\t10000.00\t0.00\t10000.00\t0.00\t0.00\t0.00\t28000.00\t0.00\t80000.00\t60000.00\t0.00\t10000.00\t50000.00\t0.00\t50000.00\t20000.00\t0.00\t42000.00\t50000.00\t0.00\t0.00\t50000.00\t0.00\t50000.00\t-8000.00\t0.00
3\t271001\t西安市人民政府国有资产监督管理委员会\t38000.00\t10000.00\t0.00\t10000.00\t0.00\t0.00\t0.00\t28000.00\t0.00\t80000.00\t60000.00\t0.00\t10000.00\t50000.00\t0.00\t50000.00\t20000.00\t0.00\t42000.00\t50000.00\t0.00\t0.00\t50000.00\t0.00\t50000.00\t-8000.00\t0.00
"""
)

# xian-10.pdf page 77: one year, 2021年, over every column; a 序号 column.
XIAN_2021 = (
    _HEAD.replace("2026年", "2021年")
    + """\
序号\t单位编码\t单位名称\t2021年\t\t\t\t\t\t\t\t
\t\t\t合计\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t会议费\t培训费
\t\t\t\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行费\t\t\t\t
\t\t\t\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t\t
1\t\t合计\t1,633,304.00\t310,840.00\t0.00\t127,840.00\t183,000.00\t0.00\t183,000.00\t299,250.00\t1,023,214.00
2\t241\t西安市民政局\t1,633,304.00\t310,840.00\t0.00\t127,840.00\t183,000.00\t0.00\t183,000.00\t299,250.00\t1,023,214.00
3\t241001\t西安市民政局\t995,000.00\t110,000.00\t0.00\t30,000.00\t80,000.00\t0.00\t80,000.00\t265,000.00\t620,000.00
"""
)


# xian-10.pdf page 42, as the PDF reader gives it: 对附属单位上缴收 / 入 wrapped, the 入 hung
# below the header's rule into the 合计 row, read in the label's cell
# (tests/sources/test_pdf_overhang.py).
XIAN_2021_INCOME = (
    """西安市民政局
2021年部门综合预算
第二部分 2021年部门综合预算公开报表
2021年部门综合预算收入总表
单位：元
"""
    + """\
序号\t单位编码\t单位名称\t总计\t部门预算\t\t\t\t\t\t\t\t\t\t
\t\t\t\t合计\t一般公共预算拨款\t\t政府性基金拨款\t上级补助收入\t事业收入\t事业单位经营收入\t对附属单位上缴收入\t用事业基金弥补收支差额\t上年实户资金余额\t其他收入
\t\t\t\t\t小计\t其中：专项资金列入部门预算项目\t\t\t\t\t\t\t\t
1\t\t合计\t872,031,967.20\t872,031,967.20\t535,987,052.43\t335,980,000.00\t167,781,553.36\t0.00\t3,555,000.00\t143,440,000.00\t0.00\t0.00\t19,968,361.41\t1,300,000.00
2\t241\t西安市民政局\t872,031,967.20\t872,031,967.20\t535,987,052.43\t335,980,000.00\t167,781,553.36\t0.00\t3,555,000.00\t143,440,000.00\t0.00\t0.00\t19,968,361.41\t1,300,000.00
"""
)


def _table(text: str, number: int = 22) -> Table:
    document = parse_text(text)
    table = document.table(number)
    assert table is not None, [(g.title, g.reason) for g in document.other_tables]
    return table


def _errors(text: str, prefix: str) -> list[str]:
    report = validate(parse_text(text))
    return [
        f.message for f in report.findings if f.rule.startswith(prefix) and f.severity == "error"
    ]


def test_2026_centred_groups_and_run_together_labels() -> None:
    table = _table(XIAN_2026)
    assert table.kind == "three_public_by_unit" and table.unit == "元"
    assert tuple(c.key for c in table.columns) == _YEARS
    total, department, unit, centre = table.rows
    assert total.role == "total" and (department.item, unit.item) == ("116", "116001")
    # 上年 | 当年 | 增减变化情况, each over its nine columns in printed order.
    assert (total["prior_year_grand_total"], total["grand_total"]) == (
        D("2480000.00"),
        D("2083436.00"),
    )
    assert (total["prior_year_total"], total["total"], total["change_total"]) == (
        D("265000.00"),
        D("219000.00"),
        D("-46000.00"),
    )
    # 购置 | 运行维护 read back from 公务用车购置公务用车运行费 | 维护费.
    assert (unit["vehicle_purchase"], unit["vehicle_operation"]) == (None, D("123000.00"))
    assert (unit["meetings"], unit["training"]) == (D("339836.00"), D("40000.00"))
    assert centre["change_grand_total"] == D("-20000.00") and centre["grand_total"] is None
    assert not _errors(XIAN_2026, "T22.row") and not _errors(XIAN_2026, "parse")


def test_2026_amounts_run_together_go_to_the_empty_cells_after_them() -> None:
    table = _table(XIAN_2026_RUN)
    total = table.rows[0]
    # 57,232,550.0039,358,500.00 | (empty): the 上年 合计 and “三公” 小计.
    assert (total["prior_year_grand_total"], total["prior_year_total"]) == (
        D("57232550.00"),
        D("39358500.00"),
    )
    assert total["prior_year_outbound_travel"] is None
    # 558,500.0017,315,550.0039,969,215.0031,351,500.00 over three empty cells.
    assert (total["prior_year_training"], total["grand_total"], total["total"]) == (
        D("17315550.00"),
        D("39969215.00"),
        D("31351500.00"),
    )
    assert total["change_grand_total"] == D("-17263335.00")
    # Every row's sums hold: the amounts went where the arithmetic says.
    assert not _errors(XIAN_2026_RUN, "T22.row") and not _errors(XIAN_2026_RUN, "parse")


def test_2022_garbled_group_label_still_heads_its_subtotal() -> None:
    table = _table(XIAN_2022)
    total = table.rows[0]
    assert (total["prior_year_total"], total["total"], total["change_total"]) == (
        D("10000.00"),
        D("60000.00"),
        D("50000.00"),
    )
    assert not _errors(XIAN_2022, "parse.cell") and not _errors(XIAN_2022, "T22.row")


def test_2021_one_year_is_the_budget_year() -> None:
    table = _table(XIAN_2021)
    assert tuple(c.key for c in table.columns) == _ITEMS
    total, department, unit = table.rows
    assert (department.item, unit.item) == ("241", "241001")
    assert total["grand_total"] == D("1633304.00") and unit["training"] == D("620000.00")
    assert not _errors(XIAN_2021, "T22.row")


# xian-10.pdf part 3 (lines 456-466, cut to the figures): the 合计 row of 表13 in 万元.
_PART_3 = """西安市民政局
2021年部门综合预算
第三部分 其他说明情况
六、部门预算“三公”经费等情况说明
2021年本部门当年一般公共预算“三公”经费预算支出31.08万元，较上年减少33.76万元。\
其中：因公出国（境）经费0.00万元，较上年无变化；公务接待费12.78万元；\
公务用车运行维护费18.30万元；公务用车购置费0.00万元，较上年无变化。
2021年本部门当年一般公共预算会议费预算支出29.92万元。
2021年本部门当年一般公共预算培训费预算支出102.32万元。
第四部分 公开报表
"""


def test_a_table_printing_no_unit_is_compared_in_the_documents_unit() -> None:
    # 表13 prints no 单位, the 收入总表 before it 单位：元: the document's unit is 元.
    table = XIAN_2021.split("表13\n", 1)[1].replace("单位：元\n", "", 1)
    text = _PART_3 + XIAN_2021_INCOME.split("第二部分 2021年部门综合预算公开报表\n", 1)[1] + table
    document = parse_text(text)
    three_public = document.table(22)
    assert three_public is not None and three_public.unit is None
    assert document.meta.unit == "元"
    assert not _errors(text, "narrative.three_public")
    # 31.09 万元 is not the 310,840.00 元 of the 合计 row.
    wrong = text.replace("预算支出31.08万元", "预算支出31.09万元")
    assert len(_errors(wrong, "narrative.three_public.total_eq_T22")) == 1


def test_the_2021_income_table_with_its_wrapped_label() -> None:
    document = parse_text(XIAN_2021_INCOME)
    table = document.table(14)
    assert table is not None
    assert table.rows[0]["affiliated_remittance"] == D("0.00")
    assert not [f for f in document.findings if f.rule == "parse.cell.not_amount"]


def test_year_labels_move_to_the_start_of_their_runs() -> None:
    columns = spec_for_number(22).columns
    rows = [
        ("", "", "", "上年", "", "", "", "当年", ""),
        ("编码", "名称", "合计", "会议费", "培训费", "合计", "会议费", "培训费", ""),
    ]
    # An unlabelled last column: no two runs of the same leaves, left as printed.
    assert year_group_header(rows, columns, 0.8)[0] == rows[0]
    rows = [
        ("", "", "", "上年", "", "", "当年", ""),
        ("编码", "名称", "合计", "会议费", "培训费", "合计", "会议费", "培训费"),
    ]
    assert year_group_header(rows, columns, 0.8)[0] == ("", "", "上年", "", "", "当年", "", "")
    # A header whose groups differ is left as printed.
    rows = [
        ("", "", "", "上年", "", "", "当年", ""),
        ("编码", "名称", "合计", "会议费", "培训费", "合计", "培训费", "会议费"),
    ]
    assert year_group_header(rows, columns, 0.8)[0] == rows[0]


# xian-02.pdf page 39, whole: 合计, the department 119 and its three units.
XIAN_2026_UNITS = (
    _HEAD.replace("西安市财政局", "西安市统计局")
    + """\
\t\t\t\t\t\t上年\t\t\t\t\t\t\t\t\t当年\t\t\t\t\t\t\t\t\t增减变化情况\t\t\t\t
\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t\t\t\t一般公共预算拨款安排的“三公”经费预算\t\t\t\t\t\t
单位编码\t单位名称\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置公务用车运行费\t维护费\t会议费\t培训费\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置公务用车运行费\t维护费\t会议费\t培训费\t合计\t小计\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费小计\t公务用车购置公务用车运行费\t维护费\t会议费\t培训费
\t合计\t518,400.00\t93,000.00\t\t18,000.00\t75,000.00\t\t75,000.00\t130,000.00\t295,400.00\t913,900.00\t81,000.00\t\t15,000.00\t66,000.00\t\t66,000.00\t57,900.00\t775,000.00\t395,500.00\t-12,000.00\t\t-3,000.00\t-9,000.00\t\t-9,000.00\t-72,100.00\t479,600.00
119\t西安市统计局\t518,400.00\t93,000.00\t\t18,000.00\t75,000.00\t\t75,000.00\t130,000.00\t295,400.00\t913,900.00\t81,000.00\t\t15,000.00\t66,000.00\t\t66,000.00\t57,900.00\t775,000.00\t395,500.00\t-12,000.00\t\t-3,000.00\t-9,000.00\t\t-9,000.00\t-72,100.00\t479,600.00
119001\t西安市统计局\t459,400.00\t88,000.00\t\t13,000.00\t75,000.00\t\t75,000.00\t101,000.00\t270,400.00\t888,900.00\t76,000.00\t\t10,000.00\t66,000.00\t\t66,000.00\t57,900.00\t755,000.00\t429,500.00\t-12,000.00\t\t-3,000.00\t-9,000.00\t\t-9,000.00\t-43,100.00\t484,600.00
119002\t西安市社会经济调查中心\t38,000.00\t\t\t\t\t\t\t13,000.00\t25,000.00\t5,000.00\t\t\t\t\t\t\t\t5,000.00\t-33,000.00\t\t\t\t\t\t\t-13,000.00\t-20,000.00
119003\t西安市统计局普查中心\t21,000.00\t5,000.00\t\t5,000.00\t\t\t\t16,000.00\t\t20,000.00\t5,000.00\t\t5,000.00\t\t\t\t\t15,000.00\t-1,000.00\t\t\t\t\t\t\t-16,000.00\t15,000.00
"""
)


def test_the_department_row_sums_its_units_and_the_total_the_departments() -> None:
    table = _table(XIAN_2026_UNITS)
    assert [r.item for r in table.rows] == [None, "119", "119001", "119002", "119003"]
    assert not _errors(XIAN_2026_UNITS, "T22")
    # 119002's 当年 合计 and 培训费 5,000.00 -> 6,000.00: its row adds up, 119's units do not.
    broken = XIAN_2026_UNITS.replace(
        "\t5,000.00\t\t\t\t\t\t\t\t5,000.00\t",
        "\t6,000.00\t\t\t\t\t\t\t\t6,000.00\t",
    )
    assert broken != XIAN_2026_UNITS
    assert not _errors(broken, "T22.row")
    found = _errors(broken, "T22.units")
    assert len(found) == 2 and all("西安市统计局" in m for m in found)
    # 合计 = 119 still: the top rule holds (the excerpts above, cut to their first units,
    # break both).
    assert not _errors(broken, "T22.units.total_eq_sum_of_top_units")


def test_meeting_and_training_lists_stay_generic_with_their_reason() -> None:
    # xian-01.pdf page 18-19: 会议费明细表, printed by the shaanxi template only.
    text = (
        "".join(_HEAD.splitlines(keepends=True)[:3])  # the cover: 部门综合预算
        + """\
会议费明细表
单位：万元
序号\t会议名称\t时间\t\t人数\t金额\t\t备注
1\t决算汇审会\t不晚于2026年5月30日\t125\t\t\t23.00\t两期会议
2\t西安市区县、开发区2025年行政事业单位国有资产年报会审会\t2026年3月3日至2026年3月4日\t25\t\t\t0.17\t
"""
    )
    document = parse_text(text)
    assert document.meta.family == "shaanxi"
    (kept,) = [g for g in document.other_tables if g.title == "会议费明细表"]
    assert "shaanxi template only" in kept.reason and len(kept.body) == 2


@pytest.mark.skipif(not (REAL / "xian-10.pdf").exists(), reason="../shared is absent")
def test_xian_10_pdf() -> None:
    document = xjbudget.parse(REAL / "xian-10.pdf")
    table = document.table(22)
    assert table is not None and table.unit is None  # 表13 prints no unit of its own
    assert len(table.rows) == 1 + 1 + 11  # 合计, the department, its 11 units
    report = validate(document)
    # Part 3's 31.08 万元 “三公”, 18.30 运行维护, 29.92 会议费, 102.32 培训费 restate the 合计
    # row in the document's 元.
    assert not [
        f
        for f in report.findings
        if f.rule.startswith(("T22", "narrative.three_public")) and f.severity != "info"
    ]
    assert report.ok
