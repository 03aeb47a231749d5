"""Quick answers on the explorer's screen: go to an x, solve for a value, bookmarks, the
command for this view, the view in words.

What each answer is comes from the core (:mod:`sigmoid_tui.core.answers`,
:mod:`sigmoid_tui.core.view_command`, :mod:`sigmoid_tui.core.words`); here it is asked for
and shown. Every move ends in the screen's one path (:meth:`ExplorerScreen.go`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from sigmoid_tui.core import navigation
from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.parsing import format_number

if TYPE_CHECKING:
    from sigmoid_tui.core.answers import Solution
    from sigmoid_tui.tui.explorer_screen import ExplorerScreen

__all__ = ["Answer", "QuickAnswers"]

Answer = Literal["go_to", "solve", "bookmark", "copy_command", "describe"]
"""The answers by name, as the keys ask for them (``answer('go_to')``)."""


class QuickAnswers:
    """The answers ``g``, ``/``, ``b``, ``y`` and ``i`` give, on the screen they serve."""

    def __init__(self, screen: ExplorerScreen) -> None:
        """Answer on ``screen``: it owns the view and the cursor."""
        self._screen = screen

    def go_to(self) -> None:
        """Ask for an x and put the cursor exactly there, moving the range if need be."""
        from sigmoid_tui.tui.screens.prompt import go_to_prompt

        screen = self._screen

        def went(x: float | None) -> None:
            if x is not None:
                screen.show_table = False
                screen.go(navigation.go_to(screen.view, x))

        screen.app.push_screen(go_to_prompt(), went)

    def solve(self) -> None:
        """Ask for S=P or S'=Q and put the cursor on the solution nearer to it."""
        from sigmoid_tui.tui.screens.prompt import solve_prompt

        screen = self._screen

        def solved(answer: Solution | None) -> None:
            if answer is not None:
                root = answer.nearest(screen.cursor)
                screen.show_table = False
                screen.go(navigation.go_to(screen.view, root))
                screen.say(answer.say(root))

        screen.app.push_screen(solve_prompt(screen.view), solved)

    def bookmark(self) -> None:
        """Bookmark the cursor's x, or remove the bookmark that is there."""
        from sigmoid_tui.core.answers import toggle_bookmark

        screen = self._screen
        marks = toggle_bookmark(screen.bookmarks, screen.cursor)
        if isinstance(marks, Invalid):
            screen.say(f"{marks.message}.", error=True)
            return
        added = len(marks) > len(screen.bookmarks)
        screen.bookmarks = marks
        x = format_number(screen.cursor)
        screen.say(f"Bookmarked x = {x} (t: table)" if added else f"Bookmark at x = {x} removed")

    def copy_command(self) -> None:
        """The command line that reopens this view, on the clipboard (OSC 52) and on screen."""
        from sigmoid_tui.core.view_command import Shown, view_command

        screen = self._screen
        command = view_command(
            Shown(screen.view, screen.cursor, log_y=screen.log_y, show_points=screen.show_points)
        )
        screen.app.copy_to_clipboard(command)
        # Not every terminal passes OSC 52 on: the command is shown whole, to copy by hand.
        screen.app.notify(command, title="Copied the command for this view", timeout=30)
        screen.say(f"Copied: {command}")

    def describe(self) -> None:
        """The view in a few plain sentences, on a screen of text (a screen reader reads it)."""
        from sigmoid_tui.core.words import describe
        from sigmoid_tui.tui.screens.describe import DescribeScreen

        self._screen.app.push_screen(DescribeScreen(describe(self._screen.view)))
