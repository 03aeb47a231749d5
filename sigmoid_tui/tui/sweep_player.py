"""The sweep player: plays, pauses and stops a sweep (``a``) on the explorer's screen.

The sweep itself, its values and its words, are pure (:mod:`sigmoid_tui.core.sweep`). The
player only keeps time: a timer asks for a frame twelve times a second and each frame is shown
through the screen's one path (:meth:`ExplorerScreen.go_to_view`), so a sweep changes the view
exactly as typing would. Between frames the event loop is free for keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from textual.timer import Timer

from sigmoid_tui.core.view import View

if TYPE_CHECKING:
    from sigmoid_tui.core.sweep import Sweep

__all__ = ["Stage", "SweepPlayer"]


class Stage(Protocol):
    """What the player needs of the screen it plays on."""

    @property
    def view(self) -> View:
        """The view shown now."""
        ...

    def go_to_view(self, view: View) -> None:
        """Show ``view`` through the one path."""
        ...

    def say(self, text: str, *, error: bool = False) -> None:
        """Show a short message under the chart."""
        ...

    def set_interval(self, interval: float, callback: Callable[[], None], *, name: str) -> Timer:
        """Call ``callback`` every ``interval`` seconds (Textual's own timer)."""
        ...


class SweepPlayer:
    """One sweep at a time: playing, paused, or none."""

    def __init__(self, stage: Stage, editing: Callable[[], bool]) -> None:
        """Play on ``stage``; ``editing`` tells whether a person is typing an edit now."""
        self._stage = stage
        self._editing = editing
        self.sweep: Sweep | None = None
        """The sweep under way or paused, None when there is none."""
        self._timer: Timer | None = None
        self._in_frame = False

    @property
    def playing(self) -> bool:
        """Whether a sweep is playing now (not paused, not stopped)."""
        return self._timer is not None

    @property
    def in_frame(self) -> bool:
        """Whether the change of view under way is a frame of the sweep (it must not stop it)."""
        return self._in_frame

    def toggle(self) -> None:
        """Play a sweep; again: pause; again: go on.

        A paused sweep goes on from its frame if the view still shows it, else a new one starts
        from the view's own value.
        """
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
            if self.sweep is not None:
                self._stage.say(self.sweep.say(paused=True))
            return
        from sigmoid_tui.core.sweep import FRAME_SECONDS, start_sweep

        view = self._stage.view
        if self.sweep is None or not self.sweep.holds(view):
            self.sweep = start_sweep(view)
        self._stage.say(self.sweep.say())
        self._timer = self._stage.set_interval(FRAME_SECONDS, self._frame, name="sweep")

    def _frame(self) -> None:
        """The next frame: the swept value one step on, shown through the one path."""
        if self.sweep is None:
            return
        if self._editing():
            # A key typed between frames whose Edited message has not arrived yet: the frame
            # would overwrite it, so the edit wins, as any edit does.
            self.stop()
            return
        sweep = self.sweep.next()
        self.sweep = sweep
        self._in_frame = True
        try:
            self._stage.go_to_view(sweep.apply(self._stage.view))
        finally:
            self._in_frame = False
        self._stage.say(sweep.say())

    def stop(self) -> bool:
        """End the sweep (playing or paused) and say so; the view keeps the value it reached.
        Whether there was one to end."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.sweep is None:
            return False
        self.sweep = None
        self._stage.say("Sweep stopped.")
        return True
