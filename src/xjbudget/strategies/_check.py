"""Argument checks run before any data is drawn (as hypothesis's own extras do)."""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal

from hypothesis.errors import InvalidArgument

__all__ = ["check_amount", "check_choice", "check_int", "check_year"]


def check_int(name: str, value: object, lo: int, hi: int | None = None) -> int:
    """``value`` as an int in ``[lo, hi]``, else :class:`InvalidArgument`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if value < lo or (hi is not None and value > hi):
        bound = f"between {lo} and {hi}" if hi is not None else f"at least {lo}"
        raise InvalidArgument(f"{name}={value!r} must be {bound}")
    return value


def check_year(year: object) -> int:
    """A document year: an int from 2000 to 2100 (the code tables of the nearest
    edition are used)."""
    return check_int("year", year, 2000, 2100)


def check_choice(name: str, value: object, choices: Collection[object]) -> None:
    if value not in choices:
        listed = ", ".join(repr(c) for c in choices)
        raise InvalidArgument(f"{name}={value!r} must be one of {listed}")


def check_amount(name: str, value: object) -> Decimal:
    """A positive amount with at most two decimals, given as Decimal, int or str."""
    if isinstance(value, (float, bool)):
        raise InvalidArgument(f"{name}={value!r} must be a Decimal, int or str, never a float")
    try:
        amount = Decimal(str(value)) if not isinstance(value, Decimal) else value
    except ArithmeticError:
        raise InvalidArgument(f"{name}={value!r} is not an amount") from None
    if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise InvalidArgument(f"{name}={value!r} must be positive with at most two decimals")
    return amount
