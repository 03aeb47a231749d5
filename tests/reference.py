"""Exact reference values from mpmath, and errors measured in units in the last place."""

from __future__ import annotations

import math

import mpmath
import numpy as np
from numpy.typing import NDArray

SMALLEST_NORMAL = 2.2250738585072014e-308
"""Below this a double is subnormal: its spacing is the fixed 5e-324."""

_CONTEXT = mpmath.MPContext()
_CONTEXT.prec = 256  # far beyond double precision, so the reference rounds correctly


def exact_sigmoid(x: float) -> mpmath.mpf:
    """S(x) to 256 bits."""
    return 1 / (1 + _CONTEXT.exp(-_CONTEXT.mpf(x)))


def exact_derivative(x: float) -> mpmath.mpf:
    """S'(x) = e^-x / (1 + e^-x)^2 to 256 bits."""
    e = _CONTEXT.exp(-_CONTEXT.mpf(x))
    return e / (1 + e) ** 2


def exact_second_derivative(x: float) -> mpmath.mpf:
    """S''(x) = -tanh(x/2) S'(x) to 256 bits (the form that does not cancel at 0)."""
    return -_CONTEXT.tanh(_CONTEXT.mpf(x) / 2) * exact_derivative(x)


def ulp_error(got: float, exact: mpmath.mpf) -> float:
    """|got - exact| in ulps of the exact value; below the normal range, in subnormal steps."""
    target = abs(float(exact))
    unit = math.ulp(target) if target >= SMALLEST_NORMAL else 5e-324
    return float(abs(_CONTEXT.mpf(got) - exact) / unit)


def worst_ulp(
    xs: NDArray[np.float64], got: NDArray[np.float64], exact: object
) -> tuple[float, float]:
    """The largest ulp error over ``xs`` and the x where it happens."""
    errors = [ulp_error(float(g), exact(float(x))) for x, g in zip(xs, got, strict=True)]  # type: ignore[operator]
    i = int(np.argmax(errors))
    return errors[i], float(xs[i])


def nearest_double(value: mpmath.mpf) -> float:
    """The double nearest ``value``: ``float`` of a long decimal string rounds correctly."""
    return float(mpmath.nstr(value, 100, min_fixed=1, max_fixed=0))


def is_normal(value: mpmath.mpf) -> bool:
    """Whether the exact value, rounded to a double, lies in the normal range."""
    return abs(float(value)) >= SMALLEST_NORMAL
