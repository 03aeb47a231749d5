"""Exploring from the keyboard: trace cursor, zoom and pan, points of interest, log view,
steepness and shift, help, export."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import numpy as np
import pytest
from textual.widgets import Input, Markdown, Static

from sigmoid_tui.core.exact import values_at
from sigmoid_tui.core.points_of_interest import SATURATION_U, STEEPEST_CHANGE_U
from sigmoid_tui.core.sampling import linspace
from sigmoid_tui.core.view import Marker, View
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.screens.help import HelpScreen
from sigmoid_tui.tui.widgets.plot import SigmoidPlot

from .colour_depths import contrast
from .conftest import StartApp
from .screen import chart_text, readout, status, wait_until


def values(app: SigmoidApp) -> list[str]:
    """What the five inputs hold."""
    return [
        app.screen.query_one(f"#{n}", Input).value
        for n in ("x-min", "x-max", "points", "steepness", "shift")
    ]


async def on_chart(pilot) -> None:  # type: ignore[no-untyped-def]
    """Escape from the inputs to the chart."""
    await pilot.press("escape")
    await pilot.pause()


async def test_cursor_starts_at_the_inflection_point_and_reads_a_quarter(
    start_app: StartApp,
) -> None:
    """The readout shows x = 0, S = 0.5, S' = 0.25 from the start."""
    async with start_app() as (app, _pilot):
        assert app.explorer.cursor == 0.0
        text = readout(app)
        assert "x = 0 " in text
        assert "S = 0.5" in text
        assert "S' = 0.25" in text
        assert "S'' = 0.0" in text


async def test_arrows_move_the_cursor_one_sample_and_shift_ten(start_app: StartApp) -> None:
    """right, shift+right, left, home, end: the cursor lands on the samples, values exact."""
    x = linspace(-10, 10, 100)
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("right")
        assert app.explorer.cursor == x[50]
        await pilot.press("shift+right")
        assert app.explorer.cursor == x[60]
        await pilot.press("left", "left")
        assert app.explorer.cursor == x[58]
        exact = values_at(float(x[58]))
        await pilot.pause()
        assert f"S = {exact.sigmoid!r}" in readout(app)
        assert f"S' = {exact.derivative!r}" in readout(app)
        assert f"S'' = {exact.second_derivative!r}" in readout(app)
        assert "between samples" not in readout(app)
        await pilot.press("home")
        assert app.explorer.cursor == -10.0
        await pilot.press("left")
        assert app.explorer.cursor == -10.0
        await pilot.press("end")
        assert app.explorer.cursor == 10.0


async def test_n_visits_every_point_of_interest_in_order(start_app: StartApp) -> None:
    """From the left end: saturation, S'' max, inflection, S'' min, saturation, then none."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("home")
        seen = []
        for _ in range(6):
            await pilot.press("n")
            seen.append(app.explorer.cursor)
        u, f = SATURATION_U, STEEPEST_CHANGE_U
        assert seen == pytest.approx([-u, -f, 0.0, f, u, u])
        await pilot.press("N")
        assert app.explorer.cursor == pytest.approx(f)
        await pilot.press("shift+n")
        assert app.explorer.cursor == 0.0


async def test_p_marks_points_and_vanishing_gradient_on_the_chart(start_app: StartApp) -> None:
    """p on: labels and tails on the chart; p off: gone."""
    async with start_app(size=(120, 40), on_chart=True) as (app, pilot):
        assert "inflection" not in chart_text(app)
        await pilot.press("p")
        await pilot.pause()
        text = chart_text(app)
        assert "inflection" in text
        assert "max slope" in text
        assert "vanishing gradient" in text
        await pilot.press("p")
        await pilot.pause()
        assert "inflection" not in chart_text(app)


async def test_l_toggles_a_log_axis_that_reaches_1e_300(start_app: StartApp) -> None:
    """Over [-745.5, 745.5] the log view's ticks go down to 1e-300 and the label says log."""
    async with start_app(View(x_min=-745.5, x_max=745.5, points=2000), on_chart=True) as (
        app,
        pilot,
    ):
        await pilot.press("l")
        await pilot.pause()
        text = chart_text(app)
        assert "(log)" in text
        assert "1e-300" in text
        await pilot.press("l")
        await pilot.pause()
        assert "(log)" not in chart_text(app)


async def test_zoom_and_pan_keep_the_inputs_as_the_one_source_of_truth(start_app: StartApp) -> None:
    """+ halves the span at the cursor, - doubles it, ] and [ move by a quarter."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("plus")
        await pilot.pause()
        assert values(app)[:2] == ["-5", "5"]
        assert (app.explorer.view.x_min, app.explorer.view.x_max) == (-5.0, 5.0)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert values(app)[:2] == ["-2.5", "7.5"]
        await pilot.press("left_square_bracket", "minus")
        await pilot.pause()
        assert (app.explorer.view.x_min, app.explorer.view.x_max) == (-10.0, 10.0)


@pytest.mark.slow
async def test_zoom_stops_at_the_limits(start_app: StartApp) -> None:
    """Zooming in stops before doubles run out; zooming out stops at +-10^6."""
    async with start_app(View(x_min=-4e5, x_max=4e5), on_chart=True) as (app, pilot):
        for _ in range(4):
            await pilot.press("minus")
        await pilot.pause()
        assert (app.explorer.view.x_min, app.explorer.view.x_max) == (-1e6, 1e6)
        await pilot.press("plus")
        for _ in range(80):  # what + does, without a frame drawn for each of 80 steps
            app.explorer.action_zoom(0.5)
        await pilot.pause()
        assert app.explorer.view.x_min < app.explorer.view.x_max
        assert (
            len(
                set(
                    linspace(
                        app.explorer.view.x_min, app.explorer.view.x_max, app.explorer.view.points
                    ).tolist()
                )
            )
            == 100
        )


async def test_steepness_and_shift_redraw_and_move_the_readout(start_app: StartApp) -> None:
    """k = 5, x0 = 1: the readout at x0 shows S' = 1.25; bad k keeps the chart."""
    async with start_app() as (app, pilot):
        app.screen.query_one("#steepness", Input).value = "5"
        app.screen.query_one("#shift", Input).value = "1"
        await pilot.pause()
        assert (app.explorer.view.steepness, app.explorer.view.shift) == (5.0, 1.0)
        await on_chart(pilot)
        await pilot.press("home", "n", "n", "n")
        assert app.explorer.cursor == 1.0
        await pilot.pause()
        assert "S' = 1.25" in readout(app)
        app.screen.query_one("#steepness", Input).value = "0"
        await pilot.pause()
        assert app.explorer.view.steepness == 5.0
        assert "k must be above 0" in str(app.screen.query_one("#message", Static).render())


async def test_f1_and_question_mark_open_help_and_escape_closes_it(start_app: StartApp) -> None:
    """Help explains the vanishing gradient and lists the keys."""
    async with start_app() as (app, pilot):
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one(Markdown).source
        assert "Its weakness: vanishing gradients" in text
        for key, what in [
            ("`←`", "Cursor one sample left, on the chart"),
            ("`shift+→`", "Cursor ten samples right"),
            ("`home`", "Cursor to x min"),
            ("`tab`", "Focus Next"),
            ("`f1 / ?`", "Formulas, why the sigmoid, keys"),
            ("`[`", "Move the range left by a quarter"),
        ]:
            assert f"| {key} | {what} |" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await on_chart(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")


async def test_help_reopens_at_the_top_in_the_theme_and_size_of_now(start_app: StartApp) -> None:
    """The help is built once and kept (it took 350-480 ms of CPU to build at every F1):
    opened again after a scroll to its end, a theme change and a resize, it is the same
    screen, at its top, in the new theme's colours and the new size, with the arrows on it."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("f1")
        await wait_until(lambda: isinstance(app.screen, HelpScreen))
        first = app.screen
        panel = first.query_one("#help-panel")
        dark = panel.styles.background
        await pilot.press("end")
        await wait_until(lambda: panel.scroll_y > 0)
        await pilot.press("escape")
        await wait_until(lambda: not isinstance(app.screen, HelpScreen))
        app.theme = "textual-light"
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.press("f1")
        await wait_until(lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        assert app.screen is first
        assert panel.scroll_y == 0
        assert app.focused is panel
        assert panel.styles.background != dark
        assert panel.styles.background.hex == app.theme_variables["surface"]  # the light one
        words = app.screen.query_one(Markdown).query_one("MarkdownParagraph").rich_style
        assert words.color is not None
        assert words.bgcolor is not None
        assert contrast(words.color.get_truecolor(), words.bgcolor.get_truecolor()) >= 4.5
        assert panel.outer_size.width <= 60
        await pilot.press("down")
        await wait_until(lambda: panel.scroll_y > 0)


async def test_s_and_e_write_new_files_and_say_where(start_app: StartApp, tmp_path: Path) -> None:
    """s saves an SVG, e a CSV of the view; pressed twice, nothing is overwritten."""
    async with start_app(
        View(x_min=-1, x_max=1, points=11), on_chart=True, export_dir=tmp_path
    ) as (app, pilot):
        await pilot.press("s", "s", "e", "e")
        await pilot.pause()
        names = sorted(p.name for p in tmp_path.iterdir())
        assert len([n for n in names if n.endswith(".svg")]) == 2
        csvs = [tmp_path / n for n in names if n.endswith(".csv")]
        assert len(csvs) == 2
        rows = list(csv.reader(csvs[0].open()))
        assert rows[0] == ["x", "sigmoid", "derivative"]
        assert len(rows) == 12
        svg = next(n for n in names if n.endswith(".svg"))
        assert "<svg" in (tmp_path / svg).read_text()
        assert status(app) in {f"Values saved: {path}" for path in csvs}
        assert not app.screen.query_one(SigmoidPlot).has_class("-error")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
async def test_an_unwritable_directory_is_a_notification(
    start_app: StartApp, tmp_path: Path
) -> None:
    """A read-only directory: an error notification, no crash."""
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    async with start_app(on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e")
        await pilot.pause()
        assert status(app).startswith(f"✗ Could not write to {tmp_path}")
        assert app.screen.query_one(SigmoidPlot).has_class("-error")


async def test_a_missing_directory_is_a_notification(start_app: StartApp, tmp_path: Path) -> None:
    """Writing where no directory exists: an error notification, no crash."""
    async with start_app(on_chart=True, export_dir=tmp_path / "gone") as (app, pilot):
        await pilot.press("e")
        await pilot.pause()
        assert status(app) == f"✗ Could not write to {tmp_path / 'gone'}: No such file or directory"
        app.explorer.say("")
        await pilot.press("s")
        await pilot.pause()
        assert status(app).startswith(f"✗ Could not write to {tmp_path / 'gone'}")
        assert app.screen.query_one(SigmoidPlot).has_class("-error")


async def test_letter_keys_type_into_inputs_instead_of_acting(start_app: StartApp) -> None:
    """In an input, l p n + - s e are characters; the app does nothing with them."""
    async with start_app() as (app, pilot):
        await pilot.press("l", "p", "plus")
        await pilot.pause()
        assert app.screen.query_one("#x-min", Input).value == "-10lp+"
        assert not app.explorer.log_y
        assert not app.explorer.show_points
        assert (app.explorer.view.x_min, app.explorer.view.x_max) == (-10.0, 10.0)


async def test_ten_million_points_draw_without_making_them(start_app: StartApp) -> None:
    """Typing 10000000 into points: the chart follows the typing and ends on the full
    envelope of 10^7 samples (keys faster than a frame share one build: latest wins)."""
    async with start_app() as (app, pilot):
        box = app.screen.query_one("#points", Input)
        box.focus()
        box.clear()
        plot = app.screen.query_one(SigmoidPlot)
        before = plot.draw_count
        await pilot.press(*"10000000")
        await pilot.pause()
        assert app.explorer.view.points == 10_000_000
        assert plot.draw_count > before
        assert plot.last_drawn_view == app.explorer.view  # the last build is the 10^7 view
        assert "Sigmoid Function and Its Derivative" in chart_text(app)


async def test_a_long_csv_is_written_by_a_thread_and_reported(
    start_app: StartApp, tmp_path: Path
) -> None:
    """e with 10^5 points: written off the UI thread, all rows there, the path notified."""
    async with start_app(View(points=100_000), on_chart=True, export_dir=tmp_path) as (app, pilot):
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        (path,) = tmp_path.iterdir()
        assert sum(1 for _ in path.open()) == 100_001
        assert status(app) == f"Values saved: {path}"


async def test_pan_from_the_left_end_moves_the_cursor_once(start_app: StartApp) -> None:
    """Home then ]: the range is -5..15 and the cursor at -5, not 0; End then [ mirrored."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("home", "right_square_bracket")
        await pilot.pause()
        explorer = app.explorer
        assert (explorer.view.x_min, explorer.view.x_max, explorer.cursor) == (
            -5.0,
            15.0,
            -5.0,
        )
        assert "x = -5 " in readout(app)
        await pilot.press("r", "end", "left_square_bracket")
        await pilot.pause()
        explorer = app.explorer
        assert (explorer.view.x_min, explorer.view.x_max, explorer.cursor) == (
            -15.0,
            5.0,
            5.0,
        )


@pytest.mark.parametrize(
    ("low", "high"), [("2.19722", "2.19723"), ("1000", "1000.0001"), ("4.5951198", "4.5951199")]
)
async def test_the_cursor_never_sticks_where_samples_are_close(
    start_app: StartApp, low: str, high: str
) -> None:
    """--range LOW HIGH --mode sigmoid, Home, then right ten times: every press moves it."""
    from sigmoid_tui.cli.options import parse_options

    view = parse_options(["--range", low, high, "--mode", "sigmoid"]).view
    x = linspace(view.x_min, view.x_max, view.points)
    async with start_app(view, on_chart=True) as (app, pilot):
        await pilot.press("home")
        for i in range(1, 11):
            await pilot.press("right")
            assert app.explorer.cursor == x[i]
        await pilot.press("shift+right")
        assert app.explorer.cursor == x[20]
        await pilot.pause()
        assert f"x = {float(x[20])!r}" in readout(app)


async def test_moving_the_cursor_rebuilds_no_chart(start_app: StartApp) -> None:
    """A held arrow key repaints the cursor only: plotext builds nothing, the cursor moves."""
    async with start_app(size=(200, 60), on_chart=True) as (app, pilot):
        plot = app.screen.query_one(SigmoidPlot)
        before_count, before_text = plot.draw_count, chart_text(app)
        for _ in range(5):
            await pilot.press("right")
        await pilot.pause()
        assert plot.draw_count == before_count
        assert chart_text(app) != before_text
        await pilot.press("m")
        await pilot.pause()
        assert plot.draw_count == before_count + 1


async def test_the_cursor_is_its_own_glyph_and_never_splits_a_label(start_app: StartApp) -> None:
    """Without colour the chart's cursor is a heavy line, not the grid's; wherever it stands
    every label keeps its letters and the gaps between words; with the ASCII marker, a colon."""
    async with start_app(size=(120, 40), on_chart=True, no_color=True) as (app, pilot):
        assert app.no_color
        plot = app.screen.query_one(SigmoidPlot)
        plot.move_cursor(2.0)
        assert chart_text(app).count("┃") >= 8  # the plot's lines, less where curves cross
        await pilot.press("p")
        await pilot.pause()
        words = ["vanishing gradient", "saturation", "inflection"]
        for x in np.linspace(-10, 10, 81).tolist():
            plot.move_cursor(x)
            text = chart_text(app)
            assert all(word in text for word in words), x
            assert "┃" in text
        await pilot.press("M", "M", "M")  # braille, hd, dot, then ascii
        await pilot.pause()
        assert app.explorer.marker is Marker.ASCII
        assert ":" in chart_text(app)
