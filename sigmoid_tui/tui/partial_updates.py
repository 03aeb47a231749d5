"""Screen updates that carry only the cells that changed, each style sent once per run.

Textual repaints a changed region of a widget line by line, but writes each line of that
widget from the widget's left edge up to the region's right end (its ``ChopsUpdate`` leaves
"crop to x extents" to do). For the chart that means a cursor step, two changed columns,
is sent as most of the chart: 10 KB at 100x30, 32 KB at 200x60, a quarter of a second per key
over a 1 Mbit/s SSH link. Here each line is cropped to the span that changed on both sides, so
the terminal gets the same cells at the same places, and nothing else.

Textual also writes every run of text as its whole style, the text and a reset
(``ESC[38;2;…;48;2;…m`` … ``ESC[0m``), even when the next run, on this line or after a cursor
move, has the same style or only another colour: a column of blank chart cells costs 50 bytes
a cell. Here only what changes is sent (a colour, a background, an attribute turned on; a reset
first when one is turned off) and one reset at the end; a cursor move keeps the attributes, as
in every terminal, so each cell is shown in the style it had.

:func:`install` replaces ``ChopsUpdate.render_segments`` (partial updates) and
``LayoutUpdate.render_segments`` (whole frames) with :func:`render_segments` and
:func:`render_layout`; a test feeds both outputs to a terminal emulator and compares the
screens, characters and attributes, cell by cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rich.color import ColorSystem
from rich.console import Console, RenderableType
from rich.style import Style
from textual._compositor import ChopsUpdate, Compositor, LayoutUpdate
from textual.screen import Screen
from textual.strip import SGR_STYLES, Strip

__all__ = ["install", "render_layout", "render_segments", "render_update", "uninstall"]

_ORIGINAL = (ChopsUpdate.render_segments, LayoutUpdate.render_segments, Compositor.render_update)

Piece = tuple[int, int, Strip]
"""A strip to write at (x, y) on the screen."""


def _move(x: int, y: int, at: tuple[int, int] | None) -> str:
    """The shortest way to move the terminal's cursor from ``at`` (None: unknown) to (x, y):
    CUP, or relative moves (down, back, forward) when the cursor is known to be near."""
    absolute = f"\x1b[{y + 1};{x + 1}H"
    if at is None:
        return absolute
    cx, cy = at
    parts = []
    if y > cy:
        parts.append("\x1b[B" if y == cy + 1 else f"\x1b[{y - cy}B")
    elif y < cy:
        parts.append("\x1b[A" if y == cy - 1 else f"\x1b[{cy - y}A")
    if x < cx:
        parts.append("\b" * (cx - x) if cx - x <= 3 else f"\x1b[{cx - x}D")
    elif x > cx:
        parts.append("\x1b[C" if x == cx + 1 else f"\x1b[{x - cx}C")
    relative = "".join(parts)
    return relative if len(relative) < len(absolute) else absolute


Sgr = tuple[frozenset[str], str, str]
"""A style as the terminal keeps it: its attribute codes, its colour's codes and its
background's ("" for the terminal's default)."""

_PLAIN: Sgr = (frozenset(), "", "")


@lru_cache(maxsize=4096)
def _sgr(style: Style, color_system: ColorSystem) -> Sgr:
    """``style`` as attribute, colour and background codes, as Textual would write them."""
    attributes = style._attributes & style._set_attributes
    codes = frozenset(
        SGR_STYLES[bit] for bit in range(attributes.bit_length()) if attributes >> bit & 1
    )
    color = style._color
    bgcolor = style._bgcolor
    fg = ";".join(color.downgrade(color_system).get_ansi_codes()) if color is not None else ""
    bg = (
        ";".join(bgcolor.downgrade(color_system).get_ansi_codes(False))
        if bgcolor is not None
        else ""
    )
    return codes, fg, bg


_OFF = {
    "1": "22", "2": "22", "3": "23", "4": "24", "21": "24", "5": "25", "6": "25",
    "7": "27", "8": "28", "9": "29", "51": "54", "52": "54", "53": "55",
}  # fmt: skip
"""The code that turns each attribute off (22 turns off both bold and faint)."""


def _change(current: Sgr, wanted: Sgr) -> str:
    """The shortest SGR sequence that takes the terminal from ``current`` to ``wanted``: only
    what changes (an attribute turned off by its own code, e.g. 22 for bold)."""
    codes, fg, bg = wanted
    gone = current[0] - codes
    offs = {_OFF[code] for code in gone}
    # 22 turns faint off with bold (and 24 double underline with underline): keep what stays.
    kept = {code for code in codes & current[0] if _OFF[code] in offs}
    parts = sorted(offs) + sorted((codes - current[0]) | kept)
    if fg != current[1]:
        parts.append(fg or "39")
    if bg != current[2]:
        parts.append(bg or "49")
    return f"\x1b[{';'.join(parts)}m"


def render_pieces(pieces: Iterable[Piece], width: int, console: Console) -> str:
    """``pieces`` as terminal data, on a screen ``width`` cells wide: each cursor move and
    each change of style as short as it can be, one reset at the end (a hyperlink's run is
    written whole, as Textual does)."""
    color_system = console._color_system or ColorSystem.TRUECOLOR
    out: list[str] = []
    append = out.append
    current = _PLAIN  # what the terminal's attributes are now
    at: tuple[int, int] | None = None  # where its cursor is, if known
    for x, y, strip in pieces:
        if (x, y) != at:
            append(_move(x, y, at))
        for text, style, _ in strip._segments:
            if style is not None and style._link:
                if current != _PLAIN:
                    append("\x1b[0m")
                    current = _PLAIN
                append(Strip.render_style(style, text, color_system))
                continue
            wanted = _PLAIN if style is None else _sgr(style, color_system)
            if wanted != current:
                append(_change(current, wanted))
                current = wanted
            append(text)
        end = x + strip.cell_length
        # At the right edge the cursor waits to wrap, and terminals differ in what a relative
        # move does then: the next move is absolute.
        at = (end, y) if end < width else None
    if current != _PLAIN:
        append("\x1b[0m")
    return "".join(out)


_NARROW = 4
"""Pieces this wide or less (a cursor's columns) are split into their runs before sorting."""


def render_segments(self: ChopsUpdate, console: Console) -> str:
    """A partial update as terminal data: each strip cropped to the span that changed, and
    written column by column (the cursor's two columns: down one, back one, in 4 bytes)."""
    pieces: list[Piece] = []
    append = pieces.append
    chops = self.chops
    chop_ends = self.chop_ends
    for y, x1, x2 in self.spans:
        line = chops[y]
        ends = chop_ends[y]
        for end, (x, strip) in zip(ends, line.items(), strict=False):
            if strip is None or x >= x2 or end <= x1:
                continue
            start, stop = max(x, x1), min(end, x2)
            shown = strip if (start, stop) == (x, end) else strip.crop(start - x, stop - x)
            if stop - start > _NARROW:
                append((start, y, shown))
                continue
            for segment in shown:  # a few cells: each run apart, to be sorted by column
                append((start, y, Strip([segment])))
                start += segment.cell_length
    # The cells are apart: any order shows the same screen; by column, a style and the moves
    # between cells repeat least.
    pieces.sort(key=lambda piece: (piece[0], piece[1]))
    # Each line's chops run to the screen's right edge.
    width = max((max(ends) for ends in chop_ends if ends), default=0)
    return render_pieces(pieces, width, console)


def render_layout(self: LayoutUpdate, console: Console) -> str:
    """A whole frame (or a whole region) as terminal data, each style sent once per run."""
    pieces: list[Piece] = []
    for y, line in enumerate(self.strips, self.region.y):
        x = self.region.x
        for strip in line:
            pieces.append((x, y, strip))
            x += strip.cell_length
    return render_pieces(pieces, self.region.right, console)


def render_update(
    self: Compositor,
    full: bool = False,
    screen_stack: list[Screen[object]] | None = None,
    simplify: bool = False,
) -> RenderableType | None:
    """The next update for the terminal; a whole frame leaves no repaint pending.

    A widget restyled while the layout changes (the chart's frame when it takes the focus)
    keeps the regions it asked to repaint after the whole frame that painted them, and Textual
    sent them again with the next key: the first cursor step after Escape cost the whole chart.
    A whole frame for the terminal (every region dirty; a screenshot asks with ``full``, and
    sends nothing) paints every widget as it is, so what they asked for is done.
    """
    if not full and self.size.region in self._dirty_regions:
        for widget in self.visible_widgets:
            widget._repaint_regions.clear()
    return _ORIGINAL[2](self, full, screen_stack, simplify)


def install() -> None:
    """Use :func:`render_segments`, :func:`render_layout` and :func:`render_update`."""
    ChopsUpdate.render_segments = render_segments  # type: ignore[method-assign]
    LayoutUpdate.render_segments = render_layout  # type: ignore[method-assign]
    Compositor.render_update = render_update  # type: ignore[method-assign]


def uninstall() -> None:
    """Textual's own updates again (for comparing the two)."""
    chops, layout, update = _ORIGINAL
    ChopsUpdate.render_segments = chops  # type: ignore[method-assign]
    LayoutUpdate.render_segments = layout  # type: ignore[method-assign]
    Compositor.render_update = update  # type: ignore[method-assign]
