"""The progress bar: drawn on a terminal, absent on a pipe."""

from __future__ import annotations

import io

from xjbudget.batch.output import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_on_a_terminal() -> None:
    stream = _Terminal()
    bar = Progress(3, stream)
    for failed in (False, True, False):
        bar.advance(failed)
    bar.note("xjbudget: error: x.pdf: broken")
    bar.close()
    text = stream.getvalue()
    assert "3/3 files, 1 failed" in text and "[" in text and text.endswith("\n")
    assert "xjbudget: error: x.pdf: broken\n" in text


def test_nothing_on_a_pipe_but_the_notes() -> None:
    stream = io.StringIO()
    bar = Progress(2, stream)
    bar.advance(False)
    bar.note("xjbudget: error: y.txt: empty")
    bar.advance(False)
    bar.close()
    assert stream.getvalue() == "xjbudget: error: y.txt: empty\n"
