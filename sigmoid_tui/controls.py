"""The controls beside the chart: the five inputs, the mode selector and the message line.

The widget owns what a person types: it reads the inputs through :mod:`.fields`, marks the
fields that are wrong and says why, lights the label of the control that has focus, and tells
the app about each new valid view with one message, :class:`Controls.ViewChanged`. The app
shows a view here with :meth:`Controls.show_view` (zoom, pan, reset) without the inputs
echoing a change back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from .fields import FIELDS, FieldProblems, field_texts, read_fields
from .view import Mode, View

if TYPE_CHECKING:
    from textual.widgets import Input, RadioSet

__all__ = ["Controls"]

HINT = "Esc: to the chart\nF1: help and keys"
"""What the message line says while every field is valid."""


class Controls(Vertical):
    """Inputs for the range, points, k and x0, the mode selector, and the message line."""

    class ViewChanged(Message):
        """What the controls hold is a new valid view."""

        def __init__(self, view: View) -> None:
            """Carry ``view`` to the app."""
            super().__init__()
            self.view = view
            """The view the controls now hold."""

    def __init__(self, view: View, *, id: str | None = None) -> None:
        """Controls that will show ``view``; :meth:`populate` mounts the widgets."""
        super().__init__(id=id)
        self._view = view
        self.problems: FieldProblems = {}
        """What is wrong with each field that is wrong, by field id."""

    @property
    def view(self) -> View:
        """The last valid view the controls held."""
        return self._view

    async def populate(self) -> None:
        """Mount the inputs, the selector and the message line.

        Kept out of :meth:`compose` so that the app's first frame (the chart) waits for none of
        it: these widgets and their styles are most of the start-up work.
        """
        from textual.widgets import Input, Label, RadioButton, RadioSet

        texts = field_texts(self._view)
        widgets: list[Widget] = [
            Vertical(
                Label(field.label, classes="field-label", id=f"{field.id}-label"),
                Input(
                    texts[field.id],
                    id=field.id,
                    compact=True,
                    select_on_focus=False,
                    tooltip=field.tooltip,
                    # The fields are checked together (x min < x max) by read_fields, which
                    # sets -invalid; Textual's own check on blur would clear it.
                    validate_on=(),
                ),
                classes="field",
                id=f"{field.id}-row",
            )
            for field in FIELDS
        ]
        buttons = [RadioButton(m.label, value=m is self._view.mode, id=m.value) for m in Mode]
        widgets.append(
            Vertical(
                Label("mode", classes="field-label", id="mode-label"),
                RadioSet(*buttons, id="mode", compact=True),
                id="mode-field",
            )
        )
        widgets.append(Static(HINT, id="message"))
        await self.mount_all(widgets)

    def input(self, field_id: str) -> Input:
        """One of the text inputs, by field id."""
        from textual.widgets import Input

        return self.query_one(f"#{field_id}", Input)

    def show_view(self, view: View) -> None:
        """Show ``view`` in every control, as the app's own change: no ViewChanged comes back."""
        from textual.widgets import Input, RadioButton, RadioSet

        self._view = view
        if not self.query("#message"):
            return  # not populated yet: populate() shows the latest view
        texts = field_texts(view)
        with self.prevent(Input.Changed, RadioSet.Changed, RadioButton.Changed):
            for field in FIELDS:
                self.input(field.id).value = texts[field.id]
            self.query_one(f"#{view.mode.value}", RadioButton).value = True
        self._show_problems({})

    def on_resize(self) -> None:
        """A new width may hide more (or less) of a long value."""
        if self.query("#message"):
            self._show_problems(self.problems)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Any input changed: read all five, mark what is wrong, pass on a new valid view."""
        event.stop()
        texts = {field.id: self.input(field.id).value for field in FIELDS}
        result = read_fields(texts, self._view)
        if isinstance(result, dict):
            self._show_problems(result)
            return
        self._show_problems({})
        self._apply(result)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """The selector moved: the same view in that mode."""
        event.stop()
        if event.pressed.id is not None:
            self._apply(replace(self._view, mode=Mode(event.pressed.id)))

    def _apply(self, view: View) -> None:
        if view != self._view:
            self._view = view
            self.post_message(self.ViewChanged(view))

    def _show_problems(self, problems: FieldProblems) -> None:
        """Mark the bad fields and say what is wrong with them, or show the hint.

        A field is marked by its label (``✗`` and reverse video) as well as by colour, so that
        it shows on a 16-colour terminal and without colour; a value longer than its box gets
        ``…`` after its label and the whole value in its tooltip.
        """
        from textual.widgets import Label

        self.problems = problems
        for field in FIELDS:
            box = self.input(field.id)
            bad = field.id in problems
            longer = box.content_size.width > 0 and len(box.value) >= box.content_size.width
            label = field.label + (" ✗" if bad else "") + (" …" if longer else "")
            self.query_one(f"#{field.id}-label", Label).update(label)
            box.tooltip = f"{field.tooltip}: {box.value}" if longer else field.tooltip
            self.query_one(f"#{field.id}-row").set_class(bad, "-invalid")
            box.set_class(bad, "-invalid")
        message = self.query_one("#message", Static)
        messages = list(dict.fromkeys(problems.values()))
        if messages:
            message.update("\n".join(f"✗ {m}." for m in messages) + "\nChart unchanged.")
        else:
            message.update(HINT)
        message.set_class(bool(messages), "-error")

    def on_descendant_focus(self) -> None:
        """Light up the label of the control that has focus."""
        self.mark_focused()

    def on_descendant_blur(self) -> None:
        """Dim it again when focus leaves."""
        self.mark_focused()

    def mark_focused(self) -> None:
        """Set ``-focused`` on the row that holds the focused widget, and on no other.

        A class, not ``:focus-within``: Textual restyles a row's label when the row's classes
        change, but not when focus moves inside it.
        """
        focused = self.app.focused
        for row in self.query(".field, #mode-field"):
            row.set_class(focused is not None and row in focused.ancestors_with_self, "-focused")
