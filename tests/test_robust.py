"""Whatever is typed or asked for: a value or one clear message, never a traceback or a hang."""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sigmoid_tui.chart.cursor import cursor_rows, strip_ansi
from sigmoid_tui.chart.envelope import chart_data
from sigmoid_tui.chart.figure import (
    build_chart,
    chart_columns,
    draw_chart,
    new_figure,
    render_chart,
)
from sigmoid_tui.chart.overlay import Overlay
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.cli.options import parse_options
from sigmoid_tui.cli.usage import UsageError
from sigmoid_tui.core.answers import parse_equation, solve
from sigmoid_tui.core.csv_values import csv_blocks
from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.parsing import (
    parse_cells,
    parse_marker,
    parse_mode,
    parse_number,
    parse_points,
    parse_shift,
    parse_steepness,
)
from sigmoid_tui.core.points_of_interest import points_of_interest, vanishing_regions
from sigmoid_tui.core.view import Marker, Mode, View

EXAMPLES = 2000
"""Hypothesis examples per parser (plus the spellings named below, every run)."""

SPELLINGS = [
    "",
    " ",
    "٣",
    "１２",
    "１e３",
    "1e309",
    "-1e309",
    "-0",
    "0x10",
    "1_000",
    "1__0",
    "_1",
    "nan",
    "-nan",
    "inf",
    "-Infinity",
    "1e-400",
    "5e-324",
    "  +7  ",
    "\u22123",
    "1,5",
    "1.5.5",
    "9" * 5000,
    "1" + "0" * 400,
    "1e" + "9" * 50,
    "0." + "0" * 1000 + "1",
    "\x00",
    "\u200b1",
    "${x}",
    "__import__('os').system('true')",
    "2**10",
    "1/0",
    "1e3j",
    "ⅷ",
    "²",
]
"""Hand-picked spellings every parser meets on every run: unicode digits, full-width forms,
overflow, signed zero, hex, underscores, NaN and infinities, very long text, code."""


def spelling_examples(test: Callable[[str], None]) -> Callable[[str], None]:
    """Decorate a text property test with every spelling above."""
    for text in SPELLINGS:
        test = example(text)(test)
    return test


@pytest.mark.slow
@settings(max_examples=EXAMPLES)
@given(st.text())
@spelling_examples
def test_numbers_parse_to_a_finite_float_or_a_message(text: str) -> None:
    """x min, x max, x0."""
    for parse in (lambda t: parse_number(t, "x min"), parse_shift):
        result = parse(text)
        assert isinstance(result, Invalid) or (isinstance(result, float) and math.isfinite(result))


@pytest.mark.slow
@settings(max_examples=EXAMPLES)
@given(st.text())
@spelling_examples
def test_points_parse_to_a_whole_number_in_range_or_a_message(text: str) -> None:
    """points: 2 to 10^7."""
    result = parse_points(text)
    assert isinstance(result, Invalid) or (type(result) is int and 2 <= result <= 10**7)


@pytest.mark.slow
@settings(max_examples=EXAMPLES)
@given(st.text())
@spelling_examples
def test_steepness_parses_in_range_or_gives_a_message(text: str) -> None:
    """k: above 0, at most 10^6."""
    result = parse_steepness(text)
    assert isinstance(result, Invalid) or 0.0 < result <= 1e6


@pytest.mark.slow
@settings(max_examples=EXAMPLES)
@given(st.text())
@spelling_examples
def test_modes_markers_and_cells_parse_or_give_a_message(text: str) -> None:
    """mode, marker, width, height."""
    assert isinstance(parse_mode(text), (Mode, Invalid))
    assert isinstance(parse_marker(text), (Marker, Invalid))
    cells = parse_cells(text, "width")
    assert isinstance(cells, Invalid) or 1 <= cells <= 10_000


EQUATION_SPELLINGS = [
    "S=0.9",
    "s'=0.1",
    "S’=0.1",
    "sigmoid=",
    "=0.5",
    "d=",
    "de=0.1",
    "S=S=1",
    "S'=nan",
    "x=3",
    "S'=-0.1",
]
"""Equations as a person might type them, right and wrong, beside the number spellings."""


def equation_examples(test: Callable[[str], None]) -> Callable[[str], None]:
    """Decorate a text property test with every equation spelling above."""
    for text in EQUATION_SPELLINGS:
        test = example(text)(test)
    return test


@pytest.mark.slow
@settings(max_examples=EXAMPLES)
@given(st.text())
@spelling_examples
@equation_examples
def test_equations_parse_and_solve_or_give_a_message(text: str) -> None:
    """--solve and the app's solve prompt: an equation whose roots solve it, or a message."""
    for bare in (False, True):
        equation = parse_equation(text, bare_is_sigmoid=bare)
        if isinstance(equation, Invalid):
            assert equation.message
            assert "\n" not in equation.message
            continue
        roots = solve(equation)
        assert isinstance(roots, Invalid) or all(math.isfinite(x) for x in roots)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1_000", 1000),
        ("1e3", 1000),
        ("１０００", 1000),
        ("٣", 3),
        ("-0", None),
        ("0x10", None),
        ("1e309", None),
        ("nan", None),
        ("inf", None),
    ],
)
def test_documented_points_spellings(text: str, value: int | None) -> None:
    """As the README says: 1000, 1_000 and 1e3 alike; hex, NaN, inf and 1e309 refused."""
    result = parse_points(text)
    assert result == value if value is not None else isinstance(result, Invalid)


def test_unicode_minus_and_signed_zero() -> None:
    """U+2212 is a minus; -0 is zero, with its sign kept."""
    assert parse_number("\u22122.5", "x") == -2.5
    zero = parse_number("-0", "x")
    assert zero == 0.0
    assert isinstance(zero, float)
    assert math.copysign(1.0, zero) == -1.0


_OPTION_WORDS = st.sampled_from(
    [
        "--range",
        "--points",
        "--mode",
        "--steepness",
        "--shift",
        "--print",
        "--csv",
        "--width",
        "--height",
        "--marker",
        "--color",
        "--at",
        "--solve",
        "--exact",
        "--",
        "-",
        "-h5",
        "--rang",
        "--range=1",
    ]
)


@pytest.mark.slow
@settings(max_examples=EXAMPLES)
@given(
    st.lists(
        st.one_of(
            _OPTION_WORDS,
            st.text(max_size=12),
            st.sampled_from(SPELLINGS),
            st.sampled_from(EQUATION_SPELLINGS),
        ),
        max_size=8,
    )
)
def test_any_command_line_gives_options_or_a_usage_error(argv: list[str]) -> None:
    """The command line never raises anything but UsageError (one line, exit 2)."""
    if any(word in ("-h", "--help", "--version") for word in argv):
        return
    try:
        options = parse_options(argv)
    except UsageError as exc:
        message = str(exc)
    else:
        message = ""
        assert options.view.x_min < options.view.x_max
    assert "\n" not in message


def test_the_app_and_the_command_line_accept_the_same_spellings() -> None:
    """Both read through the same parsers: what one takes, the other takes alike."""
    for text in ("1_000", "1e3", "１０００"):
        assert parse_options(["--points", text]).view.points == parse_points(text)
    for text in ("-1e-9", "\u22123", "-.5"):
        low = parse_number(text, "x min")
        assert parse_options(["--range", text, "4"]).view.x_min == low


EXTREME_RANGES = [
    (-1e308, 1e308),
    (1e-300, 2e-300),
    (0.0, 5e-324),
    (-745.5, 745.5),
    (1e6 - 1e-9, 1e6),
    (-5e-324, 5e-324),
    (1.0, 1.0 + 2**-52),
]


@pytest.mark.parametrize(("low", "high"), EXTREME_RANGES)
@pytest.mark.parametrize("log_y", [False, True])
def test_extreme_ranges_draw_without_warnings(low: float, high: float, log_y: bool) -> None:
    """Each extreme range draws a full-size chart with no warning, in both axes, all modes:
    as --print draws it, and as the app's chart does, its cursor at the right end."""
    overlay = Overlay(
        points=tuple(points_of_interest()), vanishing=vanishing_regions(), log_y=log_y
    )
    style = ChartStyle(color=False)
    with warnings.catch_warnings(), np.errstate(over="raise", divide="raise", invalid="raise"):
        warnings.simplefilter("error")
        for mode in Mode:
            view = View(x_min=low, x_max=high, points=1000, mode=mode)
            lines = render_chart(view, 100, 30, style, overlay).splitlines()
            assert len(lines) == 30
            assert "Sigmoid" in lines[0]
            # What the chart widget does (chart_widget.SigmoidPlot.render), cursor and all.
            figure = new_figure()
            data = chart_data(view, chart_columns(100))
            drawn = draw_chart(figure, data, mode, 100, 30, style, overlay)
            built = strip_ansi(build_chart(figure, style, drawn)).split("\n")
            assert built[0].strip() == lines[0].strip()
            column = drawn.column(high)
            assert column is not None
            assert cursor_rows(built, drawn.canvas, column)


@pytest.mark.parametrize(("low", "high"), EXTREME_RANGES)
def test_extreme_ranges_label_both_ends_of_the_x_axis_at_least(low: float, high: float) -> None:
    """Even where no round ticks fit, the x axis says where it starts and ends."""
    text = render_chart(View(x_min=low, x_max=high, points=100), 100, 30, ChartStyle(color=False))
    labels = text.splitlines()[-2].split()
    assert len(labels) >= 2
    assert all(
        low <= float(label) <= high
        or math.isclose(float(label), low)
        or math.isclose(float(label), high)
        for label in labels
    )


@pytest.mark.parametrize(("low", "high"), EXTREME_RANGES)
def test_extreme_ranges_export_finite_values(low: float, high: float) -> None:
    """CSV over each extreme range: all finite, no warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = b"".join(b.data for b in csv_blocks(View(x_min=low, x_max=high, points=50)))
    text = data.decode()
    values = np.array([row.split(",") for row in text.splitlines()[1:]], dtype=float)
    assert np.isfinite(values).all()


@pytest.mark.parametrize("marker", list(Marker))
@pytest.mark.parametrize("color", [True, False])
def test_every_marker_draws_and_ascii_is_plain_ascii(marker: Marker, color: bool) -> None:
    """braille, hd, dot, ascii; ascii without colour is 7-bit text from frame to legend."""
    text = render_chart(View(), 80, 24, ChartStyle(color=color, marker=marker))
    assert "Sigmoid Derivative" in text
    if marker is Marker.ASCII and not color:
        assert text.isascii()
        assert "** Sigmoid" in text
        assert "oo Sigmoid Derivative" in text
