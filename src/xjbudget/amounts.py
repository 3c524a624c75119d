"""The one reader of printed amounts.

Every amount in a disclosure goes through :func:`parse_amount`. It accepts the forms
converters produce from the published PDFs and rejects anything else with an
:class:`~xjbudget.errors.AmountError` naming the text, so that a wrong number is never
read silently.
"""

from __future__ import annotations

import decimal
import unicodedata
from decimal import Decimal

import regex

from .errors import AmountError, UnitError
from .text import has_space, strip_tags

__all__ = ["UNIT_EXPONENTS", "convert_amount", "is_amount", "parse_amount"]

# Printed placeholders for "no amount".
_NIL = frozenset({"", "-", "--", "—", "——", "－", "/"})
_NUMBER = regex.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_WHITESPACE = regex.compile(r"\s+")
# Two digit runs separated by a space before the decimal point are two numbers, not one.
_SPLIT_INTEGER = regex.compile(r"\d\s+\d")


def parse_amount(text: str | None, *, where: str | None = None) -> Decimal | None:
    """Read one printed amount.

    Returns ``None`` for a blank cell or a dash (an empty cell is not zero) and the
    exact :class:`~decimal.Decimal` otherwise, keeping the printed decimals
    (``"0.00"`` → ``Decimal("0.00")``).

    Accepted: thousands separators (``1,036.53``), spaces in the decimals left by a
    line or cell break (``432. 18``, ``"1036.5\\n3"``), ``<b>`` tags, full-width
    digits and punctuation (``１，０３６．５３``), a leading minus sign.

    Raises :class:`~xjbudget.errors.AmountError` for anything else, including a
    number cut short (``"432."``) and two numbers run together (``"12 34"``).
    """
    if text is None:
        return None
    folded = unicodedata.normalize("NFKC", strip_tags(text))
    spaced = has_space(folded)
    compact = (_WHITESPACE.sub("", folded) if spaced else folded).replace("−", "-")
    if compact in _NIL:
        return None
    if not _NUMBER.fullmatch(compact) or (spaced and _SPLIT_INTEGER.search(folded.split(".")[0])):
        raise AmountError(text, where=where)
    return Decimal(compact.replace(",", ""))


def is_amount(text: str | None) -> bool:
    """Whether ``text`` is a printed amount (not blank, not a dash)."""
    try:
        return parse_amount(text) is not None
    except AmountError:
        return False


#: The currency units a disclosure prints in, as powers of ten of one 元.
UNIT_EXPONENTS: dict[str, int] = {"元": 0, "千元": 3, "万元": 4, "百万元": 6, "亿元": 8}


def convert_amount(amount: Decimal, unit: str, to: str) -> Decimal:
    """``amount`` in ``unit`` expressed in ``to``, exactly (a shift of the decimal
    point: 238.00 万元 is 2380000.00 元, 1234.5 元 is 0.12345 万元).

    Raises :class:`~xjbudget.errors.UnitError` for a unit not in
    :data:`UNIT_EXPONENTS`.
    """
    for name in (unit, to):
        if name not in UNIT_EXPONENTS:
            raise UnitError(f"unknown unit {name!r} (known: {', '.join(UNIT_EXPONENTS)})")
    shift = UNIT_EXPONENTS[unit] - UNIT_EXPONENTS[to]
    if shift == 0:
        return amount
    # Multiplying keeps the printed places (238.00 → 2380000.00), scaleb moves the point
    # left; with a precision above the amount's digits neither rounds, and a trap makes
    # sure of it: a conversion is exact or an error.
    with decimal.localcontext() as context:
        context.traps[decimal.Inexact] = True
        context.traps[decimal.Rounded] = True
        context.prec = max(context.prec, len(amount.as_tuple().digits) + abs(shift) + 1)
        try:
            return amount * Decimal(10**shift) if shift > 0 else amount.scaleb(shift)
        except decimal.DecimalException as error:  # pragma: no cover - a guard
            raise UnitError(f"{amount} {unit} is not exactly a number of {to}") from error
