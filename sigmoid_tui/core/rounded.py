"""Correctly rounded S and k S' (and compare mode's powers) for whole arrays, at numpy speed.

Every value here is the double nearest the exact real value for the doubles x, k and x0, as
:mod:`.exact` gives one point at a time, but some hundred times faster. The method is Ziv's:

1. Evaluate each value in double-double arithmetic (a value is an unevaluated sum ``hi + lo``
   of two doubles), with numpy, in blocks, together with a bound on its own error.
2. Where the bound keeps the value away from the midpoint between two doubles, the rounding of
   ``hi + lo`` is the nearest double of the exact value too: take it.
3. Send the rest to :mod:`.exact`'s ``decimal`` path. About one value in 100,000 goes there
   (one in 2,000 for compare mode at depth 50; ``benchmarks.bench csv`` counts them).

Only IEEE double arithmetic with rounding to nearest is used (no long double, no fused
multiply-add, no libm ``exp``), so the result is the same on every platform numpy runs on.

The first step lives in :mod:`.estimate` (with its error analysis), on the arithmetic of
:mod:`.double_double`.

The rounding test
-----------------
The scale 2^-s (s = m, m n or 0) is applied only at the end. Where the result is a normal
double, c = hi 2^-s exactly (the exponent field less s), ``diff = lo`` is the distance from c
to the computed value, and the doubles next to c lie an ulp of c away (half an ulp below a
power of two), so ``half`` is half of that, scaled. Where the result is subnormal (or zero),
``c = ldexp(hi, -s)`` rounds hi once to the grid of 2^-1074, ``back = ldexp(c, s)`` is exact,
``diff = (hi - back) + lo``, and where that exceeds half a grid step (rounding hi alone went
the other way from hi + lo, as it can when hi lies on or next to a midpoint of the grid) c
moves one step toward it; ``half = 2^(s - 1075)``. Then c is accepted when
``|diff| + BOUND |hi| (1 + 2^-50) < half``: the exact value, within the bound of the computed
one, is nearer c than any other double. Everything else goes to :mod:`.exact`.

Nothing here imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from sigmoid_tui.core.double_double import FloatArray, mul, power
from sigmoid_tui.core.estimate import BOUND, estimate_curves
from sigmoid_tui.core.frozen import frozen

__all__ = ["Rounded", "compare_values", "curve_values", "relu_value"]

BoolArray = NDArray[np.bool_]
IntArray = NDArray[np.int64]

_BLOCK = 1 << 13
"""Elements per block: some thirty temporaries of 64 KiB each stay in the L2 cache."""

_EXPONENT = np.int64(0x7FF0_0000_0000_0000)
"""A double's exponent field."""
_MANTISSA = np.int64(0x000F_FFFF_FFFF_FFFF)
"""A double's fraction field."""


def _round(
    hi: FloatArray, lo: FloatArray, scale: IntArray, bound: float | FloatArray
) -> tuple[FloatArray, BoolArray]:
    """The double nearest (hi + lo) 2^-scale (hi > 0), and where it is surely the exact
    value's nearest double too."""
    bits = hi.view(np.int64)
    exponent = bits >> 52
    normal = exponent > scale
    # Where the result is a normal double, scaling is exact: subtract from the exponent field.
    c = (bits - (scale << 52)).view(np.float64)
    diff = lo.copy()
    # Half an ulp of hi: 2^(E - 53) from its exponent field alone, halved once more just
    # below a power of two, where the next double down is nearer.
    half = (bits & _EXPONENT).view(np.float64) * 2.0**-53
    half[((bits & _MANTISSA) == 0) & (lo < 0.0)] *= 0.5
    if not normal.all():
        # Subnormal or zero: ldexp rounds once to the grid of 2^-1074, and that grid's
        # spacing 2^(s - 1074) (scaled) bounds the half-distance to the neighbours.
        (where,) = np.nonzero(~normal)
        h, s = hi[where], scale[where]
        with np.errstate(over="ignore", under="ignore"):
            sub = np.ldexp(h, -s)
            back = np.ldexp(sub, s)
            off = (h - back) + lo[where]
            # Where hi itself sits on (or an ulp from) a midpoint of that grid, ldexp may
            # have gone the other way from hi + lo: then step one grid point toward it.
            step = np.ldexp(1.0, s - 1074)
            wrong = np.abs(off) > 0.5 * step
            toward = np.sign(off[wrong])
            sub[wrong] += toward * 5e-324
            off[wrong] -= toward * step[wrong]
            c[where] = sub
            diff[where] = off
            half[where] = np.ldexp(1.0, s - 1075)
    sure = np.abs(diff) + hi * (bound * (1.0 + 2.0**-50)) < half
    return c, sure


# --- correctly rounded arrays ------------------------------------------------------------


@frozen(eq=False)
class Rounded:
    """Correctly rounded columns, and how many of their values took the slow path."""

    columns: tuple[FloatArray, ...]
    """One array per curve, each as long as x."""
    slow: int
    """Values that the double-double test could not settle, made by :mod:`.exact` instead."""


def curve_values(
    x: FloatArray, steepness: float = 1.0, shift: float = 0.0, *, fast: bool = True
) -> Rounded:
    """S(k(x - x0)) and k S'(k(x - x0)) at every x, each the double nearest the exact value.

    ``fast=False`` sends every value to the slow path: the answer must not change.
    """
    from sigmoid_tui.core.exact import values_at

    x = np.ascontiguousarray(x, dtype=np.float64).reshape(-1)
    s_out, d_out = np.empty_like(x), np.empty_like(x)
    slow = 0
    for start in range(0, x.size, _BLOCK):
        xs = x[start : start + _BLOCK]
        s, d = s_out[start : start + _BLOCK], d_out[start : start + _BLOCK]
        if fast:
            est = estimate_curves(xs, steepness, shift)
            s[:], s_sure = _round(est.sigmoid_hi, est.sigmoid_lo, est.sigmoid_scale, BOUND)
            d[:], d_sure = _round(est.slope_hi, est.slope_lo, est.slope_scale, BOUND)
            s[est.far] = np.where(est.negative[est.far], 0.0, 1.0)
            d[est.far] = 0.0
            s_sure |= est.far
            d_sure |= est.far
        else:
            s_sure = d_sure = np.zeros(xs.size, dtype=np.bool_)
        slow += _settle(xs, s, s_sure, lambda a: values_at(a, steepness, shift).sigmoid)
        slow += _settle(xs, d, d_sure, lambda a: values_at(a, steepness, shift).derivative)
    return Rounded((s_out, d_out), slow)


def compare_values(
    x: FloatArray,
    steepness: float = 1.0,
    shift: float = 0.0,
    depth: int = 1,
    weight: float = 1.0,
    *,
    fast: bool = True,
) -> Rounded:
    """(w k S'(u))^n, (w k tanh'(u))^n and (w k ReLU'(u))^n at u = k(x - x0), each correctly
    rounded.

    k tanh'(u) = 4k S'(2u) = 2 (2k) S'((2k)(x - x0)): the slope at 2k, doubled exactly. The
    weight multiplies the double-double value before the power (one more product, 2^-104). The
    ReLU column is 0 for x <= x0 (u <= 0 exactly when x <= x0, as k > 0) and (w k)^n beyond.
    """
    from sigmoid_tui.core.exact import compare_at

    x = np.ascontiguousarray(x, dtype=np.float64).reshape(-1)
    sig_out, tanh_out = np.empty_like(x), np.empty_like(x)
    base = BOUND + (2.0**-103 if weight != 1.0 else 0.0)
    bound = depth * base * (1.0 + 2.0**-10) + 2.0**-96
    slow = 0
    for start in range(0, x.size, _BLOCK):
        xs = x[start : start + _BLOCK]
        outs = (sig_out[start : start + _BLOCK], tanh_out[start : start + _BLOCK])
        for out, k, twice in ((outs[0], steepness, False), (outs[1], 2.0 * steepness, True)):
            if fast:
                est = estimate_curves(xs, k, shift)
                hi, lo = est.slope_hi, est.slope_lo
                # Take the binary exponent out, so that no power overflows or underflows:
                # (hi + lo) 2^-m = (f + lo 2^-b) 2^(b - m) with f = hi 2^-b in [1/2, 1).
                f, b = np.frexp(hi)
                lo = np.ldexp(lo, -b)
                # tanh's factor 2 is one less in the scale.
                scale = est.slope_scale - b.astype(np.int64) - (1 if twice else 0)
                if weight != 1.0:
                    # w (f + lo), then its exponent taken out again.
                    f, lo = mul(f, lo, np.full_like(f, weight), np.zeros_like(f))
                    f, b = np.frexp(f)
                    lo = np.ldexp(lo, -b)
                    scale = scale - b.astype(np.int64)
                hi, lo = power(f, lo, depth) if depth != 1 else (f, lo)
                scaled = scale * depth
                out[:], sure = _round(hi, lo, scaled, bound)
                # Past the largest double the exponent field cannot hold the result: the
                # exact path rounds those (to infinity, or to the largest doubles).
                sure &= ((hi.view(np.int64) >> 52) - scaled) < 2046
                out[est.far] = 0.0
                sure |= est.far
            else:
                sure = np.zeros(xs.size, dtype=np.bool_)

            def exact_value(a: float, twice: bool = twice) -> float:
                values = compare_at(a, steepness, shift, depth, weight)
                return values.tanh if twice else values.sigmoid

            slow += _settle(xs, out, sure, exact_value)
    relu = np.where(x > shift, relu_value(steepness, depth, weight), 0.0)
    return Rounded((sig_out, tanh_out, relu), slow)


def relu_value(steepness: float, depth: int, weight: float = 1.0) -> float:
    """(w k)^n, the double nearest it (:func:`.exact.relu_power`)."""
    from sigmoid_tui.core.exact import relu_power

    return relu_power(steepness, depth, weight)


def _settle(
    x: FloatArray, out: FloatArray, sure: BoolArray, exact: Callable[[float], float]
) -> int:
    """Fill the values the test could not settle from ``exact``; how many there were."""
    if sure.all():
        return 0
    (where,) = np.nonzero(~sure)
    for i in where.tolist():
        out[i] = exact(float(x[i]))
    return int(where.size)
