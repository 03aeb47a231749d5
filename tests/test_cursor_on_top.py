"""The trace cursor is drawn on top of the curves, so it is always seen, and never over a
label's letters."""

from __future__ import annotations

import pytest
from rich.text import Text

from sigmoid_tui.chart.cursor import cursor_glyph
from sigmoid_tui.chart.figure import Drawn
from sigmoid_tui.chart.style import CURSOR_COLOR
from sigmoid_tui.core.view import Marker, Mode, View
from sigmoid_tui.tui.app import SigmoidApp
from tests.conftest import StartApp


def painted(app: SigmoidApp) -> tuple[list[Text], range, int, Drawn]:
    """The chart as painted (its lines), the lines of its plot area, the cursor's column, and
    what was drawn (labels and canvas)."""
    plot = app.explorer.plot
    rendered = plot.render()
    assert isinstance(rendered, Text)
    drawn = plot._layout
    assert drawn is not None
    column = drawn.column(app.explorer.cursor)
    assert column is not None
    lines = rendered.split("\n", allow_blank=True)
    rows = range(drawn.canvas.top, drawn.canvas.top + drawn.canvas.height)
    return list(lines), rows, column, drawn


def cursor_cells(app: SigmoidApp) -> tuple[int, int]:
    """How many lines of the plot area show the cursor, and how many the plot area has."""
    lines, rows, column, _ = painted(app)
    green = f"rgb{CURSOR_COLOR}".replace(" ", "")
    seen = sum(
        1
        for row in rows
        if lines[row].plain[column] == "│"
        and green in str(lines[row].get_style_at_offset(app.console, column)).replace(" ", "")
    )
    return seen, len(rows)


@pytest.mark.parametrize("depth", [1, 10])
@pytest.mark.parametrize("size", [(60, 20), (100, 30)])
async def test_compare_cursor_at_start_is_seen_over_relus_jump(
    start_app: StartApp, depth: int, size: tuple[int, int]
) -> None:
    """--mode compare starts the cursor at x = 0 where ReLU' jumps: it is drawn on every line."""
    async with start_app(View(mode=Mode.COMPARE, depth=depth), size=size) as (app, _pilot):
        assert app.explorer.cursor == 0.0
        seen, lines = cursor_cells(app)
        assert seen == lines


@pytest.mark.parametrize("marker", list(Marker))
@pytest.mark.parametrize("no_color", [True, False])
async def test_the_cursor_is_seen_over_curves_drawn_with_letters(
    start_app: StartApp, marker: Marker, no_color: bool
) -> None:
    """Without colour (or in ASCII) curves are drawn with letters (ReLU' with x, S' with o):
    the cursor covers them as it covers any curve. Under NO_COLOR, ReLU's jump of x's hid it."""
    view = View(mode=Mode.COMPARE)
    async with start_app(view, size=(80, 24), marker=marker, no_color=no_color) as (app, _):
        lines, rows, column, drawn = painted(app)
        glyph = cursor_glyph(app.explorer.plot._style)
        labelled = {line for left, line, text in drawn.labels if left <= column < left + len(text)}
        missing = [row for row in rows if row not in labelled and lines[row].plain[column] != glyph]
        assert not missing, "\n".join(line.plain for line in lines)


@pytest.mark.parametrize(("size", "log"), [((80, 24), False), ((60, 20), True)])
async def test_cursor_covers_no_letter_of_a_label_anywhere(
    start_app: StartApp, size: tuple[int, int], log: bool
) -> None:
    """With points of interest on, the cursor passes every column and every label stays whole,
    a blank either side: at 60x20 on a log axis the cursor at x = 0 stood against the right
    one of the saturation edges' labels, ``sat. │sat.``."""
    async with start_app(View(points=81), size=size, on_chart=True) as (app, pilot):
        await pilot.press(*(["l"] if log else []), "p", "home")
        await pilot.pause()
        assert app.explorer.cursor == -10.0
        plot = app.explorer.plot
        plot.render()
        drawn = plot._layout
        assert drawn is not None
        assert drawn.labels
        for _ in range(81):
            rendered = plot.render()
            assert isinstance(rendered, Text)
            lines = rendered.plain.split("\n")
            cursor = drawn.column(app.explorer.cursor)
            for column, line, text in drawn.labels:
                assert lines[line][column : column + len(text)] == text, app.explorer.cursor
                if cursor in (column - 1, column + len(text)):
                    assert lines[line][cursor] == " ", (app.explorer.cursor, lines[line])
            seen, _rows = cursor_cells(app)
            assert seen >= _rows - len(drawn.labels) - 2
            await pilot.press("right")
        assert app.explorer.cursor == 10.0


def test_the_cursor_keeps_out_of_the_gap_after_a_colon() -> None:
    """A note on the plot, "Sigmoid Derivative: 0 at every sample": the cursor at its middle
    stood in the gap after the colon ("Derivative│ 0"), joining the words."""
    from sigmoid_tui.chart.axes import Canvas
    from sigmoid_tui.chart.cursor import trace_rows

    line = "│Sigmoid Derivative: 0 at every sample│"
    canvas = Canvas(left=1, top=0, width=len(line) - 2, height=1)
    assert trace_rows([line], canvas, line.index(": 0") + 1) == []
    assert trace_rows([line], canvas, line.index("at every") - 1) == []
