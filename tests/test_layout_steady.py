"""The layout holds still: the chart keeps its size and every control stays in sight while the
readout grows, a message comes and goes, or an export shows its progress (issue 17, item 12)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input, Label, ProgressBar, RadioButton

from sigmoid_tui.core.csv_values import CsvBlock, csv_blocks
from sigmoid_tui.core.exact import values_at
from sigmoid_tui.core.readout_text import NOTE, readout_lines
from sigmoid_tui.core.settings import Settings, save_settings
from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.widgets.controls import Controls
from sigmoid_tui.tui.widgets.saver import Saver

from .conftest import StartApp
from .screen import chart_text, readout, wait_until

SIZES = [(60, 20), (80, 24), (100, 30)]
"""The smallest size, the classic terminal, and a roomy one."""

Layout = tuple[Region, dict[str, bool], bool]
"""The chart's region, whether each control is wholly in sight, whether the controls scroll."""


def layout(app: SigmoidApp) -> Layout:
    """Where the chart is, which controls a person can see whole, and whether they scroll."""
    controls = app.screen.query_one(Controls)
    shown: dict[str, bool] = {}
    widgets: list[Widget] = [*controls.query(Input), *controls.query(Label)]
    widgets += list(controls.query(RadioButton))
    for widget in widgets:
        region = widget.region
        whole = region.height == widget.outer_size.height and region.width > 0
        shown[widget.id or str(widget)] = whole and controls.region.contains_region(region)
    return app.explorer.plot.region, shown, controls.show_vertical_scrollbar


def assert_all_in_sight(before: Layout) -> None:
    """Every input, label and mode button whole on screen, and no scrollbar on the controls."""
    _, shown, scrolls = before
    assert all(shown.values()), [name for name, whole in shown.items() if not whole]
    assert not scrolls


@pytest.mark.parametrize("width", [58, 78, 98, 140, 198])
def test_the_readout_keeps_its_lines_and_columns_whatever_x(width: int) -> None:
    """x = 0 between samples, a sample, a long x with the note: the same number of lines, and
    the second field of each shared line starts in the same column (issue 17, item 18)."""
    layouts = set()
    for x, note in ((0.0, NOTE), (0.10101010101010033, None), (4.595119850134589, NOTE)):
        lines = readout_lines(values_at(x, 1.0, 0.0), width, note)
        assert all(len(line) <= width for line in lines)
        starts = tuple(line.rfind(" = ") for line in lines if line.count(" = ") > 1)
        layouts.add((len(lines), starts))
    assert len(layouts) == 1, layouts


@pytest.mark.parametrize("size", SIZES)
async def test_solving_to_a_long_x_leaves_the_chart_and_the_controls_as_they_were(
    start_app: StartApp, size: tuple[int, int]
) -> None:
    """/ S=0.99 Enter: x = 4.595119850134589 (between samples) and long values in the readout;
    the chart keeps its region and every control stays in sight."""
    async with start_app(size=size, on_chart=True) as (app, pilot):
        before = layout(app)
        assert_all_in_sight(before)
        column = readout(app).splitlines()[0].find("S = ")
        await pilot.press("slash")  # solve
        await pilot.pause()
        await pilot.press(*"S=0.99", "enter")
        await wait_until(lambda: "4.595119850134589" in readout(app))
        await pilot.pause()
        assert layout(app) == before
        assert app.explorer.message  # the answer is said on the frame: a message came
        await pilot.press("right")  # onto a sample: the note goes, the message too
        await pilot.pause()
        assert "between samples" not in readout(app)
        assert layout(app) == before
        assert readout(app).splitlines()[0].find("S = ") == column  # item 18


@pytest.mark.parametrize("size", SIZES)
async def test_compare_at_depth_10_keeps_its_layout_as_the_cursor_moves(
    start_app: StartApp, size: tuple[int, int]
) -> None:
    """--mode compare --depth 10, then arrows: values of every length, one layout."""
    view = View(mode=Mode.COMPARE, depth=10)
    async with start_app(view, size=size, on_chart=True) as (app, pilot):
        before = layout(app)
        assert_all_in_sight(before)
        for key in ("right", "right", "end", "home", "left"):
            await pilot.press(key)
            await pilot.pause()
            assert layout(app) == before, key


@pytest.mark.parametrize("size", [*SIZES, (200, 60)])
async def test_the_chart_keeps_its_size_through_the_modes_and_the_layers(
    start_app: StartApp, size: tuple[int, int]
) -> None:
    """m, m, m, m from Both: Compare, Sigmoid, Derivative and Both again; then in Compare
    > to depth 2, > to 10 and back: one chart size and one readout height throughout. At 80x24
    compare mode's readout took a third line and the chart went 56x19 to 56x18."""
    async with start_app(size=size, on_chart=True) as (app, pilot):
        screen = app.explorer
        before = layout(app)
        lines = len(readout(app).splitlines())

        async def press(*keys: str) -> None:
            await pilot.press(*keys)
            await wait_until(lambda: screen.plot.last_drawn_view == screen.view)
            await pilot.pause()
            assert layout(app) == before, (keys, screen.view)
            assert len(readout(app).splitlines()) == lines, (keys, readout(app))

        seen = []
        for _ in Mode:
            await press("m")
            seen.append(screen.view.mode)
        assert set(seen) == set(Mode)
        while screen.view.mode is not Mode.COMPARE:
            await press("m")
        await press("greater_than_sign")
        assert screen.view.depth == 2
        await press(*["greater_than_sign"] * 8)
        assert screen.view.depth == 10
        await press(*["less_than_sign"] * 9)
        assert screen.view.depth == 1


@pytest.fixture
def held_export(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Exports stop after their first blocks until the event is set (bounded: no hang)."""
    gate = threading.Event()

    def held(view: View, *, exact: bool = False) -> Iterator[CsvBlock]:
        for index, block in enumerate(csv_blocks(view, exact=exact)):
            if index >= 2:
                gate.wait(timeout=60)
            yield block

    monkeypatch.setattr("sigmoid_tui.tui.widgets.saver.csv_blocks", held)
    yield gate
    gate.set()


@pytest.mark.parametrize("size", SIZES)
async def test_an_exports_progress_takes_no_row_from_the_chart(
    start_app: StartApp, size: tuple[int, int], held_export: threading.Event
) -> None:
    """e on 300,000 points: the progress line shows while the chart, its ticks and the controls
    stay exactly as they were (at 100x30 the y ticks went from 0.2 to 0.25 steps)."""
    async with start_app(View(points=300_000), size=size, on_chart=True) as (app, pilot):
        before = layout(app)
        assert_all_in_sight(before)
        chart = chart_text(app)
        readout_region = app.screen.query_one("#readout").region
        await pilot.press("e")
        saver = app.screen.query_one(Saver)
        await wait_until(lambda: (saver.query_one(ProgressBar).progress or 0) > 0)
        await pilot.pause()
        assert saver.display
        assert saver.region.height == 1
        assert app.screen.region.contains_region(saver.region)
        assert layout(app) == before
        assert app.screen.query_one("#readout").region == readout_region
        assert chart_text(app) == chart  # the same axes, ticks and curves
        await pilot.press("c")
        held_export.set()
        await wait_until(lambda: not saver.running)
        await pilot.pause()
        assert layout(app) == before


@pytest.mark.parametrize("size", [*SIZES, (200, 60)])
@pytest.mark.parametrize("controls_shown", [True, False])
async def test_the_first_chart_is_drawn_once_at_the_size_it_keeps(
    start_app: StartApp,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    size: tuple[int, int],
    controls_shown: bool,
) -> None:
    """The footer comes in after the first frame, into a row kept for it: the chart is drawn
    once at start, at the size it keeps (it was drawn a row taller first, then again)."""
    from sigmoid_tui.chart.figure import draw_chart as draw

    drawn: list[tuple[int, int]] = []

    def counted(*args: object, **kwargs: object) -> object:
        drawn.append((args[3], args[4]))  # type: ignore[arg-type]
        return draw(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("sigmoid_tui.tui.widgets.plot.draw_chart", counted)
    kept = tmp_path / "settings.toml"
    save_settings(kept, Settings(controls=controls_shown))
    async with start_app(size=size, settings_file=kept) as (app, pilot):
        footers = app.screen.query("KeyFooter")
        await wait_until(lambda: bool(footers.nodes) and footers.first().region.y == size[1] - 1)
        await pilot.pause()
        plot = app.explorer.plot
        assert drawn == [(plot.size.width, plot.size.height)], drawn
