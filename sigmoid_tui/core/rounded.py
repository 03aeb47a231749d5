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

Error-free transformations
--------------------------
With u = 2^-53 the unit roundoff: ``two_sum(a, b)`` gives s + t = a + b exactly (Knuth);
``two_prod(a, b)`` gives p + t = a b exactly, by Dekker's splitting of each factor into two
26-bit halves (exact unless a factor exceeds 2^996 or a partial product underflows; every
product below stays between 2^-700 and 2^1000). A double-double product ``(a + a')(b + b')``
is ``two_prod(a, b)`` plus ``a b' + a' b``: relative error below 4u^2 = 2^-104.

The argument
------------
u = k(x - x0): ``two_sum(x, -x0)`` is exactly d + d'; ``two_prod(k, d)`` is exact and k d'
adds a rounding of u|u|·2^-53·2^-53, so |u - (u_hi + u_lo)| <= 2^-105 |u|. Take a = |u|; for
a > 1100, S rounds to 0 or 1 and k S' (k <= 2e6) to 0, the exact answers.

exp(-a), scaled
---------------
n = rint(a · 64/ln 2) < 2^17, j = n mod 64, m = n div 64, so that
e^-a = 2^-m · 2^(-j/64) · e^-r with r = a - n ln2/64, |r| <= 0.0055 (= 2^-7.5).
ln2/64 = C1 + C2 + C3 with C1 and C2 of 36 bits each: n C1 and n C2 are exact, a_hi - n C1 is
exact (Sterbenz: the two are within a factor 2 for n >= 1), and ``two_sum`` with -n C2 is
exact; what remains (a_lo - n C3, below 2^-42) is rounded once. So r = r_hi + r_lo with an
absolute error below 2^-94, and e^-r = e^-r_hi (1 - r_lo) with r_lo^2/2 < 2^-85 left out.
e^-r_hi - 1 = p = -r + r^2/2 + r^3 (c3 + c4 r + ... + c8 r^5), with r^2 exact by ``two_prod``
and the cubic tail (below 2^-25) by Horner in doubles: truncation after r^8 leaves
|r|^9/9! < 2^-85.8, the tail's roundings (at most 4u of its size) 2^-76, the sums 2^-77.
p is then normalised (|p_lo| <= 2^-61), so that in (1 + p)(1 - r_lo) only p_lo r_lo < 2^-105
is left out: with the tail kept apart, p_lo r_lo reached 2^-69.4 at |u| ~ 670, k = 3 (r_lo is
up to 2^-43 when u is a double-double), a slip the bound's test below found.
The table 2^(-j/64) is held as double-doubles made with ``decimal`` (error 2^-106). So
e_hat = 2^(-j/64) e^-r, in [0.49, 1.01], has relative error eps_e <= 2^-75.3, and
e^-a = 2^-m e_hat.

The values
----------
D = 1 + 2^-m e_hat (no cancellation: relative error at most eps_e/2 + 2^-105) and Y = 1/D by
one Newton step from the double 1/D_hi, whose residual 1 - D_hi y is formed exactly with
``two_prod`` (relative error below 2^-103 beyond D's own). Then:

* S(u) for u >= 0 is Y: error <= eps_e/2 + 2^-102.
* S(u) for u < 0 is 2^-m (e_hat Y): error <= eps_e + eps_e/2 + 2^-102.
* k S'(u) is 2^-m (k e_hat Y^2): error <= eps_e + eps_e + 2^-101 (Y^2 counts D's error twice,
  e_hat once: 2 eps_e in all, since D's share is at most eps_e/2 each time).

All are below 2^-73.3; the test uses ``BOUND = 2^-70``, eight times that, so that a slip in
this reckoning does not cost a wrong digit. Compare mode raises such a value V (|error| <=
BOUND |V|) to the n-th power by double-double squaring and multiplying (about 2 log2 n
products, 2^-104 each): relative error (1 + BOUND)^n (1 + 2^-104)^(2 n) - 1, which the code
bounds by ``n BOUND (1 + 2^-10) + 2^-96`` for n <= 50. tanh' is 4 S'(2u): the same routine at
2k, doubled exactly. A weight w multiplies V before the power, one double-double product more
(2^-104, counted as 2^-103 on BOUND).

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
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from functools import cache

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "BOUND",
    "Estimate",
    "Rounded",
    "compare_values",
    "curve_values",
    "estimate_curves",
    "relu_value",
]

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]
IntArray = NDArray[np.int64]

BOUND = 2.0**-70
"""The relative error allowed for every double-double value before rounding (see above)."""

_BLOCK = 1 << 13
"""Elements per block: some thirty temporaries of 64 KiB each stay in the L2 cache."""

_SPLIT = 134217729.0
"""2^27 + 1, Dekker's splitting constant for doubles."""

_FAR = 1100.0
"""Past this |u|, e^-|u| < 2^-1586: S rounds to 0 or 1 and k S' (k <= 2e6) to 0."""

_EXPONENT = np.int64(0x7FF0_0000_0000_0000)
"""A double's exponent field."""
_MANTISSA = np.int64(0x000F_FFFF_FFFF_FFFF)
"""A double's fraction field."""

_DEGREE = 8
"""Taylor terms of e^-r kept (|r| <= 0.0055): the first left out is below 2^-85.8."""


# --- double-double arithmetic ------------------------------------------------------------


def _two_sum(a: FloatArray, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """s + t = a + b exactly, for any order of magnitude (Knuth)."""
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def _fast_two_sum(a: FloatArray, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """s + t = a + b exactly, given |a| >= |b| (Dekker): three operations instead of six."""
    s = a + b
    return s, b - (s - a)


def _split(a: FloatArray) -> tuple[FloatArray, FloatArray]:
    """a = hi + lo with each half of 26 bits, so that products of halves are exact."""
    t = a * _SPLIT
    hi = t - (t - a)
    return hi, a - hi


def _two_prod(a: FloatArray, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """p + t = a b exactly (Dekker), barring overflow and underflow."""
    p = a * b
    ah, al = _split(a)
    bh, bl = _split(b)
    return p, ((ah * bh - p) + ah * bl + al * bh) + al * bl


def _mul(
    ah: FloatArray, al: FloatArray, bh: FloatArray, bl: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """(ah + al)(bh + bl) as a normalised double-double, relative error below 2^-104."""
    p, t = _two_prod(ah, bh)
    return _fast_two_sum(p, t + (ah * bl + al * bh))


# --- constants, made once with decimal ---------------------------------------------------


def _pair(value: Decimal) -> tuple[float, float]:
    """``value`` as hi + lo: hi the nearest double, lo the nearest double to the rest."""
    with localcontext(Context(prec=200)):
        hi = float(value)
        return hi, float(value - Decimal(hi))


def _truncate(value: Decimal, bits: int) -> float:
    """``value`` (0 < value < 1) cut to its first ``bits`` significant bits: exactly a double."""
    with localcontext(Context(prec=200)):
        exponent = value.adjusted() * 10 // 3 - 4  # a power of two a little below value
        while Decimal(2) ** (exponent + 1) <= value:
            exponent += 1
        scale = Decimal(2) ** (bits - 1 - exponent)
        return float((value * scale).to_integral_value(rounding="ROUND_FLOOR") / scale)


@dataclass(frozen=True)
class _Constants:
    """The range reduction's constants and the table of 2^(-j/64)."""

    inv_step: float
    """64/ln 2, rounded (only n depends on it, and n need not be the nearest integer)."""
    c1: float
    """ln2/64 cut to 36 bits."""
    c2: float
    """The next 36 bits."""
    c3: float
    """The rest, rounded."""
    table_hi: FloatArray
    """2^(-j/64), j = 0..63, rounded."""
    table_lo: FloatArray
    """What the rounding left out."""
    taylor: tuple[float, ...]
    """(-1)^i / i! for i = 3..8, rounded."""


@cache
def _constants() -> _Constants:
    """Made on first use, in about a millisecond."""
    with localcontext(Context(prec=60)):
        ln2 = Decimal(2).ln()
        step = ln2 / 64
        c1 = _truncate(step, 36)
        c2 = _truncate(step - Decimal(c1), 36)
        c3 = float(step - Decimal(c1) - Decimal(c2))
        pairs = [_pair((-j * step).exp()) for j in range(64)]
        factorial = Decimal(1)
        taylor = []
        for i in range(1, _DEGREE + 1):
            factorial *= i
            if i >= 3:
                taylor.append(float((-1) ** i / factorial))
        return _Constants(
            inv_step=float(64 / ln2),
            c1=c1,
            c2=c2,
            c3=c3,
            table_hi=np.array([hi for hi, _ in pairs]),
            table_lo=np.array([lo for _, lo in pairs]),
            taylor=tuple(taylor),
        )


# --- the evaluation ----------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Estimate:
    """S(u) and k S'(u) as scaled double-doubles: value = (hi + lo) 2^-scale, error <= BOUND."""

    sigmoid_hi: FloatArray
    """S's high part (scaled by 2^sigmoid_scale)."""
    sigmoid_lo: FloatArray
    """S's low part."""
    sigmoid_scale: IntArray
    """S = (hi + lo) 2^-scale: 0 for u >= 0, m for u < 0."""
    slope_hi: FloatArray
    """k S'(u)'s high part (scaled by 2^slope_scale)."""
    slope_lo: FloatArray
    """Its low part."""
    slope_scale: IntArray
    """k S'(u) = (hi + lo) 2^-scale."""
    far: BoolArray
    """|u| > 1100: S is exactly 0 or 1 as a double, k S' exactly 0; the parts are not used."""
    negative: BoolArray
    """u < 0."""


def _argument(
    x: FloatArray, steepness: float, shift: float
) -> tuple[FloatArray, FloatArray, BoolArray, BoolArray]:
    """|u| = |k(x - x0)| as a double-double, whether u < 0, and whether |u| > 1100 (far).

    Far arguments are replaced by 0, so that the evaluation stays in range; their values are
    set apart.
    """
    k = np.float64(steepness)
    if steepness == 1.0 and shift == 0.0:
        u_hi, u_lo = x.copy(), np.zeros_like(x)
    else:
        d, d_lo = _two_sum(x, np.full_like(x, -shift))
        far = ~(np.abs(d) * k <= _FAR)  # NaN-safe: an infinite difference is far too
        d[far] = 0.0
        d_lo[far] = 0.0
        p, t = _two_prod(np.full_like(x, k), d)
        u_hi, u_lo = _fast_two_sum(p, t + k * d_lo)
        u_hi[far] = np.where(x[far] > shift, 2 * _FAR, -2 * _FAR)
    negative = u_hi < 0.0
    a_hi = np.abs(u_hi)
    a_lo = np.where(negative, -u_lo, u_lo)
    far = a_hi > _FAR
    a_hi[far] = 0.0
    a_lo[far] = 0.0
    return a_hi, a_lo, negative, far


def _exp_scaled(a_hi: FloatArray, a_lo: FloatArray) -> tuple[FloatArray, FloatArray, IntArray]:
    """e^-a = 2^-m e_hat, e_hat in [0.49, 1.01] as a double-double within 2^-75.3 of exact."""
    const = _constants()
    # Range reduction: a = n ln2/64 + r.
    n = np.rint(a_hi * const.inv_step)
    r1 = a_hi - n * const.c1  # exact
    r_hi, r_err = _two_sum(r1, -(n * const.c2))  # exact
    r_lo = r_err + (a_lo - n * const.c3)
    # p = e^-r_hi - 1 = -r + r^2/2 + r^3 (c3 + c4 r + ...).
    sq, sq_err = _two_prod(r_hi, r_hi)
    tail = np.full_like(r_hi, const.taylor[-1])
    for c in const.taylor[-2::-1]:
        tail *= r_hi
        tail += c
    tail *= sq * r_hi
    p_hi, p_err = _two_sum(-r_hi, 0.5 * sq)
    p_hi, p_lo = _fast_two_sum(p_hi, p_err + (0.5 * sq_err + tail))
    # e^-r = (1 + p)(1 - r_lo): fold -r_lo (1 + p) into the low part (p normalised first,
    # so that p_lo r_lo, below 2^-105, is all that is left out).
    p_lo -= r_lo + p_hi * r_lo
    # e_hat = T (1 + p) with T = 2^(-j/64).
    ni = n.astype(np.int64)
    j = ni & 63
    t_hi = const.table_hi[j]
    t_lo = const.table_lo[j]
    g, g_err = _two_prod(t_hi, p_hi)
    e_hi, e_err = _two_sum(t_hi, g)
    e_hi, e_lo = _fast_two_sum(e_hi, e_err + (g_err + t_lo + (t_hi * p_lo + t_lo * p_hi)))
    return e_hi, e_lo, ni >> 6


def estimate_curves(x: FloatArray, steepness: float = 1.0, shift: float = 0.0) -> Estimate:
    """S(k(x - x0)) and k S'(k(x - x0)) in double-double, each within ``BOUND`` of exact.

    One block of x at a time is best (see :func:`curve_values`); the derivation of the bound is
    in the module's docstring.
    """
    x = np.asarray(x, dtype=np.float64)
    k = np.float64(steepness)
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        a_hi, a_lo, negative, far = _argument(x, steepness, shift)
        e_hi, e_lo, m = _exp_scaled(a_hi, a_lo)

        # D = 1 + 2^-m e_hat and Y = 1/D, by one Newton step.
        # 2^-m from its bits; past m = 200, e^-a < 2^-200 no longer shows in D at 2^-105,
        # and m is held there.
        tiny = ((1023 - np.minimum(m, 200)) << 52).view(np.float64)
        small_hi = e_hi * tiny
        small_lo = e_lo * tiny
        d_hi, d_err = _fast_two_sum(np.ones_like(e_hi), small_hi)
        d_lo = d_err + small_lo
        y_hi = 1.0 / d_hi
        q, q_err = _two_prod(d_hi, y_hi)
        residual = ((1.0 - q) - q_err) - d_lo * y_hi
        y_hi, y_lo = _fast_two_sum(y_hi, y_hi * residual)

        # e_hat Y (S for u < 0, scaled) and k e_hat Y^2 (k S', scaled).
        z_hi, z_lo = _mul(e_hi, e_lo, y_hi, y_lo)
        w_hi, w_lo = _mul(z_hi, z_lo, y_hi, y_lo)
        if steepness == 1.0:
            slope_hi, slope_lo = w_hi, w_lo
        else:
            kw, kw_err = _two_prod(np.full_like(w_hi, k), w_hi)
            slope_hi, slope_lo = _fast_two_sum(kw, kw_err + k * w_lo)

    return Estimate(
        sigmoid_hi=np.where(negative, z_hi, y_hi),
        sigmoid_lo=np.where(negative, z_lo, y_lo),
        sigmoid_scale=np.where(negative, m, 0),
        slope_hi=slope_hi,
        slope_lo=slope_lo,
        slope_scale=m,
        far=far,
        negative=negative,
    )


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


def _power(hi: FloatArray, lo: FloatArray, depth: int) -> tuple[FloatArray, FloatArray]:
    """(hi + lo)^depth by squaring and multiplying in double-double."""
    result_hi, result_lo = np.ones_like(hi), np.zeros_like(hi)
    base_hi, base_lo = hi, lo
    power = depth
    while True:
        if power & 1:
            result_hi, result_lo = _mul(result_hi, result_lo, base_hi, base_lo)
        power >>= 1
        if not power:
            return result_hi, result_lo
        base_hi, base_lo = _mul(base_hi, base_lo, base_hi, base_lo)


# --- correctly rounded arrays ------------------------------------------------------------


@dataclass(frozen=True, eq=False)
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
                    f, lo = _mul(f, lo, np.full_like(f, weight), np.zeros_like(f))
                    f, b = np.frexp(f)
                    lo = np.ldexp(lo, -b)
                    scale = scale - b.astype(np.int64)
                hi, lo = _power(f, lo, depth) if depth != 1 else (f, lo)
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
