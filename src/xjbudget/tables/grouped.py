"""Rows grouped under the rows that subtotal them: a unit's row over its projects.

Several templates print a table's rows under subtotal rows without any code to say so:
Guangzhou's 项目支出及其他支出预算表 and 基本支出预算表 and Shenzhen's 项目支出总表 and
基本支出总表 print a unit's row, then its projects (or economic classes), then the next
unit; Xi'an's 专项业务经费支出表 nests deeper (部门 › 单位 › 通用项目 / 专用项目 › a
category › its projects). Which rows are groups is read from the table's own arithmetic,
with the names as support.

**The rule.** Walking the rows from the last up, the rows already placed form a run of
top-level nodes (a leaf row, or a group row with the rows under it). A row is a *group*
when the first *k* of the nodes that follow it add up to its amounts in every column
(an empty cell counts as zero on both sides; a sum of several within their rounding,
half a cent each), and

- *k* ≥ 2 and the row holds an amount other than zero, or
- *k* = 1 and the one node under it is itself a group (a 部门 over its only unit) or
  the row has *name evidence* (a unit code, a unit's name: ``named``).

Among several such *k* (rows of zeros at the end of a unit) the longest is taken. A node
with name evidence never goes under a row without: a project whose amount happens to
equal the next unit's total does not swallow that unit. A row with name evidence that
no run of the nodes after it adds up to is still a group, of the nodes up to the next
row with name evidence (a misprinted or misread subtotal: validation then reports the
sum that fails), when at least one node follows it.

A row naming a unit that no run adds up to, or whose run leaves rows before the next row
naming a unit, is given the nesting of those rows (every way they can stand under each
other, up to 60 rows) in which each group is the sum of its rows and all of them add up
to the unit, where there is one (:func:`_parse_unit`); else, the groups without a name
among them undone, a run of the rows adding up to it (:func:`_undone`).

A leaf that equals the one row after it (two projects of the same amount) is no group:
a single child needs a group under it or name evidence. Only where no run of the nodes
adds up to a row is such a pair taken as a group over its one child (Xi'an's 大型活动
750,000.00 over its only project 统计业务培训 750,000.00, under 通用项目 = 大型活动 +
大宗印刷项目 + …): the pair then counts as one node of the run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

import regex
from attrs import frozen

from ..text import label_key

__all__ = ["Grouping", "group_rows", "names_a_unit"]

# A unit's name ends in what an organisation is called: 局, 委员会, 办公室, 中心, 站 …,
# or says it is the department's own part: （本级）.
_UNIT_NAME = regex.compile(
    r"(?:局|委员会|委|办公室|办|中心|站|所|院|队|馆|处|厅|署|会|社|校|学校|医院|部|"
    r"研究院|集团|公司|本级)$"
)
_UNIT_CODE = regex.compile(r"^\d{3,12}$")
_LAST_BRACKET = regex.compile(r"[（(][^（()）]*[)）]$")


def names_a_unit(name: str, code: str | None = None, department: str | None = None) -> bool:
    """Name evidence that a row is a unit's: a unit code printed beside it (``116001``),
    the department's own name, or a name ending in what an organisation is called
    (…局, …中心, …办公室, …（本级）)."""
    if code and _UNIT_CODE.match(code.strip()):
        return True
    key = label_key(name)
    if not key:
        return False
    if department and key == label_key(department):
        return True
    # What a bracket at the end says is no name of the row (…项目（3033生态环境专项资金
    # 西安市生态环境局）is a project), unless it is （本级）.
    last = _LAST_BRACKET.search(name.strip())
    if last is not None and label_key(last.group()) == "本级":
        return True
    bare = name.strip()[: last.start()] if last is not None else name
    return _UNIT_NAME.search(label_key(bare)) is not None


@frozen
class Grouping:
    """Where one row stands: ``parent`` the index of the group row it is under (``None``
    at the top), ``depth`` 0 at the top, ``group`` whether rows stand under it, and
    ``by_sum`` whether its children add up to it (``False`` for a group made by name
    evidence alone)."""

    parent: int | None
    depth: int
    group: bool
    by_sum: bool = False


@frozen
class _Node:
    index: int
    named: bool
    group: bool


def _amounts(values: Mapping[str, Decimal | None]) -> dict[str, Decimal]:
    return {k: v for k, v in values.items() if v is not None}


# Half a cent (the printed precision, 0.01) for each amount added up: the slip rounding
# each of them to two decimals can make in a sum.
_HALF_CENT = Decimal("0.005")


def _equal(a: Mapping[str, Decimal], b: Mapping[str, Decimal], items: int = 1) -> bool:
    """Equal in every column; for a sum of ``items`` ≥ 2 amounts, within their
    rounding (Guangzhou's units are off their projects by 0.01 here and there)."""
    zero = Decimal(0)
    bound = items * _HALF_CENT if items >= 2 else zero
    return all(abs(a.get(k, zero) - b.get(k, zero)) <= bound for k in a.keys() | b.keys())


def adds_up(
    own: Mapping[str, Decimal | None], parts: Sequence[Mapping[str, Decimal | None]]
) -> bool:
    """Whether a row of ``own`` amounts is the sum of the rows of ``parts`` in every
    column, within the rounding of the parts (half a cent each: 深圳's 深圳市水务局 is
    off the sum of its thirteen units by 0.01 or 0.02), and holds an amount other than
    zero."""
    mine = _amounts(own)
    acc: dict[str, Decimal] = {}
    for part in parts:
        for key, value in _amounts(part).items():
            acc[key] = acc.get(key, Decimal(0)) + value
    return bool(parts) and any(v != 0 for v in mine.values()) and _equal(acc, mine, len(parts))


def _take(
    own: Mapping[str, Decimal],
    named: bool,
    units: Sequence[tuple[_Node, ...]],
    amounts: Sequence[Mapping[str, Decimal]],
    ends: Sequence[bool] | None = None,
) -> int:
    """How many of ``units`` (nodes, or a leaf with the one node under it) the row of
    ``own`` amounts is the sum of, by the rule of the module; 0 when none. With
    ``ends``, only a run ending where ``ends`` is true counts."""
    nonzero = any(v != 0 for v in own.values())
    acc: dict[str, Decimal] = {}
    take = 0
    for k, unit in enumerate(units):
        head = unit[0]
        if head.named and not named:
            break
        for key, value in amounts[head.index].items():
            acc[key] = acc.get(key, Decimal(0)) + value
        if not _equal(acc, own, k + 1):
            continue
        if ends is not None and not ends[k]:
            continue
        if (k >= 1 and nonzero) or (k == 0 and (head.group or len(unit) > 1 or named)):
            take = k + 1
    return take


def _paired(
    forest: Sequence[_Node], amounts: Sequence[Mapping[str, Decimal]]
) -> list[tuple[_Node, ...]]:
    """The forest with each leaf that equals the node after it (not a named one) taken
    as the group of that node: 大型活动 750,000 over its only project 统计业务培训 750,000."""
    units: list[tuple[_Node, ...]] = []
    k = 0
    while k < len(forest):
        node = forest[k]
        after = forest[k + 1] if k + 1 < len(forest) else None
        if (
            after is not None
            and not node.group
            and not after.named
            and any(v != 0 for v in amounts[node.index].values())
            and _equal(amounts[node.index], amounts[after.index])
        ):
            units.append((node, after))
            k += 2
        else:
            units.append((node,))
            k += 1
    return units


def _group(
    amounts: Sequence[Mapping[str, Decimal]],
    named: Sequence[bool],
    pairs_first: bool,
    by_name: bool,
) -> tuple[dict[int, list[int]], set[int], list[_Node]]:
    """One reading of the rows: the children of each group, the groups their children
    add up to, and the top-level nodes. ``pairs_first`` tries a leaf over the one node
    after it before the nodes one by one; ``by_name`` makes a row with name evidence a
    group even where no run adds up to it."""
    children: dict[int, list[int]] = {}
    by_sum: set[int] = set()
    forest: list[_Node] = []  # the top-level nodes after the current row, in order
    for i in range(len(amounts) - 1, -1, -1):
        readings: list[list[tuple[_Node, ...]]] = [
            [(node,) for node in forest],
            _paired(forest, amounts),
        ]
        if pairs_first:
            readings.reverse()
        take, units = 0, readings[0]
        for units in readings:
            take = _take(amounts[i], named[i], units, amounts)
            if take:
                break
        stranded = take and named[i] and take < len(units) and not units[take][0].named
        if stranded and _parse_unit(i, forest, amounts) is not None:
            # Rows left between the unit's run and the next unit: a nesting that takes
            # them all in is the unit's (read below).
            take = 0
        if take:
            by_sum.add(i)
            for unit in units[:take]:
                if len(unit) > 1:  # a leaf over the one node after it
                    children[unit[0].index] = [unit[1].index]
                    by_sum.add(unit[0].index)
        elif named[i] and (parsed := _parse_unit(i, forest, amounts)) is not None:
            segment_end = next((node.index for node in forest if node.named), len(amounts))
            for group in [g for g in children if i < g < segment_end]:
                del children[group]
                by_sum.discard(group)
            for group, under in parsed.items():
                children[group] = under
                by_sum.add(group)
            forest = [_Node(i, True, True), *(node for node in forest if node.index >= segment_end)]
            continue
        elif named[i] and (undone := _undone(i, forest, children, amounts, named)):
            heads, consumed, undo = undone
            for group in undo:
                del children[group]
                by_sum.discard(group)
            by_sum.add(i)
            children[i] = heads
            forest = [_Node(i, True, True), *forest[consumed:]]
            continue
        elif by_name and named[i] and forest:
            # Name evidence alone: the nodes up to the next named one.
            units = [(node,) for node in forest]
            take = next((k for k, node in enumerate(forest) if node.named), len(forest))
        if take:
            children[i] = [unit[0].index for unit in units[:take]]
            rest = [node for unit in units[take:] for node in unit]
            forest = [_Node(i, named[i], True), *rest]
        else:
            forest.insert(0, _Node(i, named[i], False))
    return children, by_sum, forest


def _undone(
    i: int,
    forest: Sequence[_Node],
    children: Mapping[int, Sequence[int]],
    amounts: Sequence[Mapping[str, Decimal]],
    named: Sequence[bool],
) -> tuple[list[int], int, list[int]] | None:
    """For a row naming a unit that no run of the nodes after it adds up to: the run of
    the rows after it, the groups without name evidence among them undone (a project
    equal by chance to the sum of the projects after it, among a unit's 200 projects),
    that adds up to it, ending where a node ends: ``(the rows under it, the nodes
    taken, the groups undone)``."""
    leaves: list[tuple[_Node, ...]] = []
    ends: list[bool] = []
    undo: list[list[int]] = []
    for node in forest:
        if node.named and not named[i]:
            break
        subtree = [node.index]  # a node kept whole: a leaf, or a group naming a unit
        if node.group and not node.named:
            stack = [node.index]
            subtree = []
            while stack:
                at = stack.pop()
                subtree.append(at)
                stack.extend(children.get(at, ()))
            subtree.sort()
        if subtree != list(range(subtree[0], subtree[0] + len(subtree))):
            break  # not a run of rows
        for at in subtree:
            whole = len(subtree) == 1
            leaves.append((_Node(at, named[at], node.group and whole),))
            ends.append(at == subtree[-1])
        undo.append([at for at in subtree if at in children])
    if not any(len(u) for u in undo):
        return None
    take = _take(amounts[i], named[i], leaves, amounts, ends)
    if not take:
        return None
    consumed = sum(ends[:take])
    heads = [leaf[0].index for leaf in leaves[:take]]
    return heads, consumed, [g for groups in undo[:consumed] for g in groups]


#: The most rows under a unit read by :func:`_parse_unit` (its work grows as the cube).
_PARSE_LIMIT = 60


def _parse_unit(
    i: int, forest: Sequence[_Node], amounts: Sequence[Mapping[str, Decimal]]
) -> dict[int, list[int]] | None:
    """For a row naming a unit that the readings one run at a time cannot make add up:
    every way the rows down to the next row naming a unit can stand under each other,
    searched for one in which each group is the sum of the rows directly under it and the
    rows under none add up to the unit (西安's 法律援助中心: 委托咨询业务 over its only
    project and 宣传片拍摄制作项目 over its namesake, where 案件质量管理 200,000 is also the
    sum of the two 100,000 after it). The children of the unit and of each group, or
    ``None`` (none found, or more than :data:`_PARSE_LIMIT` rows)."""
    lo = i + 1
    hi = next((node.index for node in forest if node.named), len(amounts))
    if not lo < hi <= lo + _PARSE_LIMIT:
        return None
    keys = sorted({k for a in amounts[i:hi] for k in a})
    zero = Decimal(0)

    def vector(at: int) -> tuple[Decimal, ...]:
        return tuple(amounts[at].get(k, zero) for k in keys)

    def plus(a: tuple[Decimal, ...], b: tuple[Decimal, ...]) -> tuple[Decimal, ...]:
        return tuple(x + y for x, y in zip(a, b, strict=True))

    # sums[(s, e)]: the top-level sums a forest of rows s … e-1 can have, each with the
    # end of its first tree (a tree of rows s … m-1: s over a forest of s+1 … m-1).
    sums: dict[tuple[int, int], dict[tuple[Decimal, ...], int]] = {}
    for s in range(hi - 1, lo - 1, -1):
        own = vector(s)
        for e in range(s + 1, hi + 1):
            found: dict[tuple[Decimal, ...], int] = {}
            for m in range(s + 1, e + 1):
                if m > s + 1 and own not in sums[(s + 1, m)]:
                    continue  # rows s+1 … m-1 do not add up to row s
                rest = {tuple([zero] * len(keys)): m} if m == e else sums[(m, e)]
                for total in rest:
                    found.setdefault(plus(own, total), m)
                if len(found) > 4096:
                    return None
            sums[(s, e)] = found
    if vector(i) not in sums[(lo, hi)]:
        return None
    children: dict[int, list[int]] = {}

    def build(s: int, e: int, total: tuple[Decimal, ...], parent: int) -> None:
        while s < e:
            m = sums[(s, e)][total]
            children.setdefault(parent, []).append(s)
            if m > s + 1:
                build(s + 1, m, vector(s), s)
            total = tuple(x - y for x, y in zip(total, vector(s), strict=True))
            s = m

    build(lo, hi, vector(i), i)
    return children


def group_rows(
    values: Sequence[Mapping[str, Decimal | None]],
    named: Sequence[bool],
    total: Mapping[str, Decimal | None] | None = None,
) -> tuple[Grouping, ...]:
    """The grouping of rows (no total row among them) by the rule of this module:
    ``values`` the amounts of each row by column, ``named`` whether each has name
    evidence (:func:`names_a_unit`), ``total`` the table's 合计 row where printed.

    Four readings are made: with and without groups made by name evidence alone, each
    trying the nodes one by one first and a leaf over the one node after it first (see
    the module docstring). The one with fewest misses — groups that do not add up, rows
    naming a unit that head no group, a top level not adding up to ``total`` where
    printed — is kept, the first on a tie. Where no
    row with name evidence adds up to the rows after it (烟台 prints projects named
    …（本级） or …-救助中心 and no unit row), name evidence makes no group; nor where a
    row naming a unit stands among another unit's projects (广州市城市规划展览中心 under
    广州市规划和自然资源局) and only without its group does the unit add up."""
    n = len(values)
    if len(named) != n:
        raise ValueError("one name flag per row")
    amounts = [_amounts(v) for v in values]
    best: tuple[int, dict[int, list[int]], set[int]] | None = None
    for by_name, pairs_first in ((True, False), (True, True), (False, False), (False, True)):
        children, by_sum, forest = _group(amounts, named, pairs_first, by_name)
        if by_name and not any(named[g] for g in by_sum):
            continue  # no row with name evidence adds up: the names are no evidence
        # A group that does not add up, or a row naming a unit that heads no group.
        misses = sum(1 for g in children if g not in by_sum)
        misses += sum(1 for i, is_named in enumerate(named) if is_named and i not in children)
        if total is not None:
            top: dict[str, Decimal] = {}
            for node in forest:
                for key, value in amounts[node.index].items():
                    top[key] = top.get(key, Decimal(0)) + value
            misses += not _equal(top, _amounts(total), len(forest))
        if best is None or misses < best[0]:
            best = (misses, children, by_sum)
    assert best is not None
    _, children, by_sum = best
    parent: dict[int, int] = {c: p for p, cs in children.items() for c in cs}
    out: list[Grouping] = []
    for i in range(n):
        depth, up = 0, parent.get(i)
        while up is not None:
            depth += 1
            up = parent.get(up)
        out.append(Grouping(parent.get(i), depth, i in children, i in by_sum))
    return tuple(out)
