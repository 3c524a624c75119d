"""Performance target tables (绩效目标表) in flattened text: no cells, only lines.

A converter that drops the grid prints such a table in one of two ways, and the reader
takes either:

- **row per line** (pdfplumber, ``pdftotext -raw``): each indicator is one line —
  ``产出指标 数量指标 民爆检查（次） ≥4次 计划标准 新增 3 按照正常比例赋分 工作资料`` —
  with the weight (分值权重, a bare number) as its anchor, and a cell wrapped over lines
  printed around it: since the short cells of a row sit at its vertical middle, the
  wrapped cell has as many lines above the row's line as below it
  (``工业企业安全生产检查（次`` / the row / ``）``);
- **cell after cell** (``001``): every cell on lines of its own, wrapped cells one piece
  a line, the weight closing the row on a line alone.

The labels of the header block (部门名称, 项目名称, 年度预算总额 …) and of the indicator
header (一级指标 … 分值权重) are matched on their :func:`~xjbudget.text.label_key`, so a
label broken by spaces (``其他资 金：``) still reads.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from decimal import Decimal
from itertools import combinations

import regex
from attrs import define, field

from ..amounts import is_amount, parse_amount
from ..model import Indicator, Location
from ..sources.lines import SourceLine
from ..text import label_key, normalize_text

__all__ = ["FlatReading", "read_flat_performance"]

# Where a flattened table ends: the next section heading or part.
_END = regex.compile(
    r"^\s*(?:第\s*[一二三四]\s*部分|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．])"
)
_YEAR = regex.compile(r"^[(（]\s*\d{4}\s*年\s*[)）]$")
# A value cell that starts with a comparison: ＞=12%, ≥5次, =100%.
_COMPARISON = regex.compile(r"^[<>＜＞≤≥=＝]")
_UNIT = regex.compile(r"^[(（][^)）]{0,4}[)）]$")
_WEIGHT = regex.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
_LEVEL1 = frozenset(
    {"产出指标", "成本指标", "效益指标", "满意度指标", "履职效能", "管理效率", "社会效应"}
)
_LEVEL2 = frozenset(
    {
        "数量指标",
        "质量指标",
        "时效指标",
        "经济成本指标",
        "社会成本指标",
        "生态成本指标",
        "经济效益指标",
        "社会效益指标",
        "生态效益指标",
        "可持续影响指标",
        "满意度指标",
        "服务对象满意度指标",
    }
)
_FIELD_LABELS = {
    "部门名称": "unit",
    "部门名称盖章": "unit",
    "预算单位": "unit",
    "单位名称": "unit",
    "单位名称盖章": "unit",
    "项目名称": "project",
    "项目负责人": "manager",
    "部门联系人": "contact",
    "联系人": "contact",
    "联系电话": "phone",
    "年度绩效目标": "goal",
    "项目总体目标": "goal",
}
_FUND_LABELS = {
    "年度预算总额": "total",
    "资金总额": "total",
    "其中财政拨款": "fiscal",
    "财政拨款": "fiscal",
    "其他资金": "other",
    "上级安排": "fiscal_upper",
    "本级安排": "fiscal_local",
    "其他": "other",
}
# Labels of the header block that name no value of their own.
_GROUP_LABELS = frozenset({"年度预算", "资金来源", "财政资金", "项目资金", "年度预算万元"})
_COLUMN_LABELS = {
    "一级指标": "level1",
    "二级指标": "level2",
    "三级指标": "level3",
    "指标值": "value",
    "指标设定依据": "basis",
    "指标值设置依据": "basis",
    "分值权重": "weight",
    "指标分值权重": "weight",
    "上年完成值": "previous",
    "指标赋分规则": "scoring_rule",
    "佐证资料": "evidence",
}
_LABEL_JOIN = 3  # tokens a broken label may be printed in


@define
class FlatReading:
    """What the lines of one flattened target table give: header fields, funds,
    indicators, and notes on what was joined or could not be read."""

    fields: dict[str, str] = field(factory=dict)
    funds: dict[str, Decimal | None] = field(factory=dict)
    indicators: list[Indicator] = field(factory=list)
    joined: list[tuple[str, Location]] = field(factory=list)  # fragments joined to a row
    incomplete: list[Location] = field(factory=list)  # rows without an indicator name or value
    header_found: bool = False


def _key(text: str) -> str:
    return label_key(text).removesuffix("万元").removesuffix("盖章")


def _columns(key: str) -> list[str] | None:
    """The columns an indicator header spells, or ``None`` when ``key`` is not only
    column labels (the last one may be cut short: the header goes on on the next line)."""
    names = sorted(_COLUMN_LABELS, key=len, reverse=True)
    found: list[str] = []
    at = 0
    while at < len(key):
        label = next((n for n in names if key.startswith(n, at)), None)
        if label is None:
            if any(n.startswith(key[at:]) for n in names):
                return found
            return None
        found.append(_COLUMN_LABELS[label])
        at += len(label)
    return found


def _header(lines: Sequence[SourceLine]) -> tuple[int, int, list[str]] | None:
    """Where the indicator header starts and ends (exclusive), and its columns."""
    for start, line in enumerate(lines):
        key = label_key(line.text)
        if not key.startswith("一级指标"):
            continue
        end = start + 1
        while end < len(lines) and (more := _columns(key + label_key(lines[end].text))):
            if len(more) <= len(_columns(key) or ()):
                break
            key += label_key(lines[end].text)
            end += 1
        columns = _columns(key)
        if columns and {"level3", "value"} <= set(columns):
            return start, end, columns
    return None


def read_flat_performance(lines: Sequence[SourceLine]) -> FlatReading:
    """Read one flattened target table from the text lines under its title."""
    body: list[SourceLine] = []
    for line in lines:
        text = line.text.strip()
        if _END.match(text):
            break
        if text and not _YEAR.match(text):
            body.append(line)
    reading = FlatReading()
    header = _header(body)
    top = body[: header[0]] if header else body
    _read_fields(top, reading)
    if header is None:
        return reading
    reading.header_found = True
    _, end, columns = header
    rows = body[end:]
    if "weight" in columns and any(_row_line(line, columns) for line in rows):
        _read_row_lines(rows, columns, reading)
    elif columns[-1] == "weight":
        _read_cell_lines(rows, columns, reading)
    return reading


# -- the header block -----------------------------------------------------------------


def _labelled(tokens: Sequence[str]) -> list[tuple[str | None, str]]:
    """``tokens`` as (label key, text) pairs: a label (possibly printed in up to three
    tokens, ``其他资 金：``) has its key, any other token ``None``."""
    out: list[tuple[str | None, str]] = []
    at = 0
    while at < len(tokens):
        for width in range(min(_LABEL_JOIN, len(tokens) - at), 0, -1):
            key = _key("".join(tokens[at : at + width]))
            if key in _FIELD_LABELS or key in _FUND_LABELS or key in _GROUP_LABELS:
                out.append((key, "".join(tokens[at : at + width])))
                at += width
                break
        else:
            out.append((None, tokens[at]))
            at += 1
    return out


def _read_fields(lines: Sequence[SourceLine], reading: FlatReading) -> None:
    """Label/value pairs of the header block. A text field takes the rest of its line up
    to the next label; an amount label the amount after it; the goal every line that no
    label took (a long goal is printed around its label)."""
    loose: list[str] = []
    goal = False
    for line in lines:
        pairs = _labelled(line.text.split())
        at = 0
        while at < len(pairs):
            key, text = pairs[at]
            at += 1
            if key is None:
                loose.append(text)
                continue
            values: list[str] = []
            while at < len(pairs) and pairs[at][0] is None:
                values.append(pairs[at][1])
                at += 1
            if key in _FIELD_LABELS:
                name = _FIELD_LABELS[key]
                if name == "goal":
                    goal = True
                    loose.extend(values)
                elif name not in reading.fields:
                    reading.fields[name] = normalize_text(" ".join(values))
            elif key in _FUND_LABELS:
                fund = _FUND_LABELS[key]
                if values and is_amount(values[0]) and fund not in reading.funds:
                    reading.funds[fund] = parse_amount(values[0])
                    values = values[1:]
                loose.extend(values)
            else:
                loose.extend(values)
    if goal:
        reading.fields["goal"] = normalize_text(" ".join(loose))


# -- indicators: one line a row ---------------------------------------------------------


def _levels(tokens: Sequence[str]) -> tuple[str, str, int]:
    """The 一级/二级 labels a row starts with (a label may be broken in two tokens:
    ``满意度指 标``) and how many tokens they take."""
    found: list[str] = []
    at = 0
    while at < len(tokens) and len(found) < 2:
        for width in (1, 2):
            key = label_key("".join(tokens[at : at + width]))
            if at + width <= len(tokens) and (key in _LEVEL1 or key in _LEVEL2):
                found.append(key)
                at += width
                break
        else:
            break
    if len(found) == 2:
        return found[0], found[1], at
    if len(found) == 1:
        level = found[0]
        return (level, "", at) if level in _LEVEL1 and level not in _LEVEL2 else ("", level, at)
    return "", "", 0


def _weight_at(tokens: Sequence[str], columns: Sequence[str]) -> int | None:
    """The index of the weight token of a row line: the last bare number with as many
    tokens after it as the columns after the weight can take (at least one each)."""
    after = len(columns) - 1 - columns.index("weight")
    for index in range(len(tokens) - 1, -1, -1):
        if _WEIGHT.match(tokens[index]) and len(tokens) - 1 - index >= (1 if after else 0):
            if not after and index != len(tokens) - 1:
                continue
            return index
    return None


def _row_line(line: SourceLine, columns: Sequence[str]) -> bool:
    tokens = line.text.split()
    at = _weight_at(tokens, columns)
    if at is None:
        return False
    _, _, start = _levels(tokens)
    middle = columns.index("weight") - columns.index("level3")
    return at - start >= middle - 1 >= 1  # value and basis at least (level3 may wrap)


def _split(tokens: Sequence[str], groups: int) -> list[str]:
    """``tokens`` cut into ``groups`` cells, best by what the cells look like: a cell
    does not end in a bare number whose unit begins the next (``=2`` / ``万元``), nor
    leave a bracket open, nor start with a bracketed unit (``(%)``) or a lone character
    (``计划标`` / ``准``); the value cell starts with a comparison; the last cells may be
    empty (no 上年完成值), at a small cost."""
    if groups <= 0:
        return []
    best: tuple[int, list[str]] | None = None
    for used in range(min(groups, len(tokens)), 0, -1):
        for cuts in combinations(range(len(tokens) - 1), used - 1):
            bounds = [0, *(c + 1 for c in cuts), len(tokens)]
            cells = [" ".join(tokens[a:b]) for a, b in itertools.pairwise(bounds)]
            score = -(groups - used)
            for cut in cuts:
                score -= _cut_cost(tokens[cut], tokens[cut + 1])
            if len(cells) > 1 and _COMPARISON.match(cells[1]):
                score += 3
            if best is None or score > best[0]:
                best = (score, [*cells, *[""] * (groups - used)])
    return best[1] if best is not None else [""] * groups


def _cut_cost(left: str, right: str) -> int:
    """What a cell boundary between two tokens costs (0: a likely boundary)."""
    cost = 0
    if _COMPARISON.match(left) and left[-1].isdigit() and not right[0].isdigit():
        cost += 2  # =2 | 万元
    if left.count("(") + left.count("（") > left.count(")") + left.count("）"):
        cost += 2  # an open bracket
    if _UNIT.match(right) or (len(right) == 1 and not right.isdigit()):
        cost += 2  # (%) or a lone character: the end of the cell before
    return cost


def _rule_and_evidence(tokens: Sequence[str], count: int) -> list[str]:
    """The cells after the weight: the scoring rule runs to its word ending in 分
    (按评判等级赋分, 直接赋分 …), the evidence is the rest."""
    if count <= 1:
        return [" ".join(tokens)][:count]
    end = next((i + 1 for i, t in enumerate(tokens) if t.endswith("分")), 1)
    end = min(end, len(tokens) - 1) if len(tokens) > 1 else len(tokens)
    return [" ".join(tokens[:end]), " ".join(tokens[end:]), *[""] * (count - 2)]


@define
class _Row:
    line: SourceLine
    cells: dict[str, str]
    above: list[str] = field(factory=list)
    below: list[str] = field(factory=list)


def _read_row_lines(
    lines: Sequence[SourceLine], columns: Sequence[str], reading: FlatReading
) -> None:
    level1 = level2 = ""
    rows: list[_Row] = []
    pending: list[SourceLine] = []  # fragments since the last row line
    weight = columns.index("weight")
    level3 = columns.index("level3")
    for line in lines:
        tokens = line.text.split()
        first, second, start = _levels(tokens)
        if not _row_line(line, columns):
            if start == len(tokens):  # a 一级/二级 label on a line of its own
                level1 = first or level1
                level2 = second or (level2 if not first else "")
            else:
                pending.append(line)
            continue
        level1 = first or level1
        level2 = second or (level2 if not first else "")
        at = _weight_at(tokens, columns)
        assert at is not None
        middle = _split(tokens[start:at], weight - level3)
        if len(tokens[start:at]) < weight - level3:
            middle = ["", *middle[:-1]]  # the name is the wrapped cell, printed around
        cells = dict(zip(columns[level3:weight], middle, strict=True))
        cells["level1"], cells["level2"], cells["weight"] = level1, level2, tokens[at]
        rest = _rule_and_evidence(tokens[at + 1 :], len(columns) - weight - 1)
        cells.update(zip(columns[weight + 1 :], rest, strict=False))
        row = _Row(line, cells)
        _share(pending, rows[-1] if rows else None, row)
        pending = []
        rows.append(row)
    _share(pending, rows[-1] if rows else None, None)
    for row in rows:
        name = "".join([*row.above, row.cells.get("level3", ""), *row.below])
        for piece in (*row.above, *row.below):
            reading.joined.append((piece, row.line.location))
        _add(reading, {**row.cells, "level3": name}, row.line.location)


def _share(fragments: Sequence[SourceLine], before: _Row | None, after: _Row | None) -> None:
    """Fragment lines between two row lines: the row above takes as many as it had
    above it (a wrapped cell is centred on its row), the row below the rest."""
    texts = [f.text.strip() for f in fragments]
    if (
        before is not None
        and texts
        and regex.fullmatch(r"\p{Han}", texts[0])
        and "scoring_rule" in before.cells
    ):
        # One character alone under a row: the end of its narrow scoring-rule cell
        # (按评判等级赋 / 分), unless the rule already ends with it (a stray repeat).
        rule = before.cells["scoring_rule"]
        if not rule.endswith(texts[0]):
            before.cells["scoring_rule"] = rule + texts[0]
        texts = texts[1:]
    take = 0
    if before is not None:
        take = len(texts) if after is None else min(len(before.above), len(texts))
        before.below.extend(texts[:take])
    if after is not None:
        after.above.extend(texts[take:])


# -- indicators: one cell after another -------------------------------------------------


def _read_cell_lines(
    lines: Sequence[SourceLine], columns: Sequence[str], reading: FlatReading
) -> None:
    """Rows closed by their weight on a line alone; before it, the 一级/二级 labels, the
    name (up to the value, which starts with a comparison) and the basis."""
    level1 = level2 = ""
    texts: list[str] = []
    first: SourceLine | None = None
    for line in lines:
        tokens = line.text.split()
        if len(tokens) == 1 and _WEIGHT.match(tokens[0]) and texts:
            cells = _cells_of(texts, columns)
            cells.update(level1=level1, level2=level2, weight=tokens[0])
            assert first is not None
            _add(reading, cells, first.location)
            texts, first = [], None
            continue
        one, two, start = _levels(tokens)
        if start:
            level1 = one or level1
            level2 = two or (level2 if not one else "")
        if start < len(tokens):
            first = first or line
            texts.append(" ".join(tokens[start:]))
    if texts and first is not None:
        reading.incomplete.append(first.location)


def _cells_of(texts: Sequence[str], columns: Sequence[str]) -> dict[str, str]:
    tokens = " ".join(texts).split()
    at = next((i for i, t in enumerate(tokens) if _COMPARISON.match(t)), None)
    if at is None:
        return {"level3": " ".join(tokens)}
    end = at + 1
    while end < len(tokens) and not tokens[end][0].isdigit() and len(tokens[end]) <= 3:
        end += 1  # the value's unit: ＞=50 个
    between = columns[columns.index("value") + 1 : columns.index("weight")]
    rest = _split(tokens[end:], len(between)) if between else []
    return {
        "level3": " ".join(tokens[:at]),
        "value": " ".join(tokens[at:end]),
        **dict(zip(between, rest, strict=True)),
    }


def _add(reading: FlatReading, cells: Mapping[str, str], location: Location) -> None:
    text = {k: normalize_text(v) for k, v in cells.items()}
    if not text.get("level3") or not text.get("value"):
        reading.incomplete.append(location)
    reading.indicators.append(
        Indicator(
            level1=text.get("level1", ""),
            level2=text.get("level2", ""),
            level3=text.get("level3", ""),
            value=text.get("value", ""),
            basis=text.get("basis", ""),
            weight=text.get("weight", ""),
            previous=text.get("previous", ""),
            scoring_rule=text.get("scoring_rule", ""),
            evidence=text.get("evidence", ""),
            location=location,
        )
    )
