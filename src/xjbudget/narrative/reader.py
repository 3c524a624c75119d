"""The clause reader: the figures of a section's sentences, whatever the template.

A sentence is cut into clauses at ``，`` and ``：``. Each clause is recognised by what
it states, not by its place in one template:

- ``SUBJECT 581.55万元`` (``为``/``预算数为`` allowed) opens a figure; a clause whose
  subject is empty (``2024年预算数为409.71万元``) takes the subject named before the
  colon (``…行政运行（项）：``), ``价值 X 万元`` and ``涉及…金额 X 万元`` add the money
  of the figure just opened;
- ``SUBJECT 29人`` / ``4辆`` / ``59.14平方米`` / ``下设 8 个科室`` a count or an area;
- ``占 56.11%`` the share; ``比上年预算减少 2,336.48 万元`` / ``下降 80.07%`` /
  ``增加 3 人`` the change (signed) of the figure last named, or of the subject it names
  (``公务接待费减少0.05万元``); ``与上年持平`` a change of 0;
- ``SUBJECT 未安排`` / ``未安排 SUBJECT`` a subject not arranged;
- ``主要原因是…``, ``主要用于…`` and ``主要包括：…`` the reason, purpose and items of the
  figure (the rest of the sentence). A reason cut by ``；`` goes on in the next
  sentence when that one states no figure of its own kind.

Every figure a recognised clause holds counts as read; a sentence with figures left
unread is reported by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs
import regex

from ..amounts import parse_amount
from ..model.facts import Figure, Role, Span, Statement, Topic
from .fold import NUMBER, count_figures
from .patterns import CURRENT, PRIOR
from .sentences import ITEM, Sentence
from .subjects import TOTALS, budget_path, clean_subject, printed_code, subject_key

__all__ = ["read_figures"]

_N = rf"(?P<num>{NUMBER})"
# Clauses end at ，and ：, and at 、 after a figure (``部级领导干部用车0辆、主要领导干部用车0辆``).
_SPLIT = regex.compile(r"[，：]|(?<=万元|辆|台|套|人|个|%|平方米)、")
# An aside in parentheses after a figure that holds figures of its own: ``12.64万元（公务用车
# 购置费0万元，公务用车运行维护费12.64万元）`` reads as two more clauses.
_ASIDE = regex.compile(r"(?<=万元|%)（(?P<inner>[^（），；]*+[，；][^（）]*+)）")
_REASON = regex.compile(r"^(?:其)?(?:增减变化)?(?:主要)?原因(?:主要)?(?:是|为|在于)?[：]?")
_PURPOSE = regex.compile(r"^(?:主要)?用于")
_ITEMS = regex.compile(r"^(?:主要)?包括(?:以下)?")
_SHARE = regex.compile(rf"^占(?P<base>[^\d，]{{0,12}}?)(?:的)?(?:比重|比例|比)?(?:为)?{_N}%$")
_FLAT = regex.compile(
    rf"^(?P<subj>.*?)(?:与|较|同|和|比)(?:{PRIOR})(?:相比)?(?:保持)?(?<!基本|大致)(?:持平|一致|相同|相等|无变化|无增减)$"
)
_CHANGE = regex.compile(
    rf"^(?P<subj>.*?)(?:(?:(?:比|较|同比|与)(?:{PRIOR})|上年(?:预算)?(?:数)?)(?:相比)?(?:的)?"
    rf"(?:(?P<prior>{NUMBER})万元)?)?"
    rf"(?P<dir>增加|减少|增长|下降|上升|降低|增|减)了?{_N}(?P<unit>万元|%|人|名|个|辆|台)"
    rf"(?:（(?P<pct>{NUMBER})%）)?$"
)
# Last year's amount stated apart: ``2025年当年预算执行数为498.10万元``, ``上年预算数为…``.
_PRIOR_AMOUNT = regex.compile(
    rf"^(?:(?P<year>\d{{4}})年(?:度)?|上年(?:度)?|上一年(?:度)?)(?:当年)?(?:年初)?"
    rf"(?P<what>预算执行数|预算执行|执行数|预算数|决算数)(?:为|是)?{_N}万元$"
)
# Last year's amount as the term of a comparison: ``比上年预算2,920.59万元，减少878.04万元``.
_PRIOR_COMPARED = regex.compile(rf"^(?:比|较|同比)(?:{PRIOR})(?:为|是)?{_N}万元$")
# This year's amount named by its year (``2026年预算安排512.30万元``).
_CURRENT = regex.compile(rf"^(?:{CURRENT})(?:为|是)?{_N}万元$")
_NIL = regex.compile(
    r"^(?:(?P<subj>.+?)(?:均)?(?:未安排|无安排)|.*?未安排(?P<subj2>[^是的]{2,24}))$"
)
# A note in parentheses after the last figure (``（详见公开报表中的政府采购表）``).
_NOTE = r"(?:等)?(?:（[^（）\d]*）)?"
_AMOUNT = regex.compile(rf"^(?P<subj>.*?)(?:为)?{_N}万元{_NOTE}$")
_QUANTITY = regex.compile(
    rf"^(?P<subj>.*?){_N}(?P<unit>平方米|人|名|个|辆|台|套|家)(?:（套）)?{_NOTE}$"
    rf"|^(?P<subj2>.*编制(?:人)?数)(?:为)?{_N}$"
)
_COUNT_FIRST = regex.compile(rf"^(?P<pre>.*?(?:有|下设|设))?{_N}(?P<unit>个|家|名)(?P<subj>\D+)$")
# A sentence stating a figure of its own (so not the rest of a reason cut by ；).
_OWN_FIGURE = regex.compile(r"占\d|[比较](?:上年|\d{4}年)|未安排|持平|(?:增加|减少|增长|下降)\d")
# A sentence that only names what the next one states (``（一）因公出国（境）费用。``).
_NAME_ONLY = regex.compile(r"^[^，：；。\d]{2,30}$")
_UP = frozenset({"增加", "增长", "上升", "增"})


def _signed(direction: str, value: Decimal) -> Decimal:
    signed = value if direction in _UP else -value
    return signed.copy_abs() if signed.is_zero() else signed


def _attach_target(subject: str) -> bool:
    """Whether a money clause adds to the figure just opened rather than opening one."""
    return subject in ("", "价值") or subject.startswith("涉及")


class _Section:
    """The figures of one section while they are being read (local to one call)."""

    def __init__(self, topic: Topic, year: int | None = None) -> None:
        self.topic = topic
        self.year = year
        self.figures: list[Figure] = []
        self.current: int | None = None
        self.sentence_start = 0  # index of the first figure opened by the sentence read
        self.named = ""  # a subject named by a sentence of its own, for the next one

    def open(self, subject: str, span: Span, role: Role, **values: Any) -> None:
        path = budget_path(subject)
        code = printed_code(subject)
        self.figures.append(
            Figure(self.topic, subject, span, role, path=path, printed_code=code, **values)
        )
        self.current = len(self.figures) - 1

    def update(self, **values: Any) -> bool:
        if self.current is None:
            return False
        self.figures[self.current] = attrs.evolve(self.figures[self.current], **values)
        return True

    def select(self, subject: str) -> bool:
        key = subject_key(subject)
        for index in range(len(self.figures) - 1, -1, -1):
            if subject_key(self.figures[index].subject) == key:
                self.current = index
                return True
        return False

    def current_figure(self) -> Figure | None:
        return None if self.current is None else self.figures[self.current]


def _clauses(text: str) -> list[tuple[int, str, str]]:
    """``(offset, clause, mark after it)`` for the clauses of a sentence."""
    found: list[tuple[int, str, str]] = []
    begin = 0
    for match in [*_SPLIT.finditer(text), None]:
        end = match.start() if match else len(text)
        found.append((begin, text[begin:end], match.group() if match else ""))
        begin = end + 1
    return found


def read_figures(
    topic: Topic, items: Sequence[Sentence], year: int | None = None
) -> tuple[tuple[Figure, ...], tuple[Statement, ...]]:
    """The figures stated by the sentences of one section, and for every sentence that
    states figures how many of them were read. ``year`` (the document's) tells last
    year's ``2025年预算执行数`` from this year's ``2026年预算数``."""
    section = _Section(topic, year)
    statements: list[Statement] = []
    reason_open = False
    for sentence in items:
        text = sentence.text
        total = count_figures(text)
        if reason_open and not _OWN_FIGURE.search(text) and section.current is not None:
            figure = section.figures[section.current]
            section.update(reason=f"{figure.reason or ''}；{text}")
            reason_open = sentence.end_mark == "；"
            if total:
                statements.append(Statement(sentence.span, total, total))
            continue
        named = section.named
        section.named = ""
        read, reason_open = _read_sentence(section, sentence, named)
        if not total and ITEM.match(text) and _NAME_ONLY.match(ITEM.sub("", text)):
            section.named = clean_subject(text)
        if total:
            statements.append(Statement(sentence.span, total, min(read, total)))
    return tuple(_with_roles(section.figures)), tuple(statements)


def _with_roles(figures: list[Figure]) -> list[Figure]:
    return [
        attrs.evolve(f, role="total") if f.subject in TOTALS and f.role == "part" else f
        for f in figures
    ]


def _unfold_asides(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``X万元（A 1万元，B 2万元）`` as ``X万元，A 1万元，B 2万元，`` (same length), and
    where each aside was (``(start, end)``: what follows it is of ``X`` again)."""
    spans = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
    unfolded = _ASIDE.sub(lambda m: "，" + regex.sub("[；。]", "，", m["inner"]) + "，", text)
    return unfolded, spans


def _read_sentence(section: _Section, sentence: Sentence, named: str = "") -> tuple[int, bool]:
    """Read one sentence into ``section``; ``(figures read, reason still open)``.
    ``named`` is a subject the sentence before named alone (``（一）因公出国（境）费用。``)."""
    text, asides = _unfold_asides(sentence.text)
    before_aside: int | None = None  # the figure an aside breaks down
    role: Role = "item" if ITEM.match(text) or named else "part"
    purchase = "购置" in text
    pending = named
    section.sentence_start = len(section.figures)
    read = 0
    listing = False  # after 其中/包括 the figures are parts, not totals
    clauses = _clauses(text)
    resume = 0  # clauses before this index were taken into a purpose
    for index, (offset, raw, mark) in enumerate(clauses):
        if index < resume:
            continue
        for start, end in asides:
            if offset == start + 1:
                before_aside = section.current
            elif offset == end and before_aside is not None:
                section.current = before_aside  # ``…）比上年减少4.11万元``: X's change
        clause = raw.strip()
        if index == 0:
            clause = ITEM.sub("", clause)
        rest = text[offset:].strip()
        following = clauses[index + 1][1] if index + 1 < len(clauses) else ""
        opens_list = not listing and following.strip().startswith(("其中", "包括"))
        listing = listing or clause.startswith(("其中", "包括"))
        if match := _REASON.match(clause):
            section.update(reason=rest[match.end() :].lstrip("："))
            return read + count_figures(rest), sentence.end_mark == "；"
        if match := _PURPOSE.match(clause):
            resume = _explanation_resumes(clauses, index)
            end = clauses[resume][0] - 1 if resume < len(clauses) else len(text)
            purpose = text[offset:end].strip()
            section.update(purpose=purpose[match.end() :].lstrip("："))
            read += count_figures(purpose)
            if resume >= len(clauses):
                return read, False
            continue
        names = text[offset + len(raw) + 1 :]
        if _ITEMS.match(clause) and mark == "：" and not count_figures(names):
            section.update(
                items=tuple(n.strip() for n in regex.split("[、，]", names) if n.strip())
            )
            return read, False
        if clause == "完全不予公开":
            section.update(purpose=clause)
            continue
        consumed = _read_clause(
            section, clause, sentence.span, role, pending, purchase, following.strip()
        )
        if consumed:
            read += count_figures(clause)
            if opens_list and section.current is not None:
                section.update(role="total")
            pending = ""
        elif mark == "：" and not count_figures(clause):
            pending = clean_subject(clause)
    return read, False


def _explanation_resumes(clauses: Sequence[tuple[int, str, str]], index: int) -> int:
    """The first clause after ``index`` that goes on with the figures of a per-项
    explanation (last year's amount, this year's, the change): the purpose ends there."""
    for later in range(index + 1, len(clauses)):
        clause = clauses[later][1].strip()
        if _PRIOR_AMOUNT.match(clause) or _CURRENT.match(clause):
            return later
    return len(clauses)


def _states_change(clause: str) -> bool:
    """Whether a clause states a change in 万元 (after ``比上年预算2,920.59万元``, which is
    then last year's amount; ``比上年1.43万元，增加0.68%`` leaves out the direction of a
    change instead, and is not read)."""
    match = _CHANGE.match(clause)
    return match is not None and match["unit"] == "万元"


def _read_clause(
    section: _Section,
    clause: str,
    span: Span,
    role: Role,
    pending: str,
    purchase: bool,
    following: str = "",
) -> bool:
    """Read one clause (``following``: the next clause of the sentence); whether it was
    recognised."""
    if match := _SHARE.match(clause):
        base = match["base"] or None
        return section.update(share=parse_amount(match["num"]), share_of=base or None)
    if match := _FLAT.match(clause):
        subject = clean_subject(match["subj"])
        if subject and not section.select(subject):
            section.open(subject, span, role)
        if not subject and (section.current is None or section.current < section.sentence_start):
            return False  # ``2026年无使用…的支出，与上年保持一致``: of no figure read here
        figure = section.current_figure()
        if figure is not None and (figure.change or figure.change_pct):
            return section.update(flat=True)  # 增加5万元…与上年持平: both kept, validation says
        return section.update(change=Decimal(0), change_pct=Decimal(0), flat=True)
    if (match := _PRIOR_AMOUNT.match(clause)) and _is_prior(match, section.year):
        return _read_prior(section, parse_amount(match["num"]), span, role, pending)
    if (match := _PRIOR_COMPARED.match(clause)) and _states_change(following):
        return _read_prior(section, parse_amount(match["num"]), span, role, pending)
    if not pending and (match := _CURRENT.match(clause)) and _opened_here(section):
        figure = section.current_figure()
        if figure is not None and figure.planned is None:
            return section.update(planned=parse_amount(match["num"]))
    if match := _CHANGE.match(clause):
        return _read_change(section, match, span, role)
    if match := _NIL.match(clause):
        subject = clean_subject(match["subj"] or match["subj2"] or "", purchase=purchase)
        if subject:
            section.open(subject, span, role, nil=True)
            return True
        return False
    if match := _AMOUNT.match(clause):
        amount = parse_amount(match["num"])
        subject = clean_subject(match["subj"], purchase=purchase)
        if _attach_target(subject):
            current = section.current_figure()
            if subject == "" and pending:
                section.open(pending, span, role, amount=amount)
                return True
            if current is not None and current.amount is None:
                return section.update(amount=amount)
            named = clean_subject(regex.sub(r"^涉及(?:预算)?(?:金额|资金)?", "", subject))
            if not named:
                return False
            # ``…全覆盖，涉及当年一般公共预算拨款30,331.26万元``: nothing open to add to
            section.open(named, span, role, amount=amount)
            return True
        section.open(subject, span, role, amount=amount)
        return True
    if match := _QUANTITY.match(clause):
        subject = clean_subject(match["subj"] or match["subj2"] or "", purchase=purchase)
        unit = match["unit"] or "人"
        quantity = parse_amount(match["num"])
        if not subject:
            return section.update(quantity=quantity, quantity_unit=unit)
        section.open(subject, span, role, quantity=quantity, quantity_unit=unit)
        return True
    if match := _COUNT_FIRST.match(clause):
        subject = clean_subject(match["subj"])
        section.open(
            subject, span, role, quantity=parse_amount(match["num"]), quantity_unit=match["unit"]
        )
        return True
    return False


def _is_prior(match: regex.Match[str], year: int | None) -> bool:
    """Whether ``YYYY年…数`` names last year: an execution figure, ``上年``, or a year
    before the document's (unknown year: only 执行/上年 are last year's)."""
    if "执行" in match["what"] or match["what"] == "决算数" or match["year"] is None:
        return True
    return year is not None and int(match["year"]) < year


def _opened_here(section: _Section) -> bool:
    """Whether the current figure, with an amount, was opened by the sentence being read
    or is a 类/款/项 whose explanation goes on over sentences."""
    figure = section.current_figure()
    if figure is None or section.current is None or figure.amount is None:
        return False
    return section.current >= section.sentence_start or bool(figure.path)


def _read_prior(
    section: _Section, value: Decimal | None, span: Span, role: Role, pending: str
) -> bool:
    """Last year's amount: of the figure the sentence opened, or of ``pending``."""
    if value is None:
        return False
    if pending or not _opened_here(section):
        if not pending:
            return False
        section.open(pending, span, role)
    return section.update(stated_prior=value)


def _read_change(section: _Section, match: regex.Match[str], span: Span, role: Role) -> bool:
    subject = clean_subject(match["subj"])
    if subject and not section.select(subject):
        section.open(subject, span, role)
    if match["prior"] is not None:
        section.update(stated_prior=parse_amount(match["prior"]))
    value = parse_amount(match["num"])
    if value is None:
        return False
    signed = _signed(match["dir"], value)
    unit = match["unit"]
    if match["pct"] is not None and (pct := parse_amount(match["pct"])) is not None:
        section.update(change_pct=_signed(match["dir"], pct))  # ``增加74.97万元（92.82%）``
    if unit == "%":
        return section.update(change_pct=signed)
    if unit == "万元":
        return section.update(change=signed)
    return section.update(quantity_change=signed)
