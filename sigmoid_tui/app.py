"""SigmoidApp: inputs on the left, the chart and its trace readout on the right.

The app is a thin layer. Typed text is parsed by :mod:`.parsing`, samples come from
:mod:`.sampling`, points of interest from :mod:`.poi`, the chart is drawn by :mod:`.chart`;
here widgets are composed, keys bound and changes turned into one redraw each.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TextIO

import numpy as np
from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import Worker, WorkerState

if TYPE_CHECKING:
    from textual.widgets import Input, RadioButton, RadioSet

from .chart import ChartStyle, Overlay
from .chart_widget import SigmoidPlot
from .export import write_csv
from .files import write_new_file
from .parsing import (
    Invalid,
    format_number,
    parse_points,
    parse_range,
    parse_shift,
    parse_steepness,
)
from .poi import next_stop, points_of_interest, vanishing_regions
from .sampling import curves_at, sample_x
from .view import Marker, Mode, View

__all__ = ["MIN_HEIGHT", "MIN_WIDTH", "SYNC_EXPORT_POINTS", "SigmoidApp"]

MIN_WIDTH = 60
"""Narrower than this, the controls and a readable chart do not fit side by side."""
MIN_HEIGHT = 20
"""Shorter than this, the inputs and the mode selector do not fit above the footer."""

SYNC_EXPORT_POINTS = 20_000
"""Up to this many rows a CSV export is written at once (about 15 ms, under a frame); a longer
one is written by a thread worker, at about a million rows a second, while the app goes on."""

ZOOM_LIMIT = 1e6
"""Zooming and panning keep the range inside [-10^6, 10^6], where the chart means something."""

_FIELDS = ("x-min", "x-max", "points", "steepness", "shift")
"""The text inputs, top to bottom."""


@dataclass(frozen=True)
class _Field:
    """One text input: its id, its label, and how it shows a view's value."""

    id: str
    label: str
    tooltip: str


_FIELD_INFO = (
    _Field("x-min", "x min", "Left end of the x range"),
    _Field("x-max", "x max", "Right end of the x range"),
    _Field("points", "points", "Samples, 2 to 10,000,000"),
    _Field("steepness", "k", "Steepness: draws S(k(x - x0)); 0 < k <= 1e6"),
    _Field("shift", "x0", "Shift: where S crosses 1/2"),
)


def _field_text(view: View, field_id: str) -> str:
    """What an input shows for ``view``."""
    values = {
        "x-min": format_number(view.x_min),
        "x-max": format_number(view.x_max),
        "points": str(view.points),
        "steepness": format_number(view.steepness),
        "shift": format_number(view.shift),
    }
    return values[field_id]


def _is_text_input(widget: Widget | None) -> bool:
    """Whether ``widget`` takes typed characters (so letter keys must not act)."""
    from textual.widgets import Input

    return isinstance(widget, Input)


class SigmoidApp(App[int]):
    """Explore S(x) and S'(x): every valid change to the inputs redraws the chart."""

    TITLE = "sigmoid-tui"
    CSS_PATH = "sigmoid.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", tooltip="Leave sigmoid-tui"),
        Binding("f1", "help", "Help", tooltip="Formulas, why the sigmoid, keys"),
        Binding("question_mark", "help_letter", "Help", show=False, tooltip="Help, as f1"),
        Binding("m", "cycle_mode", "Mode", tooltip="Sigmoid, derivative, both, round again"),
        Binding("p", "toggle_points", "Points", tooltip="Show points of interest"),
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
            tooltip="Halve the span at the cursor",
        ),
        Binding(
            "minus", "zoom(2)", "Zoom out", show=False, tooltip="Double the span at the cursor"
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
        Binding("r", "reset", "Reset", tooltip="Range -10 to 10, 100 points, k 1, x0 0, both"),
        Binding("s", "save_svg", "SVG", show=False, tooltip="Save a screenshot as SVG"),
        Binding("e", "export_csv", "CSV", show=False, tooltip="Write the view's values as CSV"),
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
        self._initial = initial or View()
        self._export_dir = export_dir
        self.controls_ready = asyncio.Event()
        """Set once the inputs are mounted, right after the first chart."""
        self.set_reactive(SigmoidApp.view, self._initial)
        self.set_reactive(SigmoidApp.marker, marker)
        self.set_reactive(SigmoidApp.cursor, self._home_cursor(self._initial))

    @staticmethod
    def _home_cursor(view: View) -> float:
        """Where the cursor starts: the inflection point if it is on show, else mid-range."""
        if view.x_min <= view.shift <= view.x_max:
            return view.shift
        return (
            view.x_min + (view.x_max - view.x_min) / 2
            if math.isfinite(view.x_max - view.x_min)
            else view.x_min / 2 + view.x_max / 2
        )

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """The chart and its readout; the controls and keys join once the chart is on screen.

        The first frame waits only for what it shows: the chart. The inputs, the selector and
        the footer (two thirds of the widgets, and of the styling work) are mounted right after
        it, a few tens of milliseconds later.
        """
        with Horizontal(id="main"):
            yield Vertical(id="controls")
            with Vertical(id="chart-area"):
                yield SigmoidPlot(id="chart")
                yield Static(id="readout")
        yield Static(
            f"Terminal too small.\nsigmoid-tui needs {MIN_WIDTH}x{MIN_HEIGHT}.", id="too-small"
        )

    def _control_widgets(self) -> list[Widget]:
        """Inputs for the range, points, k and x0, the mode selector, and the message line."""
        # Imported here, not at the top: the first frame (the chart) does not wait for them.
        from textual.widgets import Input, Label, RadioButton, RadioSet

        view = self.view
        widgets: list[Widget] = [
            Horizontal(
                Label(info.label, classes="field-label"),
                Input(
                    _field_text(view, info.id),
                    id=info.id,
                    compact=True,
                    select_on_focus=False,
                    tooltip=info.tooltip,
                ),
                classes="field",
                id=f"{info.id}-row",
            )
            for info in _FIELD_INFO
        ]
        buttons = [RadioButton(m.label, value=m is view.mode, id=m.value) for m in Mode]
        widgets.append(
            Vertical(
                Label("mode", classes="field-label", id="mode-label"),
                RadioSet(*buttons, id="mode", compact=True),
                id="mode-field",
            )
        )
        widgets.append(Static(id="message"))
        return widgets

    def _input(self, name: str) -> Input:
        """One of the text inputs, by id."""
        from textual.widgets import Input

        return self.query_one(f"#{name}", Input)

    def _radio(self, mode: Mode) -> RadioButton:
        """The selector's button for ``mode``."""
        from textual.widgets import RadioButton

        return self.query_one(f"#{mode.value}", RadioButton)

    def on_mount(self) -> None:
        """Draw the first chart, then bring in the controls."""
        self._redraw()
        self.call_after_refresh(self._add_controls)

    async def _add_controls(self) -> None:
        """Mount the controls and the footer; focus starts in x min."""
        await self.query_one("#controls").mount_all(self._control_widgets())
        from textual.widgets import Footer

        await self.mount(Footer())
        self._show_problems([])
        # Focus once the new rows have been laid out, so that their :focus-within style (the
        # label in the accent colour) is worked out with the focus in place.
        self.call_after_refresh(self._input("x-min").focus)
        self.controls_ready.set()

    # --- drawing -----------------------------------------------------------------------

    def on_descendant_focus(self) -> None:
        """Light up the label of the control that has focus."""
        self._mark_focused_row()

    def on_descendant_blur(self) -> None:
        """Dim it again when focus leaves."""
        self._mark_focused_row()

    def _mark_focused_row(self) -> None:
        # A class, not :focus-within: Textual restyles a row's label when the row's classes
        # change, but not when focus moves inside it.
        focused = self.focused
        for row in self.query(".field, #mode-field"):
            row.set_class(focused is not None and row in focused.ancestors_with_self, "-focused")

    def watch_view(self, new: View) -> None:
        """A new valid view: one redraw (the chart evaluates only what its columns show)."""
        if not new.x_min <= self.cursor <= new.x_max:
            self.set_reactive(SigmoidApp.cursor, min(max(self.cursor, new.x_min), new.x_max))
        self._redraw()

    def watch_cursor(self) -> None:
        """The cursor moved: the marker and the readout follow."""
        self._redraw()

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
            cursor=self.cursor,
            points=tuple(points_of_interest(view.steepness, view.shift))
            if self.show_points
            else (),
            vanishing=vanishing_regions(view.steepness, view.shift) if self.show_points else None,
            log_y=self.log_y,
        )
        style = ChartStyle(color=not self.no_color, marker=self.marker)
        self.query_one(SigmoidPlot).show(view, style, overlay)
        self._update_readout()

    def _update_readout(self) -> None:
        """x, S, S' and S'' at the cursor, from the exact numerics, in full precision."""
        view = self.view
        x = self.cursor
        s, d, dd = curves_at(x, view.steepness, view.shift)
        self.query_one("#readout", Static).update(
            f"x = {format_number(x)}   S = {s + 0.0!r}\nS' = {d + 0.0!r}   S'' = {dd + 0.0!r}"
        )

    # --- typed input -------------------------------------------------------------------

    def on_input_changed(self) -> None:
        """Re-read every input; apply them only when all are valid."""
        text = {name: self._input(name).value for name in _FIELDS}
        problems: dict[str, str] = {}
        bounds = parse_range(text["x-min"], text["x-max"])
        if isinstance(bounds, Invalid):
            if bounds.message.startswith("x min must be less"):
                problems["x-min"] = problems["x-max"] = bounds.message
            else:
                problems["x-max" if bounds.message.startswith("x max") else "x-min"] = (
                    bounds.message
                )
                # Report a bad x max too, even while x min is also bad.
                other = parse_range("0", text["x-max"])
                if isinstance(other, Invalid) and other.message.startswith("x max"):
                    problems["x-max"] = other.message
        points = parse_points(text["points"])
        steepness = parse_steepness(text["steepness"])
        shift = parse_shift(text["shift"])
        for name, result in (("points", points), ("steepness", steepness), ("shift", shift)):
            if isinstance(result, Invalid):
                problems[name] = result.message
        for name in _FIELDS:
            self.query_one(f"#{name}-row").set_class(name in problems, "-invalid")
            self._input(name).set_class(name in problems, "-invalid")
        self._show_problems(list(dict.fromkeys(problems.values())))
        if (
            isinstance(bounds, Invalid)
            or isinstance(points, Invalid)
            or isinstance(steepness, Invalid)
            or isinstance(shift, Invalid)
        ):
            return
        x_min, x_max = bounds
        self.view = replace(
            self.view, x_min=x_min, x_max=x_max, points=points, steepness=steepness, shift=shift
        )

    def _show_problems(self, messages: list[str]) -> None:
        message = self.query_one("#message", Static)
        if messages:
            text = "\n".join(f"{m}." for m in messages) + "\nShowing the last valid chart."
        else:
            text = "Tab: next field\nEsc: to the chart\nF1: help and keys"
        message.update(text)
        message.set_class(bool(messages), "-error")

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """The selector moved: show that mode."""
        if event.pressed.id is not None:
            self.view = replace(self.view, mode=Mode(event.pressed.id))

    def _set_fields(self, view: View) -> None:
        """Show ``view`` in the inputs and apply it at once: one redraw, however many change."""
        with self.batch_update():
            for name in _FIELDS:
                self._input(name).value = _field_text(view, name)
            self._radio(view.mode).value = True
            self.view = view

    # --- actions -----------------------------------------------------------------------

    _LETTER_ACTIONS: ClassVar[frozenset[str]] = frozenset(
        {
            "cycle_mode",
            "reset",
            "toggle_points",
            "next_point",
            "previous_point",
            "toggle_log",
            "zoom",
            "pan",
            "save_svg",
            "export_csv",
            "help_letter",
            "cycle_marker",
        }
    )

    def check_action(self, action: str, _parameters: tuple[object, ...]) -> bool | None:
        """Letter and sign keys are text while an input has focus; they act everywhere else."""
        if action in self._LETTER_ACTIONS and _is_text_input(self.focused):
            return None  # shown dimmed in the footer: the key types a character here
        return True

    def action_cycle_mode(self) -> None:
        """Show the next mode: sigmoid, derivative, both."""
        self._radio(self.view.mode.next()).value = True

    def action_reset(self) -> None:
        """Back to the article's view, with one redraw."""
        default = View()
        self._set_fields(default)
        self.cursor = self._home_cursor(default)

    def action_focus_chart(self) -> None:
        """Leave the inputs for the chart."""
        self.query_one(SigmoidPlot).focus()

    def action_toggle_points(self) -> None:
        """Mark the points of interest, or stop marking them."""
        self.show_points = not self.show_points

    def action_cycle_marker(self) -> None:
        """Draw the curves with the next kind of glyph."""
        self.marker = self.marker.next()
        self.notify(f"Curves drawn with {self.marker.value} markers.", timeout=2)

    def action_toggle_log(self) -> None:
        """Switch the y axis between linear and logarithmic."""
        self.log_y = not self.log_y

    def action_next_point(self) -> None:
        """Move the cursor to the next point of interest to the right."""
        self._jump(forward=True)

    def action_previous_point(self) -> None:
        """Move the cursor to the next point of interest to the left."""
        self._jump(forward=False)

    def _jump(self, *, forward: bool) -> None:
        view = self.view
        points = points_of_interest(view.steepness, view.shift)
        stop = next_stop([p.x for p in points], self.cursor, forward, view.x_min, view.x_max)
        if stop is None:
            self.notify("No more points of interest that way in this range.", timeout=3)
            return
        self.cursor = stop
        names = ", ".join(p.label for p in points if p.x == stop)
        description = next(p.description for p in points if p.x == stop)
        self.notify(f"{names}: {description}", title=f"x = {format_number(stop)}", timeout=4)

    def action_move_cursor(self, samples: int) -> None:
        """Move the cursor by whole samples (negative: to the left), stopping at the ends."""
        view = self.view
        step = (view.x_max - view.x_min) / (view.points - 1)
        if not math.isfinite(step) or step <= 0.0:
            step = view.x_max / (view.points - 1) - view.x_min / (view.points - 1)
        position = (self.cursor - view.x_min) / step
        # From between two samples, the first step lands on the neighbour in that direction.
        index = (
            math.floor(position + 1e-9) + samples
            if samples > 0
            else math.ceil(position - 1e-9) + samples
        )
        index = min(max(index, 0), view.points - 1)
        self.cursor = self._sample_x(view, index)

    def action_cursor_end(self, right: bool) -> None:
        """Jump the cursor to the left or right end of the range."""
        self.cursor = self.view.x_max if right else self.view.x_min

    @staticmethod
    def _sample_x(view: View, index: int) -> float:
        """x of sample ``index``, exactly as numpy's linspace makes it."""
        where = np.array([index], dtype=np.int64)
        return float(sample_x(view.x_min, view.x_max, view.points, where)[0])

    def action_zoom(self, factor: float) -> None:
        """Scale the span around the cursor by ``factor`` (0.5 in, 2 out), within limits."""
        view = self.view
        c = min(max(self.cursor, view.x_min), view.x_max)
        low, high = c - (c - view.x_min) * factor, c + (view.x_max - c) * factor
        if factor > 1.0:
            low, high = max(low, -ZOOM_LIMIT), min(high, ZOOM_LIMIT)
            if (low, high) == (view.x_min, view.x_max) or not low < high:
                self.notify("Zoomed out as far as ±10^6.", timeout=3)
                return
        else:
            # Each sample must still get a double of its own: the span must stay well above
            # the spacing of doubles near the ends.
            finest = 4.0 * (view.points - 1) * math.ulp(max(abs(low), abs(high)))
            if not high - low > finest:
                self.notify("Zoomed in as far as doubles can tell x apart.", timeout=3)
                return
        self._set_fields(replace(view, x_min=low, x_max=high))

    def action_pan(self, fraction: float) -> None:
        """Move the range by ``fraction`` of its span (negative: left), within ±10^6."""
        view = self.view
        span = view.x_max - view.x_min
        delta = span * fraction
        low, high = view.x_min + delta, view.x_max + delta
        if high > ZOOM_LIMIT:
            low, high = low - (high - ZOOM_LIMIT), ZOOM_LIMIT
        if low < -ZOOM_LIMIT:
            low, high = -ZOOM_LIMIT, high + (-ZOOM_LIMIT - low)
        if not (math.isfinite(low) and math.isfinite(high) and low < high) or (low, high) == (
            view.x_min,
            view.x_max,
        ):
            self.notify("Cannot pan further that way.", timeout=3)
            return
        self._set_fields(replace(view, x_min=low, x_max=high))
        self.cursor = min(max(self.cursor + delta, low), high)

    def action_help(self) -> None:
        """Open the help screen."""
        from .help_screen import HelpScreen

        self.push_screen(HelpScreen(self._key_rows()))

    def action_help_letter(self) -> None:
        """``?`` outside the inputs: the help screen, as f1."""
        self.action_help()

    def _key_rows(self) -> list[tuple[str, str]]:
        """Every key with what it does, from the bindings, for the help screen."""
        rows = [
            ("tab / shift+tab", "Next / previous control"),
            ("← → (shift: ×10)", "Move the cursor by one sample, on the chart"),
            ("home / end", "Cursor to the ends of the range, on the chart"),
        ]
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            keys = " / ".join(self.get_key_display(Binding(k, "")) for k in binding.key.split(","))
            rows.append((keys, binding.tooltip or binding.description))
        return rows

    def action_save_svg(self) -> None:
        """Save what the screen shows as an SVG file under a new name."""
        svg = self.export_screenshot()
        self._write_file("sigmoid-tui", ".svg", lambda out: out.write(svg), "Screenshot")

    def action_export_csv(self) -> None:
        """Write the current view's values as CSV under a new name; a long one in a thread."""
        view = self.view
        if view.points <= SYNC_EXPORT_POINTS:
            self._write_file("sigmoid-tui", ".csv", lambda out: write_csv(view, out), "Values")
            return
        self.notify(f"Writing {view.points:,} rows…", title="CSV", timeout=3)
        self._export_in_thread(view)

    @work(thread=True, group="export", exit_on_error=False)
    def _export_in_thread(self, view: View) -> Path:
        """Write a long CSV off the UI thread; :meth:`on_worker_state_changed` reports the end."""
        return write_new_file(
            self._directory(), "sigmoid-tui", ".csv", lambda o: write_csv(view, o)
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A thread export finished or failed: say so."""
        worker = event.worker
        if worker.group != "export":
            return
        if event.state is WorkerState.SUCCESS and isinstance(worker.result, Path):
            self.notify(str(worker.result), title="Values saved", timeout=6)
        elif event.state is WorkerState.ERROR:
            self._report_write_error(worker.error)

    def _directory(self) -> Path:
        return self._export_dir or Path.cwd()

    def _write_file(
        self, stem: str, suffix: str, write: Callable[[TextIO], object], what: str
    ) -> None:
        try:
            path = write_new_file(self._directory(), stem, suffix, write)
        except OSError as exc:
            self._report_write_error(exc)
            return
        self.notify(str(path), title=f"{what} saved", timeout=6)

    def _report_write_error(self, error: BaseException | None) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        self.notify(f"Could not write to {self._directory()}: {reason}", severity="error")

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette offers each of the app's keys, from the same bindings."""
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
