"""Family 4: the printed codes against the classification tables of ``xjbudget.codes``."""

from __future__ import annotations

from xjbudget import codes
from xjbudget.model import Code, Row
from xjbudget.validate import validate

from .builders import amounts, coded, document, table


def _run(*tables: object, year: int = 2024) -> list[tuple[str, str, int | None, str | None]]:
    report = validate(document(*tables, year=year), rules="codes")  # type: ignore[arg-type]
    return [(f.rule, f.severity, f.table, f.row) for f in report.findings]


def test_known_codes_with_their_names_give_nothing() -> None:
    t5 = table(
        5,
        coded("201", "一般公共服务支出", total="1.00"),
        coded("20113", "商贸事务", total="1.00"),
        coded("2011301", "行政运行", total="1.00"),
    )
    t6 = table(
        6, coded("301", "工资福利支出", total="1.00"), coded("30101", "基本工资", total="1.00")
    )
    assert _run(t5, t6) == []


def test_a_name_that_is_not_the_codes_name_is_a_warning() -> None:
    # 003 表5 L225 prints 201 as 一般公共预算支出
    t5 = table(5, coded("201", "一般公共预算支出", total="436.08"))
    assert _run(t5) == [("codes.name_mismatch", "warning", 5, "201 一般公共预算支出")]
    report = validate(document(t5), rules="codes.name_mismatch")
    assert "一般公共服务支出" in report.findings[0].message
    assert "一般公共服务支出" in report.findings[0].message_zh


def test_rows_without_amounts_are_checked_too() -> None:
    # 003 表4 L211: 234 抗疫特别国债还本支出, no amount
    row = Row("抗疫特别国债还本支出", amounts(total=None), code=Code("234"), side="expenditure")
    assert _run(table(4, row)) == [
        ("codes.name_mismatch", "warning", 4, "234 抗疫特别国债还本支出")
    ]


def test_an_unknown_code_where_the_tables_are_complete_is_an_error() -> None:
    # the 类 level is complete (every 表1 prints all 30): 299 does not exist
    t3 = table(3, coded("299", "不存在的科目", total="1.00"))
    assert _run(t3) == [("codes.unknown", "error", 3, "299 不存在的科目")]


def test_an_unknown_code_where_the_tables_are_partial_is_info() -> None:
    # most 项 are not in the tables: an unknown 项 may be right, and cannot be checked
    t3 = table(3, coded("2018801", "不存在的科目", total="1.00"))
    assert _run(t3) == [("codes.unknown", "info", 3, "2018801 不存在的科目")]
    finding = validate(document(t3), rules="codes.unknown").findings[0]
    assert "not in xjbudget's partial tables" in finding.message and "20188" in finding.message
    assert "不完整" in finding.message_zh
    # the same words as `xjbudget codes 2018801` (codes.lookup)
    result = codes.check("2018801", "不存在的科目", year=2024)
    assert result.absent in finding.message
    # a year whose 类 level is not declared complete: info too
    assert _run(table(3, coded("299", "不存在的科目", total="1.00")), year=2023) == [
        ("codes.unknown", "info", 3, "299 不存在的科目")
    ]


def test_a_name_differing_from_a_recalled_name_says_so() -> None:
    # a recalled row: no published list or document in reach confirms its name
    entry = next(e for e in codes.table("functional", 2024) if e.provenance == "recalled")
    t3 = table(3, coded(entry.code, entry.name + "其他", total="1.00"))
    finding = validate(document(t3), rules="codes.name_mismatch").findings[0]
    assert "recalled, not confirmed" in finding.message


def test_an_economic_code_in_a_functional_table_is_the_wrong_scheme() -> None:
    t3 = table(3, coded("30101", "基本工资", total="1.00"))
    assert _run(t3) == [("codes.wrong_scheme", "error", 3, "30101 基本工资")]
    t6 = table(6, Row("行政运行", amounts(total="1.00"), code=Code("20113")))
    assert _run(t6) == [("codes.wrong_scheme", "error", 6, "20113 行政运行")]


def test_a_project_printed_under_another_kuan() -> None:
    t3 = table(
        3,
        coded("208", "社会保障和就业支出", total="1.00"),
        coded("20801", "人力资源和社会保障管理事务", total="1.00"),
        coded("2080505", "机关事业单位基本养老保险缴费支出", total="1.00"),
    )
    assert _run(t3) == [
        ("codes.wrong_parent", "warning", 3, "2080505 机关事业单位基本养老保险缴费支出")
    ]


def test_a_code_its_years_tables_lack_is_checked_against_the_nearest_edition() -> None:
    # 2010301 行政运行 (政府办公厅): printed by 2026 documents, not in the 2024 tables
    assert "2010301" not in codes.table("functional", 2024)
    t5 = table(
        5,
        coded("2010301", "行政运行", total="1.00"),
        coded("2010302", "一般行政管理事务", total="1.00"),
    )
    findings = validate(document(t5, year=2024), rules="codes").findings
    assert [(f.rule, f.severity, f.table) for f in findings] == [("codes.other_edition", "info", 5)]
    assert "the 2026 edition answered for them: 2010301, 2010302" in findings[0].message
    # a name compared with another edition's is info, not a warning: names change
    t5 = table(5, coded("2010301", "别的名称", total="1.00"))
    assert _run(t5) == [
        ("codes.name_mismatch", "info", 5, "2010301 别的名称"),
        ("codes.other_edition", "info", 5, None),
    ]
    message = validate(document(t5), rules="codes.name_mismatch").findings[0].message
    assert "the 2024 tables lack the code; the 2026 edition's name" in message
    # the document's own year's edition has it: no other edition is named
    t5 = table(5, coded("2010301", "行政运行", total="1.00"))
    assert _run(t5, year=2026) == []


def test_a_name_documents_print_besides_the_majoritys_is_a_recorded_variant() -> None:
    # the harvest: 10 Yantai 2026 documents print 303 对个人和家庭补助, 22 others 对个人和家庭的补助
    t6 = table(6, coded("303", "对个人和家庭补助", total="1.00"))
    assert _run(t6, year=2026) == [("codes.name_mismatch", "warning", 6, "303 对个人和家庭补助")]
    message = validate(document(t6, year=2026), rules="codes.name_mismatch").findings[0].message
    assert "对个人和家庭的补助" in message and "recorded as a printed variant" in message


def test_an_amount_glued_to_the_name_is_no_part_of_it() -> None:
    # a reader that leaves the row's amounts in the name cell: the name is checked alone
    t5 = table(5, coded("2011301", "行政运行359.11 359.11", total="359.11"))
    assert _run(t5) == []
