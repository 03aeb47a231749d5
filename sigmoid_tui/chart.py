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
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .envelope import column_envelope
from .sampling import Samples
from .ticks import format_ticks, nice_step, nice_ticks
from .view import Mode

__all__ = [
    "DERIVATIVE_COLOR",
    "DERIVATIVE_LABEL",
    "SIGMOID_COLOR",
    "SIGMOID_LABEL",
    "TITLES",
    "Y_LABELS",
    "ChartStyle",
    "draw_chart",
    "new_figure",
    "render_chart",
    "strip_ansi",
]

SIGMOID_COLOR = (31, 119, 180)
"""matplotlib's default blue, the article's sigmoid; RGB so no terminal palette can shift it."""
DERIVATIVE_COLOR = (255, 127, 14)
"""matplotlib's default orange, the article's derivative."""

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

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass(frozen=True)
class ChartStyle:
    """How to draw beyond what the mode says: colour or not, and with which markers."""

    color: bool = True
    """Draw the curves in RGB colour. Without colour the curves differ by marker instead."""
    marker: str = "braille"
    """plotext's marker for the sigmoid (and for the derivative when in colour)."""
    plain_derivative_marker: str = "•"
    """The derivative's marker without colour, so that the two curves stay told apart."""


def new_figure() -> Any:
    """A plotext figure of its own, free of plotext's global figure and its size limit."""
    from plotext._figure import _figure_class  # plotext has no public figure constructor

    return _figure_class()


def draw_chart(
    figure: Any,
    samples: Samples,
    mode: Mode,
    width: int,
    height: int,
    style: ChartStyle = ChartStyle(),
) -> None:
    """Clear ``figure`` and draw ``samples`` in ``mode`` on a ``width`` x ``height`` cell chart."""
    width, height = max(int(width), 1), max(int(height), 1)
    figure.clear_figure()
    # clear_figure() restores plotext's cap at the terminal's size; a chart for a pipe or a
    # widget must be the size asked for.
    figure._limit_size(False, False)
    figure.plotsize(width, height)
    figure.theme("clear")
    figure.title(TITLES[mode])
    figure.xlabel(X_LABEL)
    figure.ylabel(Y_LABELS[mode])
    figure.grid(True, True)

    x_min, x_max = float(samples.x[0]), float(samples.x[-1])
    columns = 2 * width  # braille: two dots per cell across
    series: list[tuple[NDArray[np.float64], str, tuple[int, int, int], str]] = []
    if mode in (Mode.SIGMOID, Mode.BOTH):
        series.append((samples.sigmoid, SIGMOID_LABEL, SIGMOID_COLOR, style.marker))
    if mode in (Mode.DERIVATIVE, Mode.BOTH):
        marker = style.marker if style.color else style.plain_derivative_marker
        series.append((samples.derivative, DERIVATIVE_LABEL, DERIVATIVE_COLOR, marker))

    y_low, y_high = math.inf, -math.inf
    for values, label, color, marker in series:
        xs, ys = column_envelope(samples.x, values, columns)
        if ys.size:
            y_low, y_high = min(y_low, float(ys.min())), max(y_high, float(ys.max()))
        figure.plot(
            xs.tolist(),
            ys.tolist(),
            label=label,
            marker=marker,
            color=color if style.color else None,
        )

    _set_x_axis(figure, x_min, x_max, width)
    _set_y_axis(figure, y_low, y_high, height)


def _set_x_axis(figure: Any, x_min: float, x_max: float, width: int) -> None:
    figure.xlim(x_min, x_max)
    ticks = nice_ticks(x_min, x_max, max(2, (width - 10) // 12))
    if ticks:
        figure.xticks(ticks, format_ticks(ticks))


def _set_y_axis(figure: Any, low: float, high: float, height: int) -> None:
    if not (math.isfinite(low) and math.isfinite(high)):
        return
    count = max(2, (height - 5) // 3)
    if low == high:
        # A flat line (S rounds to 1 far right, say): centre it and label its one value.
        pad = abs(low) * 0.01 if low else 1.0
        figure.ylim(low - pad, high + pad)
        figure.yticks([low], format_ticks([low]))
        return
    step = nice_step(high - low, count)
    if math.isfinite(step):
        # Widen to whole steps, so that 0 and 1 sit on the frame as in the article.
        low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    figure.ylim(low, high)
    ticks = nice_ticks(low, high, count)
    if ticks:
        figure.yticks(ticks, format_ticks(ticks))


def render_chart(
    samples: Samples,
    mode: Mode,
    width: int,
    height: int,
    style: ChartStyle = ChartStyle(),
) -> str:
    """The chart as text, ``height`` lines of ``width`` cells; plain text without colour."""
    figure = new_figure()
    draw_chart(figure, samples, mode, width, height, style)
    text: str = figure.build()
    if not style.color:
        text = strip_ansi(text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def strip_ansi(text: str) -> str:
    """``text`` without terminal escape codes."""
    return _ANSI.sub("", text)
