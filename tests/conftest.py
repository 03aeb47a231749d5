"""Shared fixtures: the app started at a given size and view, as a person first sees it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot

from sigmoid_tui.core.view import Marker, View
from sigmoid_tui.tui.app import SigmoidApp

Started = tuple[SigmoidApp, Pilot[int]]
"""The running app and the pilot that drives it."""
StartApp = Callable[..., AbstractAsyncContextManager[Started]]
"""``start(view=None, size=(100, 30), on_chart=False, **app_kwargs)``."""


@pytest.fixture
def start_app(tmp_path: Path) -> StartApp:
    """Start the app on ``view`` at ``size``, controls mounted; ``on_chart`` presses Escape.

    Files the app writes (s, e) land in the test's own temporary directory unless
    ``export_dir`` says otherwise.
    """

    @asynccontextmanager
    async def start(
        view: View | None = None,
        size: tuple[int, int] = (100, 30),
        *,
        on_chart: bool = False,
        marker: Marker = Marker.BRAILLE,
        export_dir: Path | None = None,
        **app_kwargs: object,
    ) -> AsyncIterator[Started]:
        app = SigmoidApp(
            view,
            marker=marker,
            export_dir=export_dir or tmp_path,
            **app_kwargs,  # type: ignore[arg-type]
        )
        async with app.run_test(size=size) as pilot:
            await app.explorer.controls_ready.wait()
            await pilot.pause()
            if on_chart:
                await pilot.press("escape")
                await pilot.pause()
            yield app, pilot

    return start
