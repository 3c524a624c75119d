"""Strategies for amounts as the tables print them: Decimal 万元 with two places."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from ._check import check_amount

__all__ = ["CENT", "amounts", "cents", "to_amount"]

CENT = Decimal("0.01")


def to_amount(value: int) -> Decimal | None:
    """Cents as a printed amount; zero is an empty cell (``None``)."""
    return (Decimal(value) * CENT).quantize(CENT) if value else None


def cents(max_amount: Decimal) -> st.SearchStrategy[int]:
    """Positive amounts in cents up to ``max_amount``, small ones more often."""
    top = int(max_amount / CENT)
    return st.one_of(st.integers(1, min(top, 100_000)), st.integers(1, top))


def amounts(
    *,
    min_value: Decimal | int | str = "0.01",
    max_value: Decimal | int | str = "99999.99",
    allow_none: bool = False,
) -> st.SearchStrategy[Decimal | None]:
    """Draws an amount (``Decimal`` with exactly two places, never a float) between
    ``min_value`` and ``max_value``; with ``allow_none``, also ``None`` (an empty cell)."""
    lo = check_amount("min_value", min_value)
    hi = check_amount("max_value", max_value)
    if lo > hi:
        from hypothesis.errors import InvalidArgument

        raise InvalidArgument(f"min_value={lo} is larger than max_value={hi}")
    drawn = st.integers(int(lo / CENT), int(hi / CENT)).map(
        lambda c: (Decimal(c) * CENT).quantize(CENT)
    )
    return st.one_of(st.none(), drawn) if allow_none else drawn
