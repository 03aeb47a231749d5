"""Updates carry only the changed cells, each style once a run, and the terminal still shows
the same screen.

The app's cursor steps repaint two columns; :mod:`sigmoid_tui.tui.partial_updates` crops each
line of such an update to those columns and sends a style only where it changes. A real
terminal (tmux) must then show exactly what a full repaint shows, and an emulated one exactly
what Textual's own output shows.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable

import pyte
import pytest
from rich.color import ColorSystem
from rich.style import Style
from textual._compositor import ChopsUpdate, CompositorUpdate, LayoutUpdate
from textual.screen import Screen
from textual.strip import Strip

from sigmoid_tui.tui import partial_updates
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.partial_updates import render_layout, render_segments

from .conftest import StartApp


def tmux(socket: str, *args: str) -> str:
    """Run a tmux command on our own server; its output."""
    done = subprocess.run(
        ["tmux", "-L", socket, *args], check=False, capture_output=True, text=True
    )
    return done.stdout


def wait_for(read: Callable[[], str], test: Callable[[str], bool], timeout: float = 30) -> str:
    """Read the screen until ``test`` holds."""
    deadline = time.monotonic() + timeout
    screen = read()
    while time.monotonic() < deadline:
        screen = read()
        if test(screen):
            return screen
        time.sleep(0.1)
    raise AssertionError(f"screen never matched:\n{screen}")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_cursor_steps_leave_the_screen_a_full_repaint_shows() -> None:
    """Twenty steps right and five left at 100x30: the screen, colours included, equals the
    same screen repainted in full after a resize."""
    socket = f"sigmoid-tui-partial-{uuid.uuid4().hex[:8]}"
    command = f"env -u COLUMNS -u LINES {sys.executable} -m sigmoid_tui"
    tmux(socket, "new-session", "-d", "-x", "100", "-y", "30", "-s", "app", command)
    try:

        def read() -> str:
            return tmux(socket, "capture-pane", "-p", "-e", "-t", "app")

        wait_for(read, lambda s: "x min" in s and "S''" in s)
        tmux(socket, "send-keys", "-t", "app", "Escape")
        wait_for(read, lambda s: "◀" in s)  # the chart's keys in the footer: it has focus
        for key in ["Right"] * 20 + ["Left"] * 5:
            tmux(socket, "send-keys", "-t", "app", key)
        # From x = 0 (between samples 49 and 50): 20 right to sample 69, 5 left to sample 64.
        final = "x = 2.929292929292929 "
        stepped = wait_for(read, lambda s: final in s)
        stepped = wait_for(read, lambda s: s == stepped)  # read again: the last frame is in
        tmux(socket, "resize-window", "-t", "app", "-x", "101", "-y", "30")
        wait_for(read, lambda s: final in s and s != stepped)
        tmux(socket, "resize-window", "-t", "app", "-x", "100", "-y", "30")
        # What a full repaint shows, once it has settled, is what the partial updates left.
        assert wait_for(read, lambda s: s == stepped, timeout=10) == stepped
    finally:
        tmux(socket, "kill-server")


class Recorder:
    """Every update rendered twice, by Textual and by the app, each fed to a terminal."""

    def __init__(self, width: int, height: int) -> None:
        """Two emulated terminals of ``width`` x ``height``; Textual's renderers kept."""
        self.theirs, self.ours = pyte.Screen(width, height), pyte.Screen(width, height)
        self._feed = (pyte.Stream(self.theirs), pyte.Stream(self.ours))
        self.bytes = [0, 0]
        self.updates = 0

    def wrap(self, original: Callable[..., str], mine: Callable[..., str]) -> Callable[..., str]:
        """A renderer that writes what Textual would to one terminal, ours to the other."""

        def render(update: object, console: object) -> str:
            theirs, ours = original(update, console), mine(update, console)
            for index, (feed, data) in enumerate(zip(self._feed, (theirs, ours), strict=True)):
                feed.feed(data)
                self.bytes[index] += len(data.encode())
            self.updates += 1
            return ours

        return render

    def differences(self) -> list[str]:
        """The cells the two terminals show differently (character or attributes)."""
        found = []
        for y in range(self.theirs.lines):
            for x in range(self.theirs.columns):
                a, b = self.theirs.buffer[y][x], self.ours.buffer[y][x]
                if a != b:
                    found.append(f"({x}, {y}): {a} != {b}")
        return found


@pytest.mark.parametrize("size", [(100, 30), (200, 60)])
async def test_the_terminal_shows_what_textual_would_have_it_show(
    start_app: StartApp, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Whole frames and partial updates, styles sent once per run: after every key, each cell
    of an emulated terminal has the character, colours and attributes Textual's own output
    gives it, in fewer bytes."""
    recorder = Recorder(*size)
    chops, layout, _ = partial_updates._ORIGINAL
    shown = SigmoidApp._display

    def display(app: SigmoidApp, screen: Screen[object], update: object) -> None:
        # Headless, Textual renders nothing: render each update as a terminal would get it.
        if isinstance(update, CompositorUpdate):
            update.render_segments(app.console)
        shown(app, screen, update)  # type: ignore[arg-type]

    monkeypatch.setattr(SigmoidApp, "_display", display)

    def fresh_style(style: Style, text: str, color_system: ColorSystem) -> str:
        # Textual keeps a style's codes on the style, for whatever colours it first met: an
        # earlier test's 16 colours would show here. Codes for this terminal's colours.
        ansi = Strip.render_ansi(style, color_system)
        return f"\x1b[{ansi}m{text}\x1b[0m" if ansi else text

    monkeypatch.setattr(Strip, "render_style", staticmethod(fresh_style))
    async with start_app(size=size) as (_, pilot):
        # The app installed its renderers as it started: each update now goes through both.
        monkeypatch.setattr(ChopsUpdate, "render_segments", recorder.wrap(chops, render_segments))
        monkeypatch.setattr(LayoutUpdate, "render_segments", recorder.wrap(layout, render_layout))
        await pilot.resize_terminal(size[0], size[1] - 1)
        await pilot.resize_terminal(*size)  # a whole frame, into both blank terminals
        keys = ["escape", "right", "right", "shift+right", "n", "p", "left", "+", "l", "t"]
        keys += ["escape", "tab", "end", "5", "backspace", "m"]
        for key in keys:
            before = recorder.updates
            await pilot.press(key)
            await pilot.pause()
            assert recorder.differences() == [], key
            assert recorder.updates >= before
        theirs, ours = recorder.bytes
        assert ours < theirs * 0.8, (ours, theirs)
