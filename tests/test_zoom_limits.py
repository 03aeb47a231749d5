"""Zoom out never zooms in: at a range wider than ±10^6 it refuses with a message and keeps
the range, as pan does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sigmoid_tui.core.navigation import ZOOM_LIMIT, Move, Refused, zoom
from sigmoid_tui.core.view import View
from tests.conftest import StartApp
from tests.screen import status


@pytest.mark.parametrize(
    ("low", "high"), [(-1e308, 1e308), (-1e7, 1e7), (-5.0, 1e300), (-1e308, 0.0), (-1e6, 1e6)]
)
def test_zoom_out_at_the_limit_refuses_and_keeps_the_range(low: float, high: float) -> None:
    """Where both ends already reach ±10^6 or beyond, zoom out says so and changes nothing."""
    view = View(x_min=low, x_max=high)
    for cursor in (low, 0.0, high):
        refused = zoom(view, cursor, 2.0)
        if low <= -ZOOM_LIMIT and high >= ZOOM_LIMIT:
            assert isinstance(refused, Refused)
            assert "10^6" in refused.reason


@given(st.floats(-1e308, 1e308), st.floats(-1e308, 1e308), st.floats(0.0, 1.0))
def test_zoom_out_never_narrows_the_range(a: float, b: float, where: float) -> None:
    """Whatever the range and cursor, zoom out gives a range holding the old one, or refuses."""
    low, high = min(a, b), max(a, b)
    if not low < high:
        return
    view = View(x_min=low, x_max=high)
    moved = zoom(view, low + (high * 0.5 - low * 0.5) * 2 * where, 2.0)
    if isinstance(moved, Move):
        assert moved.view.x_min <= low
        assert moved.view.x_max >= high
        assert (moved.view.x_min, moved.view.x_max) != (low, high)


async def test_minus_at_the_widest_range_keeps_it_and_says_why(start_app: StartApp) -> None:
    """--range -1e308 1e308, Escape, -: the range stays, and the frame says zoom out stops."""
    view = View(x_min=-1e308, x_max=1e308)
    async with start_app(view, on_chart=True) as (app, pilot):
        await pilot.press("minus")
        await pilot.pause()
        assert (app.explorer.view.x_min, app.explorer.view.x_max) == (-1e308, 1e308)
        assert "10^6" in status(app)
