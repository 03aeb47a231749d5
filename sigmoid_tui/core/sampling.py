"""Evenly spaced samples of S and S' over a range: the one place where x values are made."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from sigmoid_tui.core.curves import sigmoid_and_derivative
from sigmoid_tui.core.frozen import frozen

__all__ = [
    "Samples",
    "curves_at",
    "linspace",
    "sample",
    "sample_x",
    "scaled_argument",
    "scaled_curves",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


@frozen(eq=False)
class Samples:
    """x and the two curves at x, as float64 arrays of one length."""

    x: NDArray[np.float64]
    """The sample positions, ascending, ends included."""
    sigmoid: NDArray[np.float64]
    """S(x) at each position."""
    derivative: NDArray[np.float64]
    """S'(x) at each position."""

    def __len__(self) -> int:
        return int(self.x.size)


def linspace(x_min: float, x_max: float, points: int) -> NDArray[np.float64]:
    """``np.linspace(x_min, x_max, points)``, also where ``x_max - x_min`` overflows.

    For finite ends whose difference is finite this is exactly numpy's linspace, so the values
    match the article's ``np.linspace(-10, 10, 100)`` bit for bit. A span such as
    ``[-1e308, 1e308]`` overflows to inf in numpy's step; there each point is blended from the
    two ends instead, which stays finite.
    """
    with np.errstate(over="ignore", invalid="ignore"):
        span = np.float64(x_max) - np.float64(x_min)
    if np.isfinite(span):
        return np.linspace(x_min, x_max, points, dtype=np.float64)
    t = np.linspace(0.0, 1.0, points, dtype=np.float64)
    x: NDArray[np.float64] = x_min * (1.0 - t) + x_max * t
    x[0], x[-1] = x_min, x_max
    return x


def sample_x(x_min: float, x_max: float, points: int, index: IntArray) -> FloatArray:
    """The x of the samples numbered ``index``, bit for bit as :func:`linspace` makes them.

    This lets a chart evaluate only the few samples that decide what each column shows (see
    :mod:`.envelope`) instead of all of them. It repeats numpy's own arithmetic:
    ``i * step + start`` (``i / div * delta + start`` where the step underflows to 0), and
    the last sample exactly ``stop``.
    """
    div = points - 1
    i = index.astype(np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        delta = np.float64(x_max) - np.float64(x_min)
    if np.isfinite(delta):
        step = delta / div
        x: FloatArray = (i / div) * delta + x_min if step == 0 else i * step + x_min
    else:
        t = i * (1.0 / div)
        t[index == div] = 1.0
        x = x_min * (1.0 - t) + x_max * t
        x[index == 0] = x_min
    x[index == div] = x_max
    return x


def sample(
    x_min: float, x_max: float, points: int, steepness: float = 1.0, shift: float = 0.0
) -> Samples:
    """Sample ``S(k(x - x0))`` and its derivative ``k S'(k(x - x0))`` at evenly spaced x.

    With the defaults ``k = 1, x0 = 0`` this is the plain S and S' at ``points`` evenly spaced x
    from ``x_min`` to ``x_max``.
    """
    x = linspace(x_min, x_max, points)
    s, d = scaled_curves(x, steepness, shift)
    return Samples(x=x, sigmoid=s, derivative=d)


def scaled_curves(x: FloatArray, steepness: float, shift: float) -> tuple[FloatArray, FloatArray]:
    """``S(k(x - x0))`` and ``k S'(k(x - x0))``: the one place the scaled curves are made.

    ``k S'(u)`` is not computed as ``k`` times a subnormal ``S'(u)`` (|u| > 708), which would
    keep only the few digits a subnormal holds; there it is ``(k e^(-|u|/2)) e^(-|u|/2)``,
    whose factors are normal doubles, so a normal result keeps its full precision.
    """
    u = scaled_argument(x, steepness, shift)
    s, d = sigmoid_and_derivative(u)
    if steepness != 1.0:
        d *= steepness
        if steepness > 1.0:
            tail = np.abs(u) > _SUBNORMAL_SLOPE_U
            if tail.any():
                with np.errstate(under="ignore"):
                    half = np.exp(-0.5 * np.abs(u[tail]))
                    d[tail] = (steepness * half) * half
    return s, d


_SUBNORMAL_SLOPE_U = 700.0
"""Beyond this |u|, S'(u) < 1e-304 is near or below the subnormal range."""


def scaled_argument(x: FloatArray, steepness: float, shift: float) -> FloatArray:
    """``k (x - x0)``, the argument of S; the identity (no copy) for ``k = 1, x0 = 0``.

    Far outside any sensible range ``x - x0`` may overflow to an infinity, where S is exactly
    0 or 1 and S' exactly 0: the right answer, so the overflow is not reported.
    """
    if steepness == 1.0 and shift == 0.0:
        return x
    with np.errstate(over="ignore"):
        u: FloatArray = (x - shift) * steepness
    return u


def curves_at(x: float, steepness: float = 1.0, shift: float = 0.0) -> tuple[float, float, float]:
    """``S(k(x - x0))`` and its first and second derivatives with respect to x, at one x."""
    point = np.array([x])
    s, d = scaled_curves(point, steepness, shift)
    u = scaled_argument(point, steepness, shift)
    # S'' = -tanh(u/2) S'(u), times k^2 for the derivative with respect to x.
    with np.errstate(over="ignore", under="ignore"):
        dd = -np.tanh(0.5 * u) * d * steepness
    return float(s[0]), float(d[0]), float(dd[0])
