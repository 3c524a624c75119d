"""What an input is before any adapter reads it: the bytes of a file object, and the
formats that are not a disclosure xjbudget reads although departments publish in them
(Excel and Word files, images), named by their signature so the error says what the
file is rather than "binary data".
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ..errors import InputError, InputTooLargeError
from ..limits import DEFAULT_LIMITS, Limits

__all__ = ["read_stream", "unsupported_format"]


def read_stream(stream: Any, *, limits: Limits = DEFAULT_LIMITS) -> tuple[bytes, str | None]:
    """The bytes of a binary file object (read from where it stands to its end) and
    its name when it has one (``open(...)``: the path; ``sys.stdin.buffer``: none).

    Raises :class:`~xjbudget.errors.InputError` for a text-mode file (its bytes are not
    known: open it with ``"rb"``) and for anything that is neither a path, bytes nor a
    readable binary file; :class:`~xjbudget.errors.InputTooLargeError` past the larger
    of ``limits.max_pdf_bytes`` and ``max_text_bytes``, of which no more is read (an
    endless pipe is not read to its end).
    """
    read = getattr(stream, "read", None)
    if not callable(read):
        raise InputError(
            f"cannot parse a {type(stream).__name__}: give a path, bytes or a binary file "
            "object (open(path, 'rb'))"
        )
    if isinstance(stream, io.TextIOBase):
        raise InputError("a text-mode file: open it in binary mode (open(path, 'rb'))")
    bound = max(limits.max_pdf_bytes, limits.max_text_bytes)
    data = read(bound + 1)
    if isinstance(data, str):
        raise InputError("the file object gave text: open it in binary mode (open(path, 'rb'))")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(f"the file object's read() gave a {type(data).__name__}, not bytes")
    name = getattr(stream, "name", None)
    shown = name if isinstance(name, str) and not name.startswith("<") else None
    if len(data) > bound:
        limit = (
            "max_pdf_bytes" if limits.max_pdf_bytes >= limits.max_text_bytes else "max_text_bytes"
        )
        raise InputTooLargeError(f"more than {bound} bytes", limit=limit, where=shown)
    return bytes(data), shown


# Signatures of formats that are not read, with what to say of them. A signature of
# plain ASCII (GIF87a, Rar!) counts only with a NUL byte near the start: text never has one.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.xls, .doc, .wps)"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
)

# Parts of an Office Open XML or OpenDocument package, and what they make it.
_ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("xl/", "an Excel workbook (.xlsx)"),
    ("word/", "a Word document (.docx)"),
    ("ppt/", "a PowerPoint file (.pptx)"),
)


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            mimetype = (
                archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
            )
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError):
        return "a ZIP archive"
    for prefix, kind in _ZIP_KINDS:
        if any(name.startswith(prefix) for name in names):
            return kind
    if "opendocument.spreadsheet" in mimetype:
        return "an OpenDocument spreadsheet (.ods)"
    if "opendocument.text" in mimetype:
        return "an OpenDocument text (.odt)"
    return "a ZIP archive"


def unsupported_format(data: bytes) -> str | None:
    """What ``data`` is when its signature names a format xjbudget does not read
    (``"an Excel workbook (.xlsx)"``, ``"a PNG image"`` …), else ``None``."""
    if data[:4] == b"PK\x03\x04":
        return _zip_kind(data)
    for magic, kind in _MAGIC:
        if data.startswith(magic) and (not magic.isascii() or b"\x00" in data[:4096]):
            return kind
    return None
