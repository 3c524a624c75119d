"""Every regular expression of the package runs in time linear in its input: none may
backtrack polynomially on a long adversarial line (issue 21: the part-title and glossary
patterns were cubic — 4 KB of spaces took 424 s — the space-near-CJK and year/kind
patterns quadratic).

The inputs are generated here (long runs of spaces, digits, CJK, separators). The
bound is the ``regex`` module's own ``timeout`` — a budget that only a hang exceeds
(each call takes milliseconds), not an assertion about speed.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator

import pytest
import regex

import xjbudget

#: Seconds one call may take before it counts as a hang (they take milliseconds).
BUDGET = 10.0
#: The length of the adversarial inputs of the named patterns.
LONG = 100_000


def _module(name: str) -> object:
    return importlib.import_module(name)


def _pattern(module: str, name: str) -> regex.Pattern[str]:
    pattern = getattr(_module(module), name)
    assert isinstance(pattern, regex.Pattern)
    return pattern


def _long(prefix: str, unit: str, suffix: str = "") -> str:
    return prefix + unit * (LONG // len(unit)) + suffix


# (module, pattern, method, adversarial input): each was polynomial before issue 21.
NAMED = [
    ("xjbudget.parse", "_PART_TITLE", "match", _long("第一部分", " ", "x")),
    ("xjbudget.parse", "_PART_TITLE", "match", _long("第一部分 a", " ", "x")),
    ("xjbudget.parse", "_PART_TITLE", "match", _long("第一部分", "部门", "!")),
    ("xjbudget.parse", "_GLOSSARY", "match", _long("一、", " ")),
    ("xjbudget.parse", "_GLOSSARY", "match", _long("一、", "1 ")),
    ("xjbudget.parse", "_GLOSSARY", "match", _long("一、a", " ", "b")),
    ("xjbudget.parse", "_YEAR_KIND", "search", _long("2024年", " ", "x")),
    ("xjbudget.parse", "_YEAR_KIND", "search", _long("", "2024年 部门 ")),
    ("xjbudget.text", "_SPACE_NEAR_CJK", "sub", _long("", " ", "a")),
    ("xjbudget.text", "_SPACE_NEAR_CJK", "sub", _long("a", " ", "b")),
    ("xjbudget.narrative.fold", "FIGURE", "findall", _long("", "1")),
    ("xjbudget.narrative.fold", "FIGURE", "findall", _long("", "1,")),
    ("xjbudget.structure.segmenter", "_CODE_CELL", "match", _long("", "\t", "!")),
]


def _call(pattern: regex.Pattern[str], method: str, text: str) -> None:
    if method == "sub":
        pattern.sub("", text, timeout=BUDGET)
    else:
        getattr(pattern, method)(text, timeout=BUDGET)


@pytest.mark.parametrize(
    ("module", "name", "method", "text"),
    NAMED,
    ids=[f"{n}-{m}-{t[:6]!r}{t[-1]!r}" for _, n, m, t in NAMED],
)
def test_named_pattern_is_linear_on_100_kb(module: str, name: str, method: str, text: str) -> None:
    _call(_pattern(module, name), method, text)


def test_the_fixed_patterns_read_what_they_read_before() -> None:
    """The linear forms give the groups the polynomial ones gave."""
    parse = _module("xjbudget.parse")
    glossary = parse._GLOSSARY  # type: ignore[attr-defined]
    title = parse._PART_TITLE  # type: ignore[attr-defined]
    assert glossary.match("一、基本支出 ：指…").groups() == ("一", "基本支出", "指…")
    assert glossary.match("二．：定义：x").group(2) == "：定义"
    assert glossary.match("三、 ：x").group(2) == " "
    assert glossary.match("四、没有冒号") is None
    assert title.match("第一部分 2024年 某某局部门概况").group(1) == "某某局"
    assert title.match("第一部分 部门概况").group(1) == ""
    normalize = _module("xjbudget.text").normalize_text  # type: ignore[attr-defined]
    assert normalize("收 入 总 计  a  b") == "收入总计a b"


def _all_patterns() -> Iterator[tuple[str, regex.Pattern[str]]]:
    """Every compiled pattern held by a module of the package (strategies aside: they
    generate, they do not read input)."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(xjbudget.__path__, "xjbudget.", onerror=lambda n: None):
        if ".strategies" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attribute, value in sorted(vars(module).items()):
            if (
                isinstance(value, regex.Pattern)
                and isinstance(value.pattern, str)  # bytes patterns scan PDF syntax
                and id(value) not in seen
            ):
                seen.add(id(value))
                yield f"{info.name}.{attribute}", value


# Runs of what the patterns quantify over, behind the prefixes they anchor on.
_UNITS = (" ", "\t", "1", "1 ", "1,", "1.", "一", "年", "年 ", "部门", "万元", "、", "：", "（一）")
_PREFIXES = ("", "第一部分", "一、", "2024年")
SWEEP = 20_000


def _sweep_inputs() -> Iterator[str]:
    for prefix in _PREFIXES:
        for unit in _UNITS:
            yield prefix + unit * (SWEEP // len(unit)) + "!"


@pytest.mark.parametrize(("name", "pattern"), list(_all_patterns()), ids=lambda x: str(x)[-40:])
def test_every_pattern_of_the_package_is_bounded(name: str, pattern: regex.Pattern[str]) -> None:
    """Each pattern, tried at the start of (match) and through (search, findall) 20 KB
    runs: a polynomial pattern takes minutes here, a linear one milliseconds."""
    calls: list[Callable[[str], object]] = [pattern.match, pattern.search]
    for text in _sweep_inputs():
        for call in calls:
            try:
                call(text, timeout=BUDGET)  # type: ignore[call-arg]
            except TimeoutError:
                pytest.fail(f"{name} ran past {BUDGET} s on {text[:12]!r}… ({len(text)} chars)")
