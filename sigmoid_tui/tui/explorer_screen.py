"""The explorer's screen: it owns the view, the cursor and the display toggles.

Every surface reads this one owner: the controls are bound to :attr:`ExplorerScreen.view`,
the chart, the readout and the table are drawn from it, and nothing keeps a copy. Every way to
change the view or the cursor (typing, the selector, ``m``, ``r``, zoom, pan, go to, solve,
the next point, the table) ends in :meth:`ExplorerScreen.go`, the one path, so they cannot
behave differently. The moves themselves are pure (:mod:`sigmoid_tui.core.navigation`); here
they are applied, with one redraw.

The cursor keeps the x a person chose, as an editor keeps the wanted column through short
lines: :attr:`ExplorerScreen.wanted` is that x, :attr:`ExplorerScreen.cursor` the same x
clamped into the range, which is what the chart and the readout show.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen

from sigmoid_tui.chart.overlay import overlay_for
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.core import navigation, start_up
from sigmoid_tui.core.view import Marker, View
from sigmoid_tui.tui.focus import FocusKeeper
from sigmoid_tui.tui.keys import EXPLORER_KEYS
from sigmoid_tui.tui.panel_styles import load_panel_styles
from sigmoid_tui.tui.quick_answers import Answer, QuickAnswers
from sigmoid_tui.tui.sweep_player import SweepPlayer
from sigmoid_tui.tui.table_pane import TablePane
from sigmoid_tui.tui.too_small import ALWAYS_ALLOWED, TooSmall, is_too_small
from sigmoid_tui.tui.widgets.controls import Controls
from sigmoid_tui.tui.widgets.plot import SigmoidPlot
from sigmoid_tui.tui.widgets.readout import Readout

if TYPE_CHECKING:
    from sigmoid_tui.tui.widgets.saver import Saver
    from sigmoid_tui.tui.widgets.values_table import ValuesTable

__all__ = ["ExplorerScreen"]


class ExplorerScreen(Screen[None]):
    """The controls, the chart and its readout, and the state they all show."""

    BINDINGS: ClassVar[list[BindingType]] = EXPLORER_KEYS
    """The explorer's keys (:mod:`sigmoid_tui.tui.keys`)."""

    view: var[View] = var(View, init=False)
    """The last valid view: what the chart shows. Invalid input never reaches it."""
    wanted: var[float] = var(0.0, init=False)
    """The x the person chose for the cursor; it may lie outside the range for a while."""
    show_points: var[bool] = var(False, init=False)
    """Whether points of interest are marked on the chart."""
    log_y: var[bool] = var(False, init=False)
    """Whether the y axis is logarithmic."""
    marker: var[Marker] = var(Marker.BRAILLE, init=False)
    """The glyphs the curves are drawn with (``--marker``; M cycles them)."""
    controls_shown: var[bool] = var(True, init=False)
    """Whether the controls stand beside the chart (h hides them)."""
    show_table: var[bool] = var(False, init=False)
    """Whether the table of values stands in place of the controls and the chart."""
    bookmarks: var[tuple[float, ...]] = var((), init=False)
    """x values the person bookmarked with b, ascending; the table lists them."""

    def __init__(
        self,
        view: View,
        *,
        marker: Marker = Marker.BRAILLE,
        export_dir: Path | None = None,
        log_y: bool = False,
        show_points: bool = False,
        cursor: float | None = None,
        controls_shown: bool = True,
    ) -> None:
        """Open on ``view`` with the cursor at ``cursor`` (default: x0, or mid-range) and the
        toggles given; ``s`` and ``e`` write into ``export_dir`` (default: the working
        directory)."""
        super().__init__(id="_default")
        self._export_dir = export_dir
        self._focus = FocusKeeper(
            self, lambda: bool(self.query_one("#main").display), self._relight
        )
        self.controls_ready = asyncio.Event()
        """Set once the inputs are mounted, right after the first chart."""
        self.set_reactive(ExplorerScreen.view, view)
        self.set_reactive(ExplorerScreen.marker, marker)
        self.set_reactive(
            ExplorerScreen.wanted, navigation.home(view) if cursor is None else cursor
        )
        self.set_reactive(ExplorerScreen.log_y, log_y)
        self.set_reactive(ExplorerScreen.show_points, show_points)
        self.set_reactive(ExplorerScreen.controls_shown, controls_shown)
        self.set_class(not controls_shown, "-no-controls")
        self.player = SweepPlayer(self, lambda: self.controls.editing)
        """Plays, pauses and stops the sweep (``a``)."""
        self._edit_stopped_sweep = False
        self.table = TablePane(self)
        """The table of values, in place of the chart (t)."""
        self.answers = QuickAnswers(self)
        """Go to, solve, bookmarks, the command for this view, the view in words."""

    @property
    def cursor(self) -> float:
        """Where the cursor is shown: the wanted x, clamped into the range."""
        return navigation.clamp(self.view, self.wanted)

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """The chart and its readout; the controls fill in once the chart is on screen."""
        with Horizontal(id="main"):
            yield Controls(id="controls").data_bind(ExplorerScreen.view)
            with Vertical(id="chart-area"):
                yield SigmoidPlot(id="chart")
        # The readout spans the whole width, so that x, S, S' and S'' fit on two lines.
        yield Readout(id="readout")
        yield TooSmall()
        # The footer's row, kept from the first frame: the footer comes in later, into it,
        # and the chart keeps its size (it was built twice at start, a row taller first).
        yield Container(id="footer-room")

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

    async def _add_controls(self) -> None:
        """Mount the controls and the footer, with their styles; focus starts in x min."""
        load_panel_styles(self.app)
        await self.controls.populate()
        from sigmoid_tui.tui.widgets.key_footer import KeyFooter
        from sigmoid_tui.tui.widgets.saver import Saver

        await self.mount(Saver(self._export_dir, id="saver"), after="#readout")
        await self.query_one("#footer-room").mount(KeyFooter())
        self.call_after_refresh(self.controls.input("x-min").focus)
        self.controls_ready.set()
        # Start-up is over: the collector, held off by the command line, may run again.
        start_up.release(freeze=True)

    # --- the one path --------------------------------------------------------------------

    def go(self, move: navigation.Move | navigation.Refused) -> None:
        """Show a change of view or cursor with one redraw, or say why it cannot happen.

        A move that leaves the cursor where it is shown keeps the x the person chose (a zoom,
        a new range typed, another mode); a move to another x makes that the chosen one.
        Whatever the change, the controls then show the view, not stale typed text.
        """
        if isinstance(move, navigation.Refused):
            self.say(move.reason)
            return
        self.say("")  # a message about the state before would be stale
        if not self.player.in_frame and move.view != self.view:
            self.player.stop()  # any other change of view ends the sweep, and says so
        kept = move.cursor in (self.cursor, navigation.clamp(move.view, self.wanted))
        wanted = self.wanted if kept else move.cursor
        self.set_reactive(ExplorerScreen.wanted, wanted)
        if move.view != self.view:
            self.view = move.view  # the controls follow through their binding
        else:
            self.controls.discard_edits()
            self._cursor_moved()
        if move.said:
            self.say(move.said)

    def go_to_view(self, view: View) -> None:
        """Show ``view`` with the cursor kept at the chosen x (clamped into the new range)."""
        self.go(navigation.Move(view, navigation.clamp(view, self.wanted)))

    @on(SigmoidPlot.Clicked)
    @on(SigmoidPlot.Wheeled)
    @on(SigmoidPlot.Dragged)
    def chart_pointed(self, event: SigmoidPlot.Pointer) -> None:
        """A click (the cursor to the sample under it), the wheel (zoom around the x under
        it) or a drag (the range follows) on the chart: the move each asks for."""
        self.go(event.move(self.view, self.cursor))

    @on(Controls.Edited)
    def typed_an_edit(self) -> None:
        """Typing, valid or not, stops a sweep: its next frame would overwrite the text."""
        self._edit_stopped_sweep = self.player.stop()

    @on(Controls.ViewRequested)
    def typed_a_view(self, event: Controls.ViewRequested) -> None:
        """A person typed a valid view, or chose a mode: show it (and say if that edit
        stopped a sweep: the change itself clears older messages)."""
        stopped, self._edit_stopped_sweep = self._edit_stopped_sweep, False
        self.go_to_view(event.view)
        if stopped:
            self.say("Sweep stopped.")

    # --- drawing -----------------------------------------------------------------------

    def watch_view(self) -> None:
        """A new valid view: one redraw (the chart evaluates only what its columns show)."""
        self._redraw()
        self.table.fill()

    def watch_wanted(self) -> None:
        """The cursor moved: the chart repaints its cursor (no rebuild), the readout follows."""
        self._cursor_moved()

    def watch_controls_shown(self, shown: bool) -> None:
        """Give the chart the whole width, or bring the controls back."""
        if not shown and self.focused is not None and self.controls in self.focused.ancestors:
            self.plot.focus()
        self.set_class(not shown, "-no-controls")

    def _redraw(self) -> None:
        """Show the current view with its cursor, points of interest and axis."""
        view = self.view
        overlay = overlay_for(
            view, points=self.show_points, log_y=self.log_y, bookmarks=self.bookmarks
        )
        sixteen = self.app.has_class("-sixteen")
        style = ChartStyle(color=not self.app.no_color, marker=self.marker, sixteen=sixteen)
        self.plot.show(view, style, overlay)
        self._cursor_moved()

    # Points of interest on or off, linear or logarithmic y, other glyphs: a new chart.
    watch_show_points = watch_log_y = watch_marker = _redraw

    def _cursor_moved(self) -> None:
        self.plot.move_cursor(self.cursor)
        self._update_readout()

    def _update_readout(self) -> None:
        """x, S, S' and S'' at the cursor, each the double nearest the true value."""
        self.query_one(Readout).show_at(self.view, self.cursor)

    def say(self, text: str, *, error: bool = False) -> None:
        """Show a short message on the chart's frame, until the next change of view or
        cursor (:meth:`go` clears it), so that it never speaks of a state that is gone."""
        self.plot.show_message(f"✗ {text}" if error and text else text, error=error)

    @property
    def message(self) -> str:
        """The last message, whole (the frame may show it shortened; its tooltip holds it)."""
        return self.plot.message

    # --- focus ---------------------------------------------------------------------------

    def on_screen_resume(self) -> None:
        """Back from the palette, help or a prompt: the focused control's label lit again."""
        self.call_after_refresh(self._relight)

    def _relight(self) -> None:
        controls = self.query(Controls)
        if controls and controls.first().populated:
            controls.first().mark_focused()

    def on_descendant_focus(self) -> None:
        """Remember where the focus is, to bring it back after the terminal was too small."""
        self._focus.remember()

    def on_resize(self) -> None:
        """Coming back from too small a terminal: focus where it was (hiding lost it)."""
        self.call_after_refresh(self._focus.restore)

    # --- the explorer's own actions ------------------------------------------------------

    def action_cycle_mode(self) -> None:
        """Show the next mode: sigmoid, derivative, both, compare."""
        self.go_to_view(replace(self.view, mode=self.view.mode.next()))

    def action_reset(self) -> None:
        """Back to the article's view, with one redraw (a sweep stops)."""
        stopped = self.player.stop()
        self.go(navigation.Move(View(), navigation.home(View())))
        if stopped:
            self.say("Sweep stopped.")

    def action_focus_chart(self) -> None:
        """Leave the inputs (or the table) for the chart."""
        self.show_table = False
        self.plot.focus()

    def action_cycle_marker(self) -> None:
        """Draw the curves with the next kind of glyph."""
        self.marker = self.marker.next()
        self.say(f"Curves drawn with {self.marker.value} markers.")

    def action_next_point(self) -> None:
        """Move the cursor to the next point of interest to the right."""
        self.go(navigation.to_next_point(self.view, self.cursor, forward=True))

    def action_previous_point(self) -> None:
        """Move the cursor to the next point of interest to the left."""
        self.go(navigation.to_next_point(self.view, self.cursor, forward=False))

    def action_move_cursor(self, samples: int) -> None:
        """Move the cursor by whole samples (negative: to the left), stopping at the ends."""
        self.go(navigation.step(self.view, self.cursor, samples))

    def action_cursor_end(self, right: bool) -> None:
        """Jump the cursor to the left or right end of the range."""
        self.go(navigation.cursor_end(self.view, right=right))

    def action_zoom(self, factor: float) -> None:
        """Scale the span around the cursor by ``factor`` (0.5 in, 2 out), within limits."""
        self.go(navigation.zoom(self.view, self.cursor, factor))

    def action_pan(self, fraction: float) -> None:
        """Move the range by ``fraction`` of its span (negative: left), within ±10^6."""
        self.go(navigation.pan(self.view, self.cursor, fraction))

    def action_depth(self, step: int) -> None:
        """Compare through one layer more (or less): each derivative to the next power."""
        self.go(navigation.deeper(self.view, self.wanted, step))

    # --- the sweep ----------------------------------------------------------------------

    def action_sweep(self) -> None:
        """Play a sweep of k (in compare mode of the depth); again: pause; again: go on."""
        self.player.toggle()

    # --- quick answers: go to, solve, bookmarks, the table, words ---------------------------

    def action_answer(self, name: Answer) -> None:
        """Go to an x (g), solve (/), bookmark (b), copy the command for this view (y) or
        describe the view (i): :class:`QuickAnswers` asks and answers."""
        getattr(self.answers, name)()

    async def watch_show_table(self, shown: bool) -> None:
        """Bring in the table, or put it away (the readout back at the cursor)."""
        await self.table.show(shown)
        if not shown:
            self._update_readout()

    def watch_bookmarks(self) -> None:
        """The chart flags the bookmarks, and the table lists them."""
        self._redraw()
        self.table.fill()

    def on_values_table_chosen(self, event: ValuesTable.Chosen) -> None:
        """Enter on a row: the chart again, the cursor exactly there."""
        self.show_table = False
        self.go(navigation.go_to(self.view, event.x))

    def on_values_table_lit(self, event: ValuesTable.Lit) -> None:
        """The readout shows the lit row in full, however narrow the table (a highlight
        that arrives after the table was put away leaves the cursor's readout alone)."""
        if not self.show_table:
            return
        view = self.view
        self.query_one(Readout).show(event.values, event.name, view.depth, view.weight)

    # --- files -------------------------------------------------------------------------

    @property
    def saver(self) -> Saver:
        """What writes the screenshots and the CSV exports."""
        from sigmoid_tui.tui.widgets.saver import Saver

        return self.query_one("#saver", Saver)

    def action_save_svg(self) -> None:
        """Save what the screen shows as an SVG file under a new name."""
        self.saver.save_svg()

    def action_export_csv(self) -> None:
        """Write the current view's values as CSV under a new name; a long one in a thread."""
        self.saver.export_csv(self.view)

    def action_cancel_export(self) -> None:
        """Stop the export under way; it leaves no file behind."""
        self.saver.cancel()

    @property
    def too_small(self) -> bool:
        """Whether the terminal is below the smallest usable size, and the screen shows only
        "Terminal too small" (the breakpoints in :class:`~sigmoid_tui.tui.app.SigmoidApp`)."""
        return is_too_small(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No key acts behind "Terminal too small" but quit (a mode changed there unseen);
        c cancels an export only while one runs (and shows in the footer only then)."""
        if self.too_small and action not in ALWAYS_ALLOWED:
            return False
        if action == "cancel_export":
            savers = self.query("#saver")
            return bool(savers) and self.saver.running
        return True

    def on_saver_report(self, event: Saver.Report) -> None:
        """A file was written, or could not be: say so."""
        self.say(event.text, error=event.error)
