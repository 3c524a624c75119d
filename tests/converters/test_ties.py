"""Ties of the flat reader turned into exact cells (issue 16): the rows a converter's
text gives must be the table's rows before the arithmetic can decide anything, and what
the arithmetic leaves open is decided by the other tables of the document and by the
classification's rules, jointly, before anything is guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings

import xjbudget
import xjbudget.strategies as xst
from xjbudget.catalog import spec_for_number
from xjbudget.model import Location
from xjbudget.render import render_document_flat
from xjbudget.sources.lines import SourceLine
from xjbudget.strategies._plan import Leaf, Plan
from xjbudget.strategies._tables import build_document
from xjbudget.tables.flat_rows import body_lines, read_flat_rows
from xjbudget.tables.project_classes import project_classes, project_columns

from .matrix import CORPUS_PDFS, available, golden_cells, run


def _lines(*texts: str) -> list[SourceLine]:
    return [SourceLine(t, Location(line=i + 1)) for i, t in enumerate(texts)]


def test_a_name_wrapped_below_the_last_row_is_not_the_total_rows() -> None:
    # pdfplumber's text of a generated unruled 表2: the last 项's name goes on below its
    # line, right above the total row. Glued to the total (``贴息总计``) it was no total
    # row, so 表1's income items no longer fixed its columns.
    rows = read_flat_rows(
        _lines(
            "213 05 05 生产发展 61.29 0.58 0.58 60.71",
            "213 05 07 贷款奖补和 6.26 5.68 0.88 4.80 0.58",
            "贴息",
            "总计 67.55 6.26 1.46 4.80 60.71 0.58",
        )
    )
    assert [(r.code, r.label) for r in rows] == [
        ("2130505", "生产发展"),
        ("2130507", "贷款奖补和贴息"),
        ("", "总计"),
    ]
    assert rows[2].amounts[0] == Decimal("67.55")


def test_a_total_label_starts_its_row_after_a_centred_name() -> None:
    # A name centred on its row (a piece above, a piece below) before the total row.
    rows = read_flat_rows(
        _lines(
            "社会保障和就业",
            "208 133.87 133.87",
            "支出",
            "合计 133.87 133.87",
        )
    )
    assert [(r.code, r.label) for r in rows] == [("208", "社会保障和就业支出"), ("", "合计")]


def test_a_numbering_row_cut_in_two_is_header() -> None:
    # 004's 表6 through pdfplumber: ``※ ※ ※`` and ``1 2 3`` on two lines; read as a
    # row, ``1 2 3`` became a unit over nothing and the total row's only child.
    body, _ = body_lines(
        _lines(
            "经济分类科目编码 经济分类科目名称 合计 人员经费 公用经费",
            "类 款",
            "※ ※ ※",
            "1 2 3",
            "总计 2,359.94 2,151.77 208.17",
            "301 工资福利支出 1,940.81 1,940.81",
        )
    )
    assert [line.text for line in body] == [
        "总计 2,359.94 2,151.77 208.17",
        "301 工资福利支出 1,940.81 1,940.81",
    ]


def test_the_foot_of_a_page_between_rows_is_not_a_row() -> None:
    # ``pdftotext -raw`` of 000's 表2: the page number and running header sit between
    # the last row of page 4 and the 编制部门 line of page 5. Read as a row they made a
    # "unit" over nothing, the total row's only child, and 表1's carry-overs no longer
    # decided 184.38 (财政拨款结转, not 财政专户).
    body, _ = body_lines(
        _lines(
            "※ ※ ※ ※ 1 2 3 4 5 6 7 8 9 10 11 12",
            "总计 1,036.53 581.55 581.55 216.98 238.00",
            "210 11 01 行政单位医疗 26.60 26.60 26.60",
            "4",
            "昌吉回族自治州工业和信息化局 预算公开",
            "编制部门：昌吉回族自治州工业和信息化局",
            "单位：万元",
            "※ ※ ※ ※ 1 2 3 4 5 6 7 8 9 10 11 12",
            "210 11 03 公务员医疗补助 1.66 1.66 1.66",
        )
    )
    assert [line.text.split()[0] for line in body] == ["总计", "210", "210"]


def test_a_name_wrapped_before_a_page_break_stays() -> None:
    # Only a page number (and the running header beside it) is furniture: the end of a
    # name wrapped below the page's last row is kept.
    body, _ = body_lines(
        _lines(
            "※ ※ ※ 1 2 3",
            "201 13 99 其他商贸事务 184.38 184.38",
            "支出",
            "编制部门：昌吉回族自治州工业和信息化局",
            "※ ※ ※ 1 2 3",
            "208 社会保障和就业支出 100.51 100.51",
        )
    )
    assert [line.text for line in body][1] == "支出"


def _values(table: xjbudget.Table | None) -> list[tuple[str | None, dict[str, Decimal]]]:
    assert table is not None
    return [(r.code.digits if r.code else r.role, dict(r.values.filled())) for r in table.rows]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(xst.documents(with_funds=True, max_classes=2))
def test_fund_money_is_placed_by_tables_2_3_and_5(
    document: xjbudget.Document,
) -> None:
    # A 表8/表9 row printing a total and one more amount ties 人员经费, 公用经费 and 项目支出.
    # 表3's 基本支出 no more than 表5's plus 表2's non-fiscal money (as in every generated
    # document, whose fund money is all project spending) leaves none for the fund.
    read = xjbudget.parse_text(render_document_flat(document))
    # The hint reads 表2, 表3 and 表5: where one of them is itself a tie guessed wrong
    # (表5's lone amount before 表7 is read), it has nothing right to go by.
    assume(all(_values(read.table(n)) == _values(document.table(n)) for n in (2, 3, 5)))
    # 表4's fund and state-capital columns of a 类 follow 表2's (no transfers here).
    for number in (4, 8, 9):
        assert _values(read.table(number)) == _values(document.table(number))


# Part 3 of 004 (一般公共预算项目支出情况说明), as pdfplumber gives it: the projects'
# 资金分配情况 name the economic items their money goes to.
_PART3_004 = (
    "（二）项目名称：乌财企〔2023〕95号-关于提前下达2024年自治区中小企业发展专项资金预算的通知",
    "设立的政策依据：根据《关于提前下达2024年自治区中小企业发展专项资金预算的通知》工作要求。",
    "预算安排规模：82.00 万元",
    "项目承担单位：乌鲁木齐市工业和信息化局（乌鲁木齐市大数据发展局）",
    "资金分配情况：其他对企业补助82万元。",
    "资金执行时间：2024年1月1日-2024年12月31日。",
    "（十）项目名称：安全生产工作经费",
    "预算安排规模：20.50万元",
    "资金分配情况：劳务费 8.9 万元、其他交通费 11.6 万元。",
    "资金执行时间：2024年1月1日-2024年12月31日。",
    "（一）项目名称：特定目标0310016Y",
    "预算安排规模：2.00 万元",
    "资金分配情况：完全不予公开。",
)
# 003: four uses of 8 万元, two of them classification items (会议费, 培训费) adding to 4.
_PART3_003 = (
    "1、项目名称：工业领域安全生产整治项目",
    "预算安排规模：8.00万元",
    "项目承担单位：中共克孜勒苏柯尔克孜自治州工业和信息化局",
    "资金分配情况：开展专项会议费用 3 万元，开展专项检查费用 3 万元，开展食品安全宣传费用 1 万元，"
    "开展食品安全培训费用 1 万元",
    "资金执行时间：2024 年 1 月 1 日至 2024 年 12 月 31 日",
)


def test_part3_states_a_projects_economic_class() -> None:
    found = project_classes(_lines(*_PART3_004), 2024)
    # 其他对企业补助 is 31199 and 31299: not a 基本建设 project, so 312 对企业补助; 其他交通费
    # is printed for 30239 其他交通费用; the undisclosed project decides nothing (it is
    # kept, its class not stated, so that no namesake decides its row).
    assert [(p.amount, p.economic_class) for p in found] == [
        (Decimal("82.00"), "312"),
        (Decimal("20.50"), "302"),
        (Decimal("2.00"), None),
    ]
    assert [(p.amount, p.economic_class) for p in project_classes(_lines(*_PART3_003), 2024)] == [
        (Decimal("8.00"), None)
    ]


def test_a_table7_row_takes_the_column_part3_states() -> None:
    spec = spec_for_number(7)
    assert spec is not None
    found = project_classes(_lines(*_PART3_004), 2024)
    # The row's label interleaves the name and project cells wrapped over lines.
    label = "出乌财企〔2023〕95号-关于提中小企业发展前下达2024"
    assert project_columns(spec, label, Decimal("82.00"), found, 2024) == "enterprise_subsidy"
    assert project_columns(spec, label, Decimal("82.50"), found, 2024) is None
    assert project_columns(spec, "一般行政管理事务", Decimal("82.00"), found, 2024) is None


def test_a_centred_unit_name_is_one_row() -> None:
    rows = read_flat_rows(
        _lines(
            "总计 2,341.81 2,189.81 152.00",
            "乌鲁木齐市工",
            "业和信息化局",
            "（乌鲁木齐市 2,297.20 2,145.20 152.00",
            "大数据发展局",
            "）",
            "206 科学技术支出 2,068.67 2,068.67",
        )
    )
    assert [r.label for r in rows] == [
        "总计",
        "乌鲁木齐市工业和信息化局（乌鲁木齐市大数据发展局）",
        "科学技术支出",
    ]


@pytest.mark.skipif(not available("pdfplumber"), reason="pdfplumber not installed")
def test_004_table7_through_pdfplumber() -> None:
    # Before: 27 of 004's 表7 cells were ties placed in the first column (工资福利支出);
    # the project classes of part 3 decide 26, and the last (20604 技术与开发, printed
    # under two units) needs each unit's rows to make a code tree of their own.
    result = run(
        "pdfplumber",
        CORPUS_PDFS[("004_ce2c4c2fd8aa6825", "ruled")],
        golden_cells("004_ce2c4c2fd8aa6825"),
    )
    assert result is not None
    assert result.silent == 0
    assert result.exact == result.expected == 392


def _leaf(code: str, **money: int) -> Leaf:
    values = dict.fromkeys(
        (
            "gb_basic",
            "gb_project",
            "fund",
            "soe",
            "special",
            "unit_funds",
            "fiscal_carry",
            "nonfiscal_carry",
        ),
        0,
    )
    values.update(money)
    return Leaf(code=code, transferred=False, projects=(), carry_projects=("", ""), **values)


def test_table4_fund_columns_follow_table2() -> None:
    # A 类 printing its total and one more amount in 表4 ties 一般公共预算, 政府性基金预算 and
    # 国有资本经营预算; 表2 (read before it) prints that 类's money by source.
    plan = Plan(
        year=2024,
        department="昌吉回族自治州工业和信息化局",
        kind="部门预算",
        leaves=(_leaf("2010507", gb_basic=5000, fund=1200), _leaf("2130507", soe=92227)),
        economic=(("30101", 5000),),
        outbound_travel=0,
        vehicle_purchase=0,
        total_first=False,
        issued=None,
    )
    document = build_document(plan)
    read = xjbudget.parse_text(render_document_flat(document))
    assert _values(read.table(4)) == _values(document.table(4))


def test_a_page_foot_inside_a_table_is_not_a_row() -> None:
    # ``pdftotext -raw`` of 004's 表7, which runs on over a page with no header repeated:
    # the page number and the running header between two rows of 21505 had made a
    # "unit" that cut the table in two (215 lost its child 21508).
    body, _ = body_lines(
        _lines(
            "※ ※ ※ ※ ※ 1 2 3 4 5 6 7 8 9 10 11",
            "215 05 02 一般行政管理事务 PPP项目咨询服务费 28.00 28.00",
            "11",
            "\f乌鲁木齐市工业和信息化局 预算公开",
            "215 05 02 一般行政管理事务 安全生产工作经费 20.50 20.50",
            "2024 年部门预算公开",
        )
    )
    assert [line.text.split()[-1] for line in body] == ["28.00", "20.50", "年部门预算公开"]
