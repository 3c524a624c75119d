"""The search over a flattened table's placements tries first what the rows pinned by
other evidence imply (issue 16): a 表7 合计 (and its 类) printing four amounts has 120
equally good placements, more than are tried (Settings.root_trials, pool_limit); part 3
fixes each project's column, so the rows above must hold money in those columns."""

from __future__ import annotations

from decimal import Decimal

from xjbudget.settings import Settings
from xjbudget.tables.assign import candidates, solve

_WIDTH = 11  # 表7: 项目支出合计 and its ten economic columns
_SUMS = [(0, list(range(1, _WIDTH)))]


def _d(*values: str) -> list[Decimal]:
    return [Decimal(v) for v in values]


def _only(column: int) -> dict[int, Decimal | None]:
    """A project row part 3 puts in ``column``: every other economic column is empty."""
    return {c: None for c in range(1, _WIDTH) if c != column}


def _solve(settings: Settings) -> list[tuple[Decimal | None, ...]]:
    rows = [
        _d("9.59", "2.57", "2.01", "5.01"),  # 0 合计
        _d("9.59", "2.57", "2.01", "5.01"),  # 1 208 社会保障和就业支出 (one 类)
        _d("2.57", "2.57"),  # 2 project: 302 商品和服务支出
        _d("2.01", "2.01"),  # 3 project: 310 资本性支出
        _d("5.01", "5.01"),  # 4 project: 399 其他支出 (the rightmost column)
    ]
    options = [candidates(r, _WIDTH, _SUMS, settings=settings) for r in rows]
    kids = {0: [1], 1: [2, 3, 4]}
    refs = {2: _only(2), 3: _only(6), 4: _only(10)}
    solution = solve(options, lambda i: kids.get(i, []), [0], refs, settings=settings)
    assert solution.ties == ()
    return [c.values if c else () for c in solution.chosen]


def test_the_placement_the_pinned_rows_imply_is_tried_first() -> None:
    # Leftmost first, the right placement of the 合计 (2.57, 2.01, 5.01 in columns 2, 6
    # and 10) comes after the 64 tried: the rows below then followed a wrong column.
    total = (Decimal("9.59"), None, Decimal("2.57"), None, None, None, Decimal("2.01"))
    total += (None, None, None, Decimal("5.01"))
    chosen = _solve(Settings())
    assert chosen[0] == chosen[1] == total
    assert chosen[4] == (Decimal("5.01"), *[None] * 9, Decimal("5.01"))


def test_the_search_stays_bounded() -> None:
    # With one trial and pools of one, the pinned rows' placement is still the one tried.
    settings = Settings(root_trials=1, pool_limit=1)
    assert _solve(settings)[0][10] == Decimal("5.01")
