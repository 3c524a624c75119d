"""Performance target tables printed as tables of other templates (issue 15): read into
``PerformanceTarget`` by their column labels, a target per project.

Every excerpt is lines of a real PDF of ``../shared/corpus/real`` as the PDF reader gives
them (cells joined by tabs), cut to a few rows; long goal texts are cut short (…).
"""

from __future__ import annotations

from decimal import Decimal

from xjbudget import parse_text
from xjbudget.coverage import count_text_amounts
from xjbudget.model import Document

D = Decimal
HEAD = "2026年部门预算\n第二部分 2026年部门预算表\n"

# xian-01.pdf pages 45 and 58: 部门专项业务经费绩效目标表, a project a page (实施期资金总额,
# 分值权重（90分）), and 部门整体支出绩效目标表 with its 年度主要任务 rows and a blank column
# between 三级指标 and 指标值.
XIAN = (
    HEAD
    + """表14-2
部门专项业务经费绩效目标表
(2026年度)
项目名称\t\t\t绩效管理\t\t
主管部门\t\t\t西安市财政局\t\t
资金金额(万元)\t\t\t实施期资金总额：\t312.07\t执行率分值（10分）
\t\t\t其中：财政拨款\t312.07\t
\t\t\t其他资金\t\t
总体目标\t市财政局相关处室牵头组织，完成预算绩效评估、预算绩效运行监控、预算绩效评价、报告评审、结果应用等工作任务。\t\t\t\t
年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t分值权重（90分）
\t成本指标\t经济成本指标\t预算绩效管理工作预算(万元)\t≤210\t5
\t\t\t预算绩效评价业务预算(万元)\t≤102.07\t5
\t产出指标\t数量指标\t重点预算绩效管理项目完成率（%）\t100\t15
\t\t质量指标\t预算绩效管理项目报告反馈率（%）\t100\t15
\t\t时效指标\t单项项目完成时限（个工作日）\t≤30\t10
\t效益指标\t社会效益指标\t非涉密重点绩效评价报告面向社会公开程度（%）\t100\t30
\t满意度指标\t服务对象满意度指标\t被评价部门满意度（%）\t≥85\t10
表15
部门整体支出绩效目标表
（2026年度）
部门（单位）名称\t\t\t西安市财政局\t\t\t\t
年度主要任务\t任务名称\t\t主要内容\t预算金额（万元）\t\t\t执行率分值（10分）
\t\t\t\t总额\t财政拨款\t其他资金\t
\t机关事业单位运转\t\t保障机关事业单位正常有序运转\t7910.83\t7910.83\t\t
\t财政管理等相关业务\t\t保障绩效管理、监督检查、会计考试等工作落实\t19070.99\t19070.99\t\t
\t财政投资评审业务\t\t保障评审工作、委托业务正常进行\t2940.68\t2940.68\t\t
\t财政国库及罚没业务\t\t保障国库支付管理、罚没物资及票据管理等工作落实\t155.99\t155.99\t\t
\t财政预算编审及债务业务\t\t保障财政预算编审及政府债务管理等工作落实\t80.6\t80.6\t\t
\t财政业务培训\t\t保障财政干部、财政业务培训及宣传工作落实\t172.17\t172.17\t\t
\t金额合计\t\t\t30331.26\t30331.26\t\t
年度总体目标\t1.支持提振消费扩大投资，巩固经济回升向好态势；2.支持培育新质生产力，加快构建现代化产业体系；3.支持推进城乡融合，统…\t\t\t\t\t\t
年度绩效指标\t一级指标\t二级指标\t三级指标\t\t指标值\t\t分值权重（90分）
\t成本指标\t经济成本指标\t会计类考试机位单价(元/小时)\t\t19.75\t\t3
\t\t\t人均会议成本(元/人天)\t\t≤350\t\t2
"""
)

# yantai-02.pdf pages 32-34: 政策和项目预算绩效目标表, one project over three pages, its
# title printed again on each page and the indicator rows going on without a header.
YANTAI = (
    HEAD
    + """政策和项目预算绩效目标表
(2026年度)
政策和项目预算绩效目标表
项目名称\t\t\t办公室政务运行保障经费\t\t
主管部门及代码\t\t\t201_烟台市人民政府办公室\t实施单位\t烟台市人民政府办公室
项目资金（万元）\t\t\t年度预算资金总额：\t891.00\t
\t\t\t其中：财政拨款\t891.00\t
\t\t\t其他资金\t0.00\t
总体目标\t目标1：通过宣传推介、档案整理、计算机及网络运维、会议系统保障驻场，实现保障市政府主要领导参加大型活动、重要会议等活动中…\t\t\t\t
\t一级指标\t二级指标\t三级指标\t指标值\t
绩效指标\t成本指标\t经济成本\t项目总成本\t≤891万元\t
绩效指标\t产出指标\t数量指标\t宣传推介服务次数\t≥10次\t
\t\t\t档案整理率\t=100%\t
\t\t\t计算机及网络运维服务驻场人数\t≥2人\t
\t\t\t会议系统保障驻场人数\t≥2人\t
\t\t\t政府工作报告完成数量\t≥3部分\t
\t\t\t支付公务出差次数\t≥400次\t
\t\t\t印刷次数\t≥3000次\t
政策和项目预算绩效目标表
(2026年度)
政策和项目预算绩效目标表
绩效指标\t产出指标\t数量指标\t会议、接待、调研考察次数\t≥200次
\t\t\t完成研究数量\t≥2项（决策咨询研究、烟台经济发展分析研究）
\t\t\t信息咨询次数\t≥10次
\t\t\t办公家具、办公设备购置数量\t≥31件
\t\t\t计算机硬盘、外置光驱、内存等维修配件购置数量\t≥30件
\t\t\t更新购买打印机数量\t≥20件
政策和项目预算绩效目标表
(2026年度)
政策和项目预算绩效目标表
绩效指标\t产出指标\t时效指标\t宣传服务周期\t≤5天
\t\t\t整理的档案时间范围\t≥1年
"""
)

# chongqing-01.pdf pages 30-33: 部门整体绩效目标表 (one level of indicator names: 指标名称 |
# 指标性质 | 指标值 | 计量单位 | 指标权重 | 是否核心), 市级重点专项资金绩效目标表 (市级支出 |
# 补助区县) and 市级一般性项目绩效目标表 (a project a row, its indicators under it).
CHONGQING = (
    HEAD
    + """表十
2026年部门整体绩效目标表
单位名称：重庆市水利局
当年整体绩效目标\t\t\t\t\t\t
完善全市水网建设布局，以市级水网为牵引，构建现代化水网新体系，续建大中型水库27个。做实水利民生实事，落实《重庆市提升农…\t\t\t\t\t\t
绩效指标\t指标名称\t指标性质\t指标值\t计量单位\t指标权重(%)\t是否核心
\t续建大中型水库\t≥\t27\t座\t20\t是
\t农村饮水项目受益人口\t≥\t150\t万人次\t20\t是
\t建设农村饮水项目数量\t≥\t494\t个数\t20\t是
\t断面监测检查对象数量\t≥\t684\t个数\t10\t是
\t实施后扶及移民项目数量\t≥\t100\t个数\t20\t是
\t后扶资金项目覆盖区县数量\t≥\t30\t个数\t10\t否
表十一
2026年市级重点专项资金绩效目标表（一级项目）
单位：万元
项目名称\t水库移民后期扶持\t\t主管部门\t重庆市水利局\t\t
当年预算\t12,700.00\t\t市级支出\t\t\t
\t\t\t补助区县\t12,700.00\t\t
项目概况\t全市库区和移民安置区涉及38个区县、696个乡镇（街道）、3948个行政村，国家核定我市大中型水库移民后期扶持人口450…\t\t\t\t\t
当年绩效目标\t年度资金实施项目覆盖区县30个以上，支持实施项目数量不少于86个，完工项目验收率达到90%以上，已建工程项目良性运行比例…\t\t\t\t\t
绩效指标\t指标名称\t指标性质\t指标值\t计量单位\t指标权重(%)\t是否核心
\t完工项目验收率\t≥\t90\t%\t20\t是
\t实施项目数量\t≥\t86\t个数\t20\t是
\t项目覆盖区县数量\t≥\t30\t个数\t30\t是
\t已建工程项目良性运行比例\t≥\t90\t%\t10\t否
\t移民对后期扶持政策实施满意度\t≥\t90\t%\t10\t否
\t年度预算执行率\t=\t100\t%\t10\t否
2026年市级重点专项资金绩效目标表（一级项目）
单位：万元
项目名称\t重庆市水利专项资金\t\t主管部门\t重庆市水利局\t\t
当年预算\t152,992.83\t\t市级支出\t152,992.83\t\t
\t\t\t补助区县\t\t\t
项目概况\t重庆市市级财政资金安排用于水利专项建设的资金。\t\t\t\t\t
当年绩效目标\t加快推进水利项目前期工作，组织相关专家开展水利项目规划、可行性研究、初步设计和建设运管中的重大技术问题的技术评审工作，提…\t\t\t\t\t
绩效指标\t指标名称\t指标性质\t指标值\t计量单位\t指标权重(%)\t是否核心
\t续建大中型水库\t≥\t26\t座\t20\t是
\t建设农村饮水项目数量\t≥\t494\t个数\t20\t是
\t受益人口\t≥\t150\t万人\t15\t是
\t受益群众满意度\t≥\t90\t%\t10\t否
\t断面监测检查对象数量\t≥\t684\t个数\t10\t否
\t自来水普及率\t≥\t92.2\t%\t15\t否
\t年度预算执行率\t=\t100\t%\t10\t否
表十二
2026年市级一般性项目绩效目标表（一级项目）
资金主管部门：重庆市水利局 单位：万元
序号\t项目名称\t当年财政拨款预算金额\t当年绩效目标\t指标名称\t指标性质\t指标值\t计量单位\t指标权重(%)
1\t水利行业业务经费\t14,299.16\t按照相关管理办法推进项目实施，并按财政要求加快预算执行进度\t水质检验对象数量\t≥\t3060\t个次\t10
\t\t\t\t发布重要水情专报\t≥\t50\t次数\t40
\t\t\t\t水文资料整编准确率\t≥\t95\t%\t30
\t\t\t\t机关食堂满意度\t≥\t80\t%\t10
\t\t\t\t年度预算执行率\t=\t100\t%\t10
"""
)


def _document(text: str) -> Document:
    document = parse_text(text)
    assert not document.other_tables, [t.title for t in document.other_tables]
    return document


def _held(document: Document) -> tuple[int, int]:
    """Printed and read amounts of the performance regions."""
    coverage = document.coverage
    assert coverage is not None
    regions = [r for r in coverage.regions if r.kind == "performance"]
    return sum(r.printed for r in regions), sum(r.read for r in regions)


def test_xian_projects_a_page_and_the_department_target_with_its_tasks() -> None:
    document = _document(XIAN)
    project, department = document.performance
    assert (project.kind, project.unit, project.project) == ("project", "西安市财政局", "绩效管理")
    assert project.goal.startswith("市财政局相关处室牵头组织")
    assert dict(project.funds) == {"total": D("312.07"), "fiscal": D("312.07")}
    assert [(i.level1, i.level2, i.level3, i.value, i.weight) for i in project.indicators[:3]] == [
        ("成本指标", "经济成本指标", "预算绩效管理工作预算(万元)", "≤210", "5"),
        ("成本指标", "经济成本指标", "预算绩效评价业务预算(万元)", "≤102.07", "5"),
        ("产出指标", "数量指标", "重点预算绩效管理项目完成率（%）", "100", "15"),
    ]
    assert len(project.indicators) == 7
    assert (department.kind, department.unit) == ("department", "西安市财政局")
    assert [(t.name, t.funds.get("total"), t.funds.get("fiscal")) for t in department.tasks][
        :2
    ] == [
        ("机关事业单位运转", D("7910.83"), D("7910.83")),
        ("财政管理等相关业务", D("19070.99"), D("19070.99")),
    ]
    assert len(department.tasks) == 6
    assert dict(department.funds) == {"total": D("30331.26"), "fiscal": D("30331.26")}
    assert department.goal.startswith("1.支持提振消费扩大投资")
    first = department.indicators[0]
    assert (first.level3, first.value, first.weight) == (
        "会计类考试机位单价(元/小时)",
        "19.75",
        "3",
    )
    assert _held(document) == (23, 23)  # funds, tasks, numeric values and weights


def test_yantai_a_project_over_pages() -> None:
    document = _document(YANTAI)
    (target,) = document.performance
    assert (target.project, target.unit) == ("办公室政务运行保障经费", "201_烟台市人民政府办公室")
    assert dict(target.funds) == {"total": D("891.00"), "fiscal": D("891.00"), "other": D("0.00")}
    names = [i.level3 for i in target.indicators]
    assert names[0] == "项目总成本" and names[-1] == "整理的档案时间范围"
    assert "会议、接待、调研考察次数" in names  # the second page's rows
    pages = {i.level3: (i.level1, i.level2, i.value) for i in target.indicators}
    assert pages["信息咨询次数"] == ("产出指标", "数量指标", "≥10次")
    assert pages["宣传服务周期"] == ("产出指标", "时效指标", "≤5天")
    assert _held(document) == (3, 3)


def test_chongqing_one_level_indicators_and_a_project_a_row() -> None:
    document = _document(CHONGQING)
    department, special, other, general = document.performance
    assert department.kind == "department" and department.goal.startswith("完善全市水网")
    first = department.indicators[0]
    assert (
        first.level3,
        first.comparison,
        first.value,
        first.measure,
        first.weight,
        first.core,
    ) == ("续建大中型水库", "≥", "27", "座", "20", "是")
    assert len(department.indicators) == 6
    assert (special.project, special.unit) == ("水库移民后期扶持", "重庆市水利局")
    assert dict(special.funds) == {"total": D("12700.00"), "districts": D("12700.00")}
    assert dict(other.funds) == {"total": D("152992.83"), "city": D("152992.83")}
    assert len(special.indicators) == 6 and len(other.indicators) == 7
    assert (general.project, general.funds.get("fiscal")) == ("水利行业业务经费", D("14299.16"))
    assert general.goal.startswith("按照相关管理办法")
    assert [i.level3 for i in general.indicators] == [
        "水质检验对象数量",
        "发布重要水情专报",
        "水文资料整编准确率",
        "机关食堂满意度",
        "年度预算执行率",
    ]
    # Every amount read; the 序号 1 of 表十二 is a row number, not an amount.
    assert _held(document) == (30, 30)


def test_a_performance_table_without_indicators_is_an_error_naming_it() -> None:
    text = HEAD + "部门专项业务经费绩效目标表\n项目名称\t\t\t绩效管理\n主管部门\t\t\t西安市财政局\n"
    document = parse_text(text)
    (target,) = document.performance
    assert not target.indicators
    errors = [f for f in document.findings if f.rule == "parse.performance.not_read"]
    assert len(errors) == 1 and errors[0].severity == "error"
    assert "部门专项业务经费绩效目标表" in errors[0].message


# xian-02.pdf pages 50-52: the department target goes on in cell rows under no title after
# its goal (printed as text); on page 51 the PDF reader drops the empty cells of the rows
# and prints the 一级/二级 headings 产出指标, 质量指标 as loose text; 专项资金总体绩效目标表
# is printed as a blank form (labels and ...... only).
XIAN_PAGES = (
    HEAD
    + """表15
部门整体支出绩效目标表
（2026年度）
部门（单位）名称\t\t\t西安市统计局\t\t\t\t
年度主要任务\t任务名称\t\t主要内容\t预算金额（万元）\t\t\t执行率分值（10分）
\t\t\t\t总额\t财政拨款\t其他资金\t
\t保障人员经费\t\t保障人员工资及社会保障缴费支出\t3455.78\t3455.78\t0\t
\t保障单位日常工作运转\t\t保障单位日常工作运转所需的办公室、维修维护费等支出\t214.33\t214.33\t0\t
\t保障各项调查、普查任务顺利开展\t\t保障开展调查工作所需的劳务费等支出\t2540.81\t2540.81\t0\t
\t金额合计\t\t\t6210.92\t6210.92\t0\t
年度总体目标\t\t\t\t\t\t\t
1、保障人员经费发放到位，保障机关正常运转2、高质量开展各项日常调查，发挥统计效…
\t一级指标\t二级指标\t三级指标\t\t指标值\t\t分值权重（90分）
\t成本指标\t经济成本指标\t清查表登记成本（元/户）\t\t≤2\t\t1
\t\t\t短表登记成本（元/户）\t\t≤8\t\t2
\t\t数量指标\t清查户数（万户）\t\t≥110\t\t3
\t\t\t短表户数（万户）\t\t≥109.3\t\t3
\t\t\t清查单位表户数（万户）\t\t≥0.7\t\t3
年度
指标
产出指标
\t\t\t调查数据准确率（%）\t\t100\t\t3
质量指标
年度
绩效
指标
产出指标
质量指标
\t\t社情民意调查访问覆盖率（%）\t100\t3
\t时效指标\t数据上报及时率（%）\t100\t3
\t\t统计数据发布及时率（%）\t100\t3
效益指标\t社会效益指标\t向各单位、部门提供统计产品资料\t是\t12
\t可持续影响指标\t客观反映我市农业、农村、农民发展新情况\t客观反映\t18
满意度指标\t服务对象满意度指标\t各市级部门对统计工作的满意度（%）\t≥90\t10
专项资金总体绩效目标表
（2026年度）
项目名称\t\t\t\t\t\t\t
主管部门\t\t\t\t实施期限\t\t\t执行率分值（10分）
资金金额（万元）\t\t实施期资金总额：\t\t年度资金总额：\t\t\t
\t\t其中：财政拨款\t\t其中：财政拨款\t\t\t
\t\t其他资金\t\t其他资金\t\t\t
总体目标\t实施期总目标\t\t\t年度总目标\t\t\t
\t\t\t\t\t\t\t
年度绩效指标\t一级指标\t二级指标\t三级指标\t\t\t指标值\t分值权重（90分）
\t成本指标\t经济成本\t......\t\t\t\t
\t\t社会成本\t......\t\t\t\t
\t\t生态环境成本\t......\t\t\t\t
\t产出指标\t数量指标\t......\t\t\t\t
\t\t质量指标\t......\t\t\t\t
\t\t时效指标\t......\t\t\t\t
\t效益指标\t经济效益指标\t......\t\t\t\t
\t\t社会效益指标\t......\t\t\t\t
\t\t生态效益指标\t......\t\t\t\t
\t\t可持续影响指标\t......\t\t\t\t
\t满意度指标\t服务对象满意度指标\t......\t\t\t\t
"""
)


def test_xian_a_department_target_over_pages_and_a_blank_form() -> None:
    document = _document(XIAN_PAGES)
    department, blank = document.performance
    assert [t.name for t in department.tasks] == [
        "保障人员经费",
        "保障单位日常工作运转",
        "保障各项调查、普查任务顺利开展",
    ]
    assert dict(department.funds) == {"total": D("6210.92"), "fiscal": D("6210.92"), "other": D(0)}
    rows = {i.level3: (i.level1, i.level2, i.value, i.weight) for i in department.indicators}
    # Page 51: five cells under eight columns, read in the order of the named columns.
    assert rows["社情民意调查访问覆盖率（%）"][2:] == ("100", "3")
    assert rows["向各单位、部门提供统计产品资料"] == ("效益指标", "社会效益指标", "是", "12")
    # Its 一级 cell lost, 时效指标 is under 产出指标 (not 成本指标 carried down).
    assert rows["数据上报及时率（%）"] == ("产出指标", "时效指标", "100", "3")
    assert len(department.indicators) == 12
    assert (blank.unit, blank.project, blank.indicators, blank.funds) == ("", "", (), {})
    rules = [f.rule for f in document.findings if f.rule.startswith("parse.performance")]
    assert "parse.performance.not_read" not in rules
    assert rules.count("parse.performance.blank_form") == 1
    assert _held(document) == (28, 28)


def test_page_numbers_with_spaced_digits_are_not_amounts() -> None:
    # 重庆's page numbers as the PDF reader gives them.
    assert count_text_amounts("— 2 5 —") == count_text_amounts("— 33 —") == 0
    assert count_text_amounts("12.5 — 3") == 2
