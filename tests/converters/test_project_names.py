"""Part 3's project descriptions as converters give them, and the 表7 rows they decide
(issue 16): an allocation wrapped before an amount, a project name wrapped in its cell."""

from __future__ import annotations

from decimal import Decimal

import xjbudget
from xjbudget.catalog import spec_for_number
from xjbudget.model import Location
from xjbudget.sources.lines import SourceLine
from xjbudget.tables.project_classes import project_classes, project_columns


def _lines(*texts: str) -> list[SourceLine]:
    return [SourceLine(t, Location(line=i + 1)) for i, t in enumerate(texts)]


def _spec() -> xjbudget.catalog.TableSpec:
    spec = spec_for_number(7)
    assert spec is not None
    return spec


def test_an_allocation_wrapped_before_an_amount_goes_on() -> None:
    # The wrapped line starts with the amount of the item above: ``0.`` is no numbering.
    found = project_classes(
        _lines(
            "（一）项目名称：安全生产专项经费",
            "预算安排规模：5.03万元",
            "资金分配情况：差旅费 2 万元、劳务费",
            "0.03 万元、委托业务费 3 万元。",
            "资金执行时间：2024年1月1日-2024年12月31日",
            "（二）项目名称：信息化运维经费",
            "预算安排规模：1.00万元",
            "资金分配情况：奖金",
            "1.00 万元",
            "2. 项目名称以外的说明",
        ),
        2024,
    )
    assert [(p.name, p.amount, p.economic_class) for p in found] == [
        ("安全生产专项经费", Decimal("5.03"), "302"),
        ("信息化运维经费", Decimal("1.00"), "301"),
    ]


# A generated document's 表7 and part 3 as pdfplumber gives them (a ruled PDF): the
# project names are wrapped in their cell, five characters a line (节能监察专 / 项资金), and
# the second line goes to the next row's label.
_TABLE7 = """奇台县商务局
2024 年部门预算公开
第一部分2024年奇台县商务局部门概况
一、主要职能
奇台县商务局负责本行业的规划和管理。
二、机构设置及人员情况
本部门下设办公室等内设机构。
第二部分2024年部门预算公开表
表 7
一般公共预算项目支出情况表
编制部门：奇台县商务局
单位：万元
功能分类科目编码 功能分类科 项目名称 项目支出合 工资福利支 商品服务支 对个人和家 债务利息及 \
资本性支出 资本性支出 对企业补助 对企业补助 对社会保障 其他支出
目名称 计 出 出 庭的补助 费用支出 （基本建设 （基本建设 基金补助
） ）
类 款 项
※ ※ ※ ※ ※ 1 2 3 4 5 6 7 8 9 10 11
211 节能环保支 162.44 162.44
出
211 14 能源管理事 162.44 162.44
务
211 14 99 其他能源管 节能监察专 162.44 162.44
理事务支出 项资金
215 资源勘探工 26.76 26.76
业信息等支
出
215 08 支持中小企 26.76 26.76
业发展和管
理支出
215 08 02 一般行政管 安全生产专 2.39 2.39
理事务 项经费
215 08 02 一般行政管 安全生产补 24.37 24.37
理事务 助经费
合计 189.20 26.76 162.44
第三部分2024年部门预算情况说明
七、关于奇台县商务局2024年一般公共预算项目支出情况说明
（一）项目名称：节能监察专项资金
预算安排规模：162.44万元
资金分配情况：退休费162.44万元
资金执行时间：2024年1月1日-2024年12月31日
（二）项目名称：安全生产专项经费
预算安排规模：2.39万元
资金分配情况：奖金2.39万元
资金执行时间：2024年1月1日-2024年12月31日
（三）项目名称：安全生产补助经费
预算安排规模：24.37万元
资金分配情况：基本工资0.03万元、津贴补贴0.28万元、伙食补助费24.06万元
资金执行时间：2024年1月1日-2024年12月31日
"""


def test_a_project_name_wrapped_in_its_cell_decides_its_row() -> None:
    # Before: 其他能源管节能监察专 held five characters of 节能监察专项资金 only, so 退休费
    # (303 对个人和家庭的补助) decided nothing and 162.44 was a tie placed in 商品服务支出.
    document = xjbudget.parse_text(_TABLE7)
    table = document.table(7)
    assert table is not None
    assert [(r.code.digits if r.code else r.role, dict(r.values.filled())) for r in table.rows] == [
        ("211", {"total": Decimal("162.44"), "household_transfers": Decimal("162.44")}),
        ("21114", {"total": Decimal("162.44"), "household_transfers": Decimal("162.44")}),
        ("2111499", {"total": Decimal("162.44"), "household_transfers": Decimal("162.44")}),
        ("215", {"total": Decimal("26.76"), "wages": Decimal("26.76")}),
        ("21508", {"total": Decimal("26.76"), "wages": Decimal("26.76")}),
        ("2150802", {"total": Decimal("2.39"), "wages": Decimal("2.39")}),
        ("2150802", {"total": Decimal("24.37"), "wages": Decimal("24.37")}),
        (
            "total",
            {
                "total": Decimal("189.20"),
                "wages": Decimal("26.76"),
                "household_transfers": Decimal("162.44"),
            },
        ),
    ]
    assert not [f for f in document.findings if f.rule.startswith("parse.flat")]


# 004's names share long beginnings (乌财企〔2023〕…): a first line common to two described
# projects of one amount names neither when one's class is not stated.
_NAMESAKES = (
    "（一）项目名称：乌财企〔2023〕95号-关于提前下达2024年自治区中小企业发展专项资金预算的通知",
    "预算安排规模：82.00 万元",
    "资金分配情况：其他对企业补助82万元。",
    "（二）项目名称：乌财企〔2023〕96号-关于下达2024年工业转型升级资金的通知",
    "预算安排规模：82.00 万元",
    "资金分配情况：完全不予公开。",
    "（三）项目名称：节能监察专项资金",
    "预算安排规模：162.44万元",
    "资金分配情况：退休费162.44万元",
)


def test_a_first_line_names_only_the_project_it_can_only_be() -> None:
    spec, found = _spec(), project_classes(_lines(*_NAMESAKES), 2024)
    column = "household_transfers"
    assert project_columns(spec, "其他能源管节能监察专", Decimal("162.44"), found, 2024) == column
    # Four characters are a first line; three may be the end of the function name's.
    assert project_columns(spec, "其他能源管节能监察", Decimal("162.44"), found, 2024) == column
    assert project_columns(spec, "其他能源管节能监", Decimal("162.44"), found, 2024) is None
    # The amount must be the project's.
    assert project_columns(spec, "其他能源管节能监察专", Decimal("162.45"), found, 2024) is None
    # 乌财企〔2023〕9 begins both 82.00 projects; the second's class is not stated.
    assert project_columns(spec, "技术与开发乌财企〔2023〕9", Decimal("82.00"), found, 2024) is None
    assert (
        project_columns(spec, "技术与开发乌财企〔2023〕95号-关", Decimal("82.00"), found, 2024)
        == "enterprise_subsidy"
    )
