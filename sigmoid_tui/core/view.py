"""What to draw: the x range, the number of points, the mode and the depth, with the article's
defaults."""

from __future__ import annotations

from enum import Enum

from sigmoid_tui.core.frozen import frozen

__all__ = [
    "DEFAULT_POINTS",
    "DEFAULT_SHIFT",
    "DEFAULT_STEEPNESS",
    "DEFAULT_WEIGHT",
    "DEFAULT_X_MAX",
    "DEFAULT_X_MIN",
    "MAX_DEPTH",
    "MAX_POINTS",
    "MAX_STEEPNESS",
    "MAX_WEIGHT",
    "MIN_POINTS",
    "MIN_PRINT_HEIGHT",
    "MIN_PRINT_WIDTH",
    "Marker",
    "Mode",
    "View",
    "power_label",
]

DEFAULT_X_MIN = -10.0
"""The article's ``np.linspace(-10, 10, 100)``: left end."""
DEFAULT_X_MAX = 10.0
"""The article's right end."""
DEFAULT_POINTS = 100
"""The article's number of samples."""
MIN_POINTS = 2
"""Fewest samples: a line needs two ends."""
MAX_POINTS = 10_000_000
"""Most samples: 10^7 doubles are 80 MB a curve, as much as a terminal chart can use."""
DEFAULT_STEEPNESS = 1.0
"""k in S(k(x - x0)): 1 is the plain sigmoid."""
MAX_STEEPNESS = 1e6
"""Steeper than this and the whole rise fits inside one ulp of most x."""
DEFAULT_SHIFT = 0.0
"""x0 in S(k(x - x0)): 0 is the plain sigmoid."""
MAX_DEPTH = 50
"""The deepest network compare mode shows: (1/4)^50 is already 7.9e-31."""
DEFAULT_WEIGHT = 1.0
"""w in compare mode: each layer multiplies a gradient by w f'(x); 1 is the derivative alone."""
MAX_WEIGHT = 100.0
"""The largest weight: 100 times a derivative is already a gradient that explodes."""
MIN_PRINT_WIDTH = 40
"""Narrower than this, plotext drops the title (35 cells in mode both) and the legend."""
MIN_PRINT_HEIGHT = 10
"""Shorter than this, the legend covers the curves and the y labels crowd (or turn over)."""


class Marker(str, Enum):
    """The glyphs curves are drawn with: braille is finest, ASCII works on any terminal."""

    BRAILLE = "braille"
    HD = "hd"
    DOT = "dot"
    ASCII = "ascii"

    def next(self) -> Marker:
        """The marker after this one, round the cycle."""
        markers = list(Marker)
        return markers[(markers.index(self) + 1) % len(markers)]


class Mode(str, Enum):
    """Which curves to draw; the value is what the command line and the app accept."""

    SIGMOID = "sigmoid"
    DERIVATIVE = "derivative"
    BOTH = "both"
    COMPARE = "compare"
    """The derivatives of the sigmoid, tanh and ReLU on one chart, through ``depth`` layers."""

    @property
    def label(self) -> str:
        """The name a person reads in the app's selector."""
        return self.value.capitalize()

    def next(self) -> Mode:
        """The mode after this one, round the cycle sigmoid, derivative, both, compare."""
        modes = list(Mode)
        return modes[(modes.index(self) + 1) % len(modes)]


@frozen
class View:
    """A validated request for a chart: ``x_min < x_max``, both finite, points in range."""

    x_min: float = DEFAULT_X_MIN
    """Left end of the sampled x range."""
    x_max: float = DEFAULT_X_MAX
    """Right end of the sampled x range."""
    points: int = DEFAULT_POINTS
    """How many evenly spaced samples, ends included."""
    mode: Mode = Mode.BOTH
    """Which curves to draw."""
    steepness: float = DEFAULT_STEEPNESS
    """k: the curve drawn is S(k(x - x0)), its derivative k S'(k(x - x0)); k is 1/temperature."""
    shift: float = DEFAULT_SHIFT
    """x0: where the curve crosses 1/2."""
    depth: int = 1
    """n: in compare mode each derivative is raised to the n-th power (n layers, 1 to 50)."""
    weight: float = DEFAULT_WEIGHT
    """w: in compare mode each derivative is multiplied by w before the power, (w f')^n, as a
    layer multiplies a gradient by its weight times its unit's slope (0 < w <= 100)."""

    @property
    def sampling(self) -> tuple[float, float, int, float, float, bool, int, float]:
        """What the samples depend on: a change between the sigmoid's own modes needs no new
        samples; compare mode (and its depth) does."""
        compare = self.mode is Mode.COMPARE
        return (
            self.x_min,
            self.x_max,
            self.points,
            self.steepness,
            self.shift,
            compare,
            self.depth if compare else 1,
            self.weight if compare else DEFAULT_WEIGHT,
        )


def power_label(name: str, depth: int = 1, weight: float = DEFAULT_WEIGHT, times: str = "·") -> str:
    """``name`` as compare mode shows it through ``depth`` layers of ``weight``:
    ``Sigmoid'``, ``Sigmoid'^10``, ``4·Sigmoid'`` or ``(4·Sigmoid')^10``.

    The weight is written as a person would type it back (``0.5``, not ``0.50``); ``times`` is
    the multiplication sign (``*`` where only ASCII will do, as in a CSV header).
    """
    text = repr(float(weight))
    factor = text[:-2] if text.endswith(".0") else text
    if weight != DEFAULT_WEIGHT:
        name = f"{factor}{times}{name}"
        if depth > 1:
            name = f"({name})"
    return f"{name}^{depth}" if depth > 1 else name
