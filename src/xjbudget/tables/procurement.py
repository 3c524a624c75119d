"""The key cells of a 政府采购 table printed a row per procurement with its codes (西安's
部门综合预算政府采购（资产配置、购买服务）预算表, 表20).

Left of 预算金额 the template prints the functional 类 / 款 / 项, 单位编码, 采购项目,
采购目录 (``A02020400多功能一体机``), 购买服务内容, 规格型号, 数量, the 部门 and 政府
预算支出经济科目编码 (类 / 款 each) and 实施采购时间. The PDF reader joins some of these
cells where the printed column rules are missing (``06 02 116001``: 款, 项 and the unit's
code; ``1 310``: 数量 and the economic 类; ``02 503``: its 款 and the 政府 类), so the
cells are not read by the header's columns but as one sequence of tokens, whose shape
says what each is: the leading 3-, 2-, 2-digit codes are the functional code; the
trailing 3-, 2-digit pairs the economic codes, a number before them the 数量; between
them the texts (采购项目 first). A row without economic codes is a group's: the 合计,
a unit's (its code and name) or a funding group's (``1 全额``). Nothing here is an
amount: 数量 counts items or service units, never 元.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from .cells import RawRow
from .header import HeaderCell

__all__ = ["ProcurementKey", "procurement_key", "reads_procurement"]

_NUMERIC_CELL = regex.compile(r"^[\d.,]+(?:\s+[\d.,]+)*$")
_CLASS = regex.compile(r"^\d{3}$")
_PART = regex.compile(r"^\d{2}$")
_QUANTITY = regex.compile(r"^\d[\d,]*(?:\.\d+)?$")
_UNIT_CODE = regex.compile(r"^\d{1,12}$")


@frozen
class ProcurementKey:
    """What a row's key cells say: ``texts`` the printed texts (采购项目 first, then
    采购目录, 购买服务内容, 规格型号 as printed), the codes and 数量 as text pairs
    (``Row.texts``), and whether the row is a group's (no economic code)."""

    texts: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]
    group: bool


def reads_procurement(cells: Sequence[HeaderCell], key_end: int) -> bool:
    """Whether a header prints this layout: a 采购目录 column among the key columns."""
    return any(c.index < key_end and c.leaf == "采购目录" for c in cells)


def _pieces(raw: RawRow, columns: Sequence[int]) -> list[str]:
    pieces: list[str] = []
    for i in columns:
        cell = raw.cell(i).strip()
        if not cell:
            continue
        if _NUMERIC_CELL.match(cell):
            pieces.extend(cell.split())
        else:
            pieces.append(" ".join(cell.split()))
    return pieces


def procurement_key(raw: RawRow, cells: Sequence[HeaderCell], key_end: int) -> ProcurementKey:
    """Read one row's key cells (module docstring). The 序号 and 实施采购时间 columns are
    read by the header (a date is no code); the others by the tokens' shapes."""
    skip = {c.index for c in cells if c.index < key_end and c.leaf in ("序号", "实施采购时间")}
    timed = next((c.index for c in cells if c.index < key_end and c.leaf == "实施采购时间"), None)
    pieces = _pieces(raw, [i for i in range(key_end) if i not in skip])
    pairs: list[tuple[str, str]] = []
    lead: list[str] = []
    for shape in (_CLASS, _PART, _PART):
        if pieces and shape.match(pieces[0]):
            lead.append(pieces.pop(0))
        else:
            break
    if lead:
        pairs.append(("functional", "".join(lead)))
    economic: list[str] = []
    while (
        len(economic) < 4  # the 部门 and the 政府 class: a third pair is 规格型号 and 数量
        and len(pieces) >= 3
        and _PART.match(pieces[-1])
        and _CLASS.match(pieces[-2])
    ):
        economic[:0] = pieces[-2:]
        del pieces[-2:]
    group = not economic
    if economic:
        if pieces and _QUANTITY.match(pieces[-1]):
            pairs.append(("quantity", pieces.pop()))
        pairs.append(("economic", "".join(economic[:2])))
        if len(economic) > 2:
            pairs.append(("gov_economic", "".join(economic[2:4])))
    elif pieces and _QUANTITY.match(pieces[-1]) and len(pieces) > 1:
        pairs.append(("quantity", pieces.pop()))  # a group's 数量 (合计 254)
    if group and len(pieces) > 1 and _UNIT_CODE.match(pieces[0]):
        pairs.append(("unit", pieces.pop(0)))
    if timed is not None and raw.cell(timed).strip():
        pairs.append(("purchase_time", " ".join(raw.cell(timed).split())))
    return ProcurementKey(tuple(pieces), tuple(pairs), group)
