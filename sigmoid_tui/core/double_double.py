"""Double-double arithmetic on numpy arrays: a value is an unevaluated sum ``hi + lo`` of two
doubles, with about 106 bits of precision.

Error-free transformations
--------------------------
With u = 2^-53 the unit roundoff: ``two_sum(a, b)`` gives s + t = a + b exactly (Knuth);
``two_prod(a, b)`` gives p + t = a b exactly, by Dekker's splitting of each factor into two
26-bit halves (exact unless a factor exceeds 2^996 or a partial product underflows; every
product below stays between 2^-700 and 2^1000). A double-double product ``(a + a')(b + b')``
is ``two_prod(a, b)`` plus ``a b' + a' b``: relative error below 4u^2 = 2^-104.

Only IEEE double arithmetic with rounding to nearest is used (no long double, no fused
multiply-add), so results are the same on every platform numpy runs on. Nothing here imports
Textual.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

__all__ = ["FloatArray", "fast_two_sum", "mul", "power", "split", "two_prod", "two_sum"]

FloatArray = NDArray[np.float64]

SPLIT = 134217729.0
"""2^27 + 1, Dekker's splitting constant for doubles."""


def two_sum(a: FloatArray, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """s + t = a + b exactly, for any order of magnitude (Knuth)."""
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def fast_two_sum(a: FloatArray, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """s + t = a + b exactly, given |a| >= |b| (Dekker): three operations instead of six."""
    s = a + b
    return s, b - (s - a)


def split(a: FloatArray) -> tuple[FloatArray, FloatArray]:
    """a = hi + lo with each half of 26 bits, so that products of halves are exact."""
    t = a * SPLIT
    hi = t - (t - a)
    return hi, a - hi


def two_prod(a: FloatArray, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """p + t = a b exactly (Dekker), barring overflow and underflow."""
    p = a * b
    ah, al = split(a)
    bh, bl = split(b)
    return p, ((ah * bh - p) + ah * bl + al * bh) + al * bl


def mul(
    ah: FloatArray, al: FloatArray, bh: FloatArray, bl: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """(ah + al)(bh + bl) as a normalised double-double, relative error below 2^-104."""
    p, t = two_prod(ah, bh)
    return fast_two_sum(p, t + (ah * bl + al * bh))


def power(hi: FloatArray, lo: FloatArray, depth: int) -> tuple[FloatArray, FloatArray]:
    """(hi + lo)^depth by squaring and multiplying in double-double."""
    result_hi, result_lo = np.ones_like(hi), np.zeros_like(hi)
    base_hi, base_lo = hi, lo
    power = depth
    while True:
        if power & 1:
            result_hi, result_lo = mul(result_hi, result_lo, base_hi, base_lo)
        power >>= 1
        if not power:
            return result_hi, result_lo
        base_hi, base_lo = mul(base_hi, base_lo, base_hi, base_lo)
