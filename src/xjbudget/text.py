"""Text normalisation shared by every layer.

Converters insert spaces between CJK characters (``收 入 总 计``), keep ``<b>`` tags
from bold cells and mix full-width and half-width forms. Every printed label that
the library stores or compares goes through :func:`normalize_text` (what is kept)
or :func:`label_key` (what is compared).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import regex

__all__ = ["fold", "has_space", "label_characters", "label_key", "normalize_text", "strip_tags"]

_TAG = regex.compile(r"</?\s*[bB]\s*>|\*\*")
# A character of CJK script or CJK/full-width punctuation.
_CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’]"
# The second branch starts only where a whitespace run starts (and never gives a space
# back): tried inside a long run not touching CJK, it would rescan the run from every
# position (quadratic).
_SPACE_NEAR_CJK = regex.compile(rf"(?<={_CJK})\s+|(?<!\s)\s++(?={_CJK})")
_SPACES = regex.compile(r"\s+")
_LABEL_DROP = regex.compile(r"[\s\p{P}\p{S}]+")


def strip_tags(text: str) -> str:
    """Remove the ``<b>``/``</b>`` tags and ``**`` markers converters leave on bold text."""
    if "<" not in text and "**" not in text:
        return text  # the common case: no regex pass over the text
    return _TAG.sub("", text)


def has_space(text: str) -> bool:
    """Whether ``text`` holds any whitespace. Every character regex's ``\\s`` matches is
    ``str.isspace``, so without one the whitespace passes can be skipped."""
    return text.split(maxsplit=1) != [text]


def normalize_text(text: str) -> str:
    """Return printed text as the library stores it.

    Tags are removed, whitespace touching a CJK character is deleted (it is a
    converter's artefact, not part of the name) and other whitespace runs become one
    space: ``收 入 总 计`` → ``收入总计``, ``特定目标 0310016Y`` → ``特定目标0310016Y``.
    Characters themselves (full-width brackets, numbering) are kept as printed.
    """
    text = strip_tags(text)
    if not has_space(text):
        return text
    text = _SPACE_NEAR_CJK.sub("", text.replace("\u00a0", " "))
    return _SPACES.sub(" ", text).strip()


def label_key(text: str) -> str:
    """Return the form of a label used for comparisons.

    NFKC folds full-width forms (``（`` → ``(``, ``１`` → ``1``); whitespace,
    punctuation and symbols are dropped, so ``财政拨款（补助）小计`` and
    ``财政拨款(补助) 小 计`` compare equal.
    """
    folded = unicodedata.normalize("NFKC", strip_tags(text))
    if folded.isalnum():  # letters and digits only: nothing to drop (no regex pass)
        return folded
    return _LABEL_DROP.sub("", folded)


def label_characters(labels: Iterable[str]) -> str:
    """The characters of ``labels`` (compared forms, :func:`label_key`) in code-point
    order: the same for a header printed again whose cells a PDF reader cut or merged
    otherwise (``支出经济科目编码 | 数量`` and ``支出经济 | 科目编码数量``)."""
    return "".join(sorted("".join(label_key(label) for label in labels)))


_HALF_TO_FULL = str.maketrans({"(": "（", ")": "）", ":": "：", ";": "；", "%": "%", "％": "%"})
# A half-width comma that is not a thousands separator (digit , three digits).
_SOFT_COMMA = regex.compile(r",(?!\d{3}(?!\d))|(?<!\d),")
# A half-width full stop ending a sentence (not a decimal point, not ``1.`` numbering).
_STOP = regex.compile(r"(?<=[^\d\s])\.(?=\s|$)")


def fold(text: str) -> str:
    """Full-width punctuation for half-width (same length: offsets are kept).

    Documents mix ``，``/``,``, ``（``/``(``, ``：``/``:``; the structure stage finds
    headings and the narrative reads sentences in this form. A comma between digits
    (``1,036.53``) is a thousands separator and stays.
    """
    return _STOP.sub("。", _SOFT_COMMA.sub("，", text.translate(_HALF_TO_FULL)))
