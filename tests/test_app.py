"""The interactive explorer, driven as a person drives it: keys typed, charts read."""

from __future__ import annotations

import pytest
from textual.command import CommandList
from textual.widgets import Label, RadioButton, RadioSet

from sigmoid_tui.chart.style import TITLES
from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.widgets.plot import SigmoidPlot

from .conftest import StartApp
from .screen import chart_text, field, message, readout, wait_until


def mode_of(app: SigmoidApp) -> Mode:
    """The mode the app shows."""
    return app.explorer.view.mode


async def replace_text(pilot, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Focus an input, clear it, type ``text`` key by key."""
    box = field(pilot.app, name)
    box.focus()
    await pilot.pause()
    box.clear()
    await pilot.press(*list(text))
    await pilot.pause()


async def test_app_opens_on_the_articles_chart_with_focus_in_x_min(start_app: StartApp) -> None:
    """-10 to 10, 100 points, both curves; the cursor waits in x min."""
    async with start_app(size=(80, 24)) as (app, _pilot):
        assert app.explorer.view == View()
        assert app.focused is field(app, "x-min")
        text = chart_text(app)
        assert TITLES[Mode.BOTH] in text
        assert "-10" in text
        assert "Sigmoid Derivative" in text


async def test_typing_a_valid_range_redraws_on_each_keystroke(start_app: StartApp) -> None:
    """Typing -3 into x min redraws at '-' (invalid, kept) and at '3' (valid, drawn)."""
    async with start_app(size=(80, 24)) as (app, pilot):
        await replace_text(pilot, "x-min", "-3")
        assert app.explorer.view.x_min == -3.0
        await replace_text(pilot, "x-max", "3")
        assert (app.explorer.view.x_min, app.explorer.view.x_max) == (-3.0, 3.0)
        ticks = [float(label) for label in chart_text(app).splitlines()[-2].split()]
        assert len(ticks) >= 2
        assert all(-3 <= t <= 3 for t in ticks)
        plot = app.screen.query_one(SigmoidPlot)
        assert plot.view is not None
        assert (plot.view.x_min, plot.view.x_max) == (-3.0, 3.0)


async def test_invalid_input_keeps_the_last_good_chart_and_says_why(start_app: StartApp) -> None:
    """Garbage in x min: the input and its label marked (also without colour), a message
    says why, the chart stays."""
    async with start_app(size=(80, 24)) as (app, pilot):
        before = chart_text(app)
        await replace_text(pilot, "x-min", "abc")
        assert field(app, "x-min").has_class("-invalid")
        assert message(app).startswith("✗ x min 'abc' is not a number.")
        # Marked without colour too: 'x min ✗' in reverse video.
        label = app.screen.query_one("#x-min-label", Label)
        assert str(label.render()) == "x min ✗"
        assert "reverse" in str(label.rich_style)
        assert app.explorer.view == View()
        assert chart_text(app) == before


async def test_fixing_an_invalid_value_redraws_at_once(start_app: StartApp) -> None:
    """From 'abc' back to '-2': the message goes, the chart follows."""
    async with start_app(size=(80, 24)) as (app, pilot):
        await replace_text(pilot, "x-min", "abc")
        await replace_text(pilot, "x-min", "-2")
        assert not field(app, "x-min").has_class("-invalid")
        assert "not a number" not in message(app)
        assert app.explorer.view.x_min == -2.0


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("x-min", "20", "x min must be less than x max"),
        ("x-max", "nan", "x max must be a number, not NaN"),
        ("x-max", "inf", "x max must be finite"),
        ("points", "1", "points must be at least 2"),
        ("points", "2.5", "whole number"),
        ("points", "99999999", "at most 10,000,000"),
    ],
)
async def test_each_kind_of_bad_value_is_named(
    start_app: StartApp, name: str, text: str, words: str
) -> None:
    """min >= max, NaN, infinity, points out of range or not whole: each gets its message."""
    async with start_app(size=(80, 24)) as (app, pilot):
        field(app, name).value = text  # pasted: one change, so no valid value on the way
        await pilot.pause()
        assert words in message(app)
        assert field(app, name).has_class("-invalid")
        assert app.explorer.view == View()


async def test_m_cycles_the_mode_when_focus_is_not_in_an_input(start_app: StartApp) -> None:
    """m on the chart: both -> compare -> sigmoid -> derivative -> both, the title and the
    selector following; compare reads out each derivative; in an input, m is a letter."""
    async with start_app(size=(80, 24), on_chart=True) as (app, pilot):
        for mode in (Mode.COMPARE, Mode.SIGMOID, Mode.DERIVATIVE, Mode.BOTH):
            await pilot.press("m")
            await pilot.pause()
            assert mode_of(app) is mode
            assert TITLES[mode] in chart_text(app)
            assert app.screen.query_one(f"#{mode.value}", RadioButton).value
        await pilot.press("m")
        await pilot.pause()
        assert "Derivatives: Sigmoid, Tanh, ReLU" in chart_text(app)
        assert "Sigmoid' = 0.25" in readout(app)
        assert "Tanh' = 1.0" in readout(app)
        await pilot.press("m", "m")
        await pilot.pause()
        field(app, "x-min").focus()
        await pilot.press("m")
        await pilot.pause()
        assert mode_of(app) is Mode.DERIVATIVE
        assert field(app, "x-min").value == "-10m"


async def test_the_selector_chooses_each_mode_from_the_keyboard(start_app: StartApp) -> None:
    """Tab to the selector, arrows and space pick a mode; exactly one button is on."""
    async with start_app(size=(80, 24)) as (app, pilot):
        await pilot.press("tab", "tab", "tab", "tab", "tab", "tab")
        assert isinstance(app.focused, RadioSet)
        for _ in range(3):
            await pilot.press("down", "space")
            await pilot.pause()
            on = [b.id for b in app.screen.query(RadioButton) if b.value]
            assert on == [app.explorer.view.mode.value]
            assert TITLES[app.explorer.view.mode] in chart_text(app)


async def test_reset_restores_the_defaults_with_one_redraw(start_app: StartApp) -> None:
    """r after changing all three values and the mode: defaults back, drawn once."""
    async with start_app(View(-5.0, 5.0, 200, Mode.DERIVATIVE), size=(80, 24)) as (app, pilot):
        await pilot.press("escape")
        plot = app.screen.query_one(SigmoidPlot)
        before = plot.draw_count
        await pilot.press("r")
        await pilot.pause()
        assert app.explorer.view == View()
        assert [field(app, n).value for n in ("x-min", "x-max", "points")] == ["-10", "10", "100"]
        assert app.screen.query_one("#both", RadioButton).value
        assert plot.draw_count == before + 1


async def test_command_line_values_are_the_initial_state(start_app: StartApp) -> None:
    """sigmoid-tui --range -5 5 --points 200 --mode derivative opens on exactly that."""
    from sigmoid_tui.cli.options import parse_options

    options = parse_options(["--range", "-5", "5", "--points", "200", "--mode", "derivative"])
    async with start_app(options.view, size=(80, 24)) as (app, _pilot):
        assert [field(app, n).value for n in ("x-min", "x-max", "points")] == ["-5", "5", "200"]
        assert app.screen.query_one("#derivative", RadioButton).value
        assert TITLES[Mode.DERIVATIVE] in chart_text(app)


async def test_tab_goes_round_the_controls_and_escape_goes_to_the_chart(
    start_app: StartApp,
) -> None:
    """x min -> x max -> points -> k -> x0 -> w -> mode -> chart -> x min; shift+tab back."""
    async with start_app(size=(80, 24)) as (app, pilot):
        order = []
        for _ in range(8):
            order.append(app.focused.id if app.focused else None)
            await pilot.press("tab")
        assert order == [
            "x-min",
            "x-max",
            "points",
            "steepness",
            "shift",
            "weight",
            "mode",
            "chart",
        ]
        assert app.focused is field(app, "x-min")
        await pilot.press("shift+tab")
        assert isinstance(app.focused, SigmoidPlot)
        field(app, "points").focus()
        await pilot.press("escape")
        assert isinstance(app.focused, SigmoidPlot)


async def test_ctrl_q_quits_with_status_0(start_app: StartApp) -> None:
    """ctrl+q from an input, as from anywhere: the app ends with return code 0."""
    async with start_app() as (app, pilot):
        assert app.return_code is None
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0
        assert not app.is_running


async def test_the_command_palette_runs_the_apps_actions(start_app: StartApp) -> None:
    """ctrl+p, type 'log', enter: the log axis is on; every action is offered once."""
    async with start_app(on_chart=True) as (app, pilot):
        names = [command.title for command in app.get_system_commands(app.screen)]
        assert "Mode" in names
        assert "Reset" in names
        assert len(names) == len(set(names)), names
        assert not app.explorer.log_y
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"log")
        commands = app.screen.query_one(CommandList)

        def log_offered_first() -> bool:
            """The search is done and the log axis is the highlighted answer."""
            return bool(commands.option_count) and str(
                commands.get_option_at_index(0).prompt
            ).startswith("Log")

        await wait_until(log_offered_first)
        await pilot.press("enter")
        await pilot.pause()
        assert app.explorer.log_y
        assert "(log)" in chart_text(app)
