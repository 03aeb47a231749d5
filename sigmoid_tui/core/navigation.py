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
from dataclasses import dataclass, replace

import numpy as np

from sigmoid_tui.core.sampling import sample_x
from sigmoid_tui.core.view import View

__all__ = [
    "ZOOM_LIMIT",
    "Move",
    "Refused",
    "clamp",
    "cursor_end",
    "go_to",
    "home",
    "pan",
    "sample_at",
    "samples_around",
    "step",
    "zoom",
]

ZOOM_LIMIT = 1e6
"""Zooming and panning keep the range inside [-10^6, 10^6], where the chart means something."""

_FINEST = 4.0
"""Zooming in stops where the span is below this many ulps per sample interval."""


@dataclass(frozen=True)
class Move:
    """Where a navigation leaves the view and the cursor."""

    view: View
    """The view to show (the same view when only the cursor moves)."""
    cursor: float
    """The cursor's new x, inside the view's range."""


@dataclass(frozen=True)
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
    c = clamp(view, cursor)
    low, high = c - (c - view.x_min) * factor, c + (view.x_max - c) * factor
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
