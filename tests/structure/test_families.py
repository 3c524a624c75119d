"""Template families and printed numbers (issue 15).

The excerpts are lines of the real PDFs of ``../shared/corpus/real`` as the PDF reader
gives them (cells joined by tabs): Suzhou's 公开NN表 (江苏), Yantai's 公开表N with the
title on the next line (山东), Xinjiang's 表N (the corpus texts).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xjbudget import parse_text
from xjbudget.catalog import FAMILIES, NATIONAL, family_named, family_of
from xjbudget.model import GenericTable, Table

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

# suzhou-01.pdf, pages 12 and 14 (公开01表 收支总表 cut to its first rows, 公开03表 支出总表).
JIANGSU = """2026年度苏州市科学技术局单位预算公开
第二部分 2026年度单位预算表
公开01表
收支总表
单位：苏州市科学技术局 单位：万元
收入\t\t支出\t
项目\t预算数\t项目\t预算数
一、一般公共预算拨款收入\t186,241.00\t一、一般公共服务支出\t
本年收入合计\t186,241.00\t本年支出合计\t186,241.00
收入总计\t186,241.00\t支出总计\t186,241.00
公开03表
支出总表
单位：苏州市科学技术局 单位：万元
科目编码\t科目名称\t合计\t基本支出\t项目支出\t事业单位经营支出\t上缴上级支出\t对附属单位补助支出
合计\t\t186,241.00\t2,281.84\t183,959.16\t\t\t
206\t科学技术支出\t185,263.17\t1,304.01\t183,959.16\t\t\t
20601\t科学技术管理事务\t2,478.17\t1,304.01\t1,174.16\t\t\t
2060101\t行政运行\t1,304.01\t1,304.01\t\t\t\t
2060102\t一般行政管理事务\t34.16\t\t34.16\t\t\t
2060199\t其他科学技术管理事务支出\t1,140.00\t\t1,140.00\t\t\t
20602\t基础研究\t182,785.00\t\t182,785.00\t\t\t
2060203\t自然科学基金\t182,785.00\t\t182,785.00\t\t\t
208\t社会保障和就业支出\t977.83\t977.83\t\t\t\t
20805\t行政事业单位养老支出\t977.83\t977.83\t\t\t\t
2080505\t机关事业单位基本养老保险缴费支出\t977.83\t977.83\t\t\t\t
"""

# yantai-01.pdf, page 21: 公开表3 on its own line, the title on the next.
SHANDONG = """2026年烟台市市场监督管理局
部门预算
第二部分 2026年部门预算表
公开表3
支出总体情况表
单位：万元
科目编码\t\t\t科目名称\t合计\t基本支出\t\t\t项目支出
类\t款\t项\t\t\t小计\t人员支出\t日常公用支出\t
\t\t\t合计\t100.00\t60.00\t50.00\t10.00\t40.00
201\t\t\t一般公共服务支出\t100.00\t60.00\t50.00\t10.00\t40.00
201\t38\t\t市场监督管理事务\t100.00\t60.00\t50.00\t10.00\t40.00
201\t38\t01\t行政运行\t60.00\t60.00\t50.00\t10.00\t
201\t38\t99\t其他市场监督管理事务\t40.00\t\t\t\t40.00
"""


def test_a_jiangsu_document_records_its_printed_numbers_and_family() -> None:
    doc = parse_text(JIANGSU)
    assert doc.meta.family == "jiangsu"
    printed = [(t.printed_number, t.printed_title) for t in doc.tables]
    printed += [(t.printed_number, t.title) for t in doc.other_tables]
    assert ("公开01表", "收支总表") in printed
    assert ("公开03表", "支出总表") in printed
    for table in (*doc.tables, *doc.other_tables):
        assert table.family == "jiangsu"


def test_a_shandong_marker_takes_the_title_on_the_next_line() -> None:
    doc = parse_text(SHANDONG)
    assert doc.meta.family == "shandong"
    table = doc.table(3)
    assert table is not None
    assert (table.printed_number, table.printed_title) == ("公开表3", "支出总体情况表")
    assert table.total_row is not None


@pytest.mark.parametrize("name", ["000", "004"])
def test_the_xinjiang_texts_are_the_national_family(name: str) -> None:
    path = next(CORPUS.glob(f"{name}_*.txt"), None) if CORPUS.exists() else None
    if path is None:
        pytest.skip("corpus texts not present")
    doc = parse_text(path.read_text(encoding="utf-8"), source=path.name)
    assert doc.meta.family == "national"
    table = doc.table(3)
    assert isinstance(table, Table)
    assert table.printed_number == "表3"
    assert table.family == "national"
    assert all(isinstance(t, GenericTable) for t in doc.other_tables)


def test_family_of_reads_printed_numbers_and_titles() -> None:
    assert family_of(["公开01表", "收支总表", "公开02表"]).key == "jiangsu"
    assert family_of(["预算01表", "部门收支总表"]).key == "beijing"
    assert family_of(["公开表1", "收支总体情况表"]).key == "shandong"
    assert family_of(["表1", "部门综合预算收支总表"]).key == "shaanxi"
    assert family_of(["表8", "财政拨款安排的行政经费及“三公”经费预算表"]).key == "guangdong"
    assert family_of(["2026年预算单位财务收支预算总表"]).key == "shanghai"
    assert family_of(["表3", "部门支出总体情况表"]) is NATIONAL
    assert family_of([]) is NATIONAL


def test_every_family_is_named_once() -> None:
    keys = [f.key for f in FAMILIES]
    assert len(keys) == len(set(keys))
    assert all(family_named(k).key == k for k in keys)
    with pytest.raises(KeyError):
        family_named("atlantis")


# chongqing-04.pdf, page 8 (表一 on its own line, the title on the next, cut to its first
# rows) and page 12 (表八, the “三公” table after 表七).
CHONGQING = """第二部分 2026年部门预算表
表一
2026年单位收支总体情况表
单位名称：中共重庆市委宣传部 单位：万元
收入\t\t支出\t
项目\t预算数\t项目\t预算数
一、一般公共预算拨款收入\t1,000.00\t一、一般公共服务支出\t1,000.00
收入总计\t1,000.00\t支出总计\t1,000.00
表七
2026年政府性基金预算支出情况表
单位名称：中共重庆市委宣传部 单位：万元
科目编码\t科目名称\t合计\t基本支出\t项目支出
合计\t\t5.00\t\t5.00
207\t文化旅游体育与传媒支出\t5.00\t\t5.00
表八
2026年财政拨款“三公”经费支出情况表
单位名称：中共重庆市委宣传部 单位：万元
合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费
\t\t小计\t购置费\t运行费\t
3.00\t0.00\t2.00\t0.00\t2.00\t1.00
"""


def test_a_chongqing_marker_in_chinese_numerals_opens_a_table() -> None:
    """重庆 numbers its tables 表一 … 表十二 on a line of their own: each opens a table (the
    marker a label, the title decides), so 表八's rows are not read into 表七, and the
    numerals mark the family."""
    doc = parse_text(CHONGQING)
    assert doc.meta.family == "chongqing"
    printed = [(t.printed_number, t.number) for t in doc.tables if isinstance(t, Table)]
    assert printed == [("表一", 1), ("表七", 8), ("表八", 10)]
    fund = doc.table(8)
    assert fund is not None
    assert [r.name for r in fund.rows] == ["合计", "文化旅游体育与传媒支出"]


def test_a_beijing_narrative_is_the_beijing_family() -> None:
    """北京 publishes its narrative apart from its tables (预算01表 …): the cover,
    ``…2026年度部门预算`` / ``信息公开`` wrapped over two lines (beijing-06), marks the
    family; the text alone holds no table."""
    text = (
        "北京市医疗保障局部门2026年度部门预算\n信息公开\n目 录\n"
        "第一部分 2026年度部门预算情况说明\n一、收支预算总体情况\n"
        "2026年收入预算12,345.67万元。\n"
    )
    doc = parse_text(text)
    assert doc.meta.family == "beijing"
    assert doc.tables == ()
    assert family_of(["附件：北京市民政局2026年度部门预算报表"]).key == "beijing"
    assert family_of(["北京市民政局2026年度部门预算"]).key == "national"
