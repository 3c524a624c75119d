"""Wording variants, one sentence at a time, and property tests of the reader."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xjbudget.model import Location
from xjbudget.narrative import Facts, Figure, Span, extract_facts
from xjbudget.narrative.checks import check_percentages
from xjbudget.narrative.fold import count_figures, fold
from xjbudget.narrative.reader import read_figures
from xjbudget.narrative.sentences import section_text, sentences
from xjbudget.sources.lines import SourceLine
from xjbudget.sources.tabbed import read_text_lines
from xjbudget.text import normalize_text


def read(*lines: str, topic: str = "income") -> tuple[Figure, ...]:
    """The figures of one section whose body is ``lines`` (folded like the extractor)."""
    body = [(n, fold(normalize_text(line))) for n, line in enumerate(lines, start=1)]
    figures, _ = read_figures(topic, sentences(section_text("3.2", body)))  # type: ignore[arg-type]
    return figures


def one(*lines: str) -> Figure:
    (figure,) = read(*lines)
    return figure


@pytest.mark.parametrize(
    ("wording", "change", "pct"),
    [
        ("比上年预算增加12.50万元，增长5.00%", "12.50", "5.00"),
        ("比上年预算减少12.50万元，下降5.00%", "-12.50", "-5.00"),
        ("较上年增长12.50万元，增长5.00%", "12.50", "5.00"),
        ("比上年减少 12.50 万元，下降 5.00%", "-12.50", "-5.00"),
        ("比上年预算增加0.00万元，增长0.00%", "0.00", "0.00"),
        ("比上年预算减少0.00万元，下降0.00%", "0.00", "0.00"),
        ("与上年持平", "0", "0"),
        ("与上年预算相比持平", "0", "0"),
    ],
)
def test_change_wording(wording: str, change: str, pct: str) -> None:
    figure = one(f"单位资金 262.50 万元，占 10.00%，{wording}，主要原因是工作需要。")
    assert figure.amount == Decimal("262.50")
    assert (figure.change, figure.change_pct) == (Decimal(change), Decimal(pct))
    assert str(figure.change) == change
    assert figure.reason == "工作需要"


def test_half_width_punctuation() -> None:
    full = one("一般公共预算 1,036.53 万元，占 56.11%，比上年预算减少 53.15 万元，下降 8.37%。")
    half = one("一般公共预算 1,036.53 万元,占 56.11%,比上年预算减少 53.15 万元,下降 8.37%.")
    assert (half.amount, half.share, half.change, half.change_pct) == (
        full.amount,
        full.share,
        full.change,
        full.change_pct,
    )
    assert half.amount == Decimal("1036.53")


def test_not_arranged() -> None:
    figure = one("政府性基金预算未安排。")
    assert figure.nil and figure.amount is None
    purchase = read("2024年部门预算未安排购置车辆经费。", topic="assets")
    assert [(f.subject, f.nil) for f in purchase] == [("购置车辆经费", True)]


def test_zero_written_without_decimals() -> None:
    figure = one("政府采购工程预算 0 万元。")
    assert figure.amount == Decimal("0") and str(figure.amount) == "0"


def test_sentence_and_number_broken_over_lines() -> None:
    # 001 wraps inside words and numbers; the lines are joined without a separator.
    figure = one(
        "单位资金12.64万元，占1.55%，比上年预算增加12.64万元，增",
        "长 100.00%，主要原因是单位资金预算增加，补",
        "贴资金增加。",
    )
    assert figure.change_pct == Decimal("100.00")
    assert figure.reason == "单位资金预算增加，补贴资金增加"
    assert (figure.span.line, figure.span.end_line) == (1, 3)
    number = one("项目支出 1,036.5", "3 万元，比上年预算增加 1.00 万元，增长 0.10%。")
    assert number.amount == Decimal("1036.53")


def test_staff_counts_wrapped() -> None:
    figures = read(
        "某局编制数 35，实有人数 53 人，其中：在职", "23人，增加 0 人；退休 30人，减少 2 人。"
    )
    assert [(f.subject, f.quantity, f.quantity_change) for f in figures] == [
        ("编制数", Decimal(35), None),
        ("实有人数", Decimal(53), None),
        ("在职", Decimal(23), Decimal(0)),
        ("退休", Decimal(30), Decimal(-2)),
    ]
    assert figures[3].prior_quantity == Decimal(32)


def test_change_named_by_subject() -> None:
    figures = read(
        "“三公”经费预算数为 10.45 万元，其中：公务用车运行费 10.00 万元，公务接待费 0.45 万元。",
        "2024 年“三公”经费预算比上年预算减少 0.05 万元，下降 0.48%，其中：公务接待费减少"
        " 0.05 万元，下降 10.00%，主要原因是厉行节约；公务用车运行费与上年持平。",
        topic="three_public",
    )
    by_subject = {f.subject: f for f in figures}
    assert len(figures) == 3
    reception = by_subject["公务接待费"]
    assert (reception.change, reception.change_pct, reception.reason) == (
        Decimal("-0.05"),
        Decimal("-10.00"),
        "厉行节约",
    )
    assert by_subject["公务用车运行费"].change == 0


def test_unrecognised_sentence_is_a_finding() -> None:
    text = "\n".join(
        [
            "第三部分 2024 年部门预算情况说明",
            "十二、其他重要事项的情况说明",
            "（五）其他需说明的事项",
            "当年非财政拨款涉及预算金额 12.64 万元属于单位基本户资金。",
        ]
    )
    facts = extract_facts(read_text_lines(text), year=2024)
    assert facts.coverage() == (1, 0)
    (finding,) = facts.findings
    assert finding.rule == "narrative.sentence.unrecognised" and finding.severity == "info"
    assert finding.location == Location(line=4)
    assert facts.statements[0].span.text.startswith("当年非财政拨款")


def test_contents_are_skipped() -> None:
    text = "\n".join(
        [
            "目 录",
            "第一部分 部门概况",
            "第三部分 部门预算情况说明",
            "一、关于收支预算情况的总体说明",
            "第一部分 部门概况",
            "二、机构设置及人员情况",
            "某局编制数 5，实有人数 6 人，其中：在职 5 人，增加 1 人；退休 1 人，减少 0 人。",
            "第三部分 部门预算情况说明",
            "一、关于某局 2024 年收支预算情况的总体说明",
            "收支总预算 12.00 万元。",
        ]
    )
    facts = extract_facts(read_text_lines(text), year=2024)
    assert [(f.span.section, f.subject) for f in facts.figures] == [
        ("1.2", "编制数"),
        ("1.2", "实有人数"),
        ("1.2", "在职"),
        ("1.2", "退休"),
        ("3.1", "收支总预算"),
    ]


def _figure(**values: Decimal | str) -> Figure:
    return Figure("income", "x", Span("3.2", 1, 1, 0, 1, "x"), **values)  # type: ignore[arg-type]


def test_percent_mismatch_is_a_finding_not_a_correction() -> None:
    total = _figure(role="total", amount=Decimal("100.00"))
    wrong = _figure(amount=Decimal("40.00"), share=Decimal("45.00"))
    right = _figure(amount=Decimal("60.00"), share=Decimal("60.00"))
    (finding,) = check_percentages([total, wrong, right])
    assert finding.rule == "narrative.percent.mismatch" and finding.severity == "warning"
    assert (finding.expected, finding.actual) == (Decimal("40.00"), Decimal("45.00"))
    assert wrong.share == Decimal("45.00")  # the printed value stays
    bad_pct = _figure(amount=Decimal("110.00"), change=Decimal("10.00"), change_pct=Decimal("5.00"))
    assert [f.column for f in check_percentages([bad_pct])] == ["change_pct"]
    new = _figure(amount=Decimal("5.00"), change=Decimal("5.00"), change_pct=Decimal("100.00"))
    assert check_percentages([new]) == ()
    direction = _figure(amount=Decimal("9.00"), change=Decimal("-1.00"), change_pct=Decimal("10"))
    assert [f.rule for f in check_percentages([direction])] == ["narrative.change.direction"]


def test_rows_flag_derived_prior() -> None:
    facts = Facts(
        figures=(_figure(amount=Decimal("581.55"), change=Decimal("-53.15")),), unit="万元"
    )
    rows = list(facts.rows())
    assert [(r.measure, str(r.value), r.derived) for r in rows] == [
        ("amount", "581.55", False),
        ("change", "-53.15", False),
        ("prior", "634.70", True),
    ]


def test_fold_keeps_offsets_and_thousands() -> None:
    text = "金额1,036.53万元,占(56.11%);"
    assert len(fold(text)) == len(text)
    assert fold(text) == "金额1,036.53万元，占（56.11%）；"
    assert count_figures("2024年预算数为409.71万元，〔2023〕17号，下降10.74%") == 2


_money = st.decimals(min_value=0, max_value=99999, places=2, allow_nan=False)
_subject = st.sampled_from(["一般公共预算", "单位资金", "财政拨款结转", "基本支出", "项目支出"])


@given(_subject, _money, _money, st.booleans(), st.booleans(), st.booleans())
def test_render_and_read_back(
    subject: str, amount: Decimal, change: Decimal, up: bool, half_width: bool, wrap: bool
) -> None:
    """A figure rendered into the template of any document reads back as itself."""
    pct = Decimal("12.34")
    verb, pct_verb = ("增加", "增长") if up else ("减少", "下降")
    sentence = (
        f"{subject} {amount:,} 万元，占 50.00%，比上年预算{verb} {change:,} 万元，"
        f"{pct_verb} {pct}%，主要原因是工作调整。"
    )
    if half_width:
        sentence = sentence.replace("，", ",").replace("。", ".")
    lines = [sentence[:17], sentence[17:]] if wrap else [sentence]
    figure = one(*lines)
    sign = 1 if up or change == 0 else -1
    assert figure.subject == subject
    assert figure.amount == amount
    assert figure.change == sign * change
    assert figure.change_pct == (pct if up else -pct)
    assert figure.prior == amount - sign * change
    assert figure.reason == "工作调整"


@given(st.lists(st.text(alphabet="在职退休，。；0123456789人万元%", max_size=40), max_size=6))
def test_reader_never_fails(lines: list[str]) -> None:
    """Any text is read without an exception, and never more figures than stated."""
    body = [(n, fold(line)) for n, line in enumerate(lines, start=1) if line]
    _, statements = read_figures("staff", sentences(section_text("1.2", body)))
    assert all(0 <= s.read <= s.figures for s in statements)


def test_source_lines_accepted() -> None:
    lines = [SourceLine("第三部分 情况说明", Location(line=1))]
    assert extract_facts(lines, year=None) == Facts(year=None)
