"""The screen as a terminal of 16, 256 or 16 million colours shows it, for measuring contrast.

Textual composes the screen in 24-bit colour and Rich reduces each colour to the terminal's
depth on the way out; here the same reduction is applied to the composed screen, and each
resulting colour is read back as xterm draws it (its default palette), so that the contrast
measured is the contrast a person sees in a real xterm.
"""

from __future__ import annotations

from rich.color import Color as RichColor
from rich.color import ColorSystem, ColorType
from rich.segment import Segment

from sigmoid_tui.chart.print_colors import ANSI_16
from sigmoid_tui.tui.app import SigmoidApp

DEPTHS = {16: ColorSystem.STANDARD, 256: ColorSystem.EIGHT_BIT, 2**24: ColorSystem.TRUECOLOR}
"""Colour depths, by the number of colours, and Rich's name for each."""

_CUBE = (0, 95, 135, 175, 215, 255)


def xterm_rgb(color: RichColor, depth: int) -> tuple[int, int, int]:
    """``color`` reduced to ``depth`` colours, as xterm draws it."""
    reduced = color.downgrade(DEPTHS[depth])
    if reduced.type in (ColorType.TRUECOLOR,) and reduced.triplet is not None:
        return (reduced.triplet.red, reduced.triplet.green, reduced.triplet.blue)
    number = reduced.number
    assert number is not None, color
    if number < 16:
        return ANSI_16[number]
    if number < 232:
        n = number - 16
        return (_CUBE[n // 36], _CUBE[n // 6 % 6], _CUBE[n % 6])
    grey = 8 + 10 * (number - 232)
    return (grey, grey, grey)


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(rgb: tuple[int, int, int]) -> float:
        def channel(value: int) -> float:
            v = value / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(v) for v in rgb)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_contrasts(app: SigmoidApp, depth: int) -> list[tuple[float, str, int, int]]:
    """Every run of letters or digits on the screen: its contrast at ``depth`` colours against
    its own background, the text, and where it is (line, column); lowest first.

    A terminal default colour (the ANSI themes) is read as xterm's: white text on black for a
    dark theme, black on white for a light one.
    """
    dark = app.current_theme.dark
    default_fg, default_bg = (ANSI_16[7], ANSI_16[0]) if dark else (ANSI_16[0], ANSI_16[15])
    found: list[tuple[float, str, int, int]] = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        x = 0
        for text, style, _ in strip:
            width = Segment(text).cell_length
            if style is not None and any(c.isalnum() for c in text):
                fg = default_fg if style.color is None or style.color.is_default else None
                bg = default_bg if style.bgcolor is None or style.bgcolor.is_default else None
                fg = fg or xterm_rgb(style.color, depth)  # type: ignore[arg-type]
                bg = bg or xterm_rgb(style.bgcolor, depth)  # type: ignore[arg-type]
                if style.reverse:
                    fg, bg = bg, fg
                found.append((contrast(fg, bg), text.strip(), y, x))
            x += width
    return sorted(found)
