"""Turn what a person typed into a value, or into a message that says what is wrong.

The app and the command line both parse here, so they accept the same spellings:

* numbers (x min, x max): anything Python's ``float`` reads once surrounding white space is
  removed and the text is put in Unicode NFKC form: ``-1e-9``, ``.5``, ``1_000.5``, ``+3``,
  full-width ``１２``, and the minus sign ``−`` (U+2212) as well as ``-``. NaN and infinities are
  refused, as is ``1e309`` (too large for a double). Hexadecimal and expressions are not numbers.
* points: a whole number in any of those spellings, ``1000``, ``1_000`` and ``1e3`` alike, from
  2 to 10,000,000. ``2.5`` is refused.
* steepness k: a number above 0 and at most 10^6; shift x0: any finite number; weight w: a
  number above 0 and at most 100.
* mode: ``sigmoid``, ``derivative`` or ``both``, in any case, or an unambiguous prefix.

Nothing is evaluated: text is only ever read as a number. Every function returns either the
value or an :class:`Invalid` carrying one short sentence, and never raises.
"""

from __future__ import annotations

import math
import unicodedata
from typing import TypeVar

from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.view import (
    MAX_DEPTH,
    MAX_POINTS,
    MAX_STEEPNESS,
    MAX_WEIGHT,
    MIN_POINTS,
    Marker,
    Mode,
)

__all__ = [
    "MAX_CELLS",
    "MAX_TEXT_LENGTH",
    "format_number",
    "normalise",
    "parse_cells",
    "parse_depth",
    "parse_marker",
    "parse_mode",
    "parse_number",
    "parse_points",
    "parse_range",
    "parse_shift",
    "parse_steepness",
    "parse_weight",
    "shown",
]

MAX_TEXT_LENGTH = 1000
"""Longer text is refused at once: no double needs more characters than this to be written."""


def normalise(text: str) -> str:
    """``text`` in NFKC form, U+2212 as '-', without surrounding white space."""
    return unicodedata.normalize("NFKC", text).replace("\u2212", "-").strip()


def shown(text: str) -> str:
    """The typed text as a message quotes it: shortened, control characters made visible."""
    shown = text if len(text) <= 24 else text[:21] + "..."
    return repr(shown)


def parse_number(text: str, name: str) -> float | Invalid:
    """A finite float from ``text``, or why not; ``name`` says which value, e.g. ``"x min"``."""
    if len(text) > MAX_TEXT_LENGTH:
        return Invalid(f"{name} is too long to be a number")
    clean = normalise(text)
    if not clean:
        return Invalid(f"{name} is empty: type a number")
    try:
        value = float(clean)
    except (ValueError, OverflowError):
        return Invalid(f"{name} {shown(text)} is not a number")
    if math.isnan(value):
        return Invalid(f"{name} must be a number, not NaN")
    if math.isinf(value):
        word = clean.lstrip("+-").lower()
        if word.startswith("inf"):
            return Invalid(f"{name} must be finite")
        return Invalid(f"{name} {shown(text)} is too large for a double")
    return value


def parse_range(min_text: str, max_text: str) -> tuple[float, float] | Invalid:
    """``(x_min, x_max)`` with both finite and ``x_min < x_max``, or the first problem found."""
    low = parse_number(min_text, "x min")
    if isinstance(low, Invalid):
        return low
    high = parse_number(max_text, "x max")
    if isinstance(high, Invalid):
        return high
    if not low < high:
        return Invalid("x min must be less than x max")
    return low, high


def parse_points(text: str) -> int | Invalid:
    """A whole number of samples from 2 to 10,000,000, or why not."""
    rule = f"points must be a whole number from {MIN_POINTS} to {MAX_POINTS:,}"
    if len(text) > MAX_TEXT_LENGTH:
        return Invalid(rule)
    clean = normalise(text)
    if not clean:
        return Invalid("points is empty: type a whole number")
    value: int | None
    try:
        value = int(clean)
    except ValueError:
        value = None
    if value is None:
        number = parse_number(text, "points")
        if isinstance(number, Invalid):
            return Invalid(rule) if "not a number" not in number.message else number
        if not number.is_integer():
            return Invalid(f"{rule}, not {shown(text)}")
        value = int(number)
    if value < MIN_POINTS:
        return Invalid(f"points must be at least {MIN_POINTS}")
    if value > MAX_POINTS:
        return Invalid(f"points must be at most {MAX_POINTS:,}")
    return value


E = TypeVar("E", Mode, Marker)


def _parse_choice(text: str, choices: type[E], name: str) -> E | Invalid:
    """A member of ``choices`` from its name or an unambiguous prefix, in any case."""
    clean = normalise(text).lower() if len(text) <= MAX_TEXT_LENGTH else "?"
    matches = [choice for choice in choices if clean and choice.value.startswith(clean)]
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(choice.value for choice in choices)
    return Invalid(f"{name} {shown(text)} is not one of {names}")


def parse_mode(text: str) -> Mode | Invalid:
    """A :class:`Mode` from its name or an unambiguous prefix, in any case, or why not."""
    return _parse_choice(text, Mode, "mode")


def parse_steepness(text: str) -> float | Invalid:
    """k for S(k(x - x0)): a number with 0 < k <= 10^6, or why not."""
    value = parse_number(text, "k")
    if isinstance(value, Invalid):
        return value
    if not 0.0 < value <= MAX_STEEPNESS:
        return Invalid(f"k must be above 0 and at most {MAX_STEEPNESS:.0e}".replace("e+0", "e"))
    return value


def parse_weight(text: str) -> float | Invalid:
    """w for compare mode's (w f')^n: a number with 0 < w <= 100, or why not."""
    value = parse_number(text, "w")
    if isinstance(value, Invalid):
        return value
    if not 0.0 < value <= MAX_WEIGHT:
        return Invalid(f"w must be above 0 and at most {MAX_WEIGHT:g}")
    return value


def parse_shift(text: str) -> float | Invalid:
    """x0 for S(k(x - x0)): any finite number, or why not."""
    return parse_number(text, "x0")


def parse_depth(text: str) -> int | Invalid:
    """n layers for compare mode: a whole number from 1 to 50, or why not."""
    rule = f"depth must be a whole number of layers from 1 to {MAX_DEPTH}"
    number = parse_number(text, "depth")
    if isinstance(number, Invalid):
        return number
    if not number.is_integer() or not 1 <= number <= MAX_DEPTH:
        return Invalid(rule)
    return int(number)


def parse_marker(text: str) -> Marker | Invalid:
    """A :class:`Marker` from its name or an unambiguous prefix, in any case, or why not."""
    return _parse_choice(text, Marker, "marker")


MAX_CELLS = 10_000
"""The largest chart side in cells: 10,000 columns is already far beyond any terminal."""


def parse_cells(text: str, name: str, minimum: int = 1) -> int | Invalid:
    """A size in character cells: a whole number from ``minimum`` to 10,000 (``name``: width,
    height)."""
    number = parse_number(text, name)
    if isinstance(number, Invalid):
        return number
    if not number.is_integer() or not minimum <= number <= MAX_CELLS:
        return Invalid(f"{name} must be a whole number of cells from {minimum} to {MAX_CELLS:,}")
    return int(number)


def format_number(value: float) -> str:
    """``value`` as a person would type it back: shortest round-trip form, ``-10`` not ``-10.0``."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text
