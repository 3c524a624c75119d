"""Reading the cells of one body row: the row key (code, name, project) and the
amounts, with cells a converter broke or shifted put back where they belong."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex
from attrs import frozen

from ..amounts import parse_amount
from ..errors import AmountError
from ..model import Code, Finding, Location, Scheme
from ..sources.lines import SourceLine
from ..text import label_key, normalize_text, strip_tags
from .header import HeaderMap

__all__ = ["RawRow", "merge_fragments", "read_values", "split_code"]

# A code may stand in brackets before its name (广州: ``[30101]基本工资``).
_CODE = regex.compile(
    r"^[\[［【]?(\d{3})(?:\s*(\d{2})(?:\s*(\d{2}))?)?(?!\d)[\]］】]?\s*(.*)$", regex.S
)
_FRAGMENT = regex.compile(r"^\d+$")
_TOTAL_LABELS = frozenset({"总计", "合计"})


@frozen
class RawRow:
    """A body row's cells (fragments merged) and the line it starts on."""

    cells: tuple[str, ...]
    line: SourceLine

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


def is_total_label(text: str) -> bool:
    return label_key(text) in _TOTAL_LABELS


def split_code(text: str, scheme: Scheme) -> tuple[Code | None, str]:
    """Split ``"201 13 01 行政运行"``, ``"301 01 基本工资"``, ``"201 一般公共服务支出"``
    into the code and the normalised name."""
    clean = strip_tags(text).strip()
    match = _CODE.match(clean)
    if match is None:
        return None, normalize_text(clean)
    digits = "".join(g for g in match.group(1, 2, 3) if g)
    if scheme == "economic" and len(digits) > 5:
        return None, normalize_text(clean)
    return Code(digits, scheme), normalize_text(match.group(4))


def _incomplete(text: str) -> bool:
    """A printed number cut at a line break: ``432.`` or a single decimal ``1036.5``."""
    bare = strip_tags(text).strip()
    if bare.endswith("."):
        return True
    return regex.fullmatch(r"[\d,]+\.\d", bare) is not None


def merge_fragments(lines: Sequence[SourceLine], key_end: int) -> list[RawRow]:
    """Join the rows that only carry the rest of a number broken over two lines
    (``<b>432.</b>`` then ``<b>18</b>`` under it) into the row above."""
    rows: list[RawRow] = []
    for line in lines:
        cells = tuple(line.cells or ())
        if rows and _continues(rows[-1], cells, key_end):
            prev = rows[-1]
            width = max(len(prev.cells), len(cells))
            merged = tuple(
                strip_tags(prev.cell(i)).strip() + strip_tags(cells[i]).strip()
                if i < len(cells) and cells[i].strip()
                else prev.cell(i)
                for i in range(width)
            )
            rows[-1] = RawRow(merged, prev.line)
        else:
            rows.append(RawRow(cells, line))
    return rows


def _continues(prev: RawRow, cells: tuple[str, ...], key_end: int) -> bool:
    filled = [i for i, c in enumerate(cells) if c.strip()]
    if not filled or min(filled) < key_end:
        return False
    return all(
        _FRAGMENT.match(strip_tags(cells[i]).strip()) and _incomplete(prev.cell(i)) for i in filled
    )


def read_values(
    row: RawRow,
    header: HeaderMap,
    *,
    table: int,
    lo: int,
    hi: int | None = None,
) -> tuple[dict[str, Decimal | None], list[Finding]]:
    """The amounts of a row between cell indices ``lo`` and ``hi`` by column key.

    A value standing in a column the header does not label (one cell right of its
    header, as converters sometimes print) goes back to the nearest empty labelled
    column on its left, with a ``parse.cell.shifted`` finding; text that is not an
    amount is kept in a ``parse.cell.not_amount`` finding, never read as a number.
    """
    end = len(row.cells) if hi is None else min(hi, len(row.cells))
    keys = [k for i, k in header.columns if i >= lo and (hi is None or i < hi)]
    values: dict[str, Decimal | None] = dict.fromkeys(keys)
    findings: list[Finding] = []
    where = row.line.location
    strays: list[tuple[int, Decimal]] = []
    for index in range(lo, end):
        text = row.cells[index]
        if not text.strip():
            continue
        key = header.key_at(index)
        try:
            amount = parse_amount(text, where=where.describe())
        except AmountError:
            findings.append(
                Finding(
                    "parse.cell.not_amount",
                    "error",
                    f"cell {index + 1} holds {text!r}, not an amount",
                    f"第{index + 1}列“{text}”不是金额",
                    location=where,
                    table=table,
                    column=key,
                )
            )
            continue
        if amount is None:
            continue
        if key is None:
            strays.append((index, amount))
        else:
            values[key] = amount
    for index, amount in strays:
        target = next(
            (
                (i, k)
                for i, k in sorted(header.columns, reverse=True)
                if lo <= i < index and values.get(k) is None
            ),
            None,
        )
        if target is None:
            findings.append(
                Finding(
                    "parse.cell.unplaced",
                    "error",
                    f"amount {amount} in unlabelled cell {index + 1} has no column",
                    f"第{index + 1}列金额{amount}无对应栏目",
                    location=where,
                    table=table,
                    actual=amount,
                )
            )
            continue
        values[target[1]] = amount
        findings.append(
            Finding(
                "parse.cell.shifted",
                "warning",
                f"amount {amount} printed in unlabelled cell {index + 1}, read as {target[1]}",
                f"金额{amount}印在无表头的第{index + 1}列，归入{target[1]}",
                location=where,
                table=table,
                column=target[1],
                actual=amount,
            )
        )
    return values, findings


def row_location(row: RawRow) -> Location:
    return row.line.location
