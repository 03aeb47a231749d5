"""The controls beside the chart: the six inputs, the mode selector and the message line.

The widget owns only what a person is typing. The view is the explorer screen's; the
controls' :attr:`Controls.view` is bound to it (``data_bind``) and never set here. Typed text
is read through :mod:`sigmoid_tui.core.fields` against that view: a valid result is asked for
with one message, :class:`Controls.ViewRequested`, and the screen decides; fields that are
wrong are marked and the message line says why. Whenever the view changes, by whatever path,
the inputs and the selector show it (unless what is typed already reads as it), so they never
disagree with the chart.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Static

from sigmoid_tui.core.fields import FIELDS, FieldProblems, field_texts, read_fields
from sigmoid_tui.core.view import Mode, View

if TYPE_CHECKING:
    from textual.widgets import Input, RadioSet

    from sigmoid_tui.tui.widgets.field_box import FieldBox


__all__ = ["Controls"]

HINT = "Esc: to the chart\nF1: help and keys"
"""What the message line says while every field is valid."""


class Controls(Vertical):
    """Inputs for the range, points, k and x0, the mode selector, and the message line."""

    class ViewRequested(Message):
        """A person typed a valid view, or chose a mode: the screen should show it."""

        def __init__(self, view: View) -> None:
            """Carry ``view`` to the screen."""
            super().__init__()
            self.view = view
            """The view asked for."""

    class Edited(Message):
        """A person typed into an input (valid or not): whatever plays the view should stop."""

    view: var[View] = var(View, init=False)
    """The view on show: bound to the explorer screen's, which owns it; never set here."""

    def __init__(self, *, id: str | None = None) -> None:
        """Controls for the screen's view; :meth:`populate` mounts the widgets."""
        super().__init__(id=id)
        self.problems: FieldProblems = {}
        """What is wrong with each field that is wrong, by field id."""
        self._pending: list[View] = []
        # Views asked for by typing and not yet shown: a person types faster than the screen
        # answers, and the answer to "1" must not overwrite the "13" typed since.

    async def populate(self) -> None:
        """Mount the inputs, the selector and the message line.

        Kept out of :meth:`compose` so that the app's first frame (the chart) waits for none of
        it: these widgets and their styles are most of the start-up work.
        """
        from textual.widgets import Label

        from sigmoid_tui.tui.widgets.field_box import FieldBox

        texts = field_texts(self.view)
        widgets: list[Widget] = [
            Vertical(
                Label(field.label, classes="field-label", id=f"{field.id}-label"),
                FieldBox(
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
        from sigmoid_tui.tui.widgets.mode_selector import ModeSelector

        widgets.append(
            Vertical(
                Label("mode", classes="field-label", id="mode-label"),
                ModeSelector(self.view.mode, id="mode"),
                id="mode-field",
            )
        )
        widgets.append(Static(HINT, id="message"))
        await self.mount_all(widgets)

    def input(self, field_id: str) -> Input:
        """One of the text inputs, by field id."""
        from textual.widgets import Input

        return self.query_one(f"#{field_id}", Input)

    def watch_view(self, view: View) -> None:
        """The screen shows a new view: so do the inputs, unless what is typed reads as it."""
        if not self.populated:
            return  # populate() shows the latest view
        if view in self._pending:
            # The echo of something typed: the inputs may already hold newer text, keep it.
            del self._pending[: self._pending.index(view) + 1]
        else:
            self._pending.clear()
            texts = {field.id: self.input(field.id).value for field in FIELDS}
            if read_fields(texts, view) != view:
                self.discard_edits()
            else:
                self._show_problems({})
        from sigmoid_tui.tui.widgets.mode_selector import ModeSelector

        self.query_one(ModeSelector).show_mode(view.mode)

    @property
    def populated(self) -> bool:
        """Whether the inputs are mounted yet."""
        return bool(self.query("#message"))

    @property
    def editing(self) -> bool:
        """Whether what the inputs hold is not (yet) the view: a bad value, or typed text on
        its way to the screen."""
        if not self.populated:
            return False
        if self.problems or self._pending:
            return True
        texts = {field.id: self.input(field.id).value for field in FIELDS}
        return read_fields(texts, self.view) != self.view

    def discard_edits(self) -> None:
        """Show the view in every input, as the screen's own change: typed text that is not
        the view (a bad value, say) goes, and so does what was said about it."""
        from textual.widgets import Input

        if not self.populated:
            return
        texts = field_texts(self.view)
        if not self.problems and all(self.input(f.id).value == texts[f.id] for f in FIELDS):
            return  # nothing typed to discard
        with self.prevent(Input.Changed):
            for field in FIELDS:
                self.input(field.id).value = texts[field.id]
        self._show_problems({})

    def on_field_box_resized(self, event: FieldBox.Resized) -> None:
        """A box laid out at another width may hide more (or less) of a long value."""
        event.stop()
        if self.populated:
            self._show_problems(self.problems)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Any input changed: read all six, mark what is wrong, pass on a new valid view."""
        event.stop()
        self.post_message(self.Edited())
        texts = {field.id: self.input(field.id).value for field in FIELDS}
        result = read_fields(texts, self.view)
        if isinstance(result, dict):
            self._show_problems(result)
            return
        self._show_problems({})
        if result != (self._pending[-1] if self._pending else self.view):
            self._pending.append(result)
            self.post_message(self.ViewRequested(result))

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """The selector moved: the same view in that mode."""
        event.stop()
        if event.pressed.id is not None and event.pressed.id != self.view.mode.value:
            self.post_message(self.ViewRequested(replace(self.view, mode=Mode(event.pressed.id))))

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
            # Unchanged text is not set again: an update lays the screen out anew, and on a
            # slow link a cursor step would carry the whole screen.
            shown = self.query_one(f"#{field.id}-label", Label)
            if str(shown.content) != label:
                shown.update(label)
            box.tooltip = f"{field.tooltip}: {box.value}" if longer else field.tooltip
            self.query_one(f"#{field.id}-row").set_class(bad, "-invalid")
            box.set_class(bad, "-invalid")
        message = self.query_one("#message", Static)
        messages = list(dict.fromkeys(problems.values()))
        said = "\n".join(f"✗ {m}." for m in messages) + "\nChart unchanged." if messages else HINT
        if str(message.content) != said:
            message.update(said)
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
