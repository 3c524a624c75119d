"""The official list a user brings: :func:`load` reads it and lays it over the tables.

A finance bureau's export of 《政府收支分类科目》 is the confirmation the package lacks. Its
rows become ``official`` rows of their edition for the rest of the run (or until
:func:`unload`), replacing the package's rows of the same code; every look-up, check and
validation sees them.

Formats, by file suffix: ``.tsv`` (the package's own data files, or any tab-separated
list), ``.csv``, and ``.xlsx`` (the first sheet; needs :mod:`openpyxl`, the ``xlsx``
extra). The header row names the columns: ``code``/``科目编码``/``编码``/``科目代码`` and
``name``/``科目名称``/``名称`` are required; ``level`` and ``parent`` are checked when
present; other columns are ignored. A malformed list raises :class:`CodeListError` naming
file, line and column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import attrs

from xjbudget.codes._load import load_table, set_overlay
from xjbudget.codes._model import SCHEMES, CodeEntry, Scheme, as_scheme
from xjbudget.codes._normalize import code_level, normalize_code, parent_code
from xjbudget.errors import CodeError

__all__ = ["CodeList", "CodeListError", "load", "loaded", "unload"]

_COLUMNS = {
    "code": ("code", "科目编码", "编码", "科目代码", "代码"),
    "name": ("name", "科目名称", "名称"),
    "level": ("level", "级次", "级别"),
    "parent": ("parent", "上级编码", "上级科目"),
}
_SCHEME_BY_FIRST_DIGIT: dict[str, Scheme] = {
    "2": "functional",
    "3": "economic-dept",
    "5": "economic-gov",
}
_EDITION_COMMENT = re.compile(r"^#\s*edition\s*[:：]\s*(\d{4})\s*$")
_YEAR_IN_NAME = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


class CodeListError(CodeError):
    """A user's code list that cannot be read: ``line`` and ``column`` (1-based, ``None``
    where the fault is the file's) say where."""

    def __init__(self, message: str, path: str, line: int | None, column: int | None) -> None:
        self.path, self.line, self.column = path, line, column
        where = path
        if line is not None:
            where += f" line {line}"
        if column is not None:
            where += f" column {column}"
        super().__init__(message, where=where)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message, self.path, self.line, self.column))


@attrs.frozen
class CodeList:
    """A loaded list: its file, edition and rows (``official``, source ``user:<file>``)."""

    path: str
    edition: int
    entries: tuple[CodeEntry, ...]

    @property
    def schemes(self) -> tuple[Scheme, ...]:
        """The schemes its rows belong to."""
        found = {entry.scheme for entry in self.entries}
        return tuple(scheme for scheme in SCHEMES if scheme in found)


_LOADED: list[CodeList] = []


def _records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of every row of the file; comment lines (``#``) included."""
    suffix = path.suffix.lower()
    if suffix in (".tsv", ".txt"):
        for number, line in enumerate(path.read_text("utf-8-sig").splitlines(), start=1):
            yield number, line.split("\t")
    elif suffix == ".csv":
        text = path.read_text("utf-8-sig")
        reader = csv.reader(io.StringIO(text, newline=""))
        for cells in reader:
            yield reader.line_num, cells
    elif suffix == ".xlsx":
        yield from _xlsx_records(path)
    else:
        raise CodeListError(f"unknown list format {suffix or '(none)'!r}", str(path), None, None)


def _xlsx_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        import openpyxl  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        raise CodeListError(
            "reading .xlsx needs openpyxl: pip install 'xjbudget[xlsx]'", str(path), None, None
        ) from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise CodeListError(f"not a readable .xlsx file ({error})", str(path), None, None) from None
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, ["" if value is None else str(value) for value in values]
    finally:
        book.close()


def _header(cells: list[str], path: str, number: int) -> dict[str, int]:
    """Column index of each known column; ``code`` and ``name`` required."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        label = cell.strip().lower()
        for column, names in _COLUMNS.items():
            if label in names and column not in found:
                found[column] = index
    for column in ("code", "name"):
        if column not in found:
            raise CodeListError(
                f"no {column} column in the header (one of {', '.join(_COLUMNS[column])})",
                path,
                number,
                None,
            )
    return found


def _edition(path: Path, comments: list[str], edition: int | None) -> int:
    if edition is not None:
        return edition
    for comment in comments:
        match = _EDITION_COMMENT.match(comment.strip())
        if match:
            return int(match[1])
    years = _YEAR_IN_NAME.findall(path.stem)
    if len(years) == 1:
        return int(years[0])
    raise CodeListError(
        "cannot tell the edition: give edition=, a '# edition: YYYY' line or a year in "
        "the file name",
        str(path),
        None,
        None,
    )


def read(path: str | Path, *, edition: int | None = None, scheme: str | None = None) -> CodeList:
    """Read a list without laying it over the tables (:func:`load` does both)."""
    file = Path(path)
    name = str(file)
    wanted = None if scheme is None else as_scheme(scheme)
    if scheme is not None and wanted is None:
        raise CodeError(f"unknown scheme {scheme!r}; one of {', '.join(SCHEMES)}")
    try:
        records = list(_records(file))
    except OSError as error:
        why = error.strerror or type(error).__name__
        raise CodeListError(f"cannot read the list ({why})", name, None, None) from None
    except UnicodeDecodeError as error:
        raise CodeListError(f"not UTF-8 text ({error.reason})", name, None, None) from None
    comments = [cells[0] for _, cells in records if cells and cells[0].startswith("#")]
    rows = [
        (n, cells)
        for n, cells in records
        if any(c.strip() for c in cells) and not cells[0].startswith("#")
    ]
    if not rows:
        raise CodeListError("the list has no header and no rows", name, None, None)
    year = _edition(file, comments, edition)
    columns = _header(rows[0][1], name, rows[0][0])
    entries: dict[str, CodeEntry] = {}
    for number, cells in rows[1:]:
        entry = _entry(cells, columns, wanted, year, name, number)
        if entry.code in entries:
            raise CodeListError(f"duplicate code {entry.code}", name, number, columns["code"] + 1)
        entries[entry.code] = entry
    if not entries:
        raise CodeListError("the list has a header but no rows", name, rows[0][0], None)
    ordered = tuple(entries[code] for code in sorted(entries))
    _check_parents(ordered, rows, columns, name)
    return CodeList(name, year, ordered)


def _cell(cells: list[str], index: int | None) -> str:
    return "" if index is None or index >= len(cells) else cells[index].strip()


def _entry(
    cells: list[str],
    columns: dict[str, int],
    wanted: Scheme | None,
    year: int,
    path: str,
    number: int,
) -> CodeEntry:
    code_column = columns["code"] + 1
    try:
        code = normalize_code(_cell(cells, columns["code"]))
    except CodeError as error:
        raise CodeListError(error.message, path, number, code_column) from None
    scheme = wanted or _SCHEME_BY_FIRST_DIGIT.get(code[0])
    if scheme is None:
        raise CodeListError(f"cannot tell the scheme of code {code}", path, number, code_column)
    if scheme != "functional" and code_level(code) == 3:
        raise CodeListError(f"economic codes have no 项 level: {code}", path, number, code_column)
    name = _cell(cells, columns["name"])
    if not name:
        raise CodeListError(f"empty name for {code}", path, number, columns["name"] + 1)
    level = _cell(cells, columns.get("level"))
    if level and level != str(code_level(code)):
        raise CodeListError(
            f"level {level} does not fit code {code}", path, number, columns["level"] + 1
        )
    parent = _cell(cells, columns.get("parent"))
    if parent and parent != (parent_code(code) or ""):
        raise CodeListError(
            f"parent {parent} does not fit code {code}", path, number, columns["parent"] + 1
        )
    return CodeEntry(
        scheme=scheme,
        edition=year,
        code=code,
        level=code_level(code),
        name=name,
        parent=parent_code(code),
        provenance="official",
        source=f"user:{Path(path).name}",
    )


def _check_parents(
    entries: tuple[CodeEntry, ...],
    rows: list[tuple[int, list[str]]],
    columns: dict[str, int],
    path: str,
) -> None:
    """Every row's parent in the list or in the package's table of the edition."""
    listed = {(entry.scheme, entry.code) for entry in entries}
    line_of = {}
    for number, cells in rows[1:]:
        try:
            line_of[normalize_code(_cell(cells, columns["code"]))] = number
        except CodeError:
            continue
    for entry in entries:
        if entry.parent is None or (entry.scheme, entry.parent) in listed:
            continue
        try:
            known = entry.parent in load_table(entry.scheme, entry.edition)
        except CodeError:
            known = False
        if not known:
            raise CodeListError(
                f"parent {entry.parent} of {entry.code} is neither in the list nor in the "
                f"{entry.edition} {entry.scheme} tables",
                path,
                line_of.get(entry.code),
                columns["code"] + 1,
            )


def load(path: str | Path, *, edition: int | None = None, scheme: str | None = None) -> CodeList:
    """Read a user's list and make its rows the ``official`` rows of their edition.

    ``edition`` defaults to a ``# edition: YYYY`` line of the file, else the one year in
    its name (``functional-2025.tsv``, ``2026年科目.xlsx``). ``scheme`` restricts every row
    to one scheme; by default each row's scheme comes from its code's first digit (2, 3,
    5). Lists loaded later win over earlier ones. Returns the list read.
    """
    code_list = read(path, edition=edition, scheme=scheme)
    _LOADED.append(code_list)
    _apply()
    return code_list


def unload() -> None:
    """Drop every loaded list: the tables are the package's again."""
    _LOADED.clear()
    _apply()


def loaded() -> tuple[CodeList, ...]:
    """The lists loaded, in order."""
    return tuple(_LOADED)


def _apply() -> None:
    rows: dict[tuple[Scheme, int], dict[str, CodeEntry]] = {}
    for code_list in _LOADED:
        for entry in code_list.entries:
            rows.setdefault((entry.scheme, entry.edition), {})[entry.code] = entry
    set_overlay({key: tuple(found.values()) for key, found in rows.items()})
