from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xjbudget import AmountError, parse_amount

FULL_WIDTH = str.maketrans("0123456789,.-", "０１２３４５６７８９，．－")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,036.53", "1036.53"),
        ("432. 18", "432.18"),
        ("1036.5\n3", "1036.53"),
        ("0.00", "0.00"),
        ("<b>29,197.23</b>", "29197.23"),
        ("<b>432.</b><b>18</b>", "432.18"),
        ("１，０３６．５３", "1036.53"),
        ("238.00", "238.00"),
        ("-12.50", "-12.50"),
        ("  581.55 ", "581.55"),
    ],
)
def test_printed_forms_in_the_corpus(text: str, expected: str) -> None:
    value = parse_amount(text)
    assert value == Decimal(expected)
    assert str(value) == expected  # the printed decimals are kept


@pytest.mark.parametrize("text", ["", "   ", "-", "—", "－", None])
def test_blank_and_dash_are_no_amount(text: str | None) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    "text", ["432.", "12 34", "1,03,6.53", "abc", "12.3.4", "合计", "1e5", "(12.00)", "5%"]
)
def test_everything_else_is_rejected_with_the_text(text: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, where="line 7")
    assert repr(text) in str(caught.value)
    assert "line 7" in str(caught.value)


amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False)


@given(amounts)
def test_plain_form_round_trips(value: Decimal) -> None:
    assert parse_amount(f"{value:.2f}") == value


@given(amounts, st.booleans(), st.booleans(), st.booleans())
def test_printed_variants_read_the_same(
    value: Decimal, grouped: bool, bold: bool, wide: bool
) -> None:
    text = f"{value:,.2f}" if grouped else f"{value:.2f}"
    if wide:
        text = text.translate(FULL_WIDTH)
    if bold:
        text = f"<b>{text}</b>"
    assert parse_amount(text) == value


@given(amounts, st.integers(min_value=1, max_value=2))
def test_a_number_broken_in_its_decimals_reads_whole(value: Decimal, cut: int) -> None:
    text = f"{value:.2f}"
    point = text.index(".")
    broken = text[: point + cut] + "\n" + text[point + cut :]
    assert parse_amount(broken) == value


@given(st.text(max_size=20))
def test_never_anything_but_a_decimal_none_or_our_error(text: str) -> None:
    try:
        value = parse_amount(text)
    except AmountError:
        return
    assert value is None or isinstance(value, Decimal)
