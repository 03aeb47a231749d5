"""Samples are the article's np.linspace, and a span too wide for a double still samples."""

from __future__ import annotations

import numpy as np

from sigmoid_tui.curves import sigmoid_and_derivative
from sigmoid_tui.sampling import linspace, sample


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
