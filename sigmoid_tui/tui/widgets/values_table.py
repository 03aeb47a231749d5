"""The table of values: one row per point of interest in range and per bookmark.

Columns point, x, S, S', S'', each value correctly rounded
(:func:`sigmoid_tui.core.exact.values_at`); in compare mode point, x and the three derivatives
(:func:`sigmoid_tui.core.exact.compare_at`). Enter on a row asks the screen to put the cursor
there; moving the highlight says which row is lit, so that the readout can show it in full
where the table is too narrow for every column.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.events import Resize
from textual.message import Message
from textual.widgets import DataTable

from sigmoid_tui.core.answers import table_points
from sigmoid_tui.core.exact import CompareValues, Values, compare_at, values_at
from sigmoid_tui.core.parsing import format_number
from sigmoid_tui.core.readout_text import value_texts
from sigmoid_tui.core.table_layout import stack_columns, stacked
from sigmoid_tui.core.view import Mode, View, power_label

__all__ = ["ValuesTable"]

COLUMNS = ("point", "x", "S", "S'", "S''")
"""The table's header (compare mode's: the three derivatives, through depth and weight)."""

Row = tuple[str, Values | CompareValues]
"""A row's point and its values."""


class ValuesTable(DataTable[str]):
    """Points of interest and bookmarks with their exact values; Enter goes there."""

    class Chosen(Message):
        """Enter on a row: the cursor should go to its x."""

        def __init__(self, x: float) -> None:
            """Carry the row's x."""
            super().__init__()
            self.x = x
            """Where the cursor should go."""

    class Lit(Message):
        """The highlight moved to a row."""

        def __init__(self, name: str, values: Values | CompareValues) -> None:
            """Carry the row's name and values."""
            super().__init__()
            self.name = name
            """The row's point, e.g. ``"inflection"`` or ``"bookmark"``."""
            self.values = values
            """Its values."""

    def __init__(self, *, id: str | None = None) -> None:
        """An empty table with the five columns; the point's name stays put as it scrolls."""
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.fixed_columns = 1
        self._rows: list[Row] = []
        self._header: tuple[str, ...] = COLUMNS
        self._cells: list[tuple[str, ...]] = []
        self._layout: tuple[tuple[str, ...], tuple[int, ...]] | None = None

    def on_mount(self) -> None:
        """The header."""
        self._lay_out()

    def on_resize(self, event: Resize) -> None:
        """Another width: side by side, or stacked, so that every value stays whole (the rows
        are made again only if the layout changes)."""
        self._lay_out(rows_changed=False)

    def _lay_out(self, *, rows_changed: bool = True) -> None:
        """Columns side by side where they fit in the table's width, else stacked two or three
        to a cell (:func:`.table_layout.stack_columns`): no value is ever cut."""
        columns = [self._header, *self._cells]
        widths = [max(len(row[i]) for row in columns) for i in range(len(self._header))]
        room = self.size.width - 2  # the vertical scrollbar's cells
        sizes = stack_columns(widths, room, padding=2 * self.cell_padding)
        layout = (self._header, sizes)
        if layout == self._layout and not rows_changed:
            return
        keep = self.cursor_row
        if layout != self._layout:
            self.clear(columns=True)
            self.header_height = max(sizes)
            self.fixed_columns = 1 if sizes[0] == 1 else 0
            self.add_columns(*stacked(self._header, sizes))
            self._layout = layout
        else:
            self.clear()
        for cells in self._cells:
            self.add_row(*stacked(cells, sizes), height=max(sizes))
        if self._cells:
            self.move_cursor(row=min(keep, len(self._cells) - 1))

    def show_points(self, view: View, bookmarks: Iterable[float]) -> None:
        """The view's points of interest in range and the bookmarks, with exact values."""
        k, x0 = view.steepness, view.shift
        points = table_points(view, bookmarks)
        if view.mode is Mode.COMPARE:
            names = ("Sigmoid'", "Tanh'", "ReLU'")
            header = ("point", "x", *(power_label(n, view.depth, view.weight) for n in names))
            self._header = header
            self.show_rows(
                [(name, compare_at(x, k, x0, view.depth, view.weight)) for name, x in points]
            )
            return
        self._header = COLUMNS
        self.show_rows([(name, values_at(x, k, x0)) for name, x in points])

    def show_rows(self, rows: list[Row]) -> None:
        """Show ``rows`` (name and values), in the order given, keeping the highlight's row."""
        self._rows = rows
        self._cells = []
        for name, values in rows:
            # The readout's own texts: S'' keeps its sign (the table had written 0.0 for -0.0).
            self._cells.append((name, format_number(values.x), *value_texts(values)))
        self._lay_out()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row: go there."""
        event.stop()
        self.post_message(self.Chosen(self._rows[event.cursor_row][1].x))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The highlight moved: say which row is lit."""
        event.stop()
        if 0 <= event.cursor_row < len(self._rows):
            self.post_message(self.Lit(*self._rows[event.cursor_row]))
