"""Axes and the plot area: data to positions in [0, 1], round ticks, and where plotext puts
the plot area and each cell of it. Nothing here imports Textual or plotext."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from sigmoid_tui.chart.ticks import decade_step, multiples, nice_step, nice_ticks, smaller_step
from sigmoid_tui.core.frozen import frozen

FloatArray = NDArray[np.float64]

__all__ = [
    "LOG10_SMALLEST",
    "Axis",
    "Canvas",
    "drawn_values",
    "make_axis",
    "make_log_axis",
    "plot_cell",
]


LOG10_SMALLEST = math.log10(5e-324)
"""-323.3: the exponent of the smallest positive double, the floor of a log axis."""


def plot_cell(p: float, cells: int) -> int:
    """The cell plotext puts a position ``p`` (0 to 1) in, for ticks, lines and text."""
    return math.floor(round(0.5 + (cells - 1) * p, 8))


def drawn_values(values: FloatArray, log_y: bool) -> FloatArray:
    """The values as drawn: log10 on a log axis, where 0 and below become NaN (left out)."""
    if not log_y:
        return values
    with np.errstate(divide="ignore", invalid="ignore"):
        logged: FloatArray = np.where(values > 0.0, np.log10(values), np.nan)
    return logged


@frozen
class Axis:
    """An axis from ``low`` to ``high`` drawn as 0 to 1, with ticks in data units.

    plotext is handed positions in [0, 1] and our own tick labels, never the data's own
    magnitudes: its arithmetic fails on a span that overflows (``[-1e308, 1e308]``) and loses
    the detail of one that is tiny next to its values (``[1e6 - 1e-9, 1e6]``).
    """

    low: float
    high: float
    ticks: list[float]

    def place(self, values: FloatArray) -> FloatArray:
        """Where ``values`` lie between the ends, as 0 to 1; a flat axis puts all at 1/2."""
        if not self.low < self.high:
            return np.full_like(values, 0.5)
        with np.errstate(over="ignore", invalid="ignore"):
            span = self.high - self.low
            if math.isfinite(span):
                placed: FloatArray = (values - self.low) / span
            else:  # the span overflows: halve everything first, which is exact
                placed = (values * 0.5 - self.low * 0.5) / (self.high * 0.5 - self.low * 0.5)
        return placed


def make_axis(low: float, high: float, count: int, *, widen: bool) -> Axis:
    """Ends and round ticks; ``widen`` moves the ends out to whole steps (0 to 1, say)."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return Axis(0.0, 1.0, [])
    if low == high:
        # A flat line (S rounds to exactly 1 far right, say): one tick, its value.
        return Axis(low, high, [low])
    if widen:
        widened = _widen(low, high, count)
        if widened is not None:
            return widened
    ticks = nice_ticks(low, high, count)
    if len(ticks) < 2 and not widen:
        # No round numbers fit (a span of a few ulps): label the two ends as they are.
        ticks = [low, high]
    return Axis(low, high, ticks)


def make_log_axis(low: float, high: float, count: int) -> Axis:
    """A log axis over log10 values ``low`` to ``high``: ticks on whole powers of ten only.

    The ends move out to whole steps of decades, so the bottom and top ticks are powers of ten
    too; a step of half a decade would label 10^-2.5 as ``0.0031622777``. Nothing goes below
    the smallest double (5e-324), where a tick would read 0, which no log axis has.
    """
    if not (math.isfinite(low) and math.isfinite(high)):
        return Axis(0.0, 1.0, [])
    bottom, top = math.floor(low), math.ceil(high)
    if bottom == top:  # a flat line on a power of ten (S = 1 far right, say)
        bottom -= 1
    step = decade_step(top - bottom, count)
    wide_low = math.floor(bottom / step) * step
    wide_high = math.ceil(top / step) * step
    floor = math.ceil(LOG10_SMALLEST)
    ticks = [float(p) for p in range(wide_low, wide_high + 1, step) if p >= floor]
    return Axis(float(max(wide_low, LOG10_SMALLEST)), float(wide_high), ticks)


def _widen(low: float, high: float, count: int) -> Axis | None:
    """Ends moved out to whole steps, with the step that wastes the least room.

    S' over [-10, 10] peaks at 0.25: in steps of 0.2 the axis would run to 0.4, in steps of
    0.05 or 0.1 it stops at 0.25 or 0.3. Up to one tick more than ``count`` is allowed.
    """
    step = nice_step(high - low, count)
    best: Axis | None = None
    for _ in range(3):
        if not (math.isfinite(step) and step > 0.0):
            break
        wide_low, wide_high = math.floor(low / step) * step, math.ceil(high / step) * step
        fits = (
            math.isfinite(wide_low)
            and math.isfinite(wide_high)
            and wide_low < wide_high
            and round((wide_high - wide_low) / step) + 1 <= count + 1
        )
        if fits and (best is None or wide_high - wide_low < (best.high - best.low) * (1 - 1e-9)):
            best = Axis(wide_low, wide_high, multiples(wide_low, wide_high, step))
        step = smaller_step(step)
    return best


@frozen
class Canvas:
    """Where plotext put the plot area in the chart's text: lines from the top, columns from
    the left, 0-based, and how many of each."""

    left: int
    """The first column of the plot area."""
    width: int
    """Its width in cells."""
    top: int
    """The first line of the plot area."""
    height: int
    """Its height in lines."""

    def column(self, axis: Axis, x: float) -> int | None:
        """The column where plotext would draw a vertical line at ``x``; None off the axis."""
        if self.width < 1 or not axis.low <= x <= axis.high:
            return None
        p = float(axis.place(np.array([x]))[0])
        # plotext's own rule (utility.get_matrix_data): floor(0.5 + (bins - 1) * p).
        return self.left + min(
            max(math.floor(round(0.5 + (self.width - 1) * p, 8)), 0), self.width - 1
        )
