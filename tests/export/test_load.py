"""JSON back into a Document (issue 19): ``load_json(document_to_json(d)) == d``."""

from __future__ import annotations

import datetime
import io
import json
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import xjbudget
import xjbudget.strategies as xst
from xjbudget.errors import InputError
from xjbudget.export import (
    document_from_dict,
    document_from_json,
    document_to_dict,
    document_to_json,
    iter_documents,
    load_json,
)
from xjbudget.model import Code, Finding, GenericTable, Location

from ..conftest import FLAT, TABBED

_FINDINGS = st.builds(
    Finding,
    rule=st.text(min_size=1, max_size=10),
    severity=st.sampled_from(["error", "warning", "info"]),
    message=st.text(max_size=20),
    location=st.none()
    | st.builds(
        Location,
        line=st.none() | st.integers(1, 10**6),
        page=st.none() | st.integers(1, 999),
        bbox=st.none() | st.tuples(*[st.floats(-1e4, 1e4, allow_nan=False)] * 4),
    ),
    table=st.none() | st.integers(1, 11),
    expected=st.none() | st.decimals(allow_nan=False, allow_infinity=False),
    actual=st.none() | st.decimals(allow_nan=False, allow_infinity=False, places=2),
)


@st.composite
def _documents(draw: st.DrawFn) -> xjbudget.Document:
    """A drawn document, with what the strategies leave empty drawn too: an issue date,
    findings with places and odd decimals, grids kept as printed."""
    document = draw(xst.documents())
    meta = attrs.evolve(
        document.meta,
        issued=draw(st.none() | st.dates(datetime.date(1990, 1, 1))),
        source=draw(st.none() | st.text(max_size=12)),
        form=draw(st.sampled_from([None, "tabbed", "flat", "pdf"])),
    )
    grids = draw(
        st.lists(
            st.builds(
                GenericTable,
                title=st.text(max_size=8),
                header=st.lists(st.lists(st.text(max_size=4)).map(tuple)).map(tuple),
                body=st.lists(st.lists(st.text(max_size=4)).map(tuple)).map(tuple),
                number=st.none() | st.integers(1, 11),
            ),
            max_size=2,
        )
    )
    return attrs.evolve(
        document,
        meta=meta,
        findings=tuple(draw(st.lists(_FINDINGS, max_size=3))),
        other_tables=tuple(grids),
    )


@given(_documents())
def test_any_drawn_document_survives_json(document: xjbudget.Document) -> None:
    back = document_from_json(document_to_json(document))
    assert back == document
    assert document_to_json(back) == document_to_json(document)
    # Decimals keep their printed places, not only their value.
    before = [str(v) for _, r in document.rows() for v in r.values.values()]
    assert [str(v) for _, r in back.rows() for v in r.values.values()] == before


@pytest.mark.parametrize("stem", TABBED + FLAT)
def test_parsed_documents_survive_json_with_facts_and_coverage(
    stem: str, parsed: dict[str, xjbudget.Document], tmp_path: Path
) -> None:
    document = parsed[stem]
    assert document.facts is not None and document.coverage is not None
    path = tmp_path / "doc.json"
    path.write_text(document_to_json(document), encoding="utf-8")
    assert xjbudget.load_json(path) == document
    with path.open("rb") as binary:
        assert load_json(binary) == document
    assert load_json(io.StringIO(path.read_text("utf-8"))) == document


def test_iter_documents_reads_a_list_an_object_and_json_lines(
    parsed: dict[str, xjbudget.Document],
) -> None:
    documents = [parsed[stem] for stem in TABBED]
    data = [document_to_dict(d) for d in documents]
    as_list = io.StringIO(json.dumps(data, ensure_ascii=False))
    as_lines = io.StringIO("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in data))
    assert list(iter_documents(as_list)) == documents
    assert list(iter_documents(as_lines)) == documents
    assert list(iter_documents(io.StringIO(json.dumps(data[0])))) == documents[:1]
    assert load_json(io.StringIO(json.dumps(data[:1]))) == documents[0]
    with pytest.raises(InputError, match="3 documents"):
        load_json(io.StringIO(json.dumps(data)))


def test_a_field_that_does_not_fit_is_named(parsed: dict[str, xjbudget.Document]) -> None:
    data = document_to_dict(parsed[TABBED[0]])
    data["tables"][0]["rows"][0]["values"]["total"] = "12,3"
    with pytest.raises(InputError, match=r"\$\.tables\[0\]\.rows\[0\]\.values\.total"):
        document_from_dict(data)
    with pytest.raises(InputError, match="format"):
        document_from_dict({**data, "format": "something/2"})
    with pytest.raises(InputError, match="not JSON"):
        document_from_json("{")
    with pytest.raises(InputError, match="cannot read"):
        load_json("/nonexistent/doc.json")
    bad_code = document_to_dict(parsed[TABBED[0]])
    first = next(r for r in bad_code["tables"][2]["rows"] if r["code"])
    first["code"]["digits"] = "12"
    with pytest.raises(InputError, match="code"):
        document_from_dict(bad_code)


def test_types_come_back_typed(parsed: dict[str, xjbudget.Document]) -> None:
    back = document_from_json(document_to_json(parsed[TABBED[0]]))
    row = next(r for _, r in back.rows() if r.code is not None)
    assert isinstance(row.code, Code) and isinstance(next(iter(row.values.values())), Decimal)
    assert isinstance(back.tables, tuple) and isinstance(back.tables[0].columns, tuple)
