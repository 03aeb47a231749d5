"""The smallest terminal the explorer fits, and what it shows and allows below it.

Below :data:`MIN_WIDTH` x :data:`MIN_HEIGHT` the screen shows only a notice (the app's
breakpoints set ``-narrow`` / ``-short`` on it), and no key acts behind it but quitting and
ctrl+z: a mode changed there would change unseen.
"""

from __future__ import annotations

from textual.dom import DOMNode
from textual.widgets import Static

__all__ = ["ALWAYS_ALLOWED", "MIN_HEIGHT", "MIN_WIDTH", "TooSmall", "is_too_small"]

MIN_WIDTH = 60
"""Narrower than this, the controls and a readable chart do not fit side by side."""
MIN_HEIGHT = 20
"""Shorter than this, the inputs and the mode selector do not fit above the footer."""
ALWAYS_ALLOWED = frozenset({"quit", "app.quit", "suspend_process", "app.suspend_process"})
"""The actions a key still does while the terminal is too small: leaving, and ctrl+z."""


class TooSmall(Static):
    """The notice shown in place of everything while the terminal is too small."""

    def __init__(self) -> None:
        """The notice, saying the size needed."""
        super().__init__(
            f"Terminal too small.\nsigmoid-tui needs {MIN_WIDTH}x{MIN_HEIGHT}.", id="too-small"
        )


def is_too_small(screen: DOMNode) -> bool:
    """Whether ``screen`` is below the smallest usable size and shows only the notice."""
    return screen.has_class("-narrow") or screen.has_class("-short")
