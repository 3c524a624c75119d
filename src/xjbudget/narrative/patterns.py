"""The sentence patterns of the templates, as data: what a heading is about, what a
subject is about, the wording of a comparison with last year, and the sentence kinds a
document's facts are sorted into.

Every template states the same things in its own words. The Xinjiang template heads a
section ``（一）机关运行经费`` under ``十、其他重要事项的情况说明``; Guangzhou prints
``三、机关运行经费安排情况`` as a section of its own; Shanghai's 单位预算 prints no part
headings at all and states 收入预算, 支出预算 and each 科目 in one 编制说明. The clause
reader (:mod:`.reader`) is the same for all of them; what differs is declared here:

- :data:`SECTION_TOPICS` — the Xinjiang template's combinations of a level-1 and a
  level-2 heading (``当年拨款`` › ``结构`` is ``general.class``);
- :data:`HEADING_TOPICS` — a heading naming one thing, whatever its level or number
  (``运行经费`` is ``operating``, ``采购`` ``procurement`` …): the level-2 heading is
  asked first, then the level-1 heading;
- :data:`SUBJECT_TOPICS` — in a section whose headings name no topic (Shanghai's
  ``单位预算编制说明``, ``其他相关情况说明``), a sentence takes the topic of the first
  subject it states (``收入预算`` → ``income``);
- :data:`PRIOR` / :data:`CURRENT` — last year and this year as the templates name them
  (``上年``, ``2025年预算执行数``, ``2025年年初预算数``; ``2026年预算安排``);
- :data:`SENTENCE_KINDS` — what a figure states, by topic and subject: the per-项
  explanation, the income and expenditure totals, 三公 and its parts, 机关运行经费,
  政府采购, 国有资产 (vehicles, equipment), 绩效, staffing.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from attrs import frozen

from ..model.facts import Figure, Topic

__all__ = [
    "CURRENT",
    "HEADING_TOPICS",
    "PRIOR",
    "SECTION_TOPICS",
    "SENTENCE_KINDS",
    "SUBJECT_TOPICS",
    "SentenceKind",
    "heading_topic",
    "sentence_kinds",
    "subject_topic",
]

#: (words in the level-1 heading, words in the level-2 heading, topic); first match wins.
#: The Xinjiang template: one level-1 heading holds several topics told apart by level 2.
SECTION_TOPICS: tuple[tuple[tuple[str, ...], tuple[str, ...], Topic], ...] = (
    (("其他重要事项",), ("运行经费",), "operating"),
    (("其他重要事项",), ("采购",), "procurement"),
    (("其他重要事项",), ("资产",), "assets"),
    (("其他重要事项",), ("绩效",), "performance"),
    (("其他重要事项",), (), "other"),
    (("当年拨款",), ("结构",), "general.class"),
    (("当年拨款",), ("具体", "使用"), "general.item"),
    (("当年拨款",), (), "general.scale"),
)

#: (words, topic): a heading naming one thing. Order matters: ``三公`` before
#: ``财政拨款`` (财政拨款“三公”经费), ``基本支出`` before ``支出预算``.
HEADING_TOPICS: tuple[tuple[tuple[str, ...], Topic], ...] = (
    (("运行经费",), "operating"),
    (("采购",), "procurement"),
    (("国有资产", "资产占有", "资产占用", "资产情况"), "assets"),
    (("绩效",), "performance"),
    (("三公",), "three_public"),
    (("结转结余",), "carryover"),
    (("政府性基金",), "fund"),
    (("国有资本经营",), "capital"),
    (("基本支出",), "basic"),
    (("项目支出",), "project"),
    (("财政拨款收支", "财政拨款情况", "财政拨款预算"), "fiscal"),
    (("收支预算", "收支总预算", "收支总体", "收支增减", "收支情况"), "budget"),
    (("收入预算", "收入情况"), "income"),
    (("支出预算", "支出情况"), "expenditure"),
)

#: (subject pattern, topic): the topic a sentence takes in a section whose headings name
#: none, from the first subject it states.
_SUBJECT_TOPICS: tuple[tuple[str, Topic], ...] = (
    (r"收支总预算|收支预算总", "budget"),
    (r"三公|因公出国|公务接待|公务用车", "three_public"),
    (r"机关运行经费", "operating"),
    (r"^政府采购|采购预算$", "procurement"),
    (r"车辆$|用车$|设备$|设备（不含车辆）$|房屋$|资产$|资产总额$", "assets"),
    (r"绩效目标", "performance"),
    (r"^(?:财政拨款)?收入(?:预算)?$|收入预算$", "income"),
    (r"^(?:财政拨款)?支出(?:预算)?$|支出预算$", "expenditure"),
)
SUBJECT_TOPICS: tuple[tuple[regex.Pattern[str], Topic], ...] = tuple(
    (regex.compile(pattern), topic) for pattern, topic in _SUBJECT_TOPICS
)

#: Last year as a comparison names it: ``上年``, ``上年度``, ``2025年``, ``2025年年初``,
#: each optionally followed by what is compared (``预算``, ``预算执行数``, ``执行数``,
#: ``年初预算数``, ``财政拨款“三公”经费年初预算``).
PRIOR = (
    r"(?:上年|上一年|\d{4}年)(?:度)?(?:当年)?(?:年初)?(?:[^，。；：\d比较增减升降持]{0,16}?)?"
    r"(?:预算执行数|预算执行|执行数|预算数|预算|决算数|决算)?(?:数)?"
)
#: This year's amount named by its year: ``2026年预算安排``, ``2026年年初预算数``.
CURRENT = r"\d{4}年(?:度)?(?:年初)?(?:预算安排|安排|预算数|预算)"


def _first_topic(text: str, table: Iterable[tuple[tuple[str, ...], Topic]]) -> Topic | None:
    return next((topic for words, topic in table if any(w in text for w in words)), None)


def heading_topic(level1: str, level2: str = "") -> Topic:
    """The topic of a section from its headings: :data:`SECTION_TOPICS`, then
    :data:`HEADING_TOPICS` on the level-2 heading, then on the level-1 heading."""
    for words1, words2, topic in SECTION_TOPICS:
        if any(w in level1 for w in words1) and (not words2 or any(w in level2 for w in words2)):
            if topic != "other" or not level2:
                return topic
            break
    found = _first_topic(level2, HEADING_TOPICS) if level2 else None
    return found or _first_topic(level1, HEADING_TOPICS) or "other"


def subject_topic(subject: str) -> Topic | None:
    """The topic :data:`SUBJECT_TOPICS` gives a subject, if any."""
    return next((topic for pattern, topic in SUBJECT_TOPICS if pattern.search(subject)), None)


@frozen
class SentenceKind:
    """A kind of sentence, recognised by the figures read from it: a figure of one of
    ``topics`` (any topic if empty) whose subject matches ``subject`` and that states
    ``needs`` (``amount``, ``quantity``, ``path``, ``change``)."""

    name: str
    description: str
    topics: tuple[Topic, ...] = ()
    subject: str = ""
    needs: str = "amount"

    def matches(self, figure: Figure) -> bool:
        """Whether ``figure`` is read from a sentence of this kind."""
        if self.topics and figure.topic not in self.topics:
            return False
        if self.subject and not regex.search(self.subject, figure.subject):
            return False
        if self.needs == "path":
            return bool(figure.path)
        if self.needs == "change":
            return figure.change is not None or figure.change_pct is not None
        if self.needs == "quantity":
            return figure.quantity is not None
        return figure.amount is not None or figure.nil


#: Every sentence kind, in the order of a disclosure.
SENTENCE_KINDS: tuple[SentenceKind, ...] = (
    SentenceKind("staff", "编制数 / 实有人数 / 在职 / 退休", ("staff",), needs="quantity"),
    SentenceKind(
        "budget.total", "收支总预算", ("budget",), r"收支总预算|收入预算|支出预算|^收入|^支出"
    ),
    SentenceKind("income.total", "收入预算 (total) and its sources", ("income",)),
    SentenceKind("expenditure.total", "支出预算 (total), 基本支出, 项目支出", ("expenditure",)),
    SentenceKind("change", "a figure compared with last year (万元 or %)", needs="change"),
    SentenceKind("fiscal", "财政拨款收支 and its parts", ("fiscal", "general.scale", "basic")),
    SentenceKind(
        "item",
        "the per-类/款/项 explanation: the path (codes in parentheses or not), amount, "
        "purpose, last year, change, reason",
        needs="path",
    ),
    SentenceKind("three_public.total", "财政拨款“三公”经费 (total)", ("three_public",), r"三公"),
    SentenceKind(
        "three_public.part",
        "因公出国（境）费, 公务用车购置及运行费, 公务接待费",
        ("three_public",),
        r"出国|公务用车|公务接待",
    ),
    SentenceKind("operating", "机关运行经费", subject=r"机关运行经费"),
    SentenceKind("procurement", "政府采购预算 and its kinds", ("procurement",)),
    SentenceKind("assets.vehicles", "车辆 (count)", ("assets",), r"车辆|用车", needs="quantity"),
    SentenceKind("assets.equipment", "大型设备 (count)", ("assets",), r"设备", needs="quantity"),
    SentenceKind("performance", "绩效 coverage (projects, amounts)", ("performance",)),
)


def sentence_kinds(figures: Iterable[Figure]) -> frozenset[str]:
    """The names of the sentence kinds the figures were read from."""
    found = tuple(figures)
    return frozenset(k.name for k in SENTENCE_KINDS if any(k.matches(f) for f in found))
