"""What a person types becomes a value or one clear sentence, never an exception."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.parsing import (
    format_number,
    parse_cells,
    parse_mode,
    parse_number,
    parse_points,
    parse_range,
)
from sigmoid_tui.core.view import Mode


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("-10", -10.0),
        ("  3.5 ", 3.5),
        ("-1e-9", -1e-9),
        (".5", 0.5),
        ("+3", 3.0),
        ("1_000.5", 1000.5),
        ("\u22122", -2.0),  # the minus sign U+2212, as pasted from a web page
        ("\uff11\uff12", 12.0),  # full-width digits
        ("-0", -0.0),
        ("1e308", 1e308),
        ("5e-324", 5e-324),
    ],
)
def test_number_spellings_people_type_are_accepted(text: str, value: float) -> None:
    """Every float spelling Python reads, after NFKC and with U+2212 as minus."""
    assert parse_number(text, "x min") == value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("abc", "'abc' is not a number"),
        ("0x10", "is not a number"),
        ("1+1", "is not a number"),
        ("nan", "not NaN"),
        ("-inf", "must be finite"),
        ("Infinity", "must be finite"),
        ("1e309", "too large for a double"),
        ("__import__('os')", "is not a number"),
    ],
)
def test_bad_numbers_say_what_is_wrong(text: str, words: str) -> None:
    """Each refusal names the field and the problem."""
    result = parse_number(text, "x min")
    assert isinstance(result, Invalid)
    assert result.message.startswith("x min")
    assert words in result.message


def test_range_must_be_increasing() -> None:
    """min >= max is refused with one sentence; a good pair comes back as floats."""
    assert parse_range("-3", "3") == (-3.0, 3.0)
    for low, high in (("3", "3"), ("5", "1")):
        result = parse_range(low, high)
        assert isinstance(result, Invalid)
        assert result.message == "x min must be less than x max"


def test_range_reports_the_bad_bound_by_name() -> None:
    """The message says which bound is wrong."""
    assert isinstance(bad := parse_range("1", "x"), Invalid)
    assert bad.message.startswith("x max")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("100", 100),
        ("2", 2),
        ("10000000", 10_000_000),
        ("1_000", 1000),
        ("1e3", 1000),
        ("1e7", 10_000_000),
        ("  42 ", 42),
        ("100.0", 100),
        ("\uff15", 5),
    ],
)
def test_points_spellings(text: str, value: int) -> None:
    """Whole numbers in any spelling a float has."""
    assert parse_points(text) == value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1", "at least 2"),
        ("0", "at least 2"),
        ("-5", "at least 2"),
        ("10000001", "at most"),
        ("1e8", "at most"),
        ("2.5", "whole number"),
        ("abc", "not a number"),
        ("", "empty"),
        ("nan", "whole number"),
        ("inf", "whole number"),
        ("9" * 5000, "whole number"),
    ],
)
def test_bad_points_say_what_is_wrong(text: str, words: str) -> None:
    """Points outside 2..10^7 or not whole are refused with the rule."""
    result = parse_points(text)
    assert isinstance(result, Invalid)
    assert words in result.message


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("sigmoid", Mode.SIGMOID),
        ("DERIVATIVE", Mode.DERIVATIVE),
        ("both", Mode.BOTH),
        ("d", Mode.DERIVATIVE),
        ("Sig", Mode.SIGMOID),
    ],
)
def test_modes_by_name_or_prefix(text: str, mode: Mode) -> None:
    """Any case, any unambiguous prefix."""
    assert parse_mode(text) is mode


@pytest.mark.parametrize("text", ["", "relu", "x", "bothx"])
def test_unknown_modes_list_the_choices(text: str) -> None:
    """An unknown mode names the three choices."""
    result = parse_mode(text)
    assert isinstance(result, Invalid)
    assert "sigmoid, derivative, both" in result.message


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("1", 1),
        ("80", 80),
        ("0", None),
        ("-3", None),
        ("2.5", None),
        ("abc", None),
        ("10001", None),
    ],
)
def test_cells_are_whole_and_positive(text: str, ok: int | None) -> None:
    """Chart width and height: whole numbers from 1."""
    result = parse_cells(text, "width")
    assert result == ok if ok is not None else isinstance(result, Invalid)


@pytest.mark.parametrize(
    ("value", "text"),
    [(-10.0, "-10"), (10.0, "10"), (0.1, "0.1"), (-1e-9, "-1e-09"), (1e300, "1e+300")],
)
def test_numbers_are_shown_as_typed_back(value: float, text: str) -> None:
    """format_number gives the shortest text that reads back to the same double."""
    assert format_number(value) == text
    assert parse_number(text, "x") == value


@settings(max_examples=3000)
@given(st.text())
def test_any_text_gives_a_value_or_a_message(text: str) -> None:
    """No text makes a parser raise; each gives a value of the right kind or an Invalid."""
    number = parse_number(text, "x min")
    assert isinstance(number, Invalid) or (isinstance(number, float) and math.isfinite(number))
    points = parse_points(text)
    assert isinstance(points, Invalid) or (isinstance(points, int) and 2 <= points <= 10**7)
    assert isinstance(parse_mode(text), (Invalid, Mode))
    bounds = parse_range(text, "1e300")
    assert isinstance(bounds, Invalid) or bounds[0] < bounds[1]
    assert isinstance(parse_cells(text, "width"), (Invalid, int))


@settings(max_examples=1000)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_double_round_trips_through_text(value: float) -> None:
    """Shown and read back, a value is the same double."""
    assert parse_number(format_number(value), "x") == value
