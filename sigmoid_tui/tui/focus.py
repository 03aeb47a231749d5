"""Keeping the focus through a terminal that was too small: hiding the layout loses it.

Below the smallest size the screen hides its widgets (see the breakpoints in the stylesheet),
and Textual drops the focus of a hidden widget. The keeper remembers the last focused widget
and gives the focus back once the layout shows again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.screen import Screen
from textual.widget import Widget

__all__ = ["FocusKeeper"]


class FocusKeeper:
    """Remembers where the focus was on ``screen``; :meth:`restore` brings it back."""

    def __init__(
        self, screen: Screen[Any], shown: Callable[[], bool], on_restored: Callable[[], None]
    ) -> None:
        """``shown`` says whether the layout is on show; ``on_restored`` runs after a restore."""
        self._screen = screen
        self._shown = shown
        self._on_restored = on_restored
        self._last: Widget | None = None

    def remember(self) -> None:
        """Note the widget that has focus now."""
        if self._screen.focused is not None:
            self._last = self._screen.focused

    def restore(self, tries: int = 10) -> None:
        """Give the focus back to the remembered widget, once the layout is on show again."""
        last = self._last
        if self._screen.focused is not None or last is None or not last.is_attached:
            return
        if not self._shown():
            # The breakpoints restyle the screen some frames after the resize: look again.
            if tries:
                self._screen.set_timer(0.05, lambda: self.restore(tries - 1))
            return
        last.focus()
        self._on_restored()
