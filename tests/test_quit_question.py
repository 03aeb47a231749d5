"""The question ctrl+q asks during an export: its percentage live, gone once the export has
ended, and whole at 60x20."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.widgets import Button

from sigmoid_tui.core.csv_values import CsvBlock, csv_blocks
from sigmoid_tui.core.view import View
from sigmoid_tui.tui.screens.quit import QuitScreen
from tests.conftest import StartApp
from tests.screen import status

LONG = View(points=10_000_000)
"""153 blocks of rows: over three seconds with the delay below."""
SHORT = View(points=1_000_000)
"""16 blocks: about a third of a second."""


@pytest.fixture(autouse=True)
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Each block of rows takes 20 ms more, so that keys arrive while the export runs; the
    last block waits until the test opens the gate (open from the start unless cleared)."""
    opened = threading.Event()
    opened.set()

    def slowly(view: View, *, exact: bool = False) -> Iterator[CsvBlock]:
        for block in csv_blocks(view, exact=exact):
            time.sleep(0.02)
            if block.rows == view.points:
                opened.wait(30)
            yield block

    monkeypatch.setattr("sigmoid_tui.tui.widgets.saver.csv_blocks", slowly)
    return opened


async def wait_until(test: Callable[[], bool], seconds: float = 30.0) -> None:
    """Poll ``test`` while the app runs, up to ``seconds``."""
    for _ in range(int(seconds / 0.02)):
        if test():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"never happened: {test.__doc__ or test}")


def said_percent(screen: QuitScreen) -> int:
    """The percentage the question states."""
    found = re.search(r"(\d+)% written", screen.question)
    assert found is not None
    return int(found.group(1))


async def test_the_question_follows_the_export_bar(start_app: StartApp, tmp_path: Path) -> None:
    """The percentage in the question is the bar's, as the export goes on (was stuck at 20%)."""
    async with start_app(LONG, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e", "ctrl+q")
        await pilot.pause()
        question = app.screen
        assert isinstance(question, QuitScreen)
        saver = app.explorer.saver
        first = said_percent(question)
        await wait_until(lambda: saver.percent >= first + 10)
        await pilot.pause()
        assert abs(said_percent(question) - saver.percent) <= 1
        assert said_percent(question) >= first + 9
        await pilot.press("c")
        await wait_until(lambda: app.return_code == 0)


async def test_the_question_closes_once_the_export_is_done(
    start_app: StartApp, tmp_path: Path, gate: threading.Event
) -> None:
    """Export complete while asking: no more offer to cancel it; the file is saved, the app
    stays, and ctrl+q then quits at once."""
    gate.clear()
    async with start_app(SHORT, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        gate.set()
        await wait_until(lambda: not isinstance(app.screen, QuitScreen))
        assert app.return_code is None
        await wait_until(lambda: status(app).startswith("Values saved"))
        assert [p.suffix for p in tmp_path.iterdir()] == [".csv"]
        await pilot.press("ctrl+q")
        await wait_until(lambda: app.return_code == 0)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_question_fits_small_terminals(
    start_app: StartApp, tmp_path: Path, size: tuple[int, int]
) -> None:
    """At 60x20 every button shows its whole label inside the panel (was cut to 'esc:')."""
    async with start_app(LONG, size=size, on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e", "ctrl+q")
        await pilot.pause()
        question = app.screen
        assert isinstance(question, QuitScreen)
        panel = question.query_one("#quit-panel").region
        for button in question.query(Button):
            label = str(button.label)
            assert button.content_size.width >= len(label), label
            assert panel.contains_region(button.region), label
            assert button.region.right <= size[0]
        await pilot.press("c")
        await wait_until(lambda: app.return_code == 0)


@pytest.mark.slow
@pytest.mark.parametrize("sixteen", [False, True])
async def test_the_question_reads_on_the_worst_themes(
    start_app: StartApp, tmp_path: Path, gate: threading.Event, sixteen: bool
) -> None:
    """Every word of the question and its buttons, focused or not, 4.5:1 or more on the
    themes that read worst (SCREEN_THEMES), at 16 colours (the app styled for them), 256 and
    16 million: "c: cancel, quit" was pale on salmon, the focused button cyan on white in 16
    colours, and on a light theme there every button bold black, which xterm draws grey
    (4.0:1)."""
    from tests.colour_depths import text_contrasts
    from tests.test_colour_depths import SCREEN_THEMES

    gate.clear()
    depths = (16,) if sixteen else (256, 2**24)
    failures: list[str] = []
    lowest = dict.fromkeys(depths, (99.0, ""))
    async with start_app(SHORT, on_chart=True, export_dir=tmp_path, sixteen_colors=sixteen) as (
        app,
        pilot,
    ):
        await pilot.press("e", "ctrl+q")
        await wait_until(lambda: isinstance(app.screen, QuitScreen))
        for theme in SCREEN_THEMES:
            app.theme = theme
            for focus in ("wait", "cancel", "back"):
                app.screen.query_one(f"#{focus}").focus()
                await pilot.pause()
                panel = app.screen.query_one("#quit-panel").region
                for depth in depths:
                    for ratio, text, line, column in text_contrasts(app, depth):
                        if panel.contains(column, line):  # not what is dimmed
                            where = f"quit question, {theme}, {focus} focused: {text!r}"
                            lowest[depth] = min(lowest[depth], (ratio, where))
                            if ratio < 4.5:
                                failures.append(f"{theme} {depth} {focus}: {text!r} {ratio:.2f}")
        gate.set()
    for depth, (ratio, where) in lowest.items():
        print(f"lowest contrast at {depth} colours: {ratio:.2f} ({where})")
    assert not failures, "\n".join(failures)
