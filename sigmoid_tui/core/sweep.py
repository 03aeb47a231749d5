"""The sweep's schedule: which value a parameter takes at each frame, as pure functions.

A sweep plays one parameter as an animation, where a slider in Desmos or GeoGebra would be
dragged: in the article's modes the steepness k on a log scale from 1/4 to 4 and back (so that
halving and doubling take equal time), in compare mode the depth from 1 to 50 layers and back.
The values are round (three significant digits), so that the input that shows them reads as a
person would type them. The app plays the frames with a timer and shows each through its one
path for a new view; nothing here knows about time or Textual.
"""

from __future__ import annotations

import math
from dataclasses import replace
from enum import Enum

from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.parsing import format_number
from sigmoid_tui.core.view import MAX_DEPTH, Mode, View

__all__ = [
    "FRAME_SECONDS",
    "STEEPNESS_STEPS",
    "Sweep",
    "Swept",
    "start_sweep",
    "sweep_values",
]

FRAME_SECONDS = 1 / 12
"""Time between frames: 12 a second, above the 10 that read as motion, with room to spare."""

STEEPNESS_STEPS = 8
"""Frames per doubling of k: 1/4 to 4 is four doublings, 32 frames each way."""


class Swept(str, Enum):
    """Which parameter a sweep plays; the value is the name the app shows."""

    STEEPNESS = "k"
    DEPTH = "depth"


def _round_steepness(j: int) -> float:
    """2^(j/8) to three significant digits: 0.25, 0.273, ... 1, 1.09, ... 4."""
    return float(f"{2.0 ** (j / STEEPNESS_STEPS):.3g}")


def sweep_values(swept: Swept) -> tuple[float, ...]:
    """One round trip of the sweep: up from the low end to the high one, then back down (the
    ends once each, so that the loop never pauses on them)."""
    if swept is Swept.STEEPNESS:
        ends = 2 * STEEPNESS_STEPS
        up = [_round_steepness(j) for j in range(-ends, ends + 1)]
    else:
        up = [float(n) for n in range(1, MAX_DEPTH + 1)]
    return (*up, *up[-2:0:-1])


@frozen
class Sweep:
    """A sweep under way (or paused): what it plays and which frame it is at."""

    swept: Swept
    """The parameter."""
    index: int = 0
    """The frame within :func:`sweep_values`' round trip."""

    @property
    def value(self) -> float:
        """The parameter's value at this frame."""
        return sweep_values(self.swept)[self.index]

    def next(self) -> Sweep:
        """The next frame, round the trip again after the last."""
        return replace(self, index=(self.index + 1) % len(sweep_values(self.swept)))

    def apply(self, view: View) -> View:
        """``view`` with the swept parameter at this frame's value."""
        if self.swept is Swept.STEEPNESS:
            return replace(view, steepness=self.value)
        return replace(view, depth=int(self.value))

    def holds(self, view: View) -> bool:
        """Whether ``view`` shows this frame (else it was changed some other way)."""
        return self.apply(view) == view

    def say(self, *, paused: bool = False) -> str:
        """The swept value as the app shows it while it changes."""
        value = self.value
        shown = format_number(value) if self.swept is Swept.STEEPNESS else str(int(value))
        if paused:
            return f"Sweep paused at {self.swept.value} = {shown}: a goes on, r resets."
        return f"Sweep {self.swept.value} = {shown}   a: pause, any edit or r: stop"


def start_sweep(view: View) -> Sweep:
    """A sweep of the parameter ``view``'s mode is about, from the frame nearest its value.

    Starting where the person is (k = 1 starts at 1, going up) means the first frame is no
    jump. k is compared on the log scale it is swept on; a value beyond either end starts there.
    """
    swept = Swept.DEPTH if view.mode is Mode.COMPARE else Swept.STEEPNESS
    values = sweep_values(swept)
    if swept is Swept.STEEPNESS:
        here = math.log(view.steepness)
        distance = [abs(math.log(v) - here) for v in values]
    else:
        distance = [abs(v - view.depth) for v in values]
    # The first of the nearest: on the way up, so that the sweep sets off upward.
    return Sweep(swept, distance.index(min(distance)))
