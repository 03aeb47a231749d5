"""Quitting while an export runs: wait for it, or cancel it, or go back.

The question is live: its percentage follows the export's bar, and once the export has ended
there is nothing left to wait for or cancel, so the question closes itself (the saver reports
how the export ended).
"""

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

    def __init__(self, percent: float) -> None:
        """Ask while the export has written ``percent`` (0 to 100) of its rows."""
        super().__init__(id="quit")
        self._percent = percent

    def compose(self) -> ComposeResult:
        """The question and the three answers, each with its key; short enough for 60x20."""
        with Vertical(id="quit-panel"):
            yield Label(self._question(), id="quit-question")
            with Horizontal(id="quit-buttons"):
                yield Button("w: wait, quit", id="wait", variant="primary")
                yield Button("c: cancel, quit", id="cancel", variant="error")
                yield Button("esc: back", id="back")

    def _question(self) -> str:
        return (
            f"A CSV export is under way: {self._percent:.0f}% written.\n"
            "Quit now and it is cancelled: nothing is left behind."
        )

    @property
    def question(self) -> str:
        """What the question says now, as plain text."""
        return self._question()

    def show_percent(self, percent: float) -> None:
        """The export got further: say how far."""
        self._percent = percent
        # Mounted is not yet composed: a step of the export can come in between, and the
        # question, when it is composed, says the latest percentage anyway.
        for question in self.query("#quit-question").results(Label):
            question.update(self._question())

    def export_ended(self) -> None:
        """Nothing runs any more: nothing to wait for or cancel, so the question goes."""
        if self.is_current:
            self.dismiss("back")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button: its answer."""
        self.dismiss(event.button.id or "back")

    def action_choose(self, answer: str) -> None:
        """A key: its answer."""
        self.dismiss(answer)
