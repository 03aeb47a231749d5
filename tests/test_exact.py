"""Quick answers are exact: every value the double nearest the true one, against mpmath."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sigmoid_tui.core.exact import solve_derivative, solve_sigmoid, values_at
from sigmoid_tui.core.invalid import Invalid

MP = mpmath.MPContext()
MP.dps = 100  # 100 digits: the reference rounds to the nearest double without doubt


def nearest(value: mpmath.mpf) -> float:
    """The double nearest ``value``: float() of a long decimal string rounds correctly."""
    return float(MP.nstr(value, 110, min_fixed=1, max_fixed=0))


def reference(x: float, k: float = 1.0, x0: float = 0.0) -> tuple[float, float, float]:
    """S, k S' and k^2 S'' at k(x - x0), from mpmath, each rounded to the nearest double."""
    u = MP.mpf(k) * (MP.mpf(x) - MP.mpf(x0))
    e = MP.exp(-abs(u))
    s = 1 / (1 + e) if u >= 0 else e / (1 + e)
    d = e / (1 + e) ** 2
    dd = -MP.tanh(u / 2) * d
    return nearest(s), nearest(MP.mpf(k) * d), nearest(MP.mpf(k) ** 2 * dd)


def test_reference_rounding_is_right_on_known_values() -> None:
    """The oracle itself: S(2.5), S(36.74) and S(-1e-9) as the issue states them."""
    assert reference(2.5)[0] == 0.9241418199787564
    assert reference(36.74)[0] == 0.9999999999999999
    assert reference(-1e-9)[0] == 0.49999999975
    assert nearest(MP.mpf(2) ** -1075 * 1.0001) == 5e-324


def test_named_values_are_the_nearest_doubles() -> None:
    """The values the issue names, and S'(40) ~ 4.25e-18 as the article's readers check it."""
    assert values_at(2.5).sigmoid == 0.9241418199787564
    assert values_at(36.74).sigmoid == 0.9999999999999999
    assert values_at(-1e-9).sigmoid == 0.49999999975
    assert values_at(-745.0).sigmoid == 5e-324
    assert values_at(709.78).derivative == 5.577796105262746e-309
    assert values_at(40.0).derivative == 4.248354255291589e-18
    assert values_at(0.0).row() == (0.0, 0.5, 0.25, 0.0)


def spread_points() -> list[tuple[float, float, float]]:
    """Over 10,000 (x, k, x0): [-745.2, 745.2], tiny |x|, around ±36.7 and ±709.8, and k, x0."""
    rng = np.random.default_rng(10)
    plain = [
        *np.linspace(-745.2, 745.2, 3001).tolist(),
        *rng.uniform(-745.2, 745.2, 2000).tolist(),
        *(s * 10.0**e for s in (1, -1) for e in rng.uniform(-300, -8, 500)),
        *(c + d for c in (36.7, -36.7) for d in rng.uniform(-0.5, 0.5, 500)),
        *(c + d for c in (709.8, -709.8) for d in rng.uniform(-0.5, 0.5, 500)),
    ]
    points = [(float(x), 1.0, 0.0) for x in plain]
    for k in (0.5, 3.0, 1000.0):
        x0 = float(rng.uniform(-5, 5))
        reach = 745.0 / k
        xs = rng.uniform(x0 - reach, x0 + reach, 600).tolist()
        xs += (x0 + rng.uniform(-1e-6, 1e-6, 100)).tolist()
        points += [(float(x), k, x0) for x in xs]
    return points


@pytest.mark.slow
def test_at_is_exactly_mpmath_rounded_at_over_10000_points() -> None:
    """Exact equality of S, k S' and k^2 S'' with mpmath's values rounded to the nearest double."""
    points = spread_points()
    assert len(points) >= 10_000
    wrong = [
        (x, k, x0, got, want)
        for x, k, x0 in points
        if (got := values_at(x, k, x0).row()[1:]) != (want := reference(x, k, x0))
    ]
    assert not wrong, f"{len(wrong)} of {len(points)} differ, e.g. {wrong[:3]}"


def root_nearest(u: mpmath.mpf, k: float, x0: float) -> float:
    """The double nearest x0 + u/k."""
    return nearest(MP.mpf(x0) + u / MP.mpf(k))


@given(
    st.floats(min_value=5e-324, max_value=1.0, exclude_max=True),
    st.sampled_from([(1.0, 0.0), (0.5, 1.5), (3.0, -2.0), (1000.0, 0.25)]),
)
@settings(max_examples=1000, deadline=None)
def test_solve_sigmoid_is_mpmaths_root_rounded(p: float, scale: tuple[float, float]) -> None:
    """S = p: the x is the double nearest x0 + logit(p)/k."""
    k, x0 = scale
    logit = MP.log(MP.mpf(p)) - MP.log(1 - MP.mpf(p))
    assert solve_sigmoid(p, k, x0) == [root_nearest(logit, k, x0)]


@pytest.mark.parametrize(
    "p",
    [
        5e-324,
        1e-320,
        2.2250738585072014e-308,
        0.5,
        math.nextafter(0.5, 0),
        math.nextafter(0.5, 1),
        *(1.0 - i * 2.0**-53 for i in range(1, 6)),
        *(i * 5e-324 for i in range(2, 6)),
        0.99,
        0.9,
    ],
)
def test_solve_sigmoid_within_ulps_of_0_half_and_1(p: float) -> None:
    """P a few ulp from 0, 1/2 and 1: still the nearest double to the exact root."""
    logit = MP.log(MP.mpf(p)) - MP.log(1 - MP.mpf(p))
    assert solve_sigmoid(p) == [nearest(logit)]


def test_solve_sigmoid_gives_the_issues_answer() -> None:
    """S = 0.99 at 4.595119850134589."""
    assert solve_sigmoid(0.99) == [4.595119850134589]


@given(
    st.floats(min_value=5e-324, max_value=0.25),
    st.sampled_from([(1.0, 0.0), (0.5, 1.5), (3.0, -2.0), (1000.0, 0.25)]),
)
@settings(max_examples=1000, deadline=None)
def test_solve_derivative_is_mpmaths_pair_of_roots(q: float, scale: tuple[float, float]) -> None:
    """k S' = q (scaled to the curve's range): two roots, each the nearest double, ascending."""
    k, x0 = scale
    q *= k  # into the scaled curve's range (0, k/4]
    if q == 0.0:
        return
    c = MP.mpf(q) / MP.mpf(k)
    u = 2 * MP.acosh(1 / (2 * MP.sqrt(c)))
    want = sorted({root_nearest(-u, k, x0), root_nearest(u, k, x0)})
    assert solve_derivative(q, k, x0) == want


def test_derivative_at_its_peak_has_one_root_and_past_it_none() -> None:
    """S' = 1/4 only at x0; above it, a message that says what values S' takes."""
    assert solve_derivative(0.25) == [0.0]
    assert solve_derivative(0.75, 3.0, 2.0) == [2.0]
    assert solve_derivative(0.3) == Invalid("S' takes values in (0, 0.25]")
    assert solve_derivative(0.0) == Invalid("S' takes values in (0, 0.25]")
    assert solve_derivative(1.0, 2.0) == Invalid("S' takes values in (0, 0.5]")
    assert solve_sigmoid(1.0) == Invalid("S takes values in (0, 1)")
    assert solve_sigmoid(0.0) == Invalid("S takes values in (0, 1)")
