"""The pointer on the chart: a click places the cursor, the wheel zooms around the pointer,
a drag pans; clicks elsewhere keep working. Driven with mouse events through the pilot."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.events import MouseMove, MouseScrollDown, MouseScrollUp
from textual.pilot import Pilot
from textual.widgets import Input

from sigmoid_tui.core import navigation
from sigmoid_tui.core.view import View
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.widgets.plot import SigmoidPlot

from .conftest import StartApp
from .screen import readout, status


def plot(app: SigmoidApp) -> SigmoidPlot:
    """The chart widget."""
    return app.explorer.plot


def offset_of(app: SigmoidApp, column: int) -> tuple[int, int]:
    """The pilot's offset (from the widget's corner) of ``column`` of the chart's text, in the
    middle of the plot area."""
    drawn = plot(app)._layout
    assert drawn is not None
    gutter = plot(app).styles.gutter
    row = drawn.canvas.top + drawn.canvas.height // 2
    return column + gutter.left, row + gutter.top


def column_of(app: SigmoidApp, x: float) -> int:
    """The column where ``x`` is drawn."""
    drawn = plot(app)._layout
    assert drawn is not None
    column = drawn.column(x)
    assert column is not None
    return column


def x_under(app: SigmoidApp, column: int) -> float:
    """The x drawn at ``column``."""
    drawn = plot(app)._layout
    assert drawn is not None
    axis, canvas = drawn.x_axis, drawn.canvas
    x = navigation.x_at_column(axis.low, axis.high, canvas.left, canvas.width, column)
    assert x is not None
    return x


async def wheel(pilot: Pilot[int], app: SigmoidApp, column: int, *, up: bool) -> None:
    """Turn the wheel once over ``column``."""
    event = MouseScrollUp if up else MouseScrollDown
    await pilot._post_mouse_events([event], plot(app), offset_of(app, column))
    await pilot.pause()


@given(
    low=st.floats(-1e6, 1e6),
    span=st.floats(1e-3, 1e6),
    left=st.integers(0, 20),
    width=st.integers(2, 300),
    data=st.data(),
)
def test_the_x_at_a_column_is_drawn_in_that_column(
    low: float, span: float, left: int, width: int, data: st.DataObject
) -> None:
    """x_at_column is the inverse of the chart's placing: its x lands back in its column."""
    from sigmoid_tui.chart.axes import Axis, Canvas

    high = low + span
    column = data.draw(st.integers(left, left + width - 1))
    x = navigation.x_at_column(low, high, left, width, column)
    assert x is not None
    assert Canvas(left, width, 0, 10).column(Axis(low, high, []), x) == column
    assert navigation.x_at_column(low, high, left, width, left + width) is None


@given(anchor=st.floats(-10, 10), factor=st.sampled_from([0.5, 2.0]))
def test_zooming_around_an_x_keeps_its_share_of_the_range(anchor: float, factor: float) -> None:
    """The anchor stays where it was in the range (so under the pointer); the span scales."""
    view = View()
    move = navigation.zoom_around(view, 0.0, anchor, factor)
    assert isinstance(move, navigation.Move)
    new = move.view
    before = (anchor - view.x_min) / (view.x_max - view.x_min)
    after = (anchor - new.x_min) / (new.x_max - new.x_min)
    assert after == pytest.approx(before, abs=1e-12)
    assert new.x_max - new.x_min == pytest.approx(20 * factor)
    assert move.cursor == 0.0


def test_nearest_sample_picks_the_closer_of_the_two_around() -> None:
    """A click between two samples lands on the nearer one."""
    view = View()  # samples -10 + 20 i / 99: none at 0; 0.10101… is nearer 0.06 than -0.101…
    assert navigation.nearest_sample(view, 0.06).cursor == navigation.sample_at(view, 50)
    assert navigation.nearest_sample(view, -0.06).cursor == navigation.sample_at(view, 49)


async def test_a_click_on_the_chart_puts_the_cursor_on_the_nearest_sample(
    start_app: StartApp,
) -> None:
    """Clicking a column puts the cursor on the sample nearest the x drawn there."""
    async with start_app() as (app, pilot):
        column = column_of(app, 5.0)
        await pilot.click(SigmoidPlot, offset=offset_of(app, column))
        await pilot.pause()
        expected = navigation.nearest_sample(app.explorer.view, x_under(app, column)).cursor
        assert app.explorer.cursor == expected
        assert app.explorer.cursor != 0.0
        assert readout(app).startswith(f"x = {expected!r}")
        assert "between samples" not in readout(app)
        assert app.focused is plot(app)


async def test_the_wheel_zooms_around_the_x_under_the_pointer(start_app: StartApp) -> None:
    """Wheel up halves the span, wheel down doubles it, and the x under the pointer stays."""
    async with start_app() as (app, pilot):
        column = column_of(app, 5.0)
        anchor = x_under(app, column)
        await wheel(pilot, app, column, up=True)
        view = app.explorer.view
        assert view.x_max - view.x_min == pytest.approx(10.0)
        assert x_under(app, column) == pytest.approx(anchor, abs=1e-9)
        assert app.explorer.cursor == 0.0  # the cursor stays where it was
        await wheel(pilot, app, column, up=False)
        view = app.explorer.view
        assert (view.x_min, view.x_max) == pytest.approx((-10.0, 10.0))


async def test_the_wheel_stops_at_the_limits_with_the_keys_messages(start_app: StartApp) -> None:
    """Out at ±10^6 the wheel says what - says; the view does not change."""
    async with start_app(View(x_min=-1e6, x_max=1e6)) as (app, pilot):
        await wheel(pilot, app, column_of(app, 0.0), up=False)
        assert status(app) == "Zoomed out as far as ±10^6."
        assert (app.explorer.view.x_min, app.explorer.view.x_max) == (-1e6, 1e6)


async def test_dragging_the_chart_pans_with_the_pointer(start_app: StartApp) -> None:
    """Dragging right by some columns moves the range left by as much; no click is made."""
    async with start_app() as (app, pilot):
        start = column_of(app, 0.0)
        width = plot(app)._layout.canvas.width  # type: ignore[union-attr]
        await pilot.mouse_down(SigmoidPlot, offset=offset_of(app, start))
        await pilot._post_mouse_events([MouseMove], plot(app), offset_of(app, start + 10), 1)
        await pilot.pause()
        await pilot.mouse_up(SigmoidPlot, offset=offset_of(app, start + 10))
        await pilot.pause()
        view = app.explorer.view
        moved = -10 / (width - 1) * 20
        assert (view.x_min, view.x_max) == pytest.approx((-10 + moved, 10 + moved))
        assert app.explorer.cursor == 0.0  # a drag is not a click
        assert not app.screen.selections  # nor a text selection left lit over the chart


async def test_clicks_on_the_inputs_still_reach_them(start_app: StartApp) -> None:
    """Clicking an input focuses it; the chart's pointer handling takes nothing from it."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.click("#points")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        assert app.focused.id == "points"
        await pilot.click("#derivative")
        await pilot.pause()
        assert app.explorer.view.mode.value == "derivative"
