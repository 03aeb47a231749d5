"""Quick answers in the app: go to an x, solve for a value, the table of values, bookmarks."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static

from sigmoid_tui.core.exact import solve_derivative, values_at
from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.screens.prompt import Prompt
from sigmoid_tui.tui.widgets.values_table import ValuesTable

from .conftest import StartApp
from .screen import readout, status, wait_until


def prompt_message(app: SigmoidApp) -> str:
    """What the open prompt says under its input."""
    return str(app.screen.query_one("#prompt-message", Static).render())


async def type_into_prompt(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into the open prompt, key by key."""
    await pilot.pause()
    await pilot.press(*list(text))


async def test_g_puts_the_cursor_at_exactly_the_x_typed(start_app: StartApp) -> None:
    """g, 2.5, Enter: the cursor at 2.5 (not a sample), the readout says so, values exact."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("g")
        assert isinstance(app.screen, Prompt)
        await type_into_prompt(pilot, "2.5")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, Prompt)
        assert app.explorer.cursor == 2.5
        assert app.explorer.view == View()
        text = readout(app)
        assert "x = 2.5 (between samples)" in text
        assert "S = 0.9241418199787564" in text


async def test_g_outside_the_range_moves_it_with_its_span(start_app: StartApp) -> None:
    """g 40: the range becomes 30..50 (span 20 kept), the cursor at 40, S' = 4.25e-18."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("g")
        await type_into_prompt(pilot, "40")
        await pilot.press("enter")
        await pilot.pause()
        explorer = app.explorer
        assert (explorer.view.x_min, explorer.view.x_max, explorer.cursor) == (
            30.0,
            50.0,
            40.0,
        )
        assert app.screen.query_one("#x-min", Input).value == "30"
        assert "S' = 4.248354255291589e-18" in readout(app)


async def test_bad_text_in_g_says_why_and_moves_nothing(start_app: StartApp) -> None:
    """g, abc, Enter: the prompt stays with the parser's message; Escape closes it."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("g")
        await type_into_prompt(pilot, "abc")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, Prompt)
        assert "x 'abc' is not a number." in prompt_message(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, Prompt)
        assert (app.explorer.view, app.explorer.cursor) == (View(), 0.0)


async def test_slash_solves_and_goes_to_the_solution(start_app: StartApp) -> None:
    """/ 0.99 Enter: six keys from the chart to where S = 0.99, x = 4.595119850134589."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("slash", *"0.99", "enter")
        await pilot.pause()
        assert app.explorer.cursor == 4.595119850134589
        assert "S = 0.99" in readout(app)
        assert status(app) == "S = 0.99 at x = 4.595119850134589"


async def test_slash_takes_the_derivative_root_nearer_the_cursor(start_app: StartApp) -> None:
    """S'=0.1 from the right end: the right root, and the message names the other."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("end", "slash")
        await type_into_prompt(pilot, "S'=0.1")
        await pilot.press("enter")
        await pilot.pause()
        assert app.explorer.cursor == 2.0634370688955603
        assert status(app) == (
            "S' = 0.1 at x = 2.0634370688955603; also at x = -2.0634370688955603"
        )
        await pilot.press("home", "slash")
        await type_into_prompt(pilot, "d=0.1")
        await pilot.press("enter")
        await pilot.pause()
        assert app.explorer.cursor == -2.0634370688955603


async def test_slash_refuses_what_has_no_solution(start_app: StartApp) -> None:
    """S'=0.3 is above the peak: the prompt says what S' takes and stays open."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("slash")
        await type_into_prompt(pilot, "S'=0.3")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, Prompt)
        assert "S' = 0.3 has no solution: S' takes values in (0, 0.25]." in prompt_message(app)
        await pilot.press("backspace", "2", "enter")  # S'=0.2: fixed, it goes
        await pilot.pause()
        assert not isinstance(app.screen, Prompt)
        assert app.explorer.cursor in solve_derivative(0.2)


async def test_t_lists_points_and_bookmarks_and_enter_goes_there(start_app: StartApp) -> None:
    """b at two x, t: the table has the points of interest and both bookmarks, exact values;
    Enter on a row puts the cursor there and the chart back."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("g", *"2.5", "enter")
        await pilot.pause()
        await pilot.press("b")
        assert app.explorer.bookmarks == (2.5,)
        assert "Bookmarked x = 2.5" in status(app)
        await pilot.press("g", *"-7", "enter", "b", "t")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.display
        assert app.focused is table
        # Each row's cells, one value a line where the table stacks them to fit.
        rows = [
            [part for cell in table.get_row_at(i) for part in str(cell).split("\n")]
            for i in range(table.row_count)
        ]
        names = [row[0] for row in rows]
        assert names == [
            "bookmark",
            "saturation",
            "S'' max",
            "inflection, max slope",
            "S'' min",
            "bookmark",
            "saturation",
        ]
        exact = values_at(2.5)
        assert rows[5][1:] == [
            "2.5",
            repr(exact.sigmoid),
            repr(exact.derivative),
            repr(exact.second_derivative),
        ]
        await pilot.press("home", "down", "enter")  # the left saturation edge
        await pilot.pause()
        assert not table.display
        assert app.explorer.cursor == -4.584863339122355
        assert "S' = 0.01" in readout(app)


async def test_b_on_a_bookmark_removes_it_and_twenty_is_the_most(start_app: StartApp) -> None:
    """b twice at one x: no bookmark; 21 bookmarks: the 21st is refused with a reason."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("b", "b")
        assert app.explorer.bookmarks == ()
        assert "removed" in status(app)
        await pilot.press("home")
        for _ in range(20):
            await pilot.press("b", "right")
        assert len(app.explorer.bookmarks) == 20
        await pilot.press("b")
        assert len(app.explorer.bookmarks) == 20
        assert "20 bookmarks at most" in status(app)


async def test_escape_or_t_puts_the_table_away(start_app: StartApp) -> None:
    """t shows the table, t hides it; t then escape too, with focus back on the chart."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("t")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.display
        await pilot.press("t")
        await pilot.pause()
        assert not table.display
        await pilot.press("t", "escape")
        await pilot.pause()
        assert not table.display
        assert app.focused is app.explorer.plot


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30)])
@pytest.mark.parametrize("mode", [Mode.BOTH, Mode.COMPARE])
async def test_the_articles_points_fit_in_the_table_without_a_scroll(
    start_app: StartApp, size: tuple[int, int], mode: Mode
) -> None:
    """t on the article's view from 60x20 up: every row on screen at once, none under a
    scroll (at 60x20 the readout's lines had pushed the last point out of sight)."""
    async with start_app(View(mode=mode), size=size, on_chart=True) as (app, pilot):
        await pilot.press("t")
        table = app.screen.query_one(ValuesTable)
        await wait_until(lambda: table.row_count > 0 and table.size.height > 0)
        await pilot.pause()
        assert table.virtual_size.height <= table.scrollable_content_region.height, size
        screen = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        for i in range(table.row_count):
            for cell in table.get_row_at(i):
                for value in str(cell).split("\n"):
                    assert value in screen, (size, value)


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30), (160, 40)])
@pytest.mark.parametrize("mode", [Mode.BOTH, Mode.COMPARE])
async def test_the_table_shows_every_value_whole_at_every_size(
    start_app: StartApp, size: tuple[int, int], mode: Mode
) -> None:
    """t at 60x20 up: every value of every row on screen whole (side by side where the width
    allows, else stacked in a cell), never cut by the edge with only a scrollbar to hint."""
    view = View(mode=mode, depth=3 if mode is Mode.COMPARE else 1)
    async with start_app(view, size=size, on_chart=True) as (app, pilot):
        await pilot.press("g", *"-7.25", "enter", "b", "t")
        table = app.screen.query_one(ValuesTable)
        await wait_until(lambda: table.row_count > 0 and table.size.width > 0)
        await pilot.pause()
        assert table.virtual_size.width <= table.scrollable_content_region.width, size
        for i in range(table.row_count):
            table.move_cursor(row=i)  # as the arrows do: the row scrolled into view
            await pilot.pause()
            screen = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
            for cell in table.get_row_at(i):
                for value in str(cell).split("\n"):
                    assert value in screen, (size, value)
