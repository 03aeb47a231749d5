"""The per-column envelope keeps every peak and hands plotext a bounded number of points."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sigmoid_tui.chart.envelope import chart_data, column_envelope
from sigmoid_tui.core.activations import compare_curves
from sigmoid_tui.core.sampling import linspace, sample
from sigmoid_tui.core.view import Mode, View


def test_short_series_pass_through_unchanged() -> None:
    """100 points on a 100-column chart are plotted as they are."""
    x = linspace(-10, 10, 100)
    y = np.sin(x)
    xs, ys = column_envelope(x, y, 200)
    assert xs is x
    assert ys is y


def test_long_series_shrink_to_two_points_per_column() -> None:
    """10^6 points on a 200-column chart become at most 400."""
    x = linspace(-10, 10, 1_000_000)
    xs, ys = column_envelope(x, np.cos(x), 200)
    assert xs.size <= 400
    assert ys.size == xs.size


def test_a_one_sample_spike_survives() -> None:
    """A single high sample among 10^6 is still the envelope's maximum."""
    x = linspace(0, 1, 1_000_000)
    y = np.zeros_like(x)
    y[654_321] = 1.0
    y[123_456] = -2.0
    _, ys = column_envelope(x, y, 80)
    assert ys.max() == 1.0
    assert ys.min() == -2.0


def test_envelope_stays_inside_the_data_and_in_order() -> None:
    """x never leaves [x0, xn] and never goes backwards."""
    x = linspace(-3, 7, 12345)
    xs, _ = column_envelope(x, x**2, 50)
    assert xs[0] == x[0]
    assert xs[-1] == x[-1]
    assert (np.diff(xs) >= 0).all()


def test_nan_values_are_left_out() -> None:
    """NaN samples do not reach the chart."""
    x = linspace(0, 1, 10_000)
    y = np.where(x < 0.5, np.nan, x)
    _, ys = column_envelope(x, y, 20)
    assert not np.isnan(ys).any()
    assert ys.max() == 1.0


@given(st.integers(2, 50_000), st.integers(1, 300))
def test_envelope_min_and_max_equal_the_series(points: int, columns: int) -> None:
    """Whatever the sizes, the envelope's extremes are the series' extremes."""
    x = linspace(-5, 5, points)
    y = np.sin(3 * x) * np.exp(-x)
    xs, ys = column_envelope(x, y, columns)
    assert ys.max() == y.max()
    assert ys.min() == y.min()
    assert xs.size <= max(points, 2 * columns)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(2, 40_000),
    st.integers(1, 400),
    st.floats(-50, 0),
    st.floats(-3, 2),
    st.floats(-2, 3),
    st.floats(-5, 5),
)
def test_chart_data_is_the_envelope_of_all_samples(
    points: int, columns: int, low: float, log_span: float, log_k: float, shift: float
) -> None:
    """Evaluating only each column's deciding samples gives the same envelope as all N."""
    view = View(
        x_min=low, x_max=low + 10.0**log_span, points=points, steepness=10.0**log_k, shift=shift
    )
    fast = chart_data(view, columns)
    every = sample(view.x_min, view.x_max, view.points, view.steepness, view.shift)
    full = (
        column_envelope(every.x, every.sigmoid, columns),
        column_envelope(every.x, every.derivative, columns),
    )
    for (xa, ya), (xb, yb) in zip((fast.sigmoid, fast.derivative), full, strict=True):
        assert np.array_equal(xa, xb)
        assert np.array_equal(ya, yb)
    # Compare mode, through a depth: the same holds for S'^n and tanh'^n (ReLU' gains its jump).
    compare = replace(view, mode=Mode.COMPARE, depth=3)
    fast_compare = chart_data(compare, columns).compare
    assert fast_compare is not None
    x = linspace(view.x_min, view.x_max, view.points)
    curves = compare_curves(x, view.steepness, view.shift, 3)
    for (xa, ya), y in zip(fast_compare[:2], curves[:2], strict=True):
        xb, yb = column_envelope(x, y, columns)
        assert np.array_equal(xa, xb)
        assert np.array_equal(ya, yb)


def test_chart_data_for_ten_million_points_evaluates_a_few_hundred() -> None:
    """10^7 points on a 200-column chart: at most two points a column reach the chart."""
    data = chart_data(View(points=10_000_000), 200)
    assert data.sigmoid[0].size <= 400
    assert data.derivative[0].size <= 400
    # The samples nearest 0 are 1e-6 away: S' there is 1/4 to within 1e-13.
    assert abs(data.derivative[1].max() - 0.25) < 1e-13
