"""The table of values: one row per point of interest in range and per bookmark.

Columns point, x, S, S', S'', each value correctly rounded
(:func:`sigmoid_tui.core.exact.values_at`). Enter on a row asks the screen to put the cursor
there; moving the highlight says which row is lit, so that the readout can show it in full
where the table is too narrow for every column.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.message import Message
from textual.widgets import DataTable

from sigmoid_tui.core.answers import table_points
from sigmoid_tui.core.exact import Values, values_at
from sigmoid_tui.core.parsing import format_number
from sigmoid_tui.core.view import View

__all__ = ["ValuesTable"]

COLUMNS = ("point", "x", "S", "S'", "S''")
"""The table's header."""


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

        def __init__(self, name: str, values: Values) -> None:
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
        self._rows: list[tuple[str, Values]] = []

    def on_mount(self) -> None:
        """The header."""
        self.add_columns(*COLUMNS)

    def show_points(self, view: View, bookmarks: Iterable[float]) -> None:
        """The view's points of interest in range and the bookmarks, with exact values."""
        k, x0 = view.steepness, view.shift
        self.show_rows([(name, values_at(x, k, x0)) for name, x in table_points(view, bookmarks)])

    def show_rows(self, rows: list[tuple[str, Values]]) -> None:
        """Show ``rows`` (name and values), in the order given, keeping the highlight's row."""
        self._rows = rows
        keep = self.cursor_row
        self.clear()
        for name, values in rows:
            x, s, d, dd = values.row()
            self.add_row(name, format_number(x), repr(s + 0.0), repr(d + 0.0), repr(dd))
        if rows:
            self.move_cursor(row=min(keep, len(rows) - 1))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row: go there."""
        event.stop()
        self.post_message(self.Chosen(self._rows[event.cursor_row][1].x))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The highlight moved: say which row is lit."""
        event.stop()
        if 0 <= event.cursor_row < len(self._rows):
            self.post_message(self.Lit(*self._rows[event.cursor_row]))
