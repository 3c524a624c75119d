"""The economic class of a project's money, as the document itself states it.

A flattened 表7 row printing a project's total and one more amount does not say which
of the ten economic columns (工资福利支出 … 其他支出) the amount is in: the arithmetic ties.
Part 3's 一般公共预算项目支出情况说明 describes each project (``项目名称：…``,
``预算安排规模：82.00 万元``, ``资金分配情况：其他对企业补助82万元。``), and its 资金分配情况
names the 支出经济分类 items the money goes to (差旅费, 劳务费, 委托业务费 …) with their
amounts. Each item belongs to one 类 of the classification (财政部《政府收支分类科目》,
部门预算支出经济分类: 30211 差旅费 under 302 商品和服务支出, 31299 其他对企业补助 under 312
对企业补助 …), and each 类 is one column of 表7 (the column whose label is the 类's
name). So a project whose items all fall in one 类, and whose item amounts add up to its
预算安排规模, has its money in that column — the document says so, nothing is guessed.

An item name found in two 类 (其他对企业补助 is 31199 and 31299) is taken as the 类 not
reserved for 基本建设 (309, 311) unless the project's text says 建设: those two 类 hold
capital-construction projects only. Anything else — items that do not add up to the
project's amount (003: 会议费 3 万元 and 培训费 1 万元 named among four uses of 8 万元),
items of several 类, no 资金分配情况 or "不予公开" — decides nothing.

Every project part 3 describes with an amount is kept, decided or not: a 表7 row is
given a column only when every described project its label and amount could be agrees
on it, so a project whose class is not stated blocks a guess from a namesake.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

import regex
from attrs import frozen

from ..catalog import TableSpec
from ..codes import table as code_table
from ..errors import XjbudgetError
from ..sources.lines import SourceLine
from ..text import label_key, normalize_text

__all__ = ["ProjectClass", "project_classes", "project_columns"]

_NAME = regex.compile(r"项目名称\s*[：:]\s*(.+)$")
_SIZE = regex.compile(r"预算安排规模\s*[：:]\s*(\d[\d,]*(?:\.\d+)?)\s*万?元")
_USE = regex.compile(r"资金分配情况\s*[：:]\s*(.*)$")
# The next labelled line of a project's description (资金执行时间：…), a heading
# (``（二）``, ``三、``, ``2.``) — not an allocation wrapped before an amount
# (``0.03 万元、…``), whose ``0.`` is a decimal point.
_NEXT_LABEL = regex.compile(
    r"^\s*\S{2,10}\s*[：:]|^\s*[（(]?[一二三四五六七八九十\d]+(?:[）)、]|\.(?!\d))"
)
_AMOUNT = r"\s*(\d[\d,]*(?:\.\d+)?)\s*万?元"
_SHARED = 6  # characters of a project's name in a row's label that identify it
# A name wrapped in its cell leaves its first line at the end of the row's label (the name
# cell is the last before the amounts) and the rest to the lines below, which converters
# join to the next row. The first line identifies the project with this many characters
# (the narrowest name cells print four or five); below that the label's end could be the
# function name's.
_FIRST_LINE = 4
_CONSTRUCTION = frozenset({"309", "311"})  # 资本性支出（基本建设）, 对企业补助（基本建设）


@frozen
class ProjectClass:
    """What part 3 says of one project: its name, its amount (预算安排规模, as printed)
    and the 支出经济分类 类 its 资金分配情况 puts all of it in (``None``: not stated)."""

    name: str
    amount: Decimal
    economic_class: str | None


def _items(year: int | None) -> list[tuple[str, frozenset[str]]]:
    """Every 类 and 款 name of the economic classification with the 类 it is in, longest
    first (``其他交通费用`` before ``交通费``), the name's key for matching."""
    try:
        entries = list(code_table("economic-dept", year or 2024))
    except XjbudgetError:
        return []
    classes: dict[str, set[str]] = {}
    for entry in entries:
        classes.setdefault(_key(entry.name), set()).add(entry.code[:3])
    return sorted(((k, frozenset(v)) for k, v in classes.items()), key=lambda i: -len(i[0]))


def _key(text: str) -> str:
    """``text`` compared as printed, amounts kept: NFKC-folded (``（`` → ``(``), no space,
    case folded (``PPP项目`` in the table, ``ppp项目`` in part 3)."""
    return regex.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def _class_of(
    text: str, amount: Decimal, items: Sequence[tuple[str, frozenset[str]]]
) -> str | None:
    """The one 类 of the items ``text`` names, when their amounts add up to ``amount``."""
    key = _key(text)
    found: list[tuple[frozenset[str], Decimal]] = []
    taken = [False] * len(key)
    for name, classes in items:
        # 其他交通费用 is printed 其他交通费 too.
        stem = regex.escape(name[:-1]) + "用?" if name.endswith("用") else regex.escape(name)
        for match in regex.finditer(stem + _AMOUNT, key):
            if any(taken[match.start() : match.end()]):
                continue  # part of a longer item name already read (其他交通费用 / 交通费)
            try:
                value = Decimal(match.group(1).replace(",", ""))
            except InvalidOperation:
                continue
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
            found.append((classes, value))
    if not found or sum((v for _, v in found), Decimal(0)) != amount:
        return None
    building = "建设" in key
    chosen: set[str] = set()
    for classes, _ in found:
        narrowed = classes if building else (classes - _CONSTRUCTION or classes)
        if len(narrowed) != 1:
            return None
        chosen |= narrowed
    return next(iter(chosen)) if len(chosen) == 1 else None


def project_classes(lines: Sequence[SourceLine], year: int | None) -> tuple[ProjectClass, ...]:
    """The projects part 3 describes with their amount, in the order printed, each with
    the economic 类 all its money is in when the text states one (see the module
    docstring)."""
    items = _items(year)
    found: list[ProjectClass] = []
    texts = [normalize_text(line.text) for line in lines]
    for start, text in enumerate(texts):
        name_match = _NAME.search(text)
        if name_match is None:
            continue
        amount: Decimal | None = None
        use = ""
        for index in range(start + 1, min(start + 40, len(texts))):
            line = texts[index]
            if _NAME.search(line):
                break
            size = _SIZE.search(line)
            if size is not None:
                amount = Decimal(size.group(1).replace(",", ""))
            used = _USE.search(line)
            if used is not None:
                use = used.group(1)
                for more in texts[index + 1 : index + 6]:
                    if not more or _NEXT_LABEL.search(more) or _NAME.search(more):
                        break
                    use += more
                break
        if amount is None:
            continue
        economic_class = _class_of(use + name_match.group(1), amount, items) if use else None
        found.append(ProjectClass(normalize_text(name_match.group(1)), amount, economic_class))
    return tuple(found)


def project_columns(
    spec: TableSpec,
    label: str,
    total: Decimal,
    projects: Sequence[ProjectClass],
    year: int | None,
) -> str | None:
    """The 表7 column of the row ``label`` whose total is ``total``: the column of the
    class part 3 states for the project of that amount whose name the label holds (in
    order: a name wrapped in its cell comes out interleaved with the row's other cells,
    ``2024年乌鲁木其他技术与开齐市益民大厦发支出…``; or, failing that, six characters of it
    in a row; or the label ending with the first line of its name, the rest of the name
    wrapped into the next row), when all such projects part 3 describes agree and state
    their class."""
    row = _key(label)
    same = [p for p in projects if p.amount == total]
    # The name whole, in order; else (its pieces went partly to the rows around, the
    # cell wrapped over many lines) the projects of which the label holds the most: the
    # longest run of _SHARED characters or more, or the label's end as a first line of
    # _FIRST_LINE or more. Of two names beginning alike (乌财企〔2023〕95号…, …96号…) the
    # one the label holds more of is the row's.
    named = [p for p in same if _subsequence(_key(p.name), row)]
    if not named:
        held = {id(p): _held(_key(p.name), row) for p in same}
        most = max(held.values(), default=0)
        named = [p for p in same if most and held[id(p)] == most]
    classes = {p.economic_class for p in named}
    if len(classes) != 1:
        return None
    (economic_class,) = classes
    if economic_class is None:
        return None
    try:
        entry = next(
            e for e in code_table("economic-dept", year or 2024) if e.code == economic_class
        )
    except (StopIteration, XjbudgetError):
        return None
    wanted = label_key(entry.name)
    columns = [c.key for c in spec.columns if c.key != "total" and wanted in c.label_keys()]
    return columns[0] if len(columns) == 1 else None


def _held(name: str, label: str) -> int:
    """How many characters of ``name`` ``label`` holds as one piece: its longest run in
    the label (``_SHARED`` or more), or the label's end as the name's first line (a
    wrapped cell's: ``_FIRST_LINE`` or more, not all of it); 0 when neither."""
    run = max(
        (
            n
            for n in range(_SHARED, len(name) + 1)
            for i in range(len(name) - n + 1)
            if name[i : i + n] in label
        ),
        default=0,
    )
    first = max(
        (end for end in range(_FIRST_LINE, len(name)) if label.endswith(name[:end])), default=0
    )
    return max(run, first)


def _subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return bool(needle) and all(ch in it for ch in needle)
