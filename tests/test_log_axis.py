"""The log axis: ticks on whole powers of ten, all written alike (``1e-10``), never 0."""

from __future__ import annotations

import itertools
import re

import pytest

from sigmoid_tui.chart.figure import render_chart
from sigmoid_tui.chart.overlay import Overlay
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.core.view import Mode, View
from tests.conftest import StartApp
from tests.screen import chart_text

PLAIN = ChartStyle(color=False)
SIZES = [(60, 20), (80, 24), (100, 30), (200, 60)]
_TICK = re.compile(r"^\s*([^\s┤├]+)[┤├]", re.MULTILINE)
_DECADE = re.compile(r"^1e(0|-?[1-9]\d*)$")


def y_tick_labels(text: str) -> list[str]:
    """The labels left of the y axis, top to bottom."""
    return _TICK.findall(text)


def assert_decades(labels: list[str]) -> None:
    """Every label a power of ten in one notation, falling by a whole step of decades."""
    assert len(labels) >= 2, labels
    assert all(_DECADE.match(label) for label in labels), labels
    powers = [int(label[2:]) for label in labels]
    steps = {a - b for a, b in itertools.pairwise(powers)}
    assert len(steps) == 1, labels
    assert steps.pop() >= 1, labels


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("mode", [Mode.BOTH, Mode.DERIVATIVE, Mode.COMPARE])
@pytest.mark.parametrize("depth", [1, 10])
def test_log_ticks_are_decades_in_one_notation(
    size: tuple[int, int], mode: Mode, depth: int
) -> None:
    """At every size, plain and compare, depth 1 and 10: 1e0, 1e-5, 1e-10, never 0.0001 or 0."""
    view = View(mode=mode, depth=depth)
    assert_decades(y_tick_labels(render_chart(view, *size, PLAIN, Overlay(log_y=True))))


@pytest.mark.parametrize(
    ("low", "high"), [(-745.5, 745.5), (-1e308, 1e308), (1e-300, 2e-300), (1e6 - 1e-9, 1e6)]
)
def test_log_ticks_stay_decades_at_extreme_ranges(low: float, high: float) -> None:
    """Down to the smallest double and on flat lines the ticks are powers of ten, none is 0."""
    view = View(x_min=low, x_max=high, points=2000)
    text = render_chart(view, 100, 30, PLAIN, Overlay(log_y=True))
    labels = y_tick_labels(text)
    assert all(_DECADE.match(label) for label in labels), labels
    assert "0" not in labels


@pytest.mark.parametrize("size", SIZES)
async def test_compare_log_view_in_the_app_labels_decades(
    start_app: StartApp, size: tuple[int, int]
) -> None:
    """--mode compare, Escape, l: the bottom tick is 1e-10 or so, never 0 (was 0 at 60x20)."""
    async with start_app(View(mode=Mode.COMPARE), size=size, on_chart=True) as (app, pilot):
        await pilot.press("l")
        await pilot.pause()
        assert_decades(y_tick_labels(chart_text(app)))


@pytest.mark.parametrize("width", [36, 40, 50, 60, 80, 100, 200])
@pytest.mark.parametrize("mode", [Mode.BOTH, Mode.DERIVATIVE])
def test_a_curve_with_nothing_to_draw_says_so_in_words_that_fit(width: int, mode: Mode) -> None:
    """S' is 0 at every sample of [1000, 2000]: the note saying so names the curve whole and
    fits inside the frame, saying "at every sample" (the legend's short name S' where the whole
    one leaves no room). At 60 columns it read "Derivative: 0 at every sample, nothing to draw
    on a l", its start and its end cut off; then "Sigmoid Derivative: 0", like a value."""
    view = View(x_min=1000.0, x_max=2000.0, mode=mode)
    lines = render_chart(view, width, 20, PLAIN, Overlay(log_y=True)).splitlines()
    notes = [line for line in lines if ": 0 " in line]
    assert len(notes) == 1, lines
    inside = next(part.strip() for part in notes[0].split("│") if ": 0 " in part)
    assert inside in (
        "Sigmoid Derivative: 0 at every sample, nothing to draw on a log axis",
        "S': 0 at every sample, nothing to draw on a log axis",
        "Sigmoid Derivative: 0 at every sample",
        "S': 0 at every sample",
    ), notes[0]


@pytest.mark.parametrize("log_y", [False, True])
def test_a_curve_past_the_largest_double_is_not_called_0(log_y: bool) -> None:
    """Compare mode through 50 layers of weight 100 at k = 10^6 on [1e-6, 2e-6]: every value
    is beyond 1.8e308 (--csv writes inf), and the chart said "0 at every sample, nothing to
    draw on a log axis", on a linear axis too."""
    view = View(x_min=1e-6, x_max=2e-6, mode=Mode.COMPARE, depth=50, weight=100.0, steepness=1e6)
    text = render_chart(view, 80, 20, PLAIN, Overlay(log_y=log_y))
    assert "0 at every sample" not in text
    assert text.count("beyond 1.8e308 at every sample, nothing to draw") == 3, text
