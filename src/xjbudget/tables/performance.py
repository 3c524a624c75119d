"""The performance target tables of part 3 (部门整体绩效目标表, 项目支出绩效目标表).

Their header block is label/value pairs (预算单位 | NAME, 年度预算总额 | 8.00 …) and their
body a list of indicators whose blank 一级/二级 cells repeat the row above.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

from attrs import evolve

from ..amounts import is_amount, parse_amount
from ..model import Amounts, Finding, Indicator, PerformanceTarget
from ..structure import PerformanceBlock
from ..text import label_key, normalize_text
from .flat_performance import read_flat_performance
from .performance_labels import COLUMNS as _COLUMNS
from .performance_labels import FIELDS as _FIELDS
from .performance_labels import FUNDS as _FUNDS
from .performance_labels import LEVEL2_ONLY as _LEVEL2_ONLY

__all__ = ["read_performance"]


def read_performance(
    blocks: Sequence[PerformanceBlock],
) -> tuple[tuple[PerformanceTarget, ...], list[Finding]]:
    """Read every performance target table; findings for rows that could not be placed."""
    targets = []
    findings: list[Finding] = []
    for block in blocks:
        if not block.rows and block.text:
            target, found = _read_flat_target(block)
        else:
            target, found = _read_target(block)
        targets.append(target)
        findings.extend(found)
        if not block.rows and not block.text:
            findings.append(
                Finding(
                    "parse.performance.not_read",
                    "warning",
                    f"{block.title}: nothing under its title (neither cell rows nor text)",
                    f"{block.title}标题下无任何内容（既无单元格行，也无文字）",
                    location=block.first.location,
                )
            )
    return tuple(targets), findings


def _kind(block: PerformanceBlock) -> Literal["department", "project"]:
    return "department" if "整体" in block.title else "project"


def _read_flat_target(block: PerformanceBlock) -> tuple[PerformanceTarget, list[Finding]]:
    """A target table printed without its grid (the flattened form): read from the text
    lines under its title (:mod:`.flat_performance`); one that gives no indicator is an
    error finding naming it, never silent section text."""
    reading = read_flat_performance(block.text)
    fields = reading.fields
    target = PerformanceTarget(
        kind=_kind(block),
        unit=fields.get("unit", ""),
        indicators=tuple(reading.indicators),
        project=fields.get("project", ""),
        manager=fields.get("manager", ""),
        contact=fields.get("contact", ""),
        phone=fields.get("phone", ""),
        goal=fields.get("goal", ""),
        funds=Amounts(reading.funds),
        location=block.first.location,
    )
    findings: list[Finding] = []
    if not reading.indicators:
        why = (
            "its indicator rows could not be told apart"
            if reading.header_found
            else "no indicator header (一级指标 …) under it"
        )
        why_zh = "无法分辨其指标行" if reading.header_found else "其下无指标表头（一级指标……）"
        findings.append(
            Finding(
                "parse.performance.not_read",
                "error",
                f"{block.title} (flattened text): {why}; no indicator read",
                f"{block.title}（拉平文本）：{why_zh}，未读出指标",
                location=block.first.location,
            )
        )
    for location in reading.incomplete:
        findings.append(
            Finding(
                "parse.performance.incomplete_row",
                "warning",
                f"{block.title}: an indicator row without its name or value (flattened text)",
                f"{block.title}：指标行缺少指标名称或指标值（拉平文本）",
                location=location,
            )
        )
    for text, location in reading.joined:
        findings.append(
            Finding(
                "parse.performance.wrapped_cell",
                "info",
                f"indicator name piece {text!r} on a line of its own joined to its row",
                f"指标名称片段“{text}”独占一行，并入其所在行",
                location=location,
            )
        )
    return target, findings


def _cells(block: PerformanceBlock) -> list[list[str]]:
    return [[normalize_text(c) for c in line.cells or ()] for line in block.rows]


def _read_target(block: PerformanceBlock) -> tuple[PerformanceTarget, list[Finding]]:
    rows = _cells(block)
    start = next(
        (i for i, r in enumerate(rows) if any(label_key(c) == "一级指标" for c in r)), len(rows)
    )
    fields: dict[str, str] = {}
    funds: dict[str, Decimal | None] = {}
    for row in rows[:start]:
        _read_pairs(row, fields, funds)
    kind = _kind(block)
    indicators, findings = _read_indicators(block, rows, start)
    target = PerformanceTarget(
        kind=kind,
        unit=fields.get("unit", ""),
        indicators=tuple(indicators),
        project=fields.get("project", ""),
        manager=fields.get("manager", ""),
        contact=fields.get("contact", ""),
        phone=fields.get("phone", ""),
        goal=fields.get("goal", ""),
        funds=Amounts(funds),
        location=block.first.location,
    )
    return target, findings


def _read_pairs(
    row: Sequence[str], fields: dict[str, str], funds: dict[str, Decimal | None]
) -> None:
    for index, cell in enumerate(row):
        key = label_key(cell)
        following = next((c for c in row[index + 1 :] if c), "")
        field = next((f for label, f in _FIELDS.items() if key.startswith(label)), None)
        if field and field not in fields:
            fields[field] = following if label_key(following) not in _FUNDS else ""
            continue
        fund = _FUNDS.get(key.removesuffix("万元"))
        if fund and fund not in funds and is_amount(following):
            funds[fund] = parse_amount(following)


def _read_indicators(
    block: PerformanceBlock, rows: list[list[str]], start: int
) -> tuple[list[Indicator], list[Finding]]:
    if start >= len(rows):
        return [], []
    columns = {
        i: _COLUMNS[label_key(c)] for i, c in enumerate(rows[start]) if label_key(c) in _COLUMNS
    }
    indicators: list[Indicator] = []
    findings: list[Finding] = []
    level1 = level2 = ""
    weight = next((i for i, name in columns.items() if name == "weight"), None)
    value = next((i for i, name in columns.items() if name == "value"), None)
    for offset, row in enumerate(rows[start + 1 :], start=start + 1):
        shifted = _realign(row, weight, value)
        if shifted is not None:
            row = shifted
            findings.append(
                Finding(
                    "parse.performance.shifted_row",
                    "info",
                    "indicator row printed one cell off, read under its header",
                    "绩效指标行错位一格，已按表头归位",
                    location=block.rows[offset].location,
                )
            )
        values = {name: (row[i] if i < len(row) else "") for i, name in columns.items()}
        line = block.rows[offset]
        level1 = values.get("level1") or level1
        level2 = values.get("level2") or level2
        rest = {k: v for k, v in values.items() if v and k not in ("level1", "level2")}
        if not rest:
            continue  # a 一级/二级 heading row with no indicator under it
        if not values.get("level3") and indicators:
            # No indicator name: the rest of the row above, wrapped onto a line of its own.
            findings.append(_fragment(indicators, rest))
            indicators[-1] = _append(indicators[-1], rest)
            continue
        cells = {**values, "level1": level1, "level2": level2}  # headings carried down
        indicators.append(Indicator.from_cells(cells, line.location))
    return indicators, findings


def _is_weight(text: str) -> bool:
    return bool(text) and text.replace(".", "", 1).isdigit()


def _realign(row: list[str], weight: int | None, value: int | None) -> list[str] | None:
    """A row the converter printed one cell off, put back; ``None`` when it is in place.

    The weight column (指标分值权重) holds a number in every indicator row, which tells
    the shift: the number one cell left of it (and the last cell empty) means the row
    moved left — a cell goes back in front (after a 一级 label that is one); one cell
    right of it (and the value cell empty) means an empty cell was inserted before it.
    """
    if weight is None or weight + 1 >= len(row) or _is_weight(row[weight]):
        return None
    if _is_weight(row[weight - 1]) and not row[-1]:
        at = 1 if row[0] and label_key(row[0]) not in _LEVEL2_ONLY else 0
        return [*row[:at], "", *row[at:-1]]
    if _is_weight(row[weight + 1]) and value is not None and not row[value]:
        return [*row[:value], *row[value + 1 :], ""]
    return None


def _append(indicator: Indicator, values: dict[str, str]) -> Indicator:
    """Add the rest of cells wrapped onto a line of their own to the indicator above,
    unless the cell above already ends with it (a converter's stray repeat)."""
    changes = {}
    for name, text in values.items():
        if text and name not in ("level1", "level2"):
            current = getattr(indicator, name)
            if not current.endswith(text):
                changes[name] = current + text
    return evolve(indicator, **changes)


def _fragment(indicators: list[Indicator], values: dict[str, str]) -> Finding:
    text = " / ".join(v for v in values.values() if v)
    return Finding(
        "parse.performance.wrapped_cell",
        "info",
        f"indicator cell text {text!r} on a line of its own joined to the row above",
        f"绩效指标单元格文字“{text}”独占一行，并入上一行",
        location=indicators[-1].location,
    )
