"""The three published PDFs in ../shared/corpus/pdf (third-party, never committed).

The expected cells were typed from the rendered pages, not from the adapter's output.
Table counts are the ruled tables on each page (a table continued on the next page
counts once per page).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xjbudget.sources.lines import SourceLine
from xjbudget.sources.pdf import PdfSource, read_pdf

SHARED_PDF = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "pdf"

pytestmark = pytest.mark.pdf


def _read(name: str) -> PdfSource:
    path = SHARED_PDF / name
    if not path.exists():
        pytest.skip(f"third-party PDF not present: {path} (see tests/sources/test_pdf_real.py)")
    return read_pdf(path)


def _tables(source: PdfSource) -> list[list[SourceLine]]:
    """Consecutive table rows on one page, one list per table."""
    tables: list[list[SourceLine]] = []
    previous: SourceLine | None = None
    for line in source.lines:
        if line.cells is not None:
            same = (
                previous is not None
                and previous.cells is not None
                and previous.location.page == line.location.page
            )
            if same:
                tables[-1].append(line)
            else:
                tables.append([line])
        previous = line
    return tables


def _table_on(source: PdfSource, page: int, first_cell: str) -> list[tuple[str, ...]]:
    for table in _tables(source):
        if table[0].location.page == page and table[0].cells and table[0].cells[0] == first_cell:
            return [line.cells for line in table if line.cells is not None]
    raise AssertionError(f"no table on page {page} starting with {first_cell!r}")


def _texts(source: PdfSource, page: int) -> list[str]:
    return [line.text for line in source.lines if line.cells is None and line.location.page == page]


E = ""


def test_jiangsu_high_court_2019() -> None:
    source = _read("jiangsu-high-court-2019-dept-budget.pdf")
    assert source.page_count == 26
    assert source.findings == ()
    assert [t[0].location.page for t in _tables(source)] == [
        8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17,
    ]  # fmt: skip
    expenditure = [
        "六、科学技术支出", "七、文化旅游体育与传媒支出", "八、社会保障和就业支出",
        "九、卫生健康支出", "十、节能环保支出", "十一、城乡社区支出", "十二、农林水支出",
        "十三、交通运输支出", "十四、资源勘探信息等支出", "十五、商业服务业等支出",
        "十六、金融支出", "十七、自然资源海洋气象等支出", "十八、住房保障支出",
        "十九、粮油物资储备支出", "二十、灾害防治及应急管理支出", "二十一、其他支出",
    ]  # fmt: skip
    amounts = {"八、社会保障和就业支出": "2,355.65", "十八、住房保障支出": "7,344.46"}
    # 公开01表 收支预算总表: merged header cells, names wrapped inside their cells.
    assert _table_on(source, 8, "收入") == [
        ("收入", E, "支出", E, E, E),
        ("项目名称", "金额", "功能分类", "支出用途", E, E),
        (E, E, "功能科目名称", "金额", "项目名称", "金额"),
        ("一、财政拨款", "37,188.34", "一、一般公共服务支出", E, "一、基本支出", "21,968.00"),
        ("1.一般公共预算", "37,188.34", "二、外交支出", E, "二、项目支出", "10,208.94"),
        ("2.政府性基金预算", E, "三、国防支出", E, "三、单位预留机动经费", "5,011.40"),
        ("二、财政专户管理资金", E, "四、公共安全支出", "27,488.23", E, E),
        ("三、其他资金", E, "五、教育支出", E, E, E),
        *[(E, E, name, amounts.get(name, E), E, E) for name in expenditure],
        ("当年收入小计", "37,188.34", "当年支出小计", E, E, "37,188.34"),
        ("上年结转资金", E, "结转下年资金", E, E, E),
        ("收入合计", "37,188.34", "支出合计", E, E, "37,188.34"),
    ]
    # 公开09表 “三公”经费: a three-level header.
    assert _table_on(source, 14, "合计") == [
        ("合计", "“三公”经费", E, E, E, E, E, "会议费", "培训费"),
        (E, "小计", "因公出国（境）费", "公务用车购置及运行维护费", E, E, "公务接待费", E, E),
        (E, E, E, "小计", "公务用车购置费", "公务用车运行维护费", E, E, E),
        ("2,382.02", "513.75", "160.00", "266.80", E, "266.80", "86.95", "271.02", "1,597.25"),
    ]
    # The 政府采购 table runs onto page 17 with no rule above its first row there.
    assert _table_on(source, 17, E)[0] == (E, E, "会议费", E, E, "110.05")
    assert "部门名称：江苏省高级人民法院 单位:万元" in _texts(source, 8)
    assert "8" not in _texts(source, 8)  # the page number


def test_shanghai_putuo_finance_2025() -> None:
    source = _read("shanghai-putuo-finance-2025-dept-budget.pdf")
    assert source.page_count == 24
    assert source.findings == ()
    assert [t[0].location.page for t in _tables(source)] == list(range(9, 22))
    assert _table_on(source, 10, "项目") == [
        ("项目", E, E, E, "收入预算", E, E, E, E),
        ("功能分类科目编码", E, E, "功能分类科目名称", "合计", "财政拨款收入", "事业收入",
         "事业单位经营收入", "其他收入"),
        ("类", "款", "项", E, E, E, E, E, E),
        ("201", E, E, "一般公共服务支出", "22,186,440.80", "22,186,440.80", E, E, E),
        ("201", "06", E, "财政事务", "22,186,440.80", "22,186,440.80", E, E, E),
        ("201", "06", "01", "行政运行", "16,231,840.80", "16,231,840.80", E, E, E),
        ("201", "06", "02", "一般行政管理事务", "100,000.00", "100,000.00", E, E, E),
        ("201", "06", "07", "信息化建设", "1,666,600.00", "1,666,600.00", E, E, E),
        ("201", "06", "08", "财政委托业务支出", "4,188,000.00", "4,188,000.00", E, E, E),
        ("208", E, E, "社会保障和就业支出", "3,508,644.00", "3,508,644.00", E, E, E),
        ("208", "05", E, "行政事业单位养老支出", "3,508,644.00", "3,508,644.00", E, E, E),
        ("208", "05", "01", "行政单位离退休", "877,080.00", "877,080.00", E, E, E),
        ("208", "05", "05", "机关事业单位基本养老保险缴费支出", "1,748,327.00", "1,748,327.00",
         E, E, E),
        ("208", "05", "06", "机关事业单位职业年金缴费支出", "873,617.00", "873,617.00", E, E, E),
        ("208", "05", "99", "其他行政事业单位养老支出", "9,620.00", "9,620.00", E, E, E),
    ]  # fmt: skip
    assert _table_on(source, 21, "“三公”经费预算数") == [
        ("“三公”经费预算数", E, E, E, E, E, "机关运行经费预算数"),
        ("合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", E, E, E),
        (E, E, E, "小计", "购置费", "运行费", E),
        ("0.95", E, "0.95", E, E, E, "229.43"),
    ]
    assert "编制部门：上海市普陀区财政局 单位:万元" in _texts(source, 21)


def test_shanghai_putuo_planning_2024_final_accounts() -> None:
    source = _read("shanghai-putuo-planning-2024-final-accounts.pdf")
    assert source.page_count == 30
    assert source.findings == ()
    assert [t[0].location.page for t in _tables(source)] == list(range(6, 20))
    # 收入决算表, a landscape page; names wrapped inside their cells.
    income = _table_on(source, 8, "项目")
    assert income[:3] == [
        ("项目", E, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
         "附属单位上缴收入", "其他收入"),
        ("功能分类科目编码", "科目名称", E, E, E, E, E, E, E),
        ("合计", E, "9746.50", "9746.50", E, E, E, E, E),
    ]  # fmt: skip
    rows = [
        ("208", "社会保障和就业支出", "754.75"),
        ("20805", "行政事业单位养老支出", "754.75"),
        ("2080501", "行政单位离退休", "54.53"),
        ("2080502", "事业单位离退休", "28.11"),
        ("2080505", "机关事业单位基本养老保险缴费支出", "446.11"),
        ("2080506", "机关事业单位职业年金缴费支出", "225.12"),
        ("2080599", "其他行政事业单位养老支出", "0.88"),
        ("210", "卫生健康支出", "236.64"),
        ("21011", "行政事业单位医疗", "236.64"),
        ("2101101", "行政单位医疗", "40.35"),
        ("2101102", "事业单位医疗", "196.29"),
    ]
    assert income[3:] == [
        (code, name, amount, amount, E, E, E, E, E) for code, name, amount in rows
    ]
    budget, actual = "预算数", "决算数"
    assert _table_on(source, 17, "财政拨款“三公”经费") == [
        ("财政拨款“三公”经费", *[E] * 11),
        (
            "合计",
            E,
            "因公出国（境）费",
            E,
            "公务用车购置及运行维护费",
            E,
            E,
            E,
            E,
            E,
            "公务接待费",
            E,
        ),
        (E, E, E, E, "小计", E, "公务用车购置费", E, "公务用车运行维护费", E, E, E),
        (budget, actual) * 6,
        ("2.85", "0.39", *["0.00"] * 8, "2.85", "0.39"),
    ]
