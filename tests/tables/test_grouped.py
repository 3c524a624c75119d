"""Rows grouped under their subtotal rows (tables/grouped.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from xjbudget.tables.grouped import group_rows, names_a_unit


def _rows(*amounts: str | tuple[str, ...]) -> list[dict[str, Decimal | None]]:
    out: list[dict[str, Decimal | None]] = []
    for a in amounts:
        cells = a if isinstance(a, tuple) else (a,)
        out.append({f"c{i}": (Decimal(v) if v else None) for i, v in enumerate(cells)})
    return out


def _parents(values: list[dict[str, Decimal | None]], named: list[bool]) -> list[int | None]:
    return [g.parent for g in group_rows(values, named)]


def test_units_over_their_projects() -> None:
    # guangzhou-02 page 22: 广州市气象局 276 over three projects, 防雷办 30 over two.
    values = _rows("276.00", "94.00", "14.00", "168.00", "30.00", "7.00", "23.00")
    named = [True, False, False, False, True, False, False]
    grouping = group_rows(values, named)
    assert [g.parent for g in grouping] == [None, 0, 0, 0, None, 4, 4]
    assert [g.group for g in grouping] == [True, False, False, False, True, False, False]
    assert all(g.by_sum for g in grouping if g.group)
    assert [g.depth for g in grouping] == [0, 1, 1, 1, 0, 1, 1]


def test_every_column_must_add_up() -> None:
    values = _rows(("10", "4"), ("6", "3"), ("4", "1"))
    assert _parents(values, [False] * 3) == [None, 0, 0]
    values = _rows(("10", "5"), ("6", "3"), ("4", "1"))
    assert _parents(values, [False] * 3) == [None, None, None]


def test_empty_cells_count_as_zero() -> None:
    # 烟台 prints blanks for zeros.
    values = _rows(("54.00", ""), ("50.00", ""), ("4.00", None))
    assert _parents(values, [False] * 3) == [None, 0, 0]


def test_two_projects_of_one_amount_are_no_group() -> None:
    values = _rows("25.00", "25.00", "30.00")
    assert _parents(values, [False] * 3) == [None, None, None]


def test_a_single_project_under_a_named_unit() -> None:
    values = _rows("25.00", "25.00", "30.00", "30.00")
    assert _parents(values, [True, False, True, False]) == [None, 0, None, 2]


def test_nested_levels() -> None:
    # xian-02: 部门 119 › 单位 119001 › 通用项目 › 大型活动 › 统计业务培训, 大宗印刷项目 › …
    values = _rows("60", "60", "60", "20", "20", "40", "15", "25")
    named = [True, True, False, False, False, False, False, False]
    grouping = group_rows(values, named)
    assert [g.parent for g in grouping] == [None, 0, 1, 2, 3, 2, 5, 5]
    assert [g.depth for g in grouping] == [0, 1, 2, 3, 4, 3, 4, 4]


def test_a_named_unit_never_goes_under_a_project() -> None:
    # The last project of one unit (30) equals the next unit's total (30).
    values = _rows("50", "20", "30", "30", "10", "20")
    named = [True, False, False, True, False, False]
    assert _parents(values, named) == [None, 0, 0, None, 3, 3]


def test_zero_rows_at_the_end_of_a_unit() -> None:
    values = _rows("50", "20", "30", "0", "40", "40")
    named = [True, False, False, False, True, False]
    assert _parents(values, named) == [None, 0, 0, 0, None, 4]


def test_a_named_unit_that_does_not_add_up() -> None:
    # A misprinted subtotal: still the group of the rows up to the next unit.
    values = _rows("51", "20", "30", "40", "40")
    named = [True, False, False, True, False]
    grouping = group_rows(values, named)
    assert [g.parent for g in grouping] == [None, 0, 0, None, 3]
    assert not grouping[0].by_sum and grouping[3].by_sum


def test_flags_and_rows_must_match() -> None:
    with pytest.raises(ValueError):
        group_rows(_rows("1"), [])


@pytest.mark.parametrize(
    ("name", "code", "expected"),
    [
        ("广州市防雷减灾管理办公室", None, True),
        ("深圳市交通运输局（本级）", None, True),
        ("西安市统计局", None, True),
        ("购买服务（审计、绩效、ppp项目评价）", None, False),
        ("机构运行辅助经费", None, False),
        ("通用项目", None, False),
        ("西安市人民政府国有资产监督管理委员会", "271001", True),
        ("全额", "1", False),
        ("广州市生态与农业气象中心（广州市气候变化中心）", None, True),
        ("入河排污口规范化建设项目（3033生态环境专项资金西安市生态环境局）", None, False),
    ],
)
def test_names_a_unit(name: str, code: str | None, expected: bool) -> None:
    assert names_a_unit(name, code) is expected


def test_the_department_is_a_unit() -> None:
    assert names_a_unit("市财政", department="市财政")


def test_a_unit_whose_rows_only_one_nesting_adds_up() -> None:
    # xian-03's 法律援助中心 (figures cut down): 案件质量管理 200 is also the sum of the two
    # 宣传片拍摄制作项目 100 after it, but only 委托咨询业务 › 案件质量管理 and 宣传片 (a
    # category) › 宣传片 (its project) make 通用项目 = 大型活动 + 委托咨询业务 + 宣传片.
    values = _rows("420", "420", "120", "120", "200", "200", "100", "100")
    named = [True, False, False, False, False, False, False, False]
    grouping = group_rows(values, named)
    assert [g.parent for g in grouping] == [None, 0, 1, 2, 1, 4, 1, 6]
    assert all(g.by_sum for g in grouping if g.group)


def test_a_unit_of_many_projects_with_a_sum_by_chance() -> None:
    # guangzhou-04's 广州市土地开发中心: among its projects one (60) equals the sum of the
    # three after it (14 + 36 + 10); the unit adds up only with it a project.
    projects = ["400", "60", "14", "36", "10", "30"]
    values = _rows("550", *projects, "5", "5")
    named = [True] + [False] * len(projects) + [True, False]
    grouping = group_rows(values, named)
    assert [g.parent for g in grouping[1:7]] == [0] * 6
    assert grouping[0].by_sum
