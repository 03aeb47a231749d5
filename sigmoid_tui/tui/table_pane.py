"""The table of values (``t``) on the explorer's screen, in place of the chart.

The table is made on first use and filled from what the screen owns, its view and its
bookmarks; it keeps no view of its own. Whether it is shown is the screen's
:attr:`~sigmoid_tui.tui.explorer_screen.ExplorerScreen.show_table`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sigmoid_tui.tui.explorer_screen import ExplorerScreen

__all__ = ["TablePane"]


class TablePane:
    """Brings the table in and out, and fills it."""

    def __init__(self, screen: ExplorerScreen) -> None:
        """Serve ``screen``: it owns the view, the bookmarks and ``show_table``."""
        self._screen = screen

    async def show(self, shown: bool) -> None:
        """Bring in the table (made on first use), fill it and give it focus; or put it away
        and give the chart its focus back."""
        from sigmoid_tui.tui.panel_styles import load_panel_styles
        from sigmoid_tui.tui.widgets.values_table import ValuesTable

        screen = self._screen
        load_panel_styles(screen.app)  # the table's styles, if t came before the controls
        tables = screen.query(ValuesTable)
        if shown and not tables:
            await screen.query_one("#chart-area").mount(ValuesTable(id="table"), before=0)
        screen.set_class(shown, "-table")
        if shown:
            self.fill()
            screen.query_one(ValuesTable).focus()
        elif tables and screen.focused is tables.first():
            screen.plot.focus()

    def fill(self) -> None:
        """List the points of interest and bookmarks of the view on show (if the table is)."""
        screen = self._screen
        if screen.show_table:
            from sigmoid_tui.tui.widgets.values_table import ValuesTable

            screen.query_one(ValuesTable).show_points(screen.view, screen.bookmarks)
