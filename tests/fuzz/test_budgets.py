"""The work one document may cause is bounded (issue 21): special files refused at once,
a file too large refused from ``stat`` without reading it, FlateDecode bombs stopped
before anything inflates them, pdfminer's damaged-stream fallback linear, and the time
spent on one document checked between pages and tables. Every input here is generated
by the test (bombs, sparse files, FIFOs); each runs under a watchdog that fails only on
a hang.
"""

from __future__ import annotations

import os
import pickle
import tracemalloc
import zlib
from pathlib import Path

import pytest

import xjbudget
from xjbudget.errors import InputError, InputTooLargeError, ResourceLimitError
from xjbudget.limits import (
    Limits,
    check_inflated,
    current_limits,
    inflate_bounded,
    read_input,
    time_budget,
)
from xjbudget.sources.pdf import _BoundedZlib, _inflate_corrupted, read_pdf

from .mutations import bounded

CORPUS = Path(__file__).parents[1] / "corpus"
#: A generous watchdog: each case takes well under a second when bounded.
WATCHDOG = 60.0


def bomb(size: int, fill: bytes = b" ") -> bytes:
    """zlib data inflating to ``size`` bytes of ``fill`` (about size/1000 bytes)."""
    packer = zlib.compressobj(9)
    chunk = fill * (1 << 20)
    parts = [packer.compress(chunk) for _ in range(size >> 20)]
    return b"".join(parts) + packer.flush()


def pdf_with_content(content: bytes, *, flate: bool = True, font: bool = False) -> bytes:
    """A one-page PDF whose page content stream is ``content`` (FlateDecode); with
    ``font``, a Helvetica resource ``F1``, so that its text operators give text."""
    flate_name = b"/Filter/FlateDecode" if flate else b""
    resources = b"/Resources<</Font<</F1 5 0 R>>>>" if font else b""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R%s>>" % resources,
        b"<</Length %d%s>>stream\n" % (len(content), flate_name) + content + b"\nendstream",
    ] + [b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"] * font
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def refused_with_peak(
    source: Path | bytes, error: type[ResourceLimitError]
) -> tuple[ResourceLimitError, int]:
    """The error ``xjbudget.parse(source)`` raises (it must) and the peak of memory
    allocated meanwhile, under the watchdog."""
    tracemalloc.start()
    try:
        with bounded(WATCHDOG), pytest.raises(error) as caught:
            xjbudget.parse(source)
        return caught.value, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "budget.pdf"
    os.mkfifo(fifo)
    with bounded(WATCHDOG), pytest.raises(InputError, match="not a regular file \\(a FIFO\\)"):
        xjbudget.parse(fifo)
    with bounded(WATCHDOG), pytest.raises(InputError, match="FIFO"):
        read_pdf(fifo)


def test_a_device_is_refused_at_once() -> None:
    with bounded(WATCHDOG), pytest.raises(InputError, match="character device"):
        xjbudget.parse("/dev/zero")


def test_a_huge_file_is_refused_from_stat_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:  # sparse: 1 GB on paper, nothing on disk
        stream.truncate(1 << 30)
    caught, peak = refused_with_peak(huge, InputTooLargeError)
    assert caught.limit == "max_pdf_bytes"
    assert str(huge) in str(caught)
    assert peak < 10_000_000  # nothing of the gigabyte was read


def test_read_input_reads_no_more_than_the_bound(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 1000)
    assert read_input(path) == b"x" * 1000
    with pytest.raises(InputTooLargeError, match="more than 999"):
        read_input(path, limits=Limits(max_pdf_bytes=999, max_text_bytes=10))


def test_a_flate_bomb_is_stopped_before_it_is_inflated() -> None:
    """200 KB that inflate to 200 MB of spaces (the default bound is 64 MB)."""
    data = pdf_with_content(bomb(200 << 20))
    assert len(data) < 400_000
    caught, peak = refused_with_peak(data, ResourceLimitError)
    assert caught.limit == "max_stream_bytes"
    assert peak < 200_000_000  # the bound (64 MB) and some change, never the 200 MB


def test_many_small_streams_are_bounded_together() -> None:
    streams = iter([bomb(2 << 20)] * 5)
    limits = Limits(max_stream_bytes=3 << 20, max_inflated_bytes=8 << 20)
    with pytest.raises(ResourceLimitError) as caught:
        check_inflated(streams, limits=limits)
    assert caught.value.limit == "max_inflated_bytes"
    assert check_inflated(iter([bomb(2 << 20)] * 3), limits=limits) == 6 << 20


def test_a_bomb_pdfminer_meets_is_stopped_by_the_hook() -> None:
    """What the pre-scan does not see (or a damaged stream) goes through the bounded
    inflater pdfminer is given."""
    with time_budget(Limits(max_stream_bytes=1 << 20)):
        assert current_limits().max_stream_bytes == 1 << 20
        assert _BoundedZlib.decompress(zlib.compress(b"abc")) == b"abc"
        with pytest.raises(ResourceLimitError, match="max_stream_bytes"):
            _BoundedZlib.decompress(bomb(4 << 20))
        with pytest.raises(zlib.error):
            _BoundedZlib.decompress(zlib.compress(b"abc" * 1000)[:-8])


def test_a_damaged_stream_inflates_in_linear_time() -> None:
    """pdfminer inflated a damaged stream byte by byte with ``bytes +=`` (quadratic: a
    one-byte mutation of a real PDF ran for minutes); the replacement gives the same
    bytes — everything before the damage — at once."""
    plain = bytes(range(256)) * 40_000  # 10 MB
    good = zlib.compress(plain)
    half = len(good) // 2
    damaged = good[:half] + b"\xff" * 64 + good[half:]
    with bounded(WATCHDOG):
        inflated = _inflate_corrupted(damaged)
    before, clean = inflate_bounded(good[:half], 1 << 30)
    assert not clean and before and plain.startswith(before)
    assert inflated.startswith(before)  # all that precedes the damage, to the byte
    assert inflate_bounded(good, 1 << 30) == (plain, True)


def test_a_damaged_real_stream_in_a_pdf_is_read_within_the_watchdog() -> None:
    content = zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" * 2_000)
    damaged = content[:-40] + b"\x00" * 40
    with bounded(WATCHDOG), pytest.raises(xjbudget.XjbudgetError):
        xjbudget.parse(pdf_with_content(damaged))


def test_time_per_document_is_bounded_between_pages() -> None:
    pdf = Path(__file__).parents[1] / "pdf_fixtures" / "003_ruled.pdf"
    with pytest.raises(ResourceLimitError) as caught:
        read_pdf(pdf, limits=Limits(max_seconds=0.0))
    assert caught.value.limit == "max_seconds"
    assert caught.value.where is not None and "003_ruled.pdf" in caught.value.where
    spent = Limits(max_seconds=0.0)
    with pytest.raises(ResourceLimitError) as caught, time_budget(spent, where="x.pdf"):
        read_pdf(pdf.read_bytes())
    assert caught.value.where is not None and caught.value.where.startswith("x.pdf")


def test_time_per_document_is_bounded_between_tables() -> None:
    text = (CORPUS / "001_7236ab5e17bf1c1a.txt").read_text(encoding="utf-8")
    with time_budget(Limits(max_seconds=0.0)), pytest.raises(ResourceLimitError) as caught:
        xjbudget.parse_text(text, source="001")
    assert caught.value.limit == "max_seconds" and caught.value.where == "001"
    assert xjbudget.parse_text(text).tables  # outside the block: the default budget


def test_limit_errors_pickle_with_their_limit() -> None:
    error = InputTooLargeError("a PDF of 900 pages", limit="max_pdf_pages", where="a.pdf")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.limit, copy.where, str(copy)) == (
        InputTooLargeError,
        "max_pdf_pages",
        "a.pdf",
        str(error),
    )


def dense_grid(rules: int) -> bytes:
    """One page ruled by ``rules`` horizontal and ``rules`` vertical lines (a grid of
    rules² cells) with amounts in some cells: a page that ran past five minutes."""
    ops = []
    for i in range(rules):
        y, x = 20 + i * 800 / rules, 20 + i * 555 / rules
        ops += [b"20 %.2f m 575 %.2f l S" % (y, y), b"%.2f 20 m %.2f 820 l S" % (x, x)]
    for i in range(0, rules, max(1, rules // 40)):
        for j in range(0, rules, max(1, rules // 10)):
            x, y = 22 + j * 555 / rules, 22 + i * 800 / rules
            ops.append(b"BT /F1 4 Tf %.2f %.2f Td (%d.00) Tj ET" % (x, y, i * j))
    return pdf_with_content(zlib.compress(b"\n".join(ops)), font=True)


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_page_of_dense_rules_is_read_in_bounded_work(engine: str) -> None:
    """600 × 600 rules on one page: its lines are read (the amounts come out) and the
    document is refused as no disclosure, under the watchdog (seconds, not minutes)."""
    data = dense_grid(600)
    with bounded(WATCHDOG):
        lines = read_pdf(data, engine=engine).lines  # type: ignore[arg-type]
        assert any(".00" in line.text for line in lines)
        with pytest.raises(xjbudget.errors.NotABudgetDocumentError):
            xjbudget.parse(data, engine=engine)  # type: ignore[arg-type]
