"""The chart on screen: textual-plotext's plot widget, drawn by :mod:`.chart`.

The widget only draws. It keeps the samples and the mode it was last given and replots when
they change or when it is resized; plotext's build and the conversion to Rich text run once
per change, not on every repaint.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import RenderResult
from textual.events import Resize
from textual_plotext import PlotextPlot

from .chart import ChartStyle, draw_chart
from .sampling import Samples
from .view import Mode

__all__ = ["SigmoidPlot"]


class SigmoidPlot(PlotextPlot, can_focus=True):
    """The sigmoid chart: the article's figure for the samples and mode it is given."""

    def __init__(self, *, id: str | None = None) -> None:
        """Create an empty chart; :meth:`show` gives it something to draw."""
        super().__init__(id=id)
        # plotext's "clear" theme leaves axes, ticks and labels in the widget's own colours, so
        # the chart reads under every Textual theme, the ANSI ones included.
        self.theme = "clear"
        self._samples: Samples | None = None
        self._mode = Mode.BOTH
        self._style = ChartStyle()
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

    def show(self, samples: Samples, mode: Mode, style: ChartStyle) -> None:
        """Draw ``samples`` in ``mode``; the chart is rebuilt on the next repaint."""
        self._samples, self._mode, self._style = samples, mode, style
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
        key = (id(self._samples), self._mode, self._style, width, height)
        if key != self._drawn:
            draw_chart(self.plt, self._samples, self._mode, width, height, self._style)
            self._text = Text.from_ansi(self.plt.build(), no_wrap=True, end="")
            self._drawn = key
            self.draw_count += 1
        return self._text
