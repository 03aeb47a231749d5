"""Exports from the app: progress shown, cancellable, never half a file under a final name."""

from __future__ import annotations

import threading
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
from .screen import status, wait_until

LONG = View(points=300_000)
"""An export long enough for a thread worker (over 20,000 rows): a header and five blocks of
rows, held back after the first rows until the test lets them go (see :func:`held_export`)."""

FREE_BLOCKS = 2
"""What an export writes before it is held: the header and the first 65,536 rows."""


class Gate:
    """Holds a running export after its first rows until :meth:`release`."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self.blocks = 0
        """Blocks the export has been given so far."""

    def release(self) -> None:
        """Let the export write the rest (or notice that it was cancelled)."""
        self._open.set()

    def hold(self) -> None:
        """Called by the export thread before each block after the free ones."""
        # Bounded, so that a test that never releases fails instead of hanging.
        if not self._open.wait(timeout=60):
            raise TimeoutError("the test never released the export")


@pytest.fixture(autouse=True)
def held_export(monkeypatch: pytest.MonkeyPatch) -> Gate:
    """Each export stops after its first rows until the test releases it: a key the test
    presses always arrives while the export runs, however fast or loaded the machine."""
    gate = Gate()

    def held(view: View, *, exact: bool = False) -> Iterator[CsvBlock]:
        for block in csv_blocks(view, exact=exact):
            if gate.blocks >= FREE_BLOCKS:
                gate.hold()
            gate.blocks += 1
            yield block

    monkeypatch.setattr("sigmoid_tui.tui.widgets.saver.csv_blocks", held)
    return gate


def final_files(directory: Path) -> list[str]:
    """Files a person would open: not the hidden temporary ones."""
    return sorted(p.name for p in directory.iterdir() if not p.name.startswith("."))


async def test_a_long_export_shows_its_progress_and_c_cancels_it(
    start_app: StartApp, tmp_path: Path, held_export: Gate
) -> None:
    """A long export: a bar with rows written and 'c: cancel'; c stops it and leaves no file."""
    async with start_app(LONG, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e")
        exporter = app.screen.query_one(Saver)
        await wait_until(lambda: (exporter.query_one(ProgressBar).progress or 0) > 0)
        assert exporter.display
        rows = str(exporter.query_one("#export-rows", Label).render())
        assert rows == "CSV 65,536 of 300,000 rows "
        assert "c: cancel" in str(exporter.query_one("#export-hint", Label).render())
        await pilot.press("c")
        held_export.release()
        await wait_until(lambda: status(app).startswith("Export cancelled"))
        await wait_until(lambda: list(tmp_path.iterdir()) == [])
        assert not exporter.display
        assert status(app) == "Export cancelled: no file was left behind."


async def test_a_worker_stopped_midway_leaves_no_file(
    start_app: StartApp, tmp_path: Path, held_export: Gate
) -> None:
    """The export's thread worker cancelled from outside, midway: nothing under any name."""
    async with start_app(LONG, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e")
        exporter = app.screen.query_one(Saver)
        await wait_until(lambda: (exporter.query_one(ProgressBar).progress or 0) > 0)
        assert [p.name.endswith(".part") for p in tmp_path.iterdir()] == [True]
        app.workers.cancel_group(exporter, "export")
        held_export.release()
        await wait_until(lambda: list(tmp_path.iterdir()) == [])
        await wait_until(lambda: not exporter.running)


async def test_ctrl_q_during_an_export_asks_and_c_cancels_and_quits(
    start_app: StartApp, tmp_path: Path, held_export: Gate
) -> None:
    """ctrl+q while exporting: a question that says how far it got; c quits, no file left."""
    async with start_app(LONG, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e")
        exporter = app.screen.query_one(Saver)
        await wait_until(lambda: (exporter.query_one(ProgressBar).progress or 0) > 0)
        await pilot.press("ctrl+q")
        await wait_until(lambda: isinstance(app.screen, QuitScreen))
        assert "A CSV export is under way: 22% written." in str(
            app.screen.query_one(Label).render()
        )
        assert app.return_code is None
        await pilot.press("c")
        held_export.release()
        await wait_until(lambda: app.return_code == 0)
    await wait_until(lambda: list(tmp_path.iterdir()) == [])


async def test_ctrl_q_then_escape_goes_back_and_w_waits_for_the_file(
    start_app: StartApp, tmp_path: Path, held_export: Gate
) -> None:
    """Escape keeps exploring with the export going; w quits once the file is complete."""
    async with start_app(LONG, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e")
        await pilot.press("ctrl+q")
        await wait_until(lambda: isinstance(app.screen, QuitScreen))
        await pilot.press("escape")
        await wait_until(lambda: not isinstance(app.screen, QuitScreen))
        assert app.return_code is None
        await pilot.press("ctrl+q")
        await wait_until(lambda: isinstance(app.screen, QuitScreen))
        await pilot.press("w")
        await wait_until(lambda: "Quitting once the export is complete" in status(app))
        assert final_files(tmp_path) == []
        assert app.return_code is None
        held_export.release()
        await wait_until(lambda: app.return_code == 0)
    (name,) = final_files(tmp_path)
    with (tmp_path / name).open() as saved:
        assert sum(1 for _ in saved) == 300_001


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
