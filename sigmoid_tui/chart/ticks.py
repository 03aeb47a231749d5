"""Axis ticks a person reads at a glance: steps of 1, 2, 2.5 or 5 times a power of ten."""

from __future__ import annotations

import itertools
import math

__all__ = [
    "decade_label",
    "decade_step",
    "format_ticks",
    "multiples",
    "nice_step",
    "nice_ticks",
    "smaller_step",
]

_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)


def nice_step(span: float, max_count: int) -> float:
    """The smallest step of 1, 2, 2.5 or 5 x 10^k that cuts ``span`` into at most ``max_count``."""
    raw = span / max(max_count - 1, 1)
    if not math.isfinite(raw) or raw <= 0.0:
        return math.nan
    power = math.pow(10.0, math.floor(math.log10(raw)))
    for factor in _STEPS:
        step = factor * power
        if step >= raw * (1 - 1e-12) and math.isfinite(step) and step > 0.0:
            return step
    return 10.0 * power


def nice_ticks(low: float, high: float, max_count: int) -> list[float]:
    """Ticks at whole multiples of a nice step inside ``[low, high]``, about ``max_count``.

    The step is the smallest nice one that gives at most ``max_count`` ticks; where that
    leaves fewer than two (``[-3, 3]`` in steps of 5 has only 0), a smaller nice step is taken
    as long as it gives at most one tick more than asked.
    Each tick is ``k * step`` for a whole ``k``, so 0 is exactly 0 and never ``-1.1e-16``.
    An empty list means the span is too small (or too large) for ticks to tell apart.
    """
    if not (math.isfinite(low) and math.isfinite(high)) or not low < high or max_count < 1:
        return []
    step = nice_step(high - low, max_count)
    if not math.isfinite(step):
        # The span overflowed: halve both ends, find ticks, scale back.
        return [2.0 * t for t in nice_ticks(low / 2.0, high / 2.0, max_count)]
    ticks = multiples(low, high, step)
    for _ in range(3):
        if len(ticks) >= min(2, max_count):
            break
        smaller = multiples(low, high, smaller_step(step))
        if len(smaller) > max_count + 1:
            break
        step, ticks = smaller_step(step), smaller
    # A step below the spacing of doubles here would give duplicates: no ticks then.
    if len(set(ticks)) != len(ticks):
        return []
    return ticks


def smaller_step(step: float) -> float:
    """The nice step just below ``step``: 5 -> 2.5 -> 2 -> 1 -> 0.5."""
    power = math.pow(10.0, math.floor(math.log10(step) + 1e-12))
    factor = step / power
    smaller = [candidate for candidate in _STEPS[:-1] if candidate < factor * (1 - 1e-9)]
    return smaller[-1] * power if smaller else 0.5 * power


def multiples(low: float, high: float, step: float) -> list[float]:
    """Every ``k * step`` in ``[low, high]``."""
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    if last - first > 10_000:
        return []
    # k * step may land a rounding error outside the range (0.30000000000000004 for 0.3):
    # keep such a tick, pulled onto the end it belongs to.
    slack = step * 1e-9
    ticks = [k * step for k in range(first, last + 1)]
    return [min(max(t, low), high) for t in ticks if low - slack <= t <= high + slack]


def format_ticks(ticks: list[float]) -> list[str]:
    """Labels as short as possible that still tell every tick from its neighbours.

    ``[0, 0.25, 0.5, 0.75, 1]`` becomes ``["0", "0.25", "0.5", "0.75", "1"]``; ``[-10, -5, 0]``
    becomes ``["-10", "-5", "0"]``; tiny or huge values use exponents (``"2e-44"``).
    """
    if not ticks:
        return []
    gap = min((abs(b - a) for a, b in itertools.pairwise(ticks)), default=abs(ticks[0]) or 1.0)
    largest = max(abs(t) for t in ticks)
    for fixed in (1e-4 <= largest < 1e9, False):
        for digits in range(0, 18):
            spec = f".{digits}f" if fixed else f".{digits}e"
            labels = [_clean(format(t, spec)) for t in ticks]
            if all(
                abs(float(label) - t) <= gap * 1e-6 for label, t in zip(labels, ticks, strict=True)
            ):
                if not fixed or max(map(len, labels)) <= 18:
                    return labels
                break  # plain decimals would be too long here: try exponents
    return [repr(t) for t in ticks]


def _clean(label: str) -> str:
    """Drop what adds no information: ``"0.50"`` -> ``"0.5"``, ``"2.0e-05"`` -> ``"2e-5"``."""
    mantissa, _, exponent = label.partition("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    if mantissa in ("-0", "+0"):
        mantissa = "0"
    if not exponent:
        return mantissa
    power = int(exponent)
    return mantissa if mantissa == "0" or power == 0 else f"{mantissa}e{power}"


_DECADE_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
"""Whole numbers of decades between a log axis's ticks: a tick is always a power of ten."""


def decade_step(decades: float, max_count: int) -> int:
    """The smallest whole number of decades a tick apart that gives at most ``max_count``
    ticks over ``decades``; a log axis labelled at 10^-2.5 would read ``0.0031622777``."""
    for step in _DECADE_STEPS:
        if decades / step + 1 <= max_count:
            return step
    return _DECADE_STEPS[-1]


def decade_label(power: int) -> str:
    """A log axis's tick 10^``power`` in one notation for every tick: ``1e-10``, ``1e0``.

    Mixed notations (``0.0001`` beside ``1e-50``) make the eye compare lengths, not powers.
    """
    return f"1e{power}"
