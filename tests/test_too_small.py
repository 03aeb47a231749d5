"""Behind "Terminal too small" no key acts but quit, and growing back restores the layout
exactly, with no blank rows left between the readout and the footer."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Footer

from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.explorer_screen import ExplorerScreen
from tests.conftest import StartApp
from tests.screen import readout


async def settle(pilot: Pilot[int]) -> None:
    """Let the breakpoints restyle the screen after a resize."""
    for _ in range(4):
        await pilot.pause()


def state(screen: ExplorerScreen) -> tuple[object, ...]:
    """What a key could change: the view, the cursor and every toggle."""
    return (
        screen.view,
        screen.wanted,
        screen.show_points,
        screen.log_y,
        screen.show_table,
        screen.controls_shown,
        screen.marker,
    )


@pytest.mark.parametrize("size", [(40, 12), (100, 19)])
async def test_keys_do_nothing_behind_the_too_small_notice(
    start_app: StartApp, size: tuple[int, int]
) -> None:
    """m, p, l, zoom, pan, the cursor, t, h, help and the palette change nothing while only
    the notice shows; then ctrl+q still quits."""
    async with start_app(on_chart=True) as (app, pilot):
        screen = app.explorer
        before = state(screen)
        await pilot.resize_terminal(*size)
        await settle(pilot)
        assert screen.too_small
        keys = ["m", "p", "l", "plus", "minus", "right_square_bracket", "right", "end"]
        keys += ["t", "h", "M", "greater_than_sign", "n", "r", "b", "f1", "ctrl+p", "i", "g"]
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is screen, key
        after = state(screen)
        assert after == before
        assert screen.bookmarks == ()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0


@pytest.mark.parametrize("mode", [Mode.BOTH, Mode.COMPARE])
async def test_growing_back_leaves_no_blank_rows_under_the_readout(
    start_app: StartApp, mode: Mode
) -> None:
    """40x12 and back to 100x30: the readout has its lines again and the footer follows it."""
    async with start_app(View(mode=mode), on_chart=True) as (app, pilot):
        box = app.explorer.query_one("#readout")
        footer = app.explorer.query_one(Footer)
        height, text = box.region.height, readout(app)
        assert box.region.bottom == footer.region.y
        await pilot.resize_terminal(40, 12)
        await settle(pilot)
        await pilot.press("m")
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert not app.explorer.too_small
        assert app.explorer.view.mode is mode
        assert readout(app) == text
        assert box.region.height == height == len(text.splitlines())
        assert box.region.bottom == footer.region.y
