"""``--print``'s colours for terminals that lack 24-bit colour: each of the chart's RGB codes
turned into the nearest of xterm's 256 colours, or into one of the 16 ANSI colours by hue."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sigmoid_tui.chart.style import (
    CURSOR_COLOR,
    DERIVATIVE_COLOR,
    MARK_COLOR,
    RELU_COLOR,
    SIGMOID_COLOR,
    TANH_COLOR,
)

__all__ = ["ANSI_16", "SIXTEEN_ON_DARK", "SIXTEEN_ON_LIGHT", "reduce_colors", "snap_to_sixteen"]


_RGB = re.compile(r"\x1b\[([34])8;2;(\d+);(\d+);(\d+)m")
"""A 24-bit foreground (3) or background (4) colour code, as plotext writes them."""

_LEVELS = (0, 95, 135, 175, 215, 255)
"""The steps of xterm's 6x6x6 colour cube (colours 16 to 231)."""

ANSI_16 = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
)  # fmt: skip
"""xterm's default 16 colours: 0-7 normal, 8-15 bright."""

_NAMED_16 = {
    SIGMOID_COLOR: 4,
    DERIVATIVE_COLOR: 3,
    CURSOR_COLOR: 2,
    MARK_COLOR: 8,
    TANH_COLOR: 1,
    RELU_COLOR: 5,
}
"""Our own colours in 16 for ``--print``: by hue, not distance (the article's blue is nearer
cyan); the sigmoid's derivative (yellow) and tanh's (red) stay apart in compare mode."""

SIXTEEN_ON_DARK = {
    SIGMOID_COLOR: 12,
    DERIVATIVE_COLOR: 11,
    CURSOR_COLOR: 10,
    MARK_COLOR: 7,
    TANH_COLOR: 9,
    RELU_COLOR: 13,
}
"""The app's colours in 16 on a dark background: the bright ones, which read on black (plain
blue is about 2:1 there), each curve of compare mode a hue of its own."""

SIXTEEN_ON_LIGHT = {
    SIGMOID_COLOR: 4,
    DERIVATIVE_COLOR: 1,
    CURSOR_COLOR: 2,
    MARK_COLOR: 8,
    TANH_COLOR: 5,
    RELU_COLOR: 4,
}
"""The app's colours in 16 on a light background: the dark ones (yellow on white is 1.5:1);
compare mode's three (red, magenta, blue) apart."""


def _nearest(rgb: tuple[int, int, int], palette: list[tuple[int, tuple[int, int, int]]]) -> int:
    return min(
        palette, key=lambda item: sum((a - b) ** 2 for a, b in zip(item[1], rgb, strict=True))
    )[0]


_XTERM_256 = [
    (16 + 36 * r + 6 * g + b, (_LEVELS[r], _LEVELS[g], _LEVELS[b]))
    for r in range(6)
    for g in range(6)
    for b in range(6)
] + [(232 + i, (8 + 10 * i,) * 3) for i in range(24)]


def reduce_colors(text: str, colors: int) -> str:
    """``text`` with its 24-bit colour codes turned into the nearest of 256 or 16 colours.

    For terminals that do not understand 24-bit codes (``TERM=xterm`` without COLORTERM, the
    Linux console): each colour becomes the nearest xterm palette entry, so the sigmoid stays
    blue and the derivative orange-ish.
    """
    if colors not in (16, 256):
        raise ValueError(f"colors must be 16 or 256, not {colors}")

    def replace(match: re.Match[str]) -> str:
        layer = match.group(1)  # 3: foreground, 4: background
        rgb = (int(match.group(2)), int(match.group(3)), int(match.group(4)))
        if colors == 256:
            return f"\x1b[{layer}8;5;{_nearest(rgb, _XTERM_256)}m"
        index = _NAMED_16.get(rgb)
        if index is None:
            index = _nearest(rgb, list(enumerate(ANSI_16)))
        base = (30 if layer == "3" else 40) if index < 8 else (90 if layer == "3" else 100)
        return f"\x1b[{base + index % 8}m"

    return _RGB.sub(replace, text)


def snap_to_sixteen(text: str, palette: Sequence[tuple[int, int, int]], *, dark: bool) -> str:
    """``text`` with each of our 24-bit colours replaced by ``palette``'s entry for the ANSI
    colour chosen for it (:data:`SIXTEEN_ON_DARK` or :data:`SIXTEEN_ON_LIGHT`).

    For the app on a 16-colour terminal: Textual reduces 24-bit colours to 16 by distance, which
    made the sigmoid's orange derivative and tanh's red both red. Given the very colour the
    terminal layer maps each index from (``palette``), each curve lands on the index chosen for
    it, by hue and background, not by distance.
    """
    chosen = SIXTEEN_ON_DARK if dark else SIXTEEN_ON_LIGHT

    def replace(match: re.Match[str]) -> str:
        rgb = (int(match.group(2)), int(match.group(3)), int(match.group(4)))
        index = chosen.get(rgb)
        if index is None:
            return match.group(0)
        r, g, b = palette[index]
        return f"\x1b[{match.group(1)}8;2;{r};{g};{b}m"

    return _RGB.sub(replace, text)
