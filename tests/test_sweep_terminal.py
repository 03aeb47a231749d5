"""The sweep in a real terminal (tmux): it plays, pauses, stops on an edit and quits cleanly."""

from __future__ import annotations

import re
import shutil
import time

import pytest

from .test_terminal import field_has_focus, terminal  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.terminal,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def swept_k(screen: str) -> float:
    """The k the sweep's message shows."""
    found = re.search(r"Sweep k = ([0-9.]+)", screen)
    assert found is not None
    return float(found.group(1))


def test_a_sweep_plays_pauses_stops_and_quits_in_a_terminal(terminal) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """a: k climbs on screen; a: paused; typing: stopped; a then ctrl+q: exit status 0."""
    term, status = terminal(width=100, height=30)
    term.wait_for(lambda s: "Sigmoid Function and Its Derivative" in s and field_has_focus(s))
    term.to_chart()  # a key right after Escape would read as Alt+key: wait for the chart
    term.keys("a")
    first = swept_k(term.wait_for(lambda s: "Sweep k = " in s))
    term.wait_for(lambda s: swept_k(s) > first)  # it plays
    term.keys("a")
    paused = term.wait_for(lambda s: "Sweep paused at k = " in s)
    held = re.search(r"paused at k = ([0-9.]+)", paused)
    assert held is not None
    time.sleep(0.5)  # not a wait for the app: half a second in which nothing may change
    assert held.group(0) in term.screen()  # it holds
    term.keys("Tab", "BSpace")  # into x min, an edit
    term.wait_for(lambda s: "Sweep stopped." in s)
    term.to_chart()
    term.keys("a")
    term.wait_for(lambda s: "Sweep k = " in s)
    term.keys("C-q")
    term.wait_for(lambda _: status.exists() and status.read_text().strip() != "")
    assert status.read_text().strip() == "0"
