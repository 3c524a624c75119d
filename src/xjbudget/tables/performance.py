"""The performance target tables of part 3 (部门整体绩效目标表, 项目支出绩效目标表).

Their header block is label/value pairs (预算单位 | NAME, 年度预算总额 | 8.00 …) and their
body a list of indicators whose blank 一级/二级 cells repeat the row above.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

import regex
from attrs import evolve

from ..amounts import is_amount, parse_amount
from ..model import Amounts, Finding, Indicator, PerformanceTarget, PerformanceTask
from ..sources.lines import SourceLine
from ..structure import PerformanceBlock, TableBlock
from ..text import label_key, normalize_text
from .flat_performance import read_flat_performance
from .performance_labels import COLUMNS as _COLUMNS
from .performance_labels import FIELDS as _FIELDS
from .performance_labels import FUNDS as _FUNDS
from .performance_labels import LEVEL1_OF as _LEVEL1_OF
from .performance_labels import LEVEL2_ONLY as _LEVEL2_ONLY

__all__ = ["read_performance", "take_performance_tables"]


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
    """The rows' cells; a placeholder of dots or dashes (``......``, ``—``) is empty."""
    return [
        ["" if _PLACEHOLDER.fullmatch(c) else c for c in map(normalize_text, line.cells or ())]
        for line in block.rows
    ]


_PLACEHOLDER = regex.compile(r"[.．…·‥⋯\-—–_\s]+")


def _column(key: str) -> str | None:
    """The indicator column a header cell names: the label it is, or (a label printed
    with a note, 分值权重（90分）, or the PDF reader's stray figures before it, 90%指标名称)
    the longest label it starts or ends with."""
    if not key:
        return None
    if key in _COLUMNS:
        return _COLUMNS[key]
    label = next((n for n in _BY_LENGTH if key.startswith(n) or key.endswith(n)), None)
    return _COLUMNS[label] if label is not None else None


_BY_LENGTH = sorted(_COLUMNS, key=len, reverse=True)


def _header(row: Sequence[str]) -> dict[int, str] | None:
    """The indicator columns of a header row by cell index, or ``None`` when ``row`` is
    not one: it names the indicator (三级指标, 指标名称, 指标内容) and its value."""
    columns: dict[int, str] = {}
    for index, cell in enumerate(row):
        name = _column(label_key(cell))
        if name is not None and name not in columns.values():
            columns[index] = name
    names = set(columns.values())
    if {"level3", "value"} <= names:
        return columns
    return None


def _field(key: str) -> str | None:
    return next((f for label, f in _FIELDS.items() if key.startswith(label)), None)


def _fund(key: str) -> str | None:
    key = key.removesuffix("万元")
    return _FUNDS.get(key) or _FUNDS.get(key.removeprefix("其中"))


def _row_fields(row: Sequence[str]) -> dict[int, str]:
    """The cells of an indicator header that name a field of the target (项目名称,
    当年绩效目标) or an amount (当年财政拨款预算金额): a table printing a project a row."""
    out: dict[int, str] = {}
    for index, cell in enumerate(row):
        key = label_key(cell)
        name = _field(key) or _fund(key)
        if name is not None and _column(key) is None:
            out[index] = name
    return out


def _is_title(row: Sequence[str]) -> str | None:
    """A performance table's title printed inside the grid (a cell naming a …绩效目标表
    in a row of at most three cells, none an amount: not an indicator row that names
    one), or ``None``."""
    filled = [cell for cell in row if cell]
    if len(filled) > 3 or any(is_amount(cell) for cell in filled):
        return None
    return next((c for c in filled if "绩效目标表" in label_key(c) and len(c) <= 60), None)


def _starts_target(row: Sequence[str]) -> bool:
    """A row naming a project or a unit (项目名称 | NAME): the first row of a target."""
    for index, cell in enumerate(row):
        if _field(label_key(cell)) in ("project", "unit"):
            following = next((c for c in row[index + 1 :] if c), "")
            return bool(following) and _field(label_key(following)) is None
    return False


def take_performance_tables(
    blocks: Sequence[TableBlock],
) -> tuple[tuple[TableBlock, ...], tuple[PerformanceBlock, ...]]:
    """The table blocks that are performance target tables (their title names a
    …绩效目标表, 西安's 部门专项业务经费绩效目标表, 烟台's 政策和项目预算绩效目标表, 重庆's
    市级重点专项资金绩效目标表) taken out of ``blocks``, as one performance block per target.

    A target starts at a row naming its project or unit (项目名称 | NAME), at a title
    printed inside the grid, or — a table printing a project a row (重庆's 一般性项目) — at
    each row with a project name; a page of the same table that starts with indicator
    rows continues the target before it (tables over pages). A block without cell rows
    keeps its lines as text for the flattened reader.
    """
    rest: list[TableBlock] = []
    found: list[PerformanceBlock] = []
    current: list[SourceLine] = []
    title = ""
    first: SourceLine | None = None
    previous: TableBlock | None = None
    header: SourceLine | None = None
    fields: dict[int, str] = {}
    indicators = False

    def close() -> None:
        if first is not None and current:
            found.append(PerformanceBlock(title, tuple(current), first, _REASON))

    for block in blocks:
        lines = [line for line in block.lines if line.cells is not None]
        untitled = not label_key(block.title)
        if not (_is_performance_table(block, lines) or (untitled and previous is not None)):
            rest.append(block)
            previous = None
            continue
        head = block.first or (block.lines[0] if block.lines else None)
        if not lines:
            close()
            current, first, header, indicators = [], None, None, False
            if head is not None:
                text = tuple(line for line in block.lines if line is not head)
                found.append(PerformanceBlock(block.title, (), head, _REASON, text=text))
            previous = None
            continue
        row = [normalize_text(c) for c in lines[0].cells or ()]
        # The same title again, or cell rows under no title right after the table: its
        # next page (a target over pages) unless a target starts there.
        same = previous is not None and (
            untitled or label_key(previous.title) == label_key(block.title)
        )
        if not (same and first is not None) or _starts_target(row) or _is_title(row):
            close()
            current, title, first, header, indicators = [], block.title, head, None, False
        if not untitled:
            previous = block
        for line in lines:
            row = [normalize_text(c) for c in line.cells or ()]
            inner = _is_title(row)
            project = next((i for i, n in fields.items() if n == "project"), None)
            if inner is not None or (indicators and _starts_target(row)):
                close()
                current, first, header, indicators = [], line, None, False
                title = normalize_text(inner) if inner is not None else title
                if inner is not None:
                    continue
            elif (
                indicators
                and header is not None
                and project is not None
                and project < len(row)
                and row[project]
            ):
                close()  # a project a row: the header goes with each project
                current, first, indicators = [header], line, False
            current.append(line)
            if _header(row) is not None:
                header, fields = line, _row_fields(row)
            elif header is not None:
                indicators = True
    close()
    return tuple(rest), tuple(found)


_REASON = "table titled …绩效目标表"


def _is_performance_table(block: TableBlock, lines: Sequence[SourceLine]) -> bool:
    """A table block titled …绩效目标表, or one without a title whose first row prints
    that title inside the grid (重庆's 表十一 marker over a framed title)."""
    if "绩效目标表" in label_key(block.title):
        return True
    if label_key(block.title) or not lines:
        return False
    return _is_title([normalize_text(c) for c in lines[0].cells or ()]) is not None


def _read_target(block: PerformanceBlock) -> tuple[PerformanceTarget, list[Finding]]:
    """One target from its cell rows: the header block's label/value pairs (and the
    年度主要任务 rows of a department target), then the indicator rows under the last
    indicator header seen (a header printed again on a later page re-reads the columns)."""
    rows = _cells(block)
    fields: dict[str, str] = {}
    funds: dict[str, Decimal | None] = {}
    groups: dict[int, str] = {}
    tasks: list[PerformanceTask] = []
    task_columns: dict[str, int] = {}
    findings: list[Finding] = []
    indicators: list[Indicator] = []
    columns: dict[int, str] | None = None
    row_fields: dict[int, str] = {}
    goal_below = False
    level1 = level2 = ""
    width = 0
    for offset, row in enumerate(rows):
        head = _header(row)
        if head is not None:
            columns, row_fields, width = head, _row_fields(row), len(row)
            continue
        if columns is None:
            if goal_below and sum(1 for c in row if c) >= 1 and not _labelled(row):
                fields.setdefault("goal", next(c for c in row if c))
                goal_below = False
            elif _task_header(row, task_columns) or (
                task_columns and _read_task(row, task_columns, tasks, funds, block.rows[offset])
            ):
                continue
            else:
                task_columns.clear()
                goal_below = _read_pairs(row, fields, funds, groups) or goal_below
            continue
        if len(columns) == len(row) < width:
            # The PDF reader dropped the empty cells of the row (a later page): as many
            # cells as named columns, in their order.
            row = _by_order(row, columns, width)
            findings.append(_shifted(block, offset, "without its empty cells", "未印出其空单元格"))
        for index, name in row_fields.items():
            text = row[index] if index < len(row) else ""
            if name in _FUND_KEYS:
                if text and is_amount(text) and name not in funds:
                    funds[name] = parse_amount(text)
            elif text and name not in fields:
                fields[name] = text
        level1, level2 = _read_indicator(
            block, offset, row, columns, (level1, level2), indicators, findings
        )
    # A blank form: no project named, no amount, no indicator (its labels may take each
    # other as values: 主管部门 | 实施期限).
    blank = not (indicators or funds or tasks or fields.get("project")) and not any(
        is_amount(c) for r in rows for c in r
    )
    if blank:
        fields.clear()
    target = PerformanceTarget(
        kind=_kind(block),
        unit=fields.get("unit", ""),
        indicators=tuple(indicators),
        project=fields.get("project", ""),
        manager=fields.get("manager", ""),
        contact=fields.get("contact", ""),
        phone=fields.get("phone", ""),
        goal=fields.get("goal", ""),
        funds=Amounts(funds),
        location=block.first.location,
        tasks=tuple(tasks),
    )
    at = block.first.location
    where, where_zh = (
        (f"page {at.page}", f"第{at.page}页") if at.page else (f"line {at.line}", f"第{at.line}行")
    )
    if blank and block.reason == _REASON:
        findings.append(
            Finding(
                "parse.performance.blank_form",
                "info",
                f"{block.title} ({where}): printed as a blank form (labels only, no amount,"
                " no indicator)",
                f"{block.title}（{where_zh}）：为空白表样（仅有标签，无金额、无指标）",
                location=block.first.location,
            )
        )
    elif not indicators and block.reason == _REASON:
        why = (
            "no indicator header (一级指标/指标名称 … 指标值)"
            if columns is None
            else ("no indicator row under its header")
        )
        why_zh = "无指标表头（一级指标/指标名称……指标值）" if columns is None else "表头下无指标行"
        findings.append(
            Finding(
                "parse.performance.not_read",
                "error",
                f"{block.title} ({where}): {why}; no indicator read",
                f"{block.title}（{where_zh}）：{why_zh}，未读出指标",
                location=block.first.location,
            )
        )
    return target, findings


_FUND_KEYS = frozenset(_FUNDS.values())


def _labelled(row: Sequence[str]) -> bool:
    """Whether a row holds a header-block label (a field or an amount label)."""
    return any(_field(label_key(c)) or _fund(label_key(c)) for c in row if c)


def _task_header(row: Sequence[str], columns: dict[str, int]) -> bool:
    """The header of a 年度主要任务 block (任务名称 | 主要内容 | 预算金额) or its second
    line (总额 | 财政拨款 | 其他资金): the columns go into ``columns``."""
    keys = [label_key(c) for c in row]
    if "任务名称" in keys:
        columns.clear()
        columns["name"] = keys.index("任务名称")
        if "主要内容" in keys:
            columns["content"] = keys.index("主要内容")
        return True
    if "name" in columns and any(keys) and all(_fund(k) for k in keys if k):
        for index, key in enumerate(keys):
            fund = _fund(key)
            if fund is not None:
                columns[fund] = index
        return True
    return False


def _read_task(
    row: Sequence[str],
    columns: dict[str, int],
    tasks: list[PerformanceTask],
    funds: dict[str, Decimal | None],
    line: SourceLine,
) -> bool:
    """A row of the 年度主要任务 block: a task, or its 合计 (the target's funds);
    ``False`` when the row is not one (the block has ended)."""
    name = row[columns["name"]] if columns["name"] < len(row) else ""
    if not name or _labelled(row[: columns["name"]]) or _field(label_key(name)):
        return False
    amounts = {
        key: parse_amount(row[index])
        for key, index in columns.items()
        if key not in ("name", "content") and index < len(row) and is_amount(row[index])
    }
    if label_key(name).endswith("合计"):
        for key, value in amounts.items():
            funds.setdefault(key, value)
        return True
    at = columns.get("content")
    content = row[at] if at is not None and at < len(row) else ""
    tasks.append(PerformanceTask(name, content, Amounts(amounts), line.location))
    return True


def _read_pairs(
    row: Sequence[str],
    fields: dict[str, str],
    funds: dict[str, Decimal | None],
    groups: dict[int, str],
) -> bool:
    """Label/value pairs of a header row into ``fields`` and ``funds``; ``True`` when a
    goal label has its text on the next row (当年整体绩效目标 alone on its row, or over
    sub-labels 实施期总目标 | 年度总目标).

    A row printing the implementation period's total beside the year's (实施期资金总额 |
    年度资金总额) keys the period's amounts, there and in the rows below in its columns,
    ``period_…`` (``groups``: the column where each group starts)."""
    keys = [label_key(c) for c in row]
    totals = [i for i, k in enumerate(keys) if _fund(k) == "total"]
    if len(totals) > 1:
        for index in totals:
            groups[index] = "period_" if keys[index].startswith("实施期") else ""
    goal_below = False
    for index, key in enumerate(keys):
        following = next((c for c in row[index + 1 :] if c), "")
        field = _field(key)
        if field and field not in fields:
            if field == "goal" and (not following or label_key(following).endswith("目标")):
                goal_below = True
                continue
            fields[field] = "" if _labelled([following]) else following
            continue
        fund = _fund(key)
        if fund is None:
            continue
        group = max((i for i in groups if i <= index), default=None)
        fund = (groups[group] if group is not None else "") + fund
        if fund not in funds and is_amount(following):
            funds[fund] = parse_amount(following)
    return goal_below


def _read_indicator(
    block: PerformanceBlock,
    offset: int,
    row: list[str],
    columns: dict[int, str],
    levels: tuple[str, str],
    indicators: list[Indicator],
    findings: list[Finding],
) -> tuple[str, str]:
    """One row under the indicator header: an indicator (its blank 一级/二级 cells from
    the row above), or the rest of the one above wrapped onto a row of its own; the
    一级/二级 headings to carry down."""
    level1, level2 = levels
    weight = next((i for i, name in columns.items() if name == "weight"), None)
    value = next((i for i, name in columns.items() if name == "value"), None)
    shifted = _realign(row, weight, value)
    if shifted is not None:
        row = shifted
        findings.append(_shifted(block, offset, "printed one cell off", "错位一格"))
    values = {name: (row[i] if i < len(row) else "") for i, name in columns.items()}
    implied = _LEVEL1_OF.get(label_key(values.get("level2", "")))
    if not values.get("level1") and implied and level1 in _LEVEL1_OF.values():
        if implied != level1:  # its 一级 cell lost: the framework's heading, not the one above
            findings.append(_implied(block, offset, implied))
        level1 = implied
    level1 = values.get("level1") or level1
    level2 = values.get("level2") or level2
    rest = {k: v for k, v in values.items() if v and k not in ("level1", "level2")}
    if not rest:
        return level1, level2  # a 一级/二级 heading row with no indicator under it
    if not values.get("level3") and indicators:
        # No indicator name: the rest of the row above, wrapped onto a line of its own.
        findings.append(_fragment(indicators, rest))
        indicators[-1] = _append(indicators[-1], rest)
        return level1, level2
    cells = {**values, "level1": level1, "level2": level2}  # headings carried down
    indicators.append(Indicator.from_cells(cells, block.rows[offset].location))
    return level1, level2


def _by_order(row: Sequence[str], columns: dict[int, str], width: int) -> list[str]:
    """A row's cells put under the named columns in order, the others empty."""
    placed = [""] * width
    for index, cell in zip(sorted(columns), row, strict=True):
        placed[index] = cell
    return placed


def _shifted(block: PerformanceBlock, offset: int, how: str, how_zh: str) -> Finding:
    return Finding(
        "parse.performance.shifted_row",
        "info",
        f"indicator row {how}, read under its header",
        f"绩效指标行{how_zh}，已按表头归位",
        location=block.rows[offset].location,
    )


def _implied(block: PerformanceBlock, offset: int, level1: str) -> Finding:
    return Finding(
        "parse.performance.level1_implied",
        "info",
        f"indicator row without its 一级指标 under another: {level1}, the heading its 二级指标"
        " belongs to",
        f"绩效指标行缺少一级指标且上方一级指标不符：按其二级指标取“{level1}”",
        location=block.rows[offset].location,
    )


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
