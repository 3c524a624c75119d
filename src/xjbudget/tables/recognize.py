"""From a segmented table block to its typed :class:`~xjbudget.model.Table`.

One entry point, :func:`recognize`, picks the table's declaration (by its 表 number and
title) and hands the block to the first reader of :data:`READERS` that accepts its shape
and reads it: the flattened form (text lines, no cells), two side-by-side lists (a
declaration with two sides: 表1, 表4), items printed as columns (the “三公” table), or one
row per line under a header (coded, named or project rows). A block no reader reads gives
a :class:`~xjbudget.model.GenericTable` and a finding: nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Protocol

import regex
from attrs import evolve, frozen

from ..catalog import NATIONAL, TableSpec, family_named, spec_for_number, spec_for_title
from ..errors import CodeError
from ..model import Code, ColumnSpec, Finding, GenericTable, Location, Row, Table
from ..settings import DEFAULT_SETTINGS, Settings
from ..structure import TableBlock
from ..text import label_characters, label_key, normalize_text
from .cells import RawRow, is_total_label, merge_fragments, read_values, split_code
from .economic import EconomicNames, key_holds_amounts
from .flat import read_flat_table
from .grouped import adds_up
from .header import (
    HeaderCell,
    HeaderMap,
    is_misaligned,
    labels_above,
    map_columns,
    numbered_columns,
    read_header,
    repeats_header,
    with_group_labels,
)
from .items import ClassNames, ItemMatcher
from .procurement import procurement_key, reads_procurement
from .project_classes import ProjectClass
from .projects import amounts_run, read_grouped, untangled_leaf
from .summary_lists import list_columns, read_summary_lists
from .sums import repair_by_sums
from .transposed import is_transposed, read_transposed
from .unit_years import read_unit_years, several_units_by_year
from .year_groups import spread_runs, year_group_header

__all__ = ["READERS", "ReadRequest", "Reader", "Reading", "Recognized", "recognize"]

_SPLIT_LABELS = frozenset(
    {"支出", "支出功能分类", "功能分类", "财政拨款支出", "支出功能分类科目", "本年支出"}
)
_NUMBERING = regex.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．]?|其中\s*[:：]?)\s*"
)


@frozen
class Recognized:
    """A recognised standard table or a generic one, with what reading it noticed."""

    table: Table | GenericTable
    findings: tuple[Finding, ...]
    flat: bool = False


def _choose_spec(block: TableBlock) -> tuple[TableSpec | None, list[Finding]]:
    """The declaration of a block: by its title, else by its 表N number where the
    template's numbers are the standard ones (the national family; Guangzhou's 表8 is
    the “三公” table, Shenzhen's 表7 the 一般公共预算支出表)."""
    by_title = spec_for_title(block.title) if block.title else None
    family = family_named(block.family) if block.family else NATIONAL
    if not family.standard_numbers:
        return by_title, []
    by_number = spec_for_number(block.number) if block.number is not None else None
    if by_title is not None and by_number is not None and by_title != by_number:
        return by_title, [
            Finding(
                "parse.table.number_title_mismatch",
                "warning",
                f"表{block.number} is titled {block.title!r}, read as table {by_title.number}",
                f"表{block.number}标题为“{block.title}”，按表{by_title.number}读取",
                location=block.first.location if block.first else None,
                table=by_title.number,
            )
        ]
    return by_title or by_number, []


_UNIT_CODE = regex.compile(r"^\s*(\d{3,12})\s+(\S.*)$")
_UNIT_KEY = regex.compile(r"^(?:(?:预算)?(?:单位|部门)(?:代码|编码|名称)?|预算单位)$")
_CODE_KEY = regex.compile(r"科目|^[类款项]$|功能|经济")


def _keyed_by_unit(header_rows: Sequence[Sequence[str]], spec: TableSpec) -> bool:
    """Whether a table declared with coded rows prints its rows by unit instead: the
    header's key columns name a unit (部门代码 / 单位名称 / 预算单位) and no classification
    (科目, 类/款/项). Jiangsu's 收入总表 lists the income of each unit, not of each code:
    it is read as the declaration's ``by_unit`` table (表14), or kept generic. A table of
    named items (表10) is by unit where it has a ``by_unit`` table and no 年度 column
    (深圳's 表9 prints one unit's items in a row per year: still 表10)."""
    coded = spec.row_key in ("functional", "economic")
    if not header_rows or not (coded or (spec.row_key == "item" and spec.by_unit is not None)):
        return False
    cells = read_header(header_rows)
    keys = [c.leaf for c in cells] + [g for c in cells for g in c.groups]
    if not coded and "年度" in keys:
        return False
    return any(_UNIT_KEY.match(k) for k in keys) and not any(_CODE_KEY.search(k) for k in keys)


def _units_by_year(
    block: TableBlock, header_rows: Sequence[Sequence[str]], spec: TableSpec
) -> bool:
    """Whether a table of named items (表10) prints several units, each in a row per year
    (深圳's 表9 of shenzhen-09): it is read as the declaration's ``by_unit`` table too."""
    body = [line for page in block.pages for line in page.body]
    return (
        spec.row_key == "item"
        and spec.by_unit is not None
        and several_units_by_year(header_rows, body)
    )


def _no_spec_reason(block: TableBlock) -> str:
    family = family_named(block.family) if block.family else NATIONAL
    if block.title:
        kept = family.generic_reason(block.title)
    else:
        header = next((line.cells for page in block.pages for line in page.header), None)
        kept = family.untitled_reason(header) if header else None
    if kept is not None:
        return kept
    if block.number is not None and not family.standard_numbers:
        return (
            f"no standard table has this title ({block.printed_number} is not a standard"
            f" number in the {family.key} template)"
        )
    return "no standard table has this number or title"


def _grid(block: TableBlock) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    header = [tuple(line.cells or ()) for page in block.pages for line in page.header]
    body = [tuple(line.cells or ()) for page in block.pages for line in page.body]
    return header, body


def _generic(block: TableBlock, reason: str, findings: list[Finding]) -> Recognized:
    header, body = _grid(block)
    location = block.first.location if block.first else None
    findings.append(
        Finding(
            "parse.table.unrecognised",
            "warning",
            f"table {block.number or ''} {block.title!r} kept as a generic grid: {reason}",
            f"表{block.number or ''}“{block.title}”未能识别，按通用表格保留：{reason}",
            location=location,
            table=block.number,
        )
    )
    table = GenericTable(
        title=block.title,
        header=tuple(header),
        body=tuple(body),
        number=block.number,
        reason=reason,
        location=location or Location(),
        printed_number=block.printed_number,
        family=block.family,
    )
    return Recognized(table, tuple(findings))


@frozen
class ReadRequest:
    """What every reader gets: the block, the declaration chosen for it, its first page's
    header rows, the department, the tables already read, the thresholds and the
    document's year (whose code tables name economic classes printed without code)."""

    block: TableBlock
    spec: TableSpec
    header_rows: tuple[tuple[str, ...], ...]
    department: str | None
    context: Mapping[int, Table]
    settings: Settings
    year: int | None = None
    # What part 3 says of projects' economic classes (the flat form's 表7).
    projects: tuple[ProjectClass, ...] = ()


@frozen
class Reading:
    """What a reader read: the rows, the columns the table prints, the findings, and the
    "…为空表" statement a flattened table prints among its lines."""

    rows: tuple[Row, ...]
    columns: tuple[ColumnSpec, ...]
    findings: tuple[Finding, ...]
    statement: str | None = None


class Reader(Protocol):
    """A reader of one layout. :func:`recognize` asks the readers of :data:`READERS` in
    turn; the first that ``accepts`` the block's shape and reads it (``read`` returns a
    :class:`Reading`, not ``None``) makes the table."""

    @property
    def name(self) -> str: ...

    def accepts(self, request: ReadRequest) -> bool: ...

    def read(self, request: ReadRequest) -> Reading | None: ...


@frozen
class _FlatReader:
    """Text lines and no cell row: the flattened form (:mod:`xjbudget.tables.flat`)."""

    name: str = "flat"

    def accepts(self, request: ReadRequest) -> bool:
        block = request.block
        return bool(block.text) and not any(page.header or page.body for page in block.pages)

    def read(self, request: ReadRequest) -> Reading:
        rows, keys, found, statement = read_flat_table(
            request.block,
            request.spec,
            context=request.context,
            department=request.department,
            settings=request.settings,
            projects=request.projects,
            year=request.year,
        )
        return Reading(tuple(rows), request.spec.column_specs(keys), tuple(found), statement)


@frozen
class _TwoSidedReader:
    """Two lists side by side, income left and expenditure right (表1, 表4)."""

    name: str = "two-sided"

    def accepts(self, request: ReadRequest) -> bool:
        return request.spec.two_sided

    def read(self, request: ReadRequest) -> Reading | None:
        return _keyed(request, _read_two_sided(request))


@frozen
class _SummaryListsReader:
    """表1/表4 with three expenditure lists beside the income (西安's 部门综合预算收支总表:
    by function, by 部门预算 and by 政府预算 economic class),
    :mod:`xjbudget.tables.summary_lists`."""

    name: str = "summary-lists"

    def accepts(self, request: ReadRequest) -> bool:
        return request.spec.two_sided and list_columns(request.header_rows) is not None

    def read(self, request: ReadRequest) -> Reading | None:
        pages = [(page.header, page.body) for page in request.block.pages]
        return _keyed(request, read_summary_lists(pages, request.spec, request.year))


@frozen
class _TransposedReader:
    """A header naming the declaration's items as columns over one row of amounts (the
    “三公” table printed as columns)."""

    name: str = "transposed"

    def accepts(self, request: ReadRequest) -> bool:
        return bool(request.spec.items) and is_transposed(request.header_rows, request.spec)

    def read(self, request: ReadRequest) -> Reading | None:
        read = read_transposed(request.block, request.spec, request.header_rows)
        if read is None:
            return None
        rows, columns, found = read
        return Reading(tuple(rows), columns, tuple(found))


@frozen
class _UnitYearsReader:
    """Several units, each in a row per year under a 年度 column (表22,
    :mod:`xjbudget.tables.unit_years`)."""

    name: str = "unit-years"

    def accepts(self, request: ReadRequest) -> bool:
        body = [line for page in request.block.pages for line in page.body]
        return request.spec.year_groups and several_units_by_year(request.header_rows, body)

    def read(self, request: ReadRequest) -> Reading | None:
        body = [line for page in request.block.pages for line in page.body]
        read = read_unit_years(body, request.spec, request.header_rows)
        if read is None:
            return None
        rows, columns, found = read
        return Reading(tuple(rows), columns, tuple(found))


@frozen
class _GridReader:
    """One row per line under a header: coded rows (表2, 3, 5–9), named rows (表10),
    project rows (表11)."""

    name: str = "grid"

    def accepts(self, request: ReadRequest) -> bool:
        return not request.spec.two_sided

    def read(self, request: ReadRequest) -> Reading | None:
        return _keyed(request, _read_rows(request))


@frozen
class _GroupedReader:
    """Rows by name grouped under the rows that subtotal them, names and texts wrapped
    over lines (表18, :mod:`xjbudget.tables.projects`)."""

    name: str = "grouped"

    def accepts(self, request: ReadRequest) -> bool:
        return request.spec.grouped and request.spec.row_key == "project"

    def read(self, request: ReadRequest) -> Reading | None:
        spec = request.spec
        read = read_grouped(
            [
                (tuple(tuple(line.cells or ()) for line in page.header), page.body)
                for page in request.block.pages
            ],
            spec.columns,
            spec.text_columns,
            spec.row_sums,
            table=spec.number,
            department=request.department,
            settings=request.settings,
        )
        return _keyed(request, read)


#: The readers, in the order :func:`recognize` asks them.
READERS: tuple[Reader, ...] = (
    _FlatReader(),
    _SummaryListsReader(),
    _TwoSidedReader(),
    _TransposedReader(),
    _GroupedReader(),
    _UnitYearsReader(),
    _GridReader(),
)


def _keyed(
    request: ReadRequest, read: tuple[list[Row], tuple[str, ...], list[Finding]] | None
) -> Reading | None:
    if read is None:
        return None
    rows, keys, found = read
    return Reading(tuple(rows), request.spec.column_specs(keys), tuple(found))


def recognize(
    block: TableBlock,
    *,
    department: str | None = None,
    context: Mapping[int, Table] | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    year: int | None = None,
    projects: Sequence[ProjectClass] = (),
) -> Recognized:
    """Read one table block into its record (see the module docstring).

    The declaration is chosen by the block's number and title; the layout's reader by the
    block's shape (:data:`READERS`). ``context`` holds the tables of the same document
    already read, whose cells help place a flattened table's amounts; ``settings`` the
    thresholds (header similarity, the bounds on placing amounts); ``year`` the
    document's, whose 部门预算支出经济分类 gives the code of an economic class printed by
    name only (:mod:`xjbudget.tables.economic`); ``projects`` the economic class part 3
    states for projects (:mod:`xjbudget.tables.project_classes`), which places a
    flattened 表7's amounts.
    """
    spec, findings = _choose_spec(block)
    if spec is None:
        return _generic(block, _no_spec_reason(block), findings)
    header_rows = next(
        (
            tuple(tuple(line.cells or ()) for line in page.header)
            for page in block.pages
            if page.header
        ),
        (),
    )
    if _keyed_by_unit(header_rows, spec) or _units_by_year(block, header_rows, spec):
        by_unit = spec_for_number(spec.by_unit) if spec.by_unit is not None else None
        if by_unit is None:
            return _generic(
                block,
                f"rows keyed by unit (单位代码/单位名称), not by the {spec.row_key} codes of"
                f" 表{spec.number}",
                findings,
            )
        spec = by_unit
    if spec.item_groups and _coded_procurement(header_rows):
        # 烟台's 政府采购预算表: the same kind by functional code (类 / 款 / 项) and name.
        spec = evolve(spec, row_key="functional", hierarchical=True, items=(), item_groups=False)
    request = ReadRequest(
        block, spec, header_rows, department, context or {}, settings, year, tuple(projects)
    )
    for reader in READERS:
        if not reader.accepts(request):
            continue
        reading = reader.read(request)
        if reading is None:
            continue
        table = _table(block, spec, reading.rows, reading.columns)
        if reading.statement and not table.empty_statement:
            table = evolve(table, empty_statement=reading.statement)
        return Recognized(table, (*findings, *reading.findings), flat=reader.name == "flat")
    if not any(page.body for page in block.pages) and block.statement:
        # Only "…为空表" is printed: it says every cell of the table is empty.
        return Recognized(_table(block, spec, (), spec.column_specs()), tuple(findings))
    return _generic(block, "the header matches none of the table's columns", findings)


def _table(
    block: TableBlock, spec: TableSpec, rows: tuple[Row, ...], columns: tuple[ColumnSpec, ...]
) -> Table:
    return Table(
        number=spec.number,
        kind=spec.kind,
        title=block.title or spec.title,
        columns=columns,
        rows=rows,
        unit=block.unit,
        preparer=block.preparer,
        empty_statement=block.statement,
        location=block.first.location if block.first else Location(),
        printed_number=block.printed_number,
        printed_title=block.title or None,
        family=block.family,
    )


def _body(block: TableBlock, key_end: int, paged: Mapping[int | None, _PageHeader]) -> list[RawRow]:
    """The block's body rows, each page's keys ending where its own header says."""
    rows: list[RawRow] = []
    for page in block.pages:
        own = paged.get(page.body[0].location.page) if page.body else None
        rows.extend(merge_fragments(page.body, own[0].first_value if own else key_end))
    return rows


def _group_labels(block: TableBlock) -> tuple[str, ...]:
    """The group labels printed as text lines above the block's first header."""
    first = next((page.header[0] for page in block.pages if page.header), None)
    return labels_above(block.lines, first) if first is not None else ()


def _read_rows(request: ReadRequest) -> tuple[list[Row], tuple[str, ...], list[Finding]] | None:
    """The rows, the keys of the columns the header prints (in printed order) and the
    findings; ``None`` when the header matches too little of the declaration."""
    block, spec, header_rows = request.block, request.spec, request.header_rows
    department, settings = request.department, request.settings
    if spec.year_groups:
        header_rows = year_group_header(header_rows, spec.columns, settings.header_similarity)
    cells = with_group_labels(read_header(header_rows), _group_labels(block))
    header = map_columns(cells, spec.columns, settings=settings)
    findings: list[Finding] = []
    numbered = numbered_columns(header_rows)
    if is_misaligned(header_rows) and len(numbered) == len(spec.column_keys()):
        header = HeaderMap(tuple(zip(numbered, spec.column_keys(), strict=True)))
        findings.append(
            Finding(
                "parse.header.misaligned",
                "info",
                f"table {spec.number}: header labels out of line, columns read by their numbers",
                f"表{spec.number}表头错位，按栏目序号读取",
                location=block.first.location if block.first else None,
                table=spec.number,
            )
        )
    if not header.columns or (
        spec.row_key in ("functional", "economic", "unit") and not header.first_value
    ):
        return None  # a coded table needs its code and name columns
    header, tangled = _tangled_columns(header, spec)
    if spec.year_groups and not _year_groups_aligned(header, spec):
        return None
    key_end = header.first_value
    # 政府采购 (江苏) names each procurement's project in a 专项名称 column.
    project_at = next(
        (c.index for c in cells if c.index < key_end and c.leaf in ("项目名称", "专项名称")),
        None,
    )
    if spec.row_key == "project":
        project_at = None
    rows: list[Row] = []
    items = ItemMatcher(spec.items) if spec.items else None
    scheme = "economic" if spec.row_key == "economic" else "functional"
    code_columns = _code_columns(cells, key_end)
    # 烟台 prints the 政府预算支出经济分类 类 / 款 and name right of the 部门预算 ones.
    gov_columns = (
        _code_columns(cells, key_end, after=code_columns[-1])
        if spec.row_key == "economic" and code_columns
        else ()
    )
    # A 序号 column (西安 numbers every row) is no part of a row's key: each page's own
    # header says where it is (_serials).
    skip: set[int | None] = {project_at}
    skip.update(range(gov_columns[0], key_end) if gov_columns else ())
    procurement = spec.item_groups and reads_procurement(cells, key_end)
    # A page whose key columns end elsewhere is read by its own header only where no key
    # column is read by its place (类 / 款 / 项 runs, a skipped 序号 or 项目名称); a
    # procurement's key cells are read by their shapes and that page's header.
    placed = bool(code_columns or (skip - {None} and not procurement))
    labelled_gov = spec.row_key == "economic" and not gov_columns
    paged = _page_headers(request, header, key_end, keys_move=not placed)
    raw_rows = _body(block, key_end, paged)
    if spec.year_groups:
        raw_rows = spread_runs(raw_rows, key_end)
    if spec.row_key in ("functional", "economic"):
        raw_rows = _inherit_code_parts(raw_rows, code_columns)
        raw_rows = _inherit_code_parts(raw_rows, gov_columns)
    names = EconomicNames(request.year, spec.number) if spec.row_key == "economic" else None
    unnamed: dict[int, Finding] = {}
    all_bold = all(r.line.bold for r in raw_rows)
    for raw in raw_rows:
        own, own_cells = paged.get(raw.line.location.page, (header, cells))
        own_end = own.first_value
        if repeats_header(raw.cells[own_end:], cells):
            continue  # the header again, its group label on a line apart
        if procurement:
            rows.extend(_procurement_row(raw, own_cells, own_end, own, spec, findings))
            continue
        row_skip = skip | _serials(own_cells, own_end)
        gov_at = _gov_code_column(own_cells, own_end) if labelled_gov else None
        row_skip.update(range(gov_at, own_end) if gov_at is not None else ())
        key_text = " ".join(
            raw.cell(i) for i in range(own_end) if i not in row_skip and raw.cell(i).strip()
        )
        project = normalize_text(raw.cell(project_at)) if project_at is not None else ""
        values, cell_findings = _read_tangled(raw, own, tangled, spec.number, own_end)
        findings.extend(cell_findings)
        code, name = (None, normalize_text(key_text))
        if spec.row_key in ("functional", "economic"):
            code, name = split_code(key_text, scheme)  # type: ignore[arg-type]
        row_kwargs: dict[str, object] = {}
        if gov_columns or gov_at is not None:
            labelled = (gov_at,) if gov_at is not None else gov_columns
            row_kwargs["gov_code"] = _gov_code(raw, labelled)
        if names is not None and code is not None:
            names.seen(code)
        if spec.row_key == "unit" and (unit := _UNIT_CODE.match(key_text)):
            # A unit's row: its printed unit code is the row's stable key.
            row_kwargs["item"], name = unit.group(1), normalize_text(unit.group(2))
        if is_total_label(name) or (not name and not code and is_total_label(project)):
            name = name or project
            project = ""
            row_kwargs["role"] = "total"
            if items is not None:
                row_kwargs["item"] = items.match(name)
        elif items is not None and spec.item_groups and (project or not items.knows(name)):
            # A row under an item of a grouped table: a unit's where only the first key
            # column (the items' own) is printed, else a project's. A project row's key
            # cells (经济科目, 采购品目名称, 采购组织形式) are text columns: the name keeps
            # them apart, one space between them.
            keyed = [i for i in range(key_end) if i not in skip and raw.cell(i).strip()]
            if not project and keyed == [0]:
                row_kwargs["role"] = "unit"
            else:
                name = " ".join(normalize_text(raw.cell(i)) for i in keyed)
        elif items is not None:
            item = items.match(name)
            row_kwargs["item"] = item
            if item == "total":
                row_kwargs["role"] = "total"
            if item is None:
                findings.append(_unknown_item(spec, name, raw))
        elif spec.row_key == "project":
            if _is_unit(name, raw, department, all_bold):
                row_kwargs["role"] = "unit"
            else:
                project, name = name, ""
        elif code is None and names is not None and name:
            # An economic class printed by name only, else a unit's row (settled below).
            code, unknown = names.code_for(name, raw.line.location)
            if unknown is not None and name[0].isdigit():
                # A code not split from its name (重庆's 3010201规范性津补贴, a 序号 before
                # it): a row without code, never a unit's.
                findings.append(unknown)
            elif code is None:
                row_kwargs["role"] = "unit"
                names.start_unit()
                if unknown is not None:
                    unnamed[len(rows)] = unknown
        elif code is None:
            row_kwargs["role"] = "unit"
        if (
            not name
            and not code
            and not project
            and not any(v is not None for v in values.values())
        ):
            continue
        rows.append(
            Row(
                name=name,
                values=values,
                code=code,
                project=project or None,
                location=raw.line.location,
                **row_kwargs,  # type: ignore[arg-type]
            )
        )
    if names is not None and unnamed:
        if key_holds_amounts(rows):
            return None  # a value column joined to the key: the header is not the cells'
        rows, settled = names.settle(rows, unnamed, department)
        findings.extend(settled)
    rows = _department_total(rows)
    if spec.hierarchical:
        rows, moved = repair_by_sums(rows, spec.number)
        findings.extend(moved)
    return rows, tuple(k for _, k in header.columns), findings


def _department_total(rows: list[Row]) -> list[Row]:
    """The rows with a first unit row that is the sum of the unit rows after it taken as
    the table's total, in a table printing no 合计 (深圳 表3: 深圳市水务局 over
    深圳市水务局（本级） and its twelve other units, each over its own classes); read as
    a unit it would count the department twice."""
    if not rows or rows[0].role != "unit" or any(r.role == "total" for r in rows):
        return rows
    units = [r.values for r in rows[1:] if r.role == "unit"]
    if not adds_up(rows[0].values, units):
        return rows
    return [evolve(rows[0], role="total"), *rows[1:]]


def _tangled_columns(
    header: HeaderMap, spec: TableSpec
) -> tuple[HeaderMap, dict[int, tuple[str, ...]]]:
    """The header with the columns whose labels one cell prints run into each other
    (:func:`untangled_leaf`), and those cells' columns by cell index."""
    taken = {k for _, k in header.columns}
    tangled: dict[int, tuple[str, ...]] = {}
    for cell in header.unmatched:
        if cell.index < header.first_value:
            continue
        keys = untangled_leaf(cell, spec.columns)
        if keys is not None and not taken & set(keys):
            tangled[cell.index] = keys
            taken.update(keys)
    if not tangled:
        return header, tangled
    added = ((i, k) for i, ks in tangled.items() for k in ks)
    columns = sorted((*header.columns, *added), key=lambda c: c[0])  # stable: printed order
    unmatched = tuple(c for c in header.unmatched if c.index not in tangled)
    return HeaderMap(tuple(columns), unmatched), tangled


def _read_tangled(
    raw: RawRow,
    header: HeaderMap,
    tangled: Mapping[int, tuple[str, ...]],
    table: int,
    lo: int,
) -> tuple[dict[str, Decimal | None], list[Finding]]:
    """A row's amounts (:func:`read_values`), a cell under labels run together holding
    their amounts back to back (广州's 表2: ``47,944.02143,878.90`` under
    一般公共预算 and 政府性基金预算) read into those columns in order."""
    if not tangled:
        return read_values(raw, header, table=table, lo=lo)
    cells = list(raw.cells)
    split: dict[str, Decimal | None] = {}
    for index, keys in tangled.items():
        amounts = amounts_run(raw.cell(index), len(keys)) if index < len(cells) else None
        if amounts is not None:
            split.update(
                (k, Decimal(a.replace(",", ""))) for k, a in zip(keys, amounts, strict=True)
            )
            cells[index] = ""
    values, findings = read_values(RawRow(tuple(cells), raw.line), header, table=table, lo=lo)
    values.update(split)
    return values, findings


def _year_groups_aligned(header: HeaderMap, spec: TableSpec) -> bool:
    """Whether each year group of the header starts with the group's first declared
    column (its 合计). A group label printed over the middle of its columns (西安 2026:
    上年 | 当年 | 增减变化情况 centred) leaves a group's first columns under the group
    before or under none: the columns cannot be told apart, and the table is not read."""
    declared = {c.key: c for c in spec.columns}
    first: dict[tuple[str, ...], str] = {}
    for _, key in sorted(header.columns):
        first.setdefault(declared[key].groups, key)
    return all(
        key == next(c.key for c in spec.columns if c.groups == groups)
        for groups, key in first.items()
    )


def _serials(cells: Sequence[HeaderCell], key_end: int) -> set[int | None]:
    """The key columns a header labels 序号: row numbers, never part of a row's code or
    name (西安's 表6 printed ``11 | 30113 | 住房公积金`` read as one name, its code unsplit)."""
    return {c.index for c in cells if c.index < key_end and c.leaf == "序号"}


def _gov_code_column(cells: Sequence[HeaderCell], key_end: int) -> int | None:
    """The key column a header labels as the 政府 economic code (西安's 表6 / 表12:
    部门经济科目编码 | 部门经济科目名称 | 政府经济科目编码 | 政府经济科目名称): the row's
    ``gov_code``; it and the 政府 name after it are no part of the row's name."""
    return next(
        (
            c.index
            for c in cells
            if c.index < key_end
            and c.leaf.startswith("政府")
            and "经济" in c.leaf
            and c.leaf.endswith(("编码", "代码"))
        ),
        None,
    )


# A continuation page's own header: its columns and its cells.
_PageHeader = tuple[HeaderMap, Sequence[HeaderCell]]


def _page_headers(
    request: ReadRequest, first: HeaderMap, key_end: int, *, keys_move: bool
) -> dict[int | None, _PageHeader]:
    """The headers of continuation pages that print the same columns in other cells
    (广州 表11 of guangzhou-02: ``总计 | | 合计 | | …`` where page 1 prints ``总计 | 合计 |
    …``), by page: that page's rows are read by its own header. Only where the page's
    header names the same columns, and no header is misaligned (000 表2: page 2 reuses
    page 1's header, read by its column numbers). Its keys end at the same cell, or —
    where ``keys_move`` — at another one when it prints the same key labels in the same
    order: 西安's 表5 / 表7 go on over a page whose header spans 功能科目名称 over two cells
    (``功能科目编码 | | 功能科目名称 | 合计 | …``), its rows printing the name in the first
    of them; read by page 1's header, 合计 was the empty cell and each amount one column
    right of its own. 西安's 政府采购 table (xian-03 p48) prints two blank columns more on
    its second page; its key cells are read by their shapes and that page's header."""
    out: dict[int | None, _PageHeader] = {}
    if is_misaligned(request.header_rows):
        return out
    keys = _key_labels(read_header(request.header_rows), key_end)
    words = _key_words(request.header_rows, key_end)
    for page in request.block.pages[1:]:
        rows = [tuple(line.cells or ()) for line in page.header]
        if not rows or not page.body or is_misaligned(rows) or numbered_columns(rows):
            continue
        cells = read_header(rows)
        mapped = map_columns(cells, request.spec.columns, settings=request.settings)
        same = {k for _, k in mapped.columns} == {k for _, k in first.columns}
        where = mapped.first_value == key_end or (
            keys_move
            and (
                _key_labels(cells, mapped.first_value) == keys
                or _key_words(rows, mapped.first_value) == words
            )
        )
        if same and where and mapped.columns != first.columns:
            out[page.body[0].location.page] = (mapped, cells)
    return out


def _key_labels(cells: Sequence[HeaderCell], key_end: int) -> tuple[str, ...]:
    """The labels a header prints left of its first value column, in printed order."""
    return tuple(
        c.leaf for c in sorted(cells, key=lambda c: c.index) if c.index < key_end and c.leaf
    )


def _key_words(rows: Sequence[Sequence[str]], key_end: int) -> str:
    """The characters a header prints left of its first value column, in code-point
    order: the same where the reader cut the header into other cells (xian-06 prints
    政府采购's 数量 as a cell of its own on pages 46 and 49, inside the merged
    支出经济…科目编码 cell on the others, and its 单位编码 under 科目编码 there)."""
    return label_characters(c for row in rows for c in row[:key_end])


_CODE_PARTS = ("类", "款", "项")


def _coded_procurement(header_rows: Sequence[Sequence[str]]) -> bool:
    """Whether a 政府采购 header keys its rows by functional code and name (类 / 款 / 项
    and 科目名称), not by category or procurement (no 采购目录 column)."""
    leaves = [c.leaf for c in read_header(header_rows)]
    return "科目名称" in leaves and "采购目录" not in leaves and "项" in leaves


def _procurement_row(
    raw: RawRow,
    cells: Sequence[HeaderCell],
    key_end: int,
    header: HeaderMap,
    spec: TableSpec,
    findings: list[Finding],
) -> list[Row]:
    """A row of 西安's 政府采购 table (:mod:`xjbudget.tables.procurement`): the 合计, a
    group's row (a unit, a funding group: ``role="unit"``) or a procurement's, its
    采购项目 the row's ``project``, its 采购目录 / 购买服务内容 / 规格型号 the ``name``,
    codes and 数量 its ``texts``."""
    key = procurement_key(raw, cells, key_end)
    values, cell_findings = read_values(raw, header, table=spec.number, lo=key_end)
    findings.extend(cell_findings)
    texts = key.texts
    if not texts and not any(v is not None for v in values.values()):
        return []
    common = {"values": values, "location": raw.line.location, "texts": key.pairs}
    if texts and is_total_label(texts[0]):
        return [Row(name=normalize_text(texts[0]), role="total", item="total", **common)]  # type: ignore[arg-type]
    if key.group and (key.pairs or any(v is not None for v in values.values())):
        return [Row(name=normalize_text(" ".join(texts)), role="unit", **common)]  # type: ignore[arg-type]
    if key.group:
        # Text alone: a line of a procurement's wrapped cell (规格型号 over three lines,
        # the row's own line in the middle), kept as printed; no unit's row.
        return [Row(name=" ".join(normalize_text(t) for t in texts), **common)]  # type: ignore[arg-type]
    project = normalize_text(texts[0]) if texts else ""
    name = " ".join(normalize_text(t) for t in texts[1:])
    return [Row(name=name, project=project or None, **common)]  # type: ignore[arg-type]


def _code_columns(cells: Sequence[HeaderCell], key_end: int, after: int = -1) -> tuple[int, ...]:
    """The columns of the first run of 类 / 款 / 项 labels among the key columns right of
    ``after`` (a second run, Yantai's 政府预算支出经济分类 类/款 beside the department's,
    is not the row's code: it is found right of the first, for ``Row.gov_code``)."""
    found: list[int] = []
    for cell in sorted(cells, key=lambda c: c.index):
        if cell.index <= after:
            continue
        if cell.index >= key_end:
            break
        expected = _CODE_PARTS[len(found)] if len(found) < len(_CODE_PARTS) else None
        if cell.leaf == expected and (not found or cell.index == found[-1] + 1):
            found.append(cell.index)
        elif found:
            break
    return tuple(found) if len(found) >= 2 else ()


def _gov_code(raw: RawRow, columns: tuple[int, ...]) -> Code | None:
    """The 政府预算支出经济分类 code a row prints in the second run of 类 / 款 columns."""
    digits = "".join(raw.cell(i).strip() for i in columns)
    try:
        return Code(digits, "economic") if digits else None
    except CodeError:
        return None  # not a code: the cells stay unread text of the key


def _inherit_code_parts(rows: Sequence[RawRow], columns: tuple[int, ...]) -> list[RawRow]:
    """Rows whose code is printed in 类 / 款 / 项 columns with only the new part (Yantai:
    ``201`` on the 类 row, then ``14`` alone on its 款 row and ``03`` on a 项 row) get
    the parts above them from the rows before: 14 under 201 is 20114."""
    if not columns:
        return list(rows)
    out: list[RawRow] = []
    last: list[str] = [""] * len(columns)
    for raw in rows:
        parts = [raw.cell(i).strip() for i in columns]
        filled = next((k for k, p in enumerate(parts) if p), None)
        if filled is None or not all(p.isdigit() for p in parts if p):
            out.append(raw)
            continue
        if filled > 0 and all(last[:filled]):
            cells = list(raw.cells) + [""] * (columns[-1] + 1 - len(raw.cells))
            for k in range(filled):
                cells[columns[k]] = last[k]
            raw = evolve(raw, cells=tuple(cells))
            parts = last[:filled] + parts[filled:]
        last = [p if p else "" for p in parts[: len(parts)]]
        out.append(raw)
    return out


def _is_unit(name: str, raw: RawRow, department: str | None, all_bold: bool) -> bool:
    """A 表11 row that names a (sub)unit rather than a project: the department's own
    name, or a bold row among plain ones."""
    if department and label_key(name) == label_key(department):
        return True
    return raw.line.bold and not all_bold


def _unknown_item(spec: TableSpec, name: str, raw: RawRow) -> Finding:
    return Finding(
        "parse.row.unknown_item",
        "warning",
        f"row {name!r} is not one of table {spec.number}'s items",
        f"“{name}”不是表{spec.number}的固定项目",
        location=raw.line.location,
        table=spec.number,
        row=name,
    )


def _split_index(cells: Sequence[HeaderCell]) -> int | None:
    """The first column of the expenditure list: labelled 支出 (or 财政拨款支出, 本年支出)
    itself, or under a group so labelled (收入 › 项目 | 预算数, 支出 › 项目 | 预算数)."""
    return next(
        (
            c.index
            for c in cells
            if c.index > 0
            and (c.leaf in _SPLIT_LABELS or (c.groups and c.groups[0] in _SPLIT_LABELS))
        ),
        None,
    )


@frozen
class _Sides:
    """How one page prints the two lists: where the expenditure list starts and the value
    columns of each list."""

    split: int
    left: HeaderMap
    right: HeaderMap

    @property
    def header(self) -> HeaderMap:
        return HeaderMap(self.left.columns + self.right.columns)


def _sides(
    header_rows: Sequence[Sequence[str]], spec: TableSpec, settings: Settings
) -> _Sides | None:
    """The lists of a two-sided header, or ``None`` when it names no split or a list
    matches none of its declared columns, or prints one again (:func:`_repeats`)."""
    cells = read_header(header_rows)
    split = _split_index(cells)
    if split is None:
        return None
    # The label column printed again (项目 | 预算 | 项目 | 预算) starts the second list, even
    # where the 支出 group label stands right of it (广州, the group label centred).
    key = cells[0].leaf if cells and cells[0].index == 0 else None
    split = next((c.index for c in cells if 0 < c.index < split and c.leaf == key), split)
    left = map_columns(
        [c for c in cells if c.index < split],
        [c for c in spec.columns if c.side == "income"],
        settings=settings,
    )
    right = map_columns(
        [c for c in cells if c.index >= split],
        [c for c in spec.columns if c.side == "expenditure"],
        settings=settings,
    )
    if not left.columns or not right.columns or _repeats(cells, right):
        return None
    return _Sides(split, left, right)


def _read_two_sided(
    request: ReadRequest,
) -> tuple[list[Row], tuple[str, ...], list[Finding]] | None:
    """As :func:`_read_rows`, for 表1/表4: the income list left, the expenditure list right,
    each page by its own header where it prints one (广州's second page sets the columns
    otherwise)."""
    block, spec, settings = request.block, request.spec, request.settings
    first = _sides(request.header_rows[: _first_amount_row(request.header_rows)], spec, settings)
    if first is None:
        return None
    keys = [k for _, k in first.header.columns]
    findings: list[Finding] = []
    income: list[Row] = []
    spending: list[Row] = []
    matchers = {side: ItemMatcher(spec.items, side) for side in ("income", "expenditure")}
    classes = ClassNames()
    sides = first
    for page in block.pages:
        header_rows = [tuple(line.cells or ()) for line in page.header]
        cut = _first_amount_row(header_rows)
        sides = (_sides(header_rows[:cut], spec, settings) if cut else None) or sides
        keys += [k for _, k in sides.header.columns if k not in keys]
        left, right, split = sides.left, sides.right, sides.split
        for raw in merge_fragments([*page.header[cut:], *page.body], left.first_value):
            label = " ".join(raw.cell(i) for i in range(left.first_value) if raw.cell(i).strip())
            values, found = read_values(
                raw, sides.header, table=spec.number, lo=left.first_value, hi=split
            )
            findings.extend(found)
            if label.strip() or any(v is not None for v in values.values()):
                income.append(
                    _side_row(label, values, "income", raw, spec, matchers["income"], findings)
                )
            label = " ".join(
                raw.cell(i) for i in range(split, right.first_value) if raw.cell(i).strip()
            )
            values, found = read_values(raw, sides.header, table=spec.number, lo=right.first_value)
            findings.extend(found)
            if label.strip() or any(v is not None for v in values.values()):
                spending.append(
                    _side_row(
                        label,
                        values,
                        "expenditure",
                        raw,
                        spec,
                        matchers["expenditure"],
                        findings,
                        classes,
                    )
                )
    if (
        any(_unread_label(row) for row in income + spending)
        or any(f.rule == "parse.cell.not_amount" for f in findings)
        or any(_GLUED.search(row.name) for row in income + spending)
    ):
        return None  # a list this declaration does not know: kept generic, not misread
    return income + spending, tuple(keys), findings


# An amount inside a label: a grid that glued an amount to the next cell's label
# (``121 ,385.74一、一般公共服务支出``).
_GLUED = regex.compile(r"\d\.\d\d|\d,\d{3}")
_NOTE = regex.compile(r"(?<=\S)注\s*[:：].*$")
_NUMBERED_LABEL = regex.compile(
    r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\S"
)
_AMOUNT = regex.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _first_amount_row(header_rows: Sequence[Sequence[str]]) -> int:
    """The index of the first header row that prints an amount (not a row numbering the
    columns) or a numbered label (``十八、粮油物资储备支出``), else the number of header
    rows. 上海's 收支预算总表 in 元 comes out of the PDF reader with its rows among the
    header rows, and so do 烟台's rows without amounts at the top of a page: body rows."""
    for index, row in enumerate(header_rows):
        amounts = [c for c in row if _AMOUNT.fullmatch(c.strip())]
        if amounts and not numbered_columns([row]) and any("," in a or "." in a for a in amounts):
            return index
        if any(_NUMBERED_LABEL.match(c.strip()) for c in row):
            return index
    return len(header_rows)


def _repeats(cells: Sequence[HeaderCell], side: HeaderMap) -> bool:
    """Whether a list prints a matched column's label again (西安 prints three expenditure
    lists side by side, by function and by the two economic classifications, each with its
    预算数): one declaration's list cannot hold them."""
    matched = {c.leaf for c in cells if side.key_at(c.index) is not None}
    return bool(matched & {c.leaf for c in side.unmatched})


def _unread_label(row: Row) -> bool:
    """A row of a two-sided table that prints an amount under a label that is neither one
    of the declaration's items nor a 类 (by code or by name)."""
    return row.item is None and row.code is None and any(v is not None for v in row.values.values())


def _side_row(
    label: str,
    values: dict[str, Decimal | None],
    side: str,
    raw: RawRow,
    spec: TableSpec,
    items: ItemMatcher,
    findings: list[Finding],
    classes: ClassNames | None = None,
) -> Row:
    """One list's row: an item of the declaration, else (the expenditure list) a 类
    printed with its code (``201 一般公共服务支出``) or by name only (``一、一般公共服务
    支出``: its code from :class:`~xjbudget.tables.items.ClassNames`)."""
    # A note under the table the PDF reader joins to the last label (广州: 收入总计注：…).
    label = _NOTE.sub("", label)
    code, name = split_code(label, "functional") if side == "expenditure" else (None, "")
    item = None if code is not None else items.match(normalize_text(label))
    if code is None and item is None and classes is not None:
        code, name = classes.code(label) or (None, "")
    if code is None:
        name = normalize_text(label)
        if item is None:
            findings.append(_unknown_item(spec, name, raw))
        role = "total" if item in ("income_total", "expenditure_total") else "detail"
        return Row(
            name=name,
            values=values,
            item=item,
            side=side,  # type: ignore[arg-type]
            role=role,  # type: ignore[arg-type]
            location=raw.line.location,
        )
    return Row(name=name, values=values, code=code, side=side, location=raw.line.location)  # type: ignore[arg-type]
