"""Correctly rounded values and solutions, one point at a time, with Python's ``decimal``.

For a handful of points the exact answer costs nothing (tens of microseconds a point), so the
quick answers (``--at``, ``--solve``, the app's readout and table) give the double *nearest*
the true value, not one within a few ulp:

* :func:`values_at` gives S(k(x - x0)), k S'(k(x - x0)) and k^2 S''(k(x - x0)), each the
  double nearest the exact real value for the doubles x, k and x0, subnormals included.
* :func:`solve_sigmoid` and :func:`solve_derivative` give the doubles nearest the exact x where
  the curve takes a given double value.

How: the argument u = k(x - x0) is formed exactly (a double is a short decimal fraction, and
``decimal`` adds and multiplies those without rounding at enough digits). Then each value is
evaluated at a working precision of ``p`` digits and again at ``p + 25``, in forms that do not
cancel (``e = exp(-|u|)``; ``1 - e`` computed with digits added for the ones it loses); where
both round to the same double that double is the answer (Ziv's strategy), else ``p`` doubles.
``decimal``'s ``exp`` and ``ln`` are correctly rounded, so only the few operations after them
add error, far below the 25 guard digits. Nothing here imports Textual or numpy.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Context, Decimal, localcontext

from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.parsing import format_number

__all__ = [
    "CompareValues",
    "Values",
    "compare_at",
    "crossing_u",
    "derivative_range",
    "relu_power",
    "solve_derivative",
    "solve_sigmoid",
    "solve_slope_power",
    "steepest_change",
    "tanh_sigmoid_crossings",
    "values_at",
]

_EXACT = Context(prec=4000, Emin=-999_999, Emax=999_999)
"""Enough digits that sums and products of doubles are exact (a double has at most 767
significant digits and its exponents span about 632 decimal places)."""

_START_DIGITS = 40
"""The first working precision: 23 digits above a double's 17."""
_GUARD_DIGITS = 25
"""The second evaluation carries this many digits more; both must round alike."""
_MAX_DIGITS = 5000
"""Past this the first evaluation is taken: never reached for a double's arguments."""

_FAR = Decimal(2000)
"""Beyond |u| = 2000, e^-|u| < 1e-868: times k^2 <= 1e12 it still rounds to 0 as a double."""


@frozen
class Values:
    """The curves at one x, each the double nearest its exact value."""

    x: float
    """Where: the double as given (or as solved)."""
    sigmoid: float
    """S(k(x - x0))."""
    derivative: float
    """k S'(k(x - x0)), its slope with respect to x."""
    second_derivative: float
    """k^2 S''(k(x - x0))."""

    def row(self) -> tuple[float, float, float, float]:
        """``(x, S, S', S'')``, as a CSV row holds them."""
        return (self.x, self.sigmoid, self.derivative, self.second_derivative)


def _nearest(evaluate: Callable[[int], Decimal], extra: int = 0) -> float:
    """The double nearest the value ``evaluate(digits)`` approximates, by Ziv's strategy."""
    digits = _START_DIGITS + extra
    while True:
        first = _to_float(evaluate(digits))
        if digits >= _MAX_DIGITS or _to_float(evaluate(digits + _GUARD_DIGITS)) == first:
            return first
        digits *= 2


def _to_float(value: Decimal) -> float:
    """``value`` rounded to the nearest double (Python's conversion rounds correctly)."""
    return float(value)


def _argument(x: float, steepness: float, shift: float) -> Decimal:
    """u = k (x - x0), exactly."""
    return _EXACT.multiply(Decimal(steepness), _EXACT.subtract(Decimal(x), Decimal(shift)))


def _lost_digits(a: Decimal) -> int:
    """Digits that 1 - e^-a loses to cancellation for a small a > 0 (about -log10 a)."""
    if a.is_zero() or a >= 1:
        return 0
    return max(0, -int(a.adjusted()))


def values_at(x: float, steepness: float = 1.0, shift: float = 0.0) -> Values:
    """S, k S' and k^2 S'' of k(x - x0) at the double ``x``, each correctly rounded."""
    u = _argument(x, steepness, shift)
    a = abs(u)
    k = Decimal(steepness)
    negative = u.is_signed() and not u.is_zero()
    if a > _FAR:
        # e^-|u| < 1e-868: S rounds to 0 or 1, its slopes to zero (with their signs).
        s = 0.0 if negative else 1.0
        return Values(x, s, 0.0, 0.0 if negative else -0.0)
    lost = _lost_digits(a)
    made: dict[int, tuple[Decimal, Decimal, Decimal]] = {}

    def parts(digits: int) -> tuple[Decimal, Decimal, Decimal]:
        """e = e^-|u|, 1 + e, and 1 - e, at ``digits`` digits (more for 1 - e near 0).

        Made once per precision and shared by the three curves.
        """
        if digits not in made:
            with localcontext(Context(prec=digits + lost, Emin=-999_999, Emax=999_999)):
                e = (-a).exp()
                made[digits] = (e, 1 + e, 1 - e)
        return made[digits]

    def sigmoid(digits: int) -> Decimal:
        e, one_plus, _ = parts(digits)
        with localcontext(Context(prec=digits)):
            return e / one_plus if negative else 1 / one_plus

    def derivative(digits: int) -> Decimal:
        # k e / (1 + e)^2: no cancellation anywhere.
        e, one_plus, _ = parts(digits)
        with localcontext(Context(prec=digits, Emin=-999_999, Emax=999_999)):
            return k * e / (one_plus * one_plus)

    def second(digits: int) -> Decimal:
        # S'' = -sign(u) k^2 e (1 - e) / (1 + e)^3, with 1 - e carried to full precision.
        e, one_plus, one_minus = parts(digits)
        with localcontext(Context(prec=digits, Emin=-999_999, Emax=999_999)):
            value = k * k * e * one_minus / (one_plus * one_plus * one_plus)
            return value if negative else -value

    return Values(
        x,
        _nearest(sigmoid),
        _nearest(derivative),
        0.0 if u.is_zero() else _nearest(second),
    )


def derivative_range(steepness: float = 1.0) -> tuple[float, float]:
    """The values k S' takes: (0, k/4], as doubles (k/4 is exact unless k is subnormal)."""
    return 0.0, steepness / 4.0


def solve_sigmoid(p: float, steepness: float = 1.0, shift: float = 0.0) -> list[float] | Invalid:
    """The x where S(k(x - x0)) = p, as the double nearest the exact solution, or why none.

    x = x0 + logit(p)/k with logit(p) = ln p - ln(1 - p), both logs correctly rounded; near
    p = 1/2 the difference cancels, and digits are added for what it loses.
    """
    if not 0.0 < p < 1.0:
        return Invalid("S takes values in (0, 1)")
    dp = Decimal(p)
    one_minus = _EXACT.subtract(Decimal(1), dp)
    half_gap = abs(_EXACT.subtract(dp, Decimal("0.5")))
    lost = 0 if half_gap.is_zero() else max(0, -int(half_gap.adjusted()))

    def root(digits: int) -> Decimal:
        with localcontext(Context(prec=digits + lost, Emin=-999_999, Emax=999_999)):
            logit = dp.ln() - one_minus.ln()
        return _root_x(logit, steepness, shift, digits)

    return [_nearest(root)]


def solve_derivative(q: float, steepness: float = 1.0, shift: float = 0.0) -> list[float] | Invalid:
    """The x where k S'(k(x - x0)) = q, ascending: two below the peak k/4, one at it.

    With c = q/k, S'(u) = c means cosh(u/2) = 1/(2 sqrt c), so
    |u| = 2 ln(y + sqrt(y^2 - 1)) with y^2 - 1 = (k - 4q)/(4q), whose numerator is exact; near
    the peak the log's argument is near 1 and digits are added for what it loses.
    """
    low, high = derivative_range(steepness)
    if not low < q <= high:
        return Invalid(f"S' takes values in (0, {format_number(high)}]")
    k, dq = Decimal(steepness), Decimal(q)
    gap = _EXACT.subtract(k, _EXACT.multiply(Decimal(4), dq))  # k - 4q >= 0, exactly
    if gap.is_zero():
        return [shift]
    lost = 0 if gap >= k else max(0, -int((gap / k).adjusted()) // 2 + 1)

    def magnitude(digits: int) -> Decimal:
        with localcontext(Context(prec=digits + lost, Emin=-999_999, Emax=999_999)):
            t_squared = gap / (4 * dq)  # y^2 - 1
            y = (t_squared + 1).sqrt()
            return 2 * (y + t_squared.sqrt()).ln()

    left = _nearest(lambda d: _root_x(-magnitude(d), steepness, shift, d))
    right = _nearest(lambda d: _root_x(magnitude(d), steepness, shift, d))
    return [left, right] if left != right else [left]


def steepest_change(steepness: float = 1.0, shift: float = 0.0) -> tuple[float, float]:
    """The x where k^2 S''(k(x - x0)) is largest and smallest: x0 -+ ln(2 + sqrt 3)/k, each
    the double nearest the exact value (``x0 - ln(2 + math.sqrt(3))/k`` misses by 0.6 ulp).

    S''' = S'(1 - 6S + 6S^2) vanishes where S = (3 -+ sqrt 3)/6, that is at u = -+ln(2 + sqrt 3).
    """

    def far(digits: int) -> Decimal:
        with localcontext(Context(prec=digits, Emin=-999_999, Emax=999_999)):
            return (2 + Decimal(3).sqrt()).ln()

    left = _nearest(lambda d: _root_x(-far(d), steepness, shift, d))
    right = _nearest(lambda d: _root_x(far(d), steepness, shift, d))
    return left, right


def solve_slope_power(
    level: float,
    steepness: float = 1.0,
    shift: float = 0.0,
    depth: int = 1,
    weight: float = 1.0,
    *,
    tanh: bool = False,
) -> list[float]:
    """The x where a derivative through ``depth`` layers equals ``level``, ascending; none if it
    never gets there: (w k S'(u))^n = level, or with ``tanh`` (w k tanh'(u))^n = level.

    Compare mode's points, solved like :func:`solve_derivative` (which this is for n = 1, the
    sigmoid): k S'(v) = q with q = level^(1/n)/w, for tanh q/4 and v = 2u since
    tanh'(u) = 4 S'(2u). The n-th root is not a double, so q is carried in ``decimal`` too.
    """
    if not (level > 0.0 and depth >= 1 and steepness > 0.0):
        return []
    if not weight > 0.0:
        return []
    if depth == 1 and not tanh and weight == 1.0:
        roots = solve_derivative(level, steepness, shift)
        return [] if isinstance(roots, Invalid) else roots
    k = Decimal(steepness)
    quarter = 4 if tanh else 1

    def target(digits: int) -> Decimal:
        with localcontext(Context(prec=digits, Emin=-999_999, Emax=999_999)):
            return Decimal(level) ** (Decimal(1) / depth) / (quarter * Decimal(weight))

    with localcontext(Context(prec=80, Emin=-999_999, Emax=999_999)):
        gap = (k - 4 * target(80)) / k  # how far below the peak k/4, relatively
    if gap < Decimal("-1e-60"):
        return []  # the peak is below the level: it is never reached
    if abs(gap) <= Decimal("1e-60"):
        return [shift]
    lost = max(0, -int(gap.adjusted()) // 2 + 1)

    def magnitude(digits: int) -> Decimal:
        with localcontext(Context(prec=digits + lost, Emin=-999_999, Emax=999_999)):
            q = target(digits + lost + 5)
            t_squared = (k - 4 * q) / (4 * q)
            y = (t_squared + 1).sqrt()
            v = 2 * (y + t_squared.sqrt()).ln()
            return v / 2 if tanh else v

    left = _nearest(lambda d: _root_x(-magnitude(d), steepness, shift, d))
    right = _nearest(lambda d: _root_x(magnitude(d), steepness, shift, d))
    return [left, right] if left != right else [left]


def _root_x(u: Decimal, steepness: float, shift: float, digits: int) -> Decimal:
    """x = x0 + u/k: the division rounded to ``digits``, the sum exact."""
    with localcontext(Context(prec=digits, Emin=-999_999, Emax=999_999)):
        step = u / Decimal(steepness)
    return _EXACT.add(Decimal(shift), step)


@frozen
class CompareValues:
    """Compare mode's derivatives at one x, times w, to the n-th power, each correctly rounded."""

    x: float
    """Where."""
    sigmoid: float
    """(w k S'(u))^n."""
    tanh: float
    """(w k tanh'(u))^n."""
    relu: float
    """(w k ReLU'(u))^n: (w k)^n for u > 0, else 0."""


def compare_at(
    x: float, steepness: float = 1.0, shift: float = 0.0, depth: int = 1, weight: float = 1.0
) -> CompareValues:
    """The three derivatives of compare mode at the double ``x``, each the nearest double.

    tanh'(u) = 4 e/(1 + e)^2 with e = e^(-2|u|), which does not cancel as 1 - tanh^2 would;
    the weight w multiplies each derivative exactly (a double times a short decimal), and the
    n-th power is taken in ``decimal`` too, so that (1/4)^10 is exactly 9.5367431640625e-07
    and a subnormal result is rounded once, not n times. A value beyond the largest double
    rounds to infinity, as IEEE rounding to nearest has it.
    """
    u = _argument(x, steepness, shift)
    a = abs(u)
    k = _EXACT.multiply(Decimal(weight), Decimal(steepness))  # w k, exactly
    relu = 0.0 if u <= 0 else relu_power(steepness, depth, weight)
    if a > _FAR:
        return CompareValues(x, 0.0, 0.0, relu)

    def slope(twice: bool) -> Callable[[int], Decimal]:
        def evaluate(digits: int) -> Decimal:
            with localcontext(Context(prec=digits + 5, Emin=-999_999, Emax=999_999)):
                e = (-(a * 2 if twice else a)).exp()
                value = k * e / ((1 + e) * (1 + e))
                return (4 * value if twice else value) ** depth

        return evaluate

    return CompareValues(x, _nearest(slope(False)), _nearest(slope(True)), relu)


def _crossing(digits: int) -> Decimal:
    """u* > 0 where tanh'(u) = S'(u), to ``digits`` digits.

    S'(u) = 1/(4 cosh^2(u/2)) and tanh'(u) = 1/cosh^2(u), so they meet where cosh u =
    2 cosh(u/2): with c = cosh(u/2), 2c^2 - 1 = 2c, c = (1 + sqrt 3)/2 and c^2 - 1 = sqrt(3)/2,
    so u* = 2 ln(c + sqrt(c^2 - 1)), with no cancellation anywhere (every term is positive).
    """
    with localcontext(Context(prec=digits + 5)):
        root3 = Decimal(3).sqrt()
        c = (1 + root3) / 2
        return 2 * (c + (root3 / 2).sqrt()).ln()


def crossing_u() -> float:
    """u* = 1.662885891058621...: where tanh' and the sigmoid's derivative cross (u > 0), the
    nearest double. Beyond |u| > u* tanh's gradient is the smaller one."""
    return _nearest(_crossing)


def tanh_sigmoid_crossings(steepness: float = 1.0, shift: float = 0.0) -> tuple[float, float]:
    """The two x where k tanh'(k(x - x0)) = k S'(k(x - x0)), x0 -+ u*/k, each the double
    nearest the exact solution.

    A weight w and a depth n change neither: (w a)^n = (w b)^n exactly where a = b, and powers
    of positive numbers keep their order, so the curves cross at the same x through any depth.
    """
    left = _nearest(lambda d: _root_x(-_crossing(d), steepness, shift, d))
    right = _nearest(lambda d: _root_x(_crossing(d), steepness, shift, d))
    return left, right


def relu_power(steepness: float, depth: int = 1, weight: float = 1.0) -> float:
    """(w k)^n, the double nearest it: ReLU's factor right of x0 through n layers of weight w.

    The product and the power are exact at 4000 digits for every k, w and n the app allows but
    the most digit-heavy (a subnormal k to the 50th), and rounded once.
    """
    return _to_float(_EXACT.power(_EXACT.multiply(Decimal(weight), Decimal(steepness)), depth))
