"""Character-level folding of narrative text and the figures it states.

Documents mix full-width and half-width punctuation (``，`` / ``,``, ``（`` / ``(``,
``：`` / ``:``). Every narrative line is folded to the full-width form one character
for one character, so offsets into the folded text are offsets into the normalised
text. A comma between digits (``1,036.53``) is a thousands separator and stays.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from ..amounts import convert_amount
from ..text import fold

__all__ = ["FIGURE", "MONEY_UNITS", "NUMBER", "count_figures", "fold", "in_wan"]

# Some converters print 【】 or 〔〕 where others print （）; only （） matter here.

#: A printed number: thousands separators and decimals, not part of a code or word.
#: Atomic (``(?>…)``): what follows a number in every pattern is never a digit, comma or
#: point, so a shorter number cannot match where the longest failed, and giving digits
#: back one by one (each time rescanning the lookahead) was quadratic in a digit run.
NUMBER = r"(?<![\d.,A-Za-z])(?>\d(?:[\d,]*\d)?(?:\.\d+)?)(?![\d.]*[A-Za-z])"

#: A stated figure: a number with a unit of money, share, area or count.
FIGURE = regex.compile(rf"({NUMBER})\s*(万元|亿元|元|%|平方米|人|名|个|辆|台|家|项)")


#: The money units a sentence states (their powers of ten:
#: :data:`~xjbudget.amounts.UNIT_EXPONENTS`).
MONEY_UNITS: tuple[str, ...] = ("元", "万元", "亿元")


def in_wan(number: Decimal, unit: str) -> Decimal:
    """``number`` printed in ``unit`` (:data:`MONEY_UNITS`) as 万元, exactly
    (:func:`~xjbudget.amounts.convert_amount`).

    An amount printed in 万元 keeps its printed decimals (``0.00`` stays ``0.00``); one
    converted from another unit has no trailing zero after the point (``0.5亿元`` is
    ``5000``, ``1.23456亿元`` is ``12345.6``, ``8.50元`` is ``0.00085``): its printed
    decimals say nothing of the precision in 万元.
    """
    if unit == "万元":
        return number
    value = convert_amount(number, unit, "万元")
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def count_figures(text: str) -> int:
    """How many figures (number + unit) the folded text states.

    A year (``2024 年``), a date or a document number (``〔2023〕17 号``) is no figure.
    """
    return sum(1 for _ in FIGURE.finditer(text))
