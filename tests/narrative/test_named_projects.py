"""Projects listed as a numbered name and numbered labels (Beijing's 重点支出和重大投资项目
情况说明), amounts stated in 亿元, and the figures of a project's texts.

The lines are beijing-05's (北京市教育委员会 2026 部门预算, pages 10–13), copied as the
PDF reader gives them: wrapped, with the page numbers between them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from xjbudget.narrative import Facts, extract_facts
from xjbudget.narrative.fold import fold, in_wan
from xjbudget.narrative.projects import project_runs, read_projects
from xjbudget.narrative.sentences import Sentence, section_text, sentences
from xjbudget.sources.tabbed import read_text_lines
from xjbudget.text import normalize_text

_HEAD = """第一部分 2026年部门预算情况说明
五、其他情况说明
（三）国有资产占用情况说明
截至2025年底，北京市教育委员会部门共有车辆599
台，单位价值100万元以上的设备1895台（套）。2026年预
-10-
算安排中，购置单位价值100万元以上的设备246台（套）。
（四）重点支出和重大投资项目情况说明
"""

_PROJECTS = """1.学前免费政策市级财政补助
（1）政策依据：为贯彻落实《国务院办公厅关于逐步
推行免费学前教育的意见》（国办发〔2025〕27号）要求，
推进学前教育普及普惠安全优质发展，根据《北京市落实免
费学前教育实施方案》（京财教育〔2025〕1486号），从2025
年秋季学期起，对本市内公办幼儿园和民办幼儿园学前一年
在园儿童减免保育教育费，对因减免保育教育费导致幼儿园
收入减少的部分，由财政部门补助幼儿园，用于保障区域内
幼儿园日常运转和学前教育事业发展。
（2）绩效目标：全面保障免费学前教育政策落地见效，
有效降低教育成本，切实减轻家庭负担。同时保障幼儿园不
因减免保教费影响办园质量，提高基本公共教育服务水平，
促进教育公平。
（3）预算安排：2026年安排市级资金预算3亿元。
（4）实施方案：财政补助资金由中央、市、区共同承
担。根据《北京市落实免费学前教育实施方案》（京财教育
〔2025〕1486号），市财政局、市教委根据各区普惠性幼儿
园保育教育费生均实际收费水平，逐区核定免保育教育费实
际生均财政补助标准。市财政局、市教委根据各区各类幼儿
园免保育教育费实际生均财政补助标准和对应在园儿童人
数确定各区财政补助总规模，扣除中央财政补助资金后，市
区财政各按照50%比例负担。各区逐园据实做好免费相关保
-11-
障。
2.高校科研平台建设项目
（1）政策依据：根据《北京研究中心建设运行和经费
管理办法》（京教研〔2025〕10号）和《北京实验室建设运
行和经费管理办法》（京教研〔2024〕9号），设立高校科研
平台建设项目。
（2）绩效目标：该项目以国家和北京重大战略需求为
目标，开展前沿科学研究，积极推进教育领域科研平台建设，
推动教育科技人才发展。
（3）预算安排：2026年安排预算1亿元。
（4）实施方案：支持核糖核酸、细胞稳态与衰老性重
大疾病两个北京研究中心建设，汇聚高水平科研创新人才队
伍，加强原始性基础理论研究，推动产出重大基础研究成果。
支持6个北京实验室整合优势资源、强化协同创新，开展过
敏性疾病、口腔健康、创伤救治与神经再生、生物医学成像、
碳中和系统管理、新型储能等领域研究，汇聚高水平创新人
才和团队，组织开展高水平科学研究，推动交叉学科建设。
3.北京第六实验学校建设项目（良乡大学城实验学校建
设项目）
（1）政策依据：根据《教育部等三部门关于实施新时
代基础教育扩优质量行动计划的意见》《北京市教育委员会
等三部门关于市级统筹建设一批优质学校工作方案》，我市
着力扩大优质教育资源供给。
（2）绩效目标：提升学位保障能力。
（3）预算安排：2026年安排预算0.5亿元。
（4）实施方案：项目为新建十二年制学校。主要建设
内容包括教学用房、办公及管理用房、生活服务用房等。
"""

_TAIL = """（五）市对区专项或共同事权转移支付项目绩效目标情
况说明
1.2026年，根据《北京市教育改革发展专项资金管理办
法》，已安排教育改革发展专项转移支付资金483848.60万
-13-
元，主要用于推进普惠性幼儿园普及普惠、安全优质发展。
"""


def _facts(text: str) -> Facts:
    return extract_facts(read_text_lines(text), year=2026)


def test_projects_of_a_numbered_list() -> None:
    facts = _facts(_HEAD + _PROJECTS + _TAIL)
    assert [(p.name, p.amount) for p in facts.projects] == [
        ("学前免费政策市级财政补助", Decimal("30000")),
        ("高校科研平台建设项目", Decimal("10000")),
        ("北京第六实验学校建设项目（良乡大学城实验学校建设项目）", Decimal("5000")),
    ]
    first = facts.projects[0]
    assert first.basis is not None and first.basis.startswith("为贯彻落实《国务院办公厅")
    assert first.basis.endswith("用于保障区域内幼儿园日常运转和学前教育事业发展")
    assert [label for label, _ in first.fields] == ["绩效目标", "实施方案"]
    assert first.fields[1][1].endswith("市区财政各按照50%比例负担。各区逐园据实做好免费相关保障")
    assert facts.projects[2].fields[1] == (
        "实施方案",
        "项目为新建十二年制学校。主要建设内容包括教学用房、办公及管理用房、生活服务用房等",
    )


def test_every_figure_is_read() -> None:
    """The amounts in 亿元 are the projects'; 50%比例 and 6个北京实验室 are words of the
    实施方案 kept as text; the sub-sections before and after are read as figures."""
    facts = _facts(_HEAD + _PROJECTS + _TAIL)
    assert facts.coverage() == (8, 8)
    assert sum(s.figures for s in facts.statements) == 11
    assert not [f for f in facts.findings if f.rule == "narrative.sentence.unrecognised"]


def test_the_sections_around_the_projects_are_read_as_before() -> None:
    facts = _facts(_HEAD + _PROJECTS + _TAIL)
    bought = facts.find("assets", "购置单位价值100万元以上的设备")
    # The project's 政策依据 (…用于保障区域内幼儿园…) is not this figure's purpose.
    assert bought is not None and (bought.quantity, bought.purpose) == (Decimal("246"), None)
    transfer = facts.find("other", "已安排教育改革发展专项转移支付资金")
    assert transfer is not None and transfer.amount == Decimal("483848.60")
    assert [f.subject for f in facts.figures if f.span.line > 13] == [transfer.subject]


def _sentences(text: str) -> tuple[Sentence, ...]:
    body = [(n, fold(normalize_text(line))) for n, line in enumerate(text.splitlines(), 1)]
    return sentences(section_text("1.5", body))


def test_a_run_of_projects_ends_at_the_next_sub_section() -> None:
    runs = project_runs(_sentences(_HEAD + _PROJECTS + _TAIL))
    assert [listing for listing, _ in runs] == [False, True, False]
    assert runs[1][1][0].text == "1.学前免费政策市级财政补助"
    assert runs[2][1][0].text.startswith("（五）市对区专项")


def test_a_numbered_line_before_no_project_label_opens_no_project() -> None:
    text = "1.学前免费政策市级财政补助\n（1）资金来源：一般公共预算。\n"
    assert project_runs(_sentences(text)) == ((False, _sentences(text)),)


def test_a_numbered_heading_over_labels_without_an_amount_opens_no_project() -> None:
    """A 绩效 sub-section may head its target with a number and label it: no project."""
    text = (
        "1.部门整体绩效目标\n（1）绩效目标：服务满意度达到95%。\n2.其他\n（3）预算安排：1亿元。\n"
    )
    runs = project_runs(_sentences(text))
    assert [(listing, [s.text for s in run]) for listing, run in runs] == [
        (False, ["1.部门整体绩效目标", "（1）绩效目标：服务满意度达到95%"]),
        (True, ["2.其他", "（3）预算安排：1亿元"]),
    ]


def test_an_amount_line_stating_two_figures_is_not_an_amount() -> None:
    """Which of the two is the project's is not said: the line is kept, not read."""
    text = "1.某建设项目\n（3）预算安排：2026年安排预算3亿元，其中市级资金2亿元。\n"
    (project,), (statement,) = read_projects(_sentences(text))
    assert project.amount is None
    assert project.fields == (("预算安排", "2026年安排预算3亿元，其中市级资金2亿元"),)
    assert (statement.figures, statement.read) == (2, 0)


def test_a_labelled_figure_of_its_own_stays_unread() -> None:
    """Under a label that is no description (003's 补贴人数) a figure is not text."""
    text = (
        "1.某补贴项目\n（1）政策依据：根据文件。\n（2）补贴人数：2人。\n（3）预算安排：8.00万元。\n"
    )
    (project,), (count, amount) = read_projects(_sentences(text))
    assert (project.fields, project.amount) == ((("补贴人数", "2人"),), Decimal("8.00"))
    assert [(s.figures, s.read) for s in (count, amount)] == [(1, 0), (1, 1)]


_PER_UNIT = {"亿元": Decimal(10000), "元": Decimal("0.0001"), "万元": Decimal(1)}


@pytest.mark.parametrize(
    ("number", "unit", "wan"),
    [
        ("3", "亿元", "30000"),
        ("0.5", "亿元", "5000"),
        ("1.23456", "亿元", "12345.6"),
        ("8.50", "元", "0.00085"),
        ("120000", "元", "12"),
        ("0.00", "万元", "0.00"),
        ("952.23", "万元", "952.23"),
    ],
)
def test_money_in_wan_is_exact(number: str, unit: str, wan: str) -> None:
    converted = in_wan(Decimal(number), unit)
    assert str(converted) == wan
    assert converted == Decimal(number) * _PER_UNIT[unit]
