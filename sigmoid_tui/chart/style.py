"""How the chart looks: the article's colours, titles, axis labels and legend names, and the
glyphs the curves are drawn with. Nothing here imports Textual or plotext."""

from __future__ import annotations

from functools import cached_property

from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.view import Marker, Mode, power_label

__all__ = [
    "CHART_MARKERS",
    "COMPARE_LABELS",
    "COMPARE_MARKERS",
    "CURSOR_COLOR",
    "DERIVATIVE_COLOR",
    "DERIVATIVE_LABEL",
    "MARK_COLOR",
    "RELU_COLOR",
    "SIGMOID_COLOR",
    "SIGMOID_LABEL",
    "TANH_COLOR",
    "TITLES",
    "X_LABEL",
    "Y_LABELS",
    "ChartStyle",
    "chart_title",
    "y_label",
]


SIGMOID_COLOR = (31, 119, 180)
"""matplotlib's default blue, the article's sigmoid; RGB so no terminal palette can shift it."""

DERIVATIVE_COLOR = (255, 127, 14)
"""matplotlib's default orange, the article's derivative."""

CURSOR_COLOR = (44, 160, 44)
"""matplotlib's green, for the trace cursor."""

MARK_COLOR = (148, 148, 148)
"""A grey that reads on dark and light themes, for points of interest and saturation edges."""

SIGMOID_LABEL = "Sigmoid"
"""The sigmoid's legend entry, as in the article."""

DERIVATIVE_LABEL = "Sigmoid Derivative"
"""The derivative's legend entry, as in the article."""

TITLES = {
    Mode.SIGMOID: "Sigmoid Function",
    Mode.DERIVATIVE: "Sigmoid Derivative Function",
    Mode.BOTH: "Sigmoid Function and Its Derivative",
    Mode.COMPARE: "Derivatives: Sigmoid, Tanh, ReLU",
}
"""Each mode's title, as the article's three figures have them (and the comparison's)."""

Y_LABELS = {
    Mode.SIGMOID: "S(x)",
    Mode.DERIVATIVE: "S'(x)",
    Mode.BOTH: "Value",
    Mode.COMPARE: "f'(x)",
}
"""Each mode's y-axis label, as in the article."""

TANH_COLOR = (214, 39, 40)
"""matplotlib's red, for tanh's derivative in compare mode."""

RELU_COLOR = (148, 103, 189)
"""matplotlib's purple, for ReLU's derivative in compare mode."""

COMPARE_LABELS = ("Sigmoid'", "Tanh'", "ReLU'")
"""The compare mode's legend entries (with ^n after them through n layers)."""


def chart_title(mode: Mode, depth: int = 1, weight: float = 1.0) -> str:
    """The title: the article's, or the comparison's, which says the depth and the weight."""
    if mode is Mode.COMPARE and (depth > 1 or weight != 1.0):
        return f"{power_label('Derivatives', depth, weight)}: Sigmoid, Tanh, ReLU"
    return TITLES[mode]


def y_label(mode: Mode, depth: int = 1, weight: float = 1.0) -> str:
    """The y-axis label: the article's, or f'(x) (times w, to the n-th power)."""
    if mode is Mode.COMPARE and (depth > 1 or weight != 1.0):
        return power_label("f'(x)", depth, weight)
    return Y_LABELS[mode]


X_LABEL = "x"
"""The x-axis label of every chart."""


@frozen
class ChartStyle:
    """How to draw beyond what the mode says: colour or not, and with which glyphs."""

    color: bool = True
    """Draw the curves in RGB colour. Without colour the curves differ by marker instead."""
    marker: Marker = Marker.BRAILLE
    """The glyphs the curves are drawn with, for terminals and fonts that lack some."""
    sixteen: bool = False
    """The terminal shows only the 16 ANSI colours: each curve takes one chosen by hue
    (:func:`.print_colors.snap_to_sixteen`), not the nearest by distance."""

    def markers(self) -> tuple[str, str]:
        """plotext markers for the sigmoid and the derivative.

        In colour both curves use the chosen glyphs (colour tells them apart); without colour
        the derivative takes a glyph of its own. ASCII always uses two different characters.
        """
        sigmoid, plain_derivative = CHART_MARKERS[self.marker]
        if self.marker is Marker.ASCII or not self.color:
            return sigmoid, plain_derivative
        return sigmoid, sigmoid

    @cached_property
    def curve_glyphs(self) -> frozenset[str]:
        """The single characters the curves may be drawn with in any mode (plotext's braille
        and hd markers draw in block and braille cells, never a letter); worked out once per
        style, not on every cursor step."""
        glyphs = (*self.markers(), *self.compare_markers())
        return frozenset(glyph for glyph in glyphs if len(glyph) == 1)

    def compare_markers(self) -> tuple[str, str, str]:
        """plotext markers for the three derivatives of compare mode: glyphs of their own
        without colour (and always in ASCII), the chosen glyph for all three in colour."""
        glyphs = COMPARE_MARKERS[self.marker]
        if self.marker is Marker.ASCII or not self.color:
            return glyphs
        return glyphs[0], glyphs[0], glyphs[0]


COMPARE_MARKERS = {
    Marker.BRAILLE: ("braille", "•", "x"),
    Marker.HD: ("hd", "•", "x"),
    Marker.DOT: ("•", "x", "+"),
    Marker.ASCII: ("*", "o", "+"),
}
"""Per choice: the three derivatives' glyphs when there is no colour to tell them apart."""

CHART_MARKERS = {
    Marker.BRAILLE: ("braille", "•"),
    Marker.HD: ("hd", "•"),
    Marker.DOT: ("•", "x"),
    Marker.ASCII: ("*", "o"),
}
"""Per choice: the sigmoid's plotext marker, and the derivative's when there is no colour."""
