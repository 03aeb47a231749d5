"""The chart on screen: a plotext figure drawn by :mod:`sigmoid_tui.chart`, shown as Rich text.

The widget only draws. It keeps the view, style and overlay it was last given and rebuilds the
chart when they change or when it is resized; plotext's build and the conversion to Rich text
run once per change, not on every repaint. What it plots is the per-column envelope of the
view's samples (:func:`sigmoid_tui.chart.envelope.chart_data`), so its cost does not depend on
the points.

The trace cursor is not part of that chart: it is painted on the built text, one glyph per
line, so a held arrow key costs a few hundred microseconds a step instead of a plotext build.
"""

from __future__ import annotations

from typing import ClassVar

from rich._palettes import STANDARD_PALETTE
from rich.style import Style
from rich.text import Text
from textual.app import RenderResult
from textual.binding import Binding, BindingType
from textual.events import (
    MouseDown,
    MouseEvent,
    MouseMove,
    MouseScrollDown,
    MouseScrollUp,
    MouseUp,
    Resize,
)
from textual.geometry import Region
from textual.message import Message
from textual.widget import Widget

from sigmoid_tui.chart.cursor import cursor_glyph, trace_rows
from sigmoid_tui.chart.envelope import ChartData, chart_data
from sigmoid_tui.chart.figure import Drawn, build_chart, chart_columns, draw_chart, new_figure
from sigmoid_tui.chart.overlay import Overlay
from sigmoid_tui.chart.print_colors import snap_to_sixteen
from sigmoid_tui.chart.style import CURSOR_COLOR, ChartStyle
from sigmoid_tui.core import navigation
from sigmoid_tui.core.message_fit import fit_message
from sigmoid_tui.core.navigation import x_at_column
from sigmoid_tui.core.view import View

__all__ = ["SigmoidPlot"]

_SIXTEEN = [(c.red, c.green, c.blue) for c in (STANDARD_PALETTE[i] for i in range(16))]
"""The colours Rich maps back to each of the 16 ANSI indices exactly."""


class SigmoidPlot(Widget, can_focus=True):
    """The sigmoid chart: the article's figure for the view it is given, with a trace cursor."""

    ALLOW_SELECT: ClassVar[bool] = False
    """A drag pans the chart: it must not also light a text selection over it (with
    ``--no-mouse`` the terminal selects, as it always does)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "left", "screen.move_cursor(-1)", "◀", tooltip="Cursor one sample left, on the chart"
        ),
        Binding(
            "right", "screen.move_cursor(1)", "▶", tooltip="Cursor one sample right, on the chart"
        ),
        Binding(
            "shift+left",
            "screen.move_cursor(-10)",
            "◀◀",
            show=False,
            tooltip="Cursor ten samples left",
        ),
        Binding(
            "shift+right",
            "screen.move_cursor(10)",
            "▶▶",
            show=False,
            tooltip="Cursor ten samples right",
        ),
        Binding("home", "screen.cursor_end(False)", "Start", show=False, tooltip="Cursor to x min"),
        Binding("end", "screen.cursor_end(True)", "End", show=False, tooltip="Cursor to x max"),
    ]
    """The trace cursor's keys, active while the chart has focus."""

    class Pointer(Message):
        """A click, the wheel or a drag on the chart: each asks for a move of its own."""

        def move(self, view: View, cursor: float) -> navigation.Move | navigation.Refused:
            """The move this asks of ``view`` with the cursor at ``cursor``."""
            raise NotImplementedError

    class Clicked(Pointer):
        """A click on the chart, at the x drawn under the pointer."""

        def __init__(self, x: float) -> None:
            """Carry the x under the pointer."""
            super().__init__()
            self.x = x
            """The x drawn in the column clicked."""

        def move(self, view: View, cursor: float) -> navigation.Move | navigation.Refused:
            """The cursor on the sample nearest the pointer."""
            return navigation.nearest_sample(view, self.x)

    class Wheeled(Pointer):
        """The wheel turned over the chart: zoom by ``factor`` around the x under the pointer."""

        def __init__(self, x: float, factor: float) -> None:
            """Carry the x under the pointer and the zoom factor (0.5 in, 2 out)."""
            super().__init__()
            self.x = x
            """The x under the pointer, which is to stay there."""
            self.factor = factor
            """0.5 for the wheel up (in), 2 down (out), as + and -."""

        def move(self, view: View, cursor: float) -> navigation.Move | navigation.Refused:
            """Zoom as + and - do, around the x under the pointer."""
            return navigation.zoom_around(view, cursor, self.x, self.factor)

    class Dragged(Pointer):
        """The chart dragged sideways: move the range by ``fraction`` of its span."""

        def __init__(self, fraction: float) -> None:
            """Carry how far the range moves (negative: left), as a share of its span."""
            super().__init__()
            self.fraction = fraction
            """Columns dragged over the plot's width, the other way (dragging right: left)."""

        def move(self, view: View, cursor: float) -> navigation.Move | navigation.Refused:
            """The range follows the pointer, the cursor on its x."""
            return navigation.drag(view, cursor, self.fraction)

    def __init__(self, *, id: str | None = None) -> None:
        """Create an empty chart; :meth:`show` gives it something to draw."""
        super().__init__(id=id)
        self._figure = new_figure()
        """The plotext figure the chart is drawn on, again at each change."""
        self._view: View | None = None
        self._style = ChartStyle()
        self._overlay = Overlay()
        self._cursor: float | None = None
        self._data: tuple[object, ChartData] | None = None
        self._drawn: tuple[object, ...] | None = None
        self._chart = Text()
        self._layout: Drawn | None = None
        self._painted: tuple[object, Text] | None = None
        self.draw_count = 0
        """How many times the chart was built: one per change, not one per repaint."""
        self._pressed_at: int | None = None
        self._dragged = False
        self._message = ("", False)

    @property
    def view(self) -> View | None:
        """The view on show."""
        return self._view

    def show(self, view: View, style: ChartStyle, overlay: Overlay = Overlay()) -> None:
        """Draw ``view``; the chart is rebuilt on the next repaint, once."""
        self._view, self._style, self._overlay = view, style, overlay
        self.refresh()

    def move_cursor(self, x: float | None) -> None:
        """Put the trace cursor at ``x`` (None: no cursor) without rebuilding the chart.

        Only the two columns that change are repainted, the old cursor's and the new one's:
        over a slow SSH link a step then costs a few hundred bytes, not the whole chart.
        """
        if x == self._cursor:
            return
        old, self._cursor = self._cursor, x
        drawn = self._layout
        if drawn is None or self._drawn != self._current_key():
            self.refresh()  # a new chart is coming anyway
            return
        height = self.size.height
        columns = {drawn.column(at) for at in (old, x) if at is not None}
        self.refresh(*(Region(c, 0, 1, height) for c in columns if c is not None))

    def _current_key(self) -> tuple[object, ...] | None:
        """What the chart on show was built for, if it is still what is asked for."""
        if self._view is None:
            return None
        size = self.size
        dark = self.app.current_theme.dark  # the 16 colours a curve takes depend on it
        return (self._view, self._style, self._overlay, size.width, size.height, dark)

    @property
    def last_drawn_view(self) -> View | None:
        """The view the chart on show was last built for (None before the first build)."""
        return None if self._drawn is None else self._drawn[0]  # type: ignore[return-value]

    def on_resize(self, _event: Resize) -> None:
        """A new size needs a new chart (plotext lays out in whole cells), and the message
        fitted to the new width."""
        self.refresh()
        self._fit_message()

    # --- the message on the frame ------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        """Show ``text`` on the bottom of the frame, where it covers nothing of the chart.

        Fitted to the frame, a path in it keeps its file name whole
        (:func:`.message_fit.fit_message`); the tooltip then holds it whole.
        """
        self._message = (text, error)
        self._fit_message()

    @property
    def message(self) -> str:
        """The message on the frame, whole."""
        return self._message[0]

    def _fit_message(self) -> None:
        text, error = self._message
        # Textual draws a frame's label between its corners with a blank either side, and
        # cuts anything longer with its own … (a file name lost its .csv): six cells fewer.
        fitted = fit_message(text, max(self.outer_size.width - 6, 1))
        if fitted != (self.border_subtitle or ""):
            # Textual's border_subtitle repaints the whole chart: over SSH a message would cost
            # a full frame. Only the frame's bottom row shows it, so only that row is repainted.
            self._border_subtitle = (
                self.render_str(fitted).expand_tabs(4).split()[0] if fitted else None
            )
            offset, outer = self.content_offset, self.outer_size
            self.refresh(Region(-offset.x, outer.height - 1 - offset.y, outer.width, 1))
        tooltip = text if fitted != text else None
        if tooltip != self.tooltip:
            self.tooltip = tooltip
        self.set_class(error, "-error")

    # --- the pointer: it only reports; the screen moves (ExplorerScreen.go) ---------------

    def _column(self, event: MouseEvent) -> int | None:
        """The column of the chart's text under the pointer, over the plot area (while the
        mouse is captured, a drag, anywhere); None over the title, legend or frame."""
        drawn = self._layout
        if drawn is None:
            return None
        offset = event.get_content_offset_capture(self)
        canvas = drawn.canvas
        if self._pressed_at is None and not canvas.top <= offset.y < canvas.top + canvas.height:
            return None
        return offset.x

    def _x_at(self, column: int | None) -> float | None:
        """The x drawn in ``column``; None off the plot area."""
        drawn = self._layout
        if drawn is None or column is None:
            return None
        axis, canvas = drawn.x_axis, drawn.canvas
        return x_at_column(axis.low, axis.high, canvas.left, canvas.width, column)

    def on_mouse_down(self, event: MouseDown) -> None:
        """The left button down: a click, or the start of a drag."""
        if event.button == 1 and self._x_at(self._column(event)) is not None:
            self._pressed_at, self._dragged = self._column(event), False
            self.capture_mouse()

    def on_mouse_move(self, event: MouseMove) -> None:
        """Dragging: the range follows the pointer, a column at a time."""
        column = self._column(event)
        if self._pressed_at is None or column is None or self._layout is None:
            return
        if not event.button:
            self._release()
            return
        width = self._layout.canvas.width
        if column != self._pressed_at and width > 1:
            self.post_message(self.Dragged((self._pressed_at - column) / (width - 1)))
            self._pressed_at, self._dragged = column, True

    def on_mouse_up(self, event: MouseUp) -> None:
        """The button up without a drag: the cursor to the sample under the pointer."""
        if self._pressed_at is None:
            return
        x = None if self._dragged else self._x_at(self._pressed_at)
        self._release()
        if x is not None:
            self.post_message(self.Clicked(x))

    def _release(self) -> None:
        self._pressed_at, self._dragged = None, False
        if self.app.mouse_captured is self:
            self.release_mouse()

    def on_mouse_scroll_up(self, event: MouseScrollUp) -> None:
        """Wheel up: zoom in around the x under the pointer."""
        self._wheel(event, 0.5)

    def on_mouse_scroll_down(self, event: MouseScrollDown) -> None:
        """Wheel down: zoom out around the x under the pointer."""
        self._wheel(event, 2.0)

    def _wheel(self, event: MouseEvent, factor: float) -> None:
        event.stop()
        event.prevent_default()
        x = self._x_at(self._column(event))
        if x is not None:
            self.post_message(self.Wheeled(x, factor))

    def _chart_data(self, view: View, width: int) -> ChartData:
        """The envelope for this view and width, kept while only the mode or overlay change."""
        key = (view.sampling, chart_columns(width))
        if self._data is None or self._data[0] != key:
            self._data = (key, chart_data(view, chart_columns(width)))
        return self._data[1]

    def render(self) -> RenderResult:
        """The chart as Rich text with the cursor on it, built again only when needed."""
        width, height = self.size.width, self.size.height
        view = self._view
        if view is None or width < 1 or height < 1:
            return Text()
        key = self._current_key()
        if key != self._drawn:
            data = self._chart_data(view, width)
            drawn = draw_chart(
                self._figure, data, view.mode, width, height, self._style, self._overlay
            )
            text = build_chart(self._figure, self._style, drawn)
            if self._style.sixteen and self._style.color:
                # Textual would reduce the curves' colours by distance (orange and red both
                # became red); pick the 16 colours ourselves, by hue, for the background.
                text = snap_to_sixteen(text, _SIXTEEN, dark=self.app.current_theme.dark)
            self._chart = Text.from_ansi(text, no_wrap=True, end="")
            self._layout = drawn
            self._drawn = key
            self.draw_count += 1
        return self._with_cursor()

    def _with_cursor(self) -> Text:
        """The built chart with the cursor painted on it (kept while neither changes)."""
        drawn = self._layout
        if self._cursor is None or drawn is None:
            return self._chart
        column = drawn.column(self._cursor)
        key = (self._drawn, column)
        if self._painted is not None and self._painted[0] == key:
            return self._painted[1]
        painted = self._chart
        if column is not None:
            lines = self._chart.split("\n", allow_blank=True)
            glyph = cursor_glyph(self._style)
            style = Style(color=f"rgb{CURSOR_COLOR}", bold=True) if self._style.color else None
            plain = [line.plain for line in lines]
            for row in trace_rows(
                plain, drawn.canvas, column, drawn.labels, self._style.curve_glyphs
            ):
                line = lines[row]
                lines[row] = Text.assemble(
                    line[:column], Text(glyph, style or ""), line[column + 1 :]
                )
            painted = Text("\n", no_wrap=True, end="").join(lines)
        self._painted = (key, painted)
        return painted
