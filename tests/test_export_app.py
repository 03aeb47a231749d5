"""Exports from the app: progress shown, cancellable, never half a file under a final name."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Label, ProgressBar

from sigmoid_tui.core.csv_values import CsvBlock, csv_blocks
from sigmoid_tui.core.view import View
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.screens.quit import QuitScreen
from sigmoid_tui.tui.widgets.saver import Saver

from .conftest import StartApp
from .screen import status

LONG = View(points=10_000_000)
"""An export that takes seconds: 10^7 rows (slowed further below, so that a test's keys
always arrive while it runs)."""


@pytest.fixture(autouse=True)
def slow_export(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each block of rows takes 20 ms more: a 10^7-row export lasts over three seconds."""

    def slowly(view: View, *, exact: bool = False) -> Iterator[CsvBlock]:
        for block in csv_blocks(view, exact=exact):
            time.sleep(0.02)
            yield block

    monkeypatch.setattr("sigmoid_tui.tui.widgets.saver.csv_blocks", slowly)


def final_files(directory: Path) -> list[str]:
    """Files a person would open: not the hidden temporary ones."""
    return sorted(p.name for p in directory.iterdir() if not p.name.startswith("."))


async def wait_until(test, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Poll ``test`` while the app runs, up to ``seconds``."""
    for _ in range(int(seconds / 0.05)):
        if test():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"never happened: {test.__doc__ or test}")


async def test_a_long_export_shows_its_progress_and_c_cancels_it(
    start_app: StartApp, tmp_path: Path
) -> None:
    """e at 10^7: a bar with rows written and 'c: cancel'; c stops it and leaves no file."""
    async with start_app(LONG, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e")
        exporter = app.screen.query_one(Saver)
        await wait_until(lambda: (exporter.query_one(ProgressBar).progress or 0) > 0)
        assert exporter.display
        rows = str(exporter.query_one("#export-rows", Label).render())
        assert rows.startswith("CSV ")
        assert rows.rstrip().endswith("of 10,000,000 rows")
        assert "c: cancel" in str(exporter.query_one("#export-hint", Label).render())
        await pilot.press("c")
        await wait_until(lambda: status(app).startswith("Export cancelled"))
        await wait_until(lambda: list(tmp_path.iterdir()) == [])
        assert not exporter.display
        assert status(app) == "Export cancelled: no file was left behind."


async def test_a_worker_stopped_midway_leaves_no_file(start_app: StartApp, tmp_path: Path) -> None:
    """The export's thread worker cancelled from outside, halfway: nothing under any name."""
    async with start_app(LONG, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e")
        exporter = app.screen.query_one(Saver)
        await wait_until(lambda: (exporter.query_one(ProgressBar).progress or 0) > 1_000_000)
        app.workers.cancel_group(exporter, "export")
        await wait_until(lambda: list(tmp_path.iterdir()) == [])
        await wait_until(lambda: not exporter.running)


async def test_ctrl_q_during_an_export_asks_and_c_cancels_and_quits(
    start_app: StartApp, tmp_path: Path
) -> None:
    """ctrl+q while exporting: a question that says how far it got; c quits, no file left."""
    async with start_app(LONG, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e")
        await pilot.pause(0.2)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        assert app.return_code is None
        await pilot.press("c")
        await wait_until(lambda: app.return_code == 0)
    await wait_until(lambda: list(tmp_path.iterdir()) == [])


async def test_ctrl_q_then_escape_goes_back_and_w_waits_for_the_file(
    start_app: StartApp, tmp_path: Path
) -> None:
    """Escape keeps exploring with the export going; w quits once the file is complete."""
    async with start_app(LONG, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QuitScreen)
        assert app.return_code is None
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert "Quitting once the export is complete" in status(app)
        assert final_files(tmp_path) == []
        await wait_until(lambda: app.return_code == 0)
    (name,) = final_files(tmp_path)
    with (tmp_path / name).open() as saved:
        assert sum(1 for _ in saved) == 10_000_001


async def test_c_does_nothing_without_an_export(start_app: StartApp) -> None:
    """c is no key of the chart until an export runs; the footer does not offer it."""
    async with start_app(on_chart=True) as (app, pilot):
        assert app.explorer.check_action("cancel_export", ()) is False
        await pilot.press("c")
        await pilot.pause()
        assert status(app) == ""


async def test_ctrl_z_is_bound_to_suspend(start_app: StartApp) -> None:
    """ctrl+z suspends to the shell (tried for real in the terminal tests)."""
    async with start_app(on_chart=True) as (app, _pilot):
        keys = {
            key: binding.action
            for binding in SigmoidApp.BINDINGS
            if not isinstance(binding, tuple)
            for key in binding.key.split(",")
        }
        assert keys["ctrl+z"] == "suspend_process"
        assert app.explorer.check_action("suspend_process", ()) is True
