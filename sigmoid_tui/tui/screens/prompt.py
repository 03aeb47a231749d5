"""A one-line question over the app: go to which x? solve which equation?

The answer is read by a pure function that returns a value or an
:class:`~sigmoid_tui.core.invalid.Invalid`; Enter on bad text shows its message and keeps the
prompt open, Escape closes it with None.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar, Generic, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from sigmoid_tui.core.answers import Solution, read_solution, read_x
from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.view import View

__all__ = ["Prompt", "go_to_prompt", "solve_prompt"]

T = TypeVar("T")


class Prompt(ModalScreen[T | None], Generic[T]):
    """Ask for one line of text; dismiss with what ``read`` makes of it, or None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without doing anything"),
    ]

    def __init__(
        self, question: str, hint: str, read: Callable[[str], T | Invalid], *, id: str
    ) -> None:
        """Ask ``question``; ``hint`` shows in the empty input; ``read`` checks the answer."""
        super().__init__(id=id)
        self._question = question
        self._hint = hint
        self._read = read

    def compose(self) -> ComposeResult:
        """The question, the input, and a line for what is wrong."""
        with Vertical(id="prompt-panel"):
            yield Label(self._question, id="prompt-question")
            yield Input(placeholder=self._hint, id="prompt-input", validate_on=())
            yield Static("Enter: go   Esc: cancel", id="prompt-message")

    def on_mount(self) -> None:
        """Type straight away."""
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter: the answer if it reads, else say why and wait."""
        event.stop()
        result = self._read(event.value)
        if isinstance(result, Invalid):
            message = self.query_one("#prompt-message", Static)
            message.update(f"✗ {result.message}.")
            message.add_class("-error")
            self.query_one(Input).add_class("-invalid")
            return
        self.dismiss(result)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Typing again clears the last complaint."""
        event.stop()
        message = self.query_one("#prompt-message", Static)
        if message.has_class("-error"):
            message.update("Enter: go   Esc: cancel")
            message.remove_class("-error")
            self.query_one(Input).remove_class("-invalid")

    def action_cancel(self) -> None:
        """Close the prompt; nothing moves."""
        self.dismiss(None)


def go_to_prompt() -> Prompt[float]:
    """Go to which x? Any number a double holds."""
    return Prompt("Go to x:", "a number, e.g. 40 or -1e-9", read_x, id="go-to")


def solve_prompt(view: View) -> Prompt[Solution]:
    """Solve which equation? S=P, S'=Q or a bare probability, for ``view``'s k and x0."""
    hint = "S=0.99, S'=0.1, or a probability such as 0.9"
    return Prompt("Solve:", hint, partial(read_solution, view=view), id="solve")
