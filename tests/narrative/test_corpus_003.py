"""Document 003 (克州工业和信息化局, a unit's document with no 表11 and its 其他重要事项 as
十一): every narrative fact, read off the document by hand
(tests/corpus/003_f62fb37ef8e53f88.txt, lines 53-73 and 346-608)."""

from __future__ import annotations

from decimal import Decimal

from .expect import F, check_figures, facts_of

STEM = "003_f62fb37ef8e53f88"

_TRADE = "一般公共服务支出（类）商贸事务（款）"
_PENSION = "社会保障和就业支出（类）行政事业单位养老支出（款）"

EXPECTED = [
    F("1.2", "下属预算单位", qty="0"),
    F("1.2", "内设机构", qty="9"),
    F("1.2", "编制数", qty="29"),
    F("1.2", "实有人数", qty="68"),
    F("1.2", "在职", qty="24", qchange="-4"),
    F("1.2", "退休", qty="43", qchange="5"),
    F("1.2", "离休", qty="1", qchange="0"),
    F("3.1", "收支总预算", amount="1003.73"),
    F("3.2", "收入预算", amount="1003.73"),
    F("3.2", "一般公共预算", amount="571.55", share="56.94", change="-16.61", pct="-2.82"),
    F("3.2", "上级一般公共预算安排的转移支付资金", nil=True),
    # 政府性基金预算未安排 (no amount printed at all)
    F("3.2", "政府性基金预算", nil=True),
    F("3.2", "上级政府性基金安排的转移支付资金", nil=True),
    F("3.2", "国有资本经营预算", nil=True),
    F("3.2", "上级国有资本经营预算安排的转移支付资金", nil=True),
    # 比上年预算增加 / 432.18 万元 (wrapped in the tab-separated form too)
    F("3.2", "单位资金", amount="432.18", share="43.06", change="432.18", pct="100.00"),
    F("3.3", "支出预算", amount="1003.73"),
    F("3.3", "基本支出", amount="561.95", share="55.99", change="9.59", pct="1.74"),
    F("3.3", "项目支出", amount="441.78", share="44.01", change="405.98", pct="1134.02"),
    F("3.4", "财政拨款收支总预算", amount="571.55"),
    F("3.4", "一般公共预算拨款", amount="571.55"),
    F("3.4", "一般公共服务支出", amount="436.08"),
    F("3.4", "社会保障和就业支出", amount="133.87"),
    F("3.4", "卫生健康支出", amount="1.60"),
    F("3.4", "政府性基金预算拨款", nil=True),
    F("3.4", "国有资本经营预算拨款", nil=True),
    F("3.5.1", "一般公共预算拨款合计", amount="571.55"),
    F("3.5.1", "基本支出", amount="561.95", change="9.59", pct="1.74"),
    F("3.5.1", "项目支出", amount="9.60", change="-26.20", pct="-73.18"),
    F("3.5.2", "一般公共服务支出（类）", amount="436.08", share="76.30"),
    F("3.5.2", "社会保障和就业支出（类）", amount="133.87", share="23.42"),
    F("3.5.2", "卫生健康支出（类）", amount="1.60", share="0.28"),
    F("3.5.3", f"{_TRADE}行政运行（项）", amount="388.43", change="-170.13", pct="-30.46"),
    F("3.5.3", f"{_TRADE}其他商贸事务支出（项）", amount="8.00", change="-19.00", pct="-70.37"),
    F("3.5.3", f"{_TRADE}事业运行（项）", amount="39.65", change="39.65", pct="100.00"),
    F("3.5.3", f"{_PENSION}行政单位离退休（项）", amount="90.36", change="90.36", pct="100.00"),
    F(
        "3.5.3",
        f"{_PENSION}机关事业单位基本养老保险缴费支出（项）",
        amount="43.51",
        change="43.51",
        pct="100.00",
    ),
    F(
        "3.5.3",
        "卫生健康支出（类）医疗保障管理事务（款）医疗保障经办事务（项）",
        amount="1.60",
        change="1.60",
        pct="100.00",
        code="2101506",
    ),
    F(
        "3.5.3",
        "教育支出（类）普通教育（款）学前教育（项）",
        amount="0.00",
        change="-2.60",
        pct="-100.00",
        code="2050201",
    ),
    F("3.6", "一般公共预算基本支出", amount="561.95"),
    F("3.6", "人员经费", amount="531.72"),
    F("3.6", "公用经费", amount="30.23"),
    # 三公经费数为 10.00 万元 (no 预算), 比上年预算增加 0.00 万元
    F("3.10", "财政拨款“三公”经费", amount="10.00", change="0.00", pct="0.00"),
    F("3.10", "因公出国（境）费", amount="0.00", change="0.00", pct="0.00"),
    F("3.10", "公务用车购置费", amount="0.00", change="0.00", pct="0.00"),
    F("3.10", "公务用车运行费", amount="7.00", change="0.00", pct="0.00"),
    F("3.10", "公务接待费", amount="3.00", change="0.00", pct="0.00"),
    F("3.11.1", "机关运行经费", amount="30.23", change="2.82", pct="10.29"),
    F("3.11.2", "政府采购预算", amount="253.09"),
    F("3.11.2", "政府采购货物预算", amount="88.40"),
    F("3.11.2", "政府采购工程预算", amount="0.40"),
    F("3.11.2", "政府采购服务预算", amount="164.29"),
    # 2024年度本单位面向中小企业…，其中：面向小微企业…
    F("3.11.2", "面向中小企业预留", amount="253.09"),
    F("3.11.2", "面向小微企业预留", amount="253.09"),
    F("3.11.3", "房屋", qty="1522.00", amount="51.40"),
    F("3.11.3", "车辆", qty="3", amount="105.32"),
    F("3.11.3", "一般公务用车", qty="0", amount="0.00"),
    F("3.11.3", "执法执勤用车", qty="0", amount="0.00"),
    F("3.11.3", "其他车辆", qty="3", amount="105.32"),
    F("3.11.3", "办公家具", amount="19.84"),
    F("3.11.3", "其他资产", amount="120.42"),
    F("3.11.3", "价值50万元以上大型设备", qty="0"),
    F("3.11.3", "价值100万元以上大型设备", qty="0"),
    F("3.11.3", "购置车辆经费", nil=True),
    F("3.11.3", "购置价值50万元以上大型设备", qty="0"),
    F("3.11.3", "购置价值100万元以上大型设备", qty="0"),
    # 本年度预算绩效管理的财政拨款项目 2 个 (no 整体 target here)
    F("3.11.4", "财政拨款项目", qty="2", amount="9.60"),
    F("3.11.4", "非财政拨款项目", qty="1", amount="432.18"),
]


def test_every_figure() -> None:
    check_figures(facts_of(STEM), EXPECTED)


def test_duties_numbered_with_digits() -> None:
    facts = facts_of(STEM)
    assert [d.number for d in facts.duties] == [1, 2, 3, 4, 5, 6]
    assert facts.duties[4].text == "指导产业合理布局和结构调整。"
    assert facts.units is not None and len(facts.units.offices) == 9


def test_projects() -> None:
    first, second = facts_of(STEM).projects
    assert first.name == "工业领域安全生产整治项目"
    assert first.amount == Decimal("8.00")
    assert first.basis == "根据克财预[2024]001号财经会议要求"
    assert first.allocation == (
        ("开展专项会议费用", Decimal("3")),
        ("开展专项检查费用", Decimal("3")),
        ("开展食品安全宣传费用", Decimal("1")),
        ("开展食品安全培训费用", Decimal("1")),
    )
    assert second.name == "克州一建退休人员2人医保项目"
    assert second.amount == Decimal("1.60")
    assert second.allocation == (("缴纳两名退休人员医保经费共计", Decimal("1.6")),)
    assert dict(second.fields)["补贴人数"] == "2人"


def test_reason_after_colon() -> None:
    item = facts_of(STEM).find("general.item", f"{_TRADE}行政运行（项）")
    assert item is not None
    assert item.reason == "预算科目调整，部分科目单独列支，行政运行经费减少"


def test_coverage() -> None:
    facts = facts_of(STEM)
    # 补贴人数：2人, 补贴标准：医保约700元/月, 补贴范围：企业退休2人 are kept as text only.
    assert facts.coverage() == (51, 48)
    assert [f.rule for f in facts.findings] == ["narrative.sentence.unrecognised"] * 3
