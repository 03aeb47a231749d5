"""What the screen shows, guarded by snapshots: each a user story at a fixed size and theme.

Update with ``uv run pytest tests/test_snapshots.py --snapshot-update`` after reviewing
``snapshot_report.html``. Both work under pytest-xdist (the default run): each worker
compares its own snapshots, and the controlling process gathers the report.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.app import SigmoidApp

SnapCompare = Callable[..., bool]


def steady(theme: str = "textual-dark") -> Callable[[Pilot[int]], object]:
    """Fix what would make a snapshot differ between runs: the theme and the cursor blink."""

    async def run_before(pilot: Pilot[int]) -> None:
        assert isinstance(pilot.app, SigmoidApp)
        await pilot.app.explorer.controls_ready.wait()
        pilot.app.theme = theme
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False
        await pilot.pause()

    return run_before


class TestEachMode:
    """The article's three charts, as a person first sees them."""

    @pytest.mark.parametrize("mode", list(Mode))
    @pytest.mark.parametrize("size", [(80, 24), (120, 40)])
    def test_mode_at_size(
        self, snap_compare: SnapCompare, mode: Mode, size: tuple[int, int]
    ) -> None:
        """Opened with --mode MODE in an 80x24 or 120x40 terminal."""
        app = SigmoidApp(View(mode=mode))
        assert snap_compare(app, terminal_size=size, run_before=steady())


class TestBadInput:
    """Invalid input: the input is marked, the message says why, the chart stays."""

    def test_not_a_number_in_x_min(self, snap_compare: SnapCompare) -> None:
        """Typing 'abc' after clearing x min."""
        app = SigmoidApp()

        async def run_before(pilot: Pilot[int]) -> None:
            await steady()(pilot)  # type: ignore[misc]
            pilot.app.screen.query_one("#x-min", Input).clear()
            await pilot.press("a", "b", "c")  # type garbage
            await pilot.pause()

        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


class TestSmallTerminal:
    """Below 60x20 the layout would break: a short message instead; at 60x20 all is there."""

    def test_smallest_full_layout(self, snap_compare: SnapCompare) -> None:
        """60x20: title, legend, curves, axes and the whole readout."""
        assert snap_compare(SigmoidApp(), terminal_size=(60, 20), run_before=steady())

    def test_too_small_message(self, snap_compare: SnapCompare) -> None:
        """A 40x12 terminal."""
        assert snap_compare(SigmoidApp(), terminal_size=(40, 12), run_before=steady())


class TestThemes:
    """The chart stays readable under the ANSI themes, where the terminal picks the colours."""

    @pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light"])
    def test_ansi(self, snap_compare: SnapCompare, theme: str) -> None:
        """Under the ANSI themes, whose colours are the terminal's own palette."""
        assert snap_compare(SigmoidApp(), terminal_size=(80, 24), run_before=steady(theme))

    def test_light(self, snap_compare: SnapCompare) -> None:
        """Under textual-light."""
        assert snap_compare(
            SigmoidApp(), terminal_size=(80, 24), run_before=steady("textual-light")
        )


class TestExploration:
    """The explorer's own views: trace readout, points of interest, log axis, help."""

    def test_trace_readout_after_moving_the_cursor(self, snap_compare: SnapCompare) -> None:
        """Escape to the chart, three samples right: the marker and the exact readout."""
        assert snap_compare(
            SigmoidApp(),
            press=["escape", "_", "right", "right", "right"],  # to the chart, then move
            terminal_size=(100, 30),
            run_before=steady(),
        )

    def test_points_of_interest(self, snap_compare: SnapCompare) -> None:
        """p on a 120x40 terminal: every point labelled, the tails marked."""
        assert snap_compare(
            SigmoidApp(), press=["escape", "_", "p"], terminal_size=(120, 40), run_before=steady()
        )

    def test_log_view_of_the_derivative(self, snap_compare: SnapCompare) -> None:
        """l over [-745.5, 745.5]: S' falls in a straight line to 1e-300 and beyond."""
        app = SigmoidApp(View(x_min=-745.5, x_max=745.5, points=2000, mode=Mode.DERIVATIVE))
        assert snap_compare(
            app, press=["escape", "_", "l"], terminal_size=(100, 30), run_before=steady()
        )

    def test_points_of_interest_at_80x24(self, snap_compare: SnapCompare) -> None:
        """p at 80x24: labels shortened or left out where they would touch, never overlapping."""
        assert snap_compare(
            SigmoidApp(), press=["escape", "_", "p"], terminal_size=(80, 24), run_before=steady()
        )

    def test_compare_through_ten_layers_on_a_log_axis(self, snap_compare: SnapCompare) -> None:
        """Compare mode, depth 10, l: (1/4)^10 for the sigmoid at best against 1 for ReLU."""
        app = SigmoidApp(View(mode=Mode.COMPARE, depth=10))
        assert snap_compare(
            app, press=["escape", "_", "l"], terminal_size=(80, 24), run_before=steady()
        )

    def test_describe_screen(self, snap_compare: SnapCompare) -> None:
        """i: the view in words, framed and titled, a sentence a paragraph, at 80x24."""
        assert snap_compare(
            SigmoidApp(), press=["escape", "i"], terminal_size=(80, 24), run_before=steady()
        )

    def test_help_screen(self, snap_compare: SnapCompare) -> None:
        """f1: the formulas and why the gradient vanishes."""
        assert snap_compare(
            SigmoidApp(), press=["f1"], terminal_size=(100, 30), run_before=steady()
        )
