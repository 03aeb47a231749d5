"""The screen as a terminal of 16, 256 or 16 million colours shows it, for measuring contrast.

Textual composes the screen in 24-bit colour and Rich reduces each colour to the terminal's
depth on the way out; here the same reduction is applied to the composed screen, and each
resulting colour is read back as xterm draws it (its default palette), so that the contrast
measured is the contrast a person sees in a real xterm.

Bold text whose colour is one of the eight standard ANSI colours (index 0 to 7) is drawn in
its bright form (index + 8), as xterm does by default (its ``boldColors`` resource): bold
black is grey, 4.0:1 on white.
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


def xterm_rgb(color: RichColor, depth: int, bold: bool = False) -> tuple[int, int, int]:
    """``color`` reduced to ``depth`` colours, as xterm draws it; ``bold``: the colour of bold
    text, which xterm brightens when it is one of the eight standard colours."""
    reduced = color.downgrade(DEPTHS[depth])
    if reduced.type in (ColorType.TRUECOLOR,) and reduced.triplet is not None:
        return (reduced.triplet.red, reduced.triplet.green, reduced.triplet.blue)
    number = reduced.number
    assert number is not None, color
    if bold and depth == 16 and _brightened_when_bold(reduced):
        number += 8
    if number < 16:
        return ANSI_16[number]
    if number < 232:
        n = number - 16
        return (_CUBE[n // 36], _CUBE[n // 6 % 6], _CUBE[n % 6])
    grey = 8 + 10 * (number - 232)
    return (grey, grey, grey)


def _brightened_when_bold(reduced: RichColor) -> bool:
    """Whether xterm draws bold text in ``reduced`` (a colour at 16) in its bright form: one of
    the eight standard colours."""
    return reduced.type == ColorType.STANDARD and reduced.number is not None and reduced.number < 8


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
    dark theme, black on white for a light one. Bold text in one of the eight standard colours
    is read in its bright form (xterm's ``boldColors``); a background never is.
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
                fg = fg or xterm_rgb(style.color, depth, bool(style.bold))  # type: ignore[arg-type]
                bg = bg or xterm_rgb(style.bgcolor, depth)  # type: ignore[arg-type]
                if style.reverse:
                    fg, bg = bg, fg
                found.append((contrast(fg, bg), text.strip(), y, x))
            x += width
    return sorted(found)


def bold_in_standard_colours(app: SigmoidApp) -> list[tuple[str, int, int]]:
    """Every run of letters or digits on the screen drawn bold in one of the eight standard
    colours once reduced to 16: what xterm draws in the bright form instead (``boldColors``),
    bold black as grey. The text and where it is (line, column)."""
    found: list[tuple[str, int, int]] = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        x = 0
        for text, style, _ in strip:
            if style is not None and style.bold and any(c.isalnum() for c in text):
                color = style.color
                if color is not None and _brightened_when_bold(color.downgrade(DEPTHS[16])):
                    found.append((text.strip(), y, x))
            x += Segment(text).cell_length
    return found
