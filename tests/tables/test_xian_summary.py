"""西安's 部门综合预算收支总表 (表1) and 财政拨款收支总表 (表4): the income list beside three
expenditure lists, by function, by 部门预算 and by 政府预算 economic class (issue 15).

The excerpts are the rows of xian-05.pdf page 36 (2022: 表1 whole) and xian-10.pdf pages
44-45 (2021: 表4 over two pages, title and header printed again, a 序号 column first) as
the PDF reader gives them, kept as the four lists printed side by side and zipped back
into tab-separated rows. The last test reads every 西安 PDF of
``../shared`` and skips where it is absent.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from attrs import evolve

from xjbudget import parse_text, validate
from xjbudget.catalog import spec_for_number
from xjbudget.model import Document, Location, Table
from xjbudget.parse import build_document
from xjbudget.sources.lines import SourceLine
from xjbudget.tables.items import ItemMatcher
from xjbudget.tables.summary_lists import list_columns

from ..validate.builders import document, item, table, total

REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"
D = Decimal

# The four lists as printed side by side, each a run of (label, 预算数) from the top;
# ``_page`` zips them back into the page's rows (a list shorter than the others leaves
# its cells empty below it, as printed).
T1_2022_INCOME = [
    ("一、部门预算", "2273583740.03"),
    ("1、财政拨款", "2271233740.03"),
    ("(1)一般公共预算拨款", "2271233740.03"),
    ("其中：专项资金列入部门预算的项目", "2014573500.00"),
    ("(2)政府性基金拨款", "0.00"),
    ("(3)国有资本经营预算收入", "0.00"),
    ("2、上级补助收入", "0.00"),
    ("3、事业收入", "0.00"),
    ("其中：纳入财政专户管理的收费", "0.00"),
    ("4、事业单位经营收入", "0.00"),
    ("5、附属单位上缴收入", "0.00"),
    ("6、其他收入", "2350000.00"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("本年收入合计", "2273583740.03"),
    ("用事业基金弥补收支差额", "0.00"),
    ("上年实户资金余额", "0.00"),
    ("上年结转", "0.00"),
    ("其中：财政拨款资金结转", "0.00"),
    ("非财政拨款资金结余", "0.00"),
    ("", ""),
    ("收入总计", "2273583740.03"),
]
T1_2022_FUNCTION = [
    ("一、部门预算", "2271233740.03"),
    ("1、一般公共服务支出", "9059730.06"),
    ("2、外交支出", "0.00"),
    ("3、国防支出", "0.00"),
    ("4、公共安全支出", "0.00"),
    ("5、教育支出", "5373188.72"),
    ("6、科学技术支出", "0.00"),
    ("7、文化旅游体育与传媒支出", "0.00"),
    ("8、社会保障和就业支出", "11157170.11"),
    ("9、社会保险基金支出", "0.00"),
    ("10、卫生健康支出", "4529849.09"),
    ("11、节能环保支出", "0.00"),
    ("12、城乡社区支出", "89795300.63"),
    ("13、农林水支出", "0.00"),
    ("14、交通运输支出", "0.00"),
    ("15、资源勘探工业信息等支出", "0.00"),
    ("16、商业服务业等支出", "0.00"),
    ("17、金融支出", "0.00"),
    ("18、援助其他地区支出", "0.00"),
    ("19、自然资源海洋气象等支出", "0.00"),
    ("20、住房保障支出", "2151318501.42"),
    ("21、粮油物资储备支出", "0.00"),
    ("22、国有资本经营预算支出", "0.00"),
    ("23、灾害防治及应急管理支出", "0.00"),
    ("24、预备费", "0.00"),
    ("25、其他支出", "0.00"),
    ("26、转移性支出", "0.00"),
    ("27、债务还本支出", "0.00"),
    ("28、债务付息支出", "0.00"),
    ("29、债务发行费用支出", "0.00"),
    ("", ""),
    ("", ""),
    ("本年支出合计", "2271233740.03"),
    ("结转下年", "2350000.00"),
    ("未安排支出的实户资金", "0.00"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("支出总计", "2273583740.03"),
]
T1_2022_DEPARTMENT = [
    ("一、部门预算", "2271233740.03"),
    ("1、人员经费和公用经费支出", "116390476.03"),
    ("(1)工资福利支出", "99633217.06"),
    ("(2)商品和服务支出", "12053860.87"),
    ("(3)对个人和家庭的补助", "4703398.10"),
    ("(4)资本性支出", "0.00"),
    ("2、专项业务经费支出", "2154843264.00"),
    ("(1)工资福利支出", "0.00"),
    ("(2)商品和服务支出", "137655088.00"),
    ("(3)对个人和家庭补助", "6386000.00"),
    ("(4)债务利息及费用支出", "0.00"),
    ("(5)资本性支出(基本建设)", "0.00"),
    ("(6)资本性支出", "2010802176.00"),
    ("(7)对企业补助(基本建设)", "0.00"),
    ("(8)对企业补助", "0.00"),
    ("(9)对社会保障基金补助", "0.00"),
    ("(10)其他支出", "0.00"),
    ("3、上缴上级支出", "0.00"),
    ("4、事业单位经营支出", "0.00"),
    ("5、对附属单位补助支出", "0.00"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("本年支出合计", "2271233740.03"),
    ("结转下年", "2350000.00"),
    ("未安排支出的实户资金", "0.00"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("支出总计", "2273583740.03"),
]
T1_2022_GOVERNMENT = [
    ("一、部门预算", "2271233740.03"),
    ("1、机关工资福利支出", "40590512.97"),
    ("2、机关商品和服务支出", "34686426.53"),
    ("3、机关资本性支出（一）", "9897076.00"),
    ("4、机关资本性支出（二）", "0.00"),
    ("5、对事业单位经常性补助", "174065226.43"),
    ("6、对事业单位资本性补助", "2000905100.00"),
    ("7、对企业补助", "0.00"),
    ("8、对企业资本性支出", "0.00"),
    ("9、对个人和家庭的补助", "11089398.10"),
    ("10、对社会保障基金补助", "0.00"),
    ("11、债务利息及费用支出", "0.00"),
    ("12、债务还本支出", "0.00"),
    ("13、转移性支出", "0.00"),
    ("14、预备费及预留", "0.00"),
    ("15、其他支出", "0.00"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("本年支出合计", "2271233740.03"),
    ("结转下年", "2350000.00"),
    ("未安排支出的实户资金", "0.00"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("支出总计", "2273583740.03"),
]
T4_2021_INCOME = [
    ("一、财政拨款", "703768605.79"),
    ("1、一般公共预算拨款", "535987052.43"),
    ("其中：专项资金列入部门预算的项目", "335980000.00"),
    ("2、政府性基金拨款", "167781553.36"),
    ("3、国有资本经营预算收入", "0.00"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("收入总计", "703768605.79"),
]
T4_2021_FUNCTION = [
    ("一、财政拨款", "703768605.79"),
    ("1、一般公共服务支出", "0.00"),
    ("2、外交支出", "0.00"),
    ("3、国防支出", "0.00"),
    ("4、公共安全支出", "0.00"),
    ("5、教育支出", "1023214.00"),
    ("6、科学技术支出", "0.00"),
    ("7、文化旅游体育与传媒支出", "0.00"),
    ("8、社会保障和就业支出", "526937277.62"),
    ("9、社会保险基金支出", "0.00"),
    ("10、卫生健康支出", "1176894.18"),
    ("11、节能环保支出", "0.00"),
    ("12、城乡社区支出", "0.00"),
    ("13、农林水支出", "0.00"),
    ("14、交通运输支出", "0.00"),
    ("15、资源勘探工业信息等支出", "0.00"),
    ("16、商业服务业等支出", "0.00"),
    ("17、金融支出", "0.00"),
    ("18、援助其他地区支出", "0.00"),
    ("19、自然资源海洋气象等支出", "0.00"),
    ("20、住房保障支出", "6849666.63"),
    ("21、粮油物资储备支出", "0.00"),
    ("22、国有资本经营预算支出", "0.00"),
    ("23、灾害防治及应急管理支出", "0.00"),
    ("24、预备费", "0.00"),
    ("25、其他支出", "167781553.36"),
    ("26、转移性支出", "0.00"),
    ("27、债务还本支出", "0.00"),
    ("28、债务付息支出", "0.00"),
    ("29、债务发行费用支出", "0.00"),
    ("", ""),
    ("支出总计", "703768605.79"),
]
T4_2021_DEPARTMENT = [
    ("一、财政拨款", "703768605.79"),
    ("1、人员经费和公用经费支出", "149875645.79"),
    ("(1)工资福利支出", "140958644.42"),
    ("(2)商品和服务支出", "7326734.93"),
    ("(3)对个人和家庭的补助", "1590266.44"),
    ("(4)资本性支出", "0.00"),
    ("2、专项业务经费支出", "553892960.00"),
    ("(1)工资福利支出", "500000.00"),
    ("(2)商品和服务支出", "211118460.00"),
    ("(3)对个人和家庭补助", "340340000.00"),
    ("(4)债务利息及费用支出", "0.00"),
    ("(5)资本性支出(基本建设)", "1004500.00"),
    ("(6)资本性支出", "930000.00"),
    ("(7)对企业补助(基本建设)", "0.00"),
    ("(8)对企业补助", "0.00"),
    ("(9)对社会保障基金补助", "0.00"),
    ("(10)其他支出", "0.00"),
    ("3、上缴上级支出", "0.00"),
    ("4、事业单位经营支出", "0.00"),
    ("5、对附属单位补助支出", "0.00"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("支出总计", "703768605.79"),
]
T4_2021_GOVERNMENT = [
    ("一、财政拨款", "703768605.79"),
    ("1、机关工资福利支出", "45443293.74"),
    ("2、机关商品和服务支出", "196896096.85"),
    ("3、机关资本性支出（一）", "870000.00"),
    ("4、机关资本性支出（二）", "1004500.00"),
    ("5、对事业单位经常性补助", "117564448.76"),
    ("6、对事业单位资本性补助", "60000.00"),
    ("7、对企业补助", "0.00"),
    ("8、对企业资本性支出", "0.00"),
    ("9、对个人和家庭的补助", "341930266.44"),
    ("10、对社会保障基金补助", "0.00"),
    ("11、债务利息及费用支出", "0.00"),
    ("12、债务还本支出", "0.00"),
    ("13、转移性支出", "0.00"),
    ("14、预备费及预留", "0.00"),
    ("15、其他支出", "0.00"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("支出总计", "703768605.79"),
]

# xian-01.pdf p. 25 (2026): the grid rows, then three 类 and three income labels the PDF
# reader left as text around the closing rows, and 收入总计 … as a line of text.
T1_2026_INCOME = [
    ("一、部门预算", "303,312,586.17"),
    ("1、财政拨款", "303,312,586.17"),
    ("(1)一般公共预算拨款", "303,312,586.17"),
    ("其中：专项资金列入部门预算的项目", "170,160,000.00"),
    ("(2)政府性基金拨款", ""),
    ("(3)国有资本经营预算收入", ""),
    ("2、上级补助收入", ""),
    ("3、事业收入", ""),
    ("其中：纳入财政专户管理的收费", ""),
    ("4、事业单位经营收入", ""),
    ("5、附属单位上缴收入", ""),
    ("6、其他收入", ""),
]
T1_2026_FUNCTION = [
    ("一、部门预算", "303,312,586.17"),
    ("1、一般公共服务支出", "103,518,755.35"),
    ("2、外交支出", ""),
    ("3、国防支出", ""),
    ("4、公共安全支出", ""),
    ("5、教育支出", "5,465,892.73"),
    ("6、科学技术支出", ""),
    ("7、文化旅游体育与传媒支出", ""),
    ("8、社会保障和就业支出", "11,470,135.28"),
    ("9、社会保险基金支出", ""),
    ("10、卫生健康支出", "4,312,056.91"),
    ("11、节能环保支出", ""),
    ("12、城乡社区支出", ""),
    ("13、农林水支出", "66,000,000.00"),
    ("14、交通运输支出", ""),
    ("15、资源勘探工业信息等支出", ""),
    ("16、商业服务业等支出", ""),
    ("17、金融支出", ""),
    ("18、援助其他地区支出", ""),
    ("19、自然资源海洋气象等支出", ""),
    ("20、住房保障支出", "8,385,745.90"),
    ("21、粮油物资储备支出", "104,160,000.00"),
]
T1_2026_DEPARTMENT = [
    ("一、部门预算", "303,312,586.17"),
    ("1、人员经费和公用经费支出", "79,108,250.17"),
    ("(1)工资福利支出", "70,538,345.59"),
    ("(2)商品和服务支出", "7,072,230.94"),
    ("(3)对个人和家庭的补助", "1,497,673.64"),
    ("(4)资本性支出", ""),
    ("2、专项业务经费支出", "224,204,336.00"),
    ("(1)工资福利支出", ""),
    ("(2)商品和服务支出", "53,451,336.00"),
    ("(3)对个人和家庭补助", ""),
    ("(4)债务利息及费用支出", ""),
    ("(5)资本性支出(基本建设)", ""),
    ("(6)资本性支出", "593,000.00"),
    ("(7)对企业补助(基本建设)", ""),
    ("(8)对企业补助", "170,160,000.00"),
    ("(9)对社会保障基金补助", ""),
    ("(10)其他支出", ""),
    ("3、上缴上级支出", ""),
    ("4、事业单位经营支出", ""),
    ("5、对附属单位补助支出", ""),
]
T1_2026_GOVERNMENT = [
    ("一、部门预算", "303,312,586.17"),
    ("1、机关工资福利支出", "59,775,528.93"),
    ("2、机关商品和服务支出", "28,611,570.48"),
    ("3、机关资本性支出", "593,000.00"),
    ("4、机关资本性支出（基本建设）", ""),
    ("5、对事业单位经常性补助", "42,674,813.12"),
    ("6、对事业单位资本性补助", ""),
    ("7、对企业补助", "170,160,000.00"),
    ("8、对企业资本性支出", ""),
    ("9、对个人和家庭的补助", "1,497,673.64"),
    ("10、对社会保障基金补助", ""),
    ("11、其他支出", ""),
]
T1_2026_CLOSING = [
    (
        "本年收入合计",
        "303,312,586.17",
        "本年支出合计",
        "303,312,586.17",
        "本年支出合计",
        "303,312,586.17",
        "本年支出合计",
        "303,312,586.17",
    ),
    ("使用非财政拨款结余", "", "结转下年", "", "结转下年", "", "结转下年", ""),
    (
        "上年实户资金余额",
        "",
        "未安排支出的实户资金",
        "",
        "未安排支出的实户资金",
        "",
        "未安排支出的实户资金",
        "",
    ),
]
T1_2026_TEXT_BEFORE, T1_2026_TEXT_AFTER = (
    ["22、国有资本经营预算支出", "23、灾害防治及应急管理支出", "24、其他支出"],
    [
        "上年结转",
        "其中：财政拨款资金结转",
        "非财政拨款资金结余",
        "收入总计 303,312,586.17 支出总计 303,312,586.17 "
        "支出总计 303,312,586.17 支出总计 303,312,586.17",
    ],
)


HEADER = (
    "收 入\t\t支 出\t\t\t\t\t",
    "项 目\t预算数\t支出功能分类科目（按大类）\t预算数\t部门预算支出经济分类科目（按大类）\t预算数"
    "\t政府预算支出经济分类科目（按大类）\t预算数",
)
# 2021: a 序号 column, 支出功能分科目 / …经济科目.
HEADER_2021 = (
    "序号\t收 入\t\t支 出\t\t\t\t\t",
    "\t项 目\t预算数\t支出功能分科目（按大类）\t预算数\t部门预算支出经济科目（按大类）\t预算数"
    "\t政府预算支出经济科目（按大类）\t预算数",
)

Cells = list[tuple[str, str]]


def _page(lists: tuple[Cells, Cells, Cells, Cells], numbered: bool) -> list[str]:
    height = max(len(cells) for cells in lists)
    rows = []
    for index in range(height):
        cells = [c for cells in lists for c in (cells[index] if index < len(cells) else ("", ""))]
        rows.append("\t".join(([str(index + 1)] if numbered else []) + cells))
    return rows


# xian-05.pdf p. 36 (2022): 表1 on one page.
XIAN_2022_T1 = "\n".join(
    [
        "西安市住房和城乡建设局",
        "2022年部门预算公开",
        "表1",
        "2022年部门综合预算收支总表",
        "单位：元",
        *HEADER,
        *_page((T1_2022_INCOME, T1_2022_FUNCTION, T1_2022_DEPARTMENT, T1_2022_GOVERNMENT), False),
    ]
)

# xian-10.pdf pp. 44-45 (2021): 表4 over two pages, title and header printed again.
_T4_ROWS = _page((T4_2021_INCOME, T4_2021_FUNCTION, T4_2021_DEPARTMENT, T4_2021_GOVERNMENT), True)
_T4_TITLE = "2021年部门综合预算财政拨款收支总表"
XIAN_2021_T4_PAGES = (
    ["西安市民政局", "2021年部门预算公开", _T4_TITLE, *HEADER_2021, *_T4_ROWS[:16]],
    [_T4_TITLE, *HEADER_2021, *_T4_ROWS[16:]],
)


def _pdf(pages: Sequence[list[str]], first_page: int) -> Document:
    """The lines of PDF pages as the PDF reader gives them (cells split at tabs)."""
    lines = [
        SourceLine(text, Location(line=0, page=first_page + n), tuple(text.split("\t")))
        if "\t" in text
        else SourceLine(text, Location(line=0, page=first_page + n))
        for n, page in enumerate(pages)
        for text in page
    ]
    lines = [
        evolve(line, location=Location(line=i + 1, page=line.location.page))
        for i, line in enumerate(lines)
    ]
    return build_document(lines, form="pdf", source="xian-10-excerpt")


LISTS = ("department_economic", "government_economic")


def _errors(document: Document, number: int, severity: str | None = None) -> list[str]:
    """The warnings and errors (or those of ``severity``) on table ``number``."""
    report = validate(document)
    return [
        f"{f.rule}: {f.message}"
        for f in report.all_findings
        if f.severity != "info"
        and (severity is None or f.severity == severity)
        and (f.table == number or f"T{number}" in f.rule)
    ]


def _rows(table: Table, column: str) -> list[tuple[str | None, str | None, Decimal | None]]:
    return [
        (r.item, r.code.digits if r.code else None, r.values.get(column))
        for r in table.rows
        if column in r.values
    ]


def test_header_names_three_lists() -> None:
    header = [
        ("收 入", "", "支 出", "", "", "", "", ""),
        (
            "项 目",
            "预算数",
            "支出功能分类科目（按大类）",
            "预算数",
            "部门预算支出经济分类科目（按大类）",
            "预算数",
            "政府预算支出经济分类科目（按大类）",
            "预算数",
        ),
    ]
    found = list_columns(header)
    assert found is not None and found.lists() == (0, 2, 4, 6)
    # 2021: a 序号 column first, 支出功能分科目 / …经济科目.
    numbered = [
        (
            "",
            *header[1][:2],
            "支出功能分科目（按大类）",
            "预算数",
            "部门预算支出经济科目（按大类）",
            "预算数",
            "政府预算支出经济科目（按大类）",
            "预算数",
        )
    ]
    found = list_columns(numbered)
    assert found is not None and found.lists() == (1, 3, 5, 7)
    # Any other two-sided header is not this layout.
    assert list_columns([("项目", "预算数", "项目", "预算数")]) is None


def test_2022_budget_summary_lists() -> None:
    document = parse_text(XIAN_2022_T1)
    table = document.table(1)
    assert table is not None, [t.title for t in document.other_tables]
    assert [c.key for c in table.columns] == ["income", "expenditure", *LISTS]
    income = _rows(table, "income")
    assert [i for i, _, _ in income] == [
        "department_budget",
        "fiscal",
        "general_budget",
        "special_funds",
        "fund_budget",
        "soe_budget",
        "upper_subsidy",
        "business_income",
        "special_account_fees",
        "operating_income",
        "affiliated_remittance",
        "other_income",
        "current_year_income",
        "business_fund_used",
        "prior_cash_balance",
        "carryover",
        "fiscal_carryover",
        "nonfiscal_carryover",
        "income_total",
    ]
    assert income[0][2] == D("2273583740.03") and income[11][2] == D("2350000.00")
    spent = _rows(table, "expenditure")
    # The 29 类 by name, with their codes, between the head and 本年支出合计.
    codes = [c for _, c, _ in spent if c is not None]
    assert len(codes) == 29 and codes[0] == "201" and codes[-1] == "233" and "227" in codes
    assert ("221" in codes) and dict((c, v) for _, c, v in spent)["221"] == D("2151318501.42")
    assert [i for i, c, _ in spent if c is None] == [
        "budget_expenditure",
        "current_year_expenditure",
        "year_end_carryover",
        "unallocated_funds",
        "expenditure_total",
    ]
    department = _rows(table, "department_economic")
    assert department[0] == ("dept_budget", None, D("2271233740.03"))
    # (1)工资福利支出 under 人员经费和公用经费, then again under 专项业务经费.
    assert ("dept_basic_wages", None, D("99633217.06")) in department
    assert ("dept_project_wages", None, D("0.00")) in department
    assert ("dept_project_capital", None, D("2010802176.00")) in department
    assert department[-1] == ("dept_total", None, D("2273583740.03"))
    government = _rows(table, "government_economic")
    assert ("gov_institution_capital", None, D("2000905100.00")) in government
    assert ("gov_reserve", None, D("0.00")) in government
    assert government[-1] == ("gov_total", None, D("2273583740.03"))
    # Totals are totals; every list is a list of its own side.
    totals = [r for r in table.rows if r.role == "total"]
    assert [r.item for r in totals] == [
        "income_total",
        "expenditure_total",
        "dept_total",
        "gov_total",
    ]
    assert all(r.side == "expenditure" for r in table.rows if r.values.keys() & set(LISTS))
    assert _errors(document, 1) == []


def test_sums_and_lists_are_checked() -> None:
    """A figure changed in one list breaks that list's sums and its total against the
    function list's: the declared sums run on these tables."""
    changed = XIAN_2022_T1.replace(
        "(2)商品和服务支出\t12053860.87", "(2)商品和服务支出\t12053861.87"
    ).replace(
        "支出总计\t2273583740.03\t支出总计\t2273583740.03\t支出总计",
        "支出总计\t2273583740.03\t支出总计\t2273583741.03\t支出总计",
    )
    rules = {e.split(":")[0] for e in _errors(parse_text(changed), 1)}
    assert "T1.items.dept_basic_eq_sum_of_parts" in rules
    assert "T1.items.dept_total_eq_sum_of_parts" in rules
    assert "cross.T1_department_economic_total_eq_expenditure_total" in rules


def test_2021_fiscal_summary_over_two_pages() -> None:
    document = _pdf(XIAN_2021_T4_PAGES, 44)
    table = document.table(4)
    assert table is not None, [t.title for t in document.other_tables]
    assert [c.key for c in table.columns] == ["income", "total", *LISTS]
    assert [i for i, _, _ in _rows(table, "income")] == [
        "fiscal_total",
        "general_budget",
        "special_funds",
        "fund_budget",
        "soe_budget",
        "income_total",
    ]
    spent = _rows(table, "total")
    assert [c for _, c, _ in spent if c is not None][-1] == "233"  # the page's rest read
    assert dict((c, v) for _, c, v in spent)["229"] == D("167781553.36")
    department = _rows(table, "department_economic")
    assert ("dept_project_other", None, D("0.00")) in department  # first row of page 45
    assert department[-1] == ("dept_total", None, D("703768605.79"))
    assert _errors(document, 4) == []


def test_economic_items_stay_in_their_list() -> None:
    """The economic lists' items name their column: the one list of a side (every other
    template's) never matches them (其他支出 is the 类 229 there, not 政府预算's 599)."""
    items = spec_for_number(1).items
    assert ItemMatcher(items, "expenditure").match("其他支出") is None
    assert (
        ItemMatcher(items, "expenditure", "government_economic").match("15、其他支出")
        == "gov_other"
    )
    assert ItemMatcher(items, "expenditure", "department_economic").match("(10)其他支出") == (
        "dept_project_other"
    )


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/corpus/real is absent")
@pytest.mark.parametrize("stem", ["xian-01", "xian-05", "xian-10"])
def test_real_documents(stem: str) -> None:
    import xjbudget

    document = xjbudget.parse(REAL / f"{stem}.pdf")
    for number in (1, 4):
        table = document.table(number)
        assert table is not None, (stem, number)
        keys = {k for r in table.rows for k in r.values}
        assert set(LISTS) <= keys
        assert _errors(document, number, "error") == [], (stem, number)
    if stem == "xian-10":
        # p. 39 prints the income parts to one decimal (703768605.8 …): 本年收入合计
        # 852063605.79 is 0.01 under their sum, within the rounding of six amounts; its
        # 政府性基金拨款 167781553.4 is 表25's 167,781,553.36 at one decimal (no finding).
        assert [e.split(":")[0] for e in _errors(document, 1)] == [
            "T1.items.current_year_income_eq_sum_of_parts",
        ]


def test_2026_rows_left_as_text_stay_in_the_table() -> None:
    """xian-01 p. 25 (表1 in 第四部分, where text ends a table): labels without amounts
    between the grid and the closing rows, and 收入总计 … printed as one line of text, are
    the table's: its closing rows are read, none is left outside a table."""
    header = [_line.replace("收 入", "收入").replace("项 目", "项目") for _line in HEADER]
    page = [
        "西安市财政局（汇总）",
        "2026年部门预算公开说明",
        "第四部分：专业名词解释",
        "表1",
        "部门综合预算收支总表",
        "单位：元",
        *header,
        *_page((T1_2026_INCOME, T1_2026_FUNCTION, T1_2026_DEPARTMENT, T1_2026_GOVERNMENT), False),
        *T1_2026_TEXT_BEFORE,
        *("\t".join(cells) for cells in T1_2026_CLOSING),
        *T1_2026_TEXT_AFTER,
    ]
    document = _pdf([page], 25)
    table = document.table(1)
    assert table is not None
    totals = {r.item: r.values for r in table.rows if r.role == "total"}
    grand = D("303312586.17")
    assert totals == {
        "income_total": {"income": grand},
        "expenditure_total": {"expenditure": grand},
        "dept_total": {"department_economic": grand},
        "gov_total": {"government_economic": grand},
    }
    assert ("current_year_income", None, grand) in _rows(table, "income")
    assert not [r for r in document.coverage.regions if r.kind == "outside_tables"]
    assert [r for r in document.other_tables if r.body] == []
    assert _errors(document, 1, "error") == []
    # The labels without amounts stay the table's text, reported as not read.
    assert [f.rule for f in document.findings if f.table == 1] == ["parse.table.text_not_read"]


def test_units_tables_against_table_1() -> None:
    """表14's 合计 is 表1's 收入总计 and 表15's its 本年支出合计, not 支出总计 (xian-05:
    2,350,000.00 结转下年 outside 表15's 合计)."""
    t1 = table(
        1,
        item("income_total", "2273583740.03", side="income", role="total"),
        item("current_year_expenditure", "2271233740.03", side="expenditure"),
        item("year_end_carryover", "2350000.00", side="expenditure"),
        item("expenditure_total", "2273583740.03", side="expenditure", role="total"),
    )
    rules = "cross.T14_total_eq_T1_income_total,cross.T15_total_eq_T1_current_year_expenditure"

    def found(t14: str, t15: str) -> list[str]:
        tables = (t1, table(14, total(total=t14)), table(15, total(total=t15)))
        return [f.rule for f in validate(document(*tables), rules=rules).findings]

    assert found("2273583740.03", "2271233740.03") == []
    assert found("2271233740.03", "2273583740.03") == [
        "cross.T14_total_eq_T1_income_total",
        "cross.T15_total_eq_T1_current_year_expenditure",
    ]
