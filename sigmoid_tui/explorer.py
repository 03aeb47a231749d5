"""The explorer's core: the controls on the left, the chart and its trace readout on the right.

The app is a thin layer. The controls (:mod:`.controls`) turn typed text into views, the
navigation functions (:mod:`.navigation`) move the cursor and the range, the chart widget
(:mod:`.chart_widget`) draws; here widgets are composed, keys bound, and each change turned
into one redraw.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from . import navigation
from .chart import ChartStyle, Overlay
from .chart_widget import Readout, SigmoidPlot
from .controls import Controls
from .exact import compare_at, values_at
from .exporter import Exporter
from .keys import APP_KEYS
from .poi import (
    PointOfInterest,
    compare_points,
    next_stop,
    points_of_interest,
    vanishing_regions,
)
from .view import Marker, Mode, View

if TYPE_CHECKING:
    pass

__all__ = ["MIN_HEIGHT", "MIN_WIDTH", "ExplorerApp", "MainScreen"]

MIN_WIDTH = 60
"""Narrower than this, the controls and a readable chart do not fit side by side."""
MIN_HEIGHT = 20
"""Shorter than this, the inputs and the mode selector do not fit above the footer."""


class MainScreen(Screen[None]):
    """The explorer's screen: it puts the focus back where it was when it is shown again."""

    def __init__(self) -> None:
        """The default screen, which remembers where the focus was."""
        super().__init__(id="_default")
        self._last_focus: Widget | None = None

    def on_screen_resume(self) -> None:
        """Back from the palette, help or a prompt: the focused control's label lit again."""
        self.call_after_refresh(self._relight)

    def _relight(self) -> None:
        controls = self.query(Controls)
        if controls:
            controls.first().mark_focused()

    def on_descendant_focus(self) -> None:
        """Remember where the focus is, to bring it back after the terminal was too small."""
        if self.focused is not None:
            self._last_focus = self.focused

    def on_resize(self) -> None:
        """Coming back from too small a terminal: focus where it was (hiding lost it)."""
        self.call_after_refresh(self._restore_focus)

    def _restore_focus(self, tries: int = 10) -> None:
        last = self._last_focus
        if self.focused is not None or last is None or not last.is_attached:
            return
        if not self.query_one("#main").display:
            # The breakpoints restyle the screen some frames after the resize: look again.
            if tries and self.size.width >= MIN_WIDTH and self.size.height >= MIN_HEIGHT:
                self.set_timer(0.05, lambda: self._restore_focus(tries - 1))
            return
        last.focus()
        self._relight()


class ExplorerApp(App[int]):
    """The explorer's core: the view, the cursor and the chart, composed and kept in step.

    :class:`.app.SigmoidApp` adds the quick answers, compare mode's depth, the description and
    the files on top of it.
    """

    TITLE = "sigmoid-tui"
    CSS_PATH = "sigmoid.tcss"

    BINDINGS: ClassVar[list[BindingType]] = APP_KEYS
    """Every key of the app: the footer, the command palette and the help read this one list."""

    # Below the smallest usable size the screen gets -narrow or -short, and the stylesheet
    # shows a short message instead of a broken layout; from the first frame, and on resize.
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 - Textual declares it an instance attribute
        (0, "-narrow"),
        (MIN_WIDTH, "-wide-enough"),
    ]
    VERTICAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-short"),
        (MIN_HEIGHT, "-tall-enough"),
        (24, "-roomy"),
    ]

    view: var[View] = var(View, init=False)
    """The last valid view: what the chart shows. Invalid input never reaches it."""
    cursor: var[float] = var(0.0, init=False)
    """x of the trace cursor; the readout shows the exact curves there."""
    show_points: var[bool] = var(False, init=False)
    """Whether points of interest are marked on the chart."""
    log_y: var[bool] = var(False, init=False)
    """Whether the y axis is logarithmic."""
    marker: var[Marker] = var(Marker.BRAILLE, init=False)
    """The glyphs the curves are drawn with (``--marker``; M cycles them)."""

    def __init__(
        self,
        initial: View | None = None,
        *,
        marker: Marker = Marker.BRAILLE,
        export_dir: Path | None = None,
    ) -> None:
        """Open on ``initial`` (from the command line), or the article's defaults.

        ``export_dir`` is where ``s`` and ``e`` write; the working directory by default.
        """
        super().__init__()
        initial = initial or View()
        self._export_dir = export_dir
        self._quit_when_exported = False
        self.controls_ready = asyncio.Event()
        """Set once the inputs are mounted, right after the first chart."""
        self.set_reactive(ExplorerApp.view, initial)
        self.set_reactive(ExplorerApp.marker, marker)
        self.set_reactive(ExplorerApp.cursor, navigation.home(initial))

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """The chart and its readout; the controls fill in once the chart is on screen."""
        with Horizontal(id="main"):
            yield Controls(self.view, id="controls")
            with Vertical(id="chart-area"):
                yield SigmoidPlot(id="chart")
        # The readout spans the whole width, so that x, S, S' and S'' fit on two lines.
        yield Readout(id="readout")
        yield Exporter(self._export_dir, id="exporter")
        yield Static(
            f"Terminal too small.\nsigmoid-tui needs {MIN_WIDTH}x{MIN_HEIGHT}.", id="too-small"
        )

    @property
    def controls(self) -> Controls:
        """The inputs, the mode selector and the message line."""
        return self.query_one(Controls)

    @property
    def plot(self) -> SigmoidPlot:
        """The chart."""
        return self.query_one(SigmoidPlot)

    def on_mount(self) -> None:
        """Draw the first chart, then bring in the controls.

        The first frame waits only for what it shows: the chart. The inputs, the selector and
        the footer (two thirds of the widgets, and of the styling work) follow a few tens of
        milliseconds later.
        """
        self._redraw()
        self.call_after_refresh(self._add_controls)
        # Back from ctrl+z and fg: the terminal was the shell's meanwhile, so paint it all anew.
        self.app_resume_signal.subscribe(self, self._resumed)
        with contextlib.suppress(AttributeError, NotImplementedError, RuntimeError):
            # A dropped SSH connection: stop an export cleanly (its temporary file removed)
            # rather than die in the middle of it.
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self._hang_up)

    def get_default_screen(self) -> Screen[None]:
        """The explorer's own screen (see :class:`MainScreen`)."""
        return MainScreen()

    def _resumed(self, _app: object) -> None:
        """Repaint everything after a suspend: nothing on the terminal is ours any more."""
        self.screen.refresh(repaint=True, layout=True)

    def _hang_up(self) -> None:
        """The terminal went away: cancel any export and leave."""
        self.query_one(Exporter).cancel()
        self.exit(0)

    async def _add_controls(self) -> None:
        """Mount the controls and the footer; focus starts in x min."""
        await self.controls.populate()
        from textual.widgets import Footer

        await self.mount(Footer())
        self.call_after_refresh(self.controls.input("x-min").focus)
        self.controls_ready.set()

    # --- drawing -----------------------------------------------------------------------

    def watch_view(self) -> None:
        """A new valid view: one redraw (the chart evaluates only what its columns show)."""
        self.set_reactive(ExplorerApp.cursor, navigation.clamp(self.view, self.cursor))
        self._redraw()
        self.view_shown()

    def watch_cursor(self) -> None:
        """The cursor moved: the chart repaints its cursor (no rebuild), the readout follows."""
        self.plot.move_cursor(self.cursor)
        self._update_readout()

    def watch_show_points(self) -> None:
        """Points of interest on or off."""
        self._redraw()

    def watch_log_y(self) -> None:
        """Linear or logarithmic y."""
        self._redraw()

    def watch_marker(self) -> None:
        """Other glyphs for the curves."""
        self._redraw()

    def _redraw(self) -> None:
        """Show the current view with its cursor, points of interest and axis."""
        view = self.view
        overlay = Overlay(
            points=tuple(self._points(view)) if self.show_points else (),
            vanishing=vanishing_regions(view.steepness, view.shift)
            if self.show_points and view.mode is not Mode.COMPARE
            else None,
            log_y=self.log_y,
        )
        style = ChartStyle(color=not self.no_color, marker=self.marker)
        self.plot.show(view, style, overlay)
        self.plot.move_cursor(self.cursor)
        self._update_readout()

    def _update_readout(self) -> None:
        """x, S, S' and S'' at the cursor, each the double nearest the true value."""
        view = self.view
        left, right = navigation.samples_around(view, self.cursor)
        note = "between samples" if left != right else None
        if view.mode is Mode.COMPARE:
            compared = compare_at(self.cursor, view.steepness, view.shift, view.depth)
            self.query_one(Readout).show(compared, note, view.depth)
        else:
            self.query_one(Readout).show(values_at(self.cursor, view.steepness, view.shift), note)

    def view_shown(self) -> None:
        """A new view is on the chart: what else shows it follows (the table of values)."""

    def say(self, text: str, *, error: bool = False) -> None:
        """Show a short message under the chart, on its frame, where it covers nothing."""
        self.plot.border_subtitle = f"✗ {text}" if error and text else text
        self.plot.set_class(error, "-error")

    # --- changes -----------------------------------------------------------------------

    def on_controls_view_changed(self, event: Controls.ViewChanged) -> None:
        """A person typed a valid view, or chose a mode: show it."""
        self.view = event.view

    def _go(self, move: navigation.Move | navigation.Refused) -> None:
        """Show a navigation's result: the new view and cursor with one redraw, or why not."""
        if isinstance(move, navigation.Refused):
            self.say(move.reason)
            return
        if move.view != self.view:
            self.controls.show_view(move.view)
            self.set_reactive(ExplorerApp.cursor, move.cursor)
            self.view = move.view
        else:
            self.cursor = move.cursor

    # --- actions -----------------------------------------------------------------------

    def action_cycle_mode(self) -> None:
        """Show the next mode: sigmoid, derivative, both."""
        self._go(navigation.Move(replace(self.view, mode=self.view.mode.next()), self.cursor))

    def action_reset(self) -> None:
        """Back to the article's view, with one redraw."""
        self._go(navigation.Move(View(), navigation.home(View())))

    def action_focus_chart(self) -> None:
        """Leave the inputs (or the table) for the chart."""
        self.show_table = False
        self.plot.focus()

    def action_toggle_points(self) -> None:
        """Mark the points of interest, or stop marking them."""
        self.show_points = not self.show_points

    def action_cycle_marker(self) -> None:
        """Draw the curves with the next kind of glyph."""
        self.marker = self.marker.next()
        self.say(f"Curves drawn with {self.marker.value} markers.")

    def action_toggle_log(self) -> None:
        """Switch the y axis between linear and logarithmic."""
        self.log_y = not self.log_y

    def action_next_point(self) -> None:
        """Move the cursor to the next point of interest to the right."""
        self._jump(forward=True)

    def action_previous_point(self) -> None:
        """Move the cursor to the next point of interest to the left."""
        self._jump(forward=False)

    @staticmethod
    def _points(view: View) -> list[PointOfInterest]:
        """The view's points of interest: the sigmoid's, or compare mode's."""
        if view.mode is Mode.COMPARE:
            return compare_points(view.steepness, view.shift, view.depth)
        return points_of_interest(view.steepness, view.shift)

    def _jump(self, *, forward: bool) -> None:
        view = self.view
        points = self._points(view)
        stop = next_stop([p.x for p in points], self.cursor, forward, view.x_min, view.x_max)
        if stop is None:
            self.say("No more points of interest that way in this range.")
            return
        self.cursor = stop
        names = ", ".join(p.label for p in points if p.x == stop)
        description = next(p.description for p in points if p.x == stop)
        self.say(f"{names}: {description}")

    def action_move_cursor(self, samples: int) -> None:
        """Move the cursor by whole samples (negative: to the left), stopping at the ends."""
        self._go(navigation.step(self.view, self.cursor, samples))

    def action_cursor_end(self, right: bool) -> None:
        """Jump the cursor to the left or right end of the range."""
        self._go(navigation.cursor_end(self.view, right=right))

    def action_zoom(self, factor: float) -> None:
        """Scale the span around the cursor by ``factor`` (0.5 in, 2 out), within limits."""
        self._go(navigation.zoom(self.view, self.cursor, factor))

    def action_pan(self, fraction: float) -> None:
        """Move the range by ``fraction`` of its span (negative: left), within ±10^6."""
        self._go(navigation.pan(self.view, self.cursor, fraction))

    def action_help(self) -> None:
        """Open the help screen, its table of keys read from the bindings."""
        from .help_screen import HelpScreen, key_rows

        self.push_screen(HelpScreen(key_rows(self, [Screen.BINDINGS, SigmoidPlot.BINDINGS])))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette offers each of the app's actions once, from the same bindings."""
        yield from super().get_system_commands(screen)
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            if binding.action in ("quit", "focus_chart"):
                continue
            key = self.get_key_display(Binding(binding.key.split(",")[0], ""))
            yield SystemCommand(
                binding.description,
                f"{binding.tooltip} ({key})",
                lambda action=binding.action: self.run_action(action),
            )
