"""A view you can send: the command for this view reopens it, inputs, mode, toggles, cursor
and readout alike; --log, --show-points and --cursor where they mean something."""

from __future__ import annotations

import shlex

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.widgets import OptionList

from sigmoid_tui.cli.options import parse_options
from sigmoid_tui.cli.output import Output
from sigmoid_tui.cli.usage import UsageError
from sigmoid_tui.core.view import MAX_DEPTH, MAX_WEIGHT, Mode, View
from sigmoid_tui.core.view_command import PROGRAM, Shown, view_command

from .conftest import StartApp
from .screen import chart_text, field, readout, status


@st.composite
def views(draw: st.DrawFn) -> View:
    """Any valid view: a finite range, points, mode, k, x0 and (in compare mode) depth and
    weight."""
    a = draw(st.floats(-1e300, 1e300))
    b = draw(st.floats(-1e300, 1e300).filter(lambda b: b != a))
    mode = draw(st.sampled_from(Mode))
    return View(
        x_min=min(a, b),
        x_max=max(a, b),
        points=draw(st.integers(2, 10_000_000)),
        mode=mode,
        steepness=draw(st.floats(5e-324, 1e6)),
        shift=draw(st.floats(-1e308, 1e308)),
        depth=draw(st.integers(1, MAX_DEPTH)) if mode is Mode.COMPARE else 1,
        weight=draw(st.floats(1e-300, MAX_WEIGHT)) if mode is Mode.COMPARE else 1.0,
    )


@st.composite
def shown_views(draw: st.DrawFn) -> Shown:
    """A view with a cursor inside its range and either toggle."""
    view = draw(views())
    cursor = draw(st.floats(view.x_min, view.x_max))
    return Shown(view, cursor, log_y=draw(st.booleans()), show_points=draw(st.booleans()))


@settings(max_examples=500)
@given(shown=shown_views())
def test_the_command_for_a_view_parses_back_to_the_same_view(shown: Shown) -> None:
    """Through the shell's words and parse_options: the same view, toggles and cursor."""
    words = shlex.split(view_command(shown))
    assert words[0] == PROGRAM
    options = parse_options(words[1:])
    assert options.output is Output.APP
    assert options.view == shown.view
    assert (options.log_y, options.show_points) == (shown.log_y, shown.show_points)
    cursor = shown.cursor if options.cursor is None else options.cursor
    assert repr(cursor) == repr(shown.cursor)  # bit for bit, -0 too


def test_the_article_view_needs_no_options() -> None:
    """The defaults are left out: the article's view is the bare command."""
    assert view_command(Shown(View(), 0.0)) == "sigmoid-tui"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--csv", "--log"], "argument --log: only applies to the app and --print"),
        (["--describe", "--show-points"], "argument --show-points: only applies"),
        (["--csv", "--cursor", "1"], "argument --cursor: only applies"),
        (["--range", "-5", "5", "--cursor", "6"], "argument --cursor: 6.0 is outside the range"),
        (["--cursor", "nan"], "argument --cursor:"),
        (["--print", "--no-mouse"], "argument --no-mouse: only applies to the app"),
        (["--port", "80"], "argument --port: only applies with --serve"),
        (["--serve", "--port", "0"], "argument --port: port must be"),
        (["--serve", "--print"], "argument --serve: not allowed with argument --print"),
    ],
)
def test_view_options_are_refused_where_they_mean_nothing(argv: list[str], message: str) -> None:
    """A one-line reason where an option would be ignored or is wrong."""
    with pytest.raises(UsageError, match=message.replace("(", r"\(")):
        parse_options(argv)


def test_a_negative_cursor_is_a_number_not_an_option() -> None:
    """--cursor -1e-9 is read like --range's values."""
    assert parse_options(["--cursor", "-1e-9"]).cursor == -1e-9


def test_print_draws_the_log_axis_the_points_and_the_cursor() -> None:
    """--print --log --show-points --cursor: the y label says log, the points and cursor show."""
    from sigmoid_tui.chart.figure import render_chart
    from sigmoid_tui.chart.overlay import overlay_for
    from sigmoid_tui.chart.style import ChartStyle

    view = View()
    style = ChartStyle(color=False)
    plain = render_chart(view, 100, 30, style)
    drawn = render_chart(view, 100, 30, style, overlay_for(view, points=True, log_y=True), 5.0)
    assert "(log)" in drawn
    assert "(log)" not in plain
    assert "┃" in drawn
    assert "┃" not in plain


def test_describe_reads_out_the_cursor() -> None:
    """--describe --cursor adds the readout's values at the cursor, all digits."""
    from sigmoid_tui.core.words import describe_cursor

    assert describe_cursor(View(), 0.0) == (
        "The cursor is at x = 0: S = 0.5, S' = 0.25, S'' = 0.0."
    )


async def test_the_copied_command_reopens_the_same_view(start_app: StartApp) -> None:
    """y copies the command; the app opened with it shows the same inputs, mode, toggles,
    readout and chart."""
    view = View(x_min=-3.5, x_max=7.25, points=37, mode=Mode.COMPARE, steepness=2, shift=1, depth=3)
    async with start_app(view, on_chart=True) as (app, pilot):
        await pilot.press("right", "right", "right", "l", "p", "y")
        await pilot.pause()
        command = app.clipboard
        assert status(app) == f"Copied: {command}"
        assert "--log" in command
        assert "--show-points" in command
        assert "--cursor" in command
        before = (
            [field(app, n).value for n in ("x-min", "x-max", "points", "steepness", "shift")],
            app.explorer.view,
            (app.explorer.log_y, app.explorer.show_points),
            readout(app),
            chart_text(app),
        )
    options = parse_options(shlex.split(command)[1:])
    async with start_app(
        options.view,
        on_chart=True,
        log_y=options.log_y,
        show_points=options.show_points,
        cursor=options.cursor,
    ) as (app, pilot):
        after = (
            [field(app, n).value for n in ("x-min", "x-max", "points", "steepness", "shift")],
            app.explorer.view,
            (app.explorer.log_y, app.explorer.show_points),
            readout(app),
            chart_text(app),
        )
    assert after == before


async def test_the_palette_offers_copy_the_command_for_this_view(start_app: StartApp) -> None:
    """ctrl+p, typed words, enter: the command is copied as by y."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Copy the command for this view")
        for _ in range(100):  # the palette searches in the background: wait for its answer
            lists = app.screen.query(OptionList)
            if lists and lists.first().option_count:
                break
            await pilot.pause(0.02)
        await pilot.press("enter")
        await pilot.pause()
        assert status(app) == "Copied: sigmoid-tui"
        assert app.clipboard == "sigmoid-tui"
