"""Reading a standard table from the flattened text form (empty cells dropped).

The rows come from :mod:`~xjbudget.tables.flat_rows`, the placement of their amounts
from :mod:`~xjbudget.tables.assign`; this module knows the tables: which columns a block
prints, which rows add up to which, and which cells other tables already state.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

import regex
from attrs import Factory, define, evolve

from .. import codes
from ..amounts import parse_amount
from ..catalog import ColumnDef, TableSpec
from ..errors import XjbudgetError
from ..model import Code, Finding, Location, Row, RowRole, Severity, Table
from ..settings import DEFAULT_SETTINGS, Settings
from ..sources.lines import SourceLine
from ..structure import TableBlock, is_numbering_row
from ..text import label_key, normalize_text
from .assign import Candidate, candidates, solve
from .cells import is_total_label
from .flat_positions import Positions, by_position, column_positions
from .flat_rows import (
    FlatRow,
    body_lines,
    is_flat_amount,
    read_flat_rows,
    split_two_sided,
)
from .items import ItemMatcher
from .project_classes import ProjectClass, project_columns
from .tree import CodeTree, code_tree

__all__ = ["read_flat_table"]

_ZERO = Decimal(0)
# Lines holding one amount alone before a table counts as not in row order.
_DISORDER_MIN = 4
# A page number glued to a row's line (pypdfium2), after a two-decimal amount.
_PAGE_NUMBER = regex.compile(r"^\d{1,4}$")
_TWO_DECIMALS = regex.compile(r"^-?\d[\d,]*\.\d\d$")
# What a finding on text the reader cannot use says to do instead.
_USE_INSTEAD = (
    "convert the PDF with `pdftotext -layout` or `-raw`, pdfplumber's extract_text, "
    "or read the PDF itself with xjbudget.parse_pdf"
)
_USE_INSTEAD_ZH = (
    "请用 pdftotext -layout 或 -raw、pdfplumber 的 extract_text 转换，"
    "或直接用 xjbudget.parse_pdf 读取 PDF"
)


@define
class _Shape:
    """What a flattened row is, before its amounts are placed."""

    name: str
    code: Code | None = None
    project: str | None = None
    item: str | None = None
    role: RowRole = "detail"


def _numbered(block: TableBlock) -> int:
    for line in block.lines:
        tokens = line.text.split()
        if is_numbering_row(tokens):
            return sum(1 for t in tokens if t.isdigit())
    return 0


def _columns(block: TableBlock, spec: TableSpec, settings: Settings) -> list[ColumnDef]:
    """The value columns this block prints (the expenditure list's of 表1/表4): all
    declared ones, or — when the numbering row counts fewer — those whose labels the
    (broken) header spells out."""
    # Optional columns (other templates' 人员经费 beside 基本支出 …) are never assumed printed.
    columns = [c for c in spec.columns if c.side != "income" and not c.optional]
    count = _numbered(block)
    if not count or count == len(columns):
        return columns
    header = label_key("".join(line.text for line in block.lines[: settings.flat_header_lines]))
    present = [c for c in columns if any(k in header for k in c.label_keys())]
    keys = {c.key for c in present}
    if {"personnel", "public_use"} <= keys and len(present) > count:
        # 表8/表9 print 基本支出 as the group over 人员经费 and 公用经费, not as a column.
        present = [c for c in present if c.key != "basic"]
    return present if len(present) == count else columns[:count]


def _sums(spec: TableSpec, keys: Sequence[str]) -> list[tuple[int, tuple[int, ...]]]:
    index = {k: i for i, k in enumerate(keys)}
    return [
        (index[s.total], tuple(index[p] for p in s.parts))
        for s in spec.row_sums
        if s.total in index and all(p in index for p in s.parts)
    ]


def read_flat_table(
    block: TableBlock,
    spec: TableSpec,
    *,
    context: Mapping[int, Table],
    department: str | None,
    settings: Settings = DEFAULT_SETTINGS,
    projects: Sequence[ProjectClass] = (),
    year: int | None = None,
) -> tuple[list[Row], tuple[str, ...], list[Finding], str | None]:
    """Rows of a flattened table, the keys of the columns it prints (all declared ones
    unless its numbering row counts fewer), findings, and its "为空表" statement if
    printed. ``settings``: the header lines searched, the bounds on placing amounts;
    ``projects``: the economic class part 3 states for projects (表7, see
    :mod:`~xjbudget.tables.project_classes`), in the classification of ``year``."""
    resume = _label_start(spec) if spec.two_sided else _name_start
    lines = _unglue_page_number(block.lines)
    body, statement_lines = body_lines(lines, resume=resume)
    statement = normalize_text("".join(line.text for line in statement_lines)) or None
    if statement is not None:
        statement = statement.removeprefix("备注：").removeprefix("备注:")
    keys = [c.key for c in _columns(block, spec, settings)]
    disorder = _not_in_row_order(spec, body)
    if disorder is not None:
        if spec.two_sided:
            keys = [*spec.column_keys("income"), *keys]
        return [], tuple(keys), [disorder], statement
    if spec.two_sided:
        rows, findings, unplaced = _two_sided(spec, body, keys, context, settings)
        keys = [*spec.column_keys("income"), *keys]
    else:
        rows, findings, unplaced = _one_sided(
            spec,
            body,
            keys,
            context,
            department,
            settings,
            projects,
            year,
            column_positions(lines, len(keys)),
        )
    if _prints_projects(lines, body):
        rows = [_project_split(row, year) for row in rows]
    counted = {id(line) for line in statement_lines}
    unread = _unread(spec, [ln for ln in lines if id(ln) not in counted], rows, unplaced)
    if not unread and statement is None:
        unread = _no_amounts(spec, rows, lines)
    return rows, tuple(keys), [*findings, *unread], statement


def _prints_projects(lines: Sequence[SourceLine], body: Sequence[SourceLine]) -> bool:
    """Whether the header prints a 项目名称 column beside the classification (表7): the
    lines outside the body, spaces and line breaks taken out (``项目名`` / ``称``)."""
    inside = {id(line) for line in body}
    header = "".join("".join(line.text.split()) for line in lines if id(line) not in inside)
    return "项目名称" in header


def _project_split(row: Row, year: int | None) -> Row:
    """A coded row of a table printing 项目名称: flattened text prints the project after
    the classification's name (``其他技术与开发支出 2024年…运维项目``), and the row's label
    took both. Where the label begins with its code's name in the year's classification
    and goes on, the rest is the project. A label that does not begin so keeps it all."""
    if row.code is None or row.project is not None or row.role != "detail":
        return row
    try:
        entry = codes.check(row.code.digits, row.name, year=year, scheme=row.code.scheme).entry
    except XjbudgetError:
        return row
    if entry is None or len(row.name) <= len(entry.name) or not row.name.startswith(entry.name):
        return row
    return evolve(row, name=entry.name, project=row.name[len(entry.name) :])


def _unglue_page_number(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """A page number printed on the line of the page's last row (``303 09 奖励金 3.20
    3.20 9``: pypdfium2 ends a page's text without a line break after its last line and
    puts the number beside it) taken off: a bare run of one to four digits after a
    two-decimal amount, on a line that ends the table or is followed by no row (the next
    page's header). Left on, the digits hid the row's amounts in its label."""
    out = list(lines)
    for index, line in enumerate(out):
        tokens = line.text.split()
        if (
            len(tokens) < 3
            or _PAGE_NUMBER.match(tokens[-1]) is None
            or _TWO_DECIMALS.match(tokens[-2]) is None
        ):
            continue
        following = next((ln.text for ln in out[index + 1 :] if ln.text.strip()), None)
        if following is None or not _row_like(following):
            out[index] = evolve(line, text=line.text.rstrip()[: -len(tokens[-1])].rstrip())
    return out


def _row_like(text: str) -> bool:
    """Whether a line holds (part of) a row: a code first, or an amount."""
    tokens = text.split()
    return bool(tokens) and (
        regex.match(r"^\d{3}$", tokens[0]) is not None or any(is_flat_amount(t) for t in tokens)
    )


def _no_amounts(spec: TableSpec, rows: Sequence[Row], lines: Sequence[SourceLine]) -> list[Finding]:
    """A warning when a table prints no amount and no "为空表" statement: read as empty,
    though its amounts may have been printed elsewhere (pdfminer put a 表10's amounts
    before its title, after the table above). Its rows are listed, or — with no
    numbering row to end the header, as 003's template prints — taken for header, so
    none is read."""
    if any(v is not None for row in rows for v in row.values.values()):
        return []
    if rows:
        listed = f"lists {len(rows)} rows"
        listed_zh = f"列出{len(rows)}行"
    else:
        listed, listed_zh = "reads no row", "未读出任何行"
    location = (
        rows[0].location
        if rows
        else next((line.location for line in lines if not line.is_blank), None)
    )
    return [
        Finding(
            "parse.flat.no_amounts",
            "warning",
            f"table {spec.number} {listed} and prints no amount and no statement that it is "
            "empty; read as empty — if the PDF prints amounts, the text put them "
            f"elsewhere: {_USE_INSTEAD}",
            f"表{spec.number}{listed_zh}，未印任何金额，也未说明为空表，按空表读取；"
            f"若 PDF 印有金额，则转换时被放到了别处：{_USE_INSTEAD_ZH}",
            location=location,
            table=spec.number,
        )
    ]


def _unread(
    spec: TableSpec, lines: Sequence[SourceLine], rows: Sequence[Row], unplaced: int
) -> list[Finding]:
    """An error finding when the table's lines print more amounts than its cells hold
    and the findings account for (``unplaced``: amounts of rows reported as too many for
    the columns) — amounts hidden in a label, taken for a header, dropped with page
    furniture. No amount printed in a table goes unread without a finding."""
    printed = [
        (token, line) for line in lines for token in line.text.split() if is_flat_amount(token)
    ]
    given = sum(1 for row in rows for value in row.values.values() if value is not None)
    missing = len(printed) - given - unplaced
    if missing <= 0:
        return []
    # Name the amounts no cell holds (by value; a number broken over lines is read whole).
    held = Counter(v for row in rows for v in row.values.values() if v is not None)
    unheld = []
    for token, line in printed:
        value = parse_amount(token)
        if value is not None and held[value] > 0:
            held[value] -= 1
        else:
            unheld.append((token, line))
    first = unheld[0][1] if unheld else printed[0][1]
    shown = " ".join(t for t, _ in unheld[:8]) + (" …" if len(unheld) > 8 else "")
    return [
        Finding(
            "parse.flat.unread_amounts",
            "error",
            f"table {spec.number}: {missing} of the {len(printed)} amounts printed are in no "
            f"cell ({shown}; first at {first.location.describe()}: {first.text.strip()[:60]!r}); "
            f"{_USE_INSTEAD}",
            f"表{spec.number}所印{len(printed)}个金额中有{missing}个未能读入任何单元格"
            f"（{shown}）；{_USE_INSTEAD_ZH}",
            location=first.location,
            table=spec.number,
        )
    ]


def _not_in_row_order(spec: TableSpec, body: Sequence[SourceLine]) -> Finding | None:
    """An error finding when the text of a table is not in row order, else ``None``.

    Some converters (pdftotext without ``-raw`` or ``-layout``, pdfminer.six's
    ``extract_text``) print a table column by column: every amount alone on a line, the
    codes and names elsewhere. Read as rows, such text gives a full set of cells, most
    of them wrong. Its mark: more lines holding one amount and nothing else than lines
    holding an amount beside a code or a label (in row-order text a lone amount is rare:
    the end of a wrapped row, a number broken over two lines; a short table is out of
    order when two or more amounts stand alone and none beside a label) — or a column's header
    label printed after the coded rows began, or (表1/表4) the income amounts apart from
    their labels. Such a table is given no cells; the finding says which form to use
    instead.
    """
    single = labelled = 0
    coded = False
    labels = {k for c in spec.columns for k in c.label_keys()}
    if spec.two_sided and _bare_income(body):
        single = _DISORDER_MIN
    for line in body if not single else ():
        tokens = line.text.split()
        coded = coded or any(t.isdigit() and len(t) == 3 for t in tokens)
        if coded and label_key(line.text) in labels:
            # A column's header label after the rows began: the text goes column by
            # column (表1/表4's 预算数 printed after the names of every row).
            single = max(single, _DISORDER_MIN)
            labelled = 0
            break
        amounts = sum(1 for t in tokens if is_flat_amount(t))
        if not amounts:
            continue
        if len(tokens) == 1:
            single += 1
        elif amounts < len(tokens):
            labelled += 1
    if single <= labelled or (single < _DISORDER_MIN and (labelled or single < 2)):
        return None
    first = next((line for line in body if not line.is_blank), None)
    return Finding(
        "parse.flat.not_row_order",
        "error",
        f"table {spec.number}: the text is not in row order ({single} lines hold one amount "
        f"and nothing else, {labelled} an amount beside its row's label), so no cell is "
        f"read; {_USE_INSTEAD}",
        f"表{spec.number}的文本不是按行排列的（{single}行只有一个金额，{labelled}行金额与行名同在），"
        f"未读取任何单元格；{_USE_INSTEAD_ZH}",
        location=first.location if first is not None else Location(),
        table=spec.number,
    )


def _bare_income(body: Sequence[SourceLine]) -> bool:
    """表1/表4 printed with the income labels apart from their amounts: more lines whose
    left half is an amount alone than lines whose left half has a label and an amount.
    An amount alone right under a line of words only is its label's, wrapped above it
    (``1、一般公共预算`` / ``拨款`` / ``0.02 202 外交支出``): named, however many labels wrap;
    text printed column by column puts its amounts under one another."""
    bare = named = 0
    above = ""  # the last line before this one that is not blank
    for line in body:
        if line.is_blank:
            continue
        left, _ = split_two_sided(line.text)
        tokens = left.split()
        if tokens and is_flat_amount(tokens[-1]):
            if len(tokens) == 1 and not _words_only(above):
                bare += 1
            else:
                named += 1
        above = line.text
    return bare >= _DISORDER_MIN - 1 and bare > named


def _words_only(text: str) -> bool:
    """A line of words: no amount, no code (a label wrapped over lines)."""
    tokens = text.split()
    return bool(tokens) and not any(is_flat_amount(t) or t.isdigit() for t in tokens)


def _one_sided(
    spec: TableSpec,
    body: Sequence[SourceLine],
    keys: list[str],
    context: Mapping[int, Table],
    department: str | None,
    settings: Settings,
    projects: Sequence[ProjectClass] = (),
    year: int | None = None,
    positions: Positions | None = None,
) -> tuple[list[Row], list[Finding], int]:
    items = ItemMatcher(spec.items) if spec.items else None
    flat = read_flat_rows(
        body, is_item=items.knows if items is not None else None, completes=_finishes_name
    )
    shapes = [_shape(spec, r, items, department) for r in flat]
    return _place(
        spec,
        flat,
        shapes,
        keys,
        context,
        settings,
        projects=projects,
        year=year,
        positions=positions,
    )


def _shape(
    spec: TableSpec, row: FlatRow, items: ItemMatcher | None, department: str | None
) -> _Shape:
    """Code, name, project, item and role of a flattened row."""
    shape = _Shape(row.label)
    if row.code and spec.row_key in ("functional", "economic"):
        shape.code = Code(row.code, "economic" if spec.row_key == "economic" else "functional")
    if is_total_label(row.label):
        shape.role = "total"
        shape.item = items.match(row.label) if items is not None else None
    elif items is not None:
        shape.item = items.match(row.label)
        shape.role = "total" if shape.item == "total" else "detail"
    elif spec.row_key == "project":
        if department and label_key(row.label) == label_key(department):
            shape.role = "unit"
        else:
            shape.project, shape.name = row.label, ""
    elif not row.code:
        shape.role = "unit"
    return shape


def _children(
    spec: TableSpec, shapes: Sequence[_Shape], printed: Sequence[bool]
) -> dict[int, list[int]]:
    """Which rows add up to which: named items by the declared item sums; otherwise the
    total row over the units (or the 类), a unit over its rows, a code over its children.
    ``printed``: whether each row prints an amount. A unit is a label row that prints
    its sum: a label alone on its line (a project's name wrapped past its row,
    pdfplumber's layout text) neither takes the rows under it nor cuts the table into
    units."""
    kids: dict[int, list[int]] = {i: [] for i in range(len(shapes))}
    if spec.items:
        by_item = {s.item: i for i, s in enumerate(shapes) if s.item}
        for rule in spec.item_sums:
            if rule.total in by_item:
                kids[by_item[rule.total]] = [by_item[p] for p in rule.parts if p in by_item]
        return kids
    units = [i for i, s in enumerate(shapes) if s.role == "unit" and printed[i]]
    unit_rows = set(units)
    codes = [s.code.digits if s.code else None for s in shapes]
    tree = code_tree(codes, missing="direct")
    tops = list(tree.tops)
    top_set = set(tops)
    # Under units (表7 of a department and its units) the same code is printed once per
    # unit: each unit's rows make a tree of their own, or a code's first instance would
    # take the children of every instance (004's 20604 技术与开发, under two units).
    bounds = [0, *units, len(shapes)]
    segment_of: dict[int, CodeTree] = {}
    for start, end in itertools.pairwise(bounds):
        if any(codes[start:end]):
            part = code_tree(
                [c if start <= j < end else None for j, c in enumerate(codes)], missing="direct"
            )
            segment_of.update(dict.fromkeys(range(start, end), part))
    for i, shape in enumerate(shapes):
        if shape.role == "total":
            kids[i] = units or tops
        elif i in unit_rows:
            end = next((u for u in units if u > i), len(shapes))
            kids[i] = [
                j
                for j in range(i + 1, end)
                if j in top_set or (spec.row_key == "project" and shapes[j].role == "detail")
            ]
        elif shape.code is not None:
            kids[i] = segment_of.get(i, tree).children(shape.code.digits)
    return kids


def _linked_cells(
    links: Mapping[str, tuple[int, str]],
    shape: _Shape,
    index: Mapping[str, int],
    context: Mapping[int, Table],
) -> dict[int, Decimal | None]:
    """The cells of one row that ``links`` take from tables already read."""
    known: dict[int, Decimal | None] = {}
    for key, (other, source) in links.items():
        table = context.get(other)
        value = _linked(table, shape, source) if table is not None else None
        if key in index and value is not None:
            known[index[key]] = value
    return known


def _refs(
    spec: TableSpec,
    shapes: Sequence[_Shape],
    keys: Sequence[str],
    context: Mapping[int, Table],
) -> dict[int, dict[int, Decimal | None]]:
    """What other tables of the document say of this table's cells, by row and column
    index: a value (``_LINKS``), or that a column is empty (``_EMPTY_WITH``: no 基金
    income in 表1, so no 基金 column in 表4 or 表10; ``_CLASS_EMPTY``: the economic class
    of a row decides 人员经费 vs 公用经费)."""
    index = {k: i for i, k in enumerate(keys)}
    table1 = context.get(1)
    empty = [
        index[key]
        for key, item in _EMPTY_WITH.get(spec.number, {}).items()
        if key in index
        and table1 is not None
        and any(r.item == item and r.values.get("income") is None for r in table1.rows)
    ]
    links = _LINKS.get(spec.number, {})
    return {
        i: {
            **_linked_cells(links, shape, index, context),
            **dict.fromkeys(empty),
            **dict.fromkeys(_class_empty(shape, index)),
        }
        for i, shape in enumerate(shapes)
    }


# The economic classes whose basic spending is all 人员经费 or all 公用经费. 财政部's
# definitions (部门预算 glossary, 《政府收支分类科目》): 人员经费 = 工资福利支出 (301) +
# 对个人和家庭的补助 (303); 公用经费 = 商品和服务支出 (302) (with the 公用 part of 资本性支出,
# not used here: 310 may be either). So a 301/303 row has no 公用经费 and a 302 row no 人员经费.
_CLASS_EMPTY: dict[str, str] = {"301": "public_use", "303": "public_use", "302": "personnel"}


def _project_refs(
    spec: TableSpec,
    flat: Sequence[FlatRow],
    keys: Sequence[str],
    refs: dict[int, dict[int, Decimal | None]],
    projects: Sequence[ProjectClass],
    year: int | None,
) -> dict[int, dict[int, Decimal | None]]:
    """``refs`` with what part 3 says of 表7's projects: a project row whose economic
    class the document states (its 资金分配情况, :mod:`~xjbudget.tables.project_classes`)
    has every other economic column empty — a reference, not a guess. The 类/款/项 rows
    above it follow from the sums."""
    if spec.number != 7 or not projects:
        return refs
    parts = [k for s in spec.row_sums if s.total == "total" for k in s.parts]
    for i, row in enumerate(flat):
        if len(row.amounts) != 2 or not row.label:
            continue  # a lone amount beside the total is what ties
        column = project_columns(spec, row.label, row.amounts[0], projects, year)
        if column is not None and column in keys:
            others = [keys.index(k) for k in parts if k in keys and k != column]
            refs[i] = {**refs.get(i, {}), **dict.fromkeys(others)}
    return refs


def _class_empty(shape: _Shape, index: Mapping[str, int]) -> list[int]:
    """The column a row's economic class leaves empty (表6, and 表8/表9's 人员/公用)."""
    if shape.code is None or shape.code.scheme != "economic":
        return []
    column = _CLASS_EMPTY.get(shape.code.digits[:3])
    return [index[column]] if column is not None and column in index else []


def _hints(
    spec: TableSpec,
    shapes: Sequence[_Shape],
    keys: Sequence[str],
    context: Mapping[int, Table],
) -> dict[int, dict[int, Decimal | None]]:
    """What a reader would assume where the printed amounts and the sums leave a choice:
    a carry-over is project spending (表11, and 表3's codes all carried over in 表2);
    表5's split follows 表3's when they agree; 表4's fund and state-capital columns of a
    类 follow 表2's.
    Hints only order equal choices: the row is still reported as ambiguous."""
    index = {k: i for i, k in enumerate(keys)}
    project = [index[k] for k in _BASIC_KEYS if k in index] if spec.row_key == "project" else []
    links = _HINT_LINKS.get(spec.number, {})
    return {
        i: {
            **dict.fromkeys(project),
            **_linked_cells(links, shape, index, context),
            **dict.fromkeys(_carried_over(spec, shape, index, context)),
            **dict.fromkeys(_fund_basic_empty(spec, shape, index, context)),
        }
        for i, shape in enumerate(shapes)
    }


def _fund_basic_empty(
    spec: TableSpec, shape: _Shape, index: Mapping[str, int], context: Mapping[int, Table]
) -> list[int]:
    """表8/表9: a row's 人员经费/公用经费 columns are likely empty (its money project
    spending) when 表3's 基本支出 of its code is no more than what the general budget
    (表5's 基本支出) and the money from outside this year's 财政拨款 (表2's 总计 less its
    财政拨款（补助）小计: 财政专户, 单位资金 and the carry-overs, whichever of those columns
    a tie put it in) can pay: 表3 counts every source's basic spending, so fund or
    state-capital money spent as basic must show there beyond those. A hint only: that
    other money may be project spending itself, leaving room the tables do not show."""
    if spec.number not in (8, 9):
        return []
    basic = [index[k] for k in ("basic", "personnel", "public_use") if k in index]
    table2, table3, table5 = (_same_row(context.get(n), shape) for n in (2, 3, 5))
    if not basic or table3 is None:
        return []
    paid = (table5.values.get("basic") or _ZERO) if table5 is not None else _ZERO
    if table2 is not None:
        values = table2.values
        paid += (values.get("total") or _ZERO) - (values.get("fiscal_subtotal") or _ZERO)
    return basic if (table3.values.get("basic") or _ZERO) <= paid else []


def _same_row(table: Table | None, shape: _Shape) -> Row | None:
    """The row of ``table`` for the same code, or its total row for a total."""
    if table is None:
        return None
    if shape.code is not None:
        return next(table.find(shape.code.digits), None)
    return table.total_row if shape.role == "total" else None


def _carried_over(
    spec: TableSpec, shape: _Shape, index: Mapping[str, int], context: Mapping[int, Table]
) -> list[int]:
    """表3: a code whose money is all carried over from last year (表2: its total is its
    结转 columns) is likely project spending — its 基本支出 column empty."""
    table2 = context.get(2)
    if spec.number != 3 or shape.code is None or table2 is None or "basic" not in index:
        return []
    row = next(table2.find(shape.code.digits), None)
    if row is None or row.values.get("total") is None:
        return []
    carried = [row.values.get(k) for k in ("fiscal_carryover", "nonfiscal_carryover")]
    amounts = [a for a in carried if a is not None]
    return [index["basic"]] if amounts and sum(amounts) == row.values["total"] else []


_HINT_LINKS: dict[int, dict[str, tuple[int, str]]] = {
    # 表4's 政府性基金预算/国有资本经营预算 of a 类 are 表2's columns of the same names when
    # no transfer (上级…安排的转移支付, a column of its own in 表2) adds to them.
    4: {"fund_budget": (2, "fund_budget"), "soe_budget": (2, "soe_budget")},
    5: {"basic": (3, "basic"), "project": (3, "project")},
}


_BASIC_KEYS = (
    "fiscal_personnel",
    "fiscal_public_use",
    "nonfiscal_personnel",
    "nonfiscal_public_use",
)
_EMPTY_WITH: dict[int, dict[str, str]] = {
    4: {"fund_budget": "fund_budget", "soe_budget": "soe_budget"},
    10: {"fund_budget": "fund_budget", "soe_budget": "soe_budget"},
    11: {
        "nonfiscal_total": "nonfiscal_carryover",
        "nonfiscal_personnel": "nonfiscal_carryover",
        "nonfiscal_public_use": "nonfiscal_carryover",
        "nonfiscal_project": "nonfiscal_carryover",
    },
}


def _linked(table: Table, shape: _Shape, source: str) -> Decimal | None:
    column = source
    if source.startswith("item:"):
        if shape.role != "total":
            return None
        item, column = source[5:].split(".")
        row = next((r for r in table.rows if r.item == item), None)
    elif shape.code is not None:
        row = next(table.find(shape.code.digits), None)
    elif shape.role == "total":
        row = table.total_row
    else:
        return None
    return row.values.get(column) if row is not None else None


# Cells of a table that another, already read, table states: column → (other table,
# its column, or "item:ITEM.column" for a named row of the other table's total).
_LINKS: dict[int, dict[str, tuple[int, str]]] = {
    2: {
        "total": (1, "item:income_total.income"),
        "general_budget": (1, "item:general_budget_own.income"),
        "general_budget_transfer": (1, "item:general_budget_transfer.income"),
        "fund_budget": (1, "item:fund_budget_own.income"),
        "fund_budget_transfer": (1, "item:fund_budget_transfer.income"),
        "soe_budget": (1, "item:soe_budget_own.income"),
        "soe_budget_transfer": (1, "item:soe_budget_transfer.income"),
        "special_account": (1, "item:special_account.income"),
        "unit_funds": (1, "item:unit_funds.income"),
        "fiscal_carryover": (1, "item:fiscal_carryover.income"),
        "nonfiscal_carryover": (1, "item:nonfiscal_carryover.income"),
    },
    3: {"total": (2, "total")},
    5: {"total": (4, "general_budget")},
    6: {"total": (5, "basic")},
    7: {"total": (5, "project")},
    11: {
        "total": (1, "item:carryover.income"),
        "fiscal_total": (1, "item:fiscal_carryover.income"),
        "nonfiscal_total": (1, "item:nonfiscal_carryover.income"),
    },
}


def _place(
    spec: TableSpec,
    flat: Sequence[FlatRow],
    shapes: Sequence[_Shape],
    keys: list[str],
    context: Mapping[int, Table],
    settings: Settings,
    *,
    projects: Sequence[ProjectClass] = (),
    year: int | None = None,
    positions: Positions | None = None,
) -> tuple[list[Row], list[Finding], int]:
    """Rows with the amounts placed, findings, and how many amounts were left unplaced
    (rows with more amounts than columns, each reported). ``positions``: where the
    columns stand in text that keeps positions (:mod:`~xjbudget.tables.flat_positions`),
    which decides rows the sums leave tied."""
    findings: list[Finding] = []
    unplaced = 0
    sums = _sums(spec, keys)
    options: list[list[Candidate]] = []
    for row in flat:
        try:
            options.append(candidates(row.amounts, len(keys), sums, settings=settings))
        except ValueError:
            options.append([])
            unplaced += len(row.amounts)
            findings.append(
                _finding(
                    spec,
                    row,
                    "parse.flat.too_many_amounts",
                    "error",
                    f"{len(row.amounts)} amounts for {len(keys)} columns; amounts not placed: "
                    + " ".join(str(a) for a in row.amounts),
                    f"{len(row.amounts)}个金额多于{len(keys)}栏，未能归栏",
                )
            )
    kids = _children(spec, shapes, [bool(row.amounts) for row in flat])
    parented = {k for ks in kids.values() for k in ks}
    roots = [i for i in range(len(flat)) if i not in parented]
    stated = _refs(spec, shapes, keys, context)
    refs = _project_refs(spec, flat, keys, dict(stated), projects, year)
    # The layout shows what a row's own sums leave open: the rows placed as printed are
    # references, and the table is chosen with them (rows whose layout is not clear
    # follow by the sums). What other tables state of a cell comes first; what part 3
    # says of a project's class only where the layout does not show its column (003
    # prints under 其他支出 a project its 资金分配情况 spends on 会议费 and 培训费).
    for i, cells in _printed_columns(flat, options, stated, positions).items():
        refs[i] = {**cells, **stated.get(i, {})}
    solution = solve(
        options,
        lambda i: kids.get(i, []),
        roots,
        refs,
        _hints(spec, shapes, keys, context),
        settings=settings,
    )
    rows = []
    for i, (row, shape) in enumerate(zip(flat, shapes, strict=True)):
        pick = solution.chosen[i]
        values = dict(zip(keys, pick.values, strict=True)) if pick else dict.fromkeys(keys)
        if pick is not None and pick.violations:
            findings.append(
                _finding(
                    spec,
                    row,
                    "parse.flat.sum_fails",
                    "warning",
                    "no placement of the printed amounts satisfies the row's sums; "
                    "the closest one is used",
                    "所印金额无论如何归栏均不满足本行合计关系，采用最接近的一种",
                )
            )
        rows.append(
            Row(
                name=shape.name,
                values=values,
                code=shape.code,
                project=shape.project,
                item=shape.item,
                role=shape.role,
                location=row.location,
            )
        )
    for i, choices in solution.ties:
        described = " | ".join(
            ",".join(k for k, v in zip(keys, c.values, strict=True) if v is not None)
            for c in choices
        )
        findings.append(
            _finding(
                spec,
                flat[i],
                "parse.flat.ambiguous_column",
                "warning",
                f"amounts fit several columns equally ({described}); the first is used",
                f"金额可归入多种栏目组合（{described}），采用第一种",
            )
        )
    return rows, findings, unplaced


def _printed_columns(
    flat: Sequence[FlatRow],
    options: Sequence[Sequence[Candidate]],
    refs: Mapping[int, Mapping[int, Decimal | None]],
    positions: Positions | None,
) -> dict[int, dict[int, Decimal | None]]:
    """The cells of rows whose placement the text's layout shows (by row index, column
    index → amount): among a row's placements that keep its own sums equally well, the
    one whose amounts stand under their columns' numbers
    (:func:`~xjbudget.tables.flat_positions.by_position`) — unless it contradicts a cell
    another table states (``refs``), which then decides as before."""
    if not positions:
        return {}
    printed: dict[int, dict[int, Decimal | None]] = {}
    for i, row_options in enumerate(options):
        if not row_options:
            continue
        first = row_options[0]
        best = [
            c
            for c in row_options
            if (c.violations, c.deviation) == (first.violations, first.deviation)
        ]
        pick = by_position(best, flat[i].places, positions)
        known = refs.get(i, {})
        if pick is not None and all(pick.values[j] == v for j, v in known.items()):
            printed[i] = {j: v for j, v in enumerate(pick.values) if v is not None}
    return printed


def _finding(
    spec: TableSpec, row: FlatRow, rule: str, severity: Severity, message: str, message_zh: str
) -> Finding:
    return Finding(
        rule,
        severity,
        f"table {spec.number}, {row.code or ''} {row.label}: {message}",
        f"表{spec.number} {row.code or ''}{row.label}：{message_zh}",
        location=row.location,
        table=spec.number,
        row=row.code or row.label,
    )


def _two_sided(
    spec: TableSpec,
    body: Sequence[SourceLine],
    keys: list[str],
    context: Mapping[int, Table],
    settings: Settings,
) -> tuple[list[Row], list[Finding], int]:
    """表1/表4: each line holds an income item on the left and a 类 (or 支出总计) on the
    right; the left list has one amount column, the right list is placed as any table."""
    items = ItemMatcher(spec.items)
    income = _IncomeList(items)
    right_lines: list[SourceLine] = []
    for line in body:
        left, right = split_two_sided(line.text)
        if (
            left
            and not right
            and right_lines
            and not income.absorbs(left)
            and _continues_right(left, right_lines[-1].text, items)
            and not (left.isdigit() and regex.search(r"\.\d\d$", right_lines[-1].text))
        ):
            # (A digit run after a whole amount is no part of it: a page number.)
            # The rest of a long 类 name, or its amounts, wrapped onto a line of its own.
            last = right_lines[-1]
            broken = left.isdigit() and regex.search(r"\d\.\d$", last.text)
            joined = f"{last.text}{left}" if broken else f"{last.text} {left}"
            right_lines[-1] = SourceLine(joined, last.location)
            continue
        if left:
            income.take(left, line.location)
        if right:
            right_lines.append(SourceLine(right, line.location))
    income.flush()
    flat = read_flat_rows(right_lines, is_item=items.knows)
    shapes = [
        _Shape(r.label, code=Code(r.code))
        if r.code
        else _Shape(r.label, item=items.match(r.label), role="total")
        for r in flat
    ]
    placed, findings, unplaced = _place(spec, flat, shapes, keys, context, settings)
    return income.rows + [evolve(r, side="expenditure") for r in placed], findings, unplaced


@define
class _IncomeList:
    """The left list of 表1/表4, rebuilt from line halves: a label wrapped over lines
    (``1、一般公共预算`` / ``拨款 4387.56``) is joined, an amount alone on the next line
    (``一、财政拨款（补`` / ``助）`` / ``0.01``) goes to the label above."""

    items: ItemMatcher
    rows: list[Row] = Factory(list)
    pending: str = ""
    pending_at: Location | None = None

    def absorbs(self, text: str) -> bool:
        """Whether ``text`` completes the label waiting for the rest of it."""
        return bool(self.pending) and self.items.knows(self.pending + text)

    def take(self, text: str, where: Location) -> None:
        tokens = text.split()
        amount = parse_amount(tokens[-1]) if is_flat_amount(tokens[-1]) else None
        label = normalize_text(" ".join(tokens[:-1] if amount is not None else tokens))
        if self.pending:
            joined = normalize_text(self.pending + label)
            if (
                not label
                or self.items.knows(joined)
                or not (self.items.knows(self.pending) or self.items.knows(label))
            ):
                label, where = joined, self.pending_at or where
                self.pending = ""
            else:
                self.flush()
        if amount is None:
            self.pending, self.pending_at = label, where
            return
        self._emit(label, amount, where)

    def flush(self) -> None:
        if self.pending:
            self._emit(self.pending, None, self.pending_at or Location())
        self.pending, self.pending_at = "", None

    def _emit(self, label: str, amount: Decimal | None, where: Location) -> None:
        item = self.items.match(label)
        self.rows.append(
            Row(
                name=label,
                values={"income": amount},
                item=item,
                side="income",
                role="total" if item == "income_total" else "detail",
                location=where,
            )
        )


def _label_start(
    spec: TableSpec,
) -> Callable[[Sequence[SourceLine], SourceLine], list[SourceLine]]:
    """For 表1/表4: the lines at the end of a header zone that start the first row's
    wrapped income label (``一、财政拨款（补`` / ``助）`` over ``0.01 201 …``)."""
    items = ItemMatcher(spec.items)

    def resume(zone: Sequence[SourceLine], first: SourceLine) -> list[SourceLine]:
        left = split_two_sided(first.text)[0].split()
        if not left:
            return []  # the row has no income half: nothing of it can stand above
        label = " ".join(left[:-1] if is_flat_amount(left[-1]) else left)
        tail = list(zone[-3:])
        for n in range(len(tail), 0, -1):
            if items.knows("".join(line.text for line in tail[-n:]) + label):
                return tail[-n:]
        return []

    return resume


def _finishes_name(code: str, name: str, piece: str) -> bool:
    """Whether ``piece`` finishes ``name`` into its code's classification name."""
    try:
        entry = codes.check(code, normalize_text(name + piece)).entry
    except XjbudgetError:
        return False
    full = normalize_text(name + piece)
    return entry is not None and entry.name == full and entry.name != name


def _name_start(zone: Sequence[SourceLine], first: SourceLine) -> list[SourceLine]:
    """The end of a header zone that is the start of the first row's name: a name
    centred on its row (``一般公共服务支`` / ``201 868.26 …`` / ``出``) puts its first
    piece above the first coded line, among the header's lines. Taken back when the
    first line is codes and amounts only and the piece begins its code's name."""
    tokens = first.text.split()
    code = ""
    while tokens and tokens[0].isdigit() and len(tokens[0]) in ((3,) if not code else (2,)):
        code += tokens.pop(0)
    if not code or not zone or not tokens or not all(is_flat_amount(t) for t in tokens):
        return []
    piece = normalize_text(zone[-1].text)
    try:
        entry = codes.check(code, piece).entry
    except XjbudgetError:
        return []
    name = entry.name if entry is not None else ""
    return [zone[-1]] if piece and len(piece) < len(name) and name.startswith(piece) else []


def _continues_right(text: str, last: str, items: ItemMatcher) -> bool:
    """The rest of the right-hand row above (``last``): its amounts alone on a line, or
    the end of its wrapped 类 name (the name only matches its code with it, or a short
    fragment that is no income item)."""
    tokens = text.split()
    if all(is_flat_amount(t) for t in tokens):
        return True
    if text.isdigit() and regex.search(r"\d\.\d$", last):
        return True  # the last digit of a number broken over two lines
    head = last.split()
    if head and _completes_name(head[0], normalize_text(" ".join(head[1:])), text):
        return True
    return len(text) <= 6 and not is_flat_amount(tokens[-1]) and not items.knows(text)


def _completes_name(code: str, name: str, fragment: str) -> bool:
    if not code.isdigit() or len(code) != 3 or not name:
        return False
    try:
        before = codes.check(code, name).status
        after = codes.check(code, normalize_text(name + fragment)).status
    except XjbudgetError:
        return False
    return before is not codes.CheckStatus.MATCH and after is codes.CheckStatus.MATCH
