"""Partial screen updates that carry only the cells that changed.

Textual repaints a changed region of a widget line by line, but writes each line of that
widget from the widget's left edge up to the region's right end (its ``ChopsUpdate`` leaves
"crop to x extents" to do). For the chart that means a cursor step, two changed columns,
is sent as most of the chart: 10 KB at 100x30, 32 KB at 200x60, a quarter of a second per key
over a 1 Mbit/s SSH link. Here each line is cropped to the span that changed on both sides, so
the terminal gets the same cells at the same places, and nothing else.

:func:`install` replaces ``ChopsUpdate.render_segments`` with :func:`render_segments`; the
output is what Textual would write, less what was already on the screen (a test compares the
screens both produce).
"""

from __future__ import annotations

from rich.console import Console
from rich.control import Control
from textual._compositor import ChopsUpdate

__all__ = ["install", "render_segments"]

_ORIGINAL = ChopsUpdate.render_segments


def render_segments(self: ChopsUpdate, console: Console) -> str:
    """The update as terminal data: each strip cropped to the span that needs repainting."""
    sequences: list[str] = []
    append = sequences.append
    chops = self.chops
    chop_ends = self.chop_ends
    last_y = self.spans[-1][0]
    for y, x1, x2 in self.spans:
        line = chops[y]
        ends = chop_ends[y]
        for end, (x, strip) in zip(ends, line.items(), strict=False):
            if strip is None or x >= x2 or end <= x1:
                continue
            start, stop = max(x, x1), min(end, x2)
            shown = strip if (start, stop) == (x, end) else strip.crop(start - x, stop - x)
            append(Control.move_to(start, y).segment.text)
            append(shown.render(console))
        if y != last_y:
            append("\n")
    return "".join(sequences)


def install() -> None:
    """Use :func:`render_segments` for every partial update from now on."""
    ChopsUpdate.render_segments = render_segments  # type: ignore[method-assign]


def uninstall() -> None:
    """Textual's own partial updates again (for comparing the two)."""
    ChopsUpdate.render_segments = _ORIGINAL  # type: ignore[method-assign]
