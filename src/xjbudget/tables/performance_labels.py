"""The labels of the performance target tables (绩效目标表), shared by the reader of
their cells (:mod:`.performance`) and of their flattened text (:mod:`.flat_performance`):
label keys (:func:`~xjbudget.text.label_key`) of the header block's fields and amounts,
of the indicator columns, and the second-level indicator headings.

The labels are those the templates print (national/新疆, 西安, 烟台, 重庆): a field or an
amount is known by its label, never by its place on the page (docs/tables.md,
"Performance target tables")."""

from __future__ import annotations

__all__ = ["COLUMNS", "FIELDS", "FUNDS", "LEVEL1_OF", "LEVEL2_ONLY"]

FIELDS = {
    "部门名称": "unit",
    "预算单位": "unit",
    "单位名称": "unit",
    "部门单位名称": "unit",
    "主管部门": "unit",
    "项目名称": "project",
    "项目负责人": "manager",
    "部门联系人": "contact",
    "联系人": "contact",
    "联系电话": "phone",
    "年度绩效目标": "goal",
    "项目总体目标": "goal",
    "年度总体目标": "goal",
    "年度目标": "goal",
    "总体目标": "goal",
    "当年绩效目标": "goal",
    "当年整体绩效目标": "goal",
    "绩效目标": "goal",
}
FUNDS = {
    "年度预算总额": "total",
    "资金总额": "total",
    "其中财政拨款": "fiscal",
    "财政拨款": "fiscal",
    "其他资金": "other",
    "上级安排": "fiscal_upper",
    "本级安排": "fiscal_local",
    "其他": "other",
    "实施期资金总额": "total",
    "年度资金总额": "total",
    "年度预算资金总额": "total",
    "年度预算资金": "total",
    "当年预算": "total",
    "总额": "total",
    "当年财政拨款预算金额": "fiscal",
    "市级支出": "city",
    "补助区县": "districts",
}
# Second-level headings; one printed in the first-level column means the row was shifted
# one cell left by the converter.
LEVEL2_ONLY = frozenset(
    {
        "数量指标",
        "质量指标",
        "时效指标",
        "经济成本指标",
        "社会成本指标",
        "生态成本指标",
        "经济效益指标",
        "社会效益指标",
        "生态效益指标",
        "可持续影响指标",
    }
)
# The first-level heading each second-level heading belongs to in 财政部's framework of
# performance indicators (产出 = 数量/质量/时效, 成本 = 经济/社会/生态环境成本, 效益 =
# 经济/社会/生态效益 and 可持续影响, 满意度 = 服务对象满意度): when a page loses the
# 一级指标 cell (printed as loose text), the 二级 heading under it says which it was.
LEVEL1_OF = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "经济成本指标": "成本指标",
    "社会成本指标": "成本指标",
    "生态环境成本指标": "成本指标",
    "经济效益指标": "效益指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
}
COLUMNS = {
    "一级指标": "level1",
    "二级指标": "level2",
    "三级指标": "level3",
    "指标值": "value",
    "指标设定依据": "basis",
    "指标值设置依据": "basis",
    "分值权重": "weight",
    "指标分值权重": "weight",
    "上年完成值": "previous",
    "指标赋分规则": "scoring_rule",
    "佐证资料": "evidence",
    "指标名称": "level3",
    "指标内容": "level3",
    "指标性质": "comparison",
    "计量单位": "measure",
    "指标权重": "weight",
    "是否核心": "core",
}
