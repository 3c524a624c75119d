"""Reading a table of rows grouped under subtotal rows (表18, the project expenditure).

The rows are projects by name (no classification code), under the rows of the units
that spend them, as Guangzhou, Shenzhen, Yantai and Xi'an print them. What this reader
does beyond one row a line:

- **Names and texts wrapped over lines.** A line with no amount and no code is a piece of
  a neighbouring row's name or text columns (Guangzhou centres a long project name and its
  绩效目标 text on the row's amounts: pieces above the amounts and pieces below). Between
  two rows of amounts, the pieces of each column go to the row above as many as it had
  pieces above its amounts (a centred cell has as many below as above), the rest to the
  row below.
- **Text columns** (``TableSpec.text_columns``: 项目类别, 项目简介, 绩效目标) are kept on
  the row (``Row.texts``), never read as amounts.
- **Amounts run together.** Where a row's value cells hold more amounts than cells
  (``38,349.650.00``, ``0.00 70,048.27``: two amounts of two decimals each, printed in one
  cell by the PDF) and, split, exactly as many as the header's value columns, they are the
  columns' amounts in printed order.
- **Groups.** The rows under a subtotal row are read from the table's arithmetic
  (:mod:`xjbudget.tables.grouped`): a group row has ``role="unit"``, every row its
  ``parent``. A unit code printed in a 单位编码 column is name evidence, and so is a name
  that names a unit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

import regex
from attrs import evolve, frozen

from ..catalog import ColumnDef, RowSum
from ..model import Finding, Row
from ..settings import Settings
from ..sources.lines import SourceLine
from ..text import label_key, normalize_text
from .cells import RawRow, is_total_label, merge_fragments, read_values
from .grouped import group_rows, names_a_unit
from .header import HeaderCell, HeaderMap, map_columns, read_header

__all__ = ["amounts_run", "read_grouped", "untangled_leaf"]

_CODE_LABEL = regex.compile(r"^(?:单位|部门)?(?:编码|代码)$")
_SERIAL_LABEL = "序号"
_CODE = regex.compile(r"^\d{1,12}$")
# An amount as these tables print it: thousands separators, two decimals. A run of digits
# is read from its start or from where the last amount ended (\G): the PDF prints amounts
# back to back (``38,349.650.00`` is 38,349.65 and 0.00); from inside a run each start
# would scan the whole run again (quadratic, tests/fuzz/pattern_steps.py).
_AMOUNTS_RUN = regex.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|(?:\G|(?<![0-9]))[0-9]+)\.[0-9]{2}")


@frozen
class _Layout:
    """Where a table's columns are: ``header`` the value columns by cell index,
    ``order`` every value column in printed order (with those untangled from labels run
    together, which have no cell of their own), the name, code and text columns."""

    header: HeaderMap
    order: tuple[str, ...]
    key_end: int
    names: tuple[int, ...]
    code: int | None
    texts: tuple[tuple[int, str], ...]


def _text_key(cell: HeaderCell, declared: Sequence[ColumnDef], right: bool) -> str | None:
    """The text column a header cell names: its label exactly, or, right of the amounts,
    a label run together with a neighbour's (广州's 其他资金绩效目标, 绩效目标金)."""
    for column in declared:
        keys = column.label_keys()
        if cell.leaf in keys or (right and any(k in cell.leaf for k in keys)):
            return column.key
    return None


def _embed(label: str, text: str, used: list[bool]) -> list[int] | None:
    """The first unused positions of ``text`` spelling ``label`` in order, or ``None``."""
    at: list[int] = []
    position = 0
    for char in label:
        while position < len(text) and (used[position] or text[position] != char):
            position += 1
        if position == len(text):
            return None
        at.append(position)
        position += 1
    return at


def _untangle(
    cells: Sequence[HeaderCell], declared: Sequence[ColumnDef]
) -> list[tuple[tuple[int, int], str]] | None:
    """Labels the PDF printed run into each other (广州: ``财政专 其他资户拨款`` |
    ``绩效目标金`` is 财政专户拨款, 其他资金 and 绩效目标): the declared columns whose labels
    (of four characters or more) spell, in order and together, every character of these
    cells, each with the place of its first character (cell index, offset); ``None``
    unless every character is used."""
    text = "".join(c.leaf for c in cells)
    where = [(c.index, k) for c in cells for k in range(len(c.leaf))]
    used = [False] * len(text)
    found: list[tuple[tuple[int, int], str]] = []
    variants = sorted(
        ((v, c.key) for c in declared for v in c.label_keys() if len(v) >= 4),
        key=lambda p: -len(p[0]),
    )
    for label, key in variants:
        if any(k == key for _, k in found):
            continue
        at = _embed(label, text, used)
        if at is None:
            continue
        for position in at:
            used[position] = True
        found.append((where[at[0]], key))
    if not text or not all(used):
        return None
    return sorted(found)


def untangled_leaf(cell: HeaderCell, declared: Sequence[ColumnDef]) -> tuple[str, ...] | None:
    """The declared columns, two or more, whose labels the PDF printed run into each other
    in one header cell (:func:`_untangle`), after a group label before them (广州's 表2:
    ``财政拨款收入一般公共预政府性基金算预算`` is 财政拨款收入 › 一般公共预算 and
    政府性基金预算), in printed order; ``None`` when no such reading uses every character."""
    for start in range(len(cell.leaf) - 1):
        found = _untangle([HeaderCell(cell.index, cell.leaf[start:], ())], declared)
        if found is not None:
            return tuple(k for _, k in found) if len(found) >= 2 else None
    return None


def amounts_run(cell: str, count: int) -> list[str] | None:
    """The ``count`` amounts a cell prints back to back (``47,944.02143,878.90`` is
    47,944.02 and 143,878.90), where the cell holds nothing else; else ``None``."""
    found = _AMOUNTS_RUN.findall(cell.strip())
    if len(found) != count or _AMOUNTS_RUN.sub("", cell).strip():
        return None
    return found


def _layout(
    header_rows: Sequence[Sequence[str]],
    columns: Sequence[ColumnDef],
    text_columns: Sequence[ColumnDef],
    settings: Settings,
) -> _Layout | None:
    cells = read_header(header_rows)
    header = map_columns(cells, columns, settings=settings)
    if not header.columns:
        return None
    key_end = header.first_value
    declared = {c.key: c for c in columns}
    exact = {i: k for i, k in header.columns if _leaf(cells, i) in declared[k].label_keys()}
    texts = {
        c.index: key
        for c in cells
        if c.index not in exact
        and (key := _text_key(c, text_columns, c.index > key_end)) is not None
    }
    placed: list[tuple[tuple[int, int], str]] = [((i, 0), k) for i, k in exact.items()]
    tangled = [c for c in cells if c.index > key_end and c.index not in exact]
    untangled = _untangle(tangled, [*columns, *text_columns]) if tangled else None
    text_keys = {c.key for c in text_columns}
    if untangled is not None and any(k not in text_keys for _, k in untangled):
        placed += [(p, k) for p, k in untangled if k not in text_keys]
        texts.update({p[0]: k for p, k in untangled if k in text_keys})
        header = HeaderMap(tuple(sorted(exact.items())))
    else:
        placed = [((i, 0), k) for i, k in header.columns]
    order = tuple(k for _, k in sorted(placed))
    code = next((c.index for c in cells if c.index < key_end and _CODE_LABEL.match(c.leaf)), None)
    serial = {c.index for c in cells if c.index < key_end and c.leaf == _SERIAL_LABEL}
    names = tuple(i for i in range(key_end) if i != code and i not in serial and i not in texts)
    return _Layout(header, order, key_end, names, code, tuple(sorted(texts.items())))


def _leaf(cells: Sequence[HeaderCell], index: int) -> str:
    return next((c.leaf for c in cells if c.index == index), "")


def _holds(values: Mapping[str, Decimal | None], sums: Sequence[RowSum]) -> bool:
    """Whether the declared row sums hold on these amounts (the columns printed)."""
    zero = Decimal(0)
    for declared in sums:
        if declared.total not in values or any(p not in values for p in declared.parts):
            continue
        keys = (*declared.parts, *(k for k in declared.also if k in values))
        if (values[declared.total] or zero) != sum((values[k] or zero for k in keys), zero):
            return False
    return True


def _in_order(
    raw: RawRow, layout: _Layout, sums: Sequence[RowSum]
) -> tuple[dict[str, Decimal | None], str] | None:
    """A row's amounts laid out in the value columns in printed order, where its cells
    right of the key columns, split into amounts (``38,349.650.00`` is two, ``0.00
    70,048.27`` two), give exactly one per column. Amounts run into a text column's text
    (广州's 其他资金 ``0.00`` printed inside the 绩效目标 text) fill the columns the
    other cells leave: all of them where they are as many, else the run of them for which
    the row's declared sums hold, if only one does. With the text left of those amounts;
    ``None`` otherwise."""
    text_at = dict(layout.texts)
    tokens: list[str] = []
    glued: tuple[int, str] | None = None  # (token position, the text cell)
    for index in range(layout.key_end, len(raw.cells)):
        cell = raw.cell(index).strip()
        if not cell:
            continue
        amounts = _AMOUNTS_RUN.findall(cell)
        if amounts and not _AMOUNTS_RUN.sub("", cell).strip():
            tokens.extend(amounts)
        elif not text_at:
            return None
        elif amounts:
            # Text with amounts run into it: in the text column, or the cells of a page
            # printed out of line with its header.
            if glued is not None:
                return None
            glued = (len(tokens), cell)
    need = len(layout.order) - len(tokens)
    if need == 0:
        return _values(layout, tokens), ""
    if glued is None or need < 0:
        return None
    at, cell = glued
    found = list(_AMOUNTS_RUN.finditer(cell))
    choices: list[tuple[dict[str, Decimal | None], str]] = []
    for first in range(len(found) - need + 1):
        run = [(m.start(), m.end()) for m in found[first : first + need]]
        readings = [run]
        if need == 1:
            # An amount run into a figure of the text (``（25-29251.14座）``: 251.14 after
            # 25-29): its last digits, where the row's sums say so.
            start, end = run[0]
            readings = [
                [(k, end)] for k in range(start, end) if _AMOUNTS_RUN.fullmatch(cell[k:end])
            ]
        for pieces in readings:
            amounts = [cell[a:b] for a, b in pieces]
            values = _values(layout, [*tokens[:at], *amounts, *tokens[at:]])
            text = cell
            for a, b in reversed(pieces):
                text = text[:a] + text[b:]
            choices.append((values, text.strip()))
    if len(choices) == 1:
        return choices[0]
    holding = [c for c in choices if _holds(c[0], sums)]
    return holding[0] if len(holding) == 1 else None


def _values(layout: _Layout, tokens: Sequence[str]) -> dict[str, Decimal | None]:
    return {k: Decimal(t.replace(",", "")) for k, t in zip(layout.order, tokens, strict=True)}


@frozen
class _Line:
    raw: RawRow
    name: str
    code: str
    texts: dict[str, str]
    values: dict[str, Decimal | None]
    findings: tuple[Finding, ...]

    @property
    def has_amount(self) -> bool:
        return any(v is not None for v in self.values.values())


def _read_line(raw: RawRow, layout: _Layout, table: int, sums: Sequence[RowSum]) -> _Line:
    text_at = dict(layout.texts)
    texts = {key: raw.cell(i).strip() for i, key in layout.texts if raw.cell(i).strip()}
    ordered = _in_order(raw, layout, sums)
    found: list[Finding] = []
    if ordered is not None:
        values, text = ordered
        # The text cells as printed, those of amounts only left out, the amounts run
        # into one taken out of it: in the first text column where cells are out of line.
        texts = {
            key: raw.cell(i).strip()
            for i, key in layout.texts
            if i < layout.key_end and raw.cell(i).strip()
        }
        for i in range(layout.key_end, len(raw.cells)):
            cell = raw.cell(i).strip()
            if not cell or (_AMOUNTS_RUN.search(cell) and not _AMOUNTS_RUN.sub("", cell).strip()):
                continue
            key = text_at.get(i, layout.texts[0][1])
            piece = text if text and _AMOUNTS_RUN.search(cell) else cell
            texts[key] = texts.get(key, "") + piece
    else:
        blanked = evolve(
            raw, cells=tuple("" if i in text_at else c for i, c in enumerate(raw.cells))
        )
        values, found = read_values(blanked, layout.header, table=table, lo=layout.key_end)
    name = "".join(raw.cell(i).strip() for i in layout.names)
    code = raw.cell(layout.code).strip() if layout.code is not None else ""
    return _Line(raw, name, code if _CODE.match(code) else "", texts, values, tuple(found))


@frozen
class _Pieces:
    """A row of amounts and the pieces of its name and texts printed above and below."""

    line: _Line
    above: dict[str, list[str]]
    below: dict[str, list[str]]


def _pieces(lines: Sequence[_Line]) -> list[_Pieces]:
    rows: list[_Pieces] = []
    pending: list[_Line] = []

    def split(before: _Pieces | None, after: _Pieces | None) -> None:
        columns = {"name"} | {k for line in pending for k in line.texts}
        for column in sorted(columns):
            texts = [
                t
                for line in pending
                if (t := (line.name if column == "name" else line.texts.get(column, "")))
            ]
            if not texts:
                continue
            give = len(texts) if after is None else 0
            if before is not None and after is not None:
                give = min(len(texts), len(before.above.get(column, ())))
            if before is not None:
                before.below.setdefault(column, []).extend(texts[:give])
            if after is not None:
                after.above.setdefault(column, []).extend(texts[give:])

    for line in lines:
        if line.has_amount or line.code or is_total_label(line.name):
            current = _Pieces(line, {}, {})
            split(rows[-1] if rows else None, current)
            rows.append(current)
            pending = []
        else:
            pending.append(line)
    if rows:
        split(rows[-1], None)
    return rows


def _joined(pieces: _Pieces, column: str, own: str) -> str:
    return "".join([*pieces.above.get(column, ()), own, *pieces.below.get(column, ())])


def _repeats_key_label(raw: RawRow, header_rows: Sequence[Sequence[str]], layout: _Layout) -> bool:
    """Whether a body line prints the key column's header label and no amount."""
    labels = {k for row in header_rows for c in row[: layout.key_end] if (k := label_key(c))}
    return any(label_key(raw.cell(i)) in labels for i in layout.names) and not any(
        _AMOUNTS_RUN.search(c) for c in raw.cells
    )


def _labels(cells: Sequence[str]) -> tuple[str, ...]:
    """A row's labels, for comparing rows."""
    return tuple(k for c in cells if (k := label_key(c)))


def read_grouped(
    pages: Sequence[tuple[Sequence[Sequence[str]], Sequence[SourceLine]]],
    columns: Sequence[ColumnDef],
    text_columns: Sequence[ColumnDef],
    sums: Sequence[RowSum],
    *,
    table: int,
    department: str | None,
    settings: Settings,
) -> tuple[list[Row], tuple[str, ...], list[Finding]] | None:
    """The rows of a grouped table (see the module docstring), the keys of the columns
    its header prints and the findings; ``None`` when the first header matches no column.
    ``pages`` are the header rows and body lines of each page: a page printing a header
    of its own is read with it (西安 prints 单位编码 over one cell on a page, two on the
    next), a page without one with the header before it."""
    first = next((header for header, _ in pages if header), ())
    layout = _layout(first, columns, text_columns, settings)
    if layout is None:
        return None
    order = list(layout.order)
    code_printed = layout.code is not None
    lines: list[_Line] = []
    header_rows: Sequence[Sequence[str]] = first
    for page_header, body in pages:
        if page_header and page_header != header_rows:
            own = _layout(page_header, columns, text_columns, settings)
            if own is not None:
                layout, header_rows = own, page_header
        for raw in merge_fragments(body, layout.key_end):
            # The header printed again among the body lines (a page without an 编制部门
            # line above it): a line repeating a header row, or the label of the key
            # column with no amount. Its columns are read as that page's header: the
            # PDF runs labels together differently from page to page.
            if _labels(raw.cells) in {_labels(row) for row in header_rows} - {()}:
                continue
            if _repeats_key_label(raw, header_rows, layout):
                own = _layout([raw.cells], columns, text_columns, settings)
                if own is not None:
                    layout, header_rows = own, [raw.cells]
                continue
            lines.append(_read_line(raw, layout, table, sums))
        order += [k for k in layout.order if k not in order]
    findings: list[Finding] = []
    built: list[tuple[Row, bool]] = []
    for pieces in _pieces(lines):
        line = pieces.line
        findings.extend(line.findings)
        name = normalize_text(_joined(pieces, "name", line.name))
        texts = tuple(
            (key, _joined(pieces, key, line.texts.get(key, "")))
            for _, key in layout.texts
            if _joined(pieces, key, line.texts.get(key, ""))
        )
        total = is_total_label(name) and not line.code
        # Where units are printed with their codes, the code is the name evidence.
        named = bool(line.code) if code_printed else names_a_unit(name, None, department)
        row = Row(
            name=name,
            values=line.values,
            item=line.code or None,
            role="total" if total else "detail",
            location=line.raw.line.location,
            texts=texts,
        )
        built.append((row, named))
    members = [i for i, (row, _) in enumerate(built) if row.role != "total"]
    printed_total = next((row.values for row, _ in built if row.role == "total"), None)
    grouping = group_rows(
        [built[i][0].values for i in members], [built[i][1] for i in members], printed_total
    )
    rows = [row for row, _ in built]
    for position, i in enumerate(members):
        place = grouping[position]
        parent = members[place.parent] if place.parent is not None else None
        row = rows[i]
        if place.group:
            rows[i] = evolve(row, role="unit", parent=parent)
        else:
            rows[i] = evolve(row, project=row.name, name="", parent=parent)
    return rows, tuple(order), findings
