"""The loader's checks of the data files: each broken file gives a CodeError naming file and line.

The package's own files are replaced, for one test, by texts written here; the caches are
cleared before and after so that no other test sees them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from xjbudget.codes import _load
from xjbudget.errors import CodeError

HEADER = "code\tlevel\tname\tparent\tprovenance\tsource"
GOOD = [
    "201\t1\t一般公共服务支出\t\tobserved\tcorpus:000",
    "20113\t2\t商贸事务\t201\trecalled\trecall",
]
COMPLETE_HEADER = "scheme\tedition\tparent\tsource"


def _clear() -> None:
    for cached in (_load._package_table, _load.hand_table, _load._overlaid, _load.load_view):
        cached.cache_clear()
    _load._complete_parents.cache_clear()
    _load.load_variants.cache_clear()


@pytest.fixture
def data(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Files by name (``observed/…`` for the harvested layer); complete.tsv empty."""
    files: dict[str, str] = {"complete.tsv": COMPLETE_HEADER + "\n"}
    monkeypatch.setattr(_load, "_data_text", lambda filename: files[filename])
    monkeypatch.setattr(_load, "_has_data", lambda filename: filename in files)
    editions = {"functional": (2024,), "economic-dept": (2024,), "economic-gov": ()}
    monkeypatch.setattr(_load, "_package_editions", lambda: editions)
    _clear()
    yield files
    _clear()


def _table(files: dict[str, str], rows: list[str], scheme: str = "functional") -> None:
    files[f"{scheme}-2024.tsv"] = "\n".join(["# a comment", HEADER, *rows]) + "\n"


def test_a_good_file_loads(data: dict[str, str]) -> None:
    _table(data, GOOD)
    data["complete.tsv"] = f"{COMPLETE_HEADER}\nfunctional\t2024\t\tcorpus:000\n"
    table = _load.load_table("functional", 2024)
    assert [e.code for e in table] == ["201", "20113"]
    assert table.is_complete() and not table.is_complete("201")


@pytest.mark.parametrize(
    ("rows", "message", "line"),
    [
        (["201\t1\t一般公共服务支出\t\tguessed\trecall"], "bad provenance 'guessed'", 3),
        (["201\t2\t一般公共服务支出\t\trecalled\trecall"], "level or parent", 3),
        (["20113\t2\t商贸事务\t201\trecalled\trecall"], "parent 201 of 20113 is not listed", 3),
        ([*GOOD, "201\t1\t重复\t\trecalled\trecall"], "duplicate code 201", 5),
        (["201\t1\t\t\trecalled\trecall"], "empty name", 3),
        (["201\t1\t一般公共服务支出\t\trecalled"], "expected 6 cells, found 5", 3),
    ],
)
def test_a_broken_row_is_named_by_file_and_line(
    data: dict[str, str], rows: list[str], message: str, line: int
) -> None:
    _table(data, rows)
    with pytest.raises(CodeError, match=message) as error:
        _load.load_table("functional", 2024)
    assert f"functional-2024.tsv line {line}" in str(error.value)


def test_a_bad_header(data: dict[str, str]) -> None:
    data["functional-2024.tsv"] = "code\tname\n201\t一般公共服务支出\n"
    with pytest.raises(CodeError, match="bad header"):
        _load.load_table("functional", 2024)


def test_economic_codes_have_no_xiang(data: dict[str, str]) -> None:
    _table(
        data,
        [
            "301\t1\t工资福利支出\t\trecalled\trecall",
            "30101\t2\t基本工资\t301\trecalled\trecall",
            "3010101\t3\t基本工资细目\t30101\trecalled\trecall",
        ],
        scheme="economic-dept",
    )
    with pytest.raises(CodeError, match="no 项 level"):
        _load.load_table("economic-dept", 2024)


def test_complete_must_name_a_listed_code(data: dict[str, str]) -> None:
    _table(data, GOOD)
    data["complete.tsv"] = f"{COMPLETE_HEADER}\nfunctional\t2024\t20199\tnote\n"
    with pytest.raises(CodeError, match="20199 is declared complete") as error:
        _load.load_table("functional", 2024)
    assert "complete.tsv line 2" in str(error.value)


def test_complete_with_a_bad_scheme(data: dict[str, str]) -> None:
    _table(data, GOOD)
    data["complete.tsv"] = f"{COMPLETE_HEADER}\nfunctionl\t2024\t\tnote\n"
    with pytest.raises(CodeError, match="bad scheme"):
        _load.load_table("functional", 2024)


# --- the harvested layer over the hand-kept one ----------------------------------------

OBSERVED = "observed/functional-2024.tsv"


def test_a_harvested_row_merges_with_the_hand_row(data: dict[str, str]) -> None:
    _table(data, GOOD)
    data[OBSERVED] = (
        "\n".join(
            [
                HEADER,
                "201\t1\t一般公共服务支出\t\tobserved\tseen:a,b",  # same name: tagged
                "20113\t2\t商贸 事务（新）\t201\tobserved\tseen:c",  # recalled: the documents win
                "2011301\t3\t行政运行\t20113\tobserved\tseen:c",  # new row
            ]
        )
        + "\n"
    )
    table = _load.load_table("functional", 2024)
    assert [(e.code, e.name, e.provenance, e.source) for e in table] == [
        ("201", "一般公共服务支出", "observed", "corpus:000;seen:a,b"),
        ("20113", "商贸 事务（新）", "observed", "recall;seen:c"),
        ("2011301", "行政运行", "observed", "seen:c"),
    ]


def test_an_official_hand_row_keeps_its_name(data: dict[str, str]) -> None:
    _table(data, ["201\t1\t一般公共服务支出\t\tofficial\tpage:x"])
    data[OBSERVED] = f"{HEADER}\n201\t1\t别的名字\t\tobserved\tseen:a\n"
    assert _load.load_table("functional", 2024)["201"].name == "一般公共服务支出"


def test_a_harvested_row_without_its_parent(data: dict[str, str]) -> None:
    _table(data, GOOD)
    data[OBSERVED] = f"{HEADER}\n2019901\t3\t无父\t20199\tobserved\tseen:a\n"
    with pytest.raises(CodeError, match="parent 20199 of 2019901 is not listed"):
        _load.load_table("functional", 2024)
