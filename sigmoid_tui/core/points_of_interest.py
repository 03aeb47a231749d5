"""Points of interest of S(k(x - x0)): where the curve and its slope do something worth seeing.

* the inflection point, S = 1/2 at x = x0, which is also where the slope peaks at k/4;
* the extremes of S'' at x0 +- ln(2 + sqrt 3)/k (about +-1.317), where the slope changes fastest;
* the saturation edges, where the slope k S'(k(x - x0)) falls below 0.01 (for k = 1,
  |x - x0| = 4.585): beyond them lies the vanishing-gradient region, where a network of
  sigmoids learns next to nothing. They are the x of ``--solve "S'=0.01"``, for every k and x0;
* in compare mode, where tanh's derivative crosses the sigmoid's (x0 -+ 1.662885891058621/k,
  at every depth) and meets ReLU's, and where each falls below 0.01.

Every x is the double nearest the exact one (:mod:`.exact`), like every other number shown: a
point the table lists, the cursor jumps to and the words speak of is the same double.
"""

from __future__ import annotations

import math
from enum import Enum
from functools import lru_cache

from sigmoid_tui.core.exact import (
    compare_at,
    solve_slope_power,
    steepest_change,
    values_at,
)
from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.view import Mode, View, power_label

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
    "saturation_edges",
    "vanishing_regions",
    "view_points",
]

SATURATION_SLOPE = 0.01
"""A slope below this counts as saturated: the gradient has all but vanished."""


def saturation_edges(steepness: float = 1.0, shift: float = 0.0) -> tuple[float, ...]:
    """The x where the slope k S'(k(x - x0)) is 0.01, ascending: ``--solve "S'=0.01"``'s.

    Two for k > 0.04; one (x0) for k = 0.04, where the peak k/4 just touches 0.01; none below,
    where the slope stays under 0.01 everywhere.
    """
    return tuple(solve_slope_power(SATURATION_SLOPE, steepness, shift))


SATURATION_U = saturation_edges()[1]
"""4.5848...: |x| beyond which S'(x) < 0.01 (k = 1), the nearest double."""
STEEPEST_CHANGE_U = steepest_change()[1]
"""1.3169...: ln(2 + sqrt 3), where S''(x) has its extremes (k = 1), the nearest double."""


class Curve(str, Enum):
    """Which curve a point of interest lies on."""

    SIGMOID = "sigmoid"
    DERIVATIVE = "derivative"
    TANH = "tanh'"
    """tanh's derivative, in compare mode."""
    RELU = "relu'"
    """ReLU's derivative, in compare mode."""


@frozen
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
    return list(_points_of_interest(steepness, shift))


@lru_cache(maxsize=64)
def _points_of_interest(k: float, x0: float) -> tuple[PointOfInterest, ...]:
    """The points, solved once per k and x0 (each redraw and each n asks again)."""
    fastest, slowest = steepest_change(k, x0)
    points = [
        PointOfInterest(
            fastest,
            values_at(fastest, k, x0).derivative,
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
            values_at(x0, k, x0).derivative,
            Curve.DERIVATIVE,
            "max slope",
            "The slope is at its maximum, k/4.",
        ),
        PointOfInterest(
            slowest,
            values_at(slowest, k, x0).derivative,
            Curve.DERIVATIVE,
            "S'' min",
            "S'' is smallest here: the slope falls fastest.",
        ),
    ]
    edges = saturation_edges(k, x0)
    if len(edges) == 2:
        points = [
            PointOfInterest(
                edges[0],
                SATURATION_SLOPE,
                Curve.DERIVATIVE,
                "saturation",
                f"Left saturation edge: slope below {SATURATION_SLOPE:g} to the left; the "
                "gradient vanishes there.",
            ),
            *points,
            PointOfInterest(
                edges[1],
                SATURATION_SLOPE,
                Curve.DERIVATIVE,
                "saturation",
                f"Right saturation edge: slope below {SATURATION_SLOPE:g} to the right; the "
                "gradient vanishes there.",
            ),
        ]
    # For k below about 0.2 the edges lie inside the S'' extremes: sort (stable, so the
    # inflection stays before the max slope at the same x).
    return tuple(sorted((p for p in points if math.isfinite(p.x)), key=lambda p: p.x))


def vanishing_regions(steepness: float = 1.0, shift: float = 0.0) -> tuple[float, float] | None:
    """The x below the first and above the second of which the gradient has vanished (the
    saturation edges); None where the slope never reaches 0.01 or only touches it."""
    edges = saturation_edges(steepness, shift)
    return (edges[0], edges[1]) if len(edges) == 2 else None


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

    (w k S'(u))^n = 0.01 and (w k tanh'(u))^n = 0.01 are solved exactly
    (:func:`.exact.solve_slope_power`); a curve whose peak stays below 0.01 (the sigmoid's
    through ten layers: at most 4^-10) has no point: it has vanished everywhere. ReLU' is k^n
    for u > 0 and 0 below, so its point is the jump at x0 if k^n reaches 0.01.
    """
    return list(_compare_points(steepness, shift, depth, weight))


@lru_cache(maxsize=64)
def _compare_points(k: float, x0: float, n: int, w: float) -> tuple[PointOfInterest, ...]:
    """Compare mode's points, solved once per k, x0, depth and weight."""
    points: list[PointOfInterest] = []
    for curve, factor, name, tanh in (
        (Curve.DERIVATIVE, "S'", "The sigmoid's", False),
        (Curve.TANH, "tanh'", "tanh's", True),
    ):
        # Through n layers it is the n-th power that falls below 0.01, and the label says so.
        label = f"{power_label(factor, n, w)} < .01"
        roots = solve_slope_power(SATURATION_SLOPE, k, x0, n, w, tanh=tanh)
        if len(roots) != 2:
            continue
        for side, x in zip(("left", "right"), roots, strict=True):
            points.append(
                PointOfInterest(
                    x,
                    SATURATION_SLOPE,
                    curve,
                    label,
                    f"{name} factor{_through(n)} falls below 0.01 to the {side}.",
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
    points += crossing_points(k, x0, n, w)
    return tuple(sorted((p for p in points if math.isfinite(p.x)), key=lambda p: p.x))


def crossing_points(
    steepness: float = 1.0, shift: float = 0.0, depth: int = 1, weight: float = 1.0
) -> list[PointOfInterest]:
    """Where tanh' crosses the sigmoid's derivative (two points) and where it meets ReLU' (at
    x0), with each curve's correctly rounded value there through ``depth`` layers of
    ``weight``."""
    from sigmoid_tui.core.exact import crossing_u, tanh_sigmoid_crossings

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
