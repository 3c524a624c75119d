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
from .sentences import ITEM, Sentence
from .subjects import TOTALS, budget_path, clean_subject, subject_key

__all__ = ["read_figures"]

_N = rf"(?P<num>{NUMBER})"
_SPLIT = regex.compile(r"[，：]")
_REASON = regex.compile(r"^(?:其)?(?:主要)?原因(?:主要)?(?:是|为|在于)?[：]?")
_PURPOSE = regex.compile(r"^(?:主要)?用于")
_ITEMS = regex.compile(r"^(?:主要)?包括(?:以下)?")
_SHARE = regex.compile(rf"^占(?:比)?(?:为)?{_N}%$")
_FLAT = regex.compile(
    r"^(?P<subj>.*?)(?:与|较|同|和)上年(?:预算)?(?:数)?(?:相比)?(?:持平|一致|相同|相等|无变化)$"
)
_CHANGE = regex.compile(
    rf"^(?P<subj>.*?)(?:(?:比|较|同比)?上年(?:预算)?(?:数)?)?"
    rf"(?P<dir>增加|减少|增长|下降|上升|降低|增|减)了?{_N}(?P<unit>万元|%|人|名|个|辆|台)$"
)
_NIL = regex.compile(
    r"^(?:(?P<subj>.+?)(?:均)?(?:未安排|无安排)|.*?未安排(?P<subj2>[^是的]{2,12}))$"
)
_AMOUNT = regex.compile(rf"^(?P<subj>.*?)(?:为)?{_N}万元$")
_QUANTITY = regex.compile(
    rf"^(?P<subj>.*?){_N}(?P<unit>平方米|人|名|个|辆|台|家)$|^(?P<subj2>.*编制(?:人)?数)(?:为)?{_N}$"
)
_COUNT_FIRST = regex.compile(rf"^(?P<pre>.*?(?:有|下设|设))?{_N}(?P<unit>个|家|名)(?P<subj>\D+)$")
# A sentence stating a figure of its own (so not the rest of a reason cut by ；).
_OWN_FIGURE = regex.compile(r"占\d|比上年|较上年|未安排|持平|(?:增加|减少|增长|下降)\d")
_UP = frozenset({"增加", "增长", "上升", "增"})


def _signed(direction: str, value: Decimal) -> Decimal:
    signed = value if direction in _UP else -value
    return signed.copy_abs() if signed.is_zero() else signed


def _attach_target(subject: str) -> bool:
    """Whether a money clause adds to the figure just opened rather than opening one."""
    return subject in ("", "价值") or subject.startswith("涉及")


class _Section:
    """The figures of one section while they are being read (local to one call)."""

    def __init__(self, topic: Topic) -> None:
        self.topic = topic
        self.figures: list[Figure] = []
        self.current: int | None = None

    def open(self, subject: str, span: Span, role: Role, **values: Any) -> None:
        path = budget_path(subject)
        self.figures.append(Figure(self.topic, subject, span, role, path=path, **values))
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
    topic: Topic, items: Sequence[Sentence]
) -> tuple[tuple[Figure, ...], tuple[Statement, ...]]:
    """The figures stated by the sentences of one section, and for every sentence that
    states figures how many of them were read."""
    section = _Section(topic)
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
        read, reason_open = _read_sentence(section, sentence)
        if total:
            statements.append(Statement(sentence.span, total, min(read, total)))
    return tuple(_with_roles(section.figures)), tuple(statements)


def _with_roles(figures: list[Figure]) -> list[Figure]:
    return [
        attrs.evolve(f, role="total") if f.subject in TOTALS and f.role == "part" else f
        for f in figures
    ]


def _read_sentence(section: _Section, sentence: Sentence) -> tuple[int, bool]:
    """Read one sentence into ``section``; ``(figures read, reason still open)``."""
    text = sentence.text
    role: Role = "item" if ITEM.match(text) else "part"
    purchase = "购置" in text
    pending = ""
    read = 0
    listing = False  # after 其中/包括 the figures are parts, not totals
    clauses = _clauses(text)
    for index, (offset, raw, mark) in enumerate(clauses):
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
            section.update(purpose=rest[match.end() :].lstrip("："))
            return read + count_figures(rest), False
        names = text[offset + len(raw) + 1 :]
        if _ITEMS.match(clause) and mark == "：" and not count_figures(names):
            section.update(
                items=tuple(n.strip() for n in regex.split("[、，]", names) if n.strip())
            )
            return read, False
        if clause == "完全不予公开":
            section.update(purpose=clause)
            continue
        consumed = _read_clause(section, clause, sentence.span, role, pending, purchase)
        if consumed:
            read += count_figures(clause)
            if opens_list and section.current is not None:
                section.update(role="total")
            pending = ""
        elif mark == "：" and not count_figures(clause):
            pending = clean_subject(clause)
    return read, False


def _read_clause(
    section: _Section, clause: str, span: Span, role: Role, pending: str, purchase: bool
) -> bool:
    """Read one clause; whether it was recognised."""
    if match := _SHARE.match(clause):
        return section.update(share=parse_amount(match["num"]))
    if match := _FLAT.match(clause):
        subject = clean_subject(match["subj"])
        if subject and not section.select(subject):
            section.open(subject, span, role)
        return section.update(change=Decimal(0), change_pct=Decimal(0))
    if match := _CHANGE.match(clause):
        return _read_change(section, match, span, role)
    if match := _NIL.match(clause):
        subject = clean_subject(match["subj"] or match["subj2"] or "")
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
            return False
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


def _read_change(section: _Section, match: regex.Match[str], span: Span, role: Role) -> bool:
    subject = clean_subject(match["subj"])
    if subject and not section.select(subject):
        section.open(subject, span, role)
    value = parse_amount(match["num"])
    if value is None:
        return False
    signed = _signed(match["dir"], value)
    unit = match["unit"]
    if unit == "%":
        return section.update(change_pct=signed)
    if unit == "万元":
        return section.update(change=signed)
    return section.update(quantity_change=signed)
