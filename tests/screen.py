"""Reading the app's screen in pilot tests: the chart's text, the inputs, the readout."""

from __future__ import annotations

from rich.text import Text
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
    """The app's last message, shown on the chart's bottom frame."""
    return str(app.screen.query_one(SigmoidPlot).border_subtitle or "")
