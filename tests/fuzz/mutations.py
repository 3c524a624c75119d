"""Mutations of real documents for robustness tests and the fuzz script: lines dropped,
duplicated, swapped, characters replaced, numbers corrupted, truncation; and of PDF bytes."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import regex
from hypothesis import strategies as st

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PDF_FIXTURES = Path(__file__).resolve().parents[1] / "pdf_fixtures"
_NUMBER = regex.compile(r"\d[\d,]*\.\d+|\d+")

#: Characters a mutation puts in: table syntax, digits, CJK of the documents, oddities.
NASTY = "\t\n\r ,.．、：:※#*<>/b-0123456789表第一二部分合计总计类款项（）()\x00\u3000\ufeff\u200b"


class Hang(Exception):
    """An input ran past its watchdog."""


@contextmanager
def bounded(seconds: float, error: type[BaseException] = Hang) -> Iterator[None]:
    """Raise ``error`` inside the block when it runs longer than ``seconds`` (POSIX,
    SIGALRM): a watchdog that fails only on a hang. A ``BaseException`` subclass passes
    through the library's ``except Exception`` of a batch."""

    def alarm(signum: int, frame: object) -> None:
        raise error(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def corpus_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}


def pdf_fixtures() -> dict[str, bytes]:
    return {p.stem: p.read_bytes() for p in sorted(PDF_FIXTURES.glob("*.pdf"))}


def _line_op(draw: st.DrawFn, lines: list[str]) -> list[str]:
    if not lines:
        return lines
    op = draw(st.sampled_from(("drop", "duplicate", "swap", "replace", "number", "split")))
    i = draw(st.integers(0, len(lines) - 1))
    j = draw(st.integers(0, len(lines) - 1))
    line = lines[i]
    if op == "drop":
        return lines[:i] + lines[i + 1 :]
    if op == "duplicate":
        return lines[: i + 1] + [line] * draw(st.integers(1, 3)) + lines[i + 1 :]
    if op == "swap":
        lines = list(lines)
        lines[i], lines[j] = lines[j], lines[i]
        return lines
    if op == "replace" and line:
        k = draw(st.integers(0, len(line) - 1))
        new = draw(st.text(alphabet=NASTY, min_size=0, max_size=3))
        return [*lines[:i], line[:k] + new + line[k + 1 :], *lines[i + 1 :]]
    if op == "number":
        numbers = list(_NUMBER.finditer(line))
        if numbers:
            m = draw(st.sampled_from(numbers))
            bad = draw(
                st.sampled_from(("", "-", "1e999", "9" * 40, "0.0.0", "1,2,3", "NaN", "１２.３"))
                | st.text(alphabet="0123456789.,- ", max_size=8)
            )
            return [*lines[:i], line[: m.start()] + bad + line[m.end() :], *lines[i + 1 :]]
    if op == "split" and len(line) > 1:
        k = draw(st.integers(1, len(line) - 1))
        return [*lines[:i], line[:k], line[k:], *lines[i + 1 :]]
    return lines


@st.composite
def mutated_texts(draw: st.DrawFn, texts: dict[str, str], max_ops: int = 8) -> str:
    """A corpus document with up to ``max_ops`` line mutations and maybe truncated."""
    text = texts[draw(st.sampled_from(sorted(texts)))]
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, max_ops))):
        lines = _line_op(draw, lines)
    result = "\n".join(lines)
    if draw(st.booleans()):
        result = result[: draw(st.integers(0, len(result)))]
    return result


@st.composite
def mutated_bytes(draw: st.DrawFn, blobs: dict[str, bytes], max_ops: int = 6) -> bytes:
    """PDF bytes with bytes flipped, spans deleted or duplicated, and maybe truncated."""
    data = bytearray(blobs[draw(st.sampled_from(sorted(blobs)))])
    for _ in range(draw(st.integers(1, max_ops))):
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(("flip", "delete", "duplicate", "insert")))
        if op == "flip":
            data[i] = draw(st.integers(0, 255))
        elif op == "delete":
            del data[i : i + draw(st.integers(1, 512))]
        elif op == "duplicate":
            span = bytes(data[i : i + draw(st.integers(1, 512))])
            data[i:i] = span
        else:
            data[i:i] = draw(
                st.sampled_from((b"obj", b"endobj", b"stream", b"<<", b">>", b"/Length 999999"))
            )
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)
