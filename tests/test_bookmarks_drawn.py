"""Bookmarks are drawn on the chart, with a flag of their own, points of interest on or off."""

from __future__ import annotations

import pytest

from sigmoid_tui.chart.figure import render_chart
from sigmoid_tui.chart.overlay import BOOKMARK_GLYPH, Overlay
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.core.points_of_interest import points_of_interest, view_points
from sigmoid_tui.core.view import Marker, Mode, View
from sigmoid_tui.tui.app import SigmoidApp
from tests.conftest import StartApp
from tests.screen import chart_text


def flag_columns(app: SigmoidApp) -> list[int]:
    """The columns of the chart's top plot line that carry a bookmark's flag."""
    drawn = app.explorer.plot._layout
    assert drawn is not None
    line = chart_text(app).split("\n")[drawn.canvas.top]
    return [i for i, cell in enumerate(line) if cell == BOOKMARK_GLYPH]


@pytest.mark.parametrize("mode", [Mode.BOTH, Mode.SIGMOID, Mode.COMPARE])
@pytest.mark.parametrize("points", [False, True])
def test_each_bookmark_in_range_is_flagged(mode: Mode, points: bool) -> None:
    """Three bookmarks, one off the range: two flags, with or without points of interest."""
    extra = tuple(points_of_interest()) if points else ()
    overlay = Overlay(points=extra, bookmarks=(-5.0, 2.5, 50.0))
    text = render_chart(View(mode=mode), 80, 24, ChartStyle(color=False), overlay)
    assert text.count(BOOKMARK_GLYPH) == 2
    # A bookmark on a point of interest (ReLU's jump at 0, on the top line) still shows.
    compare = View(mode=Mode.COMPARE)
    on_point = Overlay(points=tuple(view_points(compare)), bookmarks=(0.0,), log_y=True)
    assert BOOKMARK_GLYPH in render_chart(compare, 38, 14, ChartStyle(color=False), on_point)
    ascii_style = ChartStyle(color=False, marker=Marker.ASCII)
    assert "v" in render_chart(View(mode=mode), 80, 24, ascii_style, overlay).split("\n")[3]


@pytest.mark.parametrize("points", [False, True])
async def test_b_flags_the_cursor_on_the_chart(start_app: StartApp, points: bool) -> None:
    """b puts a flag over the cursor (p on or off); b again takes it away."""
    async with start_app(on_chart=True) as (app, pilot):
        if points:
            await pilot.press("p")
        await pilot.press(*["right"] * 12)
        await pilot.pause()
        assert flag_columns(app) == []
        await pilot.press("b")
        await pilot.pause()
        drawn = app.explorer.plot._layout
        assert drawn is not None
        assert app.explorer.bookmarks == (app.explorer.cursor,)
        assert flag_columns(app) == [drawn.column(app.explorer.cursor)]
        await pilot.press("b")
        await pilot.pause()
        assert flag_columns(app) == []
