"""The trace readout under the chart: x, S, S' and S'' at the cursor, laid out for its width
(the text is :mod:`sigmoid_tui.core.readout_text`'s)."""

from __future__ import annotations

from textual.events import Resize, Show
from textual.widgets import Static

from sigmoid_tui.core import navigation
from sigmoid_tui.core.exact import CompareValues, Values, compare_at, values_at
from sigmoid_tui.core.readout_text import readout_lines
from sigmoid_tui.core.view import Mode, View

__all__ = ["Readout"]


class Readout(Static):
    """The trace readout under the chart: x, S, S' and S'', laid out for its width."""

    def __init__(self, *, id: str | None = None) -> None:
        """An empty readout; :meth:`show` fills it."""
        super().__init__(id=id)
        self._values: Values | CompareValues | None = None
        self._note: str | None = None
        self._depth = 1
        self._weight = 1.0
        self._lines = 0

    def show_at(self, view: View, x: float) -> None:
        """The exact values at ``x`` in ``view``'s curves; "between samples" when ``x`` is not
        one of the view's samples."""
        left, right = navigation.samples_around(view, x)
        note = "between samples" if left != right else None
        k, x0 = view.steepness, view.shift
        if view.mode is Mode.COMPARE:
            values = compare_at(x, k, x0, view.depth, view.weight)
            self.show(values, note, view.depth, view.weight)
        else:
            self.show(values_at(x, k, x0), note)

    def show(
        self,
        values: Values | CompareValues,
        note: str | None = None,
        depth: int = 1,
        weight: float = 1.0,
    ) -> None:
        """Show ``values``, with ``note`` after x (e.g. that x lies between samples)."""
        self._values, self._note, self._depth, self._weight = values, note, depth, weight
        self._lay_out()

    def on_resize(self, _event: Resize) -> None:
        """Lay the fields out again for the new width."""
        self._lay_out()

    def on_show(self, _event: Show) -> None:
        """Back on screen (the terminal grew back from too small): lay out for the width now."""
        self._lay_out()

    def _lay_out(self) -> None:
        if self._values is None:
            return
        if not self.display:
            # Hidden behind "Terminal too small": the width to lay out for is not known, and
            # a layout for the small terminal's width (four lines) would stay as two blank rows
            # once it grew back. Showing it again lays it out.
            return
        width = self.content_size.width or self.app.size.width
        lines = readout_lines(self._values, width, self._note, self._depth, self._weight)
        # The number of lines depends on the width and the view's labels, not on the values:
        # a cursor step repaints the readout alone, and the chart above keeps its size. The
        # height is set, not left to the text, so that nothing else can move it.
        self.update("\n".join(lines), layout=False)
        if len(lines) != self._lines:
            self.styles.height = len(lines)
            self._lines = len(lines)
