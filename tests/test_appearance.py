"""What a person sees: labels whole, values on their grid lines, one frame, contrast on every
theme, nothing covering the readout, focus kept, and the whole chart at small sizes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.color import Color
from textual.widgets import Input, Label

from sigmoid_tui.chart.cursor import strip_ansi
from sigmoid_tui.chart.envelope import chart_data
from sigmoid_tui.chart.figure import Drawn, build_chart, chart_columns, draw_chart, new_figure
from sigmoid_tui.chart.overlay import Overlay
from sigmoid_tui.chart.style import TITLES, ChartStyle
from sigmoid_tui.core.points_of_interest import (
    compare_points,
    points_of_interest,
    vanishing_regions,
)
from sigmoid_tui.core.view import Marker, Mode, View
from sigmoid_tui.tui.widgets.plot import SigmoidPlot

from .conftest import StartApp
from .screen import chart_text, readout

CHART_SIZES = [(36, 14), (56, 18), (76, 25), (96, 35), (176, 56)]
"""The chart widget's inner size in a 60x20, 80x24, 100x30, 120x40 and 200x60 terminal (held to
the app by tests/test_point_labels.py::test_the_sizes_tested_are_the_apps)."""

BRAILLE = range(0x2800, 0x2900)


def drawn_chart(
    view: View, size: tuple[int, int], overlay: Overlay, style: ChartStyle = ChartStyle(False)
) -> tuple[list[str], Drawn, object]:
    """The chart's plain lines, what draw_chart decided, and the built plotext figure."""
    figure = new_figure()
    data = chart_data(view, chart_columns(size[0]))
    drawn = draw_chart(figure, data, view.mode, size[0], size[1], style, overlay)
    lines = strip_ansi(build_chart(figure, style, drawn)).split("\n")
    return lines, drawn, figure


def all_points(log_y: bool = False) -> Overlay:
    """Every point of interest and the vanishing tails, as p shows them."""
    return Overlay(points=tuple(points_of_interest()), vanishing=vanishing_regions(), log_y=log_y)


@pytest.mark.parametrize("size", CHART_SIZES)
@pytest.mark.parametrize("mode", list(Mode))
@pytest.mark.parametrize("log_y", [False, True])
def test_labels_and_legend_appear_whole(size: tuple[int, int], mode: Mode, log_y: bool) -> None:
    """Every label drawn reads whole where it was put; title and legend lines are whole."""
    # The deep tails of ±40 on a log axis; not for compare, whose dozen markers then lie two or
    # three cells apart, where a label would be as near another marker as its own and is left out.
    deep = log_y and mode is not Mode.COMPARE
    view = View(x_min=-40, x_max=40, mode=mode) if deep else View(mode=mode)
    overlay = all_points(log_y)
    if mode is Mode.COMPARE:
        overlay = replace(overlay, points=tuple(compare_points()), vanishing=None)
    lines, drawn, _ = drawn_chart(view, size, overlay)
    assert lines[0].strip() == TITLES[mode]
    legends = {
        Mode.SIGMOID: ["⢕⢕ Sigmoid", "⢕⢕ S"],
        Mode.DERIVATIVE: ["•• Sigmoid Derivative", "•• S'"],
        Mode.BOTH: ["⢕⢕ Sigmoid   •• Sigmoid Derivative", "⢕⢕ S   •• S'"],
        Mode.COMPARE: [
            "⢕⢕ Sigmoid'   •• Tanh'   xx ReLU'",
            "⢕⢕ Sigmoid'  •• Tanh'  xx ReLU'",
            "⢕⢕ Sig'  •• Tanh'  xx ReLU'",
        ],
    }
    assert lines[1].strip() in legends[mode]
    assert len(lines) == size[1]
    if size[0] >= 56:
        assert drawn.labels, "no label found room at all"
    spans: list[tuple[int, int, int]] = []
    for col, line, text in drawn.labels:
        assert lines[line][col : col + len(text)] == text, (text, lines[line])
        for other_line, start, end in spans:  # never touching another label
            assert other_line != line or end < col - 1 or col + len(text) < start - 1
        spans.append((line, col, col + len(text)))
        assert drawn.canvas.top <= line < drawn.canvas.top + drawn.canvas.height


@pytest.mark.parametrize("size", CHART_SIZES)
@pytest.mark.parametrize("marker", list(Marker))
def test_our_plot_area_is_plotexts(size: tuple[int, int], marker: Marker) -> None:
    """The plot area placed before the build is where plotext put it (lines and columns)."""
    lines, drawn, figure = drawn_chart(View(), size, Overlay(), ChartStyle(False, marker))
    matrix = figure.monitor.matrix  # type: ignore[attr-defined]
    body_lines = len(lines) - len(drawn.header)
    assert drawn.canvas.left == matrix.Cols_canvas.start
    assert drawn.canvas.width == len(matrix.Cols_canvas)
    assert drawn.canvas.height == len(matrix.Rows_canvas)
    assert drawn.canvas.top == len(drawn.header) + body_lines - matrix.Rows_canvas.stop


@pytest.mark.parametrize("size", CHART_SIZES)
def test_values_on_a_tick_are_drawn_in_its_row(size: tuple[int, int]) -> None:
    """S'(±10) ~ 4.5e-5 in the 0 row, never below it; S near 1 in the 1 row, never above."""
    colour = ChartStyle(color=True)  # braille for both curves (without colour S' is dots)
    lines, drawn, _ = drawn_chart(View(mode=Mode.DERIVATIVE), size, Overlay(), colour)
    top, bottom = drawn.canvas.top, drawn.canvas.top + drawn.canvas.height - 1
    left = drawn.canvas.left
    zero = next(i for i, line in enumerate(lines) if line[: left - 1].strip() == "0")
    assert zero == bottom
    assert ord(lines[zero][left]) in BRAILLE  # the left tail, in the 0 tick's row
    # Drawn through the middle of the cell, where the grid line runs: no dot in the bottom
    # row of the braille cell (which is what looked like "below 0").
    assert not any(ord(c) in BRAILLE and (ord(c) - 0x2800) & 0xC0 for c in lines[zero])
    lines, drawn, _ = drawn_chart(View(mode=Mode.SIGMOID), size, Overlay(), colour)
    top, left = drawn.canvas.top, drawn.canvas.left
    one = next(i for i, line in enumerate(lines) if line[: left - 1].strip() == "1")
    assert one == top
    assert ord(lines[one][drawn.canvas.left + drawn.canvas.width - 1]) in BRAILLE
    assert not any(ord(c) in BRAILLE and (ord(c) - 0x2800) & 0x09 for c in lines[one])


@pytest.mark.parametrize("size", CHART_SIZES)
@pytest.mark.parametrize("marker", [Marker.BRAILLE, Marker.ASCII])
def test_no_grid_line_doubles_the_frame(size: tuple[int, int], marker: Marker) -> None:
    """At x = ±10 and y = 0, 1 the frame is the line: never two lines side by side."""
    lines, drawn, _ = drawn_chart(View(), size, Overlay(), ChartStyle(False, marker))
    body = "\n".join(lines[drawn.canvas.top : drawn.canvas.top + drawn.canvas.height])
    for double in ("││", "|||", "┤│", "│├"):
        assert double not in body
    first, last = drawn.canvas.left, drawn.canvas.left + drawn.canvas.width - 1
    for line in lines[drawn.canvas.top : drawn.canvas.top + drawn.canvas.height]:
        assert line[first] not in "│|"
        assert line[last] not in "│|"
    bottom = lines[drawn.canvas.top + drawn.canvas.height - 1][first : last + 1]
    assert set(bottom) != {"─"}


def contrast(foreground: Color, background: Color) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(color: Color) -> float:
        def channel(value: int) -> float:
            v = value / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.slow
async def test_text_has_contrast_under_every_theme(start_app: StartApp) -> None:
    """Error message, focused and invalid labels, point labels (chart text), readout, prompt
    error: 4.5:1 or more on every theme; under the ANSI themes never fg = bg."""
    async with start_app() as (app, pilot):
        app.screen.query_one("#x-max", Input).value = "abc"
        app.screen.query_one("#x-min", Input).focus()
        await pilot.pause()
        lowest = (99.0, "")
        for theme in sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            for name in ("#message", "#x-min-label", "#x-max-label", "#readout", "#chart"):
                _, _, background, color = app.screen.query_one(name).colors
                if theme.startswith("ansi"):
                    assert color.ansi is None or color.ansi < 0 or color.ansi != background.ansi
                    continue
                ratio = contrast(background + color, background)
                lowest = min(lowest, (ratio, f"{theme} {name}"))
                assert ratio >= 4.5, f"{name} under {theme}: {ratio:.2f}"
        assert app.screen.query_one("#x-max-row").has_class("-invalid")
        print(f"lowest contrast: {lowest[0]:.2f} ({lowest[1]})")


async def test_messages_cover_neither_readout_nor_axes(start_app: StartApp) -> None:
    """n, M and a CSV export speak on the chart's frame: no toast is ever put up."""
    async with start_app(View(x_min=-1, x_max=1, points=11), on_chart=True) as (app, pilot):
        for key in ("n", "M", "e"):
            await pilot.press(key)
            await pilot.pause()
            assert not app.screen.query("Toast")
            assert app.screen.query_one(SigmoidPlot).border_subtitle
        assert "x = " in readout(app)


async def test_focus_comes_back_after_too_small(start_app: StartApp) -> None:
    """On the chart, shrink to 40x10 and back: the chart has focus and arrows move the cursor."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.resize_terminal(40, 10)
        await pilot.pause()
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.focused, SigmoidPlot)
        before = app.explorer.cursor
        await pilot.press("right")
        assert app.explorer.cursor != before


async def test_focus_and_its_label_come_back_after_the_palette(start_app: StartApp) -> None:
    """In x min, ctrl+p then escape: x min has focus and its label is lit."""
    async with start_app() as (app, pilot):
        assert app.focused is app.screen.query_one("#x-min")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert app.focused is app.screen.query_one("#x-min")
        assert app.screen.query_one("#x-min-row").has_class("-focused")


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_small_terminals_show_the_whole_chart_and_readout(
    start_app: StartApp, size: tuple[int, int]
) -> None:
    """Title, legend, both curves, both axes' labels and all of x, S, S', S'' are on screen."""
    async with start_app(size=size) as (app, _pilot):
        text = chart_text(app)
        assert TITLES[Mode.BOTH] in text
        assert "Sigmoid Derivative" in text
        assert sum(1 for c in text if ord(c) in BRAILLE) > 40
        assert "-10" in text
        assert "Value" in text
        readout_widget = app.screen.query_one("#readout")
        lines = readout(app).splitlines()
        assert readout_widget.size.height >= len(lines)
        for name in ("x = ", "S = ", "S' = ", "S'' = "):
            assert any(name in line for line in lines)
        assert all(len(line) <= readout_widget.content_size.width for line in lines)
        plot = app.screen.query_one(SigmoidPlot)
        assert plot.outer_size.width >= 38


async def test_a_number_longer_than_its_box_says_so(start_app: StartApp) -> None:
    """Zoomed in to a long x min: the label ends with … and the tooltip holds the whole
    value; r (back to -10) takes both away."""
    view = View(x_min=-4.341521051537158e-07, x_max=5.658478948462842e-07)
    async with start_app(view, size=(60, 20), on_chart=True) as (app, pilot):
        box = app.screen.query_one("#x-min", Input)
        assert box.value == "-4.341521051537158e-07"
        assert len(box.value) > box.content_size.width > 0  # the branch under test
        assert str(app.screen.query_one("#x-min-label", Label).render()) == "x min …"
        assert str(box.tooltip) == "Left end of the x range: -4.341521051537158e-07"
        await pilot.press("r")
        await pilot.pause()
        assert str(app.screen.query_one("#x-min-label", Label).render()) == "x min"
        assert str(box.tooltip) == "Left end of the x range"


async def test_h_hides_the_controls_and_gives_the_chart_the_width(start_app: StartApp) -> None:
    """h on the chart: no controls, a wider chart; h again brings them back."""
    async with start_app(size=(80, 24), on_chart=True) as (app, pilot):
        plot = app.screen.query_one(SigmoidPlot)
        narrow = plot.size.width
        await pilot.press("h")
        await pilot.pause()
        assert not app.screen.query_one("#controls").display
        assert plot.outer_size.width == 80
        assert plot.size.width > narrow
        await pilot.press("h")
        await pilot.pause()
        assert app.screen.query_one("#controls").display
