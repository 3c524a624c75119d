"""The department on ``meta``: a name, never a fragment of the cover or a preparer line
(issue 15). The covers are those of real PDFs of ../shared/corpus/real."""

from __future__ import annotations

import pytest

from xjbudget import parse_text

_BODY = "第一部分 部门概况\n一、主要职能\n负责本部门的工作。\n"


@pytest.mark.parametrize(
    ("cover", "department"),
    [
        # guangzhou-05: the title wrapped inside 部门预算.
        (
            "2026年\n广州市人民政府国有资产监督管理委员会部\n门预算",
            "广州市人民政府国有资产监督管理委员会",
        ),
        # beijing-05, beijing-06, beijing-10: 部门 after the name, 信息公开 wrapped.
        ("北京市教育委员会部门\n2026年度部门预算信息公开", "北京市教育委员会"),
        ("北京市医疗保障局部门2026年度部门预算\n信息公开", "北京市医疗保障局"),
        ("北京市交通委员会2026年度部门预算信息\n公开", "北京市交通委员会"),
        # beijing-08: one line naming the department, the year and the kind.
        ("北京市民政局2026年度部门预算信息公开", "北京市民政局"),
        # suzhou-05, wuxi-02: the year first, the scope (本级) after the name.
        ("2026年度\n苏州市自然资源和规划局\n部门预算公开", "苏州市自然资源和规划局"),
        ("2026年度\n无锡市交通运输局（本级）\n单位预算公开", "无锡市交通运输局"),
        # xian-08: 部门综合预算 after the year.
        (
            "西安市人民政府国有资产监督管理委员会\n2022年部门综合预算",
            "西安市人民政府国有资产监督管理委员会",
        ),
    ],
)
def test_the_department_is_the_name_on_the_cover(cover: str, department: str) -> None:
    doc = parse_text(f"{cover}\n{_BODY}")
    assert doc.meta.department == department


def test_a_preparer_keeps_its_name_without_the_scope() -> None:
    """深圳 and 西安 print the unit's scope after the name in 部门名称：/ 编制单位：
    (``深圳市交通运输局（本级）``, ``西安市财政局（汇总）``): not part of the department."""
    text = (
        "2026年深圳市交通运输局部门预算\n第二部分 部门预算表\n表3\n部门支出总体情况表\n"
        "编制部门：深圳市交通运输局（本级）\t单位：万元\n"
        "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t10.00\t10.00\t\n"
        "201\t一般公共服务支出\t10.00\t10.00\t\n"
    )
    assert parse_text(text).meta.department == "深圳市交通运输局"


def test_a_preparer_and_unit_printed_as_cells_are_read() -> None:
    """广州's tables print ``单位名称：…`` and ``单位：万元`` as the cells of their first row
    (an unruled table's row): the preparer and the unit, as on a line of text."""
    text = (
        "2026年\n广州市气象局部门预算\n第二部分 2026年部门预算表\n表3\n本年支出总体情况表\n"
        "单位名称：广州市气象局\t\t\t\t单位：万元\n"
        "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t10.00\t10.00\t0.00\n"
        "201\t一般公共服务支出\t10.00\t10.00\t0.00\n"
    )
    doc = parse_text(text)
    assert doc.meta.unit == "万元"
    table = doc.table(3)
    assert table is not None
    assert table.unit == "万元"
    assert [r.name for r in table.rows] == ["合计", "一般公共服务支出"]
