"""NameCodes: the one look-up of rows printed by name, its two rules on real names
(深圳's 表1 expenditure list by 类/款/项 name, 广州's and 深圳's economic classes)."""

from __future__ import annotations

from xjbudget.model import Code, Location
from xjbudget.tables.economic import EconomicNames
from xjbudget.tables.items import ClassNames, is_numbered
from xjbudget.tables.name_codes import NameCodes


def _functional() -> NameCodes:
    return NameCodes("functional", 2025, str.strip, "placed")


def _economic() -> NameCodes:
    return NameCodes("economic-dept", 2025, str.strip, "unique")


def _code(names: NameCodes, label: str, *, top: bool = False) -> Code | None:
    found = names.look_up(label, top=top)
    assert found is not None
    return found.code


def test_placed_takes_the_code_under_the_rows_above() -> None:
    names = _functional()
    assert _code(names, "进修及培训") is None  # a 款, but no 类 read above it
    assert [_code(names, n) for n in ("教育支出", "进修及培训", "培训支出")] == [
        Code("205"),
        Code("20508"),
        Code("2050803"),
    ]
    # 行政运行 is a 项 under most 款: the 款 read above decides.
    assert [_code(names, n) for n in ("一般公共服务支出", "人大事务")] == [
        Code("201"),
        Code("20101"),
    ]
    found = names.look_up("行政运行")
    assert found is not None and found.code == Code("2010101") and len(found.codes) > 1
    # The 项 does not stand above: the next 项 is one of the same 款.
    assert _code(names, "行政运行") == Code("2010101")


def test_placed_keeps_no_code_for_a_name_whose_codes_lie_elsewhere() -> None:
    names = _functional()
    assert _code(names, "一般公共服务支出") == Code("201")
    # 行政运行 under 201 is a 项, never a 款 of 201: the row's place names none of them.
    found = names.look_up("行政运行")
    assert found is not None and found.code is None and "2010101" in found.codes
    # A row known to be a 类 is only that: not the 款 of that name under the 类 above.
    assert _code(names, "人大事务", top=True) is None
    assert _code(names, "人大事务") == Code("20101")


def test_unique_takes_the_one_code_wherever_it_lies() -> None:
    names = _economic()
    names.seen(Code("310", "economic"))
    found = names.look_up("基本工资")  # 30101, under 301, not under 310 above it
    assert found is not None and found.code == Code("30101", "economic")


def test_unique_lets_the_class_above_decide_between_several() -> None:
    names = _economic()
    found = names.look_up("办公设备购置")
    assert found is not None and found.code is None
    assert found.codes == ("30902", "31002")
    names.seen(Code("309", "economic"))
    assert _code(names, "办公设备购置") == Code("30902", "economic")
    names.seen(Code("31001", "economic"))  # a 款 printed with its code: its 类 stands above
    assert _code(names, "办公设备购置") == Code("31002", "economic")
    names.seen(None)  # a unit's row: no class above any more
    assert _code(names, "办公设备购置") is None


def test_an_empty_key_looks_nothing_up() -> None:
    assert _economic().look_up("  ") is None


def test_class_names_read_numbering_as_a_class() -> None:
    classes = ClassNames(2025)
    assert is_numbered("五、教育支出")
    assert classes.code("五、教育支出") == (Code("205"), "教育支出")
    assert classes.code("进修及培训") == (Code("20508"), "进修及培训")
    assert classes.code("（一）人大事务") is None  # numbered: a 类, and no 类 has that name


def test_economic_names_keep_the_finding_of_several_codes() -> None:
    names = EconomicNames(2025, 6)
    code, finding = names.code_for("办公设备购置", Location(page=3))
    assert code is None and finding is not None
    assert finding.rule == "parse.row.economic_name" and "30902, 31002" in finding.message
    names.seen(Code("30901", "economic"))
    assert names.code_for("办公设备购置注：无。", Location(page=3)) == (
        Code("30902", "economic"),
        None,
    )
