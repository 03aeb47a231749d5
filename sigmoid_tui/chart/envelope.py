"""Reduce a long series to what a chart of a given width can show, without losing a peak.

plotext's build time grows by about 17 us per point it is handed (about 35 s at 10^6 points),
yet a chart ``w`` cells wide can show at most ``2w`` distinct x positions with braille dots.
Each column of the chart gets the minimum and the maximum of the samples that fall in it, so
every peak, step and tail the full series has stays on screen, and drawing costs the same at
10^2 and 10^7 points.

Two ways to the same envelope:

* :func:`column_envelope` reduces samples that exist, whatever the curve.
* :func:`chart_data` never makes the N samples. S is monotone and S' rises to one peak and falls,
  so the extremes of a column are at its first and last sample, or, for S', at the samples
  either side of the peak. Evaluating just those (at most ``4 * columns + 2`` points) gives the
  very envelope that all N samples would, in time and memory that do not grow with N.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from sigmoid_tui.core.activations import compare_curves
from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.rounded import relu_value
from sigmoid_tui.core.sampling import Samples, sample_x, scaled_curves
from sigmoid_tui.core.view import Mode, View

__all__ = ["ChartData", "chart_data", "column_bounds", "column_envelope", "curve_envelope"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
Series = tuple[FloatArray, FloatArray]


def column_bounds(points: int, columns: int) -> tuple[IntArray, IntArray]:
    """First and last sample index of each column, splitting ``points`` samples evenly."""
    # Sample i lies in column floor(i * columns / points).
    starts = (np.arange(columns, dtype=np.int64) * points + columns - 1) // columns
    starts = np.unique(np.clip(starts, 0, points - 1))
    ends = np.append(starts[1:], points) - 1
    return starts, ends


def _interleave(
    x_first: FloatArray,
    x_last: FloatArray,
    y_first: FloatArray,
    y_last: FloatArray,
    lows: FloatArray,
    highs: FloatArray,
) -> Series:
    """Two points a column, ordered as the series runs (the minimum first where it rises)."""
    rising = y_first <= y_last
    xs = np.empty(2 * x_first.size)
    xs[0::2] = x_first
    xs[1::2] = x_last
    ys = np.empty(2 * x_first.size)
    ys[0::2] = np.where(rising, lows, highs)
    ys[1::2] = np.where(rising, highs, lows)
    keep = ~np.isnan(ys)
    return xs[keep], ys[keep]


def column_envelope(x: FloatArray, y: FloatArray, columns: int) -> Series:
    """At most two points per column: each column's minimum and maximum of ``y``.

    ``x`` is ascending and evenly spaced (as sampled). Columns split ``[x[0], x[-1]]`` into
    ``columns`` equal parts by sample index. The first point of a column stands at the x of its
    first sample, the second at the x of its last, and they are ordered as the series runs (the
    minimum first where it rises), so the line through them joins the neighbours as the full
    series would and never reaches past the data. Series short enough to plot whole are
    returned unchanged. NaN values are left out.
    """
    n = int(x.size)
    if columns < 1 or n <= 2 * columns:
        return x, y
    starts, ends = column_bounds(n, columns)
    finite = np.isfinite(y)
    if not finite.all():
        y = np.where(finite, y, np.nan)
        lows = np.fmin.reduceat(y, starts)
        highs = np.fmax.reduceat(y, starts)
    else:
        lows = np.minimum.reduceat(y, starts)
        highs = np.maximum.reduceat(y, starts)
    return _interleave(x[starts], x[ends], y[starts], y[ends], lows, highs)


def curve_envelope(
    x_at: Callable[[IntArray], FloatArray],
    y_at: Callable[[FloatArray], FloatArray],
    points: int,
    columns: int,
    peak: float | None,
) -> Series:
    """:func:`column_envelope` of a monotone or single-peaked curve, without all its samples.

    ``x_at`` gives the x of sample indices, ``y_at`` the curve there; ``peak`` is the x where
    the curve is largest (None: monotone). Only the first and last sample of each column, and
    the two samples either side of the peak, are evaluated.
    """
    if columns < 1 or points <= 2 * columns:
        x = x_at(np.arange(points, dtype=np.int64))
        return x, y_at(x)
    starts, ends = column_bounds(points, columns)
    x_first, x_last = x_at(starts), x_at(ends)
    y_first, y_last = y_at(x_first), y_at(x_last)
    lows, highs = np.minimum(y_first, y_last), np.maximum(y_first, y_last)
    if peak is not None and x_first[0] <= peak <= x_last[-1]:
        # The samples either side of the peak: the larger is the column's maximum.
        low, high = float(x_first[0]), float(x_last[-1])
        if math.isfinite(high - low):
            position = (peak - low) / (high - low) * (points - 1)
        else:  # [-1e308, 1e308]: the span overflows, its half does not
            position = (peak * 0.5 - low * 0.5) / (high * 0.5 - low * 0.5) * (points - 1)
        if high > low and math.isfinite(position):
            near = np.unique(
                np.clip([int(np.floor(position)), int(np.ceil(position))], 0, points - 1)
            ).astype(np.int64)
            y_near = y_at(x_at(near))
            column = np.searchsorted(starts, near, side="right") - 1
            np.maximum.at(highs, column, y_near)
            np.minimum.at(lows, column, y_near)
    return _interleave(x_first, x_last, y_first, y_last, lows, highs)


@frozen(eq=False)
class ChartData:
    """What a chart draws: the x range and each curve reduced to its per-column envelope."""

    x_min: float
    """Left end of the sampled range."""
    x_max: float
    """Right end of the sampled range."""
    sigmoid: Series
    """S as (x, y) points, at most two per column."""
    derivative: Series
    """S' as (x, y) points, at most two per column."""
    compare: tuple[Series, Series, Series] | None = None
    """In compare mode: the sigmoid's, tanh's and ReLU's derivatives, to the view's depth."""
    depth: int = 1
    """The power the compare mode's derivatives are raised to."""
    weight: float = 1.0
    """What compare mode's derivatives are multiplied by before the power."""

    @classmethod
    def from_samples(cls, samples: Samples, columns: int) -> ChartData:
        """The envelope of samples that exist (any curve)."""
        return cls(
            x_min=float(samples.x[0]),
            x_max=float(samples.x[-1]),
            sigmoid=column_envelope(samples.x, samples.sigmoid, columns),
            derivative=column_envelope(samples.x, samples.derivative, columns),
        )


def chart_data(view: View, columns: int) -> ChartData:
    """The envelope of ``view``'s N samples of S and S', from a few hundred evaluations."""
    n, k, x0 = view.points, view.steepness, view.shift

    def x_at(index: IntArray) -> FloatArray:
        return sample_x(view.x_min, view.x_max, n, index)

    def s_at(x: FloatArray) -> FloatArray:
        return scaled_curves(x, k, x0)[0]

    def d_at(x: FloatArray) -> FloatArray:
        return scaled_curves(x, k, x0)[1]

    compare = None
    if view.mode is Mode.COMPARE:
        # Each is monotone (ReLU') or has its one peak at x0 (S', tanh'), to any power.
        def curve(index: int) -> Callable[[FloatArray], FloatArray]:
            return lambda x: compare_curves(x, k, x0, view.depth, view.weight)[index]

        compare = (
            curve_envelope(x_at, curve(0), n, columns, peak=x0),
            curve_envelope(x_at, curve(1), n, columns, peak=x0),
            _with_jump(curve_envelope(x_at, curve(2), n, columns, peak=None), view),
        )
    return ChartData(
        x_min=view.x_min,
        x_max=view.x_max,
        sigmoid=curve_envelope(x_at, s_at, n, columns, peak=None),
        derivative=curve_envelope(x_at, d_at, n, columns, peak=x0),
        compare=compare,
        depth=view.depth,
        weight=view.weight,
    )


def _with_jump(series: Series, view: View) -> Series:
    """ReLU' with its jump at x0 drawn as a jump: 0 and (w k)^n both at x0, not a slope between
    the samples either side."""
    x0 = view.shift
    xs, ys = series
    if not (view.x_min < x0 < view.x_max) or xs.size == 0:
        return series
    left = xs < x0
    top = relu_value(view.steepness, view.depth, view.weight)
    return (
        np.concatenate([xs[left], [x0, x0], xs[~left]]),
        np.concatenate([ys[left], [0.0, top], ys[~left]]),
    )
