"""The chart on screen: textual-plotext's plot widget, drawn by :mod:`.chart`.

The widget only draws. It keeps the samples and the mode it was last given and replots when
they change or when it is resized; plotext's build and the conversion to Rich text run once
per change, not on every repaint.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import RenderResult
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual_plotext import PlotextPlot

from .chart import ChartStyle, Overlay, draw_chart
from .sampling import Samples
from .view import Mode

__all__ = ["SigmoidPlot"]


class SigmoidPlot(PlotextPlot, can_focus=True):
    """The sigmoid chart: the article's figure for the samples and mode it is given."""

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
        self._samples: Samples | None = None
        self._mode = Mode.BOTH
        self._style = ChartStyle()
        self._overlay = Overlay()
        self._drawn: tuple[object, ...] | None = None
        self._text = Text()
        self.draw_count = 0
        """How many times the chart was built: one per change, not one per repaint."""

    @property
    def samples(self) -> Samples | None:
        """The samples on show."""
        return self._samples

    @property
    def mode(self) -> Mode:
        """The mode on show."""
        return self._mode

    def show(
        self, samples: Samples, mode: Mode, style: ChartStyle, overlay: Overlay = Overlay()
    ) -> None:
        """Draw ``samples`` in ``mode``; the chart is rebuilt on the next repaint."""
        self._samples, self._mode, self._style, self._overlay = samples, mode, style, overlay
        self._drawn = None
        self.refresh()

    def on_resize(self, _event: Resize) -> None:
        """A new size needs a new chart: plotext lays out in whole cells."""
        self._drawn = None
        self.refresh()

    def render(self) -> RenderResult:
        """The chart as Rich text, built again only when what it shows has changed."""
        width, height = self.size.width, self.size.height
        if self._samples is None or width < 1 or height < 1:
            return Text()
        key = (id(self._samples), self._mode, self._style, self._overlay, width, height)
        if key != self._drawn:
            draw_chart(
                self.plt, self._samples, self._mode, width, height, self._style, self._overlay
            )
            self._text = Text.from_ansi(self.plt.build(), no_wrap=True, end="")
            self._drawn = key
            self.draw_count += 1
        return self._text
