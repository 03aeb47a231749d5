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
    """The double nearest ``value``, ties to even, subnormals included.

    ``value`` is m 2^e exactly; Python divides integers correctly rounded, so the quotient of
    the exact fraction is the nearest double. (A 100-digit decimal string was not enough: at an
    exact tie, such as (3/16)^34 = 3^34 2^-136, its rounding moved the value off the midpoint.)
    """
    if not mpmath.isfinite(value):
        return float(value)
    sign, man, exp, bits = value._mpf_  # its own bits: no context rounds it first
    man, exp, top = int(man), int(exp), int(exp) + int(bits)  # 2^(top-1) <= |value| < 2^top
    if top < -1076:  # below a quarter of the smallest subnormal, 2^-1074: zero
        magnitude = 0.0
    elif top > 1024:
        magnitude = math.inf
    else:
        try:  # int to float and int / int both round correctly; past the largest double: inf
            magnitude = float(man << exp) if exp >= 0 else man / (1 << -exp)
        except OverflowError:
            magnitude = math.inf
    return -magnitude if sign else magnitude


def is_normal(value: mpmath.mpf) -> bool:
    """Whether the exact value, rounded to a double, lies in the normal range."""
    return abs(float(value)) >= SMALLEST_NORMAL
