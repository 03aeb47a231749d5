"""The view in words: a few plain sentences about what the chart shows.

For a person who cannot see the chart (a screen reader over SSH) or who wants to paste what it
shows into a ticket. Every number is a correctly rounded value (:mod:`.exact`), shortened to
six significant digits for reading; the saturation edges are ``--solve "S'=0.01"``'s roots.
Nothing here imports Textual.
"""

from __future__ import annotations

import math
from decimal import Decimal

from sigmoid_tui.core.exact import (
    compare_at,
    crossing_u,
    relu_power,
    solve_derivative,
    tanh_sigmoid_crossings,
    values_at,
)
from sigmoid_tui.core.parsing import format_number
from sigmoid_tui.core.points_of_interest import SATURATION_SLOPE, saturation_edges
from sigmoid_tui.core.view import Mode, View, power_label

__all__ = ["describe", "describe_cursor", "vanished_share"]


def _exponent(text: str) -> str:
    """A number's text with its exponent written one way: 1e-9, never 1e-09."""
    return text.replace("e-0", "e-").replace("e+0", "e+")


def _n(value: float) -> str:
    """A number for reading: six significant digits, no trailing zeros, -0 as 0."""
    return _exponent(f"{value + 0.0:.6g}")


def _x(value: float) -> str:
    """An x as it was typed or computed, shortened like any other number."""
    text = format_number(value)
    return _n(value) if len(text) > 8 else _exponent(text)


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
    k, x0, n, w = view.steepness, view.shift, view.depth, view.weight
    peak = compare_at(x0, k, x0, 1)
    right = relu_power(k)
    sentences = [
        f"At their peaks the sigmoid's derivative is {_n(peak.sigmoid)} and tanh's is "
        f"{_n(peak.tanh)} (both at x = {_x(x0)}); ReLU's is {_n(right)} for every x above "
        f"{_x(x0)}, and 0 below. The sigmoid passes on at most a quarter of a gradient: "
        f"{_n(peak.tanh / peak.sigmoid)} times less than tanh or ReLU."
    ]
    sentences.append(_crossing_sentence(view))
    if n > 1 and w == 1.0:
        best = compare_at(x0, k, x0, n)
        ratio = best.tanh / best.sigmoid if best.sigmoid > 0 else math.inf
        sentences.append(
            f"Through {n} layers whose units all sit at x, a gradient is multiplied by each "
            f"derivative {n} times: the sigmoid's best factor is "
            f"({'1/4' if k == 1.0 else 'k/4'})^{n} = "
            f"{_n(best.sigmoid)}, against {_n(best.tanh)} for tanh and "
            f"{_n(relu_power(k, n))} for ReLU, {_n(ratio)} times more."
        )
    sentences += _weight_sentences(view)
    return sentences


def _crossing_sentence(view: View) -> str:
    """Where tanh's gradient falls below the sigmoid's: the same x at every depth."""
    k, x0 = view.steepness, view.shift
    left, right = tanh_sigmoid_crossings(k, x0)
    u = _n(crossing_u())
    return (
        f"The derivative of tanh crosses the sigmoid's at x = {_x(left)} and x = {_x(right)} "
        f"({_x(x0)} ± {u}{'' if k == 1.0 else '/k'}): between them tanh passes on more of a "
        f"gradient, beyond them less. The crossing does not move with the depth or the "
        f"weight, since both are multiplied by the same weight and raised to the same "
        f"power. It meets ReLU's at x = {_x(x0)}, where both are {_n(relu_power(k))}; "
        f"the sigmoid's never meets ReLU's."
    )


def _verdict(factor: Decimal) -> str:
    """What a gradient does through layers that each multiply it by ``factor`` (exact)."""
    if factor < 1:
        return "vanishes"
    return "holds" if factor == 1 else "explodes"


def _weight_sentences(view: View) -> list[str]:
    """The factor each layer multiplies a gradient by at the centre, w times the slope, and
    whether the gradient vanishes, holds or explodes through the layers."""
    k, x0, n, w = view.steepness, view.shift, view.depth, view.weight
    one = compare_at(x0, k, x0, 1, w)
    through = compare_at(x0, k, x0, n, w)
    wk = Decimal(w) * Decimal(k)  # exact: the verdict must not hang on a rounding
    sigmoid_verdict, other_verdict = _verdict(wk / 4), _verdict(wk)
    layers = f" ({{}} through {n} layers)" if n > 1 else ""
    weight = f"{_x(w)} times " if w != 1.0 else ""
    sentences = [
        f"With weight w = {_x(w)}, each layer multiplies a gradient by {weight}its unit's "
        f"slope: at the centre x = {_x(x0)} the sigmoid's factor is {_n(one.sigmoid)} a layer, "
        f"so its gradient {sigmoid_verdict}{layers.format(_n(through.sigmoid))}; tanh's and "
        f"ReLU's (just right of x0) are {_n(one.tanh)}, so theirs "
        f"{'hold' if other_verdict == 'holds' else other_verdict[:-1]}"
        f"{layers.format(_n(through.tanh))}."
    ]
    if sigmoid_verdict == "explodes":
        edges = solve_derivative(1.0 / w, k, x0)
        if isinstance(edges, list) and len(edges) == 2:
            sentences.append(
                f"Away from the centre the sigmoid's factor falls below 1 for x below "
                f"{_x(edges[0])} and above {_x(edges[1])}: there its gradient still vanishes, "
                f"the exploding and the vanishing gradient on one chart."
            )
    return sentences


def describe_cursor(view: View, x: float) -> str:
    """A sentence on the values at the cursor ``x``, as the readout gives them (all digits)."""
    k, x0 = view.steepness, view.shift
    where = f"The cursor is at x = {format_number(x)}"
    if view.mode is Mode.COMPARE:
        # Through the weight as well as the depth, named as the readout names them:
        # (4·Sigmoid')^10, not Sigmoid'^10 with the weight left out of the value.
        n, w = view.depth, view.weight
        got = compare_at(x, k, x0, n, w)
        said = ", ".join(
            f"{power_label(name, n, w)} = {value + 0.0!r}"
            for name, value in (("Sigmoid'", got.sigmoid), ("Tanh'", got.tanh), ("ReLU'", got.relu))
        )
        return f"{where}: {said}."
    values = values_at(x, k, x0)
    return (
        f"{where}: S = {values.sigmoid + 0.0!r}, S' = {values.derivative + 0.0!r}, "
        f"S'' = {values.second_derivative!r}."
    )
