"""Normalisation of classification codes and names.

Documents print the same code as ``201 | 13 | 01``, ``201 13 01``, ``2011301`` or with
full-width digits (``２０１``), and the same name with full-width or half-width brackets,
stray spaces inside (a converter's line wrap) or a non-breaking space. Every comparison in
this package goes through these two functions, so that printing differences never count
as a different code or a different name.
"""

from __future__ import annotations

import unicodedata

import regex

from xjbudget.errors import CodeError

__all__ = [
    "LEVEL_NAMES",
    "code_level",
    "format_code",
    "normalize_code",
    "normalize_name",
    "parent_code",
    "split_code",
    "split_code_and_name",
]

#: 类 / 款 / 项 by level (1, 2, 3).
LEVEL_NAMES = {1: "类", 2: "款", 3: "项"}

_LEVEL_BY_LENGTH = {3: 1, 5: 2, 7: 3}

# Characters that may stand between the cells of a printed code: any white space
# (including U+3000 and NBSP, which NFKC turns into a plain space) and the cell rules
# that text converters leave behind.
_CODE_SEPARATORS = regex.compile(r"[\s|｜\-_./·、,，]+")
# A printed code followed by its name: `201 13 01 行政运行`, `301 01 基本工资`,
# `201 一般公共服务支出`, `301 | 01 | 基本工资`.
_CODE_AND_NAME = regex.compile(
    r"^\s*(?P<code>\d{3}(?:[\s|]*\d{2}){0,2})[\s|]*(?P<name>[^\d\s|].*?)(?<!\s)\s*$"
)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def normalize_code(text: str | int) -> str:
    """Return the digits of a printed code: ``"201 13 01"`` → ``"2011301"``.

    Accepts full-width digits, any white space and cell separators between the groups.
    Raises :class:`CodeError` when what is left is not 3, 5 or 7 digits.
    """
    raw = str(text)
    digits = _CODE_SEPARATORS.sub("", _nfkc(raw))
    if not digits.isascii() or not digits.isdigit() or len(digits) not in _LEVEL_BY_LENGTH:
        raise CodeError(f"not a classification code (3, 5 or 7 digits): {raw!r}")
    return digits


def normalize_name(text: str) -> str:
    """Return the comparison form of a name.

    NFKC (full-width letters, digits and brackets become half-width: ``（护）`` → ``(护)``),
    then every white space removed (Chinese names contain none; spaces come from line
    wraps and column padding), and ``<b>`` tags left by some converters dropped.
    """
    text = text.replace("<b>", "").replace("</b>", "")
    # NFKC can turn a lone mark into space + combining mark, and dropping that space
    # leaves a new composable pair: repeat until stable (twice at most in practice).
    for _ in range(4):
        result = "".join(char for char in _nfkc(text) if not char.isspace())
        if result == text:
            break
        text = result
    return result


def code_level(code: str) -> int:
    """The level of a code's digits: 1 (类, 3 digits), 2 (款, 5) or 3 (项, 7)."""
    try:
        return _LEVEL_BY_LENGTH[len(code)]
    except KeyError:
        raise CodeError(f"not a classification code (3, 5 or 7 digits): {code!r}") from None


def parent_code(code: str) -> str | None:
    """The parent of a code's digits (``"2011301"`` → ``"20113"``), ``None`` for a 类."""
    return None if code_level(code) == 1 else code[:-2]


def split_code(code: str) -> tuple[str, ...]:
    """The printed cells of a code: ``"2011301"`` → ``("201", "13", "01")``."""
    code_level(code)
    return tuple(part for part in (code[:3], code[3:5], code[5:7]) if part)


def format_code(code: str, sep: str = " ") -> str:
    """The code as documents print it, cells joined by ``sep``: ``"201 13 01"``."""
    return sep.join(split_code(code))


def split_code_and_name(text: str) -> tuple[str, str]:
    """Split a printed ``code name`` cell or row: ``"301 01 基本工资"`` → ``("30101", "基本工资")``.

    Raises :class:`CodeError` if the text does not start with a code followed by a name.
    """
    match = _CODE_AND_NAME.match(_nfkc(text))
    if match is None:
        raise CodeError(f"not a code followed by a name: {text!r}")
    return normalize_code(match["code"]), match["name"]
