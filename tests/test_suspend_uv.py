"""ctrl+z under the README's own command, ``uv run sigmoid-tui``, in a real interactive shell:
the whole job stops (uv and the app), the shell takes the terminal back, and ``fg`` returns."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.test_terminal import Terminal

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None or shutil.which("uv") is None,
    reason="tmux or uv is not installed",
)

PROJECT = Path(__file__).resolve().parent.parent
"""The checkout, where ``uv run`` finds the project."""


def test_ctrl_z_under_uv_run_stops_the_job_and_fg_brings_it_back() -> None:
    """uv run sigmoid-tui, ctrl+z: the prompt and "Stopped"; fg: the chart, and keys work."""
    term = Terminal(
        "bash --norc --noprofile -i",
        100,
        30,
        {
            "PS1": "shell$ ",
            "TERM": "xterm-256color",
            "PATH": os.environ["PATH"],
            "HOME": os.environ.get("HOME", "/tmp"),
        },
    )
    try:
        term.wait_for(lambda s: "shell$" in s)
        term._tmux("send-keys", "-t", term.session, f"cd {PROJECT} && uv run sigmoid-tui", "Enter")
        term.wait_for(lambda s: "Sigmoid Function and Its Derivative" in s and "x min" in s, 60)
        term.to_chart()  # ctrl+z right after Escape would read as Alt+z
        term.keys("C-z")
        screen = term.wait_for(lambda s: "Stopped" in s or "stopped" in s)
        assert "uv run sigmoid-tui" in screen
        assert screen.strip().splitlines()[-1].startswith("shell$")
        term._tmux("send-keys", "-t", term.session, "fg", "Enter")
        term.wait_for(lambda s: "Sigmoid Function and Its Derivative" in s and "x = 0" in s)
        term.keys("Right")
        term.wait_for(lambda s: "x = 0.10101010101010033" in s)
        term.keys("C-q")
        term.wait_for(lambda s: s.strip().splitlines()[-1].startswith("shell$"))
    finally:
        term.close()
