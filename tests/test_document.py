"""Segmentation and meta data of the corpus documents, and the model's guarantees."""

from __future__ import annotations

import datetime
import pickle

import pytest

import xjbudget
from xjbudget.export import document_to_json

from .conftest import CORPUS, TABBED


def test_meta_from_cover_and_tables(parsed: dict[str, xjbudget.Document]) -> None:
    meta = parsed["000_707d8629ab46531e"].meta
    assert meta.department == "昌吉回族自治州工业和信息化局"
    assert (meta.year, meta.kind, meta.unit, meta.form) == (2024, "部门预算", "万元", "tabbed")
    unit = parsed["003_f62fb37ef8e53f88"].meta
    assert unit.kind == "单位预算" and unit.department == "中共克孜勒苏柯尔克孜自治州工业和信息化局"
    county = parsed["001_7236ab5e17bf1c1a"].meta  # no cover, no contents
    assert (county.department, county.year, county.form) == (
        "吉木萨尔县商务和工业信息化局",
        2024,
        "flat",
    )


def test_closing_date(parsed: dict[str, xjbudget.Document]) -> None:
    issued = {stem[:3]: doc.meta.issued for stem, doc in parsed.items()}
    assert issued == {
        "000": datetime.date(2024, 2, 23),
        "001": datetime.date(2024, 2, 19),
        "003": datetime.date(2024, 2, 23),
        "004": datetime.date(2024, 2, 22),
    }


@pytest.mark.parametrize("stem", TABBED)
def test_four_parts_and_the_contents_set_aside(
    stem: str, parsed: dict[str, xjbudget.Document]
) -> None:
    document = parsed[stem]
    assert [p.number for p in document.parts] == [1, 2, 3, 4]
    # The contents repeat every heading; a content part starts after them.
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    part1 = document.parts[0].location.line
    assert part1 is not None and any("目" in line and "录" in line for line in text[:part1])


def test_tables_found_with_their_numbers(parsed: dict[str, xjbudget.Document]) -> None:
    assert [t.number for t in parsed["000_707d8629ab46531e"].tables] == list(range(1, 12))
    assert [t.number for t in parsed["003_f62fb37ef8e53f88"].tables] == list(range(1, 11))
    empty = {t.number for t in parsed["000_707d8629ab46531e"].tables if t.is_empty}
    assert empty == {7, 8, 9}
    table8 = parsed["003_f62fb37ef8e53f88"].table(8)
    assert table8 is not None and table8.empty_statement is not None
    assert table8.empty_statement.endswith("政府性基金预算支出情况表为空表。")
    assert not table8.empty_statement.startswith("备注")


def test_table_over_a_page_break_is_one_table(parsed: dict[str, xjbudget.Document]) -> None:
    table2 = parsed["004_ce2c4c2fd8aa6825"].table(2)
    assert table2 is not None
    codes = [r.code.digits for r in table2.rows if r.code]
    assert codes[0] == "206" and codes[-1] == "2290402" and len(codes) == len(set(codes))


def test_sections_and_glossary(parsed: dict[str, xjbudget.Document]) -> None:
    document = parsed["000_707d8629ab46531e"]
    part3 = [s for s in document.sections if s.part == 3 and s.level == 1]
    assert [s.number for s in part3] == [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"
    ]  # fmt: skip
    assert "收支总预算 1,036.53 万元" in part3[0].text
    terms = [g.term for g in document.glossary]
    assert terms[:2] == ["财政拨款", "一般公共预算"] and "机关运行经费" in terms[-1]
    assert all(g.definition != "昌吉回族自治州工业和信息化局" for g in document.glossary)


def test_rows_carry_codes_items_roles_and_lines(parsed: dict[str, xjbudget.Document]) -> None:
    document = parsed["004_ce2c4c2fd8aa6825"]
    table1 = document.table(1)
    assert table1 is not None
    items = {r.item: r for r in table1.rows if r.side == "income"}
    assert items["fiscal_carryover_fund"].values["income"] == xjbudget.parse_amount("25,800.00")
    assert items["income_total"].role == "total"
    table7 = document.table(7)
    assert table7 is not None
    units = [r.name for r in table7.rows if r.role == "unit"]
    assert units == [
        "乌鲁木齐市工业和信息化局（乌鲁木齐市大数据发展局）",
        "乌鲁木齐市节能监察中心",
        "乌鲁木齐市中小企业服务中心",
    ]
    projects = [r for r in table7.rows if r.code and r.code.digits == "2150502"]
    assert len(projects) == 6 and all(r.project for r in projects)
    assert all(r.location.line for r in table7.rows)
    table6 = document.table(6)
    assert table6 is not None
    glued = next(table6.find("30101"))
    assert glued.name == "基本工资" and glued.code is not None and glued.code.scheme == "economic"


def test_parse_findings_name_what_was_moved(parsed: dict[str, xjbudget.Document]) -> None:
    findings = parsed["003_f62fb37ef8e53f88"].findings
    moved = [f for f in findings if f.rule == "parse.cell.moved_by_sum"]
    assert len(moved) == 1 and moved[0].column == "unit_funds" and moved[0].table == 2
    shifted = [f for f in findings if f.rule == "parse.cell.shifted"]
    assert {(f.table, f.column) for f in shifted} == {(7, "other")} and len(shifted) == 4


def test_documents_pickle_and_compare_by_value(parsed: dict[str, xjbudget.Document]) -> None:
    for document in parsed.values():
        assert pickle.loads(pickle.dumps(document)) == document


def test_parsing_is_deterministic() -> None:
    text = (CORPUS / "004_ce2c4c2fd8aa6825.txt").read_text(encoding="utf-8")
    first, second = xjbudget.parse_text(text), xjbudget.parse_text(text)
    assert first == second
    assert document_to_json(first) == document_to_json(second)
