"""The command line that reopens a view: what "Copy the command for this view" puts on the
clipboard, so that a colleague sees exactly the same chart, cursor and readout.

Only what differs from the defaults is written, numbers in their shortest round-trip form
(:func:`.parsing.format_number`), so the command is short and every double comes back bit for
bit. The marker, the theme and the hidden controls are left out: they are a person's own
settings (:mod:`.settings`), not part of what is shown. Nothing here imports Textual.
"""

from __future__ import annotations

import shlex

from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.navigation import home
from sigmoid_tui.core.parsing import format_number
from sigmoid_tui.core.view import (
    DEFAULT_POINTS,
    DEFAULT_SHIFT,
    DEFAULT_STEEPNESS,
    DEFAULT_WEIGHT,
    DEFAULT_X_MAX,
    DEFAULT_X_MIN,
    Mode,
    View,
)

__all__ = ["PROGRAM", "Shown", "view_arguments", "view_command"]

PROGRAM = "sigmoid-tui"
"""The command's name, as a person types it."""


@frozen
class Shown:
    """What the explorer shows: the view, where the cursor is, and the two chart toggles."""

    view: View
    """The inputs and the mode (and the depth and weight in compare mode)."""
    cursor: float
    """The cursor's x, inside the view's range."""
    log_y: bool = False
    """Whether the y axis is logarithmic (``--log``)."""
    show_points: bool = False
    """Whether the points of interest are marked (``--show-points``)."""


def view_arguments(shown: Shown) -> list[str]:
    """The options that reopen ``shown``, defaults left out, in the order ``--help`` lists."""
    view = shown.view
    args: list[str] = []
    if (view.x_min, view.x_max) != (DEFAULT_X_MIN, DEFAULT_X_MAX):
        args += ["--range", format_number(view.x_min), format_number(view.x_max)]
    if view.points != DEFAULT_POINTS:
        args += ["--points", str(view.points)]
    if view.steepness != DEFAULT_STEEPNESS:
        args += ["--steepness", format_number(view.steepness)]
    if view.shift != DEFAULT_SHIFT:
        args += ["--shift", format_number(view.shift)]
    if view.mode is not Mode.BOTH:
        args += ["--mode", view.mode.value]
    if view.mode is Mode.COMPARE and view.depth != 1:
        args += ["--depth", str(view.depth)]
    if view.mode is Mode.COMPARE and view.weight != DEFAULT_WEIGHT:
        args += ["--weight", format_number(view.weight)]
    if shown.log_y:
        args.append("--log")
    if shown.show_points:
        args.append("--show-points")
    # The cursor starts at the inflection point (or mid-range): say where only when elsewhere.
    # Shortest round-trip forms are equal exactly when the doubles are (-0 and 0 differ).
    if format_number(shown.cursor) != format_number(home(view)):
        args += ["--cursor", format_number(shown.cursor)]
    return args


def view_command(shown: Shown) -> str:
    """The whole command line, quoted for a POSIX shell: ``sigmoid-tui --range -5 5 …``."""
    return shlex.join([PROGRAM, *view_arguments(shown)])
