"""What a figure is about, as a stable name: the subject of a clause.

The same subject is worded differently from one document (and one sentence) to the
next: ``昌吉…局部门收入预算`` and ``中共…局收入预算`` are both ``收入预算``;
``财政拨款“三公”经费预算数为`` and ``2024年财政拨款“三公”经费预算`` (in the sentence
stating the change) both ``财政拨款“三公”经费``. :func:`clean_subject` gives the name
kept on a figure, :func:`subject_key` the form compared when a later clause names
the subject again.
"""

from __future__ import annotations

import regex

from ..text import label_key
from .patterns import CURRENT
from .sentences import ITEM

__all__ = ["budget_path", "clean_subject", "printed_code", "subject_key"]

# Canonical names for subjects that end a longer printed subject (department name,
# year and filler before them). First match wins.
_TERMS: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(rf"(?:{pattern})(?:预算数|预算|数)?(?:为|是)?$"))
    for name, pattern in (
        ("财政拨款收支总预算", r"财政拨款收支总预算"),
        ("收支总预算", r"收支总预算"),
        ("收入预算", r"收入预算"),
        ("一般公共预算基本支出", r"一般公共预算基本支出"),
        ("支出预算", r"(?<!基本|项目|拨款)支出预算"),
        ("一般公共预算拨款合计", r"一般公共预算(?:当年)?拨款合计"),
        ("财政拨款“三公”经费", r"(?:财政拨款)?[“\"]?三公[”\"]?经费(?:预算)?"),
        ("机关运行经费", r"机关运行经费(?:财政拨款)?(?:预算)?"),
        ("政府采购预算", r"政府采购预算"),
        ("面向中小企业预留", r"中小企业预留政府采购项目预算(?:金额)?"),
        ("面向小微企业预留", r"小微企业预留政府采购项目预算(?:金额)?"),
        ("上年结转结余", r"上年结转结余"),
        ("编制数", r"编制(?:人)?数"),
        ("实有人数", r"实有人数"),
    )
)
#: Subjects that a list of parts (其中/包括) follows.
TOTALS = frozenset(
    {
        "收支总预算",
        "收入预算",
        "支出预算",
        "财政拨款收支总预算",
        "一般公共预算拨款合计",
        "一般公共预算基本支出",
        "财政拨款“三公”经费",
        "上年结转结余",
        "政府采购预算",
        "面向中小企业预留",
        "实有人数",
    }
)
_LEAD = regex.compile(
    r"^(?:其中|包括|分别是|主要是|主要为)?(?:\d{4}年(?:度)?(?:的)?，?(?=当年|本部门|本单位|本年度|我单位|$))?"
    r"(?:当年)?(?:本部门|本单位|本年度|我单位)?"
    r"(?:预算绩效管理(?:的)?)?(?:当年)?(?:面向)?"
)
_TAIL = regex.compile(r"(?:预算数)?(?:共)?(?:为|是)?$")
_EQUIPMENT = regex.compile(r"(?<!\d)(\d+)万元以上(?:的)?大型设备$")
_YEAR = regex.compile(r"^\d{4}年(?:度)?")
_WHEN = regex.compile(rf"^(?:{CURRENT}|\d{{4}}年(?:度)?(?:年初)?)$")
# ``一般公共服务支出（类）商贸事务（款）行政运行（项）``, codes printed or not
# (``一般公共服务支出（201类）财政事务（06款）行政运行（01项）``), quoted or not, with
# ``支出``/``科目`` after it (``教育支出（类）支出``); or a quoted 类 (``“教育支出”科目``).
_PATH = regex.compile(
    r"^[“\"]?(?P<c>[^（“\"]+?)（(?P<cc>\d{3})?类）(?:(?P<k>[^（]+?)（(?P<kc>\d{2})?款）)?"
    r"(?:(?P<x>[^（]+?)（(?P<xc>\d{2})?项）)?[”\"]?(?:支出|科目)?$"
)
_QUOTED_CLASS = regex.compile(r"^[“\"](?P<c>[^”\"]{2,20}?支出)[”\"]科目$")


def budget_path(subject: str) -> tuple[str, ...]:
    """The 类/款/项 names of ``一般公共服务支出（类）商贸事务（款）行政运行（项）``."""
    match = _PATH.match(subject)
    if match:
        return tuple(match[g].strip() for g in ("c", "k", "x") if match[g])
    match = _QUOTED_CLASS.match(subject)
    return (match["c"],) if match else ()


def printed_code(subject: str) -> str | None:
    """The code printed in a path (``…（201类）…（06款）…（01项）`` → ``2010601``), or
    ``None`` when the path prints none or only some of its steps' codes."""
    match = _PATH.match(subject)
    if not match or not match["cc"]:
        return None
    code = match["cc"]
    for name, digits in (("k", "kc"), ("x", "xc")):
        if match[name]:
            if not match[digits]:
                return None
            code += match[digits]
    return code


def clean_subject(text: str, *, purchase: bool = False) -> str:
    """The subject as kept on a figure: numbering, filler, department name and year
    dropped where a known subject ends the text; ``purchase`` marks an equipment count
    stated as planned purchases (``安排购置 50 万元以上大型设备``)."""
    text = ITEM.sub("", text.strip()).strip("，：、 ")
    if budget_path(text):
        return text
    text = _TAIL.sub("", text)
    if _WHEN.match(text):
        return ""  # ``2026年年初预算数``, ``2026年预算安排``: this year's amount, no subject
    equipment = _EQUIPMENT.search(text)
    if equipment:
        return f"{'购置' if purchase else ''}价值{equipment.group(1)}万元以上大型设备"
    for name, pattern in _TERMS:
        if pattern.search(text):
            return name
    text = _LEAD.sub("", text)
    if text.endswith("价值") and len(text) > 2:
        text = text[: -len("价值")]
    return text


def subject_key(subject: str) -> str:
    """The form of a subject compared across clauses (``…预算`` and ``…`` are one)."""
    key = _YEAR.sub("", label_key(subject))
    for tail in ("预算数", "预算"):
        if key.endswith(tail) and len(key) > len(tail) + 1:
            return key[: -len(tail)]
    return key
