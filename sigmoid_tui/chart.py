"""Turn samples into the article's chart, drawn by plotext: one place for the app and ``--print``.

Titles, axis labels, legend, grid and colours follow the article's matplotlib figures. Series
are reduced to a per-column envelope before plotext sees them (see :mod:`.envelope`), so a
chart costs the same at 10^2 and 10^7 points. Ticks sit on round numbers (see :mod:`.ticks`).

The drawing works on a plotext figure handed in: ``--print`` makes a bare plotext figure, the
app draws on its plot widget's figure. Nothing here imports Textual.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .envelope import ChartData, chart_data
from .labels import Cells, Placed, place_in_span, place_label
from .poi import Curve, PointOfInterest
from .sampling import Samples
from .ticks import format_ticks, multiples, nice_step, nice_ticks, smaller_step
from .view import Marker, Mode, View

FloatArray = NDArray[np.float64]

__all__ = [
    "COMPARE_LABELS",
    "DERIVATIVE_COLOR",
    "DERIVATIVE_LABEL",
    "RELU_COLOR",
    "SIGMOID_COLOR",
    "SIGMOID_LABEL",
    "TANH_COLOR",
    "TITLES",
    "Y_LABELS",
    "Axis",
    "Canvas",
    "ChartData",
    "ChartStyle",
    "Drawn",
    "Overlay",
    "build_chart",
    "chart_columns",
    "chart_title",
    "cursor_glyph",
    "cursor_rows",
    "draw_chart",
    "new_figure",
    "reduce_colors",
    "render_chart",
    "strip_ansi",
    "y_label",
]

SIGMOID_COLOR = (31, 119, 180)
"""matplotlib's default blue, the article's sigmoid; RGB so no terminal palette can shift it."""
DERIVATIVE_COLOR = (255, 127, 14)
"""matplotlib's default orange, the article's derivative."""

CURSOR_COLOR = (44, 160, 44)
"""matplotlib's green, for the trace cursor."""
MARK_COLOR = (148, 148, 148)
"""A grey that reads on dark and light themes, for points of interest and saturation edges."""

SIGMOID_LABEL = "Sigmoid"
"""The sigmoid's legend entry, as in the article."""
DERIVATIVE_LABEL = "Sigmoid Derivative"
"""The derivative's legend entry, as in the article."""

TITLES = {
    Mode.SIGMOID: "Sigmoid Function",
    Mode.DERIVATIVE: "Sigmoid Derivative Function",
    Mode.BOTH: "Sigmoid Function and Its Derivative",
    Mode.COMPARE: "Derivatives: Sigmoid, Tanh, ReLU",
}
"""Each mode's title, as the article's three figures have them (and the comparison's)."""
Y_LABELS = {
    Mode.SIGMOID: "S(x)",
    Mode.DERIVATIVE: "S'(x)",
    Mode.BOTH: "Value",
    Mode.COMPARE: "f'(x)",
}
"""Each mode's y-axis label, as in the article."""

TANH_COLOR = (214, 39, 40)
"""matplotlib's red, for tanh's derivative in compare mode."""
RELU_COLOR = (148, 103, 189)
"""matplotlib's purple, for ReLU's derivative in compare mode."""
COMPARE_LABELS = ("Sigmoid'", "Tanh'", "ReLU'")
"""The compare mode's legend entries (with ^n after them through n layers)."""


def chart_title(mode: Mode, depth: int = 1) -> str:
    """The title: the article's, or the comparison's, which says the depth."""
    if mode is Mode.COMPARE and depth > 1:
        return f"Derivatives^{depth}: Sigmoid, Tanh, ReLU"
    return TITLES[mode]


def y_label(mode: Mode, depth: int = 1) -> str:
    """The y-axis label: the article's, or f'(x) (to the n-th power)."""
    if mode is Mode.COMPARE and depth > 1:
        return f"f'(x)^{depth}"
    return Y_LABELS[mode]


X_LABEL = "x"
"""The x-axis label of every chart."""

_LOG10_SMALLEST = math.log10(5e-324)
"""-323.3: the exponent of the smallest positive double, the floor of a log axis."""

_VANISHING_LABELS = ("vanishing gradient", "vanishing")
"""The tail label, longest first: the longest that fits its tail is drawn."""

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass(frozen=True)
class ChartStyle:
    """How to draw beyond what the mode says: colour or not, and with which glyphs."""

    color: bool = True
    """Draw the curves in RGB colour. Without colour the curves differ by marker instead."""
    marker: Marker = Marker.BRAILLE
    """The glyphs the curves are drawn with, for terminals and fonts that lack some."""

    def markers(self) -> tuple[str, str]:
        """plotext markers for the sigmoid and the derivative.

        In colour both curves use the chosen glyphs (colour tells them apart); without colour
        the derivative takes a glyph of its own. ASCII always uses two different characters.
        """
        sigmoid, plain_derivative = _MARKERS[self.marker]
        if self.marker is Marker.ASCII or not self.color:
            return sigmoid, plain_derivative
        return sigmoid, sigmoid

    def compare_markers(self) -> tuple[str, str, str]:
        """plotext markers for the three derivatives of compare mode: glyphs of their own
        without colour (and always in ASCII), the chosen glyph for all three in colour."""
        glyphs = _COMPARE_MARKERS[self.marker]
        if self.marker is Marker.ASCII or not self.color:
            return glyphs
        return glyphs[0], glyphs[0], glyphs[0]


_COMPARE_MARKERS = {
    Marker.BRAILLE: ("braille", "•", "x"),
    Marker.HD: ("hd", "•", "x"),
    Marker.DOT: ("•", "x", "+"),
    Marker.ASCII: ("*", "o", "+"),
}
"""Per choice: the three derivatives' glyphs when there is no colour to tell them apart."""

_MARKERS = {
    Marker.BRAILLE: ("braille", "•"),
    Marker.HD: ("hd", "•"),
    Marker.DOT: ("•", "x"),
    Marker.ASCII: ("*", "o"),
}
"""Per choice: the sigmoid's plotext marker, and the derivative's when there is no colour."""

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
    from plotext._figure import _figure_class  # plotext has no public figure constructor

    return _figure_class()


@dataclass(frozen=True)
class Overlay:
    """What the explorer adds to the article's chart: a cursor, points of interest, a log axis."""

    cursor: float | None = None
    """x of the trace cursor, drawn as a vertical line; None: no cursor. :func:`render_chart`
    draws it on the text; the app's widget draws it itself, so that moving it is cheap."""
    points: tuple[PointOfInterest, ...] = ()
    """Points of interest to mark and label (those off the range or on a hidden curve are not)."""
    vanishing: tuple[float, float] | None = None
    """Saturation edges: beyond them the gradient vanishes, and the chart says so."""
    log_y: bool = False
    """A logarithmic y axis: values of 0 or below are left out, never drawn as a cliff."""


@dataclass(frozen=True)
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
    is not drawn here but on the built text (:func:`cursor_rows`), so moving it rebuilds nothing.
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
    figure.ylabel(y_label(mode, depth) + (" (log)" if overlay.log_y else ""))
    figure.grid(False, False)

    series: list[Series] = []
    shown: list[Curve] = []
    markers = style.markers()
    if mode in (Mode.SIGMOID, Mode.BOTH):
        xs, ys = data.sigmoid
        series.append((xs, _y_values(ys, overlay.log_y), SIGMOID_LABEL, SIGMOID_COLOR, markers[0]))
        shown.append(Curve.SIGMOID)
    if mode in (Mode.DERIVATIVE, Mode.BOTH):
        xs, ys = data.derivative
        series.append(
            (xs, _y_values(ys, overlay.log_y), DERIVATIVE_LABEL, DERIVATIVE_COLOR, markers[1])
        )
        shown.append(Curve.DERIVATIVE)
    if mode is Mode.COMPARE and data.compare is not None:
        power = f"^{depth}" if depth > 1 else ""
        colors = (DERIVATIVE_COLOR, TANH_COLOR, RELU_COLOR)
        for (xs, ys), label, color, marker in zip(
            data.compare, COMPARE_LABELS, colors, style.compare_markers(), strict=True
        ):
            series.append((xs, _y_values(ys, overlay.log_y), label + power, color, marker))
        shown += [Curve.DERIVATIVE, Curve.TANH, Curve.RELU]

    finite = [ys[np.isfinite(ys)] for _, ys, *_ in series]
    y_low = min((float(v.min()) for v in finite if v.size), default=0.0)
    y_high = max((float(v.max()) for v in finite if v.size), default=1.0)
    x_axis = _axis(data.x_min, data.x_max, max(2, (width - 10) // 10), widen=False)
    y_axis = _axis(y_low, y_high, max(2, (plot_height - 5) // 3), widen=True)
    if overlay.log_y and y_axis.low < _LOG10_SMALLEST < y_low:
        # Widening past the smallest double would leave an empty band at the bottom.
        y_axis = replace(y_axis, low=_LOG10_SMALLEST)
    y_ticks = y_axis.ticks
    if overlay.log_y:  # a tick below the smallest double (5e-324) would read "0"
        y_ticks = [t for t in y_ticks if 10.0**t > 0.0]
    y_labels = format_ticks([10.0**t for t in y_ticks] if overlay.log_y else y_ticks)

    # The plot area as plotext will lay it out (checked against plotext's own in the tests).
    area = Canvas(
        left=(1 + max((len(label) for label in y_labels), default=0)),
        width=width - 2 - max((len(label) for label in y_labels), default=0),
        top=_HEADER_LINES + 1,
        height=plot_height - 2 - (1 if x_axis.ticks else 0) - 1,
    )
    cells = _plot_series(figure, series, x_axis, y_axis, area, style)
    _draw_ticks(figure, x_axis, y_axis, y_ticks, y_labels, area)
    marks, placed = _draw_overlay(figure, overlay, shown, x_axis, y_axis, style, area, cells)
    header = (_centre(chart_title(mode, depth), width), _legend(series, style, width))
    labels = tuple((area.left + p.col, area.top + area.height - 1 - p.row, p.text) for p in placed)
    return Drawn(x_axis, header, area, marks, labels)


Series = tuple[FloatArray, FloatArray, str, tuple[int, int, int], str]
"""x, y as drawn, legend label, colour, plotext marker."""


def _plot_series(
    figure: Any, series: list[Series], x_axis: Axis, y_axis: Axis, area: Canvas, style: ChartStyle
) -> Cells:
    """Hand plotext each curve, centred in its cells; return the cells the curves cross."""
    cells = Cells(area.width, area.height)
    missing: list[str] = []
    for xs, ys, label, color, marker in series:
        keep = np.isfinite(ys)
        if not keep.any():
            missing.append(label)  # nothing to draw on a log axis
            continue
        px, py = x_axis.place(xs[keep]), y_axis.place(ys[keep])
        cells.take_path(
            zip(((area.width - 1) * px).tolist(), ((area.height - 1) * py).tolist(), strict=True)
        )
        fx, fy = _MARKER_CELLS.get(marker, (1, 1))
        figure.plot(
            _centred(px, area.width, fx).tolist(),
            _centred(py, area.height, fy).tolist(),
            marker=marker,
            color=color if style.color else None,
        )
    for row, label in enumerate(missing):
        figure.text(
            f"{label}: 0 at every sample, nothing to draw on a log axis",
            0.5,
            0.6 - 0.1 * row,
            alignment="center",
        )
    return cells


def _draw_ticks(
    figure: Any,
    x_axis: Axis,
    y_axis: Axis,
    y_ticks: list[float],
    y_labels: list[str],
    area: Canvas,
) -> None:
    """Ticks on both axes, and grid lines through them inside the frame only: at the ends of
    an axis the frame itself is the line, and a grid line beside it would double it."""
    figure.xlim(0.0, 1.0)
    figure.ylim(0.0, 1.0)
    if x_axis.ticks:
        placed = x_axis.place(np.asarray(x_axis.ticks)).tolist()
        figure.xticks(placed, format_ticks(x_axis.ticks))
        for p in placed:
            if 0 < _cell(p, area.width) < area.width - 1:
                figure.vertical_line(p)
    if y_ticks:
        placed = y_axis.place(np.asarray(y_ticks)).tolist()
        figure.yticks(placed, y_labels)
        for p in placed:
            if 0 < _cell(p, area.height) < area.height - 1:
                figure.horizontal_line(p)


_HEADER_LINES = 2
"""The title and the legend, above the plot."""

_MARKER_CELLS = {"braille": (2, 4), "hd": (2, 2), "fhd": (2, 3)}
"""Dots per cell across and down for plotext's fine markers; every other marker fills a cell."""


def _cell(p: float, cells: int) -> int:
    """The cell plotext puts a position ``p`` (0 to 1) in, for ticks, lines and text."""
    return math.floor(round(0.5 + (cells - 1) * p, 8))


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


def _centre(text: str, width: int) -> str:
    """``text`` centred in ``width`` cells, cut with an ellipsis where it is longer."""
    if len(text) > width:
        return text[: max(width - 1, 0)] + "…" if width > 0 else ""
    return text.center(width).rstrip()


_LEGEND_GLYPHS = {"braille": "⢕⢕", "hd": "▞▞", "fhd": "▞▞"}
"""What the legend shows for plotext's fine markers; other markers show themselves, twice."""


def _legend(series: list[Series], style: ChartStyle, width: int) -> str:
    """One line naming each curve beside its glyph (in its colour), centred; shorter names and
    gaps where the full ones do not fit."""
    entries = [
        (_LEGEND_GLYPHS.get(marker, marker * 2), label, color)
        for _, _, label, color, marker in series
    ]
    tries = [(False, "   "), (False, "  "), (True, "  "), (True, " ")]
    for i, (short, gap) in enumerate(tries):
        names = [_short_name(label) if short else label for _, label, _ in entries]
        plain = gap.join(
            f"{glyph} {name}" for (glyph, _, _), name in zip(entries, names, strict=True)
        )
        if len(plain) <= width or i == len(tries) - 1:
            pad = max((width - len(plain)) // 2, 0)
            parts = []
            for (glyph, _, color), name in zip(entries, names, strict=True):
                shown = (
                    f"\x1b[38;2;{color[0]};{color[1]};{color[2]}m{glyph}\x1b[0m"
                    if style.color
                    else glyph
                )
                parts.append(f"{shown} {name}")
            return " " * pad + gap.join(parts)
    return ""


def _short_name(label: str) -> str:
    """The legend's short names: S and S'; Sig' for the sigmoid's derivative in comparison."""
    return {SIGMOID_LABEL: "S", DERIVATIVE_LABEL: "S'"}.get(
        label, label.replace("Sigmoid'", "Sig'")
    )


def _y_values(values: FloatArray, log_y: bool) -> FloatArray:
    """The values as drawn: log10 on a log axis, where 0 and below become NaN (left out)."""
    if not log_y:
        return values
    with np.errstate(divide="ignore", invalid="ignore"):
        logged: FloatArray = np.where(values > 0.0, np.log10(values), np.nan)
    return logged


_SHORT_LABELS = {
    "saturation": "sat.",
    "inflection": "infl.",
    "max slope": "peak",
    "S'' max": "S''+",
    "S'' min": "S''-",
}
"""A point's label where the full one does not fit."""


def _draw_overlay(
    figure: Any,
    overlay: Overlay,
    shown: list[Curve],
    x_axis: Axis,
    y_axis: Axis,
    style: ChartStyle,
    area: Canvas,
    cells: Cells,
) -> tuple[tuple[tuple[int, str], ...], list[Placed]]:
    """Points of interest with their labels, and the vanishing-gradient tails.

    Markers go first, then labels where :mod:`.labels` finds room: never over a curve, a
    marker or another label. The saturation edges are returned as columns to paint (a dashed
    line of their own, not a grid line).
    """
    if area.width < 2 or area.height < 2:
        return (), []
    drawn: list[Placed] = []
    points = _mark_points(figure, overlay, shown, x_axis, y_axis, style, area, cells)
    marks, tails = _tails(overlay, x_axis, style, area, cells)
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


def _mark_points(
    figure: Any,
    overlay: Overlay,
    shown: list[Curve],
    x_axis: Axis,
    y_axis: Axis,
    style: ChartStyle,
    area: Canvas,
    cells: Cells,
) -> list[tuple[int, int, str]]:
    """A marker on each point of interest on show; their cells and labels, to be placed."""
    mark_color = MARK_COLOR if style.color else None
    point_marker = "#" if style.marker is Marker.ASCII else "◆"
    points: list[tuple[int, int, str]] = []
    for point in overlay.points:
        if point.curve not in shown or not x_axis.low <= point.x <= x_axis.high:
            continue
        y = _y_values(np.array([point.y]), overlay.log_y)
        if not np.isfinite(y[0]):
            continue
        px = float(x_axis.place(np.array([point.x]))[0])
        py = float(y_axis.place(y)[0])
        if not 0.0 <= py <= 1.0:
            continue
        figure.scatter([px], [py], marker=point_marker, color=mark_color)
        col, row = _cell(px, area.width), _cell(py, area.height)
        cells.take(col, row)
        points.append((col, row, point.label))
    return points


def _tails(
    overlay: Overlay, x_axis: Axis, style: ChartStyle, area: Canvas, cells: Cells
) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """The saturation edges as columns to paint, and the tails' column spans for their label."""
    if overlay.vanishing is None:
        return [], []
    edge_glyph = ";" if style.marker is Marker.ASCII else "┆"
    low, high = x_axis.low, x_axis.high
    marks: list[tuple[int, str]] = []
    tails: list[tuple[int, int]] = []
    left, right = overlay.vanishing
    for edge, tail in ((left, (low, left)), (right, (right, high))):
        if low < edge < high:
            col = _cell(float(x_axis.place(np.array([edge]))[0]), area.width)
            marks.append((area.left + col, edge_glyph))
            for row in range(area.height):
                cells.take(col, row)
        start, stop = max(tail[0], low), min(tail[1], high)
        if start < stop:
            ends = x_axis.place(np.array([start, stop]))
            tails.append((_cell(float(ends[0]), area.width), _cell(float(ends[1]), area.width)))
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


@dataclass(frozen=True)
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


def _axis(low: float, high: float, count: int, *, widen: bool) -> Axis:
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


@dataclass(frozen=True)
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


_GRID_CELLS = frozenset(" │─┼├┤┬┴|-+┆;")
"""What the cursor may draw over: blank canvas and grid lines, never a curve or a label."""


def _wordy(text: str) -> bool:
    """Whether ``text`` has a character of a label (letters, digits, quotes, brackets)."""
    return any(char.isalnum() or char in "'()." for char in text)


def cursor_glyph(style: ChartStyle) -> str:
    """The cursor's glyph: a line in colour; without colour a heavy line (ASCII: a colon),
    so that it cannot be taken for a grid line."""
    if style.marker is Marker.ASCII:
        return ":"
    return "│" if style.color else "┃"


def cursor_rows(lines: list[str], canvas: Canvas, column: int) -> list[int]:
    """The lines of plain chart text where the cursor's glyph goes in ``column``.

    Every line of the plot area whose cell there is blank or grid: a curve or a label the
    cursor crosses stays readable. Lines come without escape codes or with them alike.
    """
    rows = []
    for row in range(canvas.top, canvas.top + canvas.height):
        if not 0 <= row < len(lines):
            continue
        line = strip_ansi(lines[row])
        cell = line[column] if column < len(line) else " "
        if cell not in _GRID_CELLS:
            continue
        if cell == " ":
            # A blank between two printed characters is a gap inside a label ("Sigmoid
            # Derivative"), and one beside a word keeps it apart from what follows: drawing
            # there would join the words or glue a line to a label.
            left = line[column - 1] if column > 0 else " "
            right = line[column + 1] if column + 1 < len(line) else " "
            if (left not in _GRID_CELLS and right not in _GRID_CELLS) or _wordy(left + right):
                continue
        rows.append(row)
    return rows


def chart_columns(width: int) -> int:
    """How many columns to reduce a series to for a chart ``width`` cells wide (braille: 2)."""
    return 2 * max(int(width), 1)


def render_chart(
    source: View | Samples,
    width: int,
    height: int,
    style: ChartStyle = ChartStyle(),
    overlay: Overlay = Overlay(),
    mode: Mode | None = None,
) -> str:
    """The chart as text, ``height`` lines of ``width`` cells; plain text without colour.

    ``source`` is a view (its samples are never all made: see :func:`chart_data`) or samples
    that exist; ``mode`` defaults to the view's.
    """
    if isinstance(source, View):
        mode = mode or source.mode
        data = chart_data(replace(source, mode=mode), chart_columns(width))
    else:
        data = ChartData.from_samples(source, chart_columns(width))
        mode = mode or Mode.BOTH
    figure = new_figure()
    drawn = draw_chart(figure, data, mode, width, height, style, overlay)
    text = build_chart(figure, style, drawn)
    if not style.color:
        text = strip_ansi(text)
    lines = text.rstrip("\n").split("\n")
    if overlay.cursor is not None:
        column = drawn.column(overlay.cursor)
        if column is not None:
            glyph = cursor_glyph(style)
            paint = f"\x1b[38;2;{';'.join(map(str, CURSOR_COLOR))}m{glyph}\x1b[0m"
            for row in cursor_rows(lines, drawn.canvas, column):
                lines[row] = _replace_cell(lines[row], column, paint if style.color else glyph)
    return "\n".join(line.rstrip() for line in lines)


def _replace_cell(line: str, column: int, cell: str) -> str:
    """``line`` with the character in ``column`` (escape codes not counted) made ``cell``."""
    seen = 0
    for match in re.finditer(r"\x1b\[[0-9;]*[A-Za-z]|.", line, flags=re.DOTALL):
        if match.group().startswith("\x1b"):
            continue
        if seen == column:
            return line[: match.start()] + cell + line[match.end() :]
        seen += 1
    return line


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
            lines[row] = _replace_cell(lines[row], column, painted)
    return "\n".join(lines)


def strip_ansi(text: str) -> str:
    """``text`` without terminal escape codes."""
    return _ANSI.sub("", text)


_RGB = re.compile(r"\x1b\[([34])8;2;(\d+);(\d+);(\d+)m")
"""A 24-bit foreground (3) or background (4) colour code, as plotext writes them."""

_LEVELS = (0, 95, 135, 175, 215, 255)
"""The steps of xterm's 6x6x6 colour cube (colours 16 to 231)."""

_ANSI_16 = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
)  # fmt: skip
"""xterm's default 16 colours: 0-7 normal, 8-15 bright."""


_NAMED_16 = {
    SIGMOID_COLOR: 4,
    DERIVATIVE_COLOR: 3,
    CURSOR_COLOR: 2,
    MARK_COLOR: 8,
    TANH_COLOR: 1,
    RELU_COLOR: 5,
}
"""Our own colours in 16: by hue, not distance (the article's blue is nearer cyan)."""


def _nearest(rgb: tuple[int, int, int], palette: list[tuple[int, tuple[int, int, int]]]) -> int:
    return min(
        palette, key=lambda item: sum((a - b) ** 2 for a, b in zip(item[1], rgb, strict=True))
    )[0]


_XTERM_256 = [
    (16 + 36 * r + 6 * g + b, (_LEVELS[r], _LEVELS[g], _LEVELS[b]))
    for r in range(6)
    for g in range(6)
    for b in range(6)
] + [(232 + i, (8 + 10 * i,) * 3) for i in range(24)]


def reduce_colors(text: str, colors: int) -> str:
    """``text`` with its 24-bit colour codes turned into the nearest of 256 or 16 colours.

    For terminals that do not understand 24-bit codes (``TERM=xterm`` without COLORTERM, the
    Linux console): each colour becomes the nearest xterm palette entry, so the sigmoid stays
    blue and the derivative orange-ish.
    """
    if colors not in (16, 256):
        raise ValueError(f"colors must be 16 or 256, not {colors}")

    def replace(match: re.Match[str]) -> str:
        layer = match.group(1)  # 3: foreground, 4: background
        rgb = (int(match.group(2)), int(match.group(3)), int(match.group(4)))
        if colors == 256:
            return f"\x1b[{layer}8;5;{_nearest(rgb, _XTERM_256)}m"
        index = _NAMED_16.get(rgb)
        if index is None:
            index = _nearest(rgb, list(enumerate(_ANSI_16)))
        base = (30 if layer == "3" else 40) if index < 8 else (90 if layer == "3" else 100)
        return f"\x1b[{base + index % 8}m"

    return _RGB.sub(replace, text)
