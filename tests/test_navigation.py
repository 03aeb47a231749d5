"""Moving about a view, as pure functions: exact sample steps, zoom, pan and go-to."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sigmoid_tui.core.navigation import (
    ZOOM_LIMIT,
    Move,
    Refused,
    go_to,
    home,
    pan,
    sample_at,
    samples_around,
    step,
    zoom,
)
from sigmoid_tui.core.sampling import linspace
from sigmoid_tui.core.view import MAX_POINTS, View


def moved(result: Move | Refused) -> Move:
    """The move, failing the test if it was refused."""
    assert isinstance(result, Move), result
    return result


@st.composite
def views(draw: st.DrawFn, max_points: int = MAX_POINTS) -> View:
    """Ranges the app allows, down to its zoom limit (4 ulp per sample interval), 2..10^7 points."""
    points = draw(st.one_of(st.integers(2, 200), st.integers(2, max_points)))
    centre = draw(st.floats(-ZOOM_LIMIT / 2, ZOOM_LIMIT / 2, allow_nan=False))
    digits = draw(st.floats(-1.0, 6.0))  # the span as 10^digits times the finest
    finest = 4.0 * (points - 1) * math.ulp(abs(centre) + 1e-300)
    span = max(finest * 10.0**digits, 1e-300)
    low, high = centre - span / 2, centre + span / 2
    assume(math.isfinite(low) and math.isfinite(high) and low < high)
    assume(high - low > 4.0 * (points - 1) * math.ulp(max(abs(low), abs(high))))
    return View(x_min=low, x_max=high, points=points)


@given(views(), st.integers(0, MAX_POINTS), st.integers(1, 40))
@settings(max_examples=400, deadline=None)
def test_n_steps_right_then_n_left_return_to_the_same_sample(
    view: View, start: int, n: int
) -> None:
    """From sample i, n steps right land on i + n, and n steps left come back to i."""
    i = start % view.points
    assume(i + n < view.points)
    x = sample_at(view, i)
    there = x
    for _ in range(n):
        there = step(view, there, 1).cursor
    assert there == sample_at(view, i + n)
    back = there
    for _ in range(n):
        back = step(view, back, -1).cursor
    assert back == x


@given(views(), st.integers(0, MAX_POINTS))
@settings(max_examples=400, deadline=None)
def test_one_step_is_exactly_one_index(view: View, start: int) -> None:
    """Right from sample i is sample i + 1; ten right is i + 10; never stuck, never 9."""
    i = start % (view.points - 1)
    x = sample_at(view, i)
    assert samples_around(view, x) == (i, i)
    assert step(view, x, 1).cursor == sample_at(view, i + 1)
    assert step(view, x, 10).cursor == sample_at(view, min(i + 10, view.points - 1))
    assert step(view, sample_at(view, i + 1), -1).cursor == x


@given(views(max_points=5000), st.integers(0, 4999), st.floats(0.01, 0.99))
@settings(max_examples=300, deadline=None)
def test_between_two_samples_the_first_step_lands_on_the_neighbour(
    view: View, start: int, t: float
) -> None:
    """A cursor strictly between samples i and i + 1 steps right to i + 1, left to i."""
    i = start % (view.points - 1)
    a, b = sample_at(view, i), sample_at(view, i + 1)
    x = a + (b - a) * t
    assume(a < x < b)
    assert step(view, x, 1).cursor == b
    assert step(view, x, -1).cursor == a


def test_steps_agree_with_numpy_linspace_for_every_sample() -> None:
    """Walking the article's 100 samples visits exactly numpy's linspace, then stops."""
    view = View()
    x = view.x_min
    seen = [x]
    for _ in range(120):
        x = step(view, x, 1).cursor
        seen.append(x)
    assert seen[:100] == linspace(-10, 10, 100).tolist()
    assert set(seen[99:]) == {10.0}


@pytest.mark.parametrize(
    ("low", "high"), [(2.19722, 2.19723), (1000.0, 1000.0001), (4.5951198, 4.5951199)]
)
def test_cursor_does_not_stick_where_samples_are_close(low: float, high: float) -> None:
    """The fault found by hand: from x min, ten steps right reach sample 10, each one moving."""
    view = View(x_min=low, x_max=high)
    x = low
    for i in range(1, 11):
        x = step(view, x, 1).cursor
        assert x == sample_at(view, i)
    assert step(view, low, 10).cursor == sample_at(view, 10)


@given(views(), st.floats(0.0, 1.0))
@settings(max_examples=300, deadline=None)
def test_zoom_in_then_out_restores_the_span(view: View, t: float) -> None:
    """+ then - around the cursor gives back the range, within a few ulp, where both are allowed."""
    cursor = view.x_min + (view.x_max - view.x_min) * t
    cursor = min(max(cursor, view.x_min), view.x_max)
    inside = zoom(view, cursor, 0.5)
    if isinstance(inside, Refused):
        return  # at the zoom limit already
    out = moved(zoom(inside.view, inside.cursor, 2.0))
    ulp = 8 * math.ulp(max(abs(view.x_min), abs(view.x_max)))
    assert out.view.x_min == pytest.approx(view.x_min, abs=ulp)
    assert out.view.x_max == pytest.approx(view.x_max, abs=ulp)
    assert out.view.x_min <= out.cursor <= out.view.x_max


@given(views(), st.floats(0.0, 1.0), st.sampled_from([-0.25, 0.25]))
@settings(max_examples=300, deadline=None)
def test_pan_moves_the_cursor_once_by_what_the_range_moved(
    view: View, t: float, fraction: float
) -> None:
    """The cursor moves by exactly what x min moved (clamped to the new range), never twice."""
    cursor = min(max(view.x_min + (view.x_max - view.x_min) * t, view.x_min), view.x_max)
    result = pan(view, cursor, fraction)
    if isinstance(result, Refused):
        return
    shift = result.view.x_min - view.x_min
    expected = min(max(cursor + shift, result.view.x_min), result.view.x_max)
    assert result.cursor == expected
    assert result.view.x_min <= result.cursor <= result.view.x_max


def test_pan_from_the_left_end_keeps_the_cursor_at_the_left_end() -> None:
    """The fault found by hand: Home then ] puts the range at -5..15 and the cursor at -5."""
    result = moved(pan(View(), -10.0, 0.25))
    assert (result.view.x_min, result.view.x_max) == (-5.0, 15.0)
    assert result.cursor == -5.0
    mirrored = moved(pan(View(), 10.0, -0.25))
    assert (mirrored.view.x_min, mirrored.view.x_max, mirrored.cursor) == (-15.0, 5.0, 5.0)


def test_zoom_and_pan_stop_at_their_limits_with_a_reason() -> None:
    """Zoom out past ±10^6, pan past it, zoom in past the doubles: each says why not."""
    wide = View(x_min=-ZOOM_LIMIT, x_max=ZOOM_LIMIT)
    assert zoom(wide, 0.0, 2.0) == Refused("Zoomed out as far as ±10^6.")
    assert pan(View(x_min=0.0, x_max=ZOOM_LIMIT), 1.0, 0.25) == Refused(
        "Cannot pan further that way."
    )
    tiny = View(x_min=1.0, x_max=1.0 + 400 * math.ulp(1.0))
    assert zoom(tiny, 1.0, 0.5) == Refused("Zoomed in as far as doubles can tell x apart.")


def test_home_is_x0_when_on_show_else_mid_range() -> None:
    """The inflection point when the range holds it, else the middle."""
    assert home(View()) == 0.0
    assert home(View(shift=3.0)) == 3.0
    assert home(View(x_min=10.0, x_max=20.0)) == 15.0
    assert home(View(x_min=-1e308, x_max=1e308, shift=1e308 * 1.5)) == 0.0


def test_go_to_keeps_the_span_and_puts_the_cursor_exactly_there() -> None:
    """Inside the range only the cursor moves; outside, the range moves to hold x, span kept."""
    assert go_to(View(), 2.5) == Move(View(), 2.5)
    far = go_to(View(), 40.0)
    assert (far.view.x_min, far.view.x_max, far.cursor) == (30.0, 50.0, 40.0)
    edge = go_to(View(x_min=-1e308, x_max=0.0), 1e308)
    assert edge.view.x_min <= 1e308 <= edge.view.x_max
    assert edge.cursor == 1e308
    assert np.isfinite([edge.view.x_min, edge.view.x_max]).all()
