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
from .poi import Curve, PointOfInterest
from .sampling import Samples
from .ticks import format_ticks, multiples, nice_step, nice_ticks, smaller_step
from .view import Marker, Mode, View

FloatArray = NDArray[np.float64]

__all__ = [
    "DERIVATIVE_COLOR",
    "DERIVATIVE_LABEL",
    "SIGMOID_COLOR",
    "SIGMOID_LABEL",
    "TITLES",
    "Y_LABELS",
    "Axis",
    "Canvas",
    "ChartData",
    "ChartStyle",
    "Overlay",
    "build_chart",
    "chart_canvas",
    "chart_columns",
    "cursor_glyph",
    "cursor_rows",
    "draw_chart",
    "new_figure",
    "reduce_colors",
    "render_chart",
    "strip_ansi",
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
}
"""Each mode's title, as the article's three figures have them."""
Y_LABELS = {Mode.SIGMOID: "S(x)", Mode.DERIVATIVE: "S'(x)", Mode.BOTH: "Value"}
"""Each mode's y-axis label, as in the article."""

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


def draw_chart(
    figure: Any,
    data: ChartData,
    mode: Mode,
    width: int,
    height: int,
    style: ChartStyle = ChartStyle(),
    overlay: Overlay = Overlay(),
) -> Axis:
    """Clear ``figure`` and draw ``data`` in ``mode`` on a ``width`` x ``height`` cell chart.

    ``data`` should be reduced for this width (:func:`chart_columns`); plotext is handed what
    it holds, so a longer series would cost plotext's 17 us a point. The cursor is not drawn
    here but on the built text (:func:`cursor_rows`), so that moving it rebuilds nothing.
    Returns the x axis, which places the cursor.
    """
    width, height = max(int(width), 1), max(int(height), 1)
    figure.clear_figure()
    # clear_figure() restores plotext's cap at the terminal's size; a chart for a pipe or a
    # widget must be the size asked for.
    figure._limit_size(False, False)
    figure.plotsize(width, height)
    figure.theme("clear")
    figure.title(TITLES[mode])
    figure.xlabel(X_LABEL)
    figure.ylabel(Y_LABELS[mode] + (" (log)" if overlay.log_y else ""))
    figure.grid(True, True)

    x_min, x_max = data.x_min, data.x_max
    series: list[tuple[FloatArray, FloatArray, str, tuple[int, int, int], str]] = []
    shown: list[Curve] = []
    if mode in (Mode.SIGMOID, Mode.BOTH):
        xs, ys = data.sigmoid
        ys = _y_values(ys, overlay.log_y)
        series.append((xs, ys, SIGMOID_LABEL, SIGMOID_COLOR, style.markers()[0]))
        shown.append(Curve.SIGMOID)
    if mode in (Mode.DERIVATIVE, Mode.BOTH):
        xs, ys = data.derivative
        ys = _y_values(ys, overlay.log_y)
        marker = style.markers()[1]
        series.append((xs, ys, DERIVATIVE_LABEL, DERIVATIVE_COLOR, marker))
        shown.append(Curve.DERIVATIVE)

    finite = [ys[np.isfinite(ys)] for _, ys, *_ in series]
    y_low = min((float(v.min()) for v in finite if v.size), default=0.0)
    y_high = max((float(v.max()) for v in finite if v.size), default=1.0)
    x_axis = _axis(x_min, x_max, max(2, (width - 10) // 10), widen=False)
    y_axis = _axis(y_low, y_high, max(2, (height - 5) // 3), widen=True)
    if overlay.log_y and y_axis.low < _LOG10_SMALLEST < y_low:
        # Widening past the smallest double would leave an empty band at the bottom.
        y_axis = replace(y_axis, low=_LOG10_SMALLEST)

    missing: list[str] = []
    for xs, ys, label, color, marker in series:
        keep = np.isfinite(ys)
        if not keep.any():
            missing.append(label)  # plotext cannot draw (nor label) an empty series
            continue
        figure.plot(
            x_axis.place(xs[keep]).tolist(),
            y_axis.place(ys[keep]).tolist(),
            label=label,
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
    figure.xlim(0.0, 1.0)
    figure.ylim(0.0, 1.0)
    if x_axis.ticks:
        figure.xticks(x_axis.place(np.asarray(x_axis.ticks)).tolist(), format_ticks(x_axis.ticks))
    y_ticks = y_axis.ticks
    if overlay.log_y:  # a tick below the smallest double (5e-324) would read "0"
        y_ticks = [t for t in y_ticks if 10.0**t > 0.0]
    if y_ticks:
        labels = (
            format_ticks([10.0**t for t in y_ticks]) if overlay.log_y else format_ticks(y_ticks)
        )
        figure.yticks(y_axis.place(np.asarray(y_ticks)).tolist(), labels)
    _draw_overlay(figure, overlay, shown, x_axis, y_axis, style, width)
    return x_axis


def _y_values(values: FloatArray, log_y: bool) -> FloatArray:
    """The values as drawn: log10 on a log axis, where 0 and below become NaN (left out)."""
    if not log_y:
        return values
    with np.errstate(divide="ignore", invalid="ignore"):
        logged: FloatArray = np.where(values > 0.0, np.log10(values), np.nan)
    return logged


def _draw_overlay(
    figure: Any,
    overlay: Overlay,
    shown: list[Curve],
    x_axis: Axis,
    y_axis: Axis,
    style: ChartStyle,
    width: int,
) -> None:
    """Saturation edges and points of interest, over the curves."""
    mark_color = MARK_COLOR if style.color else None
    point_marker = "#" if style.marker is Marker.ASCII else "◆"
    low, high = x_axis.low, x_axis.high
    if overlay.vanishing is not None:
        left, right = overlay.vanishing
        for edge, tail in ((left, (low, left)), (right, (right, high))):
            if low < edge < high:
                figure.vertical_line(float(x_axis.place(np.array([edge]))[0]), color=mark_color)
            start, stop = max(tail[0], low), min(tail[1], high)
            if start < stop:
                ends = x_axis.place(np.array([start, stop]))
                room = (ends[1] - ends[0]) * (width - 8)  # cells, less the y tick labels
                label = next((t for t in _VANISHING_LABELS if len(t) + 2 <= room), None)
                if label is not None:
                    figure.text(
                        label, float(ends.mean()), 0.93, color=mark_color, alignment="center"
                    )
    for point in overlay.points:
        if point.curve not in shown or not low <= point.x <= high:
            continue
        y = _y_values(np.array([point.y]), overlay.log_y)
        if not np.isfinite(y[0]):
            continue
        px = float(x_axis.place(np.array([point.x]))[0])
        py = float(y_axis.place(y)[0])
        figure.scatter([px], [py], marker=point_marker, color=mark_color)
        right_side = px < 0.8
        nudge = 1.5 / width  # a cell and a half: the label beside its marker, not over it
        figure.text(
            point.label,
            px + nudge if right_side else px - nudge,
            py,
            color=mark_color,
            alignment="left" if right_side else "right",
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


def chart_canvas(figure: Any, lines: int) -> Canvas:
    """The plot area of a built figure whose text has ``lines`` lines."""
    matrix = figure.monitor.matrix
    cols, rows = matrix.Cols_canvas, matrix.Rows_canvas  # plotext counts rows from the bottom
    return Canvas(left=cols.start, width=len(cols), top=lines - rows.stop, height=len(rows))


_GRID_CELLS = frozenset(" │─┼|-+")
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
        data = chart_data(source, chart_columns(width))
        mode = mode or source.mode
    else:
        data = ChartData.from_samples(source, chart_columns(width))
        mode = mode or Mode.BOTH
    figure = new_figure()
    x_axis = draw_chart(figure, data, mode, width, height, style, overlay)
    text = build_chart(figure, style)
    if not style.color:
        text = strip_ansi(text)
    lines = text.rstrip("\n").split("\n")
    if overlay.cursor is not None:
        canvas = chart_canvas(figure, len(lines))
        column = canvas.column(x_axis, overlay.cursor)
        if column is not None:
            glyph = cursor_glyph(style)
            paint = f"\x1b[38;2;{';'.join(map(str, CURSOR_COLOR))}m{glyph}\x1b[0m"
            for row in cursor_rows(lines, canvas, column):
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


def build_chart(figure: Any, style: ChartStyle) -> str:
    """plotext's text for a drawn figure; with the ASCII marker, its frame in ASCII too."""
    text: str = figure.build()
    return text.translate(_ASCII_FRAME) if style.marker is Marker.ASCII else text


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


_NAMED_16 = {SIGMOID_COLOR: 4, DERIVATIVE_COLOR: 3, CURSOR_COLOR: 2, MARK_COLOR: 8}
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
