"""Reading the app's screen in pilot tests: the chart's text, the inputs, the readout."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from rich.text import Text
from textual.geometry import Region
from textual.widgets import Input, Static

from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.widgets.plot import SigmoidPlot


def chart_text(app: SigmoidApp) -> str:
    """What the chart widget shows, as plain text (empty under a modal screen)."""
    if app.screen.is_modal:
        return ""
    rendered = app.screen.query_one(SigmoidPlot).render()
    assert isinstance(rendered, Text)
    return rendered.plain


def too_small(app: SigmoidApp) -> bool:
    """Whether the screen shows the terminal-too-small message instead of the layout."""
    shown = bool(app.screen.query_one("#too-small").display)
    assert shown != app.screen.query_one("#main").display
    return shown


def readout(app: SigmoidApp) -> str:
    """The trace readout under the chart."""
    return str(app.screen.query_one("#readout", Static).render())


def message(app: SigmoidApp) -> str:
    """The text under the inputs."""
    return str(app.screen.query_one("#message", Static).render())


def field(app: SigmoidApp, name: str) -> Input:
    """One of the text inputs, by id."""
    return app.screen.query_one(f"#{name}", Input)


def status(app: SigmoidApp) -> str:
    """The app's last message, whole: the chart's bottom frame shows it, shortened to fit with
    the whole text as the frame's tooltip (:func:`shown_status` is what the frame says)."""
    return app.explorer.message


def shown_status(app: SigmoidApp) -> str:
    """The app's last message as the chart's bottom frame paints it: the text between its
    corners and the blank either side (Textual cuts a label too long for them with its own …)."""
    plot = app.explorer.plot
    outer = plot.outer_size
    row = plot.render_lines(Region(0, outer.height - 1, outer.width, 1))[0].text
    inner = row[1:-1]
    return inner.strip("─━ ").strip() if inner.strip("─━ ") else ""


async def wait_until(test: Callable[[], object], seconds: float = 60.0) -> None:
    """Let the app run until ``test()`` holds; fail after ``seconds`` (a hang, not a slow box).

    For what a worker thread or a message round trip brings about, where one
    ``pilot.pause()`` may come too soon on a loaded machine.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not test():
        if loop.time() > deadline:
            raise AssertionError(f"never happened: {test.__doc__ or test}")
        await asyncio.sleep(0.02)
