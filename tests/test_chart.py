"""The chart model: the article's titles, labels, legend and colours, at the size asked for."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest

from sigmoid_tui.chart.axes import Canvas
from sigmoid_tui.chart.cursor import cursor_glyph, cursor_rows, strip_ansi, trace_rows
from sigmoid_tui.chart.envelope import chart_data
from sigmoid_tui.chart.figure import (
    build_chart,
    chart_columns,
    draw_chart,
    new_figure,
    render_chart,
)
from sigmoid_tui.chart.overlay import Overlay
from sigmoid_tui.chart.style import (
    COMPARE_LABELS,
    DERIVATIVE_LABEL,
    SIGMOID_LABEL,
    TITLES,
    Y_LABELS,
    ChartStyle,
)
from sigmoid_tui.core.points_of_interest import points_of_interest, vanishing_regions
from sigmoid_tui.core.view import Marker, Mode, View

PLAIN = ChartStyle(color=False)


@pytest.fixture(scope="module")
def article_samples() -> View:
    """The article's view: np.linspace(-10, 10, 100) and both curves."""
    return View()


@pytest.mark.parametrize("mode", list(Mode))
def test_each_mode_has_the_articles_title_labels_and_legend(
    article_samples: View, mode: Mode
) -> None:
    """Title, x label, y label and the legend entries of the curves on show."""
    text = render_chart(replace(article_samples, mode=mode), 100, 30, PLAIN)
    assert TITLES[mode] in text
    last = text.splitlines()[-1]
    assert last.split()[0] == Y_LABELS[mode]
    assert last.split()[1] == "x"
    if mode is Mode.COMPARE:
        assert all(f" {name}" in text.splitlines()[1] for name in COMPARE_LABELS)
        assert DERIVATIVE_LABEL not in text
        return
    assert (SIGMOID_LABEL + " ") in text or mode is Mode.DERIVATIVE
    assert (DERIVATIVE_LABEL in text) == (mode is not Mode.SIGMOID)


def test_chart_has_round_ticks(article_samples: View) -> None:
    """x ticks -10 -5 0 5 10; y ticks 0 to 1 in fifths, the frame at exactly 0 and 1."""
    text = render_chart(replace(article_samples, mode=Mode.SIGMOID), 80, 24, PLAIN)
    lines = text.splitlines()
    assert lines[-2].split() == ["-10", "-5", "0", "5", "10"]
    y_labels = [m.group(1) for line in lines if (m := re.match(r"^\s*([-\d.e]+)[┼┤├]", line))]
    assert [label for label in y_labels if label] == ["1", "0.75", "0.5", "0.25", "0"]


def test_chart_is_exactly_the_size_asked_for(article_samples: View) -> None:
    """200x60 stays 200x60 (plotext would cap it at the terminal's size)."""
    text = render_chart(article_samples, 200, 60, PLAIN)
    lines = text.splitlines()
    assert len(lines) == 60
    assert max(len(line) for line in lines) == 200


def test_colour_is_rgb_and_plain_text_has_no_escapes(article_samples: View) -> None:
    """In colour the curves are the article's blue and orange; plain text has no escape codes."""
    coloured = render_chart(article_samples, 100, 30)
    assert "\x1b[38;2;31;119;180m" in coloured
    assert "\x1b[38;2;255;127;14m" in coloured
    plain = render_chart(article_samples, 100, 30, PLAIN)
    assert "\x1b" not in plain
    assert strip_ansi(coloured).splitlines()[0].strip() == plain.splitlines()[0].strip()


def test_without_colour_the_two_curves_have_different_markers(article_samples: View) -> None:
    """The derivative is drawn with dots, the sigmoid with braille, and the legend says so."""
    plain = render_chart(article_samples, 100, 30, PLAIN)
    legend = next(line for line in plain.splitlines() if DERIVATIVE_LABEL in line)
    assert "•" in legend
    assert "•" * 5 in plain


class RecordingFigure:
    """A plotext figure that also counts the points it is handed."""

    def __init__(self) -> None:
        self.figure = new_figure()
        self.points: list[int] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.figure, name)

    def plot(self, xs: list[float], ys: list[float], **kwargs: object) -> None:
        self.points.append(len(xs))
        self.figure.plot(xs, ys, **kwargs)


@pytest.mark.parametrize("points", [100, 10_000, 10_000_000])
def test_plotext_never_gets_more_points_than_the_width_can_show(points: int) -> None:
    """Whatever N, each curve reaches plotext as at most two points per braille column."""
    figure = RecordingFigure()
    draw_chart(figure, chart_data(View(points=points), chart_columns(100)), Mode.BOTH, 100, 30)
    assert len(figure.points) == 2
    assert all(n <= min(points, 4 * 100) for n in figure.points)


def test_flat_and_tiny_ranges_still_draw() -> None:
    """Far right S rounds to exactly 1; a range of a few ulps still has a chart."""
    for low, high in ((100.0, 200.0), (1.0, 1.0 + 4e-16), (-1e308, 1e308), (0.0, 5e-324)):
        text = render_chart(View(x_min=low, x_max=high, points=50), 80, 24, PLAIN)
        assert TITLES[Mode.BOTH] in text
        assert len(text.splitlines()) == 24


def with_cursor(
    view: View, width: int, height: int, style: ChartStyle, overlay: Overlay, x: float
) -> str:
    """The chart as the app's widget paints it: built once, the cursor's glyph down the rows
    :func:`trace_rows` allows in the column :meth:`Drawn.column` gives."""
    figure = new_figure()
    drawn = draw_chart(
        figure, chart_data(view, chart_columns(width)), view.mode, width, height, style, overlay
    )
    lines = strip_ansi(build_chart(figure, style, drawn)).split("\n")
    column = drawn.column(x)
    assert column is not None
    glyph = cursor_glyph(style)
    for row in trace_rows(lines, drawn.canvas, column, drawn.labels):
        lines[row] = lines[row][:column] + glyph + lines[row][column + 1 :]
    return "\n".join(lines)


def test_cursor_is_its_own_glyph_and_never_splits_a_label() -> None:
    """Without colour the cursor is a heavy line, not the grid's; a label's gap stays blank."""
    plain = with_cursor(View(), 60, 18, ChartStyle(color=False), Overlay(), 2.0)
    assert "┃" in plain
    assert plain.count("┃") >= 8  # 13 plot lines, less where the curves cross
    # Wherever the cursor stands, every label keeps its letters and the gaps between words.
    overlay = Overlay(points=tuple(points_of_interest()), vanishing=vanishing_regions())
    plain_labels = render_chart(View(), 80, 24, ChartStyle(color=False), overlay)
    words = ["vanishing gradient", "saturation", "inflection"]
    assert all(word in plain_labels for word in words)
    for x in np.linspace(-10, 10, 81).tolist():
        text = with_cursor(View(), 80, 24, ChartStyle(color=False), overlay, x)
        assert all(word in text for word in words), x
        assert "┃" in text
    ascii_style = ChartStyle(color=False, marker=Marker.ASCII)
    assert ":" in with_cursor(View(), 60, 18, ascii_style, Overlay(), 2.0)


def test_cursor_rows_skip_curves_and_label_gaps() -> None:
    """Blank and grid cells take the cursor; a curve glyph or a gap between words does not."""
    lines = ["title", "│ab cd ─", "│  ⠉   ─", "│   ─┼─"]
    canvas = Canvas(left=1, width=6, top=1, height=3)
    assert cursor_rows(lines, canvas, 3) == [3]  # the gap in "ab cd" and the curve are kept
    assert cursor_rows(lines, canvas, 5) == [2, 3]  # a letter is kept; blank and grid are not
