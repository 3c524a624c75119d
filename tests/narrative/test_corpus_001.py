"""Document 001 (吉木萨尔县商务和工业信息化局, flattened text: sentences and numbers wrap
over lines): every narrative fact, read off the document by hand
(tests/corpus/001_7236ab5e17bf1c1a.txt, lines 1-182 and 869-1295)."""

from __future__ import annotations

from decimal import Decimal

from .expect import F, check_figures, facts_of

STEM = "001_7236ab5e17bf1c1a"

_PENSION = "社会保障和就业支出（类）行政事业单位养老支出（款）"
_HEALTH = "卫生健康支出（类）行政事业单位医疗（款）"

EXPECTED = [
    F("1.2", "下属预算单位", qty="0"),
    F("1.2", "内设机构", qty="3", unit="个"),
    F("1.2", "编制数", qty="35"),
    # 实有人数 53 人，其中：在职 / 23人，增加 0 人 (wrapped)
    F("1.2", "实有人数", qty="53"),
    F("1.2", "在职", qty="23", qchange="0"),
    F("1.2", "退休", qty="30", qchange="0"),
    F("1.2", "离休", qty="0", qchange="0"),
    F("3.1", "收支总预算", amount="815.12"),
    F("3.2", "收入预算", amount="815.12"),
    # 增 / 长 5.32% wraps inside the word
    F("3.2", "一般公共预算", amount="610.48", share="74.90", change="30.85", pct="5.32"),
    F("3.2", "上级一般公共预算安排的转移支付资金", nil=True),
    F("3.2", "政府性基金预算", amount="0.00", share="0.00", change="0.00", pct="0.00"),
    F("3.2", "上级政府性基金安排的转移支付资金", nil=True),
    F("3.2", "国有资本经营预算", amount="0.00", share="0.00", change="0.00", pct="0.00"),
    F("3.2", "上级国有资本经营预算安排的转移支付资金", nil=True),
    F("3.2", "单位资金", amount="12.64", share="1.55", change="12.64", pct="100.00"),
    F("3.2", "财政拨款结转", amount="192.00", share="23.55", change="101.61", pct="112.41"),
    F("3.3", "支出预算", amount="815.12"),
    F("3.3", "基本支出", amount="610.48", share="74.89", change="30.85", pct="5.32"),
    F("3.3", "项目支出", amount="204.64", share="25.11", change="114.25", pct="126.40"),
    F("3.4", "财政拨款收支总预算", amount="610.48"),
    F("3.4", "一般公共预算拨款", amount="610.48"),
    F("3.4", "一般公共服务支出", amount="476.92"),
    F("3.4", "社会保障和就业支出", amount="77.09"),
    F("3.4", "卫生健康支出", amount="26.46"),
    F("3.4", "住房保障支出", amount="30.01"),
    F("3.5.1", "一般公共预算拨款合计", amount="610.48"),
    F("3.5.1", "基本支出", amount="610.48", change="30.85", pct="5.32"),
    F("3.5.1", "项目支出", amount="0.00", change="0.00", pct="0.00"),
    F("3.5.2", "一般公共服务支出（类）", amount="476.92", share="78.12"),
    F("3.5.2", "社会保障和就业支出（类）", amount="77.09", share="12.63"),
    F("3.5.2", "卫生健康支出（类）", amount="26.46", share="4.33"),
    F("3.5.2", "住房保障支出（类）", amount="30.01", share="4.92"),
    F(
        "3.5.3",
        "一般公共服务支出（类）商贸事务（款）行政运行（项）",
        amount="346.47",
        change="6.42",
        pct="1.89",
        code="2011301",
    ),
    F(
        "3.5.3",
        "一般公共服务支出（类）商贸事务（款）事业运行（项）",
        amount="130.45",
        change="25.95",
        pct="24.83",
        code="2011350",
    ),
    # 行政单位离 / 退休（项） wraps inside the name
    F(
        "3.5.3",
        f"{_PENSION}行政单位离退休（项）",
        amount="22.54",
        change="12.60",
        pct="126.76",
        code="2080501",
    ),
    F(
        "3.5.3",
        f"{_PENSION}机关事业单位基本养老保险缴费支出（项）",
        amount="36.37",
        change="5.67",
        pct="18.47",
        code="2080505",
    ),
    F(
        "3.5.3",
        f"{_PENSION}机关事业单位职业年金缴费支出（项）",
        amount="18.18",
        change="2.84",
        pct="18.51",
        code="2080506",
    ),
    F("3.5.3", f"{_HEALTH}行政单位医疗（项）", amount="10.42", change="-21.52", pct="-67.38"),
    F("3.5.3", f"{_HEALTH}事业单位医疗（项）", amount="11.17", change="2.25", pct="25.22"),
    F("3.5.3", f"{_HEALTH}公务员医疗补助（项）", amount="4.87", change="-8.03", pct="-62.25"),
    F(
        "3.5.3",
        "住房保障支出（类）住房改革支出（款）住房公积金（项）",
        amount="30.01",
        change="4.67",
        pct="18.43",
    ),
    F("3.6", "一般公共预算基本支出", amount="610.48"),
    F("3.6", "人员经费", amount="489.12"),
    F("3.6", "公用经费", amount="121.36"),
    F("3.10", "财政拨款“三公”经费", amount="8.30", change="0.00", pct="0.00"),
    F("3.10", "因公出国（境）费", amount="0.00", change="0.00", pct="0.00"),
    F("3.10", "公务用车购置费", amount="0.00", change="0.00", pct="0.00"),
    F("3.10", "公务用车运行费", amount="6.00", change="0.00", pct="0.00"),
    F("3.10", "公务接待费", amount="2.30", change="0.00", pct="0.00"),
    F("3.11", "上年结转结余", amount="192.00"),
    F("3.11", "财政拨款", amount="192.00"),
    F("3.11", "非财政拨款", amount="0.00"),
    F(
        "3.11",
        "商工局-昌州财办建〔2023〕17号关于预拨2023年纺织服装企业贷款贴息资金的通知",
        amount="192.00",
    ),
    F("3.12.1", "机关运行经费", amount="121.36", change="4.00", pct="3.41"),
    F("3.12.2", "政府采购预算", amount="63.22"),
    F("3.12.2", "政府采购货物预算", amount="9.92"),
    F("3.12.2", "政府采购工程预算", amount="0"),
    F("3.12.2", "政府采购服务预算", amount="53.30"),
    F("3.12.2", "面向中小企业预留", amount="0.00"),
    F("3.12.2", "面向小微企业预留", amount="63.22"),
    F("3.12.3", "房屋", qty="0.00", unit="平方米", amount="0.00"),
    F("3.12.3", "车辆", qty="2", amount="32.76"),
    F("3.12.3", "一般公务用车", qty="2", amount="32.76"),
    F("3.12.3", "执法执勤用车", qty="0", amount="0.00"),
    F("3.12.3", "其他车辆", qty="0", amount="0.00"),
    F("3.12.3", "办公家具", amount="454.78"),
    F("3.12.3", "其他资产", amount="148.00"),
    F("3.12.3", "价值50万元以上大型设备", qty="0"),
    # 部门价值 100 万元以上大型设备 1 / 台 (the unit on the next line)
    F("3.12.3", "价值100万元以上大型设备", qty="1", unit="台"),
    F("3.12.3", "购置车辆经费", nil=True),
    F("3.12.3", "购置价值50万元以上大型设备", qty="0"),
    F("3.12.3", "购置价值100万元以上大型设备", qty="0"),
    F("3.12.4", "整体预算绩效目标", qty="1", amount="815.12"),
    F("3.12.4", "财政拨款项目", qty="0", amount="0"),
    F("3.12.4", "非财政拨款项目", qty="0", amount="12.64"),
]


def test_every_figure() -> None:
    check_figures(facts_of(STEM), EXPECTED)


def test_duties_and_units() -> None:
    facts = facts_of(STEM)
    assert len(facts.duties) == 23
    # （一） wraps over three lines.
    assert facts.duties[0].text == (
        "贯彻执行国家、县、自治州有关内外贸易经济技术合作和外商投资政策、法规；"
        "研究“一带一路”建设、区域经济合作、现代流通方式的发展趋势和流通体制改革并提出建议。"
    )
    assert (facts.duties[0].span.line, facts.duties[0].span.end_line) == (5, 9)
    assert facts.duties[-1].text == "完成县党委、县人民政府交办的其他任务。"
    assert facts.units is not None
    assert facts.units.offices == ("办公室（党建办）", "商务科", "工业信息科（油区办）")


def test_reason_continues_after_semicolon() -> None:
    carried = facts_of(STEM).find("income", "财政拨款结转")
    assert carried is not None and carried.reason is not None
    assert carried.reason.endswith("2023-2024年度纺织服装补贴结转192万元")
    assert carried.prior == Decimal("90.39")


def test_unrecognised_sentence_is_kept() -> None:
    facts = facts_of(STEM)
    assert facts.coverage() == (55, 54)
    (finding,) = facts.findings
    assert finding.rule == "narrative.sentence.unrecognised"
    assert finding.severity == "info"
    assert finding.location is not None and finding.location.line == 1294
    assert "当年非财政拨款涉及预算金额12.64万元属于单位基本户资金" in finding.message
