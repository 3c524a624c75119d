"""Economic classes printed by name only: their 部门预算支出经济分类 code, from the code table.

深圳's 基本支出总表 and 广州's 部门预算基本支出预算表 print a unit's row, then the economic
classes under it by name (工资福利支出, 基本工资, 津贴补贴 …), without codes. A row keyed
by economic code gets the code its name has in the 部门预算支出经济分类 of the document's
year (:func:`xjbudget.codes.find`): never a guessed one.

- A name with one code there is that code.
- A name with several (办公设备购置 is 30902 under 309 and 31002 under 310) is the one under
  the class printed above it in the same unit, where exactly one is; otherwise the row
  keeps no code and a ``parse.row.economic_name`` finding says which codes it could be.
- A name with none is a unit's row where the name says so (…局, …中心, …（本级）:
  :func:`~xjbudget.tables.grouped.names_a_unit`) or where the rows after it add up to it
  (:func:`~xjbudget.tables.grouped.group_rows`: 广州市气象台 over its classes), else a row
  without code and the same finding.
- A unit's name wrapped over lines prints its pieces on rows of no amount around the one
  row that holds the amounts (``广州市生态与农业气象中`` / ``心（广州市气候变化中`` 480.97 /
  ``心）``): a run of such rows with no code is one row, its name the pieces joined.

A note the PDF reader joins to the last label of a table (``对个人和家庭的补助注：无。``)
is no part of the name it is looked up by.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex
from attrs import define, evolve, field

from ..model import Code, Finding, Location, Row
from .grouped import group_rows, names_a_unit
from .name_codes import NameCodes

__all__ = ["EconomicNames", "key_holds_amounts"]

_NOTE = regex.compile(r"(?<!\s)\s*+(?:注|备注)\s*+[:：].*$")
# An amount inside a row's name: the PDF reader has joined a value column to the key.
_GLUED_AMOUNT = regex.compile(r"\d\.\d{2}(?!\d)")


@define
class EconomicNames:
    """Look-ups of one table's rows, in printed order (the class printed above a row
    decides between codes its name has under several classes: the ``unique`` rule of
    :class:`~xjbudget.tables.name_codes.NameCodes`)."""

    year: int | None
    table: int
    _names: NameCodes = field(init=False)

    @_names.default
    def _look_ups(self) -> NameCodes:
        return NameCodes("economic-dept", self.year, _economic_name, "unique")

    def start_unit(self) -> None:
        """A unit's row: the classes printed before it no longer stand above."""
        self._names.seen(None)

    def seen(self, code: Code) -> None:
        """A row printed with its code (or given one): a class stands above what follows."""
        self._names.seen(code)

    def code_for(self, name: str, location: Location) -> tuple[Code | None, Finding | None]:
        """The code of a class printed by ``name``: ``(code, None)``, or ``(None, finding)``
        when the code table has no code or several for it, or ``(None, None)`` for an
        empty name."""
        found = self._names.look_up(name)
        if found is None:
            return None, None
        if found.code is not None:
            return found.code, None
        return None, self._finding(name, found.codes, location)

    def _finding(self, name: str, found: Sequence[str], location: Location) -> Finding:
        edition = f"the {self.year} " if self.year else "the "
        if name[:1].isdigit():
            message = (
                f"row {name!r}: a number printed before the name (a code or a 序号 the"
                " reader did not split from it); kept without code"
            )
            message_zh = f"“{name}”名称前有未拆分的编码或序号，未赋科目编码"
        elif found:
            message = (
                f"row {name!r}: its name is the economic class of several codes in"
                f" {edition}部门预算支出经济分类 ({', '.join(found)}); kept without code"
            )
            message_zh = (
                f"“{name}”对应多个部门预算支出经济分类科目（{'、'.join(found)}），未赋科目编码"
            )
        else:
            message = (
                f"row {name!r}: no economic class of {edition}部门预算支出经济分类 has this"
                " name; kept without code"
            )
            message_zh = f"“{name}”不是部门预算支出经济分类科目名称，未赋科目编码"
        return Finding(
            "parse.row.economic_name",
            "warning",
            message,
            message_zh,
            location=location,
            table=self.table,
            row=name,
        )

    def settle(
        self, rows: Sequence[Row], unnamed: Mapping[int, Finding], department: str | None
    ) -> tuple[list[Row], list[Finding]]:
        """The rows once the names that are no economic class (``unnamed``: their
        positions and findings) are settled: wrapped names joined, units told from rows
        without code (see the module docstring); the findings of the rows left without
        code."""
        merged: list[Row] = []
        flags: list[Finding | None] = []
        i = 0
        while i < len(rows):
            if i not in unnamed:
                merged.append(rows[i])
                flags.append(None)
                i += 1
                continue
            j = i
            while j + 1 < len(rows) and j + 1 in unnamed:
                j += 1
            run = rows[i : j + 1]
            held = [r for r in run if _has_amounts(r)]
            if len(run) > 1 and len(held) == 1:
                self._names.seen(
                    next((r.code for r in reversed(merged) if r.code is not None), None)
                )
                row = evolve(held[0], name="".join(r.name for r in run))
                code, unknown = self.code_for(row.name, row.location)
                merged.append(evolve(row, code=code, role="detail") if code else row)
                flags.append(unknown)
            else:
                merged.extend(run)
                flags.extend(unnamed[k] for k in range(i, j + 1))
            i = j + 1
        body = [k for k, r in enumerate(merged) if r.role != "total"]
        named = [
            flags[k] is not None and names_a_unit(merged[k].name, department=department)
            for k in body
        ]
        grouping = group_rows([merged[k].values for k in body], named)
        found: list[Finding] = []
        for k, is_named, place in zip(body, named, grouping, strict=True):
            flag = flags[k]
            if flag is None:
                continue
            if is_named or place.group:
                merged[k] = evolve(merged[k], role="unit")
            else:
                merged[k] = evolve(merged[k], role="detail")
                found.append(flag)
        if body and body[0] == 0 and merged[0].role == "unit" and len(body) == len(merged):
            # The department's row over its units' rows (深圳's 深圳市水务局 over
            # 深圳市水务局（本级） …), in a table printing no 合计: the table's total.
            under = [body[j] for j, place in enumerate(grouping) if place.parent == 0]
            if under and all(merged[k].role == "unit" for k in under):
                merged[0] = evolve(merged[0], role="total")
        return merged, found


def _economic_name(name: str) -> str:
    return _NOTE.sub("", name).strip()


def _has_amounts(row: Row) -> bool:
    return any(v is not None for v in row.values.values())


def key_holds_amounts(rows: Sequence[Row]) -> bool:
    """Whether most rows of a page hold an amount in their name (``合计103,700.53``): the
    PDF reader has joined a value column to the key column there, so the header's
    columns are not the cells' (广州 表11 of guangzhou-09, its 总计 column inside the
    支出项目类别 one on the first page)."""
    pages: dict[int | None, list[bool]] = {}
    for row in rows:
        if row.name:
            pages.setdefault(row.location.page, []).append(bool(_GLUED_AMOUNT.search(row.name)))
    return any(len(glued) >= 2 and 2 * sum(glued) > len(glued) for glued in pages.values())
