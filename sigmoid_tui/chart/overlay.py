"""What the explorer adds to the article's chart: points of interest with their labels, the
vanishing-gradient tails and their dashed edges, and a log axis. Markers go first, then labels
where :mod:`.labels` finds room. Nothing here imports Textual."""

from __future__ import annotations

from typing import Any

import numpy as np

from sigmoid_tui.chart.axes import Axis, Canvas, drawn_values, plot_cell
from sigmoid_tui.chart.labels import Cells, Placed, cell_of, place_in_span, place_label
from sigmoid_tui.chart.style import MARK_COLOR, ChartStyle
from sigmoid_tui.core.frozen import frozen
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
    "edge_columns",
    "overlay_for",
]


_VANISHING_LABELS = ("vanishing gradient", "vanishing")
"""The tail label, longest first: the longest that fits its tail is drawn."""


@frozen
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


@frozen
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
    points += _coinciding_tail(overlay, plot, cells)
    for col, row, label in points:
        texts = [label] + ([_SHORT_LABELS[label]] if label in _SHORT_LABELS else [])
        placed = place_label(cells, col, row, texts, prefer_left=col > area.width * 0.75)
        if placed is not None:
            _text(figure, placed, area, cells)
            drawn.append(placed)
    for first, last in tails:
        placed = place_in_span(cells, first + 1, last - 1, _VANISHING_LABELS)
        if placed is not None:
            _text(figure, placed, area, cells)
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
        cells.take_marker(plot_cell(p, area.width), area.height - 1)


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
        col = plot_cell(px, area.width)
        row = _row_on_curve(cells, point.curve, col, (area.height - 1) * py)
        figure.scatter([px], [row / (area.height - 1)], marker=point_marker, color=mark_color)
        cells.take_marker(col, row)
        points.append((col, row, point.label))
    return points


def _row_on_curve(cells: Cells, curve: Curve, col: int, position: float) -> int:
    """The row for a marker at ``position`` (in rows from the bottom): its own cell, or where
    that cell is one its curve misses, the next cell the curve is drawn in.

    A point exactly between two cells (S' peaks at 0.25, half a row above a grid line at 80x24
    and 100x30) rounds up, while the curve's samples beside it (0.2494) round down: the marker
    floated half a cell above its curve. It goes where the curve is drawn, at most a cell away.
    """
    row = cell_of(position)
    rows = cells.path_rows(curve, col)
    if not rows or row in rows:
        return row
    near = [r for r in rows if abs(r - position) <= 1.0]
    return min(near, key=lambda r: (abs(r - position), r)) if near else row


def _coinciding_tail(overlay: Overlay, plot: PlotArea, cells: Cells) -> list[tuple[int, int, str]]:
    """On a log axis with S and S' both shown, a note where the two are drawn in the same
    cells: S' is drawn over S there, and S would seem to be missing. It is placed like a
    point's label, beside the middle of the longest run of columns where they coincide."""
    if not overlay.log_y or not {Curve.SIGMOID, Curve.DERIVATIVE} <= set(plot.shown):
        return []
    same = [
        col
        for col in range(plot.area.width)
        if (rows := cells.path_rows(Curve.SIGMOID, col))
        and rows == cells.path_rows(Curve.DERIVATIVE, col)
    ]
    runs: list[list[int]] = []
    for col in same:
        if runs and runs[-1][-1] == col - 1:
            runs[-1].append(col)
        else:
            runs.append([col])
    if not runs:
        return []
    run = max(runs, key=len)
    if len(run) < 3:
        return []
    col = run[len(run) // 2]
    rows = cells.path_rows(Curve.SIGMOID, col)
    # S' = S(1 - S) is S to within S: on a log axis the two lie in the same cells for x << 0.
    text = "S' ~ S" if plot.style.marker is Marker.ASCII else "S' ≈ S"
    return [(col, rows[len(rows) // 2], text)]


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
    for col in edge_columns(overlay, x_axis, area.width):
        marks.append((area.left + col, edge_glyph))
        for row in range(area.height):
            cells.take(col, row)
    for tail in ((low, left), (right, high)):
        start, stop = max(tail[0], low), min(tail[1], high)
        if start < stop:
            ends = x_axis.place(np.array([start, stop]))
            tails.append(
                (plot_cell(float(ends[0]), area.width), plot_cell(float(ends[1]), area.width))
            )
    return marks, tails


def edge_columns(overlay: Overlay, x_axis: Axis, width: int) -> list[int]:
    """The columns of the plot area (``width`` cells) where the saturation edges are drawn."""
    if overlay.vanishing is None:
        return []
    inside = [edge for edge in overlay.vanishing if x_axis.low < edge < x_axis.high]
    return [plot_cell(float(p), width) for p in x_axis.place(np.array(inside, dtype=float))]


def _text(figure: Any, placed: Placed, area: Canvas, cells: Cells) -> None:
    """Draw a placed label at exactly its cells, in the text's own colour (which reads on every
    theme; the grey of the markers would not reach 4.5:1 on a light one). A vertical grid line
    beside it, or the horizontal one it lies on, is broken by a blank either side, so that no
    line runs into the label."""
    first, last = cells.padded(placed)
    text = " " * (placed.col - first) + placed.text
    text += " " * (last + 1 - first - len(text))
    col = first
    figure.text(text, col / (area.width - 1), placed.row / (area.height - 1), alignment="left")
