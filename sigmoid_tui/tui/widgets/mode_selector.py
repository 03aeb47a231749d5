"""The mode selector: a radio set that always lights exactly the mode on show.

Textual's RadioSet keeps its buttons consistent only through the buttons' own change messages,
and starts its highlight on the first button whatever is pressed. The screen changes the mode
from outside (``m``, ``r``, a view sent on the command line), so here one method sets every
button at once, and focus always enters on the pressed button, so that Space keeps the mode
rather than picking Sigmoid.
"""

from __future__ import annotations

from textual.content import Content
from textual.events import Focus
from textual.widgets import RadioButton, RadioSet

from sigmoid_tui.core.view import Mode

__all__ = ["ModeButton", "ModeSelector"]

ON = "●"
"""The pressed button's glyph."""
OFF = "○"
"""Every other button's: the mode on show reads without colour (NO_COLOR, 16 colours)."""


class ModeButton(RadioButton):
    """A radio button whose glyph, not only its colour, says whether it is pressed."""

    def render(self) -> Content:
        """● when pressed, ○ when not; the label bold when pressed (the stylesheet's -on).

        Under NO_COLOR the dot stands between blanks: the half blocks either side of it round
        its patch in the patch's own colour, which NO_COLOR takes away, and under an ANSI
        theme they showed as two bars in the text colour (white on a black terminal).
        """
        self.BUTTON_INNER = ON if self.value else OFF
        if self.app.no_color:
            self.BUTTON_LEFT = self.BUTTON_RIGHT = " "
        return super().render()


class ModeSelector(RadioSet):
    """One radio button per mode; exactly one is on, and it is the mode on show."""

    def __init__(self, mode: Mode, *, id: str | None = None) -> None:
        """Buttons for every mode, ``mode`` pressed."""
        buttons = [ModeButton(m.label, value=m is mode, id=m.value) for m in Mode]
        super().__init__(*buttons, id=id, compact=True)
        self._mode = mode

    def on_mount(self) -> None:
        """Highlight the pressed button, not the first (RadioSet's own mount picks the first)."""
        self.show_mode(self._mode)

    def show_mode(self, mode: Mode) -> None:
        """Press ``mode``'s button and release every other, without a change message."""
        self._mode = mode
        buttons = list(self.query(RadioButton))
        with self.prevent(RadioButton.Changed, RadioSet.Changed):
            for button in buttons:
                button.value = button.id == mode.value
        pressed = next((b for b in buttons if b.id == mode.value), None)
        # RadioSet keeps the pressed button and the highlight in these two attributes; they are
        # set here as its own handlers set them, so that the next arrow or Space starts from
        # the mode on show.
        self._pressed_button = pressed
        if pressed is not None:
            self._selected = buttons.index(pressed)

    def _on_focus(self, event: Focus) -> None:
        """Focus enters on the pressed button."""
        self.show_mode(self._mode)
