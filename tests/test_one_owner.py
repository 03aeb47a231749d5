"""One owner of the view: however a person changes it, every surface says the same thing.

Each test drives the app as a person would and checks the four faults of a view kept in three
places: stale typed text after a reset, two paths for a mode change, a selector lighting
several modes, and a cursor that forgot the x it was given.
"""

from __future__ import annotations

from textual.widgets import RadioButton

from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.widgets.mode_selector import ModeSelector

from .conftest import StartApp
from .screen import chart_text, field, message, readout, wait_until


def lit_modes(app: object) -> list[str]:
    """The ids of the selector's buttons that are on."""
    selector = app.screen.query_one(ModeSelector)  # type: ignore[attr-defined]
    return [str(b.id) for b in selector.query(RadioButton) if b.value]


def highlighted_mode(app: object) -> str:
    """The id of the button the selector's highlight is on."""
    selector = app.screen.query_one(ModeSelector)  # type: ignore[attr-defined]
    buttons = list(selector.query(RadioButton))
    return str(buttons[selector._selected].id) if selector._selected is not None else ""


async def test_reset_clears_text_typed_into_an_input(start_app: StartApp) -> None:
    """End, `abc` in x min, Escape, r: x min reads -10 again and nothing is marked wrong."""
    async with start_app() as (app, pilot):
        await pilot.press("end", "a", "b", "c")
        await pilot.pause()
        assert field(app, "x-min").value == "-10abc"
        assert "✗" in message(app)
        await pilot.press("escape", "r")
        await pilot.pause()
        assert field(app, "x-min").value == "-10"
        assert "✗" not in message(app)
        assert "Chart unchanged" not in message(app)


async def test_the_selector_and_m_change_the_mode_the_same_way(start_app: StartApp) -> None:
    """With `abc` in x min, choosing Derivative in the selector and pressing m leave the same
    screen: the chart in the new mode, x min showing the view, no stale "Chart unchanged"."""
    outcomes = []
    for way in ("selector", "m"):
        async with start_app(View(mode=Mode.SIGMOID)) as (app, pilot):
            await pilot.press("end", "a", "b", "c")
            await pilot.pause()
            if way == "selector":
                await pilot.press("tab", "tab", "tab", "tab", "tab", "tab")  # to the mode selector
                assert isinstance(app.focused, ModeSelector)
                await pilot.press("down", "space")  # Sigmoid -> Derivative
            else:
                await pilot.press("escape", "m")
            await pilot.pause()
            assert app.explorer.view.mode is Mode.DERIVATIVE
            assert "Sigmoid Derivative Function" in chart_text(app)
            outcomes.append((field(app, "x-min").value, message(app), lit_modes(app)))
    assert outcomes[0] == outcomes[1]
    x_min, said, lit = outcomes[0]
    assert x_min == "-10"
    assert "Chart unchanged" not in said
    assert "✗" not in said
    assert lit == ["derivative"]


async def test_the_selector_lights_exactly_the_mode_on_show(start_app: StartApp) -> None:
    """m four times, then r: after every press exactly one button is lit, the current mode."""
    async with start_app(on_chart=True) as (app, pilot):
        assert lit_modes(app) == ["both"]
        for _ in range(4):
            await pilot.press("m")
            await pilot.pause()
            assert lit_modes(app) == [app.explorer.view.mode.value]
        await pilot.press("m", "m", "r")
        await pilot.pause()
        assert lit_modes(app) == ["both"]
        assert app.explorer.view == View()


async def test_focus_enters_the_selector_on_the_mode_on_show(start_app: StartApp) -> None:
    """In compare mode, Tab into the selector: Compare is highlighted, so Space keeps it."""
    async with start_app(View(mode=Mode.COMPARE)) as (app, pilot):
        await pilot.press("tab", "tab", "tab", "tab", "tab", "tab")
        assert isinstance(app.focused, ModeSelector)
        assert highlighted_mode(app) == "compare"
        await pilot.press("space")
        await pilot.pause()
        assert app.explorer.view.mode is Mode.COMPARE
        assert lit_modes(app) == ["compare"]
        await pilot.press("escape", "m", "m")  # compare -> sigmoid -> derivative
        await pilot.pause()
        field(app, "x-min").focus()
        await pilot.press("tab", "tab", "tab", "tab", "tab", "tab")
        assert highlighted_mode(app) == "derivative"


async def test_the_cursor_keeps_the_x_a_person_chose(start_app: StartApp) -> None:
    """g 3, then x max retyped as 1 and then 10: the cursor waits at 1 and comes back to 3."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("g", "3", "enter")
        await pilot.pause()
        assert app.explorer.cursor == 3.0
        max_box = field(app, "x-max")
        max_box.focus()
        await pilot.pause()
        max_box.value = ""
        await pilot.press("1")
        await pilot.pause()
        assert app.explorer.view.x_max == 1.0
        assert app.explorer.cursor == 1.0  # shown clamped while the range excludes 3
        assert "x = 1 " in readout(app)
        await pilot.press("0")
        await pilot.pause()
        assert app.explorer.view.x_max == 10.0
        assert app.explorer.cursor == 3.0
        assert "x = 3 " in readout(app)


async def test_a_new_choice_replaces_the_wanted_x(start_app: StartApp) -> None:
    """Clamped at 1, a step left makes the cursor's new place the chosen one."""
    async with start_app(View(x_max=1.0), on_chart=True) as (app, pilot):
        await pilot.press("g", "3", "enter")  # out of range: the range moves to hold 3
        await pilot.pause()
        assert app.explorer.cursor == 3.0
        await pilot.press("r")
        await pilot.pause()
        assert app.explorer.cursor == 0.0  # reset: the article's home, a new choice
        await pilot.press("end", "left")
        await pilot.pause()
        chosen = app.explorer.cursor
        assert chosen < 10.0
        await pilot.press("minus")  # zoom out: the cursor stays where it was chosen
        await pilot.pause()
        assert app.explorer.cursor == chosen


async def test_the_mode_on_show_reads_without_colour(start_app: StartApp) -> None:
    """NO_COLOR (and 16 colours, where the dots' colours merge): the pressed mode's dot is ●,
    every other ○, so the selector says the mode by its glyph alone; m moves the ●."""

    def dots(app: object) -> dict[str, str]:
        selector = app.screen.query_one(ModeSelector)  # type: ignore[attr-defined]
        return {b.id: b.render().plain.strip()[:3] for b in selector.query(RadioButton)}

    async with start_app(no_color=True, on_chart=True) as (app, pilot):
        for mode in (Mode.BOTH, Mode.COMPARE, Mode.SIGMOID):
            shown = dots(app)
            assert [key for key, dot in shown.items() if "●" in dot] == [mode.value], shown
            assert sum("○" in dot for dot in shown.values()) == len(Mode) - 1, shown
            await pilot.press("m")
            await pilot.pause()


async def test_the_table_put_away_at_once_leaves_the_readout_at_the_cursor(
    start_app: StartApp,
) -> None:
    """t and t again before the table's first highlight lands (typed ahead): the readout
    shows the cursor, not the row the table lit as it went."""
    from sigmoid_tui.tui.widgets.values_table import ValuesTable

    async with start_app(View(steepness=2.0, shift=0.5), on_chart=True) as (app, pilot):
        screen = app.explorer
        screen.show_table = True
        await wait_until(
            lambda: bool(screen.query(ValuesTable)) and screen.query_one(ValuesTable).row_count > 0
        )
        screen.show_table = False
        await pilot.pause()
        await pilot.pause()
        assert readout(app).startswith("x = 0.5 "), readout(app)
