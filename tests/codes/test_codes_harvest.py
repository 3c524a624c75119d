"""The harvested layer (``data/observed/``): what :func:`xjbudget.codes.observe` makes of
printed pairs, and the walk over every document in reach — each pair it prints resolves
through the tables of its year, and each ``seen:`` tag names exactly the documents that
print the row.

The walk reads the documents through the library's own tables, so when table recognition
changes (more rows read, fewer misreads) it fails until the harvest is run again:

    xjbudget codes harvest tests/corpus/*.txt ../shared/corpus/pdf/*.pdf \\
        ../shared/corpus/real/*.pdf --jobs 2 --observed src/xjbudget/codes/data/observed
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from xjbudget import Document, codes, parse
from xjbudget.errors import CodeError

from ..conftest import CORPUS, SHARED_PDF
from .fakes import FakeDocument, fake_document

RERUN = (
    "re-run the harvest (docs/codes.md, 'The harvested layer'): xjbudget codes harvest "
    "tests/corpus/*.txt ../shared/corpus/pdf/*.pdf ../shared/corpus/real/*.pdf --jobs 2 "
    "--observed src/xjbudget/codes/data/observed"
)
S = codes.CheckStatus

# --- observe() on documents made here --------------------------------------------------


def _observed(docs: Iterable[tuple[str, FakeDocument]]) -> codes.Observation:
    return codes.observe(docs)


def test_printed_name() -> None:
    assert codes.printed_name("住房公积金7,605.63 7,605.63") == "住房公积金"
    assert codes.printed_name("基本工资50101工资奖金津补贴") == "基本工资"
    assert codes.printed_name("维修（护）费502 09维修（护）费") == "维修（护）费"
    assert codes.printed_name("<b>行政运行</b>") == "行政运行"
    assert codes.printed_name(" 资本性支出（一） ") == "资本性支出（一）"
    assert codes.printed_name("注：无。购房补贴") is None  # a note, not a name
    assert codes.printed_name("１２３") is None


def test_the_majority_name_is_the_row_and_the_others_variants() -> None:
    found = _observed(
        [
            ("a", fake_document(2031, ("201", "一般公共服务支出"), ("2010301", "行政运行"))),
            ("b", fake_document(2031, ("201", "一般公共服务支出"), ("20103", "政府办公厅"))),
            ("c", fake_document(2031, ("201", "一般公共服务支出1.00"), ("2010301", "行政 运行"))),
            ("d", fake_document(2031, ("201", "一般公共预算支出"))),
            ("e", fake_document(None, ("201", "无年份"))),
        ]
    )
    rows = {(e.code, e.name, e.source) for e in found.rows[("functional", 2031)]}
    assert rows == {
        ("201", "一般公共服务支出", "seen:a,b,c"),
        ("20103", "政府办公厅", "seen:b"),
        ("2010301", "行政运行", "seen:a,c"),
    }
    assert [(v.code, v.name, v.kind, v.source) for v in found.variants] == [
        ("201", "一般公共预算支出", "printed", "seen:d")
    ]
    assert found.variants[0].note == "majority: 一般公共服务支出 (3 documents)"
    assert found.documents == {"a": 2031, "b": 2031, "c": 2031, "d": 2031, "e": None}
    assert found.skipped == {"document without a year": 1}


def test_a_parent_no_document_prints_is_carried_from_the_nearest_edition() -> None:
    found = _observed([("a", fake_document(2031, ("2011301", "行政运行")))])
    rows = {e.code: e for e in found.rows[("functional", 2031)]}
    assert set(rows) == {"201", "20113", "2011301"}
    # from the nearest edition kept by hand or harvested in the same run: the harvest never
    # reads its own earlier output, so running it again gives the same files
    assert rows["20113"].source == "from:2024" and rows["20113"].provenance == "recalled"
    assert rows["20113"].name == codes.table("functional", 2024)["20113"].name
    # no edition has the parent: the row is listed, not merged
    orphan = _observed([("a", fake_document(2031, ("2018801", "无父")))])
    assert ("functional", 2031) not in orphan.rows
    assert [(v.code, v.kind) for v in orphan.variants] == [("2018801", "unmerged")]


def test_against_an_official_row_a_name_is_a_conflict() -> None:
    official = next(e for e in codes.table("functional", 2024) if e.provenance == "official")
    found = _observed([("a", fake_document(2024, (official.code, official.name + "甲")))])
    assert [(v.code, v.kind) for v in found.variants] == [(official.code, "conflict")]
    assert f"official name: {official.name}" == found.variants[0].note
    assert official.code not in {e.code for e in found.rows.get(("functional", 2024), ())}


def test_sibling_names_stay_unique() -> None:
    found = _observed(
        [
            ("a", fake_document(2031, ("201", "一般公共服务支出"), ("20101", "甲"))),
            ("b", fake_document(2031, ("20101", "甲"), ("20102", "甲"))),
        ]
    )
    assert {e.code for e in found.rows[("functional", 2031)]} == {"201", "20101"}
    assert [(v.code, v.kind, v.note) for v in found.variants] == [
        ("20102", "unmerged", "name of sibling 20101")
    ]


def test_files_are_deterministic_and_written_whole(tmp_path: Path) -> None:
    docs = [
        ("b", fake_document(2031, ("30101", "基本工资"))),
        ("a", fake_document(2031, ("2010301", "行政运行"))),
    ]
    first, second = _observed(docs).files(), _observed(list(reversed(docs))).files()
    assert first == second
    assert set(first) == {"functional-2031.tsv", "economic-dept-2031.tsv", "variants.tsv"}
    (tmp_path / "functional-2030.tsv").write_text("stale", "utf-8")
    (tmp_path / "notes.tsv").write_text("mine", "utf-8")
    _observed(docs).write(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*first, "notes.tsv"])
    # never into the hand-kept folder
    (tmp_path / "complete.tsv").write_text("", "utf-8")
    with pytest.raises(CodeError, match="observed/ sub-folder"):
        _observed(docs).write(tmp_path)
    assert (tmp_path / "notes.tsv").exists() and (tmp_path / "functional-2031.tsv").exists()
    # the files are the loader's own format: a list the user loads reads them back
    listed = codes.read(tmp_path / "functional-2031.tsv")
    assert [e.code for e in listed.entries] == ["201", "20103", "2010301"]


# --- the walk over every document in reach ---------------------------------------------


def _walk(documents: dict[str, Document]) -> list[str]:
    """What the harvested tables get wrong about these documents, one line each."""
    problems: list[str] = []
    printed: dict[tuple[str, int, str, str], set[str]] = {}
    for label, document in sorted(documents.items()):
        year = document.meta.year
        if year is None:
            continue  # not harvested: no edition to hold its pairs
        for pair in codes.printed_pairs(label, document):
            key = (pair.scheme, year, pair.code, codes.normalize_name(pair.name))
            printed.setdefault(key, set()).add(label)
            result = codes.check(pair.code, pair.name, year=year, scheme=pair.scheme)
            if result.status is S.MATCH and result.entry is not None:
                if result.entry.edition != year:
                    problems.append(f"{label} 表{pair.table}: {result.message} (not in {year})")
            elif result.status is not S.VARIANT:
                problems.append(f"{label} 表{pair.table}: {result.message}")
    # each seen: tag names exactly the documents (of this set) that print the row
    for (scheme, year, code, name), labels in printed.items():
        entry = codes.table(scheme, year).get(code)
        if entry is None or codes.normalize_name(entry.name) != name:
            continue
        tagged = {
            doc
            for tag in entry.source.split(";")
            if tag.startswith("seen:")
            for doc in tag[5:].split(",")
        }
        if (tagged & set(documents)) != labels:
            problems.append(
                f"{scheme} {year} {code}: tagged {sorted(tagged)}, printed by {sorted(labels)}"
            )
    return problems


@pytest.fixture(scope="module")
def corpus_texts() -> dict[str, Document]:
    return {path.stem: parse(path) for path in sorted(CORPUS.glob("*.txt"))}


def test_every_pair_the_corpus_prints_resolves(corpus_texts: dict[str, Document]) -> None:
    assert {d.meta.year for d in corpus_texts.values()} == {2024}
    assert _walk(corpus_texts) == [], RERUN


@pytest.fixture(scope="module")
def corpus_pdfs() -> dict[str, Document]:
    files = sorted(SHARED_PDF.glob("*.pdf"))
    if not files:
        pytest.skip("../shared/corpus/pdf is absent")
    return {path.stem: parse(path) for path in files}


def test_every_pair_the_corpus_pdfs_print_resolves(corpus_pdfs: dict[str, Document]) -> None:
    assert _walk(corpus_pdfs) == [], RERUN


def test_every_pair_the_real_pdfs_print_resolves(
    real_documents: dict[str, Document | str],
) -> None:
    documents = {
        Path(name).stem: document
        for name, document in real_documents.items()
        if isinstance(document, Document)
    }
    assert len(documents) >= 80
    assert _walk(documents) == [], RERUN


def test_the_harvested_files_are_what_the_harvest_gives(
    corpus_texts: dict[str, Document],
    corpus_pdfs: dict[str, Document],
    real_documents: dict[str, Document | str],
) -> None:
    # every document the committed layer was made from, harvested again: the same files
    documents = {**corpus_texts, **corpus_pdfs}
    documents.update(
        (Path(name).stem, document)
        for name, document in real_documents.items()
        if isinstance(document, Document)
    )
    folder = Path(str(codes_data())) / "observed"
    committed = {p.name: p.read_text("utf-8") for p in sorted(folder.glob("*.tsv"))}
    assert codes.observe(sorted(documents.items())).files() == committed, RERUN


def codes_data() -> object:
    from importlib import resources

    return resources.files("xjbudget.codes").joinpath("data")


def test_the_command_writes_the_layer(tmp_path: Path) -> None:
    import argparse
    import io

    from xjbudget.cli import codes_cmd

    files = [str(p) for p in sorted(CORPUS.glob("*.txt"))[:2]]
    parser = argparse.ArgumentParser(prog="xjbudget")
    codes_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["codes", "harvest", *files, "--jobs", "2", "--observed", str(tmp_path)]
    )
    out = io.StringIO()
    assert args.func(args, out, io.StringIO()) == 0
    expected = codes.observe((Path(f).stem, parse(f)) for f in files).files()
    assert {p.name: p.read_text("utf-8") for p in tmp_path.iterdir()} == expected
    assert out.getvalue().startswith("documents\t2\t2024: 2\n")
