"""SigmoidApp: inputs for the range, points and mode on the left, the chart on the right.

The app is a thin layer. Typed text is parsed by :mod:`.parsing`, samples come from
:mod:`.sampling`, the chart is drawn by :mod:`.chart`; here widgets are composed, keys bound
and changes turned into one redraw each.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import ClassVar

from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Input, RadioButton, RadioSet, Static

from .chart import ChartStyle
from .chart_widget import SigmoidPlot
from .parsing import Invalid, format_number, parse_points, parse_range
from .sampling import sample
from .view import Mode, View

__all__ = ["MIN_HEIGHT", "MIN_WIDTH", "SigmoidApp"]

MIN_WIDTH = 60
"""Narrower than this, the controls and a readable chart do not fit side by side."""
MIN_HEIGHT = 20
"""Shorter than this, the inputs and the mode selector do not fit above the footer."""

_INPUTS = ("x-min", "x-max", "points")


class SigmoidApp(App[int]):
    """Explore S(x) and S'(x): every valid change to the inputs redraws the chart."""

    TITLE = "sigmoid-tui"
    CSS_PATH = "sigmoid.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", tooltip="Leave sigmoid-tui"),
        Binding("m", "cycle_mode", "Mode", tooltip="Sigmoid, derivative, both, round again"),
        Binding("r", "reset", "Reset", tooltip="Range -10 to 10, 100 points, both curves"),
        Binding("escape", "focus_chart", "Chart", show=False, tooltip="Move focus to the chart"),
    ]
    """Every key of the app: the footer, the command palette and the keys read this one list."""

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

    def __init__(self, initial: View | None = None) -> None:
        """Open on ``initial`` (from the command line), or the article's defaults."""
        super().__init__()
        self._initial = initial or View()
        self.set_reactive(SigmoidApp.view, self._initial)

    def compose(self) -> ComposeResult:
        """Controls on the left, the chart on the right, the keys at the bottom."""
        view = self._initial
        with Horizontal(id="main"):
            with Vertical(id="controls"):
                yield self._input("x-min", "x min", format_number(view.x_min))
                yield self._input("x-max", "x max", format_number(view.x_max))
                yield self._input("points", "points", str(view.points))
                with RadioSet(id="mode") as modes:
                    modes.border_title = "mode"
                    for mode in Mode:
                        yield RadioButton(mode.label, value=mode is view.mode, id=mode.value)
                yield Static(id="message")
            yield SigmoidPlot(id="chart")
        yield Static(
            f"Terminal too small.\nsigmoid-tui needs {MIN_WIDTH}x{MIN_HEIGHT}.", id="too-small"
        )
        yield Footer()

    @staticmethod
    def _input(widget_id: str, title: str, value: str) -> Input:
        field = Input(value, id=widget_id, select_on_focus=False)
        field.border_title = title
        return field

    def on_mount(self) -> None:
        """Draw the first chart; focus starts in x min."""
        self._show_problems([])
        self._redraw()
        self.query_one("#x-min", Input).focus()

    def watch_view(self) -> None:
        """A new valid view: one redraw."""
        self._redraw()

    def _redraw(self) -> None:
        view = self.view
        samples = sample(view.x_min, view.x_max, view.points)
        style = ChartStyle(color=not self.no_color)
        self.query_one(SigmoidPlot).show(samples, view.mode, style)

    # --- typed input -------------------------------------------------------------------

    @on(Input.Changed)
    def input_changed(self) -> None:
        """Re-read all three inputs; apply them only when every one is valid."""
        values = {name: self.query_one(f"#{name}", Input).value for name in _INPUTS}
        problems: dict[str, str] = {}
        bounds = parse_range(values["x-min"], values["x-max"])
        if isinstance(bounds, Invalid):
            if bounds.message.startswith("x min must be less"):
                problems["x-min"] = problems["x-max"] = bounds.message
            else:
                problems["x-max" if bounds.message.startswith("x max") else "x-min"] = (
                    bounds.message
                )
                # Report a bad x max too, even while x min is also bad.
                other = parse_range("0", values["x-max"])
                if isinstance(other, Invalid) and other.message.startswith("x max"):
                    problems["x-max"] = other.message
        points = parse_points(values["points"])
        if isinstance(points, Invalid):
            problems["points"] = points.message
        for name in _INPUTS:
            field = self.query_one(f"#{name}", Input)
            field.set_class(name in problems, "-invalid")
            field.set_class(name not in problems, "-valid")
        self._show_problems(list(dict.fromkeys(problems.values())))
        if not problems and not isinstance(bounds, Invalid) and not isinstance(points, Invalid):
            x_min, x_max = bounds
            self.view = replace(self.view, x_min=x_min, x_max=x_max, points=points)

    def _show_problems(self, messages: list[str]) -> None:
        message = self.query_one("#message", Static)
        if messages:
            text = "\n".join(f"{m}." for m in messages) + "\nShowing the last valid chart."
        else:
            text = "Tab: next field\nEsc: to the chart\nm: mode  r: reset"
        message.update(text)
        message.set_class(bool(messages), "-error")

    @on(RadioSet.Changed, "#mode")
    def mode_chosen(self, event: RadioSet.Changed) -> None:
        """The selector moved: show that mode."""
        if event.pressed.id is not None:
            self.view = replace(self.view, mode=Mode(event.pressed.id))

    # --- actions -----------------------------------------------------------------------

    def check_action(self, action: str, _parameters: tuple[object, ...]) -> bool | None:
        """Single-letter keys are text while an input has focus; they act everywhere else."""
        if action in ("cycle_mode", "reset") and isinstance(self.focused, Input):
            return None  # shown dimmed in the footer: the key types a letter here
        return True

    def action_cycle_mode(self) -> None:
        """Show the next mode: sigmoid, derivative, both."""
        self._select_mode(self.view.mode.next())

    def action_reset(self) -> None:
        """Back to the article's range, points and mode, with one redraw."""
        default = View()
        with self.batch_update():
            self.query_one("#x-min", Input).value = format_number(default.x_min)
            self.query_one("#x-max", Input).value = format_number(default.x_max)
            self.query_one("#points", Input).value = str(default.points)
            self._select_mode(default.mode)
            self.view = default

    def action_focus_chart(self) -> None:
        """Leave the inputs for the chart."""
        self.query_one(SigmoidPlot).focus()

    def _select_mode(self, mode: Mode) -> None:
        """Press the selector's button for ``mode``; :meth:`mode_chosen` then applies it."""
        self.query_one(f"#{mode.value}", RadioButton).value = True

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette offers each of the app's keys, from the same bindings."""
        yield from super().get_system_commands(screen)
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            if binding.action in ("quit", "focus_chart"):
                continue
            yield SystemCommand(
                binding.description,
                f"{binding.tooltip} ({binding.key})",
                lambda action=binding.action: self.run_action(action),
            )
