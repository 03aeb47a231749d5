"""The box of one of the controls' fields: an input that says when its width changes.

The controls mark a value longer than its box (``…`` after the label, the whole value in the
tooltip), and that depends on the box's width, which is known only once it is laid out and
changes with the terminal. Textual tells a widget of its own resize alone; this box passes it
on, so the mark never waits for some other widget's resize.
"""

from __future__ import annotations

from textual.message import Message
from textual.widgets import Input

__all__ = ["FieldBox"]


class FieldBox(Input):
    """A field's input, posting :class:`FieldBox.Resized` when laid out at another width."""

    class Resized(Message):
        """The box has another width: a long value may show whole now, or no longer."""

    def on_resize(self) -> None:
        """Tell the controls."""
        self.post_message(self.Resized())
