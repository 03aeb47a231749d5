"""Quitting while an export runs: wait for it, or cancel it, or go back."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

__all__ = ["QuitScreen"]


class QuitScreen(ModalScreen[str]):
    """Ask what to do with the running export; dismiss with "wait", "cancel" or "back"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "choose('wait')", "Wait", tooltip="Quit once the export is complete"),
        Binding("c", "choose('cancel')", "Cancel export", tooltip="Stop it, remove it, quit"),
        Binding("escape", "choose('back')", "Back", tooltip="Keep exploring"),
    ]

    def __init__(self, what: str) -> None:
        """``what`` says which export runs and how far it has got."""
        super().__init__(id="quit")
        self._what = what

    def compose(self) -> ComposeResult:
        """The question and the three answers, each with its key."""
        with Vertical(id="quit-panel"):
            yield Label(f"{self._what}\nQuit now and it is cancelled: nothing is left behind.")
            with Horizontal(id="quit-buttons"):
                yield Button("w: wait, then quit", id="wait", variant="primary")
                yield Button("c: cancel it and quit", id="cancel", variant="error")
                yield Button("esc: back", id="back")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button: its answer."""
        self.dismiss(event.button.id or "back")

    def action_choose(self, answer: str) -> None:
        """A key: its answer."""
        self.dismiss(answer)
