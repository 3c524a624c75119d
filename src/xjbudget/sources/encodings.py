"""Decoding the bytes of a text form: UTF-8, GB18030, and UTF-16/UTF-32 with or without
a byte-order mark.

Converters and office tools save text as UTF-16 ("Unicode" in Windows dialogs) about as
often as UTF-8. Without a BOM such text is told by its NUL bytes: a disclosure is full
of digits, tabs and line breaks, each of which has a zero byte in the same place of its
code unit (UTF-16LE ``'1'`` is ``31 00``), while a UTF-8 or GB18030 text never has a NUL
byte at all. So a NUL byte anywhere in an input that is not UTF-16/32 means binary data,
wherever it is (not only in the first few kilobytes).
"""

from __future__ import annotations

from ..errors import NotTextError

#: Byte-order marks, UTF-32 first (a UTF-32LE BOM begins with the UTF-16LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

#: Encodings tried when a NUL byte shows the text may be made of wide code units, with
#: their code unit size (UTF-32 first: UTF-32 text read as UTF-16 is full of NULs, which
#: rejects it, while UTF-16 text read as UTF-32 does not decode at all).
_WIDE: tuple[tuple[str, int], ...] = (
    ("utf-32-le", 4),
    ("utf-32-be", 4),
    ("utf-16-le", 2),
    ("utf-16-be", 2),
)


def decode_text(data: bytes, where: str | None = None) -> str:
    """The text of ``data``, or :class:`~xjbudget.errors.NotTextError` saying why not.

    A BOM decides; otherwise bytes with a NUL are tried as UTF-32 and UTF-16 (both byte
    orders) and are text only if one of them decodes to lines of text without NUL or
    other control characters; bytes without a NUL are UTF-8 (with or without BOM), else
    GB18030.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, where)
    nul = data.find(b"\x00")
    if nul < 0:
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise NotTextError("bytes that decode neither as UTF-8 nor as GB18030", where=where)
    for encoding, size in _WIDE:
        if len(data) % size == 0:
            text = _wide(data, encoding)
            if text is not None:
                return text
    raise NotTextError(
        f"binary data, neither text nor a PDF (a NUL byte at offset {nul})", where=where
    )


def _strict(data: bytes, encoding: str, where: str | None) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise NotTextError(
            f"a {encoding.upper()} byte-order mark, but bytes {error.start}–{error.end}"
            f" do not decode as {encoding.upper()}",
            where=where,
        ) from None
    return text


#: A text without BOM read as UTF-16/32 has line breaks, at least one every this many
#: characters on average: bytes of another encoding (or binary data) read as UTF-16
#: make a line break (0A 00) only by chance.
_MAX_MEAN_LINE = 4096


def _wide(data: bytes, encoding: str) -> str | None:
    """``data`` decoded as the wide ``encoding`` if that gives text, else None."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    breaks = text.count("\n")
    if not breaks or breaks * _MAX_MEAN_LINE < len(text):
        return None  # no lines: two bytes 00 01 are no text
    if any(ord(ch) < 0x20 and ch not in "\t\n\r\f" for ch in text):
        return None  # NULs or other controls: not text in this encoding
    return text
