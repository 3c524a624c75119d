"""Property tests: look-ups do not care how a code or a name is printed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from xjbudget import codes
from xjbudget.errors import CodeError

ENTRIES = [
    entry
    for scheme in codes.SCHEMES
    for edition in codes.editions(scheme)
    for entry in codes.table(scheme, edition)
]

_FULL_WIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
_SPACES = st.sampled_from([" ", "  ", "\t", "\u3000", "\xa0", " | ", "|"])


@st.composite
def printed_codes(draw: st.DrawFn) -> tuple[codes.CodeEntry, str]:
    """An entry and its code as some document might print it."""
    entry = draw(st.sampled_from(ENTRIES))
    out = draw(st.sampled_from(["", " ", "\u3000"]))
    for i, group in enumerate(codes.split_code(entry.code)):
        if i:
            out += draw(st.one_of(st.just(""), _SPACES))
        for digit in group:
            out += _FULL_WIDTH[digit] if draw(st.booleans()) else digit
    return entry, out + draw(st.sampled_from(["", " ", "\t"]))


@given(printed_codes())
def test_lookup_ignores_spacing_and_full_width(case: tuple[codes.CodeEntry, str]) -> None:
    entry, printed = case
    assert codes.normalize_code(printed) == entry.code
    assert codes.table(entry.scheme, entry.edition)[printed] == entry
    assert codes.lookup(printed, year=entry.edition, scheme=entry.scheme) == entry


@st.composite
def printed_names(draw: st.DrawFn) -> tuple[codes.CodeEntry, str]:
    """An entry and its name with spaces inserted and brackets in either width."""
    entry = draw(st.sampled_from(ENTRIES))
    out = ""
    for char in entry.name:
        if draw(st.integers(0, 4)) == 0:
            out += draw(_SPACES.filter(lambda s: "|" not in s))
        if char in "（）" and draw(st.booleans()):
            char = {"（": "(", "）": ")"}[char]
        out += char
    return entry, out


@given(printed_names())
def test_find_ignores_spacing_and_bracket_width(case: tuple[codes.CodeEntry, str]) -> None:
    entry, printed = case
    table = codes.table(entry.scheme, entry.edition)
    assert entry in table.find(printed)
    assert codes.check(entry.code, printed, year=entry.edition, scheme=entry.scheme).ok


@given(st.sampled_from(ENTRIES))
def test_exact_name_scores_one(entry: codes.CodeEntry) -> None:
    table = codes.table(entry.scheme, entry.edition)
    hits = table.search(entry.name, limit=len(table))
    assert any(h.entry == entry and h.score == 1.0 for h in hits)
    assert hits[0].score == 1.0


@given(st.sampled_from(ENTRIES))
def test_format_round_trip_and_path(entry: codes.CodeEntry) -> None:
    assert codes.normalize_code(codes.format_code(entry.code, " | ")) == entry.code
    chain = codes.table(entry.scheme, entry.edition).path(entry.code)
    assert [e.level for e in chain] == list(range(1, entry.level + 1))
    assert chain[-1] == entry


@given(st.text(max_size=30))
def test_normalize_name_is_idempotent(text: str) -> None:
    once = codes.normalize_name(text)
    assert codes.normalize_name(once) == once
    assert not any(c.isspace() for c in once)


@given(st.text(max_size=12))
def test_normalize_code_accepts_only_codes(text: str) -> None:
    try:
        digits = codes.normalize_code(text)
    except CodeError:
        return
    assert digits.isascii() and digits.isdigit() and len(digits) in (3, 5, 7)


_YEARS = st.sampled_from([None, *range(2018, 2028)])


@st.composite
def any_codes(draw: st.DrawFn) -> str:
    """A well-formed code: one the tables have, or a sibling of one they may lack."""
    entry = draw(st.sampled_from(ENTRIES))
    if draw(st.booleans()):
        return entry.code
    return entry.code[:-2] + f"{draw(st.integers(0, 99)):02d}" if entry.level > 1 else entry.code


@given(any_codes(), _YEARS)
def test_lookup_and_check_give_one_answer(code: str, year: int | None) -> None:
    # what `xjbudget codes CODE` prints is what validation's finding says
    result = codes.check(code, "某名称", year=year)
    try:
        entry = codes.lookup(code, year=year)
    except CodeError as error:
        assert result.status is codes.CheckStatus.UNKNOWN and result.entry is None
        assert result.absent == str(error)
        assert ("unknown" in result.absent) is result.complete
        return
    assert result.entry == entry
    assert result.status is not codes.CheckStatus.UNKNOWN
    # the year's edition answers when it has the code; otherwise the nearest edition
    own = codes.table(entry.scheme, year)
    assert (entry.edition == own.edition) is (code in own)
