"""Bad input: a typed error saying what and where, never a traceback or a silent result."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import xjbudget
from xjbudget.cli import main


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", xjbudget.EmptyInputError),
        (b"   \n\n\t ", xjbudget.EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), xjbudget.NotTextError),
        (
            "今天天气很好，我们去公园散步。\n没有任何表格。\n".encode(),
            xjbudget.NotABudgetDocumentError,
        ),
        (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", xjbudget.UnreadablePdfError),
    ],
)
def test_bad_input_raises_a_typed_error(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        xjbudget.parse(data)
    assert isinstance(caught.value, xjbudget.XjbudgetError)
    assert str(caught.value)


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(xjbudget.InputError, match=r"nope\.txt"):
        xjbudget.parse(missing)


def test_errors_pickle_with_their_place() -> None:
    error = xjbudget.AmountError("12 34", where="line 3")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is xjbudget.AmountError
    assert str(copy) == str(error) and copy.text == "12 34"
    empty = pickle.loads(pickle.dumps(xjbudget.EmptyInputError("empty", where="a.txt")))
    assert str(empty) == "empty (a.txt)"


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02binary", "不是预算公开文件。".encode(), b"%PDF-1.4\ntruncated"],
)
def test_command_line_exits_2_with_one_line(
    content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(content)
    assert main(["parse", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("xjbudget: error:")
    assert "Traceback" not in captured.err
