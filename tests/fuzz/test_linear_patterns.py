"""Every regular expression of the package runs in time linear in its input (issue 21:
the part-title and glossary patterns were cubic — 4 KB of spaces took 424 s — the
space-near-CJK and year/kind patterns quadratic).

The assertion is a step budget, not a clock: :mod:`tests.fuzz.pattern_steps` reads each
compiled pattern's syntax tree and rejects what lets a backtracking matcher cut one run
of characters between several loops in many ways — nested loops (``(a+)+``), loops in a
row over a shared character with nothing but that character or nothing between them
(``\\s*\\S*\\s*$``), alternatives or varying repeats inside a loop (``(a|a)*``), and in
a searched pattern a loop that may start anywhere inside a run (``\\s+x``, every start
costing the run) — unless a possessive loop, an atomic group, a look-behind guard or an
anchor takes the ambiguity away, or nothing after can fail. Without those shapes every
character is taken by at most a bounded number of loop steps per start position, so the
work is linear in the line. The rule is shown to reject known polynomial patterns (the
four of the issue as they were, those fixed with this test, textbook cases) and to
accept their linear forms.

A pattern's uses are read from its module's source: one only ever ``match``-ed is not
held to the search rule. The rewritten patterns are checked to read what they read
before on generated lines (hypothesis), and every pattern still meets long adversarial
runs under the ``regex`` module's timeout — a hang detector behind the static rule.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Callable, Iterator

import pytest
import regex

import xjbudget

from .pattern_steps import super_linear

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


# --- the step budget: a static rule over every pattern -------------------------------

_SOURCES: dict[str, str] = {}


def _searched(qualified: str) -> bool:
    """Whether the pattern may be searched: it is public (used anywhere), or its module
    uses it other than by ``.match(`` / ``.fullmatch(`` (or ``.pattern``)."""
    module, _, attribute = qualified.rpartition(".")
    if not attribute.startswith("_"):
        return True
    if module not in _SOURCES:
        origin = importlib.util.find_spec(module)
        assert origin is not None and origin.origin is not None
        with open(origin.origin, encoding="utf-8") as handle:
            _SOURCES[module] = handle.read()
    uses = regex.finditer(
        rf"(?<![\w.]){regex.escape(attribute)}\b(?!\s*=[^=])(\.\w+)?", _SOURCES[module]
    )
    return any(use[1] not in (".match", ".fullmatch", ".pattern") for use in uses)


@pytest.mark.parametrize(("name", "pattern"), list(_all_patterns()), ids=lambda x: str(x)[-40:])
def test_every_pattern_of_the_package_has_linear_steps(
    name: str, pattern: regex.Pattern[str]
) -> None:
    """The static rule of :mod:`tests.fuzz.pattern_steps` holds for each compiled pattern
    of the package: no two loops that can share a run, no ambiguous loop body, no
    searched pattern whose first loop may start inside a run."""
    problems = super_linear(pattern.pattern, pattern.flags, searched=_searched(name))
    assert not problems, f"{name} = {pattern.pattern!r}: " + "; ".join(problems)


# Patterns that are polynomial (checked by hand: time × 4 or more when the run doubles,
# e.g. 16 KB: 1–15 s), each with the way it is used.
POLYNOMIAL = [
    # textbook cases
    (r"(a+)+b", "match"),
    (r"(x+x+)+y", "match"),
    (r"(a|a)*b", "match"),
    (r"(?:a{1,2})*b", "match"),
    (r"\s*\S*\s*$", "match"),
    (r"a*a*$", "match"),
    (r"^(\s*\w+\s*)*$", "match"),
    (r"^(.*?)\s*$", "match"),
    (r"\s+\S", "search"),
    (r"\d+[.,]\d", "search"),
    (r"(\d+,)*\d*$", "search"),
    (r"\s++(?=[a])", "search"),
    # the four of issue 21 as they were
    (r"^\s*第\s*[一二三四]\s*部分\s*(?:\d{4}\s*年)?\s*(.*?)\s*(?:部门|单位)?概况\s*$", "match"),
    (r"^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.+?)\s*[:：]\s*(.*)$", "match"),
    (r"(?<=[\u3000-\u303f\u4e00-\u9fff])\s+|\s+(?=[\u3000-\u303f\u4e00-\u9fff])", "search"),
    (r"(\d{4})\s*年\s*度?\s*(部门|单位)?\s*(预算|决算)", "search"),
    # found by this test and rewritten with it
    (r"^\s*(?P<code>\d{3}(?:[\s|]*\d{2}){0,2})[\s|]*(?P<name>[^\d\s|].*?)\s*$", "match"),
    (r"^\s*[-—–－]*\s*\d{1,4}\s*[-—–－]*\s*$", "match"),
    (r"(?:^|(?<=[。；\n]))\s*(?:（[一二]{1,3}）|\d{1,2}\s*(?:[、．]|\.(?!\d)))\s*", "search"),
    (r"(?<=万元|%)（(?P<inner>[^（）]*[，；][^（）]*)）", "search"),
    (r"^[-–—－\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-–—－\s]*$", "match"),
    (r"(?:部门|单位)\s*(?:综合)?\s*(?:预算|决算)", "search"),
    (r"(?:[.．…·‥⋯_—-]{2,}\s*\d{0,3}|\s\d{1,3})\s*$", "search"),
    (r"(?:编制(部门|单位))\s*[:：]\s*(.*?)\s*(?:单位\s*[:：]\s*(\S+))?\s*$", "search"),
    (r"\s*(?:注|备注)\s*[:：].*$", "search"),
    (r"\d[\d,]*\.\d", "search"),
    (r"-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}", "search"),
    (
        r"(?:(?:19|20)\d{2}\s*年\s*度?)?\s*(?:[市区省县]级)?\s*(?:部门|单位)\s*(?:综合)?\s*(?:预算|决算)\s*(?:说明)?$",
        "search",
    ),
]
# Linear patterns of the same shapes: possessive, guarded, anchored, or nothing after.
LINEAR = [
    (r"\s+", "search"),
    (r"a*a*", "match"),
    (r"^\s*$", "search"),
    (r"^\s*+x", "search"),
    (r"(?<!\s)\s++(?=[a])", "search"),
    (r"(?>a+)+b", "match"),
    (r"(\d+,)*\d*$", "match"),
    (r"\d+(?:,\d+)*x", "match"),
    (r"^(.*?)(?<!\s)\s*$", "match"),
    (r"^(.*)\s*$", "match"),
    (r"(?s)预算单位包括：\s*(.+)$", "search"),
    (r"^(?:.*?)(?<![\d.,])(?>\d(?:[\d,]*\d)?)万元$", "match"),
    (r"\p{Han}{2,12}：", "search"),
    (r"(?:\G|(?<!\d))\d+\.\d{2}", "search"),
]


@pytest.mark.parametrize(("pattern", "use"), POLYNOMIAL)
def test_the_rule_rejects_polynomial_patterns(pattern: str, use: str) -> None:
    assert super_linear(pattern, searched=use == "search")


@pytest.mark.parametrize(("pattern", "use"), LINEAR)
def test_the_rule_accepts_linear_forms(pattern: str, use: str) -> None:
    assert super_linear(pattern, searched=use == "search") == []
