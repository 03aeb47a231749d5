"""Quick answers: the curves at given x, and the x where a curve takes a given value.

``--at``, ``--solve`` and the app's go-to, solve and table of values all come through here;
the numbers are correctly rounded by :mod:`.exact`. An equation is written as a person would
type it: ``S=0.99``, ``sigmoid=0.99``, ``S'=0.1``, ``derivative=0.1``, or a prefix of the word
(``s=0.9``, ``d=0.1``); the app also takes a bare number as ``S = that number``. Nothing here
imports Textual or numpy.
"""

from __future__ import annotations

from collections.abc import Iterable

from sigmoid_tui.core.exact import Values, solve_derivative, solve_sigmoid, values_at
from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.parsing import MAX_TEXT_LENGTH, format_number, normalise, parse_number, shown
from sigmoid_tui.core.points_of_interest import Curve, view_points
from sigmoid_tui.core.view import View

__all__ = [
    "MAX_BOOKMARKS",
    "QUICK_HEADER",
    "Equation",
    "Solution",
    "answers",
    "csv_row",
    "parse_equation",
    "read_solution",
    "read_x",
    "solve",
    "table_points",
    "toggle_bookmark",
]

QUICK_HEADER = "x,sigmoid,derivative,second_derivative"
"""The header of ``--at`` and ``--solve`` output."""

_SYMBOLS = {"s": Curve.SIGMOID, "s'": Curve.DERIVATIVE}
"""The curves' symbols: S and S' (case does not matter)."""


@frozen
class Equation:
    """A curve equal to a value: S = 0.99, or S' = 0.1."""

    curve: Curve
    """Which curve."""
    value: float
    """The value it must take."""

    def __str__(self) -> str:
        symbol = "S" if self.curve is Curve.SIGMOID else "S'"
        return f"{symbol} = {self.value!r}"


def parse_equation(text: str, *, bare_is_sigmoid: bool = False) -> Equation | Invalid:
    """``S=P``, ``S'=Q``, ``sigmoid=P``, ``derivative=Q`` or a prefix (``d=0.1``), or why not.

    With ``bare_is_sigmoid`` a number alone means ``S = number`` (the app's solve prompt).
    """
    if len(text) > MAX_TEXT_LENGTH:
        return Invalid("the equation is too long")
    clean = normalise(text).replace("\u2019", "'").replace("\u2032", "'")
    if "=" not in clean:
        if bare_is_sigmoid:
            value = parse_number(clean, "the value")
            return value if isinstance(value, Invalid) else Equation(Curve.SIGMOID, value)
        return Invalid(f"equation {shown(text)} needs the form S=P or S'=Q")
    name, _, number = clean.partition("=")
    name = name.strip().lower().replace(" ", "")
    curve = _SYMBOLS.get(name)
    if curve is None:
        matches = [
            c for c in (Curve.SIGMOID, Curve.DERIVATIVE) if name and c.value.startswith(name)
        ]
        if len(matches) != 1:
            return Invalid(
                f"equation {shown(text)}: {shown(name)} is not S, S', sigmoid or derivative"
            )
        curve = matches[0]
    value = parse_number(number, "the value")
    if isinstance(value, Invalid):
        return value
    return Equation(curve, value)


def solve(equation: Equation, steepness: float = 1.0, shift: float = 0.0) -> list[float] | Invalid:
    """The x where the equation holds, ascending, or what values the curve takes."""
    if equation.curve is Curve.SIGMOID:
        return solve_sigmoid(equation.value, steepness, shift)
    return solve_derivative(equation.value, steepness, shift)


def read_x(text: str) -> float | Invalid:
    """The go-to prompt's answer: an x, read as every number is."""
    return parse_number(text, "x")


@frozen
class Solution:
    """An equation and where it holds."""

    equation: Equation
    """What was asked."""
    roots: tuple[float, ...]
    """The x where it holds, ascending (one or two)."""

    def nearest(self, x: float) -> float:
        """The root nearer ``x`` (the left one when both are as near)."""
        return min(self.roots, key=lambda root: abs(root - x))

    def say(self, chosen: float) -> str:
        """A sentence on where the cursor went, and where else the equation holds."""
        others = [format_number(root) for root in self.roots if root != chosen]
        also = f"; also at x = {', '.join(others)}" if others else ""
        return f"{self.equation} at x = {format_number(chosen)}{also}"


def read_solution(text: str, view: View) -> Solution | Invalid:
    """The solve prompt's answer: an equation (a bare number is S = it) with its roots for
    the view's k and x0, or why there is none."""
    equation = parse_equation(text, bare_is_sigmoid=True)
    if isinstance(equation, Invalid):
        return equation
    roots = solve(equation, view.steepness, view.shift)
    if isinstance(roots, Invalid):
        return Invalid(f"{equation} has no solution: {roots.message}")
    return Solution(equation, tuple(roots))


def csv_row(values: Values) -> str:
    """One CSV line: every double in its shortest round-trip form."""
    return ",".join(repr(v) for v in values.row()) + "\n"


def answers(
    xs: Iterable[float],
    equations: Iterable[Equation],
    steepness: float = 1.0,
    shift: float = 0.0,
) -> list[Values] | Invalid:
    """The values at each x, then at each solution of each equation, or the first equation the
    curve cannot satisfy, with the values the curve takes."""
    rows = [values_at(x, steepness, shift) for x in xs]
    for equation in equations:
        roots = solve(equation, steepness, shift)
        if isinstance(roots, Invalid):
            return Invalid(f"{equation} has no solution: {roots.message}")
        rows += [values_at(x, steepness, shift) for x in roots]
    return rows


MAX_BOOKMARKS = 20
"""Most bookmarks a person keeps at once."""


def toggle_bookmark(bookmarks: tuple[float, ...], x: float) -> tuple[float, ...] | Invalid:
    """``bookmarks`` with ``x`` added, or removed if it is one; sorted; at most 20."""
    if x in bookmarks:
        return tuple(b for b in bookmarks if b != x)
    if len(bookmarks) >= MAX_BOOKMARKS:
        return Invalid(f"{MAX_BOOKMARKS} bookmarks at most: b on one removes it")
    return tuple(sorted((*bookmarks, x)))


def table_points(view: View, bookmarks: Iterable[float]) -> list[tuple[str, float]]:
    """The table's rows: each point of interest in range and each bookmark, ascending in x.

    Points at the same x share a row (the inflection point is also where the slope peaks). In
    compare mode the points are compare mode's: the crossings of tanh' and S' among them.
    """
    names: dict[float, list[str]] = {}
    for point in view_points(view):
        if view.x_min <= point.x <= view.x_max and point.label not in names.get(point.x, []):
            names.setdefault(point.x, []).append(point.label)
    for x in bookmarks:
        names.setdefault(x, []).append("bookmark")
    return [(", ".join(names[x]), x) for x in sorted(names)]
