"""Text forms in every encoding a converter or an office tool saves (issue 21): UTF-8 with
and without BOM, GB18030, UTF-16 and UTF-32 in both byte orders with and without BOM —
the same document each time; and a NUL byte anywhere else means binary data."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xjbudget
from xjbudget.errors import NotTextError, XjbudgetError
from xjbudget.export import document_to_json
from xjbudget.sources.encodings import decode_text

from ..conftest import CORPUS

TEXT = (CORPUS / "000_707d8629ab46531e.txt").read_text("utf-8")

ENCODINGS = (
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("gb18030", b""),
    ("utf-16-le", b""),
    ("utf-16-be", b""),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("utf-32-le", b""),
    ("utf-32-be", b""),
    ("utf-32-le", b"\xff\xfe\x00\x00"),
    ("utf-32-be", b"\x00\x00\xfe\xff"),
)


@pytest.fixture(scope="module")
def reference() -> str:
    return document_to_json(xjbudget.parse(TEXT.encode("utf-8")))


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS, ids=lambda v: repr(v))
def test_every_encoding_gives_the_same_document(encoding: str, bom: bytes, reference: str) -> None:
    document = xjbudget.parse(bom + TEXT.encode(encoding))
    assert document_to_json(document) == reference


@pytest.mark.parametrize("offset", [20_000, 20_001, 20_002, 20_003])
def test_a_nul_byte_far_from_the_start_is_binary_data(offset: int) -> None:
    # At any offset (so at any position in a UTF-16/32 code unit) and with the text's
    # length a multiple of 2 and 4 or not: never read as wide text.
    data = TEXT.encode("utf-8")
    for extra in (b"", b"\n", b"\n\n", b"\n\n\n"):
        stray = data[:offset] + b"\x00" + data[offset:] + extra
        with pytest.raises(NotTextError, match=f"NUL byte at offset {offset}"):
            xjbudget.parse(stray)


@pytest.mark.parametrize(
    "data", [b"\x00\x01", b"\x01\x00", b"\x00\x00\x00A", "预算".encode("utf-16-le") + b"\x00\x00"]
)
def test_short_bytes_with_a_nul_are_binary_data(data: bytes) -> None:
    with pytest.raises(NotTextError, match="binary data"):
        decode_text(data)


def test_a_bom_over_bytes_of_another_encoding_says_so() -> None:
    with pytest.raises(NotTextError, match="UTF-16 byte-order mark"):
        decode_text(b"\xff\xfe" + "预算".encode("utf-16-le") + b"\x00\xd8")


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))))
def test_any_text_decodes_back_in_any_encoding(text: str) -> None:
    # Text without control characters comes back unchanged from every encoding with a
    # BOM, and from UTF-8 without one.
    assert decode_text(text.encode("utf-8")) == text
    for encoding in ("utf-16", "utf-32"):
        assert decode_text(text.encode(encoding)) == text  # Python writes the BOM


@given(st.binary(max_size=2048))
def test_any_bytes_decode_or_raise_not_text(data: bytes) -> None:
    try:
        decode_text(data)
    except XjbudgetError as error:
        assert isinstance(error, NotTextError)
