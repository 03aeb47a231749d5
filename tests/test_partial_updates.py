"""Partial updates carry only the changed cells, and the terminal still shows the same screen.

The app's cursor steps repaint two columns; :mod:`sigmoid_tui.tui.partial_updates` crops each
line of such an update to those columns. A real terminal (tmux) must then show exactly what a
full repaint shows.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


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
