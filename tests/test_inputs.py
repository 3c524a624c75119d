"""Inputs like other readers (issue 19): paths, bytes and binary file objects; a typed
error for anything else, and one naming the format of an Excel/Word file or an image."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

import xjbudget
from xjbudget.errors import InputError, InputTooLargeError, NotTextError, UnsupportedFormatError
from xjbudget.limits import Limits
from xjbudget.samples import sample_path
from xjbudget.sources.inputs import read_stream, unsupported_format


def _office(kind: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{kind}/workbook.xml" if kind == "xl" else f"{kind}/document.xml", "<x/>")
    return buffer.getvalue()


def test_a_binary_file_object_parses_as_its_path_does() -> None:
    expected = xjbudget.parse(sample_path())
    with open(sample_path(), "rb") as stream:
        from_stream = xjbudget.parse(stream)
    assert from_stream.tables == expected.tables
    assert from_stream.meta.source == str(sample_path())  # the file object's name
    unnamed = xjbudget.parse(io.BytesIO(sample_path().read_bytes()))
    assert unnamed.tables == expected.tables and unnamed.meta.source is None


def test_a_pdf_file_object_parses() -> None:
    pdf = Path(__file__).parent / "pdf_fixtures" / "000_ruled.pdf"
    with pdf.open("rb") as stream:
        document = xjbudget.parse(stream)
    assert document.meta.form == "pdf" and document.tables


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (12, "cannot parse a int"),
        (None, "cannot parse a NoneType"),
        (io.StringIO("第一部分"), "binary mode"),
    ],
)
def test_anything_else_is_a_typed_error(source: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        xjbudget.parse(source)  # type: ignore[arg-type]


def test_a_text_mode_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("第一部分", encoding="utf-8")
    with path.open(encoding="utf-8") as stream, pytest.raises(InputError, match="'rb'"):
        xjbudget.parse(stream)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (_office("xl"), "an Excel workbook (.xlsx)"),
        (_office("word"), "a Word document (.docx)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an old Office file (.xls, .doc, .wps)"),
    ],
)
def test_a_known_format_is_named(data: bytes, kind: str, tmp_path: Path) -> None:
    assert unsupported_format(data) == kind
    path = tmp_path / "budget.bin"
    path.write_bytes(data)
    with pytest.raises(UnsupportedFormatError, match="^" + re.escape(kind)) as caught:
        xjbudget.parse(path)
    assert isinstance(caught.value, NotTextError)  # handlers of NotTextError still catch it
    assert str(path) in str(caught.value)


def test_unknown_binary_stays_not_text() -> None:
    assert unsupported_format(b"\x00\x01\x02") is None
    with pytest.raises(NotTextError, match="binary data") as caught:
        xjbudget.parse(b"\x00\x01\x02")
    assert not isinstance(caught.value, UnsupportedFormatError)


def test_a_stream_is_read_no_further_than_the_size_bound() -> None:
    limits = Limits(max_pdf_bytes=100, max_text_bytes=50)
    stream = io.BytesIO(b"x" * 1000)
    with pytest.raises(InputTooLargeError, match="more than 100 bytes") as caught:
        read_stream(stream, limits=limits)
    assert caught.value.limit == "max_pdf_bytes" and stream.tell() == 101
    assert read_stream(io.BytesIO(b"x" * 100), limits=limits) == (b"x" * 100, None)
