"""Part 1 (概况): the numbered duties, the organisation and the staff.

Duties are numbered ``（一）``, ``(二)``, ``1.``, ``2、``, one a paragraph or all in
one (``…等；（二）…``). The organisation sentence names the internal offices
(``下设 8 个科室，分别是：A、B、C``), the budget units (``无下属预算单位`` / ``下属 3
家预算单位`` / ``…预算单位包括：1、… 2、…``) and the 行政/事业 unit counts; the staff
sentence 编制数, 实有人数 and 在职/退休/离休 with their 增加/减少.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..amounts import parse_amount
from ..model.facts import Duty, Figure, Span, Units
from .fold import NUMBER
from .reader import read_figures
from .sentences import ITEM, Sentence, Text, sentences

__all__ = ["read_duties", "read_organisation", "read_staff"]

# A duty's number opens a line or follows 。/；. The blanks before it are taken within its
# own line only: over a run of blank lines every line start would scan the whole run.
_DUTY = regex.compile(
    r"(?:^|(?<=[。；\n]))[^\S\n]*+(?:（[一二三四五六七八九十]{1,3}）|\d{1,2}\s*(?:[、．]|\.(?!\d)))\s*"
)
_N = rf"(?P<num>{NUMBER})"
_OFFICES = regex.compile(
    rf"(?:下设|内设){_N}个(?:内设)?(?:处室|科室|内设机构|职能科室|部门|机构|科)"
)
_OFFICE_NAMES = regex.compile(r"分别(?:是|为)：(?P<names>[^。\n]+)")
_NO_UNITS = regex.compile(r"无下属(?:预算)?单位")
_UNITS = regex.compile(rf"下属{_N}(?:家|个)(?:预算)?单位")
_KIND = regex.compile(rf"(?P<kind>行政单位|事业单位){_N}(?:家|个)")
_UNIT_LIST = regex.compile(r"预算单位包括：\s*(?P<list>.+)$", regex.DOTALL)
_STAFF = regex.compile(r"编制(?:人)?数|实有人数|在职|退休|离休")


def read_duties(joined: Text) -> tuple[Duty, ...]:
    """The numbered duties (a section without numbering gives one duty a sentence)."""
    text = joined.text
    marks = list(_DUTY.finditer(text))
    if not marks:
        return tuple(
            Duty(number, s.text, s.span) for number, s in enumerate(sentences(joined), start=1)
        )
    duties: list[Duty] = []
    for number, mark in enumerate(marks, start=1):
        end = marks[number].start() if number < len(marks) else len(text)
        body = duty_text(text[mark.end() : end])
        duties.append(Duty(number, body, joined.span(mark.end(), mark.end() + len(body))))
    return tuple(duties)


def duty_text(text: str) -> str:
    """``text`` without the separators and blanks (blank lines too) it ends with."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in "；;"):
        end -= 1
    return text[:end]


def _count(subject: str, match: regex.Match[str], unit: str, joined: Text) -> Figure:
    return Figure(
        "units",
        subject,
        joined.span(match.start(), match.end()),
        quantity=parse_amount(match["num"]),
        quantity_unit=unit,
    )


def _unit_figures(joined: Text) -> Iterator[Figure]:
    text = joined.text
    if match := _OFFICES.search(text):
        yield _count("内设机构", match, "个", joined)
    if match := _NO_UNITS.search(text):
        yield Figure(
            "units",
            "下属预算单位",
            joined.span(match.start(), match.end()),
            quantity=parse_amount("0"),
            quantity_unit="家",
        )
    elif match := _UNITS.search(text):
        yield _count("下属预算单位", match, "家", joined)
    for match in _KIND.finditer(text):
        yield _count(match["kind"], match, "家", joined)


def read_organisation(joined: Text) -> tuple[tuple[Figure, ...], Units | None]:
    """The counts of offices and units (topic ``units``) and their names."""
    figures = tuple(sorted(_unit_figures(joined), key=lambda f: f.span.start))
    text = joined.text
    offices: tuple[str, ...] = ()
    span: Span | None = None
    if match := _OFFICE_NAMES.search(text):
        offices = tuple(n.strip() for n in match["names"].split("、") if n.strip())
        span = joined.span(match.start(), match.end())
    budget_units: tuple[str, ...] = ()
    if match := _UNIT_LIST.search(text):
        entries = match["list"].split("\n")
        listed = [ITEM.sub("", e).strip(" 。；") for e in entries if ITEM.match(e)]
        budget_units = tuple(listed or (n.strip(" 。；") for n in entries[0].split("、")))
        span = span or joined.span(match.start(), len(text))
    if not figures and not offices and not budget_units:
        return (), None
    return figures, Units(offices, budget_units, span)


def read_staff(items: Sequence[Sentence]) -> tuple[Figure, ...]:
    """编制数, 实有人数 and 在职/退休/离休 with their changes (topic ``staff``)."""
    figures, _ = read_figures("staff", [s for s in items if _STAFF.search(s.text)])
    return tuple(f for f in figures if f.quantity is not None)
