"""An example from a real corpus document for each rule (``tests/corpus/``, line numbers).

Kept apart from the rules so that the rules stay declarations; ``docs/validation.md``
prints these. A rule whose situation no corpus document shows says so.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["EXAMPLES", "example_for"]

_NO_FIGURES = "No corpus document prints amounts in this table (all four print it empty)."

EXAMPLES = MappingProxyType(
    {
        # family 1: within a row
        "T2.row.total_eq_sum_of_parts": (
            "003 表2 L131, 2011301 行政运行: 总计 820.61 = 小计 388.43 + 单位资金 432.18 (holds)."
        ),
        "T2.row.fiscal_subtotal_eq_sum_of_parts": (
            "004 表2 L163, 215: 小计 1,956.17 = 一般公共预算 1,804.17 + "
            "上级一般公共预算安排的转移支付 "
            "152.00 (holds)."
        ),
        "T1.row.expenditure_eq_basic_plus_project": (
            "shanghai-01.pdf 预算单位财务收支预算总表 prints 基本支出 only over 人员经费 | "
            "公用经费: not run."
        ),
        "T1.row.expenditure_eq_sum_of_parts": (
            "shanghai-01.pdf 预算单位财务收支预算总表, 一、教育支出: 93,654,254 = 35,487,134 + "
            "18,141,120 + 40,026,000 (holds)."
        ),
        "T3.row.total_eq_basic_plus_project": (
            "003 表3 L156, 201 一般公共服务支出: 868.26 = 428.08 + 440.18 (holds)."
        ),
        "T4.row.total_eq_sum_of_parts": (
            "004 表4 L245, 215: 合计 1,956.17 = 一般公共预算 1,956.17 (holds)."
        ),
        "T5.row.total_eq_basic_plus_project": (
            "004 表5 L288, 215: 1,956.17 = 1,727.64 + 228.53 (holds)."
        ),
        "T6.row.total_eq_personnel_plus_public_use": (
            "000 表6 L294, 总计: 581.55 = 人员经费 521.93 + 公用经费 59.62 (holds)."
        ),
        "T7.row.total_eq_sum_of_parts": (
            "003 表7 L295, 合计: 9.60 = 工资福利支出 1.60 + 其他支出 8.00 (holds)."
        ),
        "T8.row.total_eq_sum_of_parts": _NO_FIGURES,
        "T8.row.total_eq_basic_plus_project": _NO_FIGURES,
        "T9.row.total_eq_sum_of_parts": _NO_FIGURES,
        "T9.row.total_eq_basic_plus_project": _NO_FIGURES,
        "T10.row.total_eq_sum_of_parts": (
            "004 表10 L430, 合计: 22.80 = 一般公共预算 22.80 (holds)."
        ),
        "T11.row.total_eq_fiscal_total_plus_nonfiscal_total": (
            "000 表11 L400, 总计: 454.98 = 财政拨款 216.98 + 非财政拨款 238.00 (holds)."
        ),
        "T11.row.fiscal_total_eq_sum_of_parts": (
            "000 表11 L404, 州工信局 2023 年中国产业转移发展对接活动（新疆）项目经费: 184.38 = "
            "项目支出 184.38 (holds)."
        ),
        "T11.row.nonfiscal_total_eq_sum_of_parts": (
            "000 表11 L405, 机构运行保障补助经费: 238.00 = 项目支出 238.00 (holds)."
        ),
        # family 1, the templates beyond Xinjiang's (docs/tables.md)
        "T3.row.basic_eq_personnel_plus_public_use": (
            "No corpus text prints 人员经费/公用经费 in 表3; wuxi-01.pdf 公开03表 "
            "does not split 基本支出, chongqing-01.pdf 表3 does."
        ),
        "T3.row.total_eq_sum_of_parts": "No corpus text prints these columns.",
        "T5.row.basic_eq_personnel_plus_public_use": (
            "suzhou-01.pdf 公开07表, 2060101 行政运行: 基本支出 1,304.01 = 人员经费 1,"
            "080.35 + 公用经费 223.66 (holds)."
        ),
        "T5.row.total_eq_sum_of_parts": (
            "xian-01.pdf 表5, 201 一般公共服务支出: 103,518,755.35 = 47,473,"
            "029.66 + 4,065,989.69 + 51,979,736.00 (holds)."
        ),
        "T12.row.total_eq_basic_plus_project": (
            "shenzhen-02.pdf 表8, 302 商品和服务支出: 1,805.62 = 491.82 + 1,313.80 (holds)."
        ),
        "T12.row.total_eq_sum_of_parts": (
            "xian-01.pdf 表6 (部门综合预算一般公共预算支出明细表"
            "（按支出经济分类科目）), 合计: 303,312,586.17 = "
            "74,582,857.23 + 4,525,392.94 + 224,204,336.00 (holds)."
        ),
        "T13.row.total_eq_personnel_plus_public_use": (
            "xian-01.pdf 表7, 合计: 79,108,250.17 = 74,582,857.23 + 4,525,392.94 (holds)."
        ),
        "T14.row.total_eq_current_income_plus_carryover": (
            "wuxi-01.pdf 公开02表 prints 本年收入 小计 and 上年结转结余 小计 for every unit."
        ),
        "T18.row.total_eq_sum_of_parts": (
            "shenzhen-01.pdf 项目支出总表 p. 34, 深圳市交通运输局（本级）: 总计 376,936.60 = "
            "一般公共预算拨款 372,569.82 + 政府性基金预算拨款 4,165.00 + 上年结余、结转 201.78 "
            "(holds)."
        ),
        "T18.row.fiscal_subtotal_eq_sum_of_parts": (
            "yantai-01.pdf 项目支出预算情况表 p. 37, 合计: 财政拨款 小计 6,713.45 = "
            "一般公共预算 6,713.45 (holds)."
        ),
        "T18.tree.total_eq_sum_of_top_level": (
            "guangzhou-02.pdf 部门预算项目支出及其他支出预算表 p. 22: 合计 1,505.38 = the five "
            "units 276.00 + 30.00 + 284.00 + 117.44 + 797.94 (holds)."
        ),
        "T18.tree.group_eq_sum_of_rows": (
            "guangzhou-02.pdf 部门预算项目支出及其他支出预算表 p. 22: 广州市气象局 276.00 = "
            "其他运行经费 94.00 + 机构运行辅助经费 14.00 + 业务用房物业管理费 168.00 (holds)."
        ),
        "T15.row.total_eq_basic_plus_project": (
            "xian-01.pdf 表3 prints 合计 and the sources of each unit's "
            "spending, not 基本支出/项目支出: not run."
        ),
        "T16.row.total_eq_sum_of_parts": (
            "yantai-01.pdf 公开表10, 合计: 17,885.86 = 一般公共预算 14,653.97 + 单位资金 "
            "3,231.89 (holds); yantai-06.pdf p. 24, 30211 差旅费: 4.50 ≠ 一般公共预算 5.50 "
            "(the source misprints 5.50, its 表6 prints 4.50)."
        ),
        "T16.row.fiscal_subtotal_eq_sum_of_parts": (
            "yantai-01.pdf 公开表10, 合计: 财政拨款 小计 14,653.97 = 一般公共预算 14,653.97 "
            "(holds)."
        ),
        "T17.row.total_eq_personnel_plus_public_use": (
            "wuxi-01.pdf 公开06表, 合计: 279,627.29 = 262,303.68 + 17,323.61 (holds)."
        ),
        "T24.row.total_eq_basic_plus_project": (
            "wuxi-01.pdf 公开05表, 合计: 475,631.69 = 279,627.29 + 196,004.40 (holds)."
        ),
        "T24.row.basic_eq_personnel_plus_public_use": (
            "wuxi-01.pdf 公开05表, 合计: 基本支出 279,627.29 = 262,303.68 + 17,323.61 (holds)."
        ),
        "T24.row.total_eq_sum_of_parts": (
            "shanghai-08.pdf 预算单位财政拨款支出预算表 (基本支出 not printed as a column), "
            "合计: 7,233,086 = 2,994,733 + 3,968,353 + 270,000 (holds)."
        ),
        "T20.row.total_eq_general_budget_plus_fund_budget": (
            "wuxi-01.pdf 公开13表, 合计: 总计 14,549.77 = 一般公共预算资金 14,353.67 + "
            "其他资金 196.10 (the other sources counted where printed; holds)."
        ),
        "T20.row.fiscal_subtotal_eq_sum_of_parts": (
            "yantai-01.pdf 公开表9 政府采购预算表, 合计: 财政拨款 小计 4,344.41 = 一般公共预算 "
            "4,344.41 (holds)."
        ),
        "T22.row.total_eq_sum_of_parts": (
            "xian-05.pdf 表13 (2022), 合计: “三公” 807,650.00 = 0.00 + 57,650.00 + 750,000.00 "
            "(holds)."
        ),
        "T22.row.vehicles_eq_sum_of_parts": (
            "xian-05.pdf 表13 (2022), 合计: 750,000.00 = 0.00 + 750,000.00 (holds)."
        ),
        "T22.row.grand_total_eq_sum_of_parts": (
            "xian-05.pdf 表13 (2022), 合计: 2,893,950.00 = 807,650.00 + 会议费 165,500.00 + "
            "培训费 1,920,800.00 (holds)."
        ),
        "T22.row.prior_year_total_eq_sum_of_parts": (
            "xian-05.pdf 表13, 合计, 2021年: 57,940.00 = 0.00 + 57,940.00 + 0.00 (holds)."
        ),
        "T22.row.prior_year_vehicles_eq_sum_of_parts": (
            "xian-09.pdf 表13, 合计, 2021年: 500,000.00 = 500,000.00 + 0.00 (holds)."
        ),
        "T22.row.prior_year_grand_total_eq_sum_of_parts": (
            "xian-05.pdf 表13, 合计, 2021年: 2,657,249.50 = 57,940.00 + 679,592.50 + "
            "1,919,717.00 (holds)."
        ),
        "T22.row.change_total_eq_sum_of_parts": (
            "xian-05.pdf 表13, 合计, 增减变化情况: 749,710.00 = 0.00 + -290.00 + 750,000.00 "
            "(holds)."
        ),
        "T22.row.change_vehicles_eq_sum_of_parts": (
            "xian-09.pdf 表13, 合计, 增减变化情况: 200,000.00 = -500,000.00 + 700,000.00 (holds)."
        ),
        "T22.row.change_grand_total_eq_sum_of_parts": (
            "xian-05.pdf 表13, 合计, 增减变化情况: 236,700.50 = 749,710.00 + -514,092.50 + "
            "1,083.00 (holds)."
        ),
        "T22.row.total_fund_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 2026年, 政府性基金预算: "
            "总计 0.00 = 0.00 + 0.00 + 0.00 (holds: no unit spends “三公” from this source)."
        ),
        "T22.row.vehicles_fund_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 2026年, 政府性基金预算: "
            "公务用车购置及运行维护费 0.00 = 0.00 + 0.00 (holds)."
        ),
        "T22.row.total_soe_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 2026年, 国有资本经营预算: "
            "总计 0.00 = 0.00 + 0.00 + 0.00 (holds: no unit spends “三公” from this source)."
        ),
        "T22.row.vehicles_soe_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 2026年, 国有资本经营预算: "
            "公务用车购置及运行维护费 0.00 = 0.00 + 0.00 (holds)."
        ),
        "T22.row.prior_year_total_fund_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 2025年, 政府性基金预算: "
            "总计 0.00 = 0.00 + 0.00 + 0.00 (holds: no unit spends “三公” from this source)."
        ),
        "T22.row.prior_year_vehicles_fund_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 2025年, 政府性基金预算: "
            "公务用车购置及运行维护费 0.00 = 0.00 + 0.00 (holds)."
        ),
        "T22.row.prior_year_total_soe_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 2025年, 国有资本经营预算: "
            "总计 0.00 = 0.00 + 0.00 + 0.00 (holds: no unit spends “三公” from this source)."
        ),
        "T22.row.prior_year_vehicles_soe_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 2025年, 国有资本经营预算: "
            "公务用车购置及运行维护费 0.00 = 0.00 + 0.00 (holds)."
        ),
        "T22.row.change_total_fund_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 增减变化金额, 政府性基金预算: "
            "总计 0.00 = 0.00 + 0.00 + 0.00 (holds: no unit spends “三公” from this source)."
        ),
        "T22.row.change_vehicles_fund_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 增减变化金额, 政府性基金预算: "
            "公务用车购置及运行维护费 0.00 = 0.00 + 0.00 (holds)."
        ),
        "T22.row.change_total_soe_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 增减变化金额, 国有资本经营预算: "
            "总计 0.00 = 0.00 + 0.00 + 0.00 (holds: no unit spends “三公” from this source)."
        ),
        "T22.row.change_vehicles_soe_budget_eq_sum_of_parts": (
            "shenzhen-09.pdf 表9, 深圳市水务局 增减变化金额, 国有资本经营预算: "
            "公务用车购置及运行维护费 0.00 = 0.00 + 0.00 (holds)."
        ),
        # family 2: within a table
        "T1.items.current_year_income_eq_sum_of_parts": (
            "003 表1 L87–98: 一、本年收入 1,003.73 = 一般公共预算拨款 571.55 + 单位资金 432.18 "
            "(holds)."
        ),
        "T1.items.general_budget_eq_sum_of_parts": (
            "004 表1 L97–99: 一般公共预算拨款 4,701.75 = 一般财力 4,549.75 + 上级转移支付 152.00 "
            "(holds)."
        ),
        "T1.items.fund_budget_eq_sum_of_parts": (
            "No corpus document has 基金预算拨款 in the current year (all print it empty)."
        ),
        "T1.items.soe_budget_eq_sum_of_parts": (
            "No corpus document has 国有资本经营预算拨款 (all print it empty)."
        ),
        "T1.items.unit_funds_eq_sum_of_parts": (
            "003 表1 L98–103: 5.单位资金 432.18 = 事业收入 178.03 + 其他收入 254.15 (holds)."
        ),
        "T1.items.carryover_eq_sum_of_parts": (
            "000 表1 L121–126: 二、上年结转结余 454.98 = 财政拨款结转 216.98 + "
            "非财政拨款结转结余 238.00 "
            "(holds)."
        ),
        "T1.items.fiscal_carryover_eq_sum_of_parts": (
            "004 表1 L114–116: 1、财政拨款结转 29,197.23 = 一般公共预算拨款 3,397.23 + "
            "基金预算拨款 "
            "25,800.00 (holds)."
        ),
        "T1.items.nonfiscal_carryover_eq_sum_of_parts": (
            "000 表1 L126–128: 2、非财政拨款结转结余 238.00 = 单位资金 238.00 (holds)."
        ),
        "T1.items.income_total_eq_current_year_income_plus_carryover": (
            "000 表1 L104, L121, L134: 收入总计 1,036.53 = 581.55 + 454.98 (holds)."
        ),
        "T1.sides.income_total_eq_expenditure_total": (
            "004 表1 L126: 收入总计 33,898.98 = 支出总计 33,898.98 (holds)."
        ),
        "T1.sides.expenditure_total_eq_sum_of_classes": (
            "000 表1 L134: 支出总计 1,036.53, its 类 (L104–126) add up to 1,036.52: warning, "
            "within the rounding of 5 items."
        ),
        "T1.items.fiscal_eq_sum_of_parts": (
            "shenzhen-01.pdf 表1: 一、财政拨款 388,561.78 = 一般公共预算拨款 384,396.78 + "
            "政府性基金预算拨款 4,165.00 + 国有资本经营预算拨款 0.00 (holds)."
        ),
        "T4.items.current_year_income_eq_sum_of_parts": (
            "wuxi-01.pdf 公开04表: 一、本年收入 475,631.69 = （一）一般公共预算拨款 475,631.69 "
            "(holds)."
        ),
        "T4.items.carryover_eq_sum_of_parts": (
            "chongqing-01.pdf 表4: 二、上年结转 53,509.60 = 9,375.01 + 44,134.59 (holds)."
        ),
        "T4.items.income_total_eq_current_year_income_plus_carryover": (
            "chongqing-01.pdf 表4: 收入合计 172,283.15 = 本年收入 118,773.55 + 上年结转 "
            "53,509.60 (holds)."
        ),
        "T4.items.fiscal_total_eq_sum_of_parts": (
            "004 表4 L231–232: 一、财政拨款（补助）4,701.75 = 一般公共预算 4,701.75 (holds)."
        ),
        "T4.sides.income_total_eq_expenditure_total": (
            "003 表4 L212: 收入总计 571.55 = 支出总计 571.55 (holds)."
        ),
        "T4.sides.expenditure_total_eq_sum_of_classes": (
            "000 表4 L251: 支出总计 581.55, its 类 (L221–240) add up to 581.54 in 合计 and in "
            "一般公共预算: two warnings, within the rounding of 4 items."
        ),
        # 西安's 表1/表4: the income list, the function list and the two economic lists.
        "T1.items.department_budget_eq_sum_of_parts": (
            "xian-05.pdf 表1 p. 36: 一、部门预算 2,273,583,740.03 = 1、财政拨款 2,271,233,740.03 + "
            "6、其他收入 2,350,000.00 (上级补助收入 … 附属单位上缴收入 0.00; holds)."
        ),
        "T1.items.current_year_expenditure_eq_budget_expenditure": (
            "xian-05.pdf 表1 p. 36, 支出功能分类: 本年支出合计 2,271,233,740.03 = 一、部门预算 "
            "2,271,233,740.03 (holds)."
        ),
        "T1.items.dept_budget_eq_sum_of_parts": (
            "xian-05.pdf 表1 p. 36, 部门预算支出经济分类: 一、部门预算 2,271,233,740.03 = "
            "1、人员经费和公用经费支出 116,390,476.03 + 2、专项业务经费支出 2,154,843,264.00 "
            "(3、4、5 0.00; holds)."
        ),
        "T1.items.dept_basic_eq_sum_of_parts": (
            "xian-05.pdf 表1 p. 36: 1、人员经费和公用经费支出 116,390,476.03 = 工资福利支出 "
            "99,633,217.06 + 商品和服务支出 12,053,860.87 + 对个人和家庭的补助 4,703,398.10 + "
            "资本性支出 0.00 (holds)."
        ),
        "T1.items.dept_project_eq_sum_of_parts": (
            "xian-05.pdf 表1 p. 36: 2、专项业务经费支出 2,154,843,264.00 = 商品和服务支出 "
            "137,655,088.00 + 对个人和家庭补助 6,386,000.00 + 资本性支出 2,010,802,176.00 (the "
            "others 0.00; holds)."
        ),
        "T1.items.dept_total_eq_sum_of_parts": (
            "xian-05.pdf 表1 p. 36, 部门预算支出经济分类: 支出总计 2,273,583,740.03 = 一、部门预算 "
            "2,271,233,740.03 + 结转下年 2,350,000.00 + 未安排支出的实户资金 0.00 (holds)."
        ),
        "T1.items.gov_budget_eq_sum_of_parts": (
            "xian-05.pdf 表1 p. 36, 政府预算支出经济分类: 一、部门预算 2,271,233,740.03 = "
            "40,590,512.97 + 34,686,426.53 + 9,897,076.00 + 174,065,226.43 + 2,000,905,100.00 + "
            "11,089,398.10 (机关工资福利 … 对个人和家庭的补助, the others 0.00; holds)."
        ),
        "T1.items.gov_total_eq_sum_of_parts": (
            "xian-05.pdf 表1 p. 36, 政府预算支出经济分类: 支出总计 2,273,583,740.03 = 一、部门预算 "
            "2,271,233,740.03 + 结转下年 2,350,000.00 + 未安排支出的实户资金 0.00 (holds)."
        ),
        "T4.items.current_year_expenditure_eq_budget_expenditure": (
            "xian-05.pdf 表4 p. 39, 支出功能分类: 本年支出合计 2,271,233,740.03 = 一、财政拨款 "
            "2,271,233,740.03 (holds)."
        ),
        "T4.items.dept_budget_eq_sum_of_parts": (
            "xian-10.pdf 表4 p. 44, 部门预算支出经济分类: 一、财政拨款 703,768,605.79 = "
            "1、人员经费和公用经费支出 149,875,645.79 + 2、专项业务经费支出 553,892,960.00 (holds)."
        ),
        "T4.items.dept_basic_eq_sum_of_parts": (
            "xian-10.pdf 表4 p. 44: 1、人员经费和公用经费支出 149,875,645.79 = 140,958,644.42 + "
            "7,326,734.93 + 1,590,266.44 + 0.00 (holds)."
        ),
        "T4.items.dept_project_eq_sum_of_parts": (
            "xian-10.pdf 表4 pp. 44–45: 2、专项业务经费支出 553,892,960.00 = 工资福利支出 "
            "500,000.00 + 商品和服务支出 211,118,460.00 + 对个人和家庭补助 340,340,000.00 + "
            "资本性支出(基本建设) 1,004,500.00 + 资本性支出 930,000.00 (holds, over the page)."
        ),
        "T4.items.dept_total_eq_sum_of_parts": (
            "xian-10.pdf 表4 p. 45: 支出总计 703,768,605.79 = 一、财政拨款 703,768,605.79 (2021 "
            "prints no 结转下年 in 表4; holds)."
        ),
        "T4.items.gov_budget_eq_sum_of_parts": (
            "xian-10.pdf 表4 p. 44, 政府预算支出经济分类: 一、财政拨款 703,768,605.79 = "
            "45,443,293.74 + 196,896,096.85 + 870,000.00 + 1,004,500.00 + 117,564,448.76 + "
            "60,000.00 + 341,930,266.44 (the others 0.00; holds)."
        ),
        "T4.items.gov_total_eq_sum_of_parts": (
            "xian-05.pdf 表4 p. 39, 政府预算支出经济分类: 支出总计 2,271,233,740.03 = 一、财政拨款 "
            "2,271,233,740.03 + 结转下年 0.00 (holds)."
        ),
        # 西安's 表25 政府性基金收支表: the same four lists, each closing with 本年支出合计.
        "T25.items.income_total_eq_fund_budget": (
            "xian-10.pdf 表25 p. 59: 本年收入合计 167,781,553.36 = 一、政府性基金拨款 "
            "167,781,553.36 (holds)."
        ),
        "T25.items.dept_current_year_eq_sum_of_parts": (
            "xian-10.pdf 表25 p. 59, 部门预算支出经济分类: 本年支出合计 167,781,553.36 = "
            "一、人员经费和公用经费支出 4,968,593.36 + 二、专项业务经费支出 162,812,960.00 "
            "(三、四、五 0.00; holds)."
        ),
        "T25.items.dept_basic_eq_sum_of_parts": (
            "xian-10.pdf 表25 p. 59: 一、人员经费和公用经费支出 4,968,593.36 = 工资福利支出 "
            "4,952,793.36 + 商品和服务支出 0.00 + 对个人和家庭的补助 15,800.00 + 其他资本性支出 "
            "0.00 (holds)."
        ),
        "T25.items.dept_project_eq_sum_of_parts": (
            "xian-10.pdf 表25 p. 59: 二、专项业务经费支出 162,812,960.00 = 商品和服务支出 "
            "162,812,960.00 (the other classes 0.00; holds)."
        ),
        "T25.items.gov_current_year_eq_sum_of_parts": (
            "xian-10.pdf 表25 p. 59, 政府预算支出经济分类: 本年支出合计 167,781,553.36 = "
            "机关商品和服务支出 149,000,000.00 + 对事业单位经常性补助 18,765,753.36 + "
            "对个人和家庭的补助 15,800.00 (the others 0.00; holds)."
        ),
        "T25.sides.income_total_eq_expenditure_total": (
            "xian-10.pdf 表25 p. 59: 本年收入合计 167,781,553.36 = 本年支出合计 167,781,553.36 "
            "(holds)."
        ),
        "T25.sides.expenditure_total_eq_sum_of_classes": (
            "xian-09.pdf 表25 p. 64: 本年支出合计 3,031,779,608.00 = its 14 类, 212 城乡社区支出 "
            "3,031,779,608.00 and the others 0.00 (holds)."
        ),
        "T10.items.total_eq_sum_of_parts": (
            "000 表10 L381–384: 合计 10.45 = 公务接待费 0.45 + 公务用车购置及运行费 10.00 (holds)."
        ),
        "T10.items.vehicles_eq_sum_of_parts": (
            "004 表10 L433–435: 小计 22.50 = 公务用车运行费 22.50 (holds)."
        ),
        "T2.tree.parent_eq_sum_of_children": (
            "004 表2 L147–150: 20805 行政事业单位养老支出 382.95, its 项 add up to 164.33 + "
            "19.89 + "
            "198.74 = 382.96: warning in 总计, 小计 and 一般公共预算 (rounding of 3 items)."
        ),
        "T2.tree.total_eq_sum_of_top_level": (
            "000 表2 L147: 总计 1,036.53, its 类 add up to 1,036.52 (and 581.55 vs 581.54 in 小计 "
            "and 一般公共预算): warnings."
        ),
        "T3.tree.parent_eq_sum_of_children": (
            "004 表3 L199–202: 20805 382.95 vs 382.96 in 合计 and 基本支出: warnings."
        ),
        "T3.tree.total_eq_sum_of_top_level": (
            "000 表3 L189: 总计 1,036.53 / 581.55 vs its 类 1,036.52 / 581.54: warnings."
        ),
        "T5.tree.parent_eq_sum_of_children": (
            "004 表5 L280–283: 20805 382.95 vs 382.96 in 合计 and 基本支出: warnings."
        ),
        "T5.tree.total_eq_sum_of_top_level": (
            "000 表5 L265: 总计 581.55 vs its 类 581.54 in 合计 and 基本支出: warnings."
        ),
        "T6.tree.parent_eq_sum_of_children": (
            "001 表6 L700–706: 303 对个人和家庭的补助 39.76, its 款 add up to 20.96 + 3.34 + "
            "15.47 = "
            "39.77 in 合计 and 人员经费: warnings."
        ),
        "T6.tree.total_eq_sum_of_top_level": (
            "000 表6 L294: 总计 581.55 / 人员经费 521.93 vs its 类 581.54 / 521.92: warnings."
        ),
        "T7.tree.parent_eq_sum_of_children": (
            "004 表7 L359–368, L377: 215 228.53 = 21505 76.53 + 21508 152.00; 21508 152.00 = two "
            "projects 82.00 + 70.00 printed either side of a page break (holds)."
        ),
        "T7.tree.total_eq_sum_of_top_level": (
            "004 表7 L354: 总计 2,341.81 = units 2,297.20 + 10.28 + 34.33 (holds)."
        ),
        "T7.tree.unit_eq_sum_of_rows": (
            "004 表7 L355: 乌鲁木齐市工业和信息化局 2,297.20 = 206 2,068.67 + 215 228.53 (holds)."
        ),
        "T8.tree.parent_eq_sum_of_children": _NO_FIGURES,
        "T8.tree.total_eq_sum_of_top_level": _NO_FIGURES,
        "T9.tree.parent_eq_sum_of_children": _NO_FIGURES,
        "T9.tree.total_eq_sum_of_top_level": _NO_FIGURES,
        "T11.tree.total_eq_sum_of_top_level": (
            "004 表11 L449: 总计 29,197.23 = the unit row 29,197.23 (holds)."
        ),
        "T11.tree.unit_eq_sum_of_rows": (
            "004 表11 L450–461: the unit row 29,197.23 = its eleven projects (holds)."
        ),
        # family 2, the templates beyond Xinjiang's
        "T16.tree.parent_eq_sum_of_children": (
            "shenzhen-01.pdf 表4, 301 工资福利支出 8,305.83 = 基本工资 … 其他工资福利支出 "
            "(holds; the codes found by name)."
        ),
        "T16.tree.total_eq_sum_of_top_level": (
            "guangzhou-01.pdf 表11, 合计 12,634.14 = the four unit rows (holds)."
        ),
        "T16.tree.unit_eq_sum_of_rows": (
            "shenzhen-01.pdf 表4, 深圳市交通运输局（本级） 11,826.97 = 301 8,305.83 + 302 "
            "2,665.51 + 303 855.63 (holds)."
        ),
        "T17.tree.parent_eq_sum_of_children": (
            "wuxi-01.pdf 公开06表, 301 工资福利支出 246,622.47 = 30101 … 30199 (holds)."
        ),
        "T17.tree.total_eq_sum_of_top_level": (
            "wuxi-01.pdf 公开06表, 合计 279,627.29 = 301 + 302 + 303 (holds); wuxi-03.pdf "
            "p. 27: 合计 26,790.33 ≠ the 类 rows 26,790.31, as in its 公开08表."
        ),
        "T12.tree.parent_eq_sum_of_children": (
            "shenzhen-02.pdf 表8, 301 工资福利支出 = the sum of 30101 … 30199 (holds)."
        ),
        "T12.tree.total_eq_sum_of_top_level": (
            "xian-01.pdf 表6, 合计 = 301 + 302 + 303 + … (holds)."
        ),
        "T13.tree.parent_eq_sum_of_children": (
            "xian-01.pdf 表7, 20106 财政事务 = 2010601 + 2010602 + … (holds)."
        ),
        "T13.tree.total_eq_sum_of_top_level": (
            "xian-01.pdf 表7, 合计 79,108,250.17 = the sum of its 类 rows (holds)."
        ),
        "T14.units.unit_eq_sum_of_units": (
            "xian-09.pdf 表2 pp. 42-43 (2022), 251 西安市自然资源和规划局, 部门预算 "
            "3,720,011,901.80 = 251001 466,513,902.73 + … + 251016 49,053,839.28, three units on "
            "p. 43 (holds in all ten 西安 documents and every 江苏 one printing codes)."
        ),
        "T14.units.total_eq_sum_of_top_units": (
            "wuxi-01.pdf 收入总表 p. 16, 合计 512,434.34 = 305 无锡市教育局 512,434.34 (holds "
            "wherever codes are printed); guangzhou-05.pdf p. 7 (no codes), 合计 119,257.52 = "
            "118,260.15 + 997.37 (holds); guangzhou-08.pdf p. 8, 合计 266,705.55 against its 19 "
            "units' 266,705.52: a warning, within the rounding of 19 items."
        ),
        "T15.units.unit_eq_sum_of_units": (
            "xian-01.pdf 表3 p. 27 (2026), 116 西安市财政局 合计 303,312,586.17 = 116001 "
            "243,320,262.84 + 116003 33,443,514.04 + … + its other five units (holds in all "
            "ten 西安 documents)."
        ),
        "T15.units.total_eq_sum_of_top_units": (
            "xian-06.pdf 表3 p. 24 (2026), 合计 3,444,476,979.18 = 153 西安市公安局 "
            "3,444,476,979.18 (holds in all ten 西安 documents)."
        ),
        "T22.units.unit_eq_sum_of_units": (
            "xian-02.pdf 表13 (2026), 119 西安市统计局, 当年 合计 913,900.00 = 119001 888,900.00 "
            "+ 119002 5,000.00 + 119003 20,000.00 (holds in all ten 西安 documents)."
        ),
        "T22.units.total_eq_sum_of_top_units": (
            "xian-02.pdf 表13 (2026), 合计 913,900.00 = 119 西安市统计局 913,900.00 (holds in "
            "all ten 西安 documents)."
        ),
        "T24.tree.parent_eq_sum_of_children": (
            "wuxi-01.pdf 公开05表, 2050203 … 2050205 under 20502 普通教育 (holds); "
            "wuxi-06.pdf 公开05表 prints 21999 其他支出 twice under 219 (a source error, as in "
            "its 公开03表 and 公开07表)."
        ),
        "T24.tree.total_eq_sum_of_top_level": (
            "suzhou-02.pdf 公开05表, 合计 242,360.10 = 208 + 214 + … (holds)."
        ),
        "T20.items.total_eq_sum_of_parts": (
            "suzhou-01.pdf 公开13表, 合计 393.00 = 货物 20.00 + 服务 373.00 (holds); "
            "chongqing-02.pdf 2026年政府采购预算明细表, 合计 110,390.99 = A 货物 6,005.76 + "
            "B 工程 6,599.50 + C 服务 97,785.73 (holds)."
        ),
        "T21.tree.parent_eq_sum_of_children": (
            "suzhou-01.pdf 公开12表, 302 商品和服务支出 223.66 = 30201 … 30299 (holds)."
        ),
        "T21.tree.total_eq_sum_of_top_level": (
            "suzhou-01.pdf 公开12表, 合计 223.66 = 302 商品和服务支出 (holds)."
        ),
        # family 3: across tables
        "cross.T2_total_eq_T1_income_total": "004 表2 L139 总计 33,898.98 = 表1 L126 收入总计 "
        "(holds).",
        "cross.T2_fiscal_subtotal_eq_T1_fiscal_items": (
            "004 表2 L139 小计 4,701.75 = 表1 L97 一般公共预算拨款 4,701.75 (holds)."
        ),
        "cross.T2_general_budget_eq_T1_general_budget_own": (
            "004 表2 L139 一般公共预算 4,549.75 = 表1 L98 一般财力 4,549.75 (holds)."
        ),
        "cross.T2_general_budget_transfer_eq_T1_general_budget_transfer": (
            "004 表2 L139 上级一般公共预算安排的转移支付 152.00 = 表1 L99 (holds)."
        ),
        "cross.T2_fund_budget_eq_T1_fund_budget_own": "No corpus document has this money.",
        "cross.T2_fund_budget_transfer_eq_T1_fund_budget_transfer": "No corpus document has this "
        "money.",
        "cross.T2_soe_budget_eq_T1_soe_budget_own": "No corpus document has this money.",
        "cross.T2_soe_budget_transfer_eq_T1_soe_budget_transfer": "No corpus document has this "
        "money.",
        "cross.T2_special_account_eq_T1_special_account": "No corpus document has this money.",
        "cross.T2_unit_funds_eq_T1_unit_funds": (
            "003 表2 L142–143 单位资金 432.18 (printed one cell right, read back by the parser) = "
            "表1 L98 5.单位资金 432.18 (holds)."
        ),
        "cross.T2_fiscal_carryover_eq_T1_fiscal_carryover": (
            "000 表2 L147 财政拨款结转 216.98 = 表1 L122 (holds)."
        ),
        "cross.T2_nonfiscal_carryover_eq_T1_nonfiscal_carryover": (
            "000 表2 L147 非财政拨款结转结余 238.00 = 表1 L126 (holds)."
        ),
        "cross.T3_total_eq_T1_expenditure_total": (
            "003 表3 L168 合计 1,003.73 = 表1 L117 支出总计 (holds)."
        ),
        "cross.T14_total_eq_T1_income_total": (
            "suzhou-01.pdf 公开02表 p. 13 合计 186,241.00 = 公开01表 p. 12 收入总计 186,241.00; "
            "xian-10.pdf 表14 p. 42 合计 872,031,967.20 = 表1 p. 39 收入总计, 上年实户资金余额 "
            "19,968,361.41 included (holds)."
        ),
        "cross.T15_total_eq_T1_current_year_expenditure": (
            "xian-06.pdf 表15 合计 3,444,476,979.18 = 表1 本年支出合计 3,444,476,979.18 (holds; "
            "2022 prints the 合计 under 部门预算 only: xian-05 2,271,233,740.03, 结转下年 "
            "2,350,000.00 outside it)."
        ),
        "cross.T3_eq_T2_per_code": "001 表3 L477 2011301 359.11 = 表2 L340 359.11 (holds).",
        "cross.T1_class_eq_T3_class": "004 表1 L101 206 5,340.70 = 表3 L192 (holds).",
        "cross.T4_general_budget_eq_T1_general_budget": (
            "000 表4 L222 一般公共预算 581.55 = 表1 L105 一般公共预算拨款 (holds)."
        ),
        "cross.T4_fund_budget_eq_T1_fund_budget": "No corpus document has this money.",
        "cross.T4_soe_budget_eq_T1_soe_budget": "No corpus document has this money.",
        "cross.T5_total_eq_T4_general_budget": "004 表5 L275 4,701.75 = 表4 L261 (holds).",
        "cross.T5_class_eq_T4_class_general_budget": (
            "004 表5 L288 215 1,956.17 = 表4 L245 一般公共预算 1,956.17 (holds)."
        ),
        "cross.T6_total_eq_T5_basic": "003 表6 L277 561.95 = 表5 L237 基本支出 561.95 (holds).",
        "cross.T7_total_eq_T5_project": "004 表7 L354 2,341.81 = 表5 L275 项目支出 (holds).",
        "cross.T8_total_eq_T4_fund_budget": (
            "004: 表8 empty (L400) and 表4 政府性基金预算 empty (L261) (holds; the 25,800.00 of "
            "fund "
            "money is last year's carry-over, 表1 L116, which neither 表4 nor 表8 covers)."
        ),
        "cross.T9_total_eq_T4_soe_budget": "000: 表9 empty and 表4 国有资本经营预算 empty (holds).",
        "cross.T24_total_eq_T4_total": (
            "wuxi-01.pdf 公开05表 合计 475,631.69 = 公开04表 支出总计 475,631.69 (holds)."
        ),
        "cross.T24_class_eq_T4_class": (
            "wuxi-01.pdf 公开05表 205 教育支出 336,653.50 = 公开04表 （五）教育支出 336,653.50 "
            "(holds)."
        ),
        "cross.T18_total_eq_T3_project": (
            "yantai-01.pdf 公开表11 项目支出预算情况表 合计 15,148.45 = 公开表3 合计 项目支出 "
            "15,148.45 (holds in the ten 烟台 documents)."
        ),
        "cross.T16_total_eq_T3_basic": (
            "yantai-01.pdf 公开表10 合计 17,885.86 = 公开表3 基本支出 17,885.86 (holds)."
        ),
        "cross.T16_general_budget_eq_T6_total": (
            "yantai-01.pdf 公开表10 一般公共预算 14,653.97 = 公开表6 合计 14,653.97 (holds)."
        ),
        "cross.T17_total_eq_T24_basic": (
            "wuxi-01.pdf 公开06表 合计 279,627.29 = 公开05表 基本支出 279,627.29 (holds)."
        ),
        "cross.T17_total_eq_T6_T8_T9_basic": (
            "wuxi-01.pdf 公开06表 合计 279,627.29 = 公开08表 279,627.29 + 公开10表 and "
            "公开11表 基本支出 (empty) (holds)."
        ),
        "cross.T6_30217_eq_T10_reception": "000 表6 L312 30217 0.45 = 表10 L383 0.45 (holds).",
        "cross.T6_30231_eq_T10_vehicle_operation": (
            "004 表6 L334 30231 22.50 = 表10 L435 22.50 (holds)."
        ),
        "cross.T1_department_economic_total_eq_expenditure_total": (
            "xian-05.pdf 表1 p. 36: 部门预算支出经济分类 支出总计 2,273,583,740.03 = 支出功能分类 "
            "支出总计 2,273,583,740.03 (holds)."
        ),
        "cross.T1_government_economic_total_eq_expenditure_total": (
            "xian-05.pdf 表1 p. 36: 政府预算支出经济分类 支出总计 2,273,583,740.03 = 支出功能分类 "
            "支出总计 2,273,583,740.03 (holds)."
        ),
        "cross.T4_department_economic_total_eq_expenditure_total": (
            "xian-10.pdf 表4 p. 45: 部门预算支出经济分类 支出总计 703,768,605.79 = 支出功能分类 "
            "支出总计 703,768,605.79 (holds)."
        ),
        "cross.T4_government_economic_total_eq_expenditure_total": (
            "xian-10.pdf 表4 p. 45: 政府预算支出经济分类 支出总计 703,768,605.79 = 支出功能分类 "
            "支出总计 703,768,605.79 (holds)."
        ),
        "cross.T25_department_economic_total_eq_expenditure_total": (
            "xian-10.pdf 表25 p. 59: 部门预算支出经济分类 本年支出合计 167,781,553.36 = "
            "支出功能分类 本年支出合计 167,781,553.36 (holds)."
        ),
        "cross.T25_government_economic_total_eq_expenditure_total": (
            "xian-10.pdf 表25 p. 59: 政府预算支出经济分类 本年支出合计 167,781,553.36 = "
            "支出功能分类 本年支出合计 167,781,553.36 (holds)."
        ),
        "cross.T25_fund_budget_eq_T1_fund_budget": (
            "xian-10.pdf 表25 p. 59 政府性基金拨款 167,781,553.36, 表1 p. 39 (2)政府性基金拨款 "
            "printed 167781553.4: holds at 表1's one decimal (167781553.4 = 167781553.4)."
        ),
        "cross.T11_total_eq_T1_carryover": "000 表11 L400 454.98 = 表1 L121 (holds).",
        "cross.T11_fiscal_total_eq_T1_fiscal_carryover": "000 表11 L400 216.98 = 表1 L122 (holds).",
        "cross.T11_nonfiscal_total_eq_T1_nonfiscal_carryover": (
            "000 表11 L400 238.00 = 表1 L126 (holds)."
        ),
        # family 4: codes
        "codes.wrong_scheme": "No corpus document mixes the two classifications.",
        "codes.unknown": (
            "No corpus document prints a code no edition has. The real Chongqing "
            "chongqing-03.pdf 表2 prints 21598 超长期特别国债安排的支出, a 款 no edition of the "
            "tables has: info, the tables being partial under 215 (see [codes.md](codes.md))."
        ),
        "codes.name_mismatch": (
            "003 表5 L225: 201 printed 一般公共预算支出, the classification says 一般公共服务支出; "
            "003 表4 L211: 234 printed 抗疫特别国债还本支出, the classification says "
            "抗疫特别国债安排的支出 (both recorded misprints): warnings."
        ),
        "codes.wrong_parent": "No corpus document prints a 项 under another 款.",
        "codes.other_edition": (
            "The real guangzhou-10.pdf (2026) 表3 prints 2210399, which no 2026 document in "
            "reach prints with its name: the 2024 edition answered for it (info)."
        ),
        # family 5: narrative against tables (L = line of the sentence, then of the cell)
        "narrative.budget.total_eq_T1_income_total": (
            "000 L411 收支总预算 1,036.53 = 表1 L134 收入总计 1,036.53 (holds)."
        ),
        "narrative.income.total_eq_T1_income_total": (
            "004 L475 收入预算 33,898.98 = 表1 L126 收入总计 (holds)."
        ),
        "narrative.income.general_budget_eq_T1": (
            "004 L475 一般公共预算 4,549.75 = 表1 L98 其中：一般财力 4,549.75, not L97 "
            "一般公共预算拨款 4,701.75: L479 states 上级一般公共预算安排的转移支付资金 152.00 "
            "apart (holds)."
        ),
        "narrative.income.general_budget_transfer_eq_T1": (
            "004 L479 上级一般公共预算安排的转移支付资金 152.00 = 表1 L99 (holds); 000 L423 "
            "未安排 = 表1 L107, empty (holds)."
        ),
        "narrative.income.fund_budget_eq_T1": (
            "000 L425 政府性基金预算 0.00 = 表1 L109 其中：政府性基金收入, empty (holds)."
        ),
        "narrative.income.fund_budget_transfer_eq_T1": (
            "003 L366 上级政府性基金安排的转移支付资金未安排 = 表1 L93, empty (holds)."
        ),
        "narrative.income.soe_budget_eq_T1": (
            "000 L429 国有资本经营预算 0.00 = 表1 L112 其中：国有资本经营收入, empty (holds)."
        ),
        "narrative.income.soe_budget_transfer_eq_T1": (
            "000 L431 上级国有资本经营预算安排的转移支付资金未安排 = 表1 L113, empty (holds)."
        ),
        "narrative.income.special_account_eq_T1": (
            "No corpus document states 财政专户管理资金 in part 3 (all four print 表1 财政专户核拨 "
            "empty)."
        ),
        "narrative.income.unit_funds_eq_T1": (
            "003 L372 单位资金 432.18 = 表1 L98 5.单位资金 432.18 (holds)."
        ),
        "narrative.income.fiscal_carryover_eq_T1": (
            "004 L489 财政拨款结转 29,197.23 = 表1 L114 1、财政拨款结转 (holds)."
        ),
        "narrative.income.nonfiscal_carryover_eq_T1": (
            "000 L437 非财政拨款结转结余 238.00 = 表1 L126 (holds)."
        ),
        "narrative.expenditure.total_eq_T3_total": (
            "001 L920 支出预算 815.12 = 表3 L471 总计 815.12 (holds)."
        ),
        "narrative.expenditure.basic_eq_T3_basic": (
            "003 L378 基本支出 561.95 = 表3 L168 合计, 基本支出 561.95 (holds)."
        ),
        "narrative.expenditure.project_eq_T3_project": (
            "004 L497 项目支出 31,539.04 = 表3 L191 总计, 项目支出 (holds)."
        ),
        "narrative.fiscal.total_eq_T4_income_total": (
            "000 L447 财政拨款收支总预算 581.55 = 表4 L251 收入总计 (holds)."
        ),
        "narrative.fiscal.general_budget_eq_T4_general_budget": (
            "004 L505 一般公共预算拨款 4,701.75 = 表4 L232 收入 一般公共预算 (holds)."
        ),
        "narrative.general.total_eq_T5_total": (
            "004 L513 一般公共预算拨款合计 4,701.75 = 表5 L275 总计 (holds)."
        ),
        "narrative.general.basic_eq_T5_basic": (
            "003 L404 基本支出 561.95 = 表5 L237 合计, 基本支出 (holds)."
        ),
        "narrative.general.project_eq_T5_project": (
            "000 L463 项目支出 0.00 = 表5 L265 总计, 项目支出 empty (holds)."
        ),
        "narrative.general.class_eq_T5_class": (
            "004 L524 资源勘探工业信息等支出（类）1,956.17 = 表5 L288 215 (holds)."
        ),
        "narrative.general.item_eq_T5_item": (
            "001 L991 一般公共服务支出（类）商贸事务（款）事业运行（项）130.45 = 表5 L617 2011350 "
            "(holds); 000 L476 其他商贸事务支出（项）0.00 has no 表5 row: not compared."
        ),
        "narrative.basic.total_eq_T6_total": (
            "000 L496 一般公共预算基本支出 581.55 = 表6 L294 总计 (holds)."
        ),
        "narrative.basic.personnel_eq_T6_personnel": (
            "001 L1048 人员经费 489.12 = 表6 L660 总计, 人员经费 (holds)."
        ),
        "narrative.basic.public_use_eq_T6_public_use": (
            "004 L562 公用经费 208.17 = 表6 L310 总计, 公用经费 (holds)."
        ),
        "narrative.project.amount_eq_T7_project": (
            "004 L654 ppp项目咨询服务费 28.00 = 表7 L365 PPP项目咨询服务费 28.00 (letter case "
            "ignored; holds)."
        ),
        "narrative.three_public.total_eq_T10": (
            "000 L516 财政拨款“三公”经费 10.45 = 表10 L381 合计 (holds)."
        ),
        "narrative.three_public.outbound_travel_eq_T10": (
            "000 L516 因公出国（境）费 0 = 表10 L382, empty (holds)."
        ),
        "narrative.three_public.vehicles_eq_T10": (
            "No corpus document states 公务用车购置及运行费 as one figure (all give its parts)."
        ),
        "narrative.three_public.vehicle_purchase_eq_T10": (
            "000 L516 公务用车购置费 0 = 表10 L385, empty (holds)."
        ),
        "narrative.three_public.vehicle_operation_eq_T10": (
            "004 L714 公务用车运行费 22.50 = 表10 L435 (holds)."
        ),
        "narrative.three_public.reception_eq_T10": (
            "003 L494 公务接待费 3.00 = 表10 L339 (holds)."
        ),
        "narrative.carryover.total_eq_T11_total": (
            "004 L722 上年结转结余 29,197.23 = 表11 L449 总计 (holds)."
        ),
        "narrative.carryover.fiscal_eq_T11_fiscal_total": (
            "000 L522 财政拨款 216.98 = 表11 L400 总计, 财政拨款合计 (holds)."
        ),
        "narrative.carryover.nonfiscal_eq_T11_nonfiscal_total": (
            "000 L522 非财政拨款 238.00 = 表11 L400 总计, 非财政拨款合计 (holds)."
        ),
        "narrative.carryover.project_eq_T11_project": (
            "000 L528 州工信局2023年中国产业转移发展对接活动（新疆）项目经费 184.38 = 表11 L404 "
            "(holds)."
        ),
        "narrative.operating.total_eq_T6_public_use": (
            "003 L502 机关运行经费 30.23 = 表6 L277 合计, 公用经费 (holds)."
        ),
        "narrative.operating.total_eq_T21_total": (
            "suzhou-01.pdf part 3 一般公共预算机关运行经费预算支出 223.66 = 公开12表 合计 "
            "(holds in all 17 documents of 苏州 and 无锡)."
        ),
        "narrative.procurement.goods_eq_T20": (
            "suzhou-01.pdf part 3 拟采购货物支出 20 = 公开13表 货物, 总计 20.00 (holds)."
        ),
        "narrative.procurement.works_eq_T20": (
            "wuxi-01.pdf part 3 拟采购工程支出 6,594.74 = 公开13表 工程, 总计 (holds)."
        ),
        "narrative.procurement.services_eq_T20": (
            "suzhou-01.pdf part 3 拟采购服务支出 373 = 公开13表 服务, 总计 373.00 (holds)."
        ),
        "narrative.three_public.total_eq_T22": (
            "xian-05.pdf part 3 一般公共预算“三公”经费预算支出 80.77 万元 = 表13 合计 "
            "807,650.00 元 (holds; xian-07 203.31, xian-09 82.90 too)."
        ),
        "narrative.three_public.outbound_travel_eq_T22": (
            "xian-05.pdf part 3 因公出国（境）经费 0 = 表13 合计 0.00 (holds)."
        ),
        "narrative.three_public.reception_eq_T22": (
            "xian-05.pdf part 3 公务接待费 5.77 万元 = 表13 合计 57,650.00 元 (holds)."
        ),
        "narrative.three_public.vehicle_purchase_eq_T22": (
            "xian-05.pdf part 3 公务用车购置费 0 = 表13 合计 0.00 (holds)."
        ),
        "narrative.three_public.vehicle_operation_eq_T22": (
            "xian-05.pdf part 3 公务用车运行维护费 75 万元 = 表13 合计 750,000.00 元 (holds)."
        ),
        "narrative.three_public.meetings_eq_T22": (
            "xian-05.pdf part 3 一般公共预算会议费预算支出 16.55 万元 = 表13 合计 165,500.00 元 "
            "(holds)."
        ),
        "narrative.three_public.training_eq_T22": (
            "xian-05.pdf part 3 一般公共预算培训费预算支出 192.08 万元 = 表13 合计 1,920,800.00 元 "
            "(holds)."
        ),
        "narrative.share.recomputed": (
            "001 L887–889 一般公共预算 610.48 of 收入预算 815.12 is 74.89%, printed 占 74.90% "
            "(L922 prints 74.89% for the same two figures): within rounding, warning."
        ),
        "narrative.change_pct.recomputed": (
            "000 L480 减少 2.51 of last year's 55.71 is 4.51%, printed 下降 4.50%; 000 L536 "
            "1.91 of 61.53 is 3.10%, printed 3.11%: within rounding, warnings."
        ),
        # family 6: completeness
        "completeness.table_missing": (
            "003 has ten tables, no 表11 (its contents L14–25 list ten); 表1 L104 shows no "
            "上年结转结余, so nothing is lost: info."
        ),
        "completeness.empty_table_contradicted": (
            "000 表7 L338 says it is empty and 表5 L265 has no 项目支出 (holds)."
        ),
        "completeness.empty_statement_contradicted": (
            "000 表8 L353 says it is empty and prints no amount (holds)."
        ),
        "completeness.nothing_read": (
            "000 reads 267 amounts into eight standard tables (holds). A real 2026 Beijing "
            "PDF prints no table and its narrative is read (49 of 49 figures, holds); one "
            "whose projects state their funds in 亿元 is read too (55 of 55, holds)."
        ),
        "completeness.tables_not_printed": (
            "000 prints its tables (holds). The real 2026 Beijing PDFs print 第二部分 "
            "2026年度部门预算报表 as a bare heading and publish the tables in another file: "
            "error, the document's own."
        ),
        "completeness.amounts_unread": (
            "004 表7 L343 prints 51 amounts, all read (holds); its header row "
            "类 款 项 1 2 … 11 numbers columns and holds no amount."
        ),
        "completeness.low_coverage": (
            "001 (flattened text): 241 table amounts, all read (holds). The Jiangsu 2019 PDF "
            "keeps 155 of its 216 table amounts only in generic grids (收支预算总表 …): "
            "28.2 %, error."
        ),
        # not a rule: what a rule gives instead of running on a table without its columns
        "validate.rule_skipped": (
            "003 表2 L127–128 prints no 上级国有资本经营预算安排的转移支付: "
            "T2.row.fiscal_subtotal_eq_sum_of_parts and "
            "cross.T2_soe_budget_transfer_eq_T1_soe_budget_transfer are not run on it (two "
            "infos, `column` soe_budget_transfer). The Jiangsu 2019 PDF's 表5 "
            "(一般公共预算支出预算表（功能科目）) prints 金额 alone: its 18 rows were errors of "
            "T5.row.total_eq_basic_plus_project (金额 ≠ 0 + 0); now one info, `column` "
            "basic,project."
        ),
    }
)


def example_for(rule: str) -> str:
    """The example of a rule (``""`` when none is recorded)."""
    return EXAMPLES.get(rule, "")
