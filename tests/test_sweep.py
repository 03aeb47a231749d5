"""The sweep (a): k from 1/4 to 4 and back, the depth 1 to 50 in compare mode; pause, stop."""

from __future__ import annotations

import asyncio

from sigmoid_tui.core.parsing import format_number
from sigmoid_tui.core.sweep import Sweep, Swept, start_sweep, sweep_values
from sigmoid_tui.core.view import Mode, View

from .conftest import StartApp
from .screen import field, status


async def wait_until(test: object, timeout: float = 10.0) -> None:
    """Poll ``test()`` (a callable) until it holds, failing after ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not test():  # type: ignore[operator]
        assert loop.time() < deadline, "the screen never showed it"
        await asyncio.sleep(0.02)


def test_k_goes_from_a_quarter_to_four_and_back_on_a_log_scale() -> None:
    """33 round values up (eight a doubling), then down without repeating the ends."""
    values = sweep_values(Swept.STEEPNESS)
    assert values[0] == 0.25
    assert values[16] == 1.0
    assert values[32] == 4.0
    assert values[8] == 0.5
    assert values[24] == 2.0
    assert values[33:] == tuple(reversed(values[1:32]))
    assert all(len(format_number(v)) <= 5 for v in values)


def test_the_depth_goes_from_one_to_fifty_and_back() -> None:
    """1, 2, ... 50, 49, ... 2, then 1 again."""
    values = sweep_values(Swept.DEPTH)
    assert values[:3] == (1.0, 2.0, 3.0)
    assert values[49] == 50.0
    assert len(values) == 98
    assert Sweep(Swept.DEPTH, 97).next().value == 1.0


def test_a_sweep_starts_from_the_value_on_show_going_up() -> None:
    """k = 1 starts at 1; compare mode's depth 10 at 10; k beyond the ends at an end."""
    assert start_sweep(View()).value == 1.0
    assert start_sweep(View()).next().value == 1.09
    assert start_sweep(View(mode=Mode.COMPARE, depth=10)) == Sweep(Swept.DEPTH, 9)
    assert start_sweep(View(steepness=100.0)).value == 4.0
    assert start_sweep(View(steepness=0.001)).value == 0.25


def test_a_sweep_frame_changes_only_its_parameter() -> None:
    """apply() sets k (or the depth) and nothing else; holds() tells its own frame."""
    view = View(x_min=-3.0, shift=1.0)
    frame = Sweep(Swept.STEEPNESS, 24)
    assert frame.apply(view) == View(x_min=-3.0, shift=1.0, steepness=2.0)
    assert frame.holds(frame.apply(view))
    assert not frame.holds(view)
    assert "k = 2" in frame.say()


class TestSweepInTheApp:
    """a plays, a pauses, an edit or r stops, ctrl+q quits during it."""

    async def test_a_plays_k_and_shows_it_as_it_changes(self, start_app: StartApp) -> None:
        """The chart's k moves, the k input and the message follow each frame."""
        async with start_app(on_chart=True) as (app, pilot):
            screen = app.explorer
            await pilot.press("a")
            await wait_until(lambda: screen.view.steepness >= 1.5)
            assert screen.player.playing
            assert field(app, "steepness").value == format_number(screen.view.steepness)
            assert f"Sweep k = {format_number(screen.view.steepness)}" in status(app)

    async def test_a_again_pauses_and_the_inputs_hold_the_value(self, start_app: StartApp) -> None:
        """Paused: k stays where it was, the input holds it; a goes on from there."""
        async with start_app(on_chart=True) as (app, pilot):
            screen = app.explorer
            await pilot.press("a")
            await wait_until(lambda: screen.view.steepness > 1.2)
            await pilot.press("a")
            held = screen.view.steepness
            await asyncio.sleep(0.4)
            assert screen.view.steepness == held
            assert not screen.player.playing
            assert field(app, "steepness").value == format_number(held)
            assert "paused at k" in status(app)
            await pilot.press("a")
            await wait_until(lambda: screen.view.steepness != held)
            assert screen.view.steepness > held  # on from where it was, still going up

    async def test_an_edit_stops_the_sweep(self, start_app: StartApp) -> None:
        """Typing into an input (even a bad value) ends the sweep; the typing is kept."""
        async with start_app(on_chart=True) as (app, pilot):
            screen = app.explorer
            await pilot.press("a")
            await wait_until(lambda: screen.view.steepness > 1.0)
            box = field(app, "shift")
            box.focus()
            await pilot.press("backspace", "x")
            await pilot.pause()
            assert screen.player.sweep is None
            assert not screen.player.playing
            held = screen.view.steepness
            await asyncio.sleep(0.3)
            assert screen.view.steepness == held
            assert box.value == "x"

    async def test_r_stops_the_sweep_and_resets(self, start_app: StartApp) -> None:
        """r: the article's view, no sweep."""
        async with start_app(on_chart=True) as (app, pilot):
            screen = app.explorer
            await pilot.press("a")
            await wait_until(lambda: screen.view.steepness > 1.0)
            await pilot.press("r")
            await pilot.pause()
            assert screen.player.sweep is None
            await asyncio.sleep(0.3)
            assert screen.view == View()

    async def test_other_changes_of_view_stop_it_but_the_cursor_does_not(
        self, start_app: StartApp
    ) -> None:
        """Arrows move the cursor during a sweep; m (another view) stops it."""
        async with start_app(on_chart=True) as (app, pilot):
            screen = app.explorer
            await pilot.press("a")
            await pilot.press("right", "right")
            await pilot.pause()
            assert screen.player.playing
            await pilot.press("m")
            await pilot.pause()
            assert screen.player.sweep is None
            assert screen.view.mode is Mode.COMPARE

    async def test_compare_mode_sweeps_the_depth(self, start_app: StartApp) -> None:
        """In compare mode a plays the depth; the title says it."""
        async with start_app(View(mode=Mode.COMPARE), on_chart=True) as (app, pilot):
            screen = app.explorer
            await pilot.press("a")
            await wait_until(lambda: screen.view.depth >= 4)
            assert screen.view.steepness == 1.0
            assert "Sweep depth = " in status(app)

    async def test_ctrl_q_during_a_sweep_quits_cleanly(self, start_app: StartApp) -> None:
        """The app ends with return code 0 while frames are coming."""
        async with start_app(on_chart=True) as (app, pilot):
            await pilot.press("a")
            await wait_until(lambda: app.explorer.view.steepness > 1.0)
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert app.return_code == 0
            assert not app.is_running
