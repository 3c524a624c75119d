"""The patterns rewritten to linear forms (issue 21, found by the step rule of
``test_linear_patterns.py``) read what their polynomial forms read, on generated lines
made of the pieces they look for (hypothesis). Each is compared the way the package
uses it: ``match`` groups, ``search`` span and groups, ``sub`` result, ``finditer``
matches.

Measured before the rewrite (one core, ``regex`` 2026.11): 16,000 characters of the run
each shared took 1.1 s (code and name, page number, disclosure title, aside), 2.4–2.8 s
(amount in a name, preparer, PDF page number), 7.8 s (duty numbers over blank lines),
8.0 s (economic note) and 15 s (dot leaders) — quadratic; the cover-title tail took 2 s
on 1,000 spaces (cubic).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from xjbudget.narrative.part1 import duty_text

#: What the lines are made of: the pieces the patterns look for, spaces and digits.
PIECES = (
    " ",
    "  ",
    "\t",
    "\u3000",
    "\n",
    "1",
    "12",
    "123",
    "2026",
    ",",
    ".",
    "．",
    "…",
    "-",
    "—",
    "、",
    "：",
    ":",
    "（",
    "）",
    "(",
    ")",
    "，",
    "；",
    "。",
    "一",
    "x",
    "部门",
    "单位",
    "综合",
    "预算",
    "决算",
    "编制",
    "名称",
    "页",
    "第",
    "共",
    "/",
    "注",
    "备注",
    "万元",
    "以上",
    "的",
    "大型设备",
    "本级",
    "汇总",
    "年",
    "度",
    "市级",
    "信息",
    "公开",
    "说明",
    "%",
    "|",
    "101",
)
LINES = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def _spans(pattern: regex.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _match(pattern: regex.Pattern[str], text: str) -> object:
    m = pattern.match(text)
    return m and (m.span(), m.groups())


def _search(pattern: regex.Pattern[str], text: str) -> object:
    m = pattern.search(text)
    return m and (m.span(), m.groups())


def _sub(pattern: regex.Pattern[str], text: str) -> object:
    return pattern.sub("", text)


def _found(pattern: regex.Pattern[str], text: str) -> object:
    return bool(pattern.search(text))


def _duty_marks(pattern: regex.Pattern[str], text: str) -> object:
    """What read_duties takes from the marks: where each ends, and the body up to the
    next one without its trailing blanks (a mark may now start after the blank lines it
    used to swallow)."""
    marks = list(pattern.finditer(text))
    ends = [m.end() for m in marks]
    starts = [m.start() for m in marks[1:]] + [len(text)] * bool(marks)
    return [(end, duty_text(text[end:start])) for end, start in zip(ends, starts, strict=True)]


Compare = Callable[[regex.Pattern[str], str], object]
# (module, attribute, the polynomial form, how it is used)
REWRITTEN: list[tuple[str, str, str, Compare]] = [
    (
        "xjbudget.codes._normalize",
        "_CODE_AND_NAME",
        r"^\s*(?P<code>\d{3}(?:[\s|]*\d{2}){0,2})[\s|]*(?P<name>[^\d\s|].*?)\s*$",
        _match,
    ),
    ("xjbudget.narrative.layout", "_PAGE_NUMBER", r"^\s*[-—–－]*\s*\d{1,4}\s*[-—–－]*\s*$", _match),
    (
        "xjbudget.narrative.part1",
        "_DUTY",
        r"(?:^|(?<=[。；\n]))\s*(?:（[一二三四五六七八九十]{1,3}）|\d{1,2}\s*(?:[、．]|\.(?!\d)))\s*",
        _duty_marks,
    ),
    (
        "xjbudget.narrative.reader",
        "_ASIDE",
        r"(?<=万元|%)（(?P<inner>[^（）]*[，；][^（）]*)）",
        _spans,
    ),
    ("xjbudget.narrative.subjects", "_EQUIPMENT", r"(\d+)万元以上(?:的)?大型设备$", _search),
    (
        "xjbudget.sources.pdf",
        "_PAGE_NUMBER",
        r"^[-–—－\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-–—－\s]*$",
        _match,
    ),
    (
        "xjbudget.structure.segmenter",
        "_PREPARER",
        r"(?:编制(部门|单位)|(部门|单位)(?:名称|[（(]单位[)）]))\s*[:：]\s*(.*?)\s*"
        r"(?:单位\s*[:：]\s*(\S+))?\s*$",
        _search,
    ),
    (
        "xjbudget.structure.segmenter",
        "_DISCLOSURE_TITLE",
        r"(?:部门|单位)\s*(?:综合)?\s*(?:预算|决算)",
        _search,
    ),
    (
        "xjbudget.structure.segmenter",
        "_PAGE_REFERENCE",
        r"(?:[.．…·‥⋯_—-]{2,}\s*\d{0,3}|\s\d{1,3})\s*$",
        _sub,
    ),
    ("xjbudget.tables.economic", "_NOTE", r"\s*(?:注|备注)\s*[:：].*$", _sub),
    ("xjbudget.validate.sentences", "_AMOUNT_IN_NAME", r"\d[\d,]*\.\d", _found),
    (
        "xjbudget.parse",
        "_KIND_TAIL",
        r"(?:(?:19|20)\d{2}\s*年\s*度?)?\s*(?:[市区省县]级)?\s*(?:部门|单位)\s*(?:综合)?\s*"
        r"(?:预算|决算)\s*(?:信息)?\s*(?:公开)?\s*(?:说明)?$",
        _sub,
    ),
    ("xjbudget.parse", "_NAMES_KIND", r"(?:部门|单位)\s*(?:综合)?\s*(?:预算|决算)", _search),
    ("xjbudget.parse", "_SCOPE", r"\s*[（(]\s*(?:本级|汇总)\s*[)）]$", _sub),
]


@pytest.mark.parametrize(
    ("module", "name", "before", "compare"),
    REWRITTEN,
    ids=[f"{m.rsplit('.', 1)[-1]}.{n}-{c.__name__}" for m, n, _, c in REWRITTEN],
)
@settings(max_examples=300)
@given(data=st.data())
def test_the_linear_form_reads_what_the_polynomial_one_read(
    module: str, name: str, before: str, compare: Compare, data: st.DataObject
) -> None:
    after = getattr(importlib.import_module(module), name)
    old = regex.compile(before, after.flags)
    assert old.pattern != after.pattern
    line = data.draw(LINES if name == "_DUTY" else LINES.map(lambda s: s.replace("\n", "")))
    assert compare(after, line) == compare(old, line), line
