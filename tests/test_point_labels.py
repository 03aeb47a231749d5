"""Labels of points of interest name their own marker, sit on its curve's cells, keep a blank
between themselves and any grid line, and the trace cursor never covers one; a grid line never
doubles a saturation edge; on a log axis the chart says where S' hides S."""

from __future__ import annotations

import math

import pytest

from sigmoid_tui.chart.cursor import strip_ansi
from sigmoid_tui.chart.envelope import chart_data
from sigmoid_tui.chart.figure import (
    Drawn,
    build_chart,
    chart_columns,
    draw_chart,
    new_figure,
    render_chart,
)
from sigmoid_tui.chart.overlay import _SHORT_LABELS, Overlay
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.core.points_of_interest import (
    PointOfInterest,
    compare_points,
    points_of_interest,
    vanishing_regions,
)
from sigmoid_tui.core.view import Marker, Mode, View

from .conftest import StartApp
from .screen import chart_text, wait_until

APP_SIZES = {
    (60, 20): ((36, 14), (58, 14), (36, 14)),
    (80, 24): ((56, 18), (78, 18), (56, 18)),
    (100, 30): ((76, 25), (98, 25), (76, 25)),
    (120, 40): ((96, 35), (118, 35), (96, 35)),
    (200, 60): ((176, 56), (198, 56), (176, 56)),
}
"""The chart's inner size the app draws at in each terminal: with the controls, with them put
away (h), and in compare mode (its readout may take a line more);
:func:`test_the_sizes_tested_are_the_apps` holds them to the app."""

SIZES = [
    *sorted({size for sizes in APP_SIZES.values() for size in sizes} - {(118, 35)}),
    (76, 17),
    (96, 21),
]
"""Chart sizes the labels are tested at: the app's from 60x20 to 200x60 (but 118x35, between
98x25 and 176x56), and two flatter ones."""

GRID = frozenset("│─┼├┤┬┴")
"""A grid line's cells (the frame's too)."""

ROW = 3.0
"""A row is about as far as three columns, as the eye reads a terminal's cells."""


@pytest.mark.parametrize("terminal", list(APP_SIZES))
async def test_the_sizes_tested_are_the_apps(
    start_app: StartApp, terminal: tuple[int, int]
) -> None:
    """The chart sizes above are those the app draws at: with the controls, without (h), and
    in compare mode, through layers too (a test at 36x15 had stood for 60x20's 36x14)."""
    with_controls, without, compare = APP_SIZES[terminal]
    async with start_app(size=terminal, on_chart=True) as (app, pilot):
        plot = app.explorer.plot
        assert tuple(plot.size) == with_controls
        await pilot.press("h")
        await wait_until(lambda: tuple(plot.size) != with_controls)
        assert tuple(plot.size) == without
    async with start_app(View(mode=Mode.COMPARE), size=terminal) as (app, _pilot):
        assert tuple(app.explorer.plot.size) == compare
    async with start_app(View(mode=Mode.COMPARE, depth=2), size=terminal) as (app, _pilot):
        assert tuple(app.explorer.plot.size) == compare


def drawn(
    view: View, size: tuple[int, int], overlay: Overlay, style: ChartStyle = ChartStyle(False)
) -> tuple[list[str], Drawn]:
    """The chart's plain lines and what draw_chart decided, as the app draws it."""
    figure = new_figure()
    data = chart_data(view, chart_columns(size[0]))
    chart = draw_chart(figure, data, view.mode, size[0], size[1], style, overlay)
    return strip_ansi(build_chart(figure, style, chart)).split("\n"), chart


def overlay_for(mode: Mode, log_y: bool) -> Overlay:
    """What p shows in ``mode``."""
    if mode is Mode.COMPARE:
        return Overlay(points=tuple(compare_points()), log_y=log_y)
    return Overlay(points=tuple(points_of_interest()), vanishing=vanishing_regions(), log_y=log_y)


def markers(lines: list[str], chart: Drawn) -> set[tuple[int, int]]:
    """Every point marker's cell on screen (column, line)."""
    area = chart.canvas
    return {
        (col, line)
        for line in range(area.top, area.top + area.height)
        for col in range(area.left, area.left + area.width)
        if lines[line][col] == "◆"
    }


def distance(label: tuple[int, int, str], cell: tuple[int, int]) -> float:
    """From a label's nearest letter to a cell."""
    col, line, text = label
    dx = max(col - cell[0], 0, cell[0] - (col + len(text) - 1))
    return math.hypot(dx, ROW * (line - cell[1]))


def own_points(text: str, points: tuple[PointOfInterest, ...]) -> list[PointOfInterest]:
    """The points a label's text (or its short form) names."""
    return [p for p in points if text in (p.label, _SHORT_LABELS.get(p.label))]


CASES = [(size, mode, log_y) for size in SIZES for mode in Mode for log_y in (False, True)]


@pytest.mark.parametrize(("size", "mode", "log_y"), CASES)
def test_each_label_is_nearest_its_own_marker(
    size: tuple[int, int], mode: Mode, log_y: bool
) -> None:
    """A label is nearer its own point's marker than any other marker, so it names one point
    (80x24 ``p l`` had ``S''+`` under the S''- marker, compare + log ``tanh' < .01`` midway
    between two)."""
    view = View(mode=mode)
    overlay = overlay_for(mode, log_y)
    lines, chart = drawn(view, size, overlay)
    shown = markers(lines, chart)
    for label in chart.labels:
        own = own_points(label[2], overlay.points)
        if not own:
            continue  # a note on a span ("vanishing gradient", "S' ≈ S"), not a point
        columns = {chart.column(p.x) for p in own}
        mine = [cell for cell in shown if cell[0] in columns]
        assert mine, (label, "its marker is not drawn")
        near = min(distance(label, cell) for cell in mine)
        others = [distance(label, cell) for cell in shown if cell[0] not in columns]
        assert all(d > near for d in others), (label, near, sorted(others)[:3], size)


@pytest.mark.parametrize(("size", "mode", "log_y"), CASES)
def test_no_grid_line_runs_into_a_label(size: tuple[int, int], mode: Mode, log_y: bool) -> None:
    """The cells either side of every label are not grid: a line stops a blank short of it
    (``─S'' max─`` read as one word with the line, ``│inflection`` as a letter)."""
    lines, chart = drawn(View(mode=mode), size, overlay_for(mode, log_y))
    if size[0] >= 56:
        assert chart.labels
    for col, line, text in chart.labels:
        before = lines[line][col - 1]
        after = lines[line][col + len(text)] if col + len(text) < len(lines[line]) else " "
        inside = (
            chart.canvas.left <= col - 1
            and col + len(text) < chart.canvas.left + chart.canvas.width
        )
        if inside:
            assert before not in GRID, (text, lines[line])
            assert after not in GRID, (text, lines[line])


BLOCKS = frozenset(chr(c) for c in range(0x2801, 0x2900)) | frozenset("▘▝▀▖▌▞▛▗▚▐▜▄▙▟█")
"""The braille and block cells plotext draws fine markers with (a blank braille cell aside)."""


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("mode", list(Mode))
@pytest.mark.parametrize("log_y", [False, True])
@pytest.mark.parametrize(
    "style",
    [ChartStyle(True), ChartStyle(False), ChartStyle(False, Marker.DOT)],
    ids=["braille", "no-colour", "dot"],
)
def test_no_curve_runs_into_a_label(
    size: tuple[int, int], mode: Mode, log_y: bool, style: ChartStyle
) -> None:
    """A curve stops a blank short of every label, as the cells plotext draws it in are the
    ones labels keep clear of (``ReLU' jump⢀◆`` at 60x20, ``••••S'' max`` at 200x60: the
    curve's cells had been modelled in cells, where plotext rounds in dots)."""
    lines, chart = drawn(View(mode=mode), size, overlay_for(mode, log_y), style)
    # The curves as drawn without the overlay: a label, and the blank drawn beside it, are
    # written over what lies beneath, so the finished chart cannot show a curve under them.
    bare, _ = drawn(View(mode=mode), size, Overlay(log_y=log_y), style)
    curve = BLOCKS | style.curve_glyphs
    for col, line, text in chart.labels:
        row = lines[line]
        assert row[col : col + len(text)] == text, (text, row)
        before = row[col - 1] if col > 0 else " "
        after = row[col + len(text)] if col + len(text) < len(row) else " "
        assert before not in curve, (text, row)
        assert after not in curve, (text, row)
        beneath = bare[line][max(col - 1, 0) : col + len(text) + 1]
        assert not set(beneath) & curve, (text, beneath, row)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("mode", [Mode.DERIVATIVE, Mode.BOTH])
def test_the_max_slope_marker_sits_on_the_curve(size: tuple[int, int], mode: Mode) -> None:
    """S' peaks at 0.25, half a cell above a grid line at 80x24: the marker went in the cell
    above the curve's. It covers a cell the curve is drawn in (S' in braille, as the app draws
    it): at 96x21 plotext draws the peak's dots a row higher than a model of our own had it,
    and the marker floated beside the drawn curve."""
    max_slope = [p for p in points_of_interest() if p.label == "max slope"]
    lines, chart = drawn(View(mode=mode), size, Overlay(points=tuple(max_slope)), ChartStyle(True))
    bare, _ = drawn(View(mode=mode), size, Overlay(), ChartStyle(True))
    col = chart.column(0.0)
    assert col is not None
    rows = [line for line in range(len(lines)) if lines[line][col] == "◆"]
    assert len(rows) == 1
    under = bare[rows[0]][col]
    assert "\u2801" <= under <= "\u28ff", (under, "\n".join(bare))


@pytest.mark.parametrize("size", [(80, 22), (100, 30), (200, 60)])
def test_no_grid_line_doubles_a_saturation_edge(size: tuple[int, int]) -> None:
    """At ±5 a grid line ran beside the dashed edge as ``│┆``; the edge is the line there."""
    overlay = overlay_for(Mode.BOTH, False)
    text = render_chart(View(), *size, ChartStyle(False), overlay)
    assert "┆" in text
    for pair in ("│┆", "┆│", "┼┆", "┆┼", "┬┆", "┴┆", "┆┬", "┆┴"):
        assert pair not in text, pair


@pytest.mark.parametrize("cursor", [x / 4 for x in range(-40, 41)])
@pytest.mark.parametrize("size", [(60, 20), (80, 22)])
def test_the_printed_cursor_covers_no_letter(cursor: float, size: tuple[int, int]) -> None:
    """--print --show-points --cursor X: every label whole wherever the cursor is (at x = 3
    it covered the ``-`` of ``S''-``)."""
    overlay = overlay_for(Mode.BOTH, False)
    plain = render_chart(View(), *size, ChartStyle(False), overlay)
    with_cursor = render_chart(View(), *size, ChartStyle(False), overlay, cursor=cursor)
    words = [
        w for w in ("inflection", "max slope", "S'' max", "S'' min", "S''+", "S''-") if w in plain
    ]
    assert words
    for word in words:
        assert plain.count(word) == with_cursor.count(word), (word, cursor)


@pytest.mark.parametrize("size", [(60, 20), (80, 22), (100, 30), (200, 60)])
def test_the_log_view_says_where_s_lies_under_s_prime(size: tuple[int, int]) -> None:
    """For x << 0, S' = S(1 - S) is S to the last cell: the sigmoid's tail seemed missing. A
    note says they coincide; not where they part, nor without both curves or a log axis."""
    note = "S' ≈ S"
    assert note in render_chart(View(), *size, ChartStyle(False), Overlay(log_y=True))
    assert note not in render_chart(View(), *size, ChartStyle(False), Overlay())
    assert note not in render_chart(
        View(mode=Mode.SIGMOID), *size, ChartStyle(False), Overlay(log_y=True)
    )
    # Far right of 0 the two are 1 and e^-x: nothing coincides.
    assert note not in render_chart(
        View(x_min=2, x_max=12), *size, ChartStyle(False), Overlay(log_y=True)
    )


async def test_p_l_at_80x24_names_each_marker(start_app: StartApp) -> None:
    """The reproduction: 80x24, Escape, ``p``, ``l``; each label on screen is nearest its own
    marker (``S''+`` had sat under the S''- one)."""
    async with start_app(View(), size=(80, 24), on_chart=True) as (app, pilot):
        await pilot.press("p", "l")
        await pilot.pause()
        assert app.explorer.show_points
        assert app.explorer.log_y
        plot = app.explorer.plot
        text = chart_text(app)
        chart = plot._layout
        assert chart is not None
        assert chart.labels
        lines = text.split("\n")
        shown = markers(lines, chart)
        overlay = overlay_for(Mode.BOTH, True)
        for label in chart.labels:
            own = own_points(label[2], overlay.points)
            if not own:
                continue
            columns = {chart.column(p.x) for p in own}
            near = min(distance(label, c) for c in shown if c[0] in columns)
            assert all(distance(label, c) > near for c in shown if c[0] not in columns), label
