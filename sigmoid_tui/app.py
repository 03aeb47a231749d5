"""SigmoidApp: the explorer, with quick answers, compare mode's depth, words and files.

The core (:mod:`.explorer`) composes the controls, the chart and the readout and keeps them in
step with the view and the cursor; here the features on top of it: go to an x, solve for a
value, the table of values and bookmarks (:mod:`.quick`), compare mode's depth, the view in
words (:mod:`.describe`), saving files (:mod:`.exporter`) and quitting while an export runs.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from textual.reactive import var

from . import navigation
from .activations import MAX_DEPTH
from .chart_widget import Readout
from .describe import describe
from .explorer import MIN_HEIGHT, MIN_WIDTH, ExplorerApp
from .exporter import Exporter
from .parsing import Invalid, format_number
from .quick import Solution, read_solution, read_x, toggle_bookmark
from .values_table import ValuesTable
from .view import Mode

__all__ = ["MIN_HEIGHT", "MIN_WIDTH", "SigmoidApp"]


class SigmoidApp(ExplorerApp):
    """Explore S(x) and S'(x): every valid change to the inputs redraws the chart."""

    bookmarks: var[tuple[float, ...]] = var((), init=False)
    """x values the person bookmarked with b, ascending; the table lists them."""
    show_table: var[bool] = var(False, init=False)
    """Whether the table of values stands in place of the controls and the chart."""

    def view_shown(self) -> None:
        """The table of values follows the view."""
        self._fill_table()

    def on_exporter_report(self, event: Exporter.Report) -> None:
        """A file was written, or could not be: say so."""
        self.say(event.text, error=event.error)

    def action_go_to(self) -> None:
        """Ask for an x and put the cursor exactly there, moving the range if need be."""
        from .prompt import Prompt

        def went(x: float | None) -> None:
            if x is not None:
                self.show_table = False
                self._go(navigation.go_to(self.view, x))

        self.push_screen(Prompt("Go to x:", "a number, e.g. 40 or -1e-9", read_x, id="go-to"), went)

    def action_solve(self) -> None:
        """Ask for S=P or S'=Q and put the cursor on the solution nearer to it."""
        from .prompt import Prompt

        def solved(answer: Solution | None) -> None:
            if answer is not None:
                root = answer.nearest(self.cursor)
                self.show_table = False
                self._go(navigation.go_to(self.view, root))
                self.say(answer.say(root))

        hint = "S=0.99, S'=0.1, or a probability such as 0.9"
        read = partial(read_solution, view=self.view)
        self.push_screen(Prompt("Solve:", hint, read, id="solve"), solved)

    def action_bookmark(self) -> None:
        """Bookmark the cursor's x, or remove the bookmark that is there."""
        marks = toggle_bookmark(self.bookmarks, self.cursor)
        if isinstance(marks, Invalid):
            self.say(f"{marks.message}.", error=True)
            return
        added = len(marks) > len(self.bookmarks)
        self.bookmarks = marks
        x = format_number(self.cursor)
        self.say(f"Bookmarked x = {x} (t: table)" if added else f"Bookmark at x = {x} removed")

    def action_depth(self, step: int) -> None:
        """Compare through one layer more (or less): each derivative to the next power."""
        view = self.view
        if view.mode is not Mode.COMPARE:
            self.say("Depth is for the compare mode: m to it, then > and <.")
            return
        depth = min(max(view.depth + step, 1), MAX_DEPTH)
        if depth == view.depth:
            self.say(f"Depth goes from 1 to {MAX_DEPTH} layers.")
            return
        self._go(navigation.Move(replace(view, depth=depth), self.cursor))
        self.say(f"Through {depth} layer{'s' if depth > 1 else ''}.")

    def action_describe(self) -> None:
        """The view in a few plain sentences, on a screen of text (a screen reader reads it)."""
        from .describe_screen import DescribeScreen

        self.push_screen(DescribeScreen(describe(self.view)))

    def action_toggle_controls(self) -> None:
        """Give the chart the whole width, or bring the controls back."""
        hide = not self.screen.has_class("-no-controls")
        if hide and self.focused is not None and self.controls in self.focused.ancestors:
            self.plot.focus()
        self.screen.set_class(hide, "-no-controls")

    def action_toggle_table(self) -> None:
        """Show the table of values in place of the chart, or the chart again."""
        self.show_table = not self.show_table

    async def watch_show_table(self, shown: bool) -> None:
        """Bring in the table (made on first use), fill it and give it focus; or put it away."""
        from .values_table import ValuesTable

        tables = self.query(ValuesTable)
        if shown and not tables:
            await self.query_one("#chart-area").mount(ValuesTable(id="table"), before=0)
        self.screen.set_class(shown, "-table")
        if shown:
            self._fill_table()
            self.query_one(ValuesTable).focus()
        else:
            self._update_readout()
            if tables and self.focused is tables.first():
                self.plot.focus()

    def watch_bookmarks(self) -> None:
        """The table lists the bookmarks."""
        self._fill_table()

    def _fill_table(self) -> None:
        from .values_table import ValuesTable

        if self.show_table:
            self.query_one(ValuesTable).show_points(self.view, self.bookmarks)

    def on_values_table_chosen(self, event: ValuesTable.Chosen) -> None:
        """Enter on a row: the chart again, the cursor exactly there."""
        self.show_table = False
        self._go(navigation.go_to(self.view, event.x))

    def on_values_table_lit(self, event: ValuesTable.Lit) -> None:
        """The readout shows the lit row in full, however narrow the table."""
        self.query_one(Readout).show(event.values, event.name)

    def action_save_svg(self) -> None:
        """Save what the screen shows as an SVG file under a new name."""
        self.query_one(Exporter).save_svg()

    def action_export_csv(self) -> None:
        """Write the current view's values as CSV under a new name; a long one in a thread."""
        self.query_one(Exporter).export_csv(self.view)
        self.refresh_bindings()

    def action_cancel_export(self) -> None:
        """Stop the export under way; it leaves no file behind."""
        self.query_one(Exporter).cancel()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """c cancels an export only while one runs (and shows in the footer only then)."""
        if action == "cancel_export":
            exporter = self.query(Exporter)
            return bool(exporter) and exporter.first().running
        return True

    def on_exporter_finished(self) -> None:
        """An export ended: c is free again, and a quit that waited for it goes ahead."""
        self.refresh_bindings()
        if self._quit_when_exported:
            self.exit(0)

    async def action_quit(self) -> None:
        """Quit; while an export runs, ask first whether to wait for it or cancel it."""
        exporter = self.query_one(Exporter)
        if not exporter.running:
            self.exit(0)
            return
        from .quit_screen import QuitScreen

        def answered(answer: str | None) -> None:
            if answer == "wait":
                self._quit_when_exported = True
                self.say("Quitting once the export is complete (c cancels it).")
            elif answer == "cancel":
                exporter.cancel()
                self.say("Export cancelled; quitting.")
                self._quit_when_exported = True

        what = f"A CSV export is under way: {exporter.percent:.0f}% written."
        self.push_screen(QuitScreen(what), answered)
