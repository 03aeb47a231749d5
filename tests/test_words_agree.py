"""Every number said in words (``--describe``, ``i``, the messages after ``n``, the table)
is the one ``--solve`` and ``--at`` print, for any k and x0."""

from __future__ import annotations

import contextlib
import io
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sigmoid_tui.cli.main import main
from sigmoid_tui.core.answers import table_points
from sigmoid_tui.core.exact import crossing_u, values_at
from sigmoid_tui.core.help_markdown import help_markdown
from sigmoid_tui.core.points_of_interest import (
    STEEPEST_CHANGE_U,
    next_point,
    points_of_interest,
)
from sigmoid_tui.core.view import View
from sigmoid_tui.core.words import describe
from sigmoid_tui.tui.screens.describe import DescribeScreen
from tests.conftest import StartApp
from tests.screen import status

STEEPNESS = st.one_of(
    st.floats(0.05, 50.0), st.floats(1e-3, 0.0399), st.sampled_from([0.04, 1.0, 2.0, 1e6])
)
SHIFT = st.one_of(st.floats(-1e3, 1e3), st.sampled_from([0.0, 0.5, -7.25]))


def command(*argv: str) -> list[list[float]]:
    """The rows ``sigmoid-tui argv`` prints (``--at`` or ``--solve``), as numbers."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(argv)) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == "x,sigmoid,derivative,second_derivative"
    return [[float(cell) for cell in line.split(",")] for line in lines[1:]]


def shown(value: float) -> str:
    """A number as the words show it: six significant digits."""
    return f"{value + 0.0:.6g}".replace("e-0", "e-").replace("e+0", "e+")


NUMBER = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"
"""A number as the words write it."""


def same_digits(said: str, value: float) -> bool:
    """Whether a number said in words is ``value`` to the digits shown: an x may be said as
    typed, in its shortest form (5e-324), or to six digits (4.94066e-324); both are the same
    double to six digits."""
    return shown(float(said)) == shown(value)


def solved_edges(k: float, x0: float) -> list[float]:
    """``--solve "S'=0.01"``'s roots for k and x0 (none where the slope never gets there)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        try:
            status_code = main(["--solve", "S'=0.01", "--steepness", repr(k), "--shift", repr(x0)])
        except SystemExit as exit_:
            status_code = int(exit_.code or 0)
    if status_code != 0:
        return []
    return [float(line.split(",")[0]) for line in out.getvalue().splitlines()[1:]]


def said_numbers(sentence: str) -> list[float]:
    """The numbers in a sentence."""
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?", sentence)]


@settings(max_examples=60, deadline=None)
@given(STEEPNESS, SHIFT)
@example(0.04, 5e-324)  # the edge said as typed, 5e-324; --solve's to six digits, 4.94066e-324
def test_describe_says_the_saturation_edges_solve_gives(k: float, x0: float) -> None:
    """The edges in the words are --solve "S'=0.01"'s roots to the digits shown; the peak
    slope is --at x0's S'."""
    view = View(x_min=-10.0, x_max=10.0, steepness=k, shift=x0)
    lines = describe(view).splitlines()
    saturation = next(line for line in lines if line.startswith("S' "))
    edges = solved_edges(k, x0)
    if len(edges) == 2:
        said = re.search(f"below ({NUMBER}) and above ({NUMBER}):", saturation)
        assert said is not None, saturation
        assert [same_digits(said[1], edges[0]), same_digits(said[2], edges[1])] == [True, True]
    elif edges:
        said = re.search(f"only at x = ({NUMBER}) ", saturation)
        assert said is not None, saturation
        assert same_digits(said[1], edges[0])
    else:
        assert "stays below 0.01 everywhere" in saturation
    assert "0.01k" not in describe(view)
    peak = command("--at", repr(x0), "--steepness", repr(k), "--shift", repr(x0))[0][2]
    inflection = next(line for line in lines if line.startswith("Its inflection"))
    assert f"largest, {shown(peak)} " in inflection
    start = command("--at", "-10", "--steepness", repr(k), "--shift", repr(x0))[0][1]
    assert f"S rises from {shown(start)} at x = -10 " in describe(view)


@settings(max_examples=60, deadline=None)
@given(STEEPNESS, SHIFT)
def test_messages_and_table_use_the_solvers_doubles(k: float, x0: float) -> None:
    """n stops at --solve's edges exactly; the table's saturation rows are those x and their
    values are --at's; no message speaks of 0.01k."""
    edges = solved_edges(k, x0)
    low, high = x0 - 1e4, x0 + 1e4
    view = View(x_min=low, x_max=high, steepness=k, shift=x0)
    stops, cursor = [], low
    while (found := next_point(view, cursor, forward=True)) is not None:
        cursor, text = found
        stops.append(cursor)
        assert "0.01k" not in text
        # Only fixed numbers (S = 1/2, k/4, 0.01), never an x worked out apart from --solve.
        assert set(said_numbers(text)) <= {0.0, 1.0, 2.0, 4.0, 0.01}, text
    if len(edges) == 2 and low <= edges[0] and edges[1] <= high:
        assert edges[0] in stops
        assert edges[1] in stops
    rows = {x: name for name, x in table_points(view, ())}
    saturation = sorted(x for x, name in rows.items() if "saturation" in name)
    assert saturation == (edges if len(edges) == 2 else [])
    for x in saturation:
        at = command("--at", repr(x), "--steepness", repr(k), "--shift", repr(x0))[0]
        assert values_at(x, k, x0).row() == tuple(at)
    points = points_of_interest(k, x0)
    assert [p.x for p in points if p.label == "saturation"] == saturation
    assert [p.x for p in points] == sorted(p.x for p in points)


async def test_the_app_says_what_solve_says(start_app: StartApp) -> None:
    """k = 2, x0 = 0.5: i says -2.14412 and 3.14412, n goes to --solve's roots exactly."""
    view = View(steepness=2.0, shift=0.5)
    async with start_app(view, on_chart=True) as (app, pilot):
        edges = solved_edges(2.0, 0.5)
        assert edges == [-2.144120761058629, 3.144120761058629]
        await pilot.press("home", "n")
        assert app.explorer.cursor == edges[0]
        assert "0.01k" not in status(app)
        assert "slope below 0.01" in status(app)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, DescribeScreen)
        assert "below -2.14412 and above 3.14412" in app.screen.text


def test_the_helps_numbers_are_the_solvers() -> None:
    """Every number the help states (at k = 1, x0 = 0) is what --solve and --at give, to the
    digits it shows: the saturation edge, the extremes of S'', the peak slope, ten layers'
    best and the crossing of tanh' and S'."""
    text = help_markdown([])
    edges = solved_edges(1.0, 0.0)
    assert f"`|x|>{edges[1]:.4g}`" in text
    assert -edges[0] == edges[1]
    extremes = [x for name, x in table_points(View(), []) if name.startswith("S''")]
    assert f"x=±ln(2+√3)≈±{extremes[1]:.4g}" in text
    assert extremes == [-STEEPEST_CHANGE_U, STEEPEST_CHANGE_U]
    peak = command("--at", "0")[0][2]
    assert peak == 0.25
    assert "**S'(0)=1/4**" in text
    assert f"(1/4)^10≈{shown(peak**10)[:3]}e-7" in text
    assert shown(peak**10).endswith("e-7")
    assert f"x0±{crossing_u()!r}/k" in text
