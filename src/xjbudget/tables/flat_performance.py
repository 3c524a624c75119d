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
from .performance_labels import COLUMNS, FIELDS, FUNDS, LEVEL2_ONLY

__all__ = ["FlatReading", "read_flat_performance"]

# Where a flattened table ends: the next section heading or part.
_END = regex.compile(
    r"^\s*(?:第\s*[一二三四]\s*部分|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．])"
)
_YEAR = regex.compile(r"^[(（]\s*\d{4}\s*年\s*[)）]$")
# A value cell that starts with a comparison: ＞=12%, ≥5次, =100%.
_COMPARISON = regex.compile(r"^[<>＜＞≤≥=＝]")
_COMPARISON_ONLY = regex.compile(r"^[<>＜＞≤≥=＝]+$")
_UNIT = regex.compile(r"^[(（][^)）]{0,4}[)）]$")
_WEIGHT = regex.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
_LEVEL1 = frozenset(
    {"产出指标", "成本指标", "效益指标", "满意度指标", "履职效能", "管理效率", "社会效应"}
)
_LEVEL2 = LEVEL2_ONLY | {"满意度指标", "服务对象满意度指标"}
# Labels of the header block that name no value of their own.
_GROUP_LABELS = frozenset({"年度预算", "资金来源", "财政资金", "项目资金", "年度预算万元"})
_LABEL_JOIN = 3  # tokens a broken label may be printed in
# A wrapped line at least this share of the longest one runs its cell's full width (the
# characters differ in width: a count is a rough measure).
_FULL = 0.7


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
    names = sorted(COLUMNS, key=len, reverse=True)
    found: list[str] = []
    at = 0
    while at < len(key):
        label = next((n for n in names if key.startswith(n, at)), None)
        if label is None:
            if any(n.startswith(key[at:]) for n in names):
                return found
            return None
        found.append(COLUMNS[label])
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
            if key in FIELDS or key in FUNDS or key in _GROUP_LABELS:
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
    goal = total_label = False
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
            if key in FIELDS:
                name = FIELDS[key]
                if name == "goal":
                    goal = True
                    loose.extend(values)
                elif name not in reading.fields:
                    reading.fields[name] = normalize_text(" ".join(values))
            elif key in FUNDS:
                fund = FUNDS[key]
                total_label = total_label or fund == "total"
                if values and is_amount(values[0]) and fund not in reading.funds:
                    reading.funds[fund] = parse_amount(values[0])
                    values = values[1:]
                loose.extend(values)
            else:
                loose.extend(values)
    if total_label:
        _total_apart(loose, reading)
    if goal:
        reading.fields["goal"] = normalize_text(" ".join(loose))


def _total_apart(loose: list[str], reading: FlatReading) -> None:
    """The total printed apart from its label: a converter may move the 资金总额 cell into
    the goal's lines. With no amount after the total's label, the one amount among the lines no
    label took that equals the sum of the parts read (财政拨款 or 上级安排 + 本级安排, and
    其他资金) is the total, and leaves the goal's text."""
    funds = reading.funds
    if "total" in funds:
        return
    parts = ("fiscal", "other") if "fiscal" in funds else ("fiscal_upper", "fiscal_local", "other")
    if not any(funds.get(key) is not None for key in parts):
        return
    whole = sum((funds.get(key) or Decimal(0) for key in parts), Decimal(0))
    found = [
        i for i, token in enumerate(loose) if is_amount(token) and parse_amount(token) == whole
    ]
    if len(found) == 1:
        funds["total"] = whole
        del loose[found[0]]


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
    # A value and a basis at least (the name may be wrapped apart, 上年完成值 empty), or
    # a value alone when it starts with a comparison.
    return at - start >= 2 or (at - start == 1 and _COMPARISON.match(tokens[start]) is not None)


def _glued(tokens: Sequence[str]) -> list[str]:
    """``tokens`` with a comparison printed apart from its number (``>`` / ``=360次``)
    made one token (``> =360次``: the space stays, as printed)."""
    out: list[str] = []
    for token in tokens:
        if out and _COMPARISON_ONLY.match(out[-1]):
            out[-1] = f"{out[-1]} {token}"
        else:
            out.append(token)
    return out


def _split(tokens: Sequence[str], groups: int) -> list[str]:
    """``tokens`` cut into ``groups`` cells, best by what the cells look like: a cell
    does not end in a bare number whose unit begins the next (``=2`` / ``万元``), nor
    leave a bracket open, nor start with a bracketed unit (``(%)``) or a lone character
    (``计划标`` / ``准``); the value cell starts with a comparison; the last cells may be
    empty (no 上年完成值), at a small cost."""
    if groups <= 0:
        return []
    tokens = _glued(tokens)
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
    """A row line; ``trailing`` names its empty cell after the weight (佐证资料 …) that
    the lines below it fill (a wrapped cell printed after the row, as ``pdftotext -raw``
    does), ``None`` when the row line has them all."""

    line: SourceLine
    cells: dict[str, str]
    above: list[str] = field(factory=list)
    below: list[str] = field(factory=list)
    trailing: str | None = None


def _read_row_lines(
    lines: Sequence[SourceLine], columns: Sequence[str], reading: FlatReading
) -> None:
    level1 = level2 = ""
    rows: list[_Row] = []
    pending: list[SourceLine] = []  # fragments since the last row line
    weight = columns.index("weight")
    level3 = columns.index("level3")
    width = max((len(t.text.strip()) for t in lines if not _row_line(t, columns)), default=0)
    for line in lines:
        tokens = line.text.split()
        first, second, start = _levels(tokens)
        if columns[-1] == "weight" and _lone_weight(tokens) and pending:
            # A row printed cell after cell, closed by its weight on a line alone (the
            # wrapped basis pushed it there): the pieces since the row above are its
            # cells, but for the lines the row above takes below it (centred).
            before = rows[-1] if rows else None
            take = min(len(before.above), len(pending) - 1) if before is not None else 0
            if before is not None:
                before.below.extend(p.text.strip() for p in pending[:take])
            cells, level1, level2 = _cell_row(pending[take:], columns, level1, level2)
            cells["weight"] = tokens[0]
            rows.append(_Row(pending[take], cells))
            pending = []
            continue
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
        named = tokens[start:at]
        if named and _COMPARISON.match(named[0]):
            middle = ["", *_split(named, weight - level3 - 1)]  # the name wrapped apart
        elif len(named) < weight - level3:
            middle = ["", *_split(named, weight - level3 - 1)]  # the wrapped cell
        else:
            middle = _split(named, weight - level3)
        cells = dict(zip(columns[level3:weight], middle, strict=True))
        cells["level1"], cells["level2"], cells["weight"] = level1, level2, tokens[at]
        rest = _rule_and_evidence(tokens[at + 1 :], len(columns) - weight - 1)
        cells.update(zip(columns[weight + 1 :], rest, strict=False))
        empty = [c for c in columns[weight + 1 :] if not cells.get(c)]
        row = _Row(line, cells, trailing=empty[-1] if empty else None)
        _share(pending, rows[-1] if rows else None, row, width)
        pending = []
        rows.append(row)
    _share(pending, rows[-1] if rows else None, None, width)
    for row in rows:
        cells = dict(row.cells)
        cells["level3"] = "".join([*row.above, cells.get("level3", "")])
        into = row.trailing or "level3"
        cells[into] = "".join([cells.get(into, ""), *row.below])
        for piece in (*row.above, *row.below):
            reading.joined.append((piece, row.line.location))
        _add(reading, cells, row.line.location)


def _share(
    fragments: Sequence[SourceLine], before: _Row | None, after: _Row | None, width: int
) -> None:
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
        take = _below(texts, before, after, width)
        before.below.extend(texts[:take])
    if after is not None:
        after.above.extend(texts[take:])


def _below(texts: Sequence[str], before: _Row, after: _Row | None, width: int) -> int:
    """How many of the fragment lines between two rows the row above takes.

    - no row below, or the row above has an empty cell after its weight and the row
      below its name: all of them, or up to the first cell's end when both wait for
      text (a line shorter than the one before it ends a wrapped cell: ``工作资料,
      说明材`` / ``料`` / ``研究报告及政策建`` / ``议``);
    - otherwise, when the name of the row above ran full width (``width``: the longest
      fragment line) up to its row line, it goes on below it — the row's short cells sit
      at its middle (pdfplumber) — up to the first shorter line, its end; when it ended
      above the row (a shorter last line: ``pdftotext -raw`` prints a wrapped cell whole
      before the rest of its row), none.
    """
    if after is None:
        return len(texts)
    if before.trailing is not None:
        if after.cells.get("level3"):
            return len(texts)
        ends = [i + 1 for i in range(1, len(texts)) if len(texts[i]) < len(texts[i - 1])]
        return ends[0] if ends else len(texts)
    if not before.above or len(before.above[-1]) < _FULL * width:
        return 0  # no wrapped cell, or one that ended above the row (pdftotext -raw)
    # The cell goes on below the row: up to its first line shorter than a full one.
    return next((i + 1 for i, t in enumerate(texts) if len(t) < _FULL * width), len(texts))


# -- indicators: one cell after another -------------------------------------------------


def _read_cell_lines(
    lines: Sequence[SourceLine], columns: Sequence[str], reading: FlatReading
) -> None:
    """Rows closed by their weight on a line alone; before it, the 一级/二级 labels, the
    name (up to the value, which starts with a comparison) and the basis."""
    level1 = level2 = ""
    pending: list[SourceLine] = []
    for line in lines:
        tokens = line.text.split()
        if _lone_weight(tokens) and pending:
            cells, level1, level2 = _cell_row(pending, columns, level1, level2)
            cells["weight"] = tokens[0]
            first = next(
                (p for p in pending if _levels(p.text.split())[2] < len(p.text.split())),
                pending[0],
            )
            _add(reading, cells, first.location)
            pending = []
            continue
        pending.append(line)
    if any(_levels(p.text.split())[2] < len(p.text.split()) for p in pending):
        reading.incomplete.append(pending[0].location)


def _lone_weight(tokens: Sequence[str]) -> bool:
    return len(tokens) == 1 and _WEIGHT.match(tokens[0]) is not None


def _cell_row(
    lines: Sequence[SourceLine], columns: Sequence[str], level1: str, level2: str
) -> tuple[dict[str, str], str, str]:
    """The cells of a row printed cell after cell (its weight aside), and the 一级/二级
    labels in force after it: a label line sets them, the rest is the row's text."""
    texts: list[str] = []
    for line in lines:
        tokens = line.text.split()
        one, two, start = _levels(tokens)
        if start:
            level1 = one or level1
            level2 = two or (level2 if not one else "")
        if start < len(tokens):
            texts.append(" ".join(tokens[start:]))
    cells = _cells_of(texts, columns)
    cells.update(level1=level1, level2=level2)
    return cells, level1, level2


def _cells_of(texts: Sequence[str], columns: Sequence[str]) -> dict[str, str]:
    tokens = _glued(" ".join(texts).split())
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
    reading.indicators.append(Indicator.from_cells(text, location))
