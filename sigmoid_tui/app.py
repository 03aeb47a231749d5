"""SigmoidApp: the controls on the left, the chart and its trace readout on the right.

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
from .activations import MAX_DEPTH
from .chart import ChartStyle, Overlay
from .chart_widget import Readout, SigmoidPlot
from .controls import Controls
from .describe import describe
from .exact import compare_at, values_at
from .exporter import Exporter
from .parsing import Invalid, format_number, parse_number
from .poi import (
    PointOfInterest,
    compare_points,
    next_stop,
    points_of_interest,
    vanishing_regions,
)
from .quick import Equation, parse_equation, solve, table_points, toggle_bookmark
from .view import Marker, Mode, View

if TYPE_CHECKING:
    from .values_table import ValuesTable

__all__ = ["MIN_HEIGHT", "MIN_WIDTH", "SigmoidApp"]

MIN_WIDTH = 60
"""Narrower than this, the controls and a readable chart do not fit side by side."""
MIN_HEIGHT = 20
"""Shorter than this, the inputs and the mode selector do not fit above the footer."""


class MainScreen(Screen[None]):
    """The explorer's screen: it puts the focus back where it was when it is shown again."""

    def on_screen_resume(self) -> None:
        """Back from the palette, help or a prompt: the focused control's label lit again."""
        self.call_after_refresh(self._relight)

    def _relight(self) -> None:
        controls = self.query(Controls)
        if controls:
            controls.first().mark_focused()


class SigmoidApp(App[int]):
    """Explore S(x) and S'(x): every valid change to the inputs redraws the chart."""

    TITLE = "sigmoid-tui"
    CSS_PATH = "sigmoid.tcss"

    # Letter and sign keys type into an input that has focus (Textual lets an Input consume
    # printable keys before any binding), and act everywhere else.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", tooltip="Leave sigmoid-tui"),
        Binding(
            "ctrl+z",
            "suspend_process",
            "Suspend",
            show=False,
            tooltip="Back to the shell; fg returns",
        ),
        Binding("f1,question_mark", "help", "Help", tooltip="Formulas, why the sigmoid, keys"),
        Binding("m", "cycle_mode", "Mode", tooltip="Sigmoid, derivative, both, round again"),
        Binding(
            "p",
            "toggle_points",
            "Points",
            tooltip="Mark points of interest and the vanishing-gradient tails",
        ),
        Binding(
            "n", "next_point", "Next", show=False, tooltip="Cursor to the next point of interest"
        ),
        Binding(
            "N,shift+n",
            "previous_point",
            "Prev",
            show=False,
            tooltip="Cursor to the previous point of interest",
        ),
        Binding("l", "toggle_log", "Log", tooltip="Logarithmic y axis"),
        Binding(
            "plus,equals_sign",
            "zoom(0.5)",
            "Zoom in",
            show=False,
            tooltip="Zoom in: halve the span around the cursor",
        ),
        Binding(
            "minus",
            "zoom(2)",
            "Zoom out",
            show=False,
            tooltip="Zoom out: double the span around the cursor",
        ),
        Binding(
            "left_square_bracket",
            "pan(-0.25)",
            "Pan left",
            show=False,
            tooltip="Move the range left by a quarter",
        ),
        Binding(
            "right_square_bracket",
            "pan(0.25)",
            "Pan right",
            show=False,
            tooltip="Move the range right by a quarter",
        ),
        Binding(
            "M,shift+m",
            "cycle_marker",
            "Marker",
            show=False,
            tooltip="Curve glyphs: braille, hd, dot, ascii (for terminals without braille)",
        ),
        Binding(
            "greater_than_sign", "depth(1)", "Deeper", show=False, tooltip="Compare: one layer more"
        ),
        Binding(
            "less_than_sign",
            "depth(-1)",
            "Shallower",
            show=False,
            tooltip="Compare: one layer less",
        ),
        Binding("i", "describe", "Describe", tooltip="The view in words, as plain text"),
        Binding("g", "go_to", "Go to", tooltip="Cursor to exactly the x you type"),
        Binding("slash", "solve", "Solve", tooltip="Cursor to where S or S' takes a value: S=0.99"),
        Binding("t", "toggle_table", "Table", tooltip="Table of exact values at the points"),
        Binding("b", "bookmark", "Mark", tooltip="Bookmark the cursor's x (again: remove it)"),
        Binding("h", "toggle_controls", "Hide", tooltip="Hide or show the controls"),
        Binding("r", "reset", "Reset", tooltip="Range -10 to 10, 100 points, k 1, x0 0, both"),
        Binding("s", "save_svg", "SVG", show=False, tooltip="Save a screenshot as SVG"),
        Binding("e", "export_csv", "CSV", show=False, tooltip="Write the view's values as CSV"),
        Binding("c", "cancel_export", "Cancel export", tooltip="Stop the CSV export under way"),
        Binding("escape", "focus_chart", "Chart", show=False, tooltip="Move focus to the chart"),
    ]
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
    bookmarks: var[tuple[float, ...]] = var((), init=False)
    """x values the person bookmarked with b, ascending; the table lists them."""
    show_table: var[bool] = var(False, init=False)
    """Whether the table of values stands in place of the controls and the chart."""

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
        self._last_focus: Widget | None = None
        self.controls_ready = asyncio.Event()
        """Set once the inputs are mounted, right after the first chart."""
        self.set_reactive(SigmoidApp.view, initial)
        self.set_reactive(SigmoidApp.marker, marker)
        self.set_reactive(SigmoidApp.cursor, navigation.home(initial))

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
        return MainScreen(id="_default")

    def on_descendant_focus(self) -> None:
        """Remember where the focus is, to bring it back after the terminal was too small."""
        if self.screen.focused is not None:
            self._last_focus = self.screen.focused

    def on_resize(self) -> None:
        """Coming back from too small a terminal: focus where it was (hiding lost it)."""
        self.call_after_refresh(self._restore_focus)

    def _restore_focus(self, tries: int = 10) -> None:
        last = self._last_focus
        if (
            not isinstance(self.screen, MainScreen)
            or self.screen.focused is not None
            or last is None
            or not last.is_attached
        ):
            return
        if not self.query_one("#main").display:
            # The breakpoints restyle the screen some frames after the resize: look again.
            if tries and self.size.width >= MIN_WIDTH and self.size.height >= MIN_HEIGHT:
                self.set_timer(0.05, lambda: self._restore_focus(tries - 1))
            return
        last.focus()
        self.controls.mark_focused()

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
        self.set_reactive(SigmoidApp.cursor, navigation.clamp(self.view, self.cursor))
        self._redraw()
        self._fill_table()

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

    def say(self, text: str, *, error: bool = False) -> None:
        """Show a short message under the chart, on its frame, where it covers nothing."""
        self.plot.border_subtitle = f"✗ {text}" if error and text else text
        self.plot.set_class(error, "-error")

    # --- changes -----------------------------------------------------------------------

    def on_exporter_report(self, event: Exporter.Report) -> None:
        """A file was written, or could not be: say so."""
        self.say(event.text, error=event.error)

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
            self.set_reactive(SigmoidApp.cursor, move.cursor)
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

    def action_go_to(self) -> None:
        """Ask for an x and put the cursor exactly there, moving the range if need be."""
        from .prompt import Prompt

        def read(text: str) -> float | Invalid:
            return parse_number(text, "x")

        def went(x: float | None) -> None:
            if x is not None:
                self.show_table = False
                self._go(navigation.go_to(self.view, x))

        self.push_screen(Prompt("Go to x:", "a number, e.g. 40 or -1e-9", read, id="go-to"), went)

    def action_solve(self) -> None:
        """Ask for S=P or S'=Q and put the cursor on the solution nearer to it."""
        from .prompt import Prompt

        view = self.view

        def read(text: str) -> tuple[Equation, list[float]] | Invalid:
            equation = parse_equation(text, bare_is_sigmoid=True)
            if isinstance(equation, Invalid):
                return equation
            roots = solve(equation, view.steepness, view.shift)
            if isinstance(roots, Invalid):
                return Invalid(f"{equation} has no solution: {roots.message}")
            return equation, roots

        def solved(answer: tuple[Equation, list[float]] | None) -> None:
            if answer is None:
                return
            equation, roots = answer
            nearest = min(roots, key=lambda root: abs(root - self.cursor))
            others = [format_number(root) for root in roots if root != nearest]
            self.show_table = False
            self._go(navigation.go_to(self.view, nearest))
            also = f"; also at x = {', '.join(others)}" if others else ""
            self.say(f"{equation} at x = {format_number(nearest)}{also}")

        self.push_screen(
            Prompt("Solve:", "S=0.99, S'=0.1, or a probability such as 0.9", read, id="solve"),
            solved,
        )

    def action_bookmark(self) -> None:
        """Bookmark the cursor's x, or remove the bookmark that is there."""
        marks = toggle_bookmark(self.bookmarks, self.cursor)
        if isinstance(marks, Invalid):
            self.say(f"{marks.message}.", error=True)
            return
        added = len(marks) > len(self.bookmarks)
        self.bookmarks = marks
        x = format_number(self.cursor)
        self.say(f"Bookmarked x = {x} (t: table)" if added else f"Bookmark at x = {x} removed")

    def action_depth(self, step: int) -> None:
        """Compare through one layer more (or less): each derivative to the next power."""
        view = self.view
        if view.mode is not Mode.COMPARE:
            self.say("Depth is for the compare mode: m to it, then > and <.")
            return
        depth = min(max(view.depth + step, 1), MAX_DEPTH)
        if depth == view.depth:
            self.say(f"Depth goes from 1 to {MAX_DEPTH} layers.")
            return
        self._go(navigation.Move(replace(view, depth=depth), self.cursor))
        self.say(f"Through {depth} layer{'s' if depth > 1 else ''}.")

    def action_describe(self) -> None:
        """The view in a few plain sentences, on a screen of text (a screen reader reads it)."""
        from .describe_screen import DescribeScreen

        self.push_screen(DescribeScreen(describe(self.view)))

    def action_toggle_controls(self) -> None:
        """Give the chart the whole width, or bring the controls back."""
        hide = not self.screen.has_class("-no-controls")
        if hide and self.focused is not None and self.controls in self.focused.ancestors:
            self.plot.focus()
        self.screen.set_class(hide, "-no-controls")

    def action_toggle_table(self) -> None:
        """Show the table of values in place of the chart, or the chart again."""
        self.show_table = not self.show_table

    async def watch_show_table(self, shown: bool) -> None:
        """Bring in the table (made on first use), fill it and give it focus; or put it away."""
        from .values_table import ValuesTable

        tables = self.query(ValuesTable)
        if shown and not tables:
            await self.query_one("#chart-area").mount(ValuesTable(id="table"), before=0)
        self.screen.set_class(shown, "-table")
        if shown:
            self._fill_table()
            self.query_one(ValuesTable).focus()
        else:
            self._update_readout()
            if tables and self.focused is tables.first():
                self.plot.focus()

    def watch_bookmarks(self) -> None:
        """The table lists the bookmarks."""
        self._fill_table()

    def _fill_table(self) -> None:
        from .values_table import ValuesTable

        if not self.show_table:
            return
        view = self.view
        rows = [
            (name, values_at(x, view.steepness, view.shift))
            for name, x in table_points(view, self.bookmarks)
        ]
        self.query_one(ValuesTable).show_rows(rows)

    def on_values_table_chosen(self, event: ValuesTable.Chosen) -> None:
        """Enter on a row: the chart again, the cursor exactly there."""
        self.show_table = False
        self._go(navigation.go_to(self.view, event.x))

    def on_values_table_lit(self, event: ValuesTable.Lit) -> None:
        """The readout shows the lit row in full, however narrow the table."""
        self.query_one(Readout).show(event.values, event.name)

    def action_help(self) -> None:
        """Open the help screen, its table of keys read from the bindings."""
        from .help_screen import HelpScreen, key_rows

        self.push_screen(HelpScreen(key_rows(self, [Screen.BINDINGS, SigmoidPlot.BINDINGS])))

    # --- files -------------------------------------------------------------------------

    def action_save_svg(self) -> None:
        """Save what the screen shows as an SVG file under a new name."""
        self.query_one(Exporter).save_svg()

    def action_export_csv(self) -> None:
        """Write the current view's values as CSV under a new name; a long one in a thread."""
        self.query_one(Exporter).export_csv(self.view)
        self.refresh_bindings()

    def action_cancel_export(self) -> None:
        """Stop the export under way; it leaves no file behind."""
        self.query_one(Exporter).cancel()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """c cancels an export only while one runs (and shows in the footer only then)."""
        if action == "cancel_export":
            exporter = self.query(Exporter)
            return bool(exporter) and exporter.first().running
        return True

    def on_exporter_finished(self) -> None:
        """An export ended: c is free again, and a quit that waited for it goes ahead."""
        self.refresh_bindings()
        if self._quit_when_exported:
            self.exit(0)

    async def action_quit(self) -> None:
        """Quit; while an export runs, ask first whether to wait for it or cancel it."""
        exporter = self.query_one(Exporter)
        if not exporter.running:
            self.exit(0)
            return
        from .quit_screen import QuitScreen

        def answered(answer: str | None) -> None:
            if answer == "wait":
                self._quit_when_exported = True
                self.say("Quitting once the export is complete (c cancels it).")
            elif answer == "cancel":
                exporter.cancel()
                self.say("Export cancelled; quitting.")
                self._quit_when_exported = True

        what = f"A CSV export is under way: {exporter.percent:.0f}% written."
        self.push_screen(QuitScreen(what), answered)

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
