"""Logical rows of a table in the flattened text form.

Converters that drop a table's grid (pdftotext without layout, copy-paste from a viewer)
print each row as one line of space-separated tokens with the empty cells gone, wrap
long names onto the next line (before or after the numbers), break header labels one
character a line and repeat the header block after a page break. This module turns such
lines back into rows of (code, label, amounts) — which column each amount belongs to is
decided afterwards, by :mod:`xjbudget.tables.assign`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from decimal import Decimal

import regex
from attrs import define, field

from ..amounts import parse_amount
from ..model import Location
from ..sources.lines import SourceLine
from ..structure import is_numbering_row, is_preparer_line
from ..text import normalize_text
from .cells import is_total_label

__all__ = [
    "FlatRow",
    "body_lines",
    "is_data_line",
    "is_flat_amount",
    "read_flat_rows",
    "split_two_sided",
]

_AMOUNT = regex.compile(r"^-?\d[\d,]*\.\d{1,2}$")
_TOKEN = regex.compile(r"\S+")
_CODE1 = regex.compile(r"^\d{3}$")
_CODE2 = regex.compile(r"^\d{2}$")
_BROKEN_HEAD = regex.compile(r"^-?\d[\d,]*\.$")
_BROKEN_TAIL = regex.compile(r"^\d{1,2}$")
# An amount cut after its first decimal at a line's end (its last digit on the next line).
_CUT_DECIMAL = regex.compile(r"(?<![\d.])\d[\d,]*\.\d$")
_STATEMENT = regex.compile(r"没有使用|为空表|^备注")
_PAGE_NUMBER = regex.compile(r"^\d{1,4}$")
# A running header names the document (``某某局 预算公开``, ``…部门预算``).
_RUNNING_HEADER = regex.compile(r"预算|决算|公开")
_SHORT_PAGE_NUMBER = regex.compile(r"^\d{1,3}$")  # not a year
_RUNNING_FOOT = regex.compile(r"(?:预算|决算)公开$")


@define
class FlatRow:
    """One table row rebuilt from flattened lines: code digits (``""`` for none), the
    row's label, its amounts in printed order, and the line it starts on."""

    code: str
    label: str
    amounts: list[Decimal] = field(factory=list)
    location: Location = field(factory=Location)
    lines: int = 1
    # The label as printed line by line (a name wrapped around its row is shared
    # between two rows by its lines).
    pieces: list[tuple[str, Location]] = field(factory=list)
    # How many of the pieces were printed above the line with the amounts.
    above: int = 0
    # Where each amount stands: its line and twice its centre on the line's text (in
    # characters), ``None`` where unknown — for text that keeps positions
    # (:mod:`~xjbudget.tables.flat_positions`). One entry per amount.
    places: list[tuple[SourceLine, int] | None] = field(factory=list)

    @property
    def complete(self) -> bool:
        return bool(self.amounts)


def _tokens(text: str) -> list[str]:
    """The space-separated tokens of a line, a number broken after its decimal point
    (``432. 18``, a cell's text wrapped or spaced by the converter) made whole."""
    tokens = text.split()
    if "." not in text:
        return tokens
    out: list[str] = []
    for token in tokens:
        if out and _BROKEN_HEAD.match(out[-1]) and _BROKEN_TAIL.match(token):
            out[-1] += token
        else:
            out.append(token)
    return out


def _centres(text: str, count: int) -> list[int | None]:
    """Twice the centre (start + end, in characters of ``text``) of each of its last
    ``count`` tokens; ``None`` each when :func:`_tokens` joined a number broken by a space
    (no one token is its place)."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    if len(spans) < count or [text[s:e] for s, e in spans] != _tokens(text):
        return [None] * count
    return [start + end for start, end in spans[len(spans) - count :]]


def _split(tokens: list[str]) -> tuple[str, list[str], list[str]]:
    """Leading code tokens, middle label tokens, trailing amount tokens."""
    code = ""
    i = 0
    if i < len(tokens) and _CODE1.match(tokens[i]):
        code, i = tokens[i], i + 1
        for _ in range(2):
            if i < len(tokens) and _CODE2.match(tokens[i]):
                code, i = code + tokens[i], i + 1
    j = len(tokens)
    while j > i and _AMOUNT.match(tokens[j - 1]):
        j -= 1
    return code, tokens[i:j], tokens[j:]


def _amounts(
    tokens: Sequence[str], line: SourceLine
) -> tuple[list[Decimal], list[tuple[SourceLine, int] | None]]:
    """The amounts of a line's trailing amount ``tokens`` and where each stands on it."""
    values: list[Decimal] = []
    places: list[tuple[SourceLine, int] | None] = []
    for token, centre in zip(tokens, _centres(line.text, len(tokens)), strict=True):
        value = parse_amount(token, where=line.location.describe())
        if value is not None:
            values.append(value)
            places.append((line, centre) if centre is not None else None)
    return values, places


def body_lines(
    lines: Sequence[SourceLine],
    *,
    resume: Callable[[Sequence[SourceLine], SourceLine], Sequence[SourceLine]] | None = None,
) -> tuple[list[SourceLine], list[SourceLine]]:
    """Split a flattened table's lines into body lines and the statement lines ("…为空表").

    Header zones — from a ``编制部门`` line (a page's start) to the ``※ 1 2 3`` numbering
    row, or to the first line that starts with a code or carries an amount — are left
    out. ``resume(zone, first)`` may give back the end of a header zone that is really
    the start of the first row (a label wrapped before its amounts, 表1/表4).
    """
    body: list[SourceLine] = []
    statement: list[SourceLine] = []
    in_header = True
    numbered = False  # the line before was a numbering row
    zone: list[SourceLine] = []
    lines = _without_page_feet(lines)
    has_numbering = any(is_numbering_row(line.text.split()) for line in lines)
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if is_preparer_line(text):
            in_header, numbered, zone = True, False, []
            _drop_page_foot(body)
            continue
        if statement or _STATEMENT.search(text):
            statement.append(line)
            continue
        if in_header or numbered:
            # The numbering row, perhaps cut in two (``※ ※ ※`` / ``1 2 3``).
            if is_numbering_row(text.split()):
                in_header, numbered = False, True
                continue
            numbered = False
        if in_header:
            if has_numbering or not is_data_line(text):
                zone.append(line)
                continue
            in_header = False
            if resume is not None:
                body.extend(resume(zone, line))
        body.append(line)
    # A sentence wrapped over lines: its first lines (no code, no amount) belong to it.
    while (
        statement and body and not is_data_line(body[-1].text) and _adjacent(body[-1], statement[0])
    ):
        statement.insert(0, body.pop())
    return body, statement


def _without_page_feet(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """``lines`` without the feet of pages a table runs over with no header repeated: a
    page number (one to three digits alone on its line) beside a running header that
    names the disclosure (``11`` / ``某某局 预算公开``). Left in, they made a label-only row
    between two rows of the same 款 — a "unit" cutting the table in two."""
    texts = [line.text.strip().lstrip("\f") for line in lines]
    drop: set[int] = set()
    for i, text in enumerate(texts):
        if _SHORT_PAGE_NUMBER.match(text) is None:
            continue
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(texts)
                and _RUNNING_FOOT.search(texts[j])
                and not is_data_line(texts[j])
            ):
                drop |= {i, j}
                break
    return [line for i, line in enumerate(lines) if i not in drop]


def _drop_page_foot(body: list[SourceLine]) -> None:
    """Take the foot of the page before off ``body``: a page number (a line of digits
    alone) and the running header line beside it (``4`` / ``某某局 预算公开``), printed
    between a table's last row on one page and the 编制部门 line of the next. Left in
    the body they made a label-only row — a "unit" over nothing, which took the total
    row's place as the parent of the 类 (``pdftotext -raw`` of 000's 表2)."""
    if not body or _PAGE_NUMBER.match(body[-1].text.strip()) is None:
        if len(body) < 2 or _PAGE_NUMBER.match(body[-2].text.strip()) is None:
            return
        if is_data_line(body[-1].text) or _ends_number(body[:-1]):
            return
        body.pop()  # the running header after the page number
    elif _ends_number(body):
        return
    body.pop()  # the page number
    if body and not is_data_line(body[-1].text) and _RUNNING_HEADER.search(body[-1].text):
        body.pop()  # the running header before it


def _ends_number(body: Sequence[SourceLine]) -> bool:
    """Whether the last line of ``body`` (a digit alone) is the end of a number broken
    over two lines: the line before ends in an amount cut after its first decimal
    (``301 工资福利支出 0.11 0.1`` / ``1``), which the digit finishes."""
    if len(body) < 2 or _BROKEN_TAIL.match(body[-1].text.strip()) is None:
        return False
    return _CUT_DECIMAL.search(body[-2].text.rstrip()) is not None


def _adjacent(line: SourceLine, following: SourceLine) -> bool:
    first, second = line.location.line, following.location.line
    return first is None or second is None or 0 < second - first <= 2


def is_data_line(text: str) -> bool:
    """A body line starts with a code, carries an amount, or (表1/表4) holds a 类 code
    after its income label; a broken header does none of these. (The flattened text's
    line; :func:`xjbudget.structure.looks_like_data` judges a row of cells.)"""
    tokens = _tokens(text)
    return (
        bool(tokens)
        and (
            _CODE1.match(tokens[0]) is not None
            or any(_AMOUNT.match(t) for t in tokens)
            or any(  # a two-sided line: an income label, then a 类 code and its name
                _CODE1.match(t) and not _AMOUNT.match(n) for t, n in itertools.pairwise(tokens[1:])
            )
        )
    )


def read_flat_rows(
    lines: Sequence[SourceLine],
    *,
    is_item: Callable[[str], bool] | None = None,
    completes: Callable[[str, str, str], bool] | None = None,
) -> list[FlatRow]:
    """Rebuild rows from body lines.

    A line that starts with a code, or that carries a label while the row before already
    has its amounts, starts a row; a label-only line before the row's amounts continues
    its name (``机关事业单位基本养老保险缴`` / ``费支出``) unless the row above is a whole
    item already (表10's 公务接待费 printed without amounts); an amounts-only line gives the
    pending row its amounts; a lone digit run after an amount with one decimal finishes a
    number broken over two lines (``1036.5`` / ``3``, ``432.`` / ``18``). ``is_item`` (a
    callable on a label) marks labels that always start a row even without amounts
    (表10's items). ``completes(code, name, piece)`` says whether ``piece`` finishes a
    coded row's name (its classification name): a name printed from the top of its cell
    goes on below the row's line.
    """
    rows: list[FlatRow] = []
    starts = is_item or (lambda label: False)
    for line in _whole_numbers(lines):
        tokens = _tokens(line.text)
        code, label_tokens, amount_tokens = _split(tokens)
        label = normalize_text(" ".join(label_tokens))
        last = rows[-1] if rows else None
        if (
            last is not None
            and len(tokens) == 1
            and tokens[0].isdigit()
            and last.amounts
            and regex.search(r"\.\d$", str(last.amounts[-1]))
        ):
            last.amounts[-1] = Decimal(f"{last.amounts[-1]}{tokens[0]}")
            if last.places:
                last.places[-1] = None  # printed over two lines: no one place
            continue
        amounts, places = _amounts(amount_tokens, line)
        new_row = (
            bool(code)
            or last is None
            or is_total_label(label)
            or (bool(label) and (last.complete or starts(label) or starts(last.label)))
        )
        if not new_row and last is not None and label and last.complete and not code:
            new_row = True
        if new_row and not code and not label and last is not None and not last.complete:
            new_row = False
        if new_row:
            pieces = [(label, line.location)] if label else []
            rows.append(FlatRow(code, label, amounts, line.location, pieces=pieces, places=places))
        elif last is not None:
            if amounts and not last.amounts:
                last.above = len(last.pieces)
            if label:
                last.pieces.append((label, line.location))
            last.label = normalize_text(last.label + label) if label else last.label
            last.amounts.extend(amounts)
            last.places.extend(places)
            last.lines += 1
    rows = _centred_names(rows, starts, completes)
    rows = _before_total(rows, starts)
    # Label-only lines after the last row with amounts: page furniture (a page number
    # glued to the running header: ``4`` / ``某某局 预算公开``), not a row.
    while rows and _label_only(rows[-1], starts) and any(r.amounts for r in rows):
        rows.pop()
    return rows


def _before_total(rows: list[FlatRow], starts: Callable[[str], bool]) -> list[FlatRow]:
    """A label-only row between a row with amounts and the total row is the rest of the
    name above it, wrapped below its line: ``213 05 07 贷款奖补和 6.26 …`` / ``贴息`` /
    ``总计 67.55 …``. A total row (总计, 合计) never wraps a name of its own, so the piece
    goes to the row above — left alone it would be read as a unit over nothing, or (as
    before) glued to the total's label (``贴息总计``), which then is no total row."""
    out: list[FlatRow] = []
    for index, row in enumerate(rows):
        following = rows[index + 1] if index + 1 < len(rows) else None
        if (
            out
            and out[-1].complete
            and _label_only(row, starts)
            and following is not None
            and not following.code
            and is_total_label(following.label)
        ):
            above = out[-1]
            above.label = normalize_text(above.label + row.label)
            above.pieces.extend(row.pieces)
            above.lines += row.lines
            continue
        out.append(row)
    return out


def _whole_numbers(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """``lines`` with a number broken after its decimal point at a line's end
    (``… 432.`` / ``18``) made whole on the first line."""
    out: list[SourceLine] = []
    for line in lines:
        text = line.text.strip()
        if out and _BROKEN_TAIL.match(text) and out[-1].text.split():
            last = out[-1].text.split()[-1]
            if _BROKEN_HEAD.match(last):
                out[-1] = SourceLine(out[-1].text.rstrip() + text, out[-1].location)
                continue
        out.append(line)
    return out


def _label_only(row: FlatRow, starts: Callable[[str], bool]) -> bool:
    return not row.code and not row.amounts and bool(row.label) and not starts(row.label)


def _centred_names(
    rows: list[FlatRow],
    starts: Callable[[str], bool],
    completes: Callable[[str, str, str], bool] | None = None,
) -> list[FlatRow]:
    """Join the pieces of a name wrapped around its row's line.

    Converters that keep rows on lines (pdfplumber, ``pdftotext -raw``) print the short
    cells of a row at its vertical middle, so a name wrapped in its cell comes out
    around the line with the code and amounts: ``一般公共服务`` / ``201 832.09 …`` /
    ``支出``. Read line by line these are three rows; a coded row with amounts takes the
    label-only line above and the one below it when its own name is empty (the name
    has an even number of lines) or when both are there (an odd number, the middle piece
    on the row's line). Below it the row takes as many lines as it had above it (the
    name is centred): ``其他商贸事务支`` / ``201 13 99 8.00`` / ``出`` / ``社会保障和就业`` /
    ``208 133.87`` / ``支出`` are two rows.
    """
    out: list[FlatRow] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        above = out[-1] if out and _label_only(out[-1], starts) else None
        below = (
            rows[index + 1]
            if index + 1 < len(rows) and _label_only(rows[index + 1], starts)
            else None
        )
        top_aligned = (
            above is None
            and below is not None
            and bool(row.label)
            and completes is not None
            and completes(row.code, row.label, below.label)
        )
        if not row.code and row.amounts and row.above and below is not None:
            # An uncoded row (a unit, a total) centres its name too: as many of its
            # pieces below the amounts' line as above it (``乌鲁木齐市工`` / ``业和信息化局``
            # / ``（乌鲁木齐市 2,297.20 …`` / ``大数据发展局`` / ``）``).
            if _take_below(rows, index, row.above):
                index += 1
        elif row.code and row.amounts and top_aligned:
            assert below is not None
            row.label = normalize_text(row.label + below.label)
            row.lines += below.lines
            index += 1
        elif row.code and row.amounts and (above or below) and (not row.label or (above and below)):
            if above is not None:
                out.pop()
                row.label = normalize_text(above.label + row.label)
                row.location, row.lines = above.location, row.lines + above.lines
            if below is not None:
                # As many lines below the row as above it; the rest begins the next name.
                take = len(above.pieces) if above is not None else len(below.pieces)
                if _take_below(rows, index, take):
                    index += 1
        out.append(row)
        index += 1
    return out


def _take_below(rows: list[FlatRow], index: int, take: int) -> bool:
    """Join the first ``take`` pieces of the label-only row after ``rows[index]`` to its
    name; the pieces left over begin the next name, in that row's place. Whether the row
    after was used up."""
    row, below = rows[index], rows[index + 1]
    taken, rest = below.pieces[:take], below.pieces[take:]
    row.label = normalize_text(row.label + "".join(t for t, _ in taken))
    row.pieces.extend(taken)
    row.lines += len(taken)
    if not rest:
        return True
    rows[index + 1] = FlatRow(
        "",
        normalize_text("".join(t for t, _ in rest)),
        location=rest[0][1],
        lines=len(rest),
        pieces=rest,
    )
    return False


def split_two_sided(text: str) -> tuple[str, str]:
    """Cut a line of 表1/表4 into its left (income) and right (expenditure) halves: the
    right half starts at a 类 code followed by a name, or at 支出总计."""
    tokens = text.split()
    for i, token in enumerate(tokens):
        if i and _CODE1.match(token) and i + 1 < len(tokens) and not _AMOUNT.match(tokens[i + 1]):
            return " ".join(tokens[:i]), " ".join(tokens[i:])
    if tokens and _CODE1.match(tokens[0]):
        return "", text
    match = regex.search(r"支\s*出\s*总\s*计", text)
    if match:
        return text[: match.start()].strip(), text[match.start() :].strip()
    return text, ""


def is_flat_amount(token: str) -> bool:
    """Whether a space-separated token is an amount (with its decimals)."""
    return _AMOUNT.match(token) is not None
