"""The sweep in a real terminal (tmux): it plays, pauses, stops on an edit and quits cleanly."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .test_terminal import Terminal

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


@pytest.fixture
def app_in_tmux(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    """The app at 100x30 in tmux, and the file its exit status lands in."""
    status = tmp_path / "status"
    app = " ".join(shlex.quote(a) for a in (sys.executable, "-m", "sigmoid_tui"))
    command = f"sh -c {shlex.quote(f'cd {tmp_path} && {app}; echo $? > {status}')}"
    term = Terminal(command, 100, 30, {"TERM": "xterm-256color", "PATH": os.environ["PATH"]})
    yield term, status
    term.close()


def swept_k(screen: str) -> float:
    """The k the sweep's message shows."""
    found = re.search(r"Sweep k = ([0-9.]+)", screen)
    assert found is not None
    return float(found.group(1))


def test_a_sweep_plays_pauses_stops_and_quits_in_a_terminal(
    app_in_tmux: tuple[Terminal, Path],
) -> None:
    """a: k climbs on screen; a: paused; typing: stopped; a then ctrl+q: exit status 0."""
    term, status = app_in_tmux
    term.wait_for(lambda s: "Sigmoid Function and Its Derivative" in s and "x min" in s)
    term.keys("Escape")
    time.sleep(0.6)  # a key right after Escape would read as Alt+key
    term.keys("a")
    first = swept_k(term.wait_for(lambda s: "Sweep k = " in s))
    term.wait_for(lambda s: swept_k(s) > first)  # it plays
    term.keys("a")
    paused = term.wait_for(lambda s: "Sweep paused at k = " in s)
    held = re.search(r"paused at k = ([0-9.]+)", paused)
    assert held is not None
    time.sleep(0.5)
    assert held.group(0) in term.screen()  # it holds
    term.keys("Tab", "BSpace")  # into x min, an edit
    term.wait_for(lambda s: "Sweep stopped." in s or "x min is empty" in s)
    term.keys("Escape")
    time.sleep(0.6)
    term.keys("a")
    term.wait_for(lambda s: "Sweep k = " in s)
    term.keys("C-q")
    term.wait_for(lambda _: status.exists() and status.read_text().strip() != "")
    assert status.read_text().strip() == "0"
