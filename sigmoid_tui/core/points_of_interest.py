"""Points of interest of S(k(x - x0)): where the curve and its slope do something worth seeing.

* the inflection point, S = 1/2 at x = x0, which is also where the slope peaks at k/4;
* the extremes of S'' at x0 +- ln(2 + sqrt 3)/k (about +-1.317), where the slope changes fastest;
* the saturation edges, where the slope S'(k(x - x0)) falls below 0.01 of its argument's unit
  (|x - x0| = 4.585/k): beyond them lies the vanishing-gradient region, where a network of
  sigmoids learns next to nothing;
* in compare mode, where tanh's derivative crosses the sigmoid's (x0 -+ 1.662885891058621/k,
  at every depth) and meets ReLU's, and where each falls below 0.01.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from sigmoid_tui.core.view import Mode, View

__all__ = [
    "SATURATION_SLOPE",
    "SATURATION_U",
    "STEEPEST_CHANGE_U",
    "Curve",
    "PointOfInterest",
    "compare_points",
    "crossing_points",
    "next_point",
    "next_stop",
    "points_of_interest",
    "vanishing_regions",
    "view_points",
]

SATURATION_SLOPE = 0.01
"""S' below this counts as saturated: the gradient has all but vanished."""


def _saturation_u(slope: float) -> float:
    """The u > 0 where S'(u) = slope: e/(1+e)^2 = c solved for e = e^-u, without cancellation."""
    e = 2.0 * slope / ((1.0 - 2.0 * slope) + math.sqrt(1.0 - 4.0 * slope))
    return -math.log(e)


SATURATION_U = _saturation_u(SATURATION_SLOPE)
"""4.5848...: |u| beyond which S'(u) < 0.01."""
STEEPEST_CHANGE_U = math.log(2.0 + math.sqrt(3.0))
"""1.3169...: where S''(u) = S'(u)(1 - 2S(u)) has its extremes."""


class Curve(str, Enum):
    """Which curve a point of interest lies on."""

    SIGMOID = "sigmoid"
    DERIVATIVE = "derivative"
    TANH = "tanh'"
    """tanh's derivative, in compare mode."""
    RELU = "relu'"
    """ReLU's derivative, in compare mode."""


@dataclass(frozen=True)
class PointOfInterest:
    """A labelled point on one of the curves."""

    x: float
    """Where it is."""
    y: float
    """The curve's value there: S for the sigmoid, k S' for the derivative."""
    curve: Curve
    """Which curve it marks."""
    label: str
    """A few words for the chart."""
    description: str
    """A sentence for the person who jumped to it."""


def points_of_interest(steepness: float = 1.0, shift: float = 0.0) -> list[PointOfInterest]:
    """Every point of interest of ``S(k(x - x0))``, in ascending x (ties: sigmoid first)."""
    k, x0 = steepness, shift
    sat = SATURATION_U / k
    fast = STEEPEST_CHANGE_U / k
    s_fast = 1.0 / (1.0 + math.exp(STEEPEST_CHANGE_U))
    d_fast = k * s_fast * (1.0 - s_fast)
    points = [
        PointOfInterest(
            x0 - sat,
            k * SATURATION_SLOPE,
            Curve.DERIVATIVE,
            "saturation",
            f"Left saturation edge: slope below {SATURATION_SLOPE:g}k; the gradient vanishes "
            "to the left.",
        ),
        PointOfInterest(
            x0 - fast,
            d_fast,
            Curve.DERIVATIVE,
            "S'' max",
            "S'' is largest here: the slope grows fastest.",
        ),
        PointOfInterest(
            x0,
            0.5,
            Curve.SIGMOID,
            "inflection",
            "Inflection point: S = 1/2, S'' = 0.",
        ),
        PointOfInterest(
            x0,
            k / 4.0,
            Curve.DERIVATIVE,
            "max slope",
            "The slope is at its maximum, k/4.",
        ),
        PointOfInterest(
            x0 + fast,
            d_fast,
            Curve.DERIVATIVE,
            "S'' min",
            "S'' is smallest here: the slope falls fastest.",
        ),
        PointOfInterest(
            x0 + sat,
            k * SATURATION_SLOPE,
            Curve.DERIVATIVE,
            "saturation",
            f"Right saturation edge: slope below {SATURATION_SLOPE:g}k; the gradient vanishes "
            "to the right.",
        ),
    ]
    return [p for p in points if math.isfinite(p.x)]


def vanishing_regions(steepness: float = 1.0, shift: float = 0.0) -> tuple[float, float]:
    """The x below the first and above the second of which the gradient has vanished."""
    sat = SATURATION_U / steepness
    return shift - sat, shift + sat


def next_stop(
    stops: list[float], current: float, forward: bool, low: float, high: float
) -> float | None:
    """The next (or previous) stop strictly past ``current`` inside ``[low, high]``, if any."""
    inside = sorted({s for s in stops if low <= s <= high})
    tolerance = abs(current) * 1e-12 + 1e-300
    if forward:
        later = [s for s in inside if s > current + tolerance]
        return later[0] if later else None
    earlier = [s for s in inside if s < current - tolerance]
    return earlier[-1] if earlier else None


def compare_points(
    steepness: float = 1.0, shift: float = 0.0, depth: int = 1, weight: float = 1.0
) -> list[PointOfInterest]:
    """Compare mode's points: where tanh' and S' cross, where tanh' meets ReLU', and where each
    derivative, to the n-th power, falls below 0.01.

    The crossings x0 -+ 1.662885891058621/k are the doubles nearest the exact ones
    (:func:`.exact.tanh_sigmoid_crossings`) and move with neither the depth nor the weight;
    tanh' meets ReLU' at x0, where both are k (tanh'(0) = 1 = ReLU' just right of 0). The
    sigmoid's derivative never meets ReLU': it stays below k/4 < k for u > 0 and above 0 for
    u < 0. With a weight w the edges are where (w k f')^n falls below 0.01.

    (k S'(u))^n < 0.01 once S'(u) < c = 0.01^(1/n)/k, which happens only where c < 1/4; for
    tanh' = 4 S'(2u) where c < 1; ReLU' is k^n for u > 0 and 0 below, so its point is the jump
    at x0 (where it falls from k^n to 0) if k^n reaches 0.01. A curve that never reaches 0.01
    (the sigmoid's through ten layers: at most 4^-10) has no point: it has vanished everywhere.
    """
    k, x0, n, w = steepness, shift, depth, weight
    c = SATURATION_SLOPE ** (1.0 / n) / (w * k)
    points: list[PointOfInterest] = []
    if c < 0.25:
        u = _saturation_u(c) / k
        for side, x in (("left", x0 - u), ("right", x0 + u)):
            points.append(
                PointOfInterest(
                    x,
                    SATURATION_SLOPE,
                    Curve.DERIVATIVE,
                    "S' < .01",
                    f"The sigmoid's factor{_through(n)} falls below 0.01 to the {side}.",
                )
            )
    if c < 1.0:
        u = _saturation_u(c / 4.0) / (2.0 * k)
        for side, x in (("left", x0 - u), ("right", x0 + u)):
            points.append(
                PointOfInterest(
                    x,
                    SATURATION_SLOPE,
                    Curve.TANH,
                    "tanh' < .01",
                    f"tanh's factor{_through(n)} falls below 0.01 to the {side}.",
                )
            )
    from sigmoid_tui.core.exact import relu_power

    top = relu_power(k, n, w)
    if top >= SATURATION_SLOPE:
        points.append(
            PointOfInterest(
                x0,
                top,
                Curve.RELU,
                "ReLU' jump",
                f"ReLU's factor{_through(n)} is {top:g} to the right and 0 to the left.",
            )
        )
    points += crossing_points(steepness, shift, depth, weight)
    return sorted((p for p in points if math.isfinite(p.x)), key=lambda p: p.x)


def crossing_points(
    steepness: float = 1.0, shift: float = 0.0, depth: int = 1, weight: float = 1.0
) -> list[PointOfInterest]:
    """Where tanh' crosses the sigmoid's derivative (two points) and where it meets ReLU' (at
    x0), with each curve's correctly rounded value there through ``depth`` layers of
    ``weight``."""
    from sigmoid_tui.core.exact import compare_at, crossing_u, tanh_sigmoid_crossings

    k, x0, n, w = steepness, shift, depth, weight
    left, right = tanh_sigmoid_crossings(k, x0)
    u = f"{crossing_u():.6g}"
    at = u if k == 1.0 else f"{u}/k"
    still = "the same x through any depth and weight, since both are raised to the same power"
    points = [
        PointOfInterest(
            left,
            compare_at(left, k, x0, n, w).sigmoid,
            Curve.TANH,
            "tanh' = S'",
            f"tanh's derivative crosses the sigmoid's, {at} left of x0: further left tanh's "
            f"gradient is the smaller; {still}.",
        ),
        PointOfInterest(
            right,
            compare_at(right, k, x0, n, w).sigmoid,
            Curve.TANH,
            "tanh' = S'",
            f"tanh's derivative crosses the sigmoid's, {at} right of x0: further right "
            f"tanh's gradient is the smaller; {still}.",
        ),
        PointOfInterest(
            x0,
            compare_at(x0, k, x0, n, w).tanh,
            Curve.TANH,
            "tanh' = ReLU'",
            "tanh's derivative meets ReLU's at its peak: both are k (times w, to the n-th "
            "power) just right of x0; the sigmoid's never meets ReLU's.",
        ),
    ]
    return [p for p in points if math.isfinite(p.x)]


def _through(depth: int) -> str:
    return f" through {depth} layers" if depth > 1 else ""


def view_points(view: View) -> list[PointOfInterest]:
    """The points of interest of what ``view`` shows: the sigmoid's, or compare mode's."""
    if view.mode is Mode.COMPARE:
        return compare_points(view.steepness, view.shift, view.depth, view.weight)
    return points_of_interest(view.steepness, view.shift)


def next_point(view: View, cursor: float, *, forward: bool) -> tuple[float, str] | None:
    """The x of the next point of interest right (or left) of ``cursor`` in the range, and
    a sentence naming it; None when there is none that way."""
    points = view_points(view)
    stop = next_stop([p.x for p in points], cursor, forward, view.x_min, view.x_max)
    if stop is None:
        return None
    names = ", ".join(p.label for p in points if p.x == stop)
    description = next(p.description for p in points if p.x == stop)
    return stop, f"{names}: {description}"
