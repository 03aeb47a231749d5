"""S(u) and k S'(u) for whole arrays in double-double arithmetic, each with a proven bound on
its error: the first step of :mod:`.rounded`'s correctly rounded values.

With u = 2^-53 the unit roundoff and the error-free transformations of :mod:`.double_double`:

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

Nothing here imports Textual.
"""

from __future__ import annotations

from decimal import Context, Decimal, localcontext
from functools import cache

import numpy as np
from numpy.typing import NDArray

from sigmoid_tui.core.double_double import FloatArray, fast_two_sum, mul, two_prod, two_sum
from sigmoid_tui.core.frozen import frozen

__all__ = ["BOUND", "FAR", "Estimate", "estimate_curves"]

BoolArray = NDArray[np.bool_]
IntArray = NDArray[np.int64]

BOUND = 2.0**-70
"""The relative error allowed for every double-double value before rounding (see above)."""

FAR = 1100.0
"""Past this |u|, e^-|u| < 2^-1586: S rounds to 0 or 1 and k S' (k <= 2e6) to 0."""

_DEGREE = 8
"""Taylor terms of e^-r kept (|r| <= 0.0055): the first left out is below 2^-85.8."""


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


@frozen
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


@frozen(eq=False)
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
        d, d_lo = two_sum(x, np.full_like(x, -shift))
        far = ~(np.abs(d) * k <= FAR)  # NaN-safe: an infinite difference is far too
        d[far] = 0.0
        d_lo[far] = 0.0
        p, t = two_prod(np.full_like(x, k), d)
        u_hi, u_lo = fast_two_sum(p, t + k * d_lo)
        u_hi[far] = np.where(x[far] > shift, 2 * FAR, -2 * FAR)
    negative = u_hi < 0.0
    a_hi = np.abs(u_hi)
    a_lo = np.where(negative, -u_lo, u_lo)
    far = a_hi > FAR
    a_hi[far] = 0.0
    a_lo[far] = 0.0
    return a_hi, a_lo, negative, far


def _exp_scaled(a_hi: FloatArray, a_lo: FloatArray) -> tuple[FloatArray, FloatArray, IntArray]:
    """e^-a = 2^-m e_hat, e_hat in [0.49, 1.01] as a double-double within 2^-75.3 of exact."""
    const = _constants()
    # Range reduction: a = n ln2/64 + r.
    n = np.rint(a_hi * const.inv_step)
    r1 = a_hi - n * const.c1  # exact
    r_hi, r_err = two_sum(r1, -(n * const.c2))  # exact
    r_lo = r_err + (a_lo - n * const.c3)
    # p = e^-r_hi - 1 = -r + r^2/2 + r^3 (c3 + c4 r + ...).
    sq, sq_err = two_prod(r_hi, r_hi)
    tail = np.full_like(r_hi, const.taylor[-1])
    for c in const.taylor[-2::-1]:
        tail *= r_hi
        tail += c
    tail *= sq * r_hi
    p_hi, p_err = two_sum(-r_hi, 0.5 * sq)
    p_hi, p_lo = fast_two_sum(p_hi, p_err + (0.5 * sq_err + tail))
    # e^-r = (1 + p)(1 - r_lo): fold -r_lo (1 + p) into the low part (p normalised first,
    # so that p_lo r_lo, below 2^-105, is all that is left out).
    p_lo -= r_lo + p_hi * r_lo
    # e_hat = T (1 + p) with T = 2^(-j/64).
    ni = n.astype(np.int64)
    j = ni & 63
    t_hi = const.table_hi[j]
    t_lo = const.table_lo[j]
    g, g_err = two_prod(t_hi, p_hi)
    e_hi, e_err = two_sum(t_hi, g)
    e_hi, e_lo = fast_two_sum(e_hi, e_err + (g_err + t_lo + (t_hi * p_lo + t_lo * p_hi)))
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
        d_hi, d_err = fast_two_sum(np.ones_like(e_hi), small_hi)
        d_lo = d_err + small_lo
        y_hi = 1.0 / d_hi
        q, q_err = two_prod(d_hi, y_hi)
        residual = ((1.0 - q) - q_err) - d_lo * y_hi
        y_hi, y_lo = fast_two_sum(y_hi, y_hi * residual)

        # e_hat Y (S for u < 0, scaled) and k e_hat Y^2 (k S', scaled).
        z_hi, z_lo = mul(e_hi, e_lo, y_hi, y_lo)
        w_hi, w_lo = mul(z_hi, z_lo, y_hi, y_lo)
        if steepness == 1.0:
            slope_hi, slope_lo = w_hi, w_lo
        else:
            kw, kw_err = two_prod(np.full_like(w_hi, k), w_hi)
            slope_hi, slope_lo = fast_two_sum(kw, kw_err + k * w_lo)

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
