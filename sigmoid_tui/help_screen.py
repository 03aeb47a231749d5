"""The help screen: what the sigmoid is, why it is used, where it fails, and every key."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from .help_text import help_markdown

__all__ = ["HelpScreen"]


class HelpScreen(ModalScreen[None]):
    """Formulas, properties, the vanishing gradient, and the keys; escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q,question_mark", "dismiss", "Close", tooltip="Back to the chart"),
    ]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        """Show the help with ``keys`` as the table of keys."""
        super().__init__()
        self._keys = keys

    def compose(self) -> ComposeResult:
        """The text in a scrolling panel."""
        with VerticalScroll(id="help-panel"):
            yield Markdown(help_markdown(self._keys))

    def on_mount(self) -> None:
        """Scroll with the arrows straight away."""
        self.query_one("#help-panel").focus()
