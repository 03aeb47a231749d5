"""The sigmoid S(x) = 1/(1+e^-x) and its derivatives, exact to a few ulp for every finite x.

Nothing here imports Textual: the command line and the app both compute their numbers here.

Every function works on ``e = exp(-|x|)``, which lies in ``[0, 1]`` and so can neither overflow
nor lose the tail of a curve:

* ``S(x) = 1/(1+e)`` for ``x >= 0`` and ``e/(1+e)`` for ``x < 0``; the naive ``1/(1+exp(-x))``
  overflows ``exp`` for ``x < -709.78`` and warns.
* ``S'(x) = e/(1+e)^2``. The textbook ``S(1-S)`` rounds ``1-S`` to 0 once ``S`` rounds to 1
  (from ``x ~ 36.7``), a false zero; ``e/(1+e)^2`` keeps the full relative precision of ``e``
  down to the last subnormal (``S'(710) ~ 4.48e-309``).
* ``S''(x) = S'(x)(1-2S(x)) = -tanh(x/2) S'(x)``: ``1-2S`` would cancel near 0, where S'' is
  small; ``tanh`` keeps its relative precision there.

The array functions work through the input in blocks that fit in the processor's cache, with
preallocated scratch buffers: S and S' together cost well under twice a bare ``np.exp`` of the
same array (see ``benchmarks/``).
"""

from __future__ import annotations

from typing import overload

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "sigmoid",
    "sigmoid_and_derivative",
    "sigmoid_derivative",
    "sigmoid_second_derivative",
]

FloatArray = NDArray[np.float64]

_BLOCK = 1 << 14
"""Elements per block: 16384 doubles is 128 KiB a buffer, five buffers stay in L2."""


_SIGN_BIT = np.int64(np.iinfo(np.int64).min)
"""The sign bit of a float64, as the int64 with only that bit set."""


def _blocks(n: int) -> range:
    return range(0, n, _BLOCK)


def _compute(
    x: FloatArray, *, want_s: bool, want_d: bool, want_dd: bool
) -> tuple[FloatArray | None, FloatArray | None, FloatArray | None]:
    """Fill the requested curves for a flat float64 array, block by block."""
    n = x.size
    s_out = np.empty(n) if want_s else None
    d_out = np.empty(n) if want_d or want_dd else None
    dd_out = np.empty(n) if want_dd else None
    m = min(n, _BLOCK)
    e_buf = np.empty(m)
    den_buf = np.empty(m)
    q_buf = np.empty(m)
    r_buf = np.empty(m)
    mask_buf = np.empty(m, dtype=np.int64)
    x_bits = x.view(np.int64)
    # Underflow of exp to a subnormal or zero is the right answer here, not an error; say so
    # even if the caller has asked numpy to raise on it. NaN compares false and takes the
    # general path, where it stays NaN.
    with np.errstate(under="ignore", invalid="ignore"):
        for start in _blocks(n):
            stop = min(start + _BLOCK, n)
            k = stop - start
            xs = x[start:stop]
            e, den, q, r = e_buf[:k], den_buf[:k], q_buf[:k], r_buf[:k]
            # -|x| by setting the sign bit: one integer pass instead of abs and negative.
            np.bitwise_or(x_bits[start:stop], _SIGN_BIT, out=e.view(np.int64))
            np.exp(e, out=e)  # e = exp(-|x|) in [0, 1]
            np.add(e, 1.0, out=den)  # 1 + e in [1, 2]: no cancellation, no overflow
            # Sampled ranges are sorted, so almost every block lies on one side of 0 and S is
            # written straight into the output; a mixed block selects per element below.
            lo, hi = xs.min(), xs.max()
            side = 1 if lo >= 0.0 else (-1 if hi < 0.0 else 0)
            if s_out is not None and side == 1:
                r = s_out[start:stop]
            if s_out is not None and side == -1:
                q = s_out[start:stop]
            if d_out is not None or (s_out is not None and side != 1):
                np.divide(e, den, out=q)  # S(-|x|) = 1 - S(|x|), exact to its last bit
            if s_out is not None and side != -1:
                np.divide(1.0, den, out=r)  # S(|x|)
            if d_out is not None:
                d = d_out[start:stop]
                np.divide(q, den, out=d)  # S' = e/(1+e)^2
                # Near 0 the two roundings can land one ulp above the true maximum 1/4.
                np.minimum(d, 0.25, out=d)
            if dd_out is not None:
                # S'' = -tanh(x/2) S': tanh keeps its relative precision near 0, where
                # 1 - 2S would cancel, and tends to -1 in the tails without rounding S' away.
                assert d_out is not None
                dd = dd_out[start:stop]
                np.multiply(xs, -0.5, out=dd)
                np.tanh(dd, out=dd)
                dd *= d_out[start:stop]
            if s_out is not None and side == 0:
                # S = S(-|x|) where x < 0 (sign bit set, -0.0 too), else S(|x|):
                # r ^ ((r ^ q) & mask) with an all-ones mask from the sign bit.
                mask = mask_buf[:k]
                np.right_shift(x_bits[start:stop], 63, out=mask)
                r_bits = r.view(np.int64)
                q_bits = q.view(np.int64)
                np.bitwise_xor(q_bits, r_bits, out=q_bits)
                np.bitwise_and(q_bits, mask, out=q_bits)
                np.bitwise_xor(r_bits, q_bits, out=s_out.view(np.int64)[start:stop])
    return s_out, (d_out if want_d else None), dd_out


def _as_flat(x: ArrayLike) -> tuple[FloatArray, tuple[int, ...]]:
    arr = np.asarray(x, dtype=np.float64)
    return np.ascontiguousarray(arr).reshape(-1), arr.shape


@overload
def sigmoid(x: float) -> float: ...
@overload
def sigmoid(x: FloatArray) -> FloatArray: ...
def sigmoid(x: float | FloatArray) -> float | FloatArray:
    """S(x) = 1/(1+e^-x), within 2 ulp for every finite x; a float for a float, else an array.

    Written as ``1/(1+e)`` or ``e/(1+e)`` with ``e = exp(-|x|)`` so that ``exp`` never
    overflows and the lower tail keeps its relative precision down to ``S(-745) = 5e-324``.
    """
    flat, shape = _as_flat(x)
    s, _, _ = _compute(flat, want_s=True, want_d=False, want_dd=False)
    assert s is not None
    return _shaped(s, shape, x)


@overload
def sigmoid_derivative(x: float) -> float: ...
@overload
def sigmoid_derivative(x: FloatArray) -> FloatArray: ...
def sigmoid_derivative(x: float | FloatArray) -> float | FloatArray:
    """S'(x) = S(x)(1-S(x)), computed as ``e/(1+e)^2`` with ``e = exp(-|x|)``.

    The product form rounds to 0 once ``S(x)`` rounds to 1 (x ~ 36.7); this form gives
    ``S'(40) ~ 4.248e-18`` and ``S'(710) ~ 4.48e-309`` (subnormal), within 4 ulp throughout.
    """
    flat, shape = _as_flat(x)
    _, d, _ = _compute(flat, want_s=False, want_d=True, want_dd=False)
    assert d is not None
    return _shaped(d, shape, x)


@overload
def sigmoid_second_derivative(x: float) -> float: ...
@overload
def sigmoid_second_derivative(x: FloatArray) -> FloatArray: ...
def sigmoid_second_derivative(x: float | FloatArray) -> float | FloatArray:
    """S''(x) = S'(x)(1-2S(x)), computed as ``-tanh(x/2) S'(x)``.

    ``1-2S`` cancels near 0, where S'' is small and smooth; ``tanh(x/2)`` does not.
    """
    flat, shape = _as_flat(x)
    _, _, dd = _compute(flat, want_s=False, want_d=False, want_dd=True)
    assert dd is not None
    return _shaped(dd, shape, x)


def sigmoid_and_derivative(x: ArrayLike) -> tuple[FloatArray, FloatArray]:
    """S(x) and S'(x) for an array, sharing one ``exp``: what a chart or a CSV needs."""
    flat, shape = _as_flat(x)
    s, d, _ = _compute(flat, want_s=True, want_d=True, want_dd=False)
    assert s is not None
    assert d is not None
    return s.reshape(shape), d.reshape(shape)


def _shaped(values: FloatArray, shape: tuple[int, ...], original: object) -> float | FloatArray:
    if isinstance(original, (float, int)) and not isinstance(original, bool):
        return float(values[0])
    return values.reshape(shape)
