"""The article's chart, drawn by plotext: one place for the app and ``--print``.

Titles, axis labels, legend, grid and colours follow the article's matplotlib figures
(:mod:`.style`). Series are reduced to a per-column envelope before plotext sees them
(:mod:`.envelope`), so a chart costs the same at 10^2 and 10^7 points. Axes and their round
ticks are :mod:`.axes`'; points of interest and the vanishing tails :mod:`.overlay`'s; the
title and legend lines :mod:`.legend`'s; the cursor and the dashed edges are painted on the
built text (:mod:`.cursor`).

The drawing works on a plotext figure handed in: ``--print`` makes a bare plotext figure, the
app draws on its plot widget's figure. Nothing here imports Textual.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from sigmoid_tui.chart.axes import (
    Axis,
    Canvas,
    FloatArray,
    drawn_values,
    make_axis,
    make_log_axis,
    plot_cell,
)
from sigmoid_tui.chart.cursor import cursor_glyph, cursor_rows, replace_cell, strip_ansi, trace_rows
from sigmoid_tui.chart.envelope import ChartData, chart_data
from sigmoid_tui.chart.labels import Cells
from sigmoid_tui.chart.legend import centre, legend_line, short_name
from sigmoid_tui.chart.overlay import Overlay, PlotArea, draw_overlay, edge_columns
from sigmoid_tui.chart.plotext_figure import figure_class
from sigmoid_tui.chart.style import (
    COMPARE_LABELS,
    CURSOR_COLOR,
    DERIVATIVE_COLOR,
    DERIVATIVE_LABEL,
    MARK_COLOR,
    RELU_COLOR,
    SIGMOID_COLOR,
    SIGMOID_LABEL,
    TANH_COLOR,
    X_LABEL,
    ChartStyle,
    chart_title,
    y_label,
)
from sigmoid_tui.chart.ticks import decade_label, format_ticks
from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.points_of_interest import Curve
from sigmoid_tui.core.view import Marker, Mode, View, power_label

__all__ = [
    "Drawn",
    "build_chart",
    "chart_columns",
    "draw_chart",
    "new_figure",
    "render_chart",
]


_ASCII_FRAME = str.maketrans(
    {
        **dict.fromkeys("─━╌┄", "-"),
        **dict.fromkeys("│┃╎┆", "|"),
        **dict.fromkeys("┌┐└┘├┤┬┴┼╭╮╰╯", "+"),
    }
)
"""plotext's box-drawing frame and grid in plain ASCII, for ``--marker ascii``."""


def new_figure() -> Any:
    """A plotext figure of its own, free of plotext's global figure and its size limit."""
    return figure_class()()


@frozen
class Drawn:
    """What :func:`draw_chart` decided beside the plotext figure: the lines above it, where
    its plot area lies, and the x axis that places the cursor."""

    x_axis: Axis
    """The x axis: data x to 0..1."""
    header: tuple[str, ...]
    """The title and the legend, centred, with colour codes when in colour."""
    canvas: Canvas
    """The plot area in the whole chart's text (header lines included)."""
    marks: tuple[tuple[int, str], ...] = ()
    """Columns to paint a glyph down, like the cursor: the saturation edges."""
    labels: tuple[tuple[int, int, str], ...] = ()
    """Each label drawn: its column and line in the whole chart's text, and its text."""

    def column(self, x: float) -> int | None:
        """The column of the chart's text where ``x`` is drawn; None off the axis."""
        return self.canvas.column(self.x_axis, x)


def draw_chart(
    figure: Any,
    data: ChartData,
    mode: Mode,
    width: int,
    height: int,
    style: ChartStyle = ChartStyle(),
    overlay: Overlay = Overlay(),
) -> Drawn:
    """Clear ``figure`` and draw ``data`` in ``mode`` for a ``width`` x ``height`` cell chart.

    The title and the legend are lines of their own above the plot (:func:`build_chart` puts
    them there), so the legend never hides a curve; plotext draws the rest in the lines below.
    ``data`` should be reduced for this width (:func:`chart_columns`). Values are placed so that
    a value equal to a tick is drawn in that tick's row, on its grid line (plotext would put it
    half a cell off); grid lines are drawn inside the frame only, never doubling it. The cursor
    is not drawn here but on the built text (:func:`.cursor.trace_rows`), so moving it rebuilds
    nothing.
    """
    width, height = max(int(width), 1), max(int(height), 1)
    plot_height = max(height - _HEADER_LINES, 1)
    figure.clear_figure()
    # clear_figure() restores plotext's cap at the terminal's size; a chart for a pipe or a
    # widget must be the size asked for.
    figure._limit_size(False, False)
    figure.plotsize(width, plot_height)
    figure.theme("clear")
    figure.xlabel(X_LABEL)
    depth = data.depth
    weight = data.weight
    figure.ylabel(y_label(mode, depth, weight) + (" (log)" if overlay.log_y else ""))
    figure.grid(False, False)

    series: list[Series] = []
    shown: list[Curve] = []
    markers = style.markers()
    if mode in (Mode.SIGMOID, Mode.BOTH):
        xs, ys = data.sigmoid
        series.append(
            (
                xs,
                drawn_values(ys, overlay.log_y),
                SIGMOID_LABEL,
                SIGMOID_COLOR,
                markers[0],
                Curve.SIGMOID,
            )
        )
        shown.append(Curve.SIGMOID)
    if mode in (Mode.DERIVATIVE, Mode.BOTH):
        xs, ys = data.derivative
        series.append(
            (
                xs,
                drawn_values(ys, overlay.log_y),
                DERIVATIVE_LABEL,
                DERIVATIVE_COLOR,
                markers[1],
                Curve.DERIVATIVE,
            )
        )
        shown.append(Curve.DERIVATIVE)
    if mode is Mode.COMPARE and data.compare is not None:
        colors = (DERIVATIVE_COLOR, TANH_COLOR, RELU_COLOR)
        curves = (Curve.DERIVATIVE, Curve.TANH, Curve.RELU)
        for (xs, ys), label, color, marker, curve in zip(
            data.compare, COMPARE_LABELS, colors, style.compare_markers(), curves, strict=True
        ):
            shown_label = power_label(label, depth, weight)
            series.append((xs, drawn_values(ys, overlay.log_y), shown_label, color, marker, curve))
        shown += list(curves)

    finite = [ys[np.isfinite(ys)] for _, ys, *_ in series]
    # Nothing to draw (every value 0 on a log axis) leaves the y axis without ticks: ends of
    # 0 and 1 had been labelled as the decades 1e0 and 1e1, values no curve here takes.
    y_low = min((float(v.min()) for v in finite if v.size), default=math.nan)
    y_high = max((float(v.max()) for v in finite if v.size), default=math.nan)
    x_axis = make_axis(data.x_min, data.x_max, max(2, (width - 10) // 10), widen=False)
    y_count = max(2, (plot_height - 5) // 3)
    if overlay.log_y:  # decades only, all labelled alike: 1e-10, never 0.0000000001 or 0
        y_axis = make_log_axis(y_low, y_high, y_count)
        y_labels = [decade_label(round(t)) for t in y_axis.ticks]
    else:
        y_axis = make_axis(y_low, y_high, y_count, widen=True)
        y_labels = format_ticks(y_axis.ticks)
    y_ticks = y_axis.ticks

    # The plot area as plotext will lay it out (checked against plotext's own in the tests).
    area = Canvas(
        left=(1 + max((len(label) for label in y_labels), default=0)),
        width=width - 2 - max((len(label) for label in y_labels), default=0),
        top=_HEADER_LINES + 1,
        height=plot_height - 2 - (1 if x_axis.ticks else 0) - 1,
    )
    cells = _plot_series(figure, series, x_axis, y_axis, area, style)
    edges = edge_columns(overlay, x_axis, area.width)
    _draw_ticks(figure, x_axis, y_axis, y_ticks, y_labels, area, cells, edges)
    plot = PlotArea(x_axis, y_axis, area, style, tuple(shown))
    marks, placed = draw_overlay(figure, overlay, plot, cells)
    legend = [(label, color, marker) for _, _, label, color, marker, _ in series]
    header = (centre(chart_title(mode, depth, weight), width), legend_line(legend, style, width))
    labels = tuple((area.left + p.col, area.top + area.height - 1 - p.row, p.text) for p in placed)
    return Drawn(x_axis, header, area, marks, labels)


Series = tuple[FloatArray, FloatArray, str, tuple[int, int, int], str, Curve]
"""x, y as drawn, legend label, colour, plotext marker, the curve it is."""


def _plot_series(
    figure: Any, series: list[Series], x_axis: Axis, y_axis: Axis, area: Canvas, style: ChartStyle
) -> Cells:
    """Hand plotext each curve, centred in its cells; return the cells the curves cross, each
    curve's own kept under its :class:`Curve` (a marker goes in a cell its curve reaches)."""
    cells = Cells(area.width, area.height)
    missing: list[tuple[str, str]] = []
    for xs, ys, label, color, marker, curve in series:
        keep = np.isfinite(ys)
        if not keep.any():
            # Nothing to draw: 0 on a log axis (NaN as drawn), or past the largest double.
            missing.append((label, _why_nothing(ys)))
            continue
        px, py = x_axis.place(xs[keep]), y_axis.place(ys[keep])
        fx, fy = _MARKER_CELLS.get(marker, (1, 1))
        cx, cy = _centred(px, area.width, fx).tolist(), _centred(py, area.height, fy).tolist()
        cells.take_curve(_drawn_cells(cx, cy, area, fx, fy), curve)
        figure.plot(cx, cy, marker=marker, color=color if style.color else None)
    for row, (label, why) in enumerate(missing):
        text = _nothing_to_draw(label, why, area.width - 2)
        figure.text(text, 0.5, 0.6 - 0.1 * row, alignment="center")
    return cells


_WHY_NOTHING = {
    "zero": (
        "0 at every sample, nothing to draw on a log axis",
        "0 at every sample",
        "0 everywhere",
        "0",
    ),
    "overflow": (
        "beyond 1.8e308 at every sample, nothing to draw",
        "beyond 1.8e308 everywhere",
        "beyond 1.8e308",
        "inf",
    ),
    "both": (
        "0 or beyond 1.8e308 at every sample, nothing to draw",
        "0 or beyond 1.8e308",
        "0 or inf",
    ),
}
"""Why a curve has nothing to draw, longest words first."""


def _why_nothing(drawn: FloatArray) -> str:
    """Which of :data:`_WHY_NOTHING` a curve with no finite value as drawn has: every value 0
    on a log axis (NaN as drawn), every one past the largest double (inf: compare mode through
    50 layers of weight 100), or some of each. An overflow was called 0, on a linear axis too."""
    overflow = np.isposinf(drawn)
    if overflow.all():
        return "overflow"
    return "both" if overflow.any() else "zero"


def _nothing_to_draw(label: str, why: str, room: int) -> str:
    """Why a curve is not drawn, in the longest words that fit ``room`` cells (at 60x20 the
    whole sentence lost its start and its end to the frame): the curve's name, then its short
    name from the legend (S'), before fewer words ("Sigmoid Derivative: 0" read like a value)."""
    words = _WHY_NOTHING[why]
    short = short_name(label)
    forms = [
        f"{name}: {said}"
        for said in words[:-1]
        for name in ((label, short) if short != label else (label,))
    ] + [f"{short}: {words[-1]}"]
    return next((form for form in forms if len(form) <= room), forms[-1])


def _draw_ticks(
    figure: Any,
    x_axis: Axis,
    y_axis: Axis,
    y_ticks: list[float],
    y_labels: list[str],
    area: Canvas,
    cells: Cells,
    edges: list[int],
) -> None:
    """Ticks on both axes, and grid lines through them inside the frame only: at the ends of
    an axis the frame itself is the line, and a grid line beside it would double it. For the
    same reason no vertical grid line is drawn within two columns of a saturation edge
    (``edges``): the two ran side by side as ``│┆``, and the dashed edge is the line there.
    The lines drawn are recorded in ``cells``, so that no label crosses one."""
    columns: list[int] = []
    rows: list[int] = []
    figure.xlim(0.0, 1.0)
    figure.ylim(0.0, 1.0)
    if x_axis.ticks:
        placed = x_axis.place(np.asarray(x_axis.ticks)).tolist()
        figure.xticks(placed, format_ticks(x_axis.ticks))
        for p in placed:
            col = plot_cell(p, area.width)
            if 0 < col < area.width - 1 and all(abs(col - edge) > 2 for edge in edges):
                figure.vertical_line(p)
                columns.append(col)
    if y_ticks:
        placed = y_axis.place(np.asarray(y_ticks)).tolist()
        figure.yticks(placed, y_labels)
        for p in placed:
            row = plot_cell(p, area.height)
            if 0 < row < area.height - 1:
                figure.horizontal_line(p)
                rows.append(row)
    else:
        # plotext would label its own 0 to 1, the positions we hand it, not values.
        figure.yticks([], [])
    cells.take_grid(columns, rows)


def _drawn_cells(
    cx: list[float], cy: list[float], area: Canvas, fx: int, fy: int
) -> list[tuple[int, int]]:
    """The cells (column, row from the bottom) plotext draws a line through ``cx``, ``cy`` in,
    worked out by plotext's own steps as its build takes them: positions to dots
    (``get_matrix_data``, ``fx`` x ``fy`` dots a cell), consecutive dots joined
    (``get_lines``), dots to cells, cells outside the area dropped.

    A model of our own had rounded in cells where plotext rounds in dots: beside S' = 0.25 at
    96x21 the curve was drawn a row below the cell the model gave, and a marker set on the
    modelled curve floated above the drawn one (a dot touched a label at 200x60 likewise).
    """
    from plotext import _utility as plotext_steps  # plotext has no public form of these

    dots_x = plotext_steps.get_matrix_data(cx, [0.0, 1.0], area.width * fx)
    dots_y = plotext_steps.get_matrix_data(cy, [0.0, 1.0], area.height * fy)
    joined = plotext_steps.get_lines(dots_x, dots_y, [None] * len(dots_x))
    return [
        (col, row)
        for col, row in ((x // fx, y // fy) for x, y in zip(joined[0], joined[1], strict=True))
        if 0 <= col < area.width and 0 <= row < area.height
    ]


_HEADER_LINES = 2
"""The title and the legend, above the plot."""

_MARKER_CELLS = {"braille": (2, 4), "hd": (2, 2), "fhd": (2, 3)}
"""Dots per cell across and down for plotext's fine markers; every other marker fills a cell."""


def _centred(p: FloatArray, cells: int, dots: int) -> FloatArray:
    """Positions moved so that plotext draws ``p`` at the middle of its cell, like grid lines.

    plotext draws a tick's grid line through the middle of the tick's cell, but spreads data
    over the cell's dots from edge to edge: 0 landed on the bottom dots, below the 0 line, and
    1 on the top dots, above the 1 line. With ``dots`` dots a cell, the middle of cell ``c`` is
    dot ``dots * c + (dots - 1) / 2``; this maps ``p`` there.
    """
    span = dots * cells - 1
    if span <= 0 or cells < 2:
        return p
    centred: FloatArray = ((dots - 1) / 2 + p * dots * (cells - 1)) / span
    return centred


def chart_columns(width: int) -> int:
    """How many columns to reduce a series to for a chart ``width`` cells wide (braille: 2)."""
    return 2 * max(int(width), 1)


def render_chart(
    view: View,
    width: int,
    height: int,
    style: ChartStyle = ChartStyle(),
    overlay: Overlay = Overlay(),
    cursor: float | None = None,
) -> str:
    """The chart of ``view`` as text, ``height`` lines of ``width`` cells; plain text without
    colour. The view's samples are never all made (see :func:`.envelope.chart_data`).
    ``cursor``: an x to draw the trace cursor at, as the app draws it (:func:`.cursor.trace_rows`:
    on top of the curves, never over a label or a marker)."""
    data = chart_data(view, chart_columns(width))
    figure = new_figure()
    drawn = draw_chart(figure, data, view.mode, width, height, style, overlay)
    text = build_chart(figure, style, drawn)
    column = None if cursor is None else drawn.column(cursor)
    if column is not None:
        glyph = cursor_glyph(style)
        if style.color:
            glyph = f"\x1b[1;38;2;{';'.join(map(str, CURSOR_COLOR))}m{glyph}\x1b[0m"
        lines = text.split("\n")
        plain = [strip_ansi(line) for line in lines]
        for row in trace_rows(plain, drawn.canvas, column, drawn.labels, style.curve_glyphs):
            lines[row] = replace_cell(lines[row], column, glyph)
        text = "\n".join(lines)
    if not style.color:
        text = strip_ansi(text)
    return "\n".join(line.rstrip() for line in text.rstrip("\n").split("\n"))


def build_chart(figure: Any, style: ChartStyle, drawn: Drawn) -> str:
    """The whole chart's text: the title and legend, then plotext's figure, with the
    saturation edges painted down their columns; with the ASCII marker, its frame in ASCII."""
    body: str = figure.build()
    if style.marker is Marker.ASCII:
        body = body.translate(_ASCII_FRAME)
    lines = [*drawn.header, *body.rstrip("\n").split("\n")]
    for column, glyph in drawn.marks:
        painted = (
            f"\x1b[38;2;{';'.join(map(str, MARK_COLOR))}m{glyph}\x1b[0m" if style.color else glyph
        )
        for row in cursor_rows([strip_ansi(line) for line in lines], drawn.canvas, column):
            lines[row] = replace_cell(lines[row], column, painted)
    return "\n".join(lines)
