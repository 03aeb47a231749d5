"""The view in words: a screen of plain text, for a screen reader or a ticket."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

__all__ = ["DescribeScreen"]


class DescribeScreen(ModalScreen[None]):
    """The sentences of :func:`sigmoid_tui.core.words.describe`; escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,i,q", "dismiss", "Close", tooltip="Back to the chart"),
    ]

    def __init__(self, text: str) -> None:
        """Show ``text``."""
        super().__init__()
        self.text = text
        """What the screen says, as plain text."""

    def compose(self) -> ComposeResult:
        """The text in a framed, scrolling panel: a sentence a paragraph."""
        with VerticalScroll(id="describe-panel") as panel:
            panel.border_title = "The view in words"
            paragraphs = "\n\n".join(line for line in self.text.splitlines() if line)
            yield Static(paragraphs, id="describe-text", markup=False)
            yield Static("Escape: back to the chart", id="describe-hint")

    def on_mount(self) -> None:
        """Scroll with the arrows straight away."""
        self.query_one("#describe-panel").focus()
