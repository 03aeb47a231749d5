"""The start-up baseline: a Textual app that shows one line and nothing else."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static


class BareApp(App[None]):
    """One line of text."""

    def compose(self) -> ComposeResult:
        """The line the benchmark waits for."""
        yield Static("bare app ready")


if __name__ == "__main__":
    BareApp().run()
