"""What the terminal can show ``--print``: its size, and its colours (none, 16, 256, 24-bit);
and whether there is a terminal for the explorer at all."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from enum import Enum

__all__ = [
    "DEFAULT_PIPE_SIZE",
    "Color",
    "Palette",
    "palette",
    "print_size",
    "why_no_terminal",
]

DEFAULT_PIPE_SIZE = (100, 30)
"""Chart size in cells when stdout is not a terminal."""


class Color(str, Enum):
    """When ``--print`` uses colour."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class Palette(str, Enum):
    """The colours a terminal can show, as ``--print`` writes them."""

    NONE = "none"
    COLORS_16 = "16"
    COLORS_256 = "256"
    TRUECOLOR = "truecolor"


def print_size(width: int | None, height: int | None, stdout_is_tty: bool) -> tuple[int, int]:
    """The ``--print`` chart's size: ``width`` and ``height`` as asked, else the
    terminal's, else 100x30."""
    default = DEFAULT_PIPE_SIZE
    if stdout_is_tty:
        try:
            columns, lines = os.get_terminal_size(sys.stdout.fileno())
            # One line fewer than the terminal, so the prompt after it leaves it all on show.
            default = (max(columns, 1), max(lines - 1, 1))
        except (OSError, ValueError):
            pass
    return (width or default[0], height or default[1])


def palette(color: Color, stdout_is_tty: bool, environ: Mapping[str, str] | None = None) -> Palette:
    """The colours ``--print`` may use: what the terminal can show, or none.

    auto: none into a pipe, with NO_COLOR, or on a terminal without colour (TERM unset,
    ``dumb``, ``unknown``, or a VT100-style ``vt…``); else 24-bit with COLORTERM
    truecolor or 24bit, 256 colours where TERM says ``256color``, else the 16 ANSI
    colours. always: the same, but 24-bit where TERM says nothing of use.
    """
    if color is Color.NEVER:
        return Palette.NONE
    env = os.environ if environ is None else environ
    if color is Color.AUTO and (not stdout_is_tty or env.get("NO_COLOR")):
        return Palette.NONE
    term = env.get("TERM", "").lower()
    if env.get("COLORTERM", "").lower() in ("truecolor", "24bit"):
        return Palette.TRUECOLOR
    if term in ("", "dumb", "unknown") or term.startswith("vt"):
        return Palette.NONE if color is Color.AUTO else Palette.TRUECOLOR
    if "256color" in term:
        return Palette.COLORS_256
    return Palette.COLORS_16


def why_no_terminal(
    stdin_is_tty: bool, stderr_is_tty: bool, environ: Mapping[str, str]
) -> str | None:
    """Why the explorer cannot run here, or None where it can.

    It reads its keys from stdin and draws on stderr (as Textual does, so that stdout can be
    redirected), and both must be a terminal: with stdin from a file it would wait for keys that
    never come, and with stderr into a pipe it repaints for ever at a size it cannot know. A
    browser tab (``--serve``'s, TEXTUAL_DRIVER set) brings its own driver and needs neither.
    """
    if environ.get("TEXTUAL_DRIVER"):
        return None
    missing = [
        name for name, is_tty in (("stdin", stdin_is_tty), ("stderr", stderr_is_tty)) if not is_tty
    ]
    if not missing:
        return None
    streams = "neither stdin nor stderr is" if len(missing) > 1 else f"{missing[0]} is not"
    return (
        f"the explorer needs a terminal: it reads keys from stdin and draws on stderr, and "
        f"{streams} one. In a pipe or a script use --print for the chart, --csv for the "
        f"values, or --describe, --at or --solve"
    )
