"""Every surface states the same view: for random states (mode, range, points, k, x0, depth,
weight, log y, points of interest, cursor) the selector and inputs, the chart's title, y label,
legend, ticks and point labels, the readout, the table, a message, the describe screen and the
words say the same thing, with the same numbers, as ``--at``, ``--solve``, ``--csv`` and
``--describe`` on the command line; so does each n, from the cursor to the last point.

One app runs for all of a test's states: each is shown through the screen's one owner of the view
(:meth:`ExplorerScreen.go_to_view`), as typing a view shows it, so a state costs a redraw,
not an app start. A part of the states is shown again after the terminal was resized to 60x20
and to 80x24, where the same statements must hold; and a few are typed in as a person types
them (a click in each input, the number, Enter or Tab; m, >, l, p and g on the chart), which
must give the very screen that go_to_view gives. Hypothesis draws the states, derandomized and
without a database, so that CI sees the same states every run; a failure names the state.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import math
import re
from dataclasses import dataclass

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.widgets import Label, RadioButton, Static

from sigmoid_tui.cli.main import main
from sigmoid_tui.core.answers import table_points
from sigmoid_tui.core.fields import FIELDS, field_texts
from sigmoid_tui.core.parsing import format_number
from sigmoid_tui.core.points_of_interest import view_points
from sigmoid_tui.core.view import MAX_DEPTH, Mode, View, power_label
from sigmoid_tui.core.words import _n as said_number
from sigmoid_tui.core.words import _x as said_x
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.screens.describe import DescribeScreen
from sigmoid_tui.tui.widgets.mode_selector import ModeSelector
from sigmoid_tui.tui.widgets.plot import SigmoidPlot
from sigmoid_tui.tui.widgets.values_table import ValuesTable

from .conftest import StartApp
from .screen import chart_text, field, message, readout, status, wait_until
from .test_log_axis import assert_decades, y_tick_labels
from .test_point_labels import ROW, distance, markers, own_points

# said_number and said_x are the words' own formatting: numbers compared as sentences show them.

TITLES = {
    Mode.SIGMOID: "Sigmoid Function",
    Mode.DERIVATIVE: "Sigmoid Derivative Function",
    Mode.BOTH: "Sigmoid Function and Its Derivative",
    Mode.COMPARE: "Derivatives: Sigmoid, Tanh, ReLU",
}
"""Each mode's title, as the article's figures and docs/explorer.md give them."""

Y_LABELS = {Mode.SIGMOID: "S(x)", Mode.DERIVATIVE: "S'(x)", Mode.BOTH: "Value"}
"""Each of the article's modes' y label (compare mode's is f'(x), through depth and weight)."""

CURVES = {
    Mode.SIGMOID: ["Sigmoid"],
    Mode.DERIVATIVE: ["Sigmoid Derivative"],
    Mode.BOTH: ["Sigmoid", "Sigmoid Derivative"],
}
"""The legend's names in the article's modes (compare mode's are the three derivatives)."""

COMPARE_NAMES = ("Sigmoid'", "Tanh'", "ReLU'")
"""Compare mode's curves, before depth and weight."""


@dataclass(frozen=True)
class State:
    """A view, the log toggle, and where the cursor is asked to be."""

    view: View
    """What the chart shows."""
    log_y: bool
    """Whether the y axis is logarithmic."""
    cursor: tuple[str, float]
    """``("sample", i)``: on sample i mod points; ``("fraction", f)``: f of the way across;
    ``("outside", -1 or 1)``: left or right of the range (the cursor is shown at its end);
    ``("at", x)``: at x, inside the range (as g and a typed x put it)."""
    show_points: bool = False
    """Whether the points of interest are marked (p)."""


STEEPNESS = st.one_of(
    st.floats(0.05, 50.0), st.floats(1e-3, 0.0399), st.sampled_from([1.0, 2.0, 1e6])
)
SHIFT = st.one_of(st.floats(-1e3, 1e3), st.sampled_from([0.0, 0.5, -7.25]))


@st.composite
def views(draw: st.DrawFn) -> View:
    """Any valid view: a range from 1e-6 to 1e4 wide (or the widest), up to 400 points."""
    if draw(st.integers(0, 9)) == 0:
        x_min, x_max = -1e308, 1e308
    else:
        x_min = draw(st.one_of(st.floats(-1e4, 1e4), st.sampled_from([-10.0, 0.0])))
        span = draw(st.one_of(st.floats(1e-6, 1e4), st.sampled_from([20.0, 1.0])))
        x_max = x_min + span
    return View(
        x_min=x_min,
        x_max=x_max,
        points=draw(st.one_of(st.integers(2, 400), st.just(100))),
        mode=draw(st.sampled_from(Mode)),
        steepness=draw(STEEPNESS),
        shift=draw(SHIFT),
        depth=draw(st.one_of(st.integers(1, MAX_DEPTH), st.just(1))),
        weight=draw(st.sampled_from([1.0, 4.0, 0.5, 8.0, 100.0])),
    )


CURSORS = st.one_of(
    st.tuples(st.just("sample"), st.integers(0, 1000).map(float)),
    st.tuples(st.just("fraction"), st.floats(0.0, 1.0)),
    st.tuples(st.just("outside"), st.sampled_from([-1.0, 1.0])),
)

EXAMPLES = 16
"""States drawn: each costs about a quarter of a second of CPU on the one app."""

KNOWN = [
    # The fault 3: the words gave the k = 1 edges shifted; the points marked.
    State(View(steepness=2.0, shift=0.5, mode=Mode.DERIVATIVE), False, ("fraction", 0.5), True),
    # Compare mode through ten layers of weight 4, on a log axis, the points marked, the
    # cursor on sample 50.
    State(View(mode=Mode.COMPARE, depth=10, weight=4.0), True, ("sample", 50.0), True),
]
"""States always checked, besides the drawn ones."""

RESIZED = {(60, 20): slice(0, None, 3), (80, 24): slice(1, None, 3)}
"""The terminal sizes a part of the states is shown at again, after a resize from 100x30,
and which part: every third state (each costs a redraw, as at 100x30)."""


def draw_states(strategy: st.SearchStrategy[State], count: int) -> list[State]:
    """``count`` states from ``strategy``: the same ones every run (derandomized, no
    database)."""
    found: list[State] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        deadline=None,
    )
    @given(strategy)
    def draw(state: State) -> None:
        found.append(state)

    draw()
    return found


def drawn_states() -> list[State]:
    """The known states and those hypothesis draws."""
    return KNOWN + draw_states(
        st.builds(State, views(), st.booleans(), CURSORS, st.booleans()), EXAMPLES
    )


QUARTERS = st.integers(-160, 160).map(lambda i: i / 4)
"""Numbers as a person types them: -7.25, 0.5, 12."""


@st.composite
def typed_views(draw: st.DrawFn) -> View:
    """A view a person might type: short numbers, a few layers (each one a key press)."""
    x_min, mode = draw(QUARTERS), draw(st.sampled_from(Mode))
    return View(
        x_min=x_min,
        x_max=x_min + draw(st.integers(1, 160).map(lambda i: i / 4)),
        points=draw(st.integers(2, 400)),
        mode=mode,
        steepness=draw(st.sampled_from([0.25, 0.5, 1.0, 2.0, 3.5, 10.0])),
        shift=draw(QUARTERS),
        depth=draw(st.integers(1, 4)) if mode is Mode.COMPARE else 1,  # > is compare's key
        weight=draw(st.sampled_from([1.0, 0.5, 2.0, 4.0])),
    )


TYPED = 3
"""States typed in as a person types them: each costs some twenty redraws, one a keystroke
that gives a new valid view."""


@st.composite
def typed(draw: st.DrawFn) -> State:
    """A state a person might type: a typed view, and the cursor at a short x inside its
    range (g puts it there)."""
    view = draw(typed_views())
    quarters = draw(st.integers(0, round(4 * (view.x_max - view.x_min))))
    cursor = ("at", view.x_min + quarters / 4)
    return State(view, draw(st.booleans()), cursor, draw(st.booleans()))


def typed_states() -> list[State]:
    """The states typed in."""
    return draw_states(typed(), TYPED)


# --- the command line, in process ---------------------------------------------------------


def cli(*argv: str) -> str:
    """What ``sigmoid-tui argv`` prints; it must succeed. (``--csv`` writes bytes, to
    stdout's buffer.)"""
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(list(argv)) == 0, argv
    out.flush()
    return raw.getvalue().decode()


def view_args(view: View) -> list[str]:
    """The options that give ``view`` on the command line."""
    args = [
        "--range",
        repr(view.x_min),
        repr(view.x_max),
        "--points",
        str(view.points),
        "--mode",
        view.mode.value,
        "--steepness",
        repr(view.steepness),
        "--shift",
        repr(view.shift),
    ]
    if view.mode is Mode.COMPARE:
        args += ["--depth", str(view.depth), "--weight", repr(view.weight)]
    return args


def at(view: View, x: float) -> list[str]:
    """``--at x``'s row for the view's k and x0, as printed: x, S, S', S''."""
    lines = cli("--at", repr(x), "--steepness", repr(view.steepness), "--shift", repr(view.shift))
    header, row = lines.splitlines()
    assert header == "x,sigmoid,derivative,second_derivative"
    return row.split(",")


def csv_rows(view: View) -> list[list[float]]:
    """``--csv``'s rows for the view: x and the values of its mode's columns."""
    lines = cli("--csv", *view_args(view)).splitlines()
    return [[float(cell) for cell in line.split(",")] for line in lines[1:]]


def compare_at_cli(view: View, x: float) -> list[float]:
    """Compare mode's three derivatives at ``x`` (depth and weight the view's), as ``--csv``
    writes them for a range that starts or ends exactly at ``x``."""
    low, high = x, math.nextafter(x, math.inf)
    if math.isinf(high):
        low, high = math.nextafter(x, -math.inf), x
    ranged = View(
        x_min=low,
        x_max=high,
        points=2,
        mode=Mode.COMPARE,
        steepness=view.steepness,
        shift=view.shift,
        depth=view.depth,
        weight=view.weight,
    )
    row = next(row for row in csv_rows(ranged) if row[0] == x)
    return row[1:]


def solved(view: View, equation: str) -> list[float]:
    """``--solve equation``'s x for the view's k and x0 (none where it has no solution)."""
    out = io.StringIO()
    argv = ["--solve", equation, "--steepness", repr(view.steepness), "--shift", repr(view.shift)]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    if code != 0:
        return []
    return [float(line.split(",")[0]) for line in out.getvalue().splitlines()[1:]]


# --- what the screen shows ----------------------------------------------------------------


def fields_of(text: str) -> list[str]:
    """The fields of a readout (or a legend): runs of text two or more spaces apart."""
    return [f for line in text.splitlines() for f in re.split(r"\s{2,}", line.strip()) if f]


def lit_modes(app: SigmoidApp) -> list[str]:
    """The ids of the mode selector's buttons that are on."""
    selector = app.screen.query_one(ModeSelector)
    return [str(button.id) for button in selector.query(RadioButton) if button.value]


def table_cells(app: SigmoidApp) -> tuple[list[str], list[list[str]]]:
    """The table's header and rows, a value a cell (the table may stack them to fit)."""
    table = app.screen.query_one(ValuesTable)
    header = [part for c in table.columns.values() for part in str(c.label).split("\n")]
    rows = [
        [part for cell in table.get_row_at(i) for part in str(cell).split("\n")]
        for i in range(table.row_count)
    ]
    return header, rows


def expected_cursor(state: State, samples: list[float]) -> float:
    """Where the cursor is shown for ``state``: a sample, a point across, or an end."""
    view, (kind, value) = state.view, state.cursor
    if kind == "sample":
        return samples[int(value) % view.points]
    if kind == "outside":
        return view.x_min if value < 0 else view.x_max
    if kind == "at":
        return value
    x = view.x_min * (1.0 - value) + view.x_max * value  # finite across [-1e308, 1e308]
    return min(max(x, view.x_min), view.x_max)


def wanted(state: State, cursor: float) -> float:
    """The x the person asks for: outside the range for an ``outside`` cursor."""
    kind, side = state.cursor
    if kind != "outside":
        return cursor
    return -math.inf if side < 0 else math.inf


# --- the check ------------------------------------------------------------------------------


def value_names(view: View) -> list[str]:
    """The readout's and the table's value names for ``view``'s mode."""
    if view.mode is Mode.COMPARE:
        return [power_label(name, view.depth, view.weight) for name in COMPARE_NAMES]
    return ["S", "S'", "S''"]


def values_said(view: View, x: float) -> list[str]:
    """The values at ``x`` as the command line gives them, written as the readout writes a
    value (``repr``): ``--at``'s S, S', S'' or compare mode's ``--csv`` columns."""
    if view.mode is Mode.COMPARE:
        return [repr(v + 0.0) for v in compare_at_cli(view, x)]
    return at(view, x)[1:]


def check_chart(app: SigmoidApp, state: State) -> None:
    """The title, the legend and the y label state the mode (its depth and weight)."""
    view = state.view
    lines = chart_text(app).splitlines()
    if view.mode is Mode.COMPARE:
        n, w = view.depth, view.weight
        title = TITLES[view.mode]
        if n > 1 or w != 1.0:
            title = title.replace("Derivatives", power_label("Derivatives", n, w), 1)
        y_label = power_label("f'(x)", n, w)
        names = [power_label(name, n, w) for name in COMPARE_NAMES]
    else:
        title, y_label, names = TITLES[view.mode], Y_LABELS[view.mode], CURVES[view.mode]
    assert lines[0].strip() == title
    legend = [entry.split(" ", 1) for entry in fields_of(lines[1])]
    assert [name for _glyph, name in legend] == names
    y_label += " (log)" if state.log_y else ""
    assert lines[-1].startswith(f"{y_label} "), lines[-1]


SHOWN_COLUMNS = {
    Mode.SIGMOID: (1,),
    Mode.DERIVATIVE: (2,),
    Mode.BOTH: (1, 2),
    Mode.COMPARE: (1, 2, 3),
}
"""The ``--csv`` columns of the curves each mode draws (compare mode's are its own three)."""

NUMBER = re.compile(r"^-?\d+(\.\d+)?(e-?\d+)?$")
"""A linear axis's tick label: a number, with an exponent if need be (``-2.5``, ``2e-44``)."""

LOWEST_DECADE = -323
"""The lowest decade a log axis labels, 1e-323: the smallest double, 5e-324, lies below."""

NOTES = frozenset({"vanishing gradient", "vanishing", "S' ≈ S"})
"""Labels that mark a span, not a point: the vanishing tails and where S' hides S."""

NO_MORE = "No more points of interest that way in this range."
"""What n says past the last point of interest."""


def numbers(labels: list[str]) -> list[float]:
    """Tick labels as numbers; each must read as one."""
    assert labels, "no tick labels"
    assert all(NUMBER.match(label) for label in labels), labels
    return [float(label) for label in labels]


def even_step(ticks: list[float]) -> float:
    """The step between consecutive ticks, the same all along (to the labels' rounding: a
    millionth of the step, :func:`~sigmoid_tui.chart.ticks.format_ticks`)."""
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert all(abs(gap - gaps[0]) <= abs(gaps[0]) * 1e-5 for gap in gaps), ticks
    return gaps[0]


def check_decades(labels: list[str], positive: list[float]) -> None:
    """A log axis: decades in one notation, never 0 (:func:`assert_decades`), from the
    decade at or below the smallest value drawn to the one at or above the largest, and a
    step short of the next each way (below 1e-323 no decade is labelled)."""
    if not positive:
        assert labels == [], labels  # every value is 0: nothing to draw, nothing to label
        return
    assert_decades(labels)
    powers = [int(label[2:]) for label in labels]
    step = powers[0] - powers[1]
    low, high = math.log10(min(positive)), math.log10(max(positive))
    eps = 1e-9  # log10 of a value that --csv rounds and the chart computes an ulp apart
    assert high - eps <= powers[0] <= high + step + eps, (labels, high)
    if low < LOWEST_DECADE:
        assert powers[-1] - step < LOWEST_DECADE, (labels, low)
    else:
        assert low - step - eps <= powers[-1] <= low + eps, (labels, low)


def check_linear(ticks: list[float], low: float, high: float) -> None:
    """A linear axis: evenly spaced numbers falling from at or above the largest value drawn
    to at or below the smallest, a step short of the next each way; a flat line has one
    tick, its value."""
    if low == high:
        assert len(ticks) == 1, ticks
        assert math.isclose(ticks[0], low, rel_tol=1e-6), (ticks, low)
        return
    assert len(ticks) >= 2, ticks
    step = -even_step(ticks)
    assert step > 0, ticks
    slack = step * 1e-5
    assert high - slack <= ticks[0] < high + step + slack, (ticks, high)
    assert low - step - slack < ticks[-1] <= low + slack, (ticks, low)


def check_ticks(app: SigmoidApp, state: State, rows: list[list[float]]) -> None:
    """The y ticks span the values ``--csv`` gives for the curves on show (``rows``), as
    decades on a log axis and as even steps on a linear one; the x ticks are evenly spaced
    numbers, rising, within [x min, x max] (to their labels' rounding)."""
    view = state.view
    lines = chart_text(app).splitlines()
    values = [row[column] for row in rows for column in SHOWN_COLUMNS[view.mode]]
    labels = y_tick_labels("\n".join(lines))
    if state.log_y:
        check_decades(labels, [v for v in values if v > 0.0])
    else:
        check_linear(numbers(labels), min(values), max(values))
    xs = numbers(lines[-2].split())  # the line under the frame, above the axis labels
    assert len(xs) >= 2, xs
    step = even_step(xs)
    assert step > 0, xs
    assert view.x_min - step * 1e-6 <= xs[0], (xs, view.x_min)
    assert xs[-1] <= view.x_max + step * 1e-6, (xs, view.x_max)


def check_point_labels(app: SigmoidApp, state: State) -> int:
    """Each label that names a point of interest (or its short form, ``S''+``) names one the
    table lists in range, and sits beside that point's marker, nearer it than any other
    marker; with the points off no label names a point. Return how many named one."""
    view = state.view
    lines = chart_text(app).splitlines()  # rendered first: the layout is the chart on show
    drawn = app.explorer.plot._layout
    assert drawn is not None
    listed = {(name, x) for names, x in table_points(view, ()) for name in names.split(", ")}
    points = tuple(view_points(view))
    shown = markers(lines, drawn)
    named = 0
    for label in drawn.labels:
        col, line, text = label
        assert lines[line][col : col + len(text)] == text, (label, lines[line])
        if text in NOTES:
            continue
        assert state.show_points, f"{text!r} drawn with the points off"
        own = [p for p in own_points(text, points) if (p.label, p.x) in listed]
        assert own, f"{text!r} names no point the table lists"
        columns = {drawn.column(p.x) for p in own}
        mine = [cell for cell in shown if cell[0] in columns]
        assert mine, (label, "its marker is not drawn")
        near = min(distance(label, cell) for cell in mine)
        assert near <= math.hypot(3, ROW), (label, near)  # beside it: 3 columns, or a line
        others = [distance(label, cell) for cell in shown if cell[0] not in columns]
        assert all(d > near for d in others), (label, near, sorted(others)[:3])
        named += 1
    return named


def readout_fields(app: SigmoidApp, view: View) -> list[str]:
    """The readout's fields: x, then the values in the legend's order, however the readout
    lays them out (at 80 columns compare mode reads down two columns: x over Sigmoid')."""
    fields = fields_of(readout(app))
    names = value_names(view)

    def rank(field: str) -> int:
        name = field.split(" = ", 1)[0]
        return names.index(name) + 1 if name in names else 0

    return sorted(fields, key=rank)


def check_readout(app: SigmoidApp, view: View, cursor: float, between: bool) -> list[str]:
    """x and the values at the cursor are the command line's; return the readout's fields."""
    shown = readout_fields(app, view)
    note = " (between samples)" if between else ""
    names = value_names(view)
    said = values_said(view, cursor)
    assert shown == [
        f"x = {format_number(cursor)}{note}",
        *(f"{name} = {value}" for name, value in zip(names, said, strict=True)),
    ]
    return shown


def check_controls(app: SigmoidApp, view: View) -> None:
    """The selector lights exactly the mode; each input shows the view's number."""
    assert lit_modes(app) == [view.mode.value]
    for name, value in (
        ("x-min", view.x_min),
        ("x-max", view.x_max),
        ("steepness", view.steepness),
        ("shift", view.shift),
        ("weight", view.weight),
    ):
        assert field(app, name).value == format_number(value), name
    assert field(app, "points").value.replace(",", "") == str(view.points)


async def check_table(app: SigmoidApp, pilot: Pilot[int], state: State, words: str) -> None:
    """With the table on show, show ``state`` and b at the cursor: the rows are the points of
    interest in range and the bookmark, each with the command line's values; the saturation
    edges are ``--solve "S'=0.01"``'s, the crossings the words'; the readout, where it is on
    show, shows the lit row as the table has it."""
    screen, view = app.explorer, state.view
    cursor = show(app, state, [row[0] for row in csv_rows(view)])
    screen.action_answer("bookmark")  # b: the message and the table's bookmark row say the same x
    assert f"Bookmarked x = {format_number(cursor)} " in status(app)
    table = screen.query_one(ValuesTable)
    points = table_points(view, (cursor,))
    await pilot.pause()  # the table is filled at once; the pause lets its highlight land
    header, rows = table_cells(app)
    assert header == ["point", "x", *value_names(view)]
    assert [(row[0], row[1]) for row in rows] == [(n, format_number(x)) for n, x in points]
    assert any(row[0].endswith("bookmark") and row[1] == format_number(cursor) for row in rows)
    for row, (_name, x) in zip(rows, points, strict=True):
        assert row[2:] == values_said(view, x), row
    if view.mode is Mode.COMPARE:
        crossing = next(line for line in words.splitlines() if "crosses the sigmoid's" in line)
        for row in rows:
            if "tanh' = S'" in row[0]:
                assert f"x = {said_x(float(row[1]))} " in crossing, row
    else:
        edges = solved(view, "S'=0.01")
        saturation = [float(row[1]) for row in rows if "saturation" in row[0]]
        in_range = [e for e in edges if view.x_min <= e <= view.x_max]
        assert saturation == (in_range if len(edges) == 2 else [])
        if view.x_min <= view.shift <= view.x_max:
            inflection = [row[1] for row in rows if "inflection" in row[0]]
            assert inflection == [format_number(view.shift)]
    if not app.screen.query_one("#readout").display:
        return  # below 24 rows the table takes the readout's lines: its rows are whole
    lit = rows[table.cursor_row]
    assert readout_fields(app, view) == [
        f"x = {lit[1]} ({lit[0]})",
        *(f"{name} = {value}" for name, value in zip(value_names(view), lit[2:], strict=True)),
    ]


def check_words(view: View, text: str) -> None:
    """The sentences state ``--at``'s, ``--solve``'s and (compare mode) ``--csv``'s numbers."""
    k, x0 = view.steepness, view.shift
    start, end = at(view, view.x_min), at(view, view.x_max)
    assert (
        f"S rises from {said_number(float(start[1]))} at x = {said_x(view.x_min)} "
        f"to {said_number(float(end[1]))} at x = {said_x(view.x_max)}."
    ) in text
    peak = float(at(view, x0)[2])
    assert f"at x = {said_x(x0)}" in text
    assert f"largest, {said_number(peak)} ({'1/4' if k == 1.0 else 'k/4'})" in text
    edges = solved(view, "S'=0.01")
    if len(edges) == 2:
        assert f"for x below {said_x(edges[0])} and above {said_x(edges[1])}:" in text
    elif edges:
        assert f"only at x = {said_x(edges[0])} " in text
    else:
        assert "stays below 0.01 everywhere" in text
    if view.mode is Mode.COMPARE:
        one = compare_at_cli(View(steepness=k, shift=x0, weight=view.weight), x0)
        through = compare_at_cli(view, x0)
        assert f"the sigmoid's factor is {said_number(one[0])} a layer" in text
        if view.depth > 1:
            assert f"({said_number(through[0])} through {view.depth} layers)" in text


def show(app: SigmoidApp, state: State, samples: list[float]) -> float:
    """Show ``state`` through the screen's one owner of the view and the cursor, as a view
    typed into the inputs is shown; return where the cursor is to be."""
    screen = app.explorer
    cursor = expected_cursor(state, samples)
    screen.bookmarks = ()
    screen.wanted = wanted(state, cursor)
    screen.go_to_view(state.view)
    screen.log_y = state.log_y
    screen.show_points = state.show_points
    assert screen.view == state.view
    assert screen.cursor == cursor
    return cursor


async def check_next_points(
    app: SigmoidApp, pilot: Pilot[int], view: View, samples: list[float]
) -> None:
    """n, from the cursor to past the last point: each puts the cursor on the next point right
    of it that the table lists, the message names it as the table's row does, the readout
    shows the row's x (format_number) and the command line's values there; past the last, n
    says there are no more and the cursor stays."""
    screen = app.explorer
    assert isinstance(app.focused, SigmoidPlot)  # n on the chart, not typed into an input
    rows = table_points(view, ())
    for _ in range(len(rows) + 1):
        cursor = screen.cursor
        later = [(name, x) for name, x in rows if x > cursor]
        await pilot.press("n")
        if not later:
            assert status(app) == NO_MORE, status(app)
            assert screen.cursor == cursor
            return
        name, x = later[0]
        assert screen.cursor == x, (name, format_number(x), format_number(screen.cursor))
        assert status(app).startswith(f"{name}: "), (name, status(app))
        check_readout(app, view, x, between=x not in samples)
    raise AssertionError(f"n never said {NO_MORE!r}")


async def check_state(app: SigmoidApp, pilot: Pilot[int], state: State) -> tuple[str, int]:
    """Show ``state`` on the chart, then read every surface but the table, and press n to the
    last point of interest; return the words and how many labels named a point."""
    screen, view = app.explorer, state.view
    rows = csv_rows(view)
    samples = [row[0] for row in rows]
    cursor = show(app, state, samples)
    await wait_until(lambda: screen.plot.last_drawn_view == view)
    check_controls(app, view)
    check_chart(app, state)
    check_ticks(app, state, rows)
    named = check_point_labels(app, state)
    shown = check_readout(app, view, cursor, between=cursor not in samples)

    # The words: --describe's, the describe screen's (i), and the cursor's sentence.
    said = cli("--describe", *view_args(view), "--cursor", repr(cursor)).splitlines()
    words, cursor_words = "\n".join(said[:-1]), said[-1]
    x_field = shown[0].removesuffix(" (between samples)")
    assert cursor_words == f"The cursor is at {x_field}: {', '.join(shown[1:])}."
    check_words(view, words)
    screen.action_answer("describe")
    await wait_until(lambda: bool(app.screen.query("#describe-text")))
    describe_screen = app.screen
    assert isinstance(describe_screen, DescribeScreen)
    assert describe_screen.text == words
    paragraphs = str(describe_screen.query_one("#describe-text", Static).render())
    assert paragraphs == "\n\n".join(line for line in words.splitlines() if line)
    app.pop_screen()
    await wait_until(lambda: app.screen is screen)
    await check_next_points(app, pilot, view, samples)
    return words, named


async def check_states(app: SigmoidApp, pilot: Pilot[int], states: list[State]) -> int:
    """Check each state on the chart, then each with the table on show (t), where a state
    costs no chart build; return how many labels named a point. A failure names the state
    and the terminal's size."""
    where = "x".join(map(str, app.size))
    said: list[str] = []
    named = 0
    for state in states:
        try:
            words, labels = await check_state(app, pilot, state)
        except AssertionError as error:
            raise AssertionError(f"{state} at {where}: {error}") from error
        said.append(words)
        named += labels
    app.explorer.show_table = True
    await wait_until(lambda: bool(app.explorer.query(ValuesTable)))
    for state, words in zip(states, said, strict=True):
        try:
            await check_table(app, pilot, state, words)
        except AssertionError as error:
            raise AssertionError(f"{state} at {where} (table): {error}") from error
    return named


async def test_every_surface_states_what_the_command_line_says(start_app: StartApp) -> None:
    """For each drawn state, on one running app: selector, inputs, title, y label, legend,
    ticks, point labels, readout, words and each n agree with --at, --solve, --csv and
    --describe; then, with the table on show (t), its rows, the bookmark message and the lit
    row's readout do too."""
    states = drawn_states()
    assert len(states) > EXAMPLES // 2
    async with start_app(on_chart=True) as (app, pilot):
        assert await check_states(app, pilot, states) > 0  # some labels were there to check


@pytest.mark.parametrize("size", list(RESIZED))
async def test_after_a_resize_every_surface_says_the_same(
    start_app: StartApp, size: tuple[int, int]
) -> None:
    """A part of the states, on an app resized from 100x30 (the first state's chart drawn
    before the resize, the others after): at 60x20 and 80x24 every surface, ticks and labels
    among them, states what it states at 100x30."""
    states = drawn_states()[RESIZED[size]]
    async with start_app(on_chart=True) as (app, pilot):
        plot = app.explorer.plot
        show(app, states[0], [row[0] for row in csv_rows(states[0].view)])
        await wait_until(lambda: plot.last_drawn_view == states[0].view)
        before = plot.size
        await pilot.resize_terminal(*size)
        await wait_until(lambda: tuple(app.size) == size and plot.size != before)
        assert await check_states(app, pilot, states) > 0


# --- a state typed in as a person types it ---------------------------------------------------


async def type_into(app: SigmoidApp, pilot: Pilot[int], name: str, text: str, then: str) -> None:
    """Into the input ``name`` (clicked, unless Tab brought the focus there): clear it (End,
    ctrl+u), type ``text`` key by key, then press ``then`` (Enter or Tab)."""
    if app.focused is not field(app, name):
        await pilot.click(f"#{name}")
    assert app.focused is field(app, name), name
    await pilot.press("end", "ctrl+u", *text, then)


async def enter_as_a_person(app: SigmoidApp, pilot: Pilot[int], state: State) -> float:
    """From the article's view (r), type ``state``'s numbers into the inputs, then on the chart
    press m to its mode, > to its depth, l and p to its toggles, and g with the cursor's x;
    return that x."""
    screen, view = app.explorer, state.view
    await pilot.press("escape", "r")
    await wait_until(lambda: screen.view == View())
    for i, (name, text) in enumerate(field_texts(view).items()):
        await type_into(app, pilot, name, text, "enter" if i % 3 == 2 else "tab")
    await pilot.press("escape")
    for _ in Mode:
        if screen.view.mode is not view.mode:
            await pilot.press("m")
    await pilot.press(*[">"] * (view.depth - screen.view.depth))
    if screen.log_y != state.log_y:
        await pilot.press("l")
    if screen.show_points != state.show_points:
        await pilot.press("p")
    cursor = expected_cursor(state, [row[0] for row in csv_rows(view)])
    await pilot.press("g", *format_number(cursor), "enter")
    await wait_until(lambda: app.screen is screen)
    return cursor


def on_screen(app: SigmoidApp) -> tuple[str, str, list[str], list[str], str]:
    """What the screen shows: the chart, the readout, each input's label and text, the lit
    mode and the line under the inputs (a hint, or what is wrong with them)."""
    inputs = [
        f"{app.screen.query_one(f'#{f.id}-label', Label).content}: {field(app, f.id).value}"
        for f in FIELDS
    ]
    return chart_text(app), readout(app), inputs, lit_modes(app), message(app)


@pytest.mark.slow  # some 150 keys, each waited on: 13 s, though 4 s of CPU
async def test_a_state_typed_in_shows_what_go_to_view_shows(start_app: StartApp) -> None:
    """A few drawn states typed in as a person types them (a click in each input, the number,
    Enter or Tab; m, >, l, p, g on the chart) give the view, toggles and cursor asked for and
    the very screen go_to_view gives; then every surface agrees, as for the other states."""
    states = typed_states()
    assert len(states) == TYPED
    async with start_app() as (app, pilot):
        screen = app.explorer
        for state in states:
            view = state.view
            try:
                cursor = await enter_as_a_person(app, pilot, state)
                await wait_until(lambda: screen.plot.last_drawn_view == screen.view)
                assert (screen.view, screen.log_y, screen.show_points) == (
                    view,
                    state.log_y,
                    state.show_points,
                )
                assert (screen.cursor, screen.wanted) == (cursor, cursor)
                typed = on_screen(app)
                # Elsewhere (another view, the toggles the other way, drawn), then back in code.
                screen.go_to_view(View(points=3) if view == View() else View())
                screen.log_y, screen.show_points = not state.log_y, not state.show_points
                await wait_until(lambda: screen.plot.last_drawn_view == screen.view)
                show(app, state, [row[0] for row in csv_rows(view)])
                await wait_until(lambda: screen.plot.last_drawn_view == screen.view)
                assert on_screen(app) == typed
            except AssertionError as error:
                raise AssertionError(f"{state} (typed): {error}") from error
        await check_states(app, pilot, states)
