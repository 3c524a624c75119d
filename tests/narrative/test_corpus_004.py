"""Document 004 (乌鲁木齐市工业和信息化局, tab-separated, with budget units and a list of
projects): every narrative fact, read off the document by hand
(tests/corpus/004_ce2c4c2fd8aa6825.txt, lines 59-82 and 463-986)."""

from __future__ import annotations

from decimal import Decimal

from .expect import F, check_figures, facts_of

STEM = "004_ce2c4c2fd8aa6825"

_PENSION = "社会保障和就业支出（类）行政事业单位养老支出（款）"
_ENERGY = "节能环保支出（类）能源管理事务（款）"
_INDUSTRY = "资源勘探工业信息等支出（类）工业和信息产业监管（款）"
_SME = "资源勘探工业信息等支出（类）支持中小企业发展和管理支出（款）"

EXPECTED = [
    F("1.2", "下属预算单位", qty="3", unit="家"),
    F("1.2", "内设机构", qty="14"),
    F("1.2", "行政单位", qty="1", unit="家"),
    F("1.2", "事业单位", qty="3", unit="家"),
    F("1.2", "编制数", qty="123"),
    # 实有  / 人数 292 人 … 离休 2  / 人，减少 5 人 (wrapped)
    F("1.2", "实有人数", qty="292"),
    F("1.2", "在职", qty="112", qchange="11"),
    F("1.2", "退休", qty="178", qchange="-3"),
    F("1.2", "离休", qty="2", qchange="-5"),
    F("3.1", "收支总预算", amount="33898.98"),
    F("3.2", "收入预算", amount="33898.98"),
    F("3.2", "一般公共预算", amount="4549.75", share="13.42", change="-515.84", pct="-10.18"),
    F(
        "3.2",
        "上级一般公共预算安排的转移支付资金",
        amount="152.00",
        share="0.45",
        change="-1125.00",
        pct="-88.10",
    ),
    F("3.2", "政府性基金预算", amount="0.00", share="0.00", change="0.00", pct="0.00"),
    F("3.2", "上级政府性基金安排的转移支付资金", nil=True),
    F("3.2", "国有资本经营预算", amount="0.00", share="0.00", change="0.00", pct="0.00"),
    F("3.2", "上级国有资本经营预算安排的转移支付资金", nil=True),
    F("3.2", "财政拨款结转", amount="29197.23", share="86.13", change="10654.85", pct="57.46"),
    F("3.3", "支出预算", amount="33898.98"),
    F("3.3", "基本支出", amount="2359.94", share="6.96", change="210.02", pct="9.77"),
    F("3.3", "项目支出", amount="31539.04", share="93.04", change="8803.99", pct="38.72"),
    F("3.4", "财政拨款收支总预算", amount="4701.75"),
    F("3.4", "一般公共预算拨款", amount="4701.75"),
    F("3.4", "科学技术支出", amount="2103.00"),
    F("3.4", "社会保障和就业支出", amount="382.95"),
    F("3.4", "节能环保支出", amount="259.63"),
    F("3.4", "资源勘探工业信息等支出", amount="1956.17"),
    F("3.5.1", "一般公共预算拨款合计", amount="4701.75"),
    F("3.5.1", "基本支出", amount="2359.94", change="210.02", pct="9.77"),
    F("3.5.1", "项目支出", amount="2341.81", change="-1850.85", pct="-44.15"),
    F("3.5.2", "科学技术支出（类）", amount="2103.00", share="44.73", code="206"),
    F("3.5.2", "社会保障和就业支出（类）", amount="382.95", share="8.14"),
    F("3.5.2", "节能环保支出（类）", amount="259.63", share="5.52", code="211"),
    F("3.5.2", "资源勘探工业信息等支出（类）", amount="1956.17", share="41.61", code="215"),
    F(
        "3.5.3",
        "科学技术支出（类）技术与开发（款）其他技术与开发支出（项）",
        amount="2103.00",
        change="-77.00",
        pct="-3.53",
        code="2060499",
    ),
    # 下降 / 15.11% on the next line
    F("3.5.3", f"{_PENSION}行政单位离退休（项）", amount="164.33", change="-29.26", pct="-15.11"),
    F("3.5.3", f"{_PENSION}事业单位离退休（项）", amount="19.89", change="10.71", pct="116.67"),
    F(
        "3.5.3",
        f"{_PENSION}机关事业单位基本养老保险缴费支出（项）",
        amount="198.74",
        change="29.91",
        pct="17.72",
    ),
    F("3.5.3", f"{_ENERGY}事业运行（项）", amount="249.35", change="0.14", pct="0.06"),
    # 比上年预算减少 0.00 万元，下降 0.00%: a zero change, unsigned
    F("3.5.3", f"{_ENERGY}其他能源管理事务支出（项）", amount="10.28", change="0.00", pct="0.00"),
    F(
        "3.5.3",
        "城乡社区支出（类）其他城乡社区支出（款）其他城乡社区支出（项）",
        amount="0.00",
        change="-678.85",
        pct="-100.00",
        code="2129999",
    ),
    F(
        "3.5.3",
        f"{_INDUSTRY}行政运行（项）",
        amount="1447.01",
        change="126.32",
        pct="9.56",
        code="2150501",
    ),
    F("3.5.3", f"{_INDUSTRY}一般行政管理事务（项）", amount="76.53", change="30.00", pct="64.47"),
    F("3.5.3", f"{_INDUSTRY}事业运行（项）", amount="54.07", change="54.07", pct="100.00"),
    F(
        "3.5.3",
        f"{_SME}中小企业发展专项（项）",
        amount="152.00",
        change="-1125.00",
        pct="-88.10",
    ),
    F(
        "3.5.3",
        f"{_SME}其他支持中小企业发展和管理支出（项）",
        amount="226.56",
        change="18.12",
        pct="8.69",
    ),
    F("3.6", "一般公共预算基本支出", amount="2359.94"),
    F("3.6", "人员经费", amount="2151.77"),
    F("3.6", "公用经费", amount="208.17"),
    F("3.10", "财政拨款“三公”经费", amount="22.80", change="-1.25", pct="-5.20"),
    F("3.10", "因公出国（境）费", amount="0.00", change="0.00", pct="0.00"),
    F("3.10", "公务用车购置费", amount="0.00", change="0.00", pct="0.00"),
    F("3.10", "公务用车运行费", amount="22.50", change="-1.25", pct="-5.26"),
    F("3.10", "公务接待费", amount="0.30", change="0.00", pct="0.00"),
    F("3.11", "上年结转结余", amount="29197.23"),
    F("3.11", "财政拨款", amount="29197.23"),
    F("3.11", "非财政拨款", amount="0.00"),
    F("3.11", "2022年度忠诚干净担当好班子奖金", amount="10.00"),
    F("3.11", "2022年乌鲁木齐市本级调增项目（新疆城建冷链物流项目）", amount="23300.00"),
    F("3.11", "2023年度政务云第三方评估服务项目资金（第一批）", amount="175.00"),
    F("3.11", "2023年替代工作经费", amount="7.70"),
    F("3.11", "2023年益民大厦信息系统运维项目", amount="1700.00"),
    F("3.11", "安全生产工作经费", amount="5.40"),
    F("3.11", "新疆城建冷链物流项目（2023年第七批新增地方政府专项债券）", amount="2500.00"),
    F("3.11", "特定目标0710193B", amount="1355.00"),
    F("3.11", "特定目标1410079F", amount="133.99"),
    F("3.11", "特定目标3710004G", amount="9.14"),
    F("3.11", "特定目标5910129X", amount="1.00"),
    F("3.12.1", "机关运行经费", amount="208.17", change="13.72", pct="7.06"),
    F("3.12.2", "政府采购预算", amount="5373.29"),
    F("3.12.2", "政府采购货物预算", amount="35.56"),
    F("3.12.2", "政府采购工程预算", amount="0.00"),
    F("3.12.2", "政府采购服务预算", amount="5337.73"),
    F("3.12.2", "面向中小企业预留", amount="5143.05"),
    F("3.12.2", "面向小微企业预留", amount="5143.05"),
    F("3.12.3", "房屋", qty="3254.00", amount="70.76"),
    F("3.12.3", "车辆", qty="12", amount="248.92"),
    F("3.12.3", "一般公务用车", qty="12", amount="248.92"),
    F("3.12.3", "执法执勤用车", qty="0", amount="0.00"),
    F("3.12.3", "其他车辆", qty="0", amount="0.00"),
    F("3.12.3", "办公家具", amount="92.95"),
    F("3.12.3", "其他资产", amount="1052.65"),
    F("3.12.3", "价值50万元以上大型设备", qty="0"),
    F("3.12.3", "价值100万元以上大型设备", qty="0"),
    F("3.12.3", "购置车辆经费", nil=True),
    F("3.12.3", "购置价值50万元以上大型设备", qty="0"),
    F("3.12.3", "购置价值100万元以上大型设备", qty="0"),
    F("3.12.4", "整体预算绩效目标", qty="1", amount="33898.98"),
    F("3.12.4", "财政拨款项目", qty="11", amount="2341.81"),
    # 其中有 1 个涉密项目，涉及预算资金 2 万元
    F("3.12.4", "涉密项目", qty="1", amount="2"),
    F("3.12.4", "非财政拨款项目", qty="0", amount="0.00"),
    F("3.12.5", "财政拨款涉密项目", qty="1", amount="2"),
    F("3.12.5", "上年结转结余项目", qty="11", amount="29197.23"),
]

PROJECTS = [
    ("特定目标0310016Y", "2.00"),
    ("乌财企〔2023〕95号-关于提前下达2024年自治区中小企业发展专项资金预算的通知", "82.00"),
    (
        "乌财企【2023】99号-关于提前下达中央财政2024年中小企业发展专项资金预算"
        "（专精特新方向）的通知",
        "70.00",
    ),
    ("工业和信息化项目调研经费", "8.03"),
    ("工业和信息化项目专家评审费", "9.00"),
    ("2024年乌鲁木齐市益民大厦信息系统运维项目", "2068.67"),
    ("原机电老干所运行维护费", "9.00"),
    ("ppp项目咨询服务费", "28.00"),
    ("安全生产工作经费", "20.50"),
    ("节能监察工作经费", "10.28"),
    ("信息化运维项目", "34.33"),
]


def test_every_figure() -> None:
    check_figures(facts_of(STEM), EXPECTED)


def test_inline_duties_and_budget_units() -> None:
    facts = facts_of(STEM)
    # All twelve duties on one line, （一）…；（二）…
    assert len(facts.duties) == 12
    assert facts.duties[1].text == "拟定工业经济和信息化、大数据及数字经济发展规划、年度计划等"
    assert {d.span.line for d in facts.duties} == {63}
    assert facts.units is not None
    assert facts.units.budget_units == (
        "乌鲁木齐市工业和信息化局（乌鲁木齐市大数据发展局）（本级）",
        "乌鲁木齐市节能监察中心",
        "乌鲁木齐市中小企业服务中心",
        "乌鲁木齐市工业和信息化项目中心",
    )
    assert len(facts.units.offices) == 14


def test_projects() -> None:
    projects = facts_of(STEM).projects
    assert [(p.name, p.amount) for p in projects] == [(n, Decimal(a)) for n, a in PROJECTS]
    safety = projects[8]
    assert safety.allocation == (("劳务费", Decimal("8.9")), ("其他交通费", Decimal("11.6")))
    assert safety.unit == "乌鲁木齐市工业和信息化局（乌鲁木齐市大数据发展局）"
    assert projects[10].unit == "乌鲁木齐市中小企业服务中心"
    assert projects[0].basis == "完全不予公开"


def test_withheld_carryover() -> None:
    withheld = facts_of(STEM).find("carryover", "特定目标1410079F")
    assert withheld is not None and withheld.purpose == "完全不予公开"


def test_coverage() -> None:
    facts = facts_of(STEM)
    # Two policy-basis texts state a figure in passing (300元 a person, 2个家属院): part
    # of the text kept as the project's basis, so read (as inside a reason or purpose).
    assert facts.coverage() == (92, 92)
    assert facts.findings == ()
