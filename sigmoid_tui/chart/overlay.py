"""What the explorer adds to the article's chart: points of interest with their labels, the
vanishing-gradient tails and their dashed edges, and a log axis. Markers go first, then labels
where :mod:`.labels` finds room. Nothing here imports Textual."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from sigmoid_tui.chart.axes import Axis, Canvas, drawn_values, plot_cell
from sigmoid_tui.chart.labels import Cells, Placed, place_in_span, place_label
from sigmoid_tui.chart.style import MARK_COLOR, ChartStyle
from sigmoid_tui.core.points_of_interest import (
    Curve,
    PointOfInterest,
    vanishing_regions,
    view_points,
)
from sigmoid_tui.core.view import Marker, Mode, View

__all__ = [
    "BOOKMARK_GLYPH",
    "BOOKMARK_GLYPHS",
    "Overlay",
    "PlotArea",
    "draw_overlay",
    "overlay_for",
]


_VANISHING_LABELS = ("vanishing gradient", "vanishing")
"""The tail label, longest first: the longest that fits its tail is drawn."""


@dataclass(frozen=True)
class Overlay:
    """What the explorer adds to the article's chart: points of interest, a log axis.

    The trace cursor is not part of it: it is painted on the built text (:mod:`.cursor`), so
    that moving it rebuilds nothing."""

    points: tuple[PointOfInterest, ...] = ()
    """Points of interest to mark and label (those off the range or on a hidden curve are not)."""
    vanishing: tuple[float, float] | None = None
    """Saturation edges: beyond them the gradient vanishes, and the chart says so."""
    log_y: bool = False
    """A logarithmic y axis: values of 0 or below are left out, never drawn as a cliff."""
    bookmarks: tuple[float, ...] = ()
    """x values the person bookmarked: each flagged at the top of the plot, points on or off."""


BOOKMARK_GLYPHS = {Marker.ASCII: "v"}
"""A bookmark's flag for a marker style; every other style draws ``BOOKMARK_GLYPH``."""
BOOKMARK_GLYPH = "▼"
"""A bookmark's flag: a shape no point of interest (◆) or curve uses."""


def overlay_for(
    view: View, *, points: bool, log_y: bool, bookmarks: tuple[float, ...] = ()
) -> Overlay:
    """What the explorer adds to ``view``'s chart: its points of interest and (outside compare
    mode) the vanishing tails when ``points`` is on, the log axis when ``log_y`` is, and the
    bookmarks always."""
    if not points:
        return Overlay(log_y=log_y, bookmarks=bookmarks)
    tails = None
    if view.mode is not Mode.COMPARE:
        tails = vanishing_regions(view.steepness, view.shift)
    return Overlay(
        points=tuple(view_points(view)), vanishing=tails, log_y=log_y, bookmarks=bookmarks
    )


@dataclass(frozen=True)
class PlotArea:
    """Where the overlay draws: the axes, the plot area's cells, the style, the curves shown."""

    x_axis: Axis
    """Data x to 0..1."""
    y_axis: Axis
    """Data y (log10 y on a log axis) to 0..1."""
    area: Canvas
    """The plot area in cells."""
    style: ChartStyle
    """Colour or not, and the glyphs."""
    shown: tuple[Curve, ...]
    """The curves on the chart: a point on a hidden curve is not marked."""


_SHORT_LABELS = {
    "saturation": "sat.",
    "inflection": "infl.",
    "max slope": "peak",
    "S'' max": "S''+",
    "S'' min": "S''-",
}
"""A point's label where the full one does not fit."""


def draw_overlay(
    figure: Any, overlay: Overlay, plot: PlotArea, cells: Cells
) -> tuple[tuple[tuple[int, str], ...], list[Placed]]:
    """Points of interest with their labels, and the vanishing-gradient tails.

    Markers go first, then labels where :mod:`.labels` finds room: never over a curve, a
    marker or another label. The saturation edges are returned as columns to paint (a dashed
    line of their own, not a grid line).
    """
    area = plot.area
    if area.width < 2 or area.height < 2:
        return (), []
    drawn: list[Placed] = []
    points = _mark_points(figure, overlay, plot, cells)
    # After the markers, so that a bookmark on a point of interest (ReLU's jump) still shows.
    _flag_bookmarks(figure, overlay, plot, cells)
    marks, tails = _tails(overlay, plot, cells)
    for col, row, label in points:
        texts = [label] + ([_SHORT_LABELS[label]] if label in _SHORT_LABELS else [])
        placed = place_label(cells, col, row, texts, prefer_left=col > area.width * 0.75)
        if placed is not None:
            _text(figure, placed, area)
            drawn.append(placed)
    for first, last in tails:
        placed = place_in_span(cells, first + 1, last - 1, _VANISHING_LABELS)
        if placed is not None:
            _text(figure, placed, area)
            drawn.append(placed)
    return tuple(marks), drawn


def _flag_bookmarks(figure: Any, overlay: Overlay, plot: PlotArea, cells: Cells) -> None:
    """A flag on the top line of the plot over each bookmark in range, in the text's colour
    (it reads on every theme); labels keep clear of it."""
    x_axis, area = plot.x_axis, plot.area
    inside = [x for x in overlay.bookmarks if x_axis.low <= x <= x_axis.high]
    if not inside:
        return
    glyph = BOOKMARK_GLYPHS.get(plot.style.marker, BOOKMARK_GLYPH)
    placed = x_axis.place(np.array(inside)).tolist()
    figure.scatter(placed, [1.0] * len(placed), marker=glyph)
    for p in placed:
        cells.take(plot_cell(p, area.width), area.height - 1)


def _mark_points(
    figure: Any, overlay: Overlay, plot: PlotArea, cells: Cells
) -> list[tuple[int, int, str]]:
    """A marker on each point of interest on show; their cells and labels, to be placed."""
    x_axis, y_axis, area, style = plot.x_axis, plot.y_axis, plot.area, plot.style
    mark_color = MARK_COLOR if style.color else None
    point_marker = "#" if style.marker is Marker.ASCII else "◆"
    points: list[tuple[int, int, str]] = []
    for point in overlay.points:
        if point.curve not in plot.shown or not x_axis.low <= point.x <= x_axis.high:
            continue
        y = drawn_values(np.array([point.y]), overlay.log_y)
        if not np.isfinite(y[0]):
            continue
        px = float(x_axis.place(np.array([point.x]))[0])
        py = float(y_axis.place(y)[0])
        if not 0.0 <= py <= 1.0:
            continue
        figure.scatter([px], [py], marker=point_marker, color=mark_color)
        col, row = plot_cell(px, area.width), plot_cell(py, area.height)
        cells.take(col, row)
        points.append((col, row, point.label))
    return points


def _tails(
    overlay: Overlay, plot: PlotArea, cells: Cells
) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """The saturation edges as columns to paint, and the tails' column spans for their label."""
    x_axis, area, style = plot.x_axis, plot.area, plot.style
    if overlay.vanishing is None:
        return [], []
    edge_glyph = ";" if style.marker is Marker.ASCII else "┆"
    low, high = x_axis.low, x_axis.high
    marks: list[tuple[int, str]] = []
    tails: list[tuple[int, int]] = []
    left, right = overlay.vanishing
    for edge, tail in ((left, (low, left)), (right, (right, high))):
        if low < edge < high:
            col = plot_cell(float(x_axis.place(np.array([edge]))[0]), area.width)
            marks.append((area.left + col, edge_glyph))
            for row in range(area.height):
                cells.take(col, row)
        start, stop = max(tail[0], low), min(tail[1], high)
        if start < stop:
            ends = x_axis.place(np.array([start, stop]))
            tails.append(
                (plot_cell(float(ends[0]), area.width), plot_cell(float(ends[1]), area.width))
            )
    return marks, tails


def _text(figure: Any, placed: Placed, area: Canvas) -> None:
    """Draw a placed label at exactly its cells, in the text's own colour (which reads on every
    theme; the grey of the markers would not reach 4.5:1 on a light one)."""
    figure.text(
        placed.text,
        placed.col / (area.width - 1),
        placed.row / (area.height - 1),
        alignment="left",
    )
