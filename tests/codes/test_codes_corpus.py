"""Every (code, name) pair the corpus documents print resolves against the tables.

The pairs are read from the copies of the corpus in ``tests/corpus/`` with a few regular
expressions, independent of the project's own parser, so this test does not depend on it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from xjbudget import codes, parse

from ..conftest import SHARED_PDF

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FILES = sorted(CORPUS.glob("*.txt"))

_TAG = re.compile(r"</?b>")
# `201\t13\t01\t行政运行\t…`, `201\t\t\t一般公共服务支出\t…`, `301\t01\t基本工资\t…`
_ROW_CELLS = re.compile(r"^(\d{3})\t(\d{2})?\t?(\d{2})?\t*([^\t\d][^\t]*?)\t")
# `301\t01 基本工资\t…` (004: the 款 glued to its name)
_ROW_GLUED = re.compile(r"^(\d{3})\t(\d{2}) ([^\t\d][^\t]*?)\t")
# a `201 一般公共服务支出` cell of tables 1 and 4
_CELL = re.compile(r"(?:^|\t)(\d{3}) ([^\t\d][^\t]*?)(?=\t|$)")
# 001, flattened: `201 13 01 行政运行 359.11 …` at the start of a line
_PLAIN_ROW = re.compile(r"^\s*(\d{3})((?: \d{2}){0,2}) ([^\s\d]+)")
# 001, flattened tables 1 and 4: `… 623.12 201 一般公共服务支出 489.56`
_PLAIN_CELL = re.compile(r" (\d{3}) ([^\s\d]+)")
# part 3: `一般公共服务支出（类）商贸事务（款）行政运行（项）`
_NARRATIVE = re.compile(r"([^（）、\s\d:：\-“”]+)（类）([^（）\s\d]+)（款）([^（）\s\d]+)（项）")


def _tables_part(text: str) -> list[str]:
    """The lines of part 2 (the tables): from the last 第二部分 heading to the last 第三部分."""
    lines = text.splitlines()
    start = max(i for i, line in enumerate(lines) if "第二部分" in line)
    end = max(i for i, line in enumerate(lines) if "第三部分" in line)
    return lines[start:end]


def printed_pairs(path: Path) -> set[tuple[str, str]]:
    """The (code digits, name) pairs printed in the tables of one corpus document."""
    out: set[tuple[str, str]] = set()
    for raw in _tables_part(path.read_text("utf-8")):
        line = _TAG.sub("", raw)
        if "\t" in line:
            if match := _ROW_GLUED.match(line):
                out.add((match[1] + match[2], match[3].strip()))
            elif match := _ROW_CELLS.match(line):
                out.add((match[1] + (match[2] or "") + (match[3] or ""), match[4].strip()))
            else:
                out.update((m[1], m[2].strip()) for m in _CELL.finditer(line))
        elif match := _PLAIN_ROW.match(line):
            out.add((match[1] + match[2].replace(" ", ""), match[3]))
        else:
            out.update((m[1], m[2]) for m in _PLAIN_CELL.finditer(line))
    return out


def narrative_paths(path: Path) -> set[tuple[str, str, str]]:
    """The 类/款/项 name paths of part 3, lines joined (001 wraps them mid-word)."""
    text = "".join(line.strip() for line in path.read_text("utf-8").splitlines())
    return {(m[1], m[2], m[3]) for m in _NARRATIVE.finditer(text)}


ALL_PAIRS = sorted({(p.name[:3], c, n) for p in FILES for c, n in printed_pairs(p)})

# The misprints the issue names: each must be recognised as a known variant, not a match.
KNOWN_MISPRINTS = {("003", "201", "一般公共预算支出"), ("003", "234", "抗疫特别国债还本支出")}


def test_corpus_copies_are_present() -> None:
    assert [p.name[:3] for p in FILES] == ["000", "001", "003", "004"]


def test_extraction_finds_the_tables() -> None:
    # Sanity of the regexes: every document prints the 30 类 of table 1 and some 项 and 款.
    for path in FILES:
        pairs = printed_pairs(path)
        assert len({c for c, _ in pairs if len(c) == 3 and c.startswith("2")}) == 30, path.name
        assert any(len(c) == 7 for c, _ in pairs), path.name
        assert any(c.startswith("301") and len(c) == 5 for c, _ in pairs), path.name


@pytest.mark.parametrize(("doc", "code", "name"), ALL_PAIRS)
def test_every_printed_pair_resolves(doc: str, code: str, name: str) -> None:
    result = codes.check(code, name, year=2024)
    if (doc, code, name) in KNOWN_MISPRINTS:
        assert result.status is codes.CheckStatus.VARIANT, result.message
    else:
        assert result.status is codes.CheckStatus.MATCH, result.message


def test_misprints_are_found_in_the_corpus() -> None:
    assert set(ALL_PAIRS) >= KNOWN_MISPRINTS


def _resolves_by_names(lei: str, kuan: str, xiang: str) -> bool:
    for edition in codes.editions("functional"):
        table = codes.table("functional", edition)
        for entry in table.find(xiang):
            if [e.name for e in table.path(entry.code)] == [lei, kuan, xiang]:
                return True
    return False


NARRATIVE = sorted({(p.name[:3], *t) for p in FILES for t in narrative_paths(p)})


def test_narrative_extraction_finds_paths() -> None:
    assert {doc for doc, *_ in NARRATIVE} == {"000", "001", "003", "004"}


@pytest.mark.parametrize(("doc", "lei", "kuan", "xiang"), NARRATIVE)
def test_every_narrative_path_resolves(doc: str, lei: str, kuan: str, xiang: str) -> None:
    # Part 3 names 项 by their 类/款/项 names only; the 2023 items it compares against
    # (学前教育 in 003, 其他城乡社区支出 in 004) must resolve too.
    assert _resolves_by_names(lei, kuan, xiang), (doc, lei, kuan, xiang)


def _corpus_tags(source: str) -> set[str]:
    return {
        doc for tag in source.split(";") if tag.startswith("corpus:") for doc in tag[7:].split(",")
    }


def test_corpus_tags_say_exactly_which_documents_print_a_row() -> None:
    # A row's `corpus:` tag is its evidence as `observed`: it must name every corpus
    # document whose tables print the code with this name, and no other.
    printed: dict[tuple[str, str], set[str]] = {}
    for doc, code, name in ALL_PAIRS:
        printed.setdefault((code, codes.normalize_name(name)), set()).add(doc)
    for scheme in ("functional", "economic-dept", "economic-gov"):
        for entry in codes.table(scheme, 2024):
            expected = printed.get((entry.code, codes.normalize_name(entry.name)), set())
            assert _corpus_tags(entry.source) == expected, entry


# `pdf:` tags: the published PDFs of ../shared/corpus/pdf (third-party, never committed) whose
# year has an edition here. The 2019 and 2025 ones print codes of editions the package lacks.
PDF_TAGS = {"planning2024": "shanghai-putuo-planning-2024-final-accounts.pdf"}


@pytest.mark.parametrize("tag", sorted(PDF_TAGS))
def test_pdf_tags_say_exactly_which_rows_a_pdf_prints(tag: str) -> None:
    path = SHARED_PDF / PDF_TAGS[tag]
    if not path.exists():
        pytest.skip(f"third-party PDF not present: {path}")
    document = parse(path)
    assert document.meta.year == 2024
    pairs = list(codes.pairs_from_documents([(tag, document)]))
    assert codes.harvest(pairs, year=2024) == []  # every pair it prints is in the tables
    printed = {(code, codes.normalize_name(name)) for code, _, name, _ in pairs}
    for scheme in ("functional", "economic-dept", "economic-gov"):
        for entry in codes.table(scheme, 2024):
            tagged = any(t == f"pdf:{tag}" for t in entry.source.split(";"))
            assert tagged == ((entry.code, codes.normalize_name(entry.name)) in printed), entry
