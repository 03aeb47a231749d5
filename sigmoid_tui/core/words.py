"""The view in words: a few plain sentences about what the chart shows.

For a person who cannot see the chart (a screen reader over SSH) or who wants to paste what it
shows into a ticket. Every number is a correctly rounded value (:mod:`.exact`), shortened to
six significant digits for reading; the saturation edges are ``--solve "S'=0.01"``'s roots.
Nothing here imports Textual.
"""

from __future__ import annotations

import math

from sigmoid_tui.core.exact import compare_at, values_at
from sigmoid_tui.core.parsing import format_number
from sigmoid_tui.core.points_of_interest import SATURATION_SLOPE, saturation_edges
from sigmoid_tui.core.view import Mode, View

__all__ = ["describe", "vanished_share"]


def _n(value: float) -> str:
    """A number for reading: six significant digits, no trailing zeros, -0 as 0."""
    text = f"{value + 0.0:.6g}"
    return text.replace("e-0", "e-").replace("e+0", "e+")


def _x(value: float) -> str:
    """An x as it was typed or computed, shortened like any other number."""
    return _n(value) if len(format_number(value)) > 8 else format_number(value)


def vanished_share(view: View) -> float:
    """The share of the range (0 to 1) where the slope k S' is below 0.01: the vanishing
    gradient, outside the saturation edges (all of it when the slope never reaches 0.01)."""
    edges = saturation_edges(view.steepness, view.shift)
    low, high = view.x_min, view.x_max
    half = 0.5  # work on halves, so that a range of [-1e308, 1e308] has a finite span
    span = high * half - low * half
    if not (span > 0.0 and math.isfinite(span)):
        return 0.0
    if len(edges) < 2:
        return 1.0
    left = min(max(edges[0], low), high) * half - low * half
    right = high * half - max(min(edges[1], high), low) * half
    return min(max((left + right) / span, 0.0), 1.0)


def _scaled(view: View) -> str:
    k, x0 = view.steepness, view.shift
    if (k, x0) == (1.0, 0.0):
        return ""
    return f", with steepness k = {_x(k)} and shift x0 = {_x(x0)}, that is S(k(x - x0))"


def describe(view: View) -> str:
    """Plain sentences about ``view``: range and points, where S rises, the inflection point,
    the peak of S' and where the gradient vanishes; in compare mode the peaks of the three
    derivatives and, through n layers, the best factor a gradient keeps."""
    k, x0 = view.steepness, view.shift
    shows = {
        Mode.SIGMOID: "the sigmoid S",
        Mode.DERIVATIVE: "the sigmoid's derivative S'",
        Mode.BOTH: "the sigmoid S and its derivative S'",
        Mode.COMPARE: "the derivatives of the sigmoid, tanh and ReLU",
    }[view.mode]
    sentences = [
        f"The chart shows {shows} for x from {_x(view.x_min)} to {_x(view.x_max)}, "
        f"in {view.points:,} evenly spaced points{_scaled(view)}."
    ]
    start, end = values_at(view.x_min, k, x0), values_at(view.x_max, k, x0)
    sentences.append(
        f"S rises from {_n(start.sigmoid)} at x = {_x(view.x_min)} "
        f"to {_n(end.sigmoid)} at x = {_x(view.x_max)}."
    )
    where = "" if view.x_min <= x0 <= view.x_max else ", outside this range"
    sentences.append(
        f"Its inflection point is at x = {_x(x0)}{where}, where S = 0.5 and its slope S' is "
        f"largest, {_n(values_at(x0, k, x0).derivative)} ({'1/4' if k == 1.0 else 'k/4'})."
    )
    sentences.append(_saturation_sentence(view))
    if view.mode is Mode.COMPARE:
        sentences += _compare_sentences(view)
    return "\n".join(sentences)


def _saturation_sentence(view: View) -> str:
    """Where the slope k S' falls below 0.01: the same x as ``--solve "S'=0.01"``."""
    edges = saturation_edges(view.steepness, view.shift)
    share = f"{100 * vanished_share(view):.3g}% of this range"
    if len(edges) == 2:
        return (
            f"S' falls below {SATURATION_SLOPE:g} for x below {_x(edges[0])} and above "
            f"{_x(edges[1])}: there the gradient has all but vanished, over {share}."
        )
    if edges:
        return (
            f"S' reaches {SATURATION_SLOPE:g} only at x = {_x(edges[0])} and is below it "
            f"everywhere else: the gradient has all but vanished over {share}."
        )
    return (
        f"S' stays below {SATURATION_SLOPE:g} everywhere (its peak k/4 is smaller): the "
        f"gradient has all but vanished over {share}."
    )


def _compare_sentences(view: View) -> list[str]:
    k, x0, n = view.steepness, view.shift, view.depth
    peak = compare_at(x0, k, x0, 1)
    just_right = math.nextafter(x0, math.inf)
    right = compare_at(just_right, k, x0, 1).relu if math.isfinite(just_right) else k
    sentences = [
        f"At their peaks the sigmoid's derivative is {_n(peak.sigmoid)} and tanh's is "
        f"{_n(peak.tanh)} (both at x = {_x(x0)}); ReLU's is {_n(right)} for every x above "
        f"{_x(x0)}, and 0 below. The sigmoid passes on at most a quarter of a gradient: "
        f"{_n(peak.tanh / peak.sigmoid)} times less than tanh or ReLU."
    ]
    if n > 1:
        best = compare_at(x0, k, x0, n)
        ratio = best.tanh / best.sigmoid if best.sigmoid > 0 else math.inf
        sentences.append(
            f"Through {n} layers whose units all sit at x, a gradient is multiplied by each "
            f"derivative {n} times: the sigmoid's best factor is "
            f"({'1/4' if k == 1.0 else 'k/4'})^{n} = "
            f"{_n(best.sigmoid)}, against {_n(best.tanh)} for tanh and {_n(right**n)} for "
            f"ReLU, {_n(ratio)} times more."
        )
    return sentences
