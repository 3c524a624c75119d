"""The shape of the package data: every table, the mapping and the variants."""

from __future__ import annotations

from collections import Counter

import pytest

from xjbudget import codes


def provenance_of(source: str) -> str:
    """The provenance a row's source tags give it: the strongest confirmation wins.

    ``seen:`` is the harvest's (documents that print the row); ``from:`` a parent the
    harvest carried from another edition, confirmed by nothing in its own."""
    kinds = {tag.split(":")[0] for tag in source.split(";")}
    assert kinds <= {"recall", "corpus", "pdf", "doc", "page", "seen", "from"}, source
    if "page" in kinds:
        return "official"
    if kinds & {"corpus", "pdf", "doc", "seen"}:
        return "observed"
    assert kinds in ({"recall"}, {"from"}), source
    return "recalled"


TABLES = [
    codes.table(scheme, edition) for scheme in codes.SCHEMES for edition in codes.editions(scheme)
]
IDS = [f"{t.scheme}-{t.edition}" for t in TABLES]

# The 类 every 表1 of the corpus prints, in its order (000, 001, 003 and 004 agree).
LEI_2024 = [
    "201 一般公共服务支出",
    "202 外交支出",
    "203 国防支出",
    "204 公共安全支出",
    "205 教育支出",
    "206 科学技术支出",
    "207 文化旅游体育与传媒支出",
    "208 社会保障和就业支出",
    "209 社会保险基金支出",
    "210 卫生健康支出",
    "211 节能环保支出",
    "212 城乡社区支出",
    "213 农林水支出",
    "214 交通运输支出",
    "215 资源勘探工业信息等支出",
    "216 商业服务业等支出",
    "217 金融支出",
    "219 援助其他地区支出",
    "220 自然资源海洋气象等支出",
    "221 住房保障支出",
    "222 粮油物资储备支出",
    "223 国有资本经营预算支出",
    "224 灾害防治及应急管理支出",
    "227 预备费",
    "229 其他支出",
    "230 转移性支出",
    "231 债务还本支出",
    "232 债务付息支出",
    "233 债务发行费用支出",
    "234 抗疫特别国债安排的支出",
]


def test_editions() -> None:
    # 2023/2024 kept by hand; 2019, 2021, 2022, 2025 and 2026 only harvested (the years of the
    # documents in reach); no document in reach prints a 政府预算 code as a row
    assert {2023, 2024, 2025, 2026} <= set(codes.editions("functional"))
    assert {2024, 2025, 2026} <= set(codes.editions("economic-dept"))
    assert codes.editions("economic-gov") == (2024,)


@pytest.mark.parametrize("table", TABLES, ids=IDS)
def test_every_parent_exists(table: codes.CodeTable) -> None:
    for entry in table:
        if entry.level == 1:
            assert entry.parent is None
        else:
            assert entry.parent == entry.code[:-2]
            assert entry.parent in table, entry


@pytest.mark.parametrize("table", TABLES, ids=IDS)
def test_rows_are_in_code_order(table: codes.CodeTable) -> None:
    # parents before children, siblings by code: new rows are merged by sorting
    assert [e.code for e in table] == sorted(e.code for e in table)


@pytest.mark.parametrize("table", TABLES, ids=IDS)
def test_names_unique_among_siblings(table: codes.CodeTable) -> None:
    for parent in [None, *(e.code for e in table)]:
        names = Counter(codes.normalize_name(e.name) for e in table.children(parent))
        assert [n for n, k in names.items() if k > 1] == [], parent


@pytest.mark.parametrize("table", TABLES, ids=IDS)
def test_rows_are_well_formed(table: codes.CodeTable) -> None:
    assert len({e.code for e in table}) == len(table)
    for entry in table:
        assert entry.scheme == table.scheme and entry.edition == table.edition
        assert entry.level == codes.code_level(entry.code)
        assert entry.name == entry.name.strip() and entry.name
        assert entry.provenance == provenance_of(entry.source), entry
    if table.scheme != "functional":
        assert max(e.level for e in table) == 2


@pytest.mark.parametrize("edition", [2023, 2024])
def test_functional_lei_is_the_printed_list(edition: int) -> None:
    table = codes.table("functional", edition)
    assert [f"{e.code} {e.name}" for e in table.children()] == LEI_2024


def test_economic_lei() -> None:
    dept = [e.code for e in codes.table("economic-dept", 2024).children()]
    gov = [e.code for e in codes.table("economic-gov", 2024).children()]
    assert dept == ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"]
    assert gov == [str(n) for n in range(501, 515)] + ["599"]


def test_mapping_refers_to_known_codes() -> None:
    dept = codes.table("economic-dept", 2024)
    gov = codes.table("economic-gov", 2024)
    rows = codes.load_mapping(2024)
    assert rows
    for row in rows:
        assert row.dept_code in dept and dept[row.dept_code].level == 2, row
        assert row.gov_code in gov and gov[row.gov_code].level == 2, row
        assert row.applies_to in ("机关", "事业单位")
        # a mapping row is official when a stored copy of the 对照表 prints it
        assert row.provenance == provenance_of(row.source) != "observed", row
    pairs = [(r.dept_code, r.applies_to) for r in rows]
    assert len(pairs) == len(set(pairs)), "a dept code maps to one gov code per unit type"
    # every 工资福利 and 商品和服务 款 is mapped for 机关 and for 事业单位 (but 30107
    # 绩效工资, which 机关 do not pay, and the military 30219–30223, whose mapping no
    # source in reach gives)
    military = {"30219", "30220", "30221", "30222", "30223"}
    for entry in dept:
        if entry.level == 2 and entry.parent in ("301", "302") and entry.code not in military:
            assert (entry.code, "事业单位") in pairs
            assert (entry.code, "机关") in pairs or entry.code == "30107", entry


def test_variants_refer_to_known_codes_under_other_names() -> None:
    variants = codes.load_variants()
    assert variants
    for variant in variants:
        entry = codes.table(variant.scheme, variant.edition).get(variant.code)
        if variant.kind == "unmerged":  # the harvest could not make it a row
            assert variant.source.startswith("seen:"), variant
            continue
        assert entry is not None, variant
        assert codes.normalize_name(entry.name) != codes.normalize_name(variant.name)
        if variant.kind == "source-error":  # recorded by hand
            assert variant.source.startswith("corpus:"), variant
        else:  # harvested: printed besides the row's name, or against an official row
            assert variant.kind in ("printed", "conflict"), variant
            assert variant.source.startswith("seen:"), variant
            assert variant.kind == "printed" or entry.provenance == "official", variant


def test_stats_add_up() -> None:
    rows = codes.stats()
    for table in TABLES:
        assert sum(n for s, e, _, _, n in rows if (s, e) == (table.scheme, table.edition)) == len(
            table
        )
