"""The labels of the performance target tables (绩效目标表), shared by the reader of
their cells (:mod:`.performance`) and of their flattened text (:mod:`.flat_performance`):
label keys (:func:`~xjbudget.text.label_key`) of the header block's fields and amounts,
of the indicator columns, and the second-level indicator headings."""

from __future__ import annotations

__all__ = ["COLUMNS", "FIELDS", "FUNDS", "LEVEL2_ONLY"]

FIELDS = {
    "部门名称": "unit",
    "预算单位": "unit",
    "单位名称": "unit",
    "项目名称": "project",
    "项目负责人": "manager",
    "部门联系人": "contact",
    "联系人": "contact",
    "联系电话": "phone",
    "年度绩效目标": "goal",
    "项目总体目标": "goal",
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
}
