"""Points of interest are correctly rounded, like every other number: the double nearest the
exact x, checked against mpmath at 256 bits."""

from __future__ import annotations

import mpmath
from hypothesis import given, settings
from hypothesis import strategies as st

from sigmoid_tui.core.points_of_interest import compare_points, points_of_interest
from sigmoid_tui.core.view import power_label
from tests.reference import ulp_error

_MP = mpmath.MPContext()
_MP.prec = 256

STEEPNESS = st.one_of(st.floats(0.05, 1e3), st.sampled_from([1.0, 2.0, 0.3, 1e6]))
SHIFT = st.one_of(st.floats(-1e3, 1e3), st.sampled_from([0.0, 0.5, -3.75]))


def slope_edge(level: mpmath.mpf, k: float) -> mpmath.mpf:
    """|u| where S'(u) = c = level/k: S'(u) = 1/(4 cosh^2(u/2)), so u = 2 acosh(1/(2 sqrt c)).

    The level is the double 0.01, as --solve "S'=0.01" reads it.
    """
    c = level / _MP.mpf(k)
    return 2 * _MP.acosh(1 / (2 * _MP.sqrt(c)))


def assert_nearest(got: float, exact: mpmath.mpf) -> None:
    """``got`` is the double nearest ``exact``: within half an ulp."""
    assert ulp_error(got, exact) <= 0.5, (got, exact)


def test_second_derivative_extremes_are_the_nearest_doubles() -> None:
    """The S'' minimum is at 1.3169578969248168, the double nearest ln(2+sqrt 3), not ...166."""
    points = {p.label: p.x for p in points_of_interest()}
    assert points["S'' min"] == 1.3169578969248168
    assert points["S'' max"] == -1.3169578969248168


@settings(max_examples=80, deadline=None)
@given(STEEPNESS, SHIFT)
def test_every_point_of_interest_is_correctly_rounded(k: float, x0: float) -> None:
    """S'' extremes at x0 -+ ln(2+sqrt 3)/k, the inflection at x0, the saturation edges where
    k S' = 0.01: each within half an ulp of the exact x."""
    kk, shift = _MP.mpf(k), _MP.mpf(x0)
    far = _MP.log(2 + _MP.sqrt(3)) / kk
    edge = slope_edge(_MP.mpf(0.01), k) / kk if k > 0.04 else None
    saturation = []
    for p in points_of_interest(k, x0):
        if p.label == "S'' max":
            assert_nearest(p.x, shift - far)
        elif p.label == "S'' min":
            assert_nearest(p.x, shift + far)
        elif p.label in ("inflection", "max slope"):
            assert p.x == x0
        else:
            assert p.label == "saturation"
            saturation.append(p.x)
    assert edge is not None
    assert len(saturation) == 2
    assert_nearest(saturation[0], shift - edge)
    assert_nearest(saturation[1], shift + edge)


@settings(max_examples=60, deadline=None)
@given(st.floats(0.1, 100.0), SHIFT, st.integers(1, 50), st.sampled_from([1.0, 0.5, 4.0, 8.0]))
def test_compare_points_are_correctly_rounded(k: float, x0: float, depth: int, w: float) -> None:
    """Where (w k S')^n and (w k tanh')^n fall to 0.01, each x within half an ulp of the exact
    (the crossings have their own test against mpmath)."""
    kk, shift = _MP.mpf(k), _MP.mpf(x0)
    level = _MP.mpf(0.01) ** (_MP.mpf(1) / depth) / _MP.mpf(w)
    points = compare_points(k, x0, depth, w)
    below_s = power_label("S'", depth, w) + " < .01"
    below_tanh = power_label("tanh'", depth, w) + " < .01"
    for p in points:
        if p.label == "ReLU' jump":
            assert p.x == x0
            continue
        if p.label in ("tanh' = S'", "tanh' = ReLU'"):
            continue
        if p.label == below_s:
            u = slope_edge(level, k) / kk
        else:
            assert p.label == below_tanh
            u = slope_edge(level / 4, k) / (2 * kk)
        assert_nearest(p.x, shift - u if p.x < x0 else shift + u)
    labels = [p.label for p in points]
    # A curve has its two points exactly when its peak (w k/4 or w k, to the n-th power)
    # reaches 0.01.
    assert labels.count(below_s) == (2 if (w * k / 4) ** depth > 0.01 else 0)
    assert labels.count(below_tanh) == (2 if (w * k) ** depth > 0.01 else 0)


def test_compare_labels_name_the_power_that_falls_below_a_hundredth() -> None:
    """Through n layers it is (w k f')^n that falls below 0.01: the labels say so (the table
    said "tanh' < .01" beside a column of Tanh'^4)."""
    assert {p.label for p in compare_points(1.0, 0.0, 1, 1.0)} >= {"S' < .01", "tanh' < .01"}
    assert "tanh'^4 < .01" in {p.label for p in compare_points(1.0, 0.0, 4, 1.0)}
    assert "(4·S')^3 < .01" in {p.label for p in compare_points(1.0, 0.0, 3, 4.0)}
