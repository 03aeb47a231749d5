"""Moving about a view: the trace cursor, zoom and pan, as pure functions.

Each function takes a view and the cursor's x and returns where they go (a :class:`Move`), or
why they cannot (a :class:`Refused`, whose reason the app shows). Nothing here imports Textual.

The cursor is an x, usually one of the view's samples. Stepping works on sample *indices*,
found exactly from the samples' own x (:func:`.sampling.sample_x`, bit for bit numpy's
linspace), never from a position with a tolerance: one step right from sample i lands on sample
i + 1 however close together the samples are. A cursor between two samples (after a jump to a
point of interest, or a pan) steps first to its neighbour in that direction.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from sigmoid_tui.core.activations import MAX_DEPTH
from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.points_of_interest import next_point
from sigmoid_tui.core.sampling import sample_x
from sigmoid_tui.core.view import Mode, View

__all__ = [
    "ZOOM_LIMIT",
    "Move",
    "Refused",
    "clamp",
    "cursor_end",
    "drag",
    "go_to",
    "home",
    "nearest_sample",
    "pan",
    "sample_at",
    "samples_around",
    "step",
    "x_at_column",
    "zoom",
    "zoom_around",
]

ZOOM_LIMIT = 1e6
"""Zooming and panning keep the range inside [-10^6, 10^6], where the chart means something."""

_FINEST = 4.0
"""Zooming in stops where the span is below this many ulps per sample interval."""


@frozen
class Move:
    """Where a navigation leaves the view and the cursor."""

    view: View
    """The view to show (the same view when only the cursor moves)."""
    cursor: float
    """The cursor's new x, inside the view's range."""
    said: str = ""
    """What the move says once it is shown (the point reached, the depth), or nothing."""


@frozen
class Refused:
    """Why a navigation cannot happen, as a sentence for a person."""

    reason: str
    """The sentence, e.g. ``"Zoomed out as far as ±10^6."``."""


def home(view: View) -> float:
    """Where the cursor starts: the inflection point x0 if it is on show, else mid-range."""
    if view.x_min <= view.shift <= view.x_max:
        return view.shift
    span = view.x_max - view.x_min
    if math.isfinite(span):
        return clamp(view, view.x_min + span / 2)
    return clamp(view, view.x_min / 2 + view.x_max / 2)


def clamp(view: View, x: float) -> float:
    """``x`` moved into the view's range."""
    return min(max(x, view.x_min), view.x_max)


def sample_at(view: View, index: int) -> float:
    """x of sample ``index`` (0 to points - 1), exactly as numpy's linspace makes it."""
    where = np.array([index], dtype=np.int64)
    return float(sample_x(view.x_min, view.x_max, view.points, where)[0])


def _first_above(view: View, x: float, *, strict: bool) -> int:
    """The first index whose sample is above ``x`` (``strict``) or at least ``x``; points if none.

    Samples are non-decreasing in their index, so this is a binary search over indices, each
    probe computing one sample exactly. It starts from the arithmetic guess and widens, so a
    cursor on or near a sample costs a handful of probes.
    """
    n = view.points

    def beyond(i: int) -> bool:
        value = sample_at(view, i)
        return value > x if strict else value >= x

    span = view.x_max - view.x_min
    guess = (x - view.x_min) / span * (n - 1) if math.isfinite(span) and span > 0 else 0.0
    guess_i = int(min(max(guess if math.isfinite(guess) else 0.0, 0.0), n - 1))
    # Find low (not beyond, or -1) and high (beyond, or n) around the guess by doubling steps.
    low, high = -1, n
    width = 1
    if beyond(guess_i):
        high = guess_i
        probe = guess_i - width
        while probe >= 0 and beyond(probe):
            high = probe
            width *= 2
            probe = guess_i - width
        low = max(probe, -1)
    else:
        low = guess_i
        probe = guess_i + width
        while probe < n and not beyond(probe):
            low = probe
            width *= 2
            probe = guess_i + width
        high = min(probe, n)
    while high - low > 1:
        mid = (low + high) // 2
        if beyond(mid):
            high = mid
        else:
            low = mid
    return high


def samples_around(view: View, x: float) -> tuple[int, int]:
    """The indices of the last sample at or left of ``x`` and the first at or right of it.

    They are equal when ``x`` is a sample (the outermost of equal samples, where a range holds
    fewer distinct doubles than points), and neighbours when ``x`` lies between two samples.
    """
    x = clamp(view, x)
    left = _first_above(view, x, strict=True) - 1
    right = _first_above(view, x, strict=False)
    return max(left, 0), min(right, view.points - 1)


def step(view: View, cursor: float, samples: int) -> Move:
    """The cursor ``samples`` samples to the right (negative: left), stopping at the ends."""
    if samples == 0:
        return Move(view, clamp(view, cursor))
    left, right = samples_around(view, cursor)
    index = left + samples if samples > 0 else right + samples
    index = min(max(index, 0), view.points - 1)
    return Move(view, sample_at(view, index))


def nearest_sample(view: View, x: float) -> Move:
    """The cursor on the sample nearest ``x`` (a click on the chart); the left one on a tie."""
    left, right = samples_around(view, x)
    low, high = sample_at(view, left), sample_at(view, right)
    return Move(view, high if high - x < x - low else low)


def x_at_column(low: float, high: float, first: int, width: int, column: int) -> float | None:
    """The x drawn at ``column`` of an axis from ``low`` to ``high`` laid over ``width`` columns
    from ``first``; None off the axis.

    The inverse of the chart's own placing (column = first + round((width - 1) * p), p the
    share of the range): the x at the column's centre, so that a click picks what is drawn
    there. Halves are taken first where the span overflows a double ([-1e308, 1e308]).
    """
    if width < 1 or not first <= column < first + width:
        return None
    share = 0.5 if width == 1 else (column - first) / (width - 1)
    span = high - low
    if math.isfinite(span):
        x = low + share * span
    else:
        x = 2.0 * (low * 0.5 + share * (high * 0.5 - low * 0.5))
    return min(max(x, low), high)


def cursor_end(view: View, *, right: bool) -> Move:
    """The cursor at the right or left end of the range."""
    return Move(view, view.x_max if right else view.x_min)


def zoom(view: View, cursor: float, factor: float) -> Move | Refused:
    """The span scaled by ``factor`` around the cursor (0.5 in, 2 out), within the limits.

    Zooming out stops at ±10^6 and never moves an end inwards: a range typed wider than that
    (``[-1e308, 1e308]``) is kept, not cut to ±10^6, which would be zooming in. Zooming in stops
    while every sample still has a double of its own, with room to spare (the span stays above
    4 ulp per sample interval).
    """
    return zoom_around(view, cursor, cursor, factor)


def zoom_around(view: View, cursor: float, anchor: float, factor: float) -> Move | Refused:
    """The span scaled by ``factor`` around ``anchor`` (the x under the pointer), the cursor
    kept; the same limits and reasons as :func:`zoom`, which is this with the cursor as anchor.

    Each end moves towards (or away from) the anchor by the same factor, so the anchor keeps
    its place in the range: drawn again, it lies under the same column, under the pointer.
    """
    c = clamp(view, cursor)
    a = clamp(view, anchor)
    low, high = a - (a - view.x_min) * factor, a + (view.x_max - a) * factor
    if factor > 1.0:
        low = min(view.x_min, max(low, -ZOOM_LIMIT))
        high = max(view.x_max, min(high, ZOOM_LIMIT))
        if (low, high) == (view.x_min, view.x_max):
            if view.x_min < -ZOOM_LIMIT or view.x_max > ZOOM_LIMIT:
                return Refused("Zoom out stops at ±10^6; this range is wider already: kept.")
            return Refused("Zoomed out as far as ±10^6.")
    else:
        finest = _FINEST * (view.points - 1) * math.ulp(max(abs(low), abs(high)))
        if not high - low > finest:
            return Refused("Zoomed in as far as doubles can tell x apart.")
    new = replace(view, x_min=low, x_max=high)
    return Move(new, clamp(new, c))


def pan(view: View, cursor: float, fraction: float) -> Move | Refused:
    """The range moved by ``fraction`` of its span (negative: left), within ±10^6.

    The cursor moves once, by the same amount as the range, and stays inside it.
    """
    span = view.x_max - view.x_min
    delta = span * fraction
    low, high = view.x_min + delta, view.x_max + delta
    if high > ZOOM_LIMIT:
        low, high = low - (high - ZOOM_LIMIT), ZOOM_LIMIT
    if low < -ZOOM_LIMIT:
        low, high = -ZOOM_LIMIT, high + (-ZOOM_LIMIT - low)
    if not (math.isfinite(low) and math.isfinite(high) and low < high) or (low, high) == (
        view.x_min,
        view.x_max,
    ):
        return Refused("Cannot pan further that way.")
    new = replace(view, x_min=low, x_max=high)
    moved = low - view.x_min  # what the range really moved, after the limits
    return Move(new, clamp(new, clamp(view, cursor) + moved))


def drag(view: View, cursor: float, fraction: float) -> Move | Refused:
    """The range moved as by :func:`pan` (the chart dragged the other way), the cursor left on
    its x: what is under the pointer follows the pointer, the cursor with it."""
    moved = pan(view, cursor, fraction)
    if isinstance(moved, Refused):
        return moved
    return Move(moved.view, clamp(moved.view, clamp(view, cursor)))


def go_to(view: View, x: float) -> Move:
    """The cursor at exactly ``x``; a range that does not hold ``x`` moves to it, span kept.

    The range is centred on ``x`` where that stays inside the limits of a double; its span is
    the same as before.
    """
    if view.x_min <= x <= view.x_max:
        return Move(view, x)
    span = view.x_max - view.x_min
    low, high = x - span / 2, x + span / 2
    if not (math.isfinite(low) and math.isfinite(high) and low < high):
        # Too wide to centre (or too fine to keep the span at x): put x at the nearer end.
        low, high = (x, x + span) if x < view.x_min else (x - span, x)
        if not (math.isfinite(low) and math.isfinite(high) and low < high):
            low, high = (x, view.x_max) if x < view.x_min else (view.x_min, x)
    if not low <= x <= high:
        low, high = min(low, x), max(high, x)
    new = replace(view, x_min=low, x_max=high)
    return Move(new, x)


def to_next_point(view: View, cursor: float, *, forward: bool) -> Move | Refused:
    """The cursor on the next point of interest right (or left) of ``cursor``, naming it."""
    found = next_point(view, cursor, forward=forward)
    if found is None:
        return Refused("No more points of interest that way in this range.")
    return Move(view, found[0], found[1])


def deeper(view: View, wanted: float, step: int) -> Move | Refused:
    """Compare mode through ``step`` layers more (negative: fewer), from 1 to MAX_DEPTH; the
    cursor at the x the person chose, ``wanted``, clamped into the range."""
    if view.mode is not Mode.COMPARE:
        return Refused("Depth is for the compare mode: m to it, then > and <.")
    depth = min(max(view.depth + step, 1), MAX_DEPTH)
    if depth == view.depth:
        return Refused(f"Depth goes from 1 to {MAX_DEPTH} layers.")
    deeper_view = replace(view, depth=depth)
    said = f"Through {depth} layer{'s' if depth > 1 else ''}."
    return Move(deeper_view, clamp(deeper_view, wanted), said)
