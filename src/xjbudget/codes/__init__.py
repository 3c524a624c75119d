"""The classification code tables: 支出功能分类 and the two 支出经济分类 schemes, by edition.

Every amount in a disclosure hangs on a code of 财政部's 《政府收支分类科目》:

- ``functional`` — 支出功能分类, 类/款/项 (``201`` → ``20113`` → ``2011301``);
- ``economic-dept`` — 部门预算支出经济分类, 类/款 (``301`` → ``30101``);
- ``economic-gov`` — 政府预算支出经济分类, 类/款 (``501`` → ``50101``).

The tables are package data (``data/*.tsv``), one file per scheme and edition, each row
marked ``official``, ``observed`` or ``recalled`` by what confirms it; see ``docs/codes.md``
for what is complete.

>>> from xjbudget import codes
>>> codes.lookup("201 13 01", year=2024).name
'行政运行'
>>> [e.name for e in codes.path("2011301")]
['一般公共服务支出', '商贸事务', '行政运行']
>>> codes.check("201", "一般公共预算支出", year=2024).status.value
'variant'
"""

from __future__ import annotations

from xjbudget.codes._api import (
    absent_message,
    check,
    coverage,
    dept_codes_for,
    edition_for,
    editions,
    find,
    gov_code_for,
    lookup,
    nearest,
    path,
    resolve_scheme,
    search,
    stats,
    table,
)
from xjbudget.codes._harvest import (
    HarvestFinding,
    harvest,
    harvest_parsed,
    pairs_from_documents,
)
from xjbudget.codes._load import load_mapping, load_variants
from xjbudget.codes._model import (
    SCHEMES,
    CheckResult,
    CheckStatus,
    CodeEntry,
    CodeTable,
    MappingRow,
    Provenance,
    Scheme,
    SearchHit,
    Variant,
)
from xjbudget.codes._normalize import (
    LEVEL_NAMES,
    code_level,
    format_code,
    normalize_code,
    normalize_name,
    parent_code,
    split_code,
    split_code_and_name,
)
from xjbudget.codes._observe import Observation, Printed, observe, printed_name, printed_pairs
from xjbudget.codes._user import CodeList, CodeListError, load, loaded, read, unload

__all__ = [
    "LEVEL_NAMES",
    "SCHEMES",
    "CheckResult",
    "CheckStatus",
    "CodeEntry",
    "CodeList",
    "CodeListError",
    "CodeTable",
    "HarvestFinding",
    "MappingRow",
    "Observation",
    "Printed",
    "Provenance",
    "Scheme",
    "SearchHit",
    "Variant",
    "absent_message",
    "check",
    "code_level",
    "coverage",
    "dept_codes_for",
    "edition_for",
    "editions",
    "find",
    "format_code",
    "gov_code_for",
    "harvest",
    "harvest_parsed",
    "load",
    "load_mapping",
    "load_variants",
    "loaded",
    "lookup",
    "nearest",
    "normalize_code",
    "normalize_name",
    "observe",
    "pairs_from_documents",
    "parent_code",
    "path",
    "printed_name",
    "printed_pairs",
    "read",
    "resolve_scheme",
    "search",
    "split_code",
    "split_code_and_name",
    "stats",
    "table",
    "unload",
]
