"""Samples are the article's np.linspace, and a span too wide for a double still samples."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sigmoid_tui.core.curves import sigmoid_and_derivative
from sigmoid_tui.core.sampling import linspace, sample, sample_x


def test_default_samples_are_the_articles_linspace() -> None:
    """np.linspace(-10, 10, 100), bit for bit."""
    assert np.array_equal(linspace(-10, 10, 100), np.linspace(-10, 10, 100))


def test_sample_holds_both_curves_at_each_x() -> None:
    """S and S' at every x of the range, ends included."""
    samples = sample(-5.0, 5.0, 11)
    assert len(samples) == 11
    assert samples.x[0] == -5.0
    assert samples.x[-1] == 5.0
    s, d = sigmoid_and_derivative(samples.x)
    assert np.array_equal(samples.sigmoid, s)
    assert np.array_equal(samples.derivative, d)


def test_a_span_that_overflows_still_samples_finitely() -> None:
    """[-1e308, 1e308]: its width overflows to inf, yet every x is finite and ascending."""
    x = linspace(-1e308, 1e308, 1001)
    assert np.isfinite(x).all()
    assert x[0] == -1e308
    assert x[-1] == 1e308
    assert (np.diff(x) > 0).all()


@settings(max_examples=500)
@given(
    st.floats(-1e308, 1e308),
    st.floats(-1e308, 1e308),
    st.integers(2, 5000),
)
def test_sample_x_is_linspace_bit_for_bit(a: float, b: float, points: int) -> None:
    """Any sample's x alone equals numpy's linspace at that index, tiny and huge spans too."""
    low, high = min(a, b), max(a, b)
    if not low < high:
        return
    full = linspace(low, high, points)
    index = np.arange(points, dtype=np.int64)
    assert np.array_equal(sample_x(low, high, points, index), full)


def test_sample_x_of_a_subnormal_span() -> None:
    """[0, 5e-324] in 50 points: numpy's step underflows, and sample_x follows it."""
    index = np.arange(50, dtype=np.int64)
    assert np.array_equal(sample_x(0.0, 5e-324, 50, index), np.linspace(0.0, 5e-324, 50))
