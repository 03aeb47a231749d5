"""The chart on screen: textual-plotext's plot widget, drawn by :mod:`.chart`.

The widget only draws. It keeps the view, style and overlay it was last given and rebuilds the
chart when they change or when it is resized; plotext's build and the conversion to Rich text
run once per change, not on every repaint. What it plots is the per-column envelope of the
view's samples (:func:`.envelope.chart_data`), so its cost does not depend on the points.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import RenderResult
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual_plotext import PlotextPlot

from .chart import ChartStyle, Overlay, build_chart, chart_columns, draw_chart
from .envelope import ChartData, chart_data
from .view import View

__all__ = ["SigmoidPlot"]


class SigmoidPlot(PlotextPlot, can_focus=True):
    """The sigmoid chart: the article's figure for the view it is given."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "app.move_cursor(-1)", "◀", tooltip="Cursor one sample left"),
        Binding("right", "app.move_cursor(1)", "▶", tooltip="Cursor one sample right"),
        Binding("shift+left", "app.move_cursor(-10)", "◀◀", show=False),
        Binding("shift+right", "app.move_cursor(10)", "▶▶", show=False),
        Binding("home", "app.cursor_end(False)", "Start", show=False),
        Binding("end", "app.cursor_end(True)", "End", show=False),
    ]
    """The trace cursor's keys, active while the chart has focus."""

    def __init__(self, *, id: str | None = None) -> None:
        """Create an empty chart; :meth:`show` gives it something to draw."""
        super().__init__(id=id)
        # plotext's "clear" theme leaves axes, ticks and labels in the widget's own colours, so
        # the chart reads under every Textual theme, the ANSI ones included.
        self.theme = "clear"
        self._view: View | None = None
        self._style = ChartStyle()
        self._overlay = Overlay()
        self._data: tuple[object, ChartData] | None = None
        self._drawn: tuple[object, ...] | None = None
        self._text = Text()
        self.draw_count = 0
        """How many times the chart was built: one per change, not one per repaint."""

    @property
    def view(self) -> View | None:
        """The view on show."""
        return self._view

    def show(self, view: View, style: ChartStyle, overlay: Overlay = Overlay()) -> None:
        """Draw ``view``; the chart is rebuilt on the next repaint, once."""
        self._view, self._style, self._overlay = view, style, overlay
        self.refresh()

    def on_resize(self, _event: Resize) -> None:
        """A new size needs a new chart: plotext lays out in whole cells."""
        self.refresh()

    def _chart_data(self, view: View, width: int) -> ChartData:
        """The envelope for this view and width, kept while only the mode or overlay change."""
        key = (view.sampling, chart_columns(width))
        if self._data is None or self._data[0] != key:
            self._data = (key, chart_data(view, chart_columns(width)))
        return self._data[1]

    def render(self) -> RenderResult:
        """The chart as Rich text, built again only when what it shows has changed."""
        width, height = self.size.width, self.size.height
        view = self._view
        if view is None or width < 1 or height < 1:
            return Text()
        key = (view, self._style, self._overlay, width, height)
        if key != self._drawn:
            data = self._chart_data(view, width)
            draw_chart(self.plt, data, view.mode, width, height, self._style, self._overlay)
            self._text = Text.from_ansi(build_chart(self.plt, self._style), no_wrap=True, end="")
            self._drawn = key
            self.draw_count += 1
        return self._text
