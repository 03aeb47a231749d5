"""Points of interest, steepness and shift, and files that never overwrite: the pure parts."""

from __future__ import annotations

import csv
import io
import math
import re

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sigmoid_tui.chart.figure import render_chart
from sigmoid_tui.chart.overlay import Overlay
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.core.csv_values import write_csv
from sigmoid_tui.core.curves import sigmoid_derivative, sigmoid_second_derivative
from sigmoid_tui.core.exact import solve_derivative, values_at
from sigmoid_tui.core.help_markdown import help_markdown
from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.parsing import parse_shift, parse_steepness
from sigmoid_tui.core.points_of_interest import (
    SATURATION_U,
    STEEPEST_CHANGE_U,
    next_stop,
    points_of_interest,
    vanishing_regions,
)
from sigmoid_tui.core.sampling import curves_at, sample, scaled_argument
from sigmoid_tui.core.view import Mode, View

from .reference import exact_derivative, exact_sigmoid, is_normal, ulp_error

PLAIN = ChartStyle(color=False)


def test_points_of_interest_are_where_the_maths_says() -> None:
    """Inflection at 0, S'' extremes at +-ln(2+sqrt 3), saturation where S' = 0.01."""
    assert STEEPEST_CHANGE_U == 1.3169578969248168  # the double nearest ln(2 + sqrt 3)
    assert math.isclose(SATURATION_U, 4.585, abs_tol=5e-4)
    assert sigmoid_derivative(SATURATION_U) == pytest.approx(0.01, rel=1e-14)
    # S''' = 0 at the extremes of S'': S'' is flat there.
    h = 1e-5
    assert sigmoid_second_derivative(STEEPEST_CHANGE_U + h) == pytest.approx(
        sigmoid_second_derivative(STEEPEST_CHANGE_U - h), rel=1e-8
    )
    xs = [p.x for p in points_of_interest()]
    assert xs == sorted(xs)
    assert xs[2] == xs[3] == 0.0


def test_points_of_interest_move_with_steepness_and_shift() -> None:
    """For k = 5, x0 = 1 the inflection and S'' extremes sit at x0 + u/k, the peak slope is
    k/4, and the saturation edges are where the slope k S' is 0.01, as --solve says."""
    plain = [p for p in points_of_interest() if p.label != "saturation"]
    moved = [q for q in points_of_interest(5.0, 1.0) if q.label != "saturation"]
    for p, q in zip(plain, moved, strict=True):
        assert q.x == pytest.approx(1.0 + p.x / 5.0)
    peak = next(q for q in moved if q.label == "max slope")
    assert peak.y == 1.25
    edges = solve_derivative(0.01, 5.0, 1.0)
    assert isinstance(edges, list)
    assert vanishing_regions(5.0, 1.0) == tuple(edges)
    saturation = [q.x for q in points_of_interest(5.0, 1.0) if q.label == "saturation"]
    assert saturation == edges


def test_next_stop_goes_right_then_left_and_stays_in_range() -> None:
    """n and shift+n: strictly past the cursor, never outside the range."""
    stops = [p.x for p in points_of_interest()]
    assert next_stop(stops, -10.0, True, -10, 10) == pytest.approx(-SATURATION_U)
    assert next_stop(stops, 0.0, True, -10, 10) == pytest.approx(STEEPEST_CHANGE_U)
    assert next_stop(stops, 0.0, False, -10, 10) == pytest.approx(-STEEPEST_CHANGE_U)
    assert next_stop(stops, SATURATION_U, True, -10, 10) is None
    assert next_stop(stops, 0.0, True, -1, 1) is None


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("1", 1.0),
        ("0.5", 0.5),
        ("1e6", 1e6),
        ("0", None),
        ("-1", None),
        ("1e7", None),
        ("nan", None),
        ("k", None),
    ],
)
def test_steepness_must_be_positive_and_at_most_a_million(text: str, ok: float | None) -> None:
    """0 < k <= 10^6."""
    result = parse_steepness(text)
    assert result == ok if ok is not None else isinstance(result, Invalid)


def test_shift_is_any_finite_number() -> None:
    """x0: finite numbers only."""
    assert parse_shift("-2.5") == -2.5
    assert isinstance(parse_shift("inf"), Invalid)


@settings(max_examples=1000)
@given(
    st.floats(-1e3, 1e3),
    st.floats(1e-3, 1e3),
    st.floats(-10, 10),
)
def test_scaled_curves_are_exact_up_to_rounding_the_argument(x: float, k: float, x0: float) -> None:
    """S(k(x-x0)) within 4 ulp of S at the rounded argument; k S' within 4.5 ulp."""
    u = float(scaled_argument(np.array([x]), k, x0)[0])
    s, d, _ = curves_at(x, k, x0)
    truth_s = exact_sigmoid(u)
    truth_d = exact_derivative(u) * mpmath.mpf(k)
    assert ulp_error(s, truth_s) <= (4.0 if is_normal(truth_s) else 1.0)
    assert ulp_error(d, truth_d) <= (4.5 if is_normal(truth_d) else 1.0)


def test_readout_values_at_zero() -> None:
    """S(0) = 1/2, S'(0) = 1/4, S''(0) = 0; with k = 5, S'(x0) = 5/4."""
    assert curves_at(0.0) == (0.5, 0.25, 0.0)
    assert curves_at(1.0, 5.0, 1.0)[:2] == (0.5, 1.25)


def test_samples_with_steepness_are_the_scaled_curves() -> None:
    """sample(..., k, x0) is S(k(x-x0)) and k S'(k(x-x0))."""
    got = sample(-2.0, 2.0, 41, 5.0, 0.5)
    for x, s, d in zip(got.x, got.sigmoid, got.derivative, strict=True):
        assert (s, d) == curves_at(float(x), 5.0, 0.5)[:2]


def test_csv_honours_steepness_and_shift_and_keeps_its_header() -> None:
    """The CSV header stays x,sigmoid,derivative; the values are the scaled curves, rounded."""
    out = io.BytesIO()
    write_csv(View(x_min=-1, x_max=1, points=5, steepness=3.0, shift=0.25), out)
    rows = list(csv.reader(io.StringIO(out.getvalue().decode())))
    assert rows[0] == ["x", "sigmoid", "derivative"]
    for x, s, d in rows[1:]:
        want = values_at(float(x), 3.0, 0.25)
        assert (float(s), float(d)) == (want.sigmoid, want.derivative)


def test_log_view_draws_the_derivative_as_a_straight_line_down_to_1e_300() -> None:
    """On a log axis S' over [-745, 745] reaches the 1e-300 tick; nothing is drawn at 0."""
    view = View(x_min=-745.0, x_max=745.0, points=2000, mode=Mode.DERIVATIVE)
    text = render_chart(view, 100, 30, PLAIN, Overlay(log_y=True))
    assert "S'(x) (log)" in text
    assert "1e-300" in text
    assert not re.search(r"\n\s*0[┼┤├]", text)


def test_points_of_interest_are_labelled_on_the_chart() -> None:
    """With points on, the chart names them and marks the vanishing-gradient tails."""
    overlay = Overlay(points=tuple(points_of_interest()), vanishing=vanishing_regions())
    text = render_chart(View(), 120, 36, PLAIN, overlay)
    for words in (
        "inflection",
        "max slope",
        "S'' max",
        "S'' min",
        "saturation",
        "vanishing gradient",
    ):
        assert words in text


def test_help_text_explains_the_sigmoid_and_lists_keys() -> None:
    """Formulas, properties, why it is used, vanishing gradients, ReLU, keys."""
    text = help_markdown([("m", "next mode")])
    for words in (
        "S(x) = 1 / (1 + e^-x)",
        "S'(x) = S(x) (1 - S(x))",
        "S''(x)",
        "1/4",
        "probability",
        "backpropagation",
        "vanishing",
        "ReLU",
        "| `m` | next mode |",
    ):
        assert words in text
