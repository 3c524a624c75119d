"""Which column each amount of a flattened row belongs to.

A flattened row keeps its amounts in order but loses its empty cells, so ``359.11 346.47
346.47 12.64`` under table 2's twelve columns could sit in many places. The amounts keep
their printed order, so the candidates for one row are the order-preserving placements
of k amounts in n columns — C(n, k) of them, at most C(12, 6) = 924 for the widest
standard table — each scored exactly against the row's declared sums
(``total = basic + project`` …).

Rows are then chosen together, top down: the children of a row (the 款 under a 类, the
类 under the total row, the items under 表10's 合计) take the combination of candidates
whose columns add up to the parent's; values known from tables already read (表1's
items for 表2's total row, 表2's totals for 表3 …) break ties; what still ties is
decided as a reader would (the leftmost columns) and reported as an ambiguous column.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal

from attrs import frozen

from ..settings import DEFAULT_SETTINGS, Settings

__all__ = ["Candidate", "Solution", "candidates", "solve"]

_ZERO = Decimal(0)
# The bounds on the search (Settings.placement_limit, combination_limit, climb_passes,
# pool_limit, state_limit, per_state, root_trials; see xjbudget.settings): above
# placement_limit placements a row is placed left-aligned instead (and reported); above
# combination_limit combinations of children the combination is improved one row at a
# time, in at most climb_passes passes, each row trying its pool_limit best placements;
# the exact search over column sums keeps at most state_limit distinct partial sums,
# per_state combinations for each; a row with no parent tries at most root_trials of its
# equally good placements. The work per table is bounded whatever the input. Where a
# bound cuts equally good placements, those the document's own evidence implies are
# kept: rows that other tables pin (``refs``, e.g. a 表7 project whose column part 3
# states) put money in their columns, so every row above them holds at least that much
# there, and the placements that do come first (then the leftmost).


@frozen
class Candidate:
    """One placement of a row's amounts: the value per column (``None`` = empty cell) and
    how far it is from the row's sums (violated sums, total absolute difference)."""

    values: tuple[Decimal | None, ...]
    violations: int
    deviation: Decimal
    spread: int  # sum of column indices used: smaller is further left


def _score(
    values: Sequence[Decimal | None], sums: Sequence[tuple[int, Sequence[int]]]
) -> tuple[int, Decimal]:
    violations, deviation = 0, _ZERO
    for total, parts in sums:
        left = values[total] or _ZERO
        right = sum((values[p] or _ZERO for p in parts), _ZERO)
        if left != right:
            violations += 1
            deviation += abs(left - right)
    return violations, deviation


def candidates(
    amounts: Sequence[Decimal],
    width: int,
    sums: Sequence[tuple[int, Sequence[int]]],
    *,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[Candidate]:
    """Every order-preserving placement of ``amounts`` in ``width`` columns, best first.

    Raises ``ValueError`` when there are more amounts than columns.
    """
    k = len(amounts)
    if k > width:
        raise ValueError(f"{k} amounts for {width} columns")
    if math.comb(width, k) > settings.placement_limit:
        placements: list[tuple[int, ...]] = [tuple(range(k))]
    else:
        placements = list(itertools.combinations(range(width), k))
    found = []
    for placement in placements:
        values: list[Decimal | None] = [None] * width
        for column, amount in zip(placement, amounts, strict=True):
            values[column] = amount
        violations, deviation = _score(values, sums)
        found.append(Candidate(tuple(values), violations, deviation, sum(placement)))
    found.sort(key=lambda c: (c.violations, c.deviation, c.spread))
    return found


def _exact_combinations(
    target: Sequence[Decimal | None],
    pools: Sequence[Sequence[Candidate]],
    settings: Settings,
) -> list[tuple[Candidate, ...]] | None:
    """The combinations (one placement per row) whose columns add up to ``target``
    exactly, found column-sum by column-sum over the rows (partial sums beyond the target
    are dropped when no amount is negative). ``None`` when the partial sums outgrow
    ``settings.state_limit``; at most ``settings.per_state`` combinations are kept per
    partial sum."""
    goal = tuple(v or _ZERO for v in target)
    nonnegative = all(v >= 0 for v in goal) and all(
        (v or _ZERO) >= 0 for pool in pools for c in pool for v in c.values
    )
    states: dict[tuple[Decimal, ...], list[tuple[Candidate, ...]]] = {
        tuple(_ZERO for _ in goal): [()]
    }
    for pool in pools:
        following: dict[tuple[Decimal, ...], list[tuple[Candidate, ...]]] = {}
        for partial, combos in states.items():
            for candidate in pool:
                total = tuple(
                    p + (v or _ZERO) for p, v in zip(partial, candidate.values, strict=True)
                )
                if nonnegative and any(t > g for t, g in zip(total, goal, strict=True)):
                    continue
                kept = following.setdefault(total, [])
                for combo in combos:
                    if len(kept) >= settings.per_state:
                        break
                    kept.append((*combo, candidate))
        if len(following) > settings.state_limit:
            return None
        states = following
    return states.get(goal, [])


@frozen
class Solution:
    """The chosen placement per row, and the rows whose choice was a tie."""

    chosen: tuple[Candidate | None, ...]
    ties: tuple[tuple[int, tuple[Candidate, ...]], ...]


def _add(total: list[Decimal], values: Sequence[Decimal | None]) -> None:
    for i, value in enumerate(values):
        if value is not None:
            total[i] += value


def _mismatch(parent: Candidate, kids: Sequence[Candidate]) -> tuple[int, Decimal]:
    width = len(parent.values)
    total = [_ZERO] * width
    for kid in kids:
        _add(total, kid.values)
    count, deviation = 0, _ZERO
    for i in range(width):
        expected = parent.values[i] or _ZERO
        if total[i] != expected:
            count += 1
            deviation += abs(total[i] - expected)
    return count, deviation


def _ref_score(candidate: Candidate, refs: Mapping[int, Decimal | None]) -> int:
    return -sum(1 for i, v in refs.items() if candidate.values[i] == v)


def solve(
    options: Sequence[Sequence[Candidate]],
    children: Callable[[int], Sequence[int]],
    roots: Sequence[int],
    refs: Mapping[int, Mapping[int, Decimal | None]],
    hints: Mapping[int, Mapping[int, Decimal | None]] | None = None,
    *,
    settings: Settings = DEFAULT_SETTINGS,
) -> Solution:
    """Choose one candidate per row (see the module docstring).

    ``options[i]`` are row i's candidates best first; ``children(i)`` the rows that add up
    to row i; ``roots`` the rows with no parent; ``refs[i]`` what is known of row i's
    columns from other tables (``None``: the column is empty); ``hints[i]`` likely
    values that only order equally good choices, which stay reported as ties.
    ``settings`` bounds the search (see the module's note on the bounds).
    """
    chosen: list[Candidate | None] = [None] * len(options)
    ties: list[tuple[int, tuple[Candidate, ...]]] = []

    def own_key(i: int, c: Candidate) -> tuple[object, ...]:
        return (c.violations, c.deviation, _ref_score(c, refs.get(i, {})))

    def prefer(i: int, c: Candidate) -> tuple[int, int]:
        """Among equally good placements: the hinted one, then the leftmost."""
        return (_ref_score(c, (hints or {}).get(i, {})), c.spread)

    pools: dict[int, list[Candidate]] = {}
    floors: dict[int, list[Decimal] | None] = {}

    def _pool(i: int) -> list[Candidate]:
        """Row i's placements worth combining: those that keep its own sums when any
        does, best first, at most ``settings.pool_limit``. When more are equally good
        than are kept, those holding what the rows pinned below it hold (``_floor``)
        come first."""
        if i not in pools:
            ranked = sorted(options[i], key=lambda c: (*own_key(i, c), *prefer(i, c)))
            if ranked and ranked[0].violations == 0:
                ranked = [c for c in ranked if c.violations == 0]
            if len(ranked) > settings.pool_limit:
                ranked = _pinned_first(i, ranked, lambda c: own_key(i, c))
            pools[i] = ranked[: settings.pool_limit]
        return pools[i]

    def _pinned(i: int) -> Candidate | None:
        """Row i's placement when other tables (``refs``) leave it one: every placement
        that keeps its sums and agrees with them most holds the same values."""
        best = _best_refs(i, _pool(i)) if refs.get(i) else []
        return best[0] if best and all(c.values == best[0].values for c in best) else None

    def _floor(i: int) -> list[Decimal] | None:
        """What the rows under row i that end a branch (whose amounts add up to row i's)
        and that ``refs`` pin hold per column: the least row i can hold there. ``None``
        when nothing below is pinned or an amount is negative (sums then bound nothing).
        """
        if i in floors:
            return floors[i]
        floors[i] = None  # a cycle in ``children`` bounds nothing
        width = len(options[i][0].values)
        total, pinned_any = [_ZERO] * width, False
        stack, seen = [k for k in children(i) if options[k]], {i}
        while stack:
            row = stack.pop()
            if row in seen:
                continue
            seen.add(row)
            below = [k for k in children(row) if options[k]]
            if below:
                stack.extend(below)
                continue
            pick = _pinned(row)
            if pick is None:
                continue
            if any(v is not None and v < 0 for v in pick.values):
                return None
            _add(total, pick.values)
            pinned_any = True
        floors[i] = total if pinned_any else None
        return floors[i]

    def _pinned_first(
        i: int, ranked: list[Candidate], key: Callable[[Candidate], tuple[object, ...]]
    ) -> list[Candidate]:
        """``ranked`` (best first by ``key``), each group of equals reordered: the
        placements holding at least row i's floor in every column first (part 3 fixes
        a 表7 project's column, so its 项, 款, 类 and 合计 hold money there). Stable:
        leftmost first within."""
        least = _floor(i)
        if least is None:
            return ranked

        def short_of(c: Candidate) -> int:
            return sum(1 for v, m in zip(c.values, least, strict=True) if (v or _ZERO) < m)

        return sorted(ranked, key=lambda c: (key(c), short_of(c)))

    def _best_refs(i: int, pool: list[Candidate]) -> list[Candidate]:
        """The placements other tables agree with most, then those hinted most."""
        for known in (refs.get(i, {}), (hints or {}).get(i, {})):
            best = min((_ref_score(c, known) for c in pool), default=0)
            pool = [c for c in pool if _ref_score(c, known) == best]
        return pool

    def settle(parent: int) -> tuple[int, Decimal, int]:
        """Choose the rows under ``parent`` (already chosen), level by level; return how
        well the whole subtree fits: columns off, by how much, references missed."""
        kids = [k for k in children(parent) if options[k]]
        parent_choice = chosen[parent]
        if not kids or parent_choice is None:
            return 0, _ZERO, 0
        picks, alternatives = _combine(parent_choice, kids)
        for k, pick, others in zip(kids, picks, alternatives, strict=True):
            chosen[k] = pick
            if others:
                ties.append((k, (pick, *others)))
        count, deviation = _mismatch(parent_choice, picks)
        missed = sum(_ref_score(p, refs.get(k, {})) for k, p in zip(kids, picks, strict=True))
        for k in kids:
            below = settle(k)
            count, deviation, missed = count + below[0], deviation + below[1], missed + below[2]
        return count, deviation, missed

    def _combine(
        parent_choice: Candidate, kids: list[int]
    ) -> tuple[list[Candidate], list[tuple[Candidate, ...]]]:
        def key(picks: Iterable[Candidate]) -> tuple[int, int, Decimal, Decimal, int]:
            picks = list(picks)
            count, deviation = _mismatch(parent_choice, picks)
            violations = sum(p.violations for p in picks)
            own_deviation = sum((p.deviation for p in picks), _ZERO)
            refs_matched = sum(
                _ref_score(p, refs.get(k, {})) for k, p in zip(kids, picks, strict=True)
            )
            return (count, violations, deviation, own_deviation, refs_matched)

        def rank(combo: Iterable[Candidate]) -> tuple[object, ...]:
            combo = list(combo)
            return (
                *key(combo),
                sum(prefer(k, p)[0] for k, p in zip(kids, combo, strict=True)),
                sum(p.spread for p in combo),
            )

        def search(pools: list[list[Candidate]]) -> list[Candidate]:
            if math.prod(len(p) for p in pools) <= settings.combination_limit:
                return list(min(itertools.product(*pools), key=rank))
            picks = [pool[0] for pool in pools]
            # Coordinate descent: each row in turn takes its best placement given the
            # others, until a pass changes nothing (at most settings.climb_passes passes).
            for _ in range(settings.climb_passes):
                changed = False
                for position, pool in enumerate(pools):
                    best_option = min(
                        pool, key=lambda o: key([*picks[:position], o, *picks[position + 1 :]])
                    )
                    if best_option is not picks[position] and key(
                        [*picks[:position], best_option, *picks[position + 1 :]]
                    ) < key(picks):
                        picks[position], changed = best_option, True
                if not changed:
                    break
            return picks

        pools = [_pool(k) for k in kids]
        exact = _exact_combinations(parent_choice.values, pools, settings)
        if exact is None:  # too many partial sums: the placements others agree with
            exact = _exact_combinations(
                parent_choice.values,
                [_best_refs(k, pool) for k, pool in zip(kids, pools, strict=True)],
                settings,
            )
        if exact:
            # Every combination that adds up exactly; the best by references, hints and
            # position; the others as good are joint ties (two 项 whose 基本/项目 amounts
            # could be swapped between them).
            picks = list(min(exact, key=rank))
            best = key(picks)
            equal: list[Sequence[Candidate]] = [c for c in exact if key(c) == best]
        else:
            # Nothing adds up (the source's own sums fail): the closest combination.
            preferred = [_best_refs(k, pool) for k, pool in zip(kids, pools, strict=True)]
            picks = search(preferred)
            if key(picks)[0]:
                picks = min(picks, search(pools), key=key)
            best = key(picks)
            equal = [
                [*picks[:position], option, *picks[position + 1 :]]
                for position, pool in enumerate(pools)
                for option in pool
                if key([*picks[:position], option, *picks[position + 1 :]]) == best
            ]
        alternatives = [
            tuple(
                {
                    combo[position].values: combo[position]
                    for combo in equal
                    if combo[position].values != picks[position].values
                }.values()
            )
            for position in range(len(pools))
        ]
        return picks, alternatives

    for root in roots:
        if not options[root]:
            continue
        top = min(own_key(root, option) for option in options[root])
        mark = len(ties)
        scored: list[tuple[tuple[object, ...], Candidate]] = []
        equal = [o for o in options[root] if own_key(root, o) == top]
        if len(equal) > settings.root_trials:  # those the rows below agree with first
            equal = _pinned_first(root, equal, lambda o: ())
        trials = equal[: settings.root_trials]
        for option in trials:
            chosen[root] = option
            scored.append(((*settle(root),), option))
        scored.sort(key=lambda item: (*item[0], *prefer(root, item[1])))
        best_key, best = scored[0]
        chosen[root] = best
        del ties[mark:]  # the trial settlements above noted ties of discarded choices
        settle(root)
        others = tuple(o for k, o in scored[1:] if k == best_key and o.values != best.values)
        if others:
            ties.append((root, (best, *others)))
    return Solution(tuple(chosen), tuple(ties))
