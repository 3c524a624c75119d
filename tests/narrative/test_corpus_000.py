"""Document 000 (昌吉州工业和信息化局, tab-separated): every narrative fact, read off the
document by hand (tests/corpus/000_707d8629ab46531e.txt, lines 54-90 and 407-584)."""

from __future__ import annotations

from decimal import Decimal

from .expect import F, check_figures, facts_of

STEM = "000_707d8629ab46531e"

EXPECTED = [
    # 二、机构设置及人员情况
    F("1.2", "下属预算单位", qty="0", unit="家"),
    F("1.2", "内设机构", qty="8", unit="个"),
    F("1.2", "编制数", qty="38"),
    F("1.2", "实有人数", qty="75", unit="人"),
    F("1.2", "在职", qty="29", qchange="-3"),
    F("1.2", "退休", qty="45", qchange="-1"),
    F("1.2", "离休", qty="1", qchange="1"),
    # 一、总体说明
    F("3.1", "收支总预算", amount="1036.53"),
    # 二、收入预算
    F("3.2", "收入预算", amount="1036.53"),
    F("3.2", "一般公共预算", amount="581.55", share="56.11", change="-2336.48", pct="-80.07"),
    F("3.2", "上级一般公共预算安排的转移支付资金", nil=True),
    F("3.2", "政府性基金预算", amount="0.00", share="0.00", change="0.00", pct="0.00"),
    F("3.2", "上级政府性基金安排的转移支付资金", nil=True),
    F("3.2", "国有资本经营预算", amount="0.00", share="0.00", change="0.00", pct="0.00"),
    F("3.2", "上级国有资本经营预算安排的转移支付资金", nil=True),
    F("3.2", "单位资金", amount="0.00", share="0.00", change="-202.00", pct="-100.00"),
    F("3.2", "财政拨款结转", amount="216.98", share="20.93", change="-3774.50", pct="-94.56"),
    F("3.2", "非财政拨款结转结余", amount="238.00", share="22.96", change="238.00", pct="100.00"),
    # 三、支出预算
    F("3.3", "支出预算", amount="1036.53"),
    F("3.3", "基本支出", amount="581.55", share="56.11", change="-53.15", pct="-8.37"),
    F("3.3", "项目支出", amount="454.98", share="43.89", change="-6021.83", pct="-92.98"),
    # 四、财政拨款收支
    F("3.4", "财政拨款收支总预算", amount="581.55"),
    F("3.4", "一般公共预算拨款", amount="581.55"),
    F("3.4", "一般公共服务支出", amount="409.71"),
    F("3.4", "社会保障和就业支出", amount="100.51"),
    F("3.4", "卫生健康支出", amount="28.70"),
    F("3.4", "住房保障支出", amount="42.62"),
    # 五（一）规模变化
    F("3.5.1", "一般公共预算拨款合计", amount="581.55"),
    F("3.5.1", "基本支出", amount="581.55", change="-53.15", pct="-8.37"),
    F("3.5.1", "项目支出", amount="0.00", change="-2283.33", pct="-100.00"),
    # 五（二）结构
    F("3.5.2", "一般公共服务支出（类）", amount="409.71", share="70.45", code="201"),
    F("3.5.2", "社会保障和就业支出（类）", amount="100.51", share="17.28", code="208"),
    F("3.5.2", "卫生健康支出（类）", amount="28.70", share="4.94", code="210"),
    F("3.5.2", "住房保障支出（类）", amount="42.62", share="7.33", code="221"),
    # 五（三）具体使用
    F(
        "3.5.3",
        "一般公共服务支出（类）商贸事务（款）行政运行（项）",
        amount="409.71",
        change="-49.30",
        pct="-10.74",
        code="2011301",
    ),
    F(
        "3.5.3",
        "一般公共服务支出（类）商贸事务（款）其他商贸事务支出（项）",
        amount="0.00",
        change="-2283.33",
        pct="-100.00",
        code="2011399",
    ),
    F(
        "3.5.3",
        "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）",
        amount="20.71",
        change="2.51",
        pct="13.79",
        code="2080501",
    ),
    F(
        "3.5.3",
        "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）",
        amount="53.20",
        change="-2.51",
        pct="-4.50",
        code="2080505",
    ),
    F(
        "3.5.3",
        "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）",
        amount="26.60",
        change="-1.25",
        pct="-4.49",
        code="2080506",
    ),
    F(
        "3.5.3",
        "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）",
        amount="26.60",
        change="3.00",
        pct="12.71",
        code="2101101",
    ),
    F(
        "3.5.3",
        "卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）",
        amount="0.00",
        change="-4.25",
        pct="-100.00",
        code="2101102",
    ),
    F(
        "3.5.3",
        "卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）",
        amount="1.66",
        change="-0.08",
        pct="-4.60",
        code="2101103",
    ),
    F(
        "3.5.3",
        "卫生健康支出（类）行政事业单位医疗（款）其他行政事业单位医疗支出（项）",
        amount="0.44",
        change="-0.02",
        pct="-4.35",
        code="2101199",
    ),
    F(
        "3.5.3",
        "住房保障支出（类）住房改革支出（款）住房公积金（项）",
        amount="42.62",
        change="-1.25",
        pct="-2.85",
        code="2210201",
    ),
    # 六、基本支出
    F("3.6", "一般公共预算基本支出", amount="581.55"),
    F("3.6", "人员经费", amount="521.93"),
    F("3.6", "公用经费", amount="59.62"),
    # 十、“三公”经费
    F("3.10", "财政拨款“三公”经费", amount="10.45", change="-0.05", pct="-0.48"),
    F("3.10", "因公出国（境）费", amount="0", change="0.00", pct="0.00"),
    F("3.10", "公务用车购置费", amount="0", change="0.00", pct="0.00"),
    F("3.10", "公务用车运行费", amount="10.00", change="0.00", pct="0.00"),
    F("3.10", "公务接待费", amount="0.45", change="-0.05", pct="-10.00"),
    # 十一、上年结转结余
    F("3.11", "上年结转结余", amount="454.98"),
    F("3.11", "财政拨款", amount="216.98"),
    F("3.11", "非财政拨款", amount="238.00"),
    F("3.11", "2023年昌吉州安全生产专项资金", amount="3.00"),
    F("3.11", "机构运行保障补助经费", amount="238.00"),
    F("3.11", "州工信局2023年中国产业转移发展对接活动（新疆）项目经费", amount="184.38"),
    F("3.11", "州工信局民爆及重点工业企业安全生产指导项目", amount="29.60"),
    # 十二（一）机关运行经费
    F("3.12.1", "机关运行经费", amount="59.62", change="-1.91", pct="-3.11"),
    # 十二（二）政府采购
    F("3.12.2", "政府采购预算", amount="336.98"),
    F("3.12.2", "政府采购货物预算", amount="57.35"),
    F("3.12.2", "政府采购工程预算", amount="0"),
    F("3.12.2", "政府采购服务预算", amount="279.63"),
    F("3.12.2", "面向中小企业预留", amount="336.98"),
    F("3.12.2", "面向小微企业预留", amount="336.98"),
    # 十二（三）国有资产
    F("3.12.3", "房屋", qty="59.14", unit="平方米", amount="17.00"),
    F("3.12.3", "车辆", qty="4", unit="辆", amount="90.12"),
    F("3.12.3", "一般公务用车", qty="4", amount="90.12"),
    F("3.12.3", "执法执勤用车", qty="0", amount="0.00"),
    F("3.12.3", "其他车辆", qty="0", amount="0.00"),
    F("3.12.3", "办公家具", amount="23.82"),
    F("3.12.3", "其他资产", amount="52.81"),
    F("3.12.3", "价值50万元以上大型设备", qty="0", unit="台"),
    F("3.12.3", "价值100万元以上大型设备", qty="0", unit="台"),
    F("3.12.3", "购置车辆经费", nil=True),
    F("3.12.3", "购置价值50万元以上大型设备", qty="0"),
    F("3.12.3", "购置价值100万元以上大型设备", qty="0"),
    # 十二（四）预算绩效
    F("3.12.4", "整体预算绩效目标", qty="1", unit="个", amount="1036.53"),
    F("3.12.4", "财政拨款项目", qty="0", amount="0.00"),
    F("3.12.4", "非财政拨款项目", qty="0", amount="0.00"),
]


def test_every_figure() -> None:
    check_figures(facts_of(STEM), EXPECTED)


def test_duties_and_units() -> None:
    facts = facts_of(STEM)
    assert len(facts.duties) == 13
    assert facts.duties[0].text.startswith("贯彻执行国家、自治区工业和信息化的法律法规")
    # (八) wraps over two paragraphs in the source.
    assert facts.duties[7].text.endswith("负责节能环保产业发展工作。")
    assert (facts.duties[7].span.line, facts.duties[7].span.end_line) == (72, 74)
    assert facts.duties[12].text == "完成自治州党委、自治州人民政府交办的其他任务。"
    assert facts.units is not None
    assert facts.units.offices[0] == "办公室（组织人事科）"
    assert facts.units.offices[-1] == "节能与综合利用科"
    assert len(facts.units.offices) == 8
    assert facts.units.budget_units == ()


def test_reasons_purposes_items() -> None:
    facts = facts_of(STEM)
    income = facts.find("income", "一般公共预算")
    assert income is not None and income.reason is not None
    # The reason goes on after a ；.
    assert income.reason.endswith("工作人员减少，基本支出减少")
    assert income.prior == Decimal("2918.03")
    personnel = facts.find("basic", "人员经费")
    assert personnel is not None
    assert personnel.items[0] == "基本工资" and personnel.items[-1] == "奖励金"
    assert len(personnel.items) == 15
    public = facts.find("basic", "公用经费")
    assert public is not None and "维修（护）费" in public.items and len(public.items) == 12
    fiscal = facts.find("fiscal", "卫生健康支出")
    assert fiscal is not None and fiscal.purpose == "缴纳医疗保险支出"
    carried = facts.find("carryover", "机构运行保障补助经费")
    assert carried is not None and carried.purpose == "弥补机关运行经费不足部分"
    reception = facts.find("three_public", "公务接待费")
    assert reception is not None and reception.prior == Decimal("0.50")


def test_spans() -> None:
    facts = facts_of(STEM)
    item = facts.find("general.item", "住房保障支出（类）住房改革支出（款）住房公积金（项）")
    assert item is not None
    assert item.span.line == 492 and item.span.section == "3.5.3"
    assert item.span.text.startswith("10、住房保障支出（类）")
    assert item.path == ("住房保障支出", "住房改革支出", "住房公积金")


def test_coverage_and_findings() -> None:
    facts = facts_of(STEM)
    assert facts.coverage().recognised == facts.coverage().sentences
    assert facts.findings == ()
    assert facts.projects == ()
