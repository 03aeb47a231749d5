"""Saving from the app: an SVG screenshot, or the view's values as CSV, under a new name.

A short CSV is written at once; a long one by a thread worker while the app goes on. Every
outcome (the path written, or why nothing was) is reported to the app with one message,
:class:`Exporter.Report`, which the app shows where it covers nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from textual import work
from textual.message import Message
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from .export import write_csv
from .files import write_new_file
from .view import View

__all__ = ["SYNC_EXPORT_POINTS", "Exporter"]

SYNC_EXPORT_POINTS = 20_000
"""Up to this many rows a CSV export is written at once (about 15 ms, under a frame); a longer
one is written by a thread worker, at about a million rows a second, while the app goes on."""

STEM = "sigmoid-tui"
"""The start of every file name the app writes: ``sigmoid-tui-YYYYmmdd-HHMMSS.csv``."""


class Exporter(Widget):
    """Writes the app's files and reports how it went."""

    DEFAULT_CSS = """
    Exporter {
        display: none;
    }
    """

    class Report(Message):
        """A file was written, or could not be."""

        def __init__(self, text: str, *, error: bool = False) -> None:
            """Carry one sentence for a person."""
            super().__init__()
            self.text = text
            """What happened, e.g. ``"Values saved: /home/me/sigmoid-tui-….csv"``."""
            self.error = error
            """Whether it went wrong."""

    def __init__(self, directory: Path | None = None, *, id: str | None = None) -> None:
        """Write into ``directory``, or the working directory at the time of writing."""
        super().__init__(id=id)
        self._directory = directory

    @property
    def directory(self) -> Path:
        """Where files are written."""
        return self._directory or Path.cwd()

    def save_svg(self) -> None:
        """Save what the screen shows as an SVG file."""
        svg = self.app.export_screenshot()
        self._write(".svg", lambda out: out.write(svg), "Screenshot")

    def export_csv(self, view: View) -> None:
        """Write ``view``'s values as CSV; more than 20,000 rows in a thread."""
        if view.points <= SYNC_EXPORT_POINTS:
            self._write(".csv", lambda out: write_csv(view, out), "Values")
            return
        self.post_message(self.Report(f"Writing {view.points:,} rows…"))
        self._export_in_thread(view)

    @work(thread=True, group="export", exit_on_error=False)
    def _export_in_thread(self, view: View) -> Path:
        """Write a long CSV off the UI thread; :meth:`on_worker_state_changed` reports the end."""
        return write_new_file(self.directory, STEM, ".csv", lambda out: write_csv(view, out))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A thread export finished or failed: say so."""
        worker = event.worker
        if event.state is WorkerState.SUCCESS and isinstance(worker.result, Path):
            self.post_message(self.Report(f"Values saved: {worker.result}"))
        elif event.state is WorkerState.ERROR:
            self._report_error(worker.error)

    def _write(self, suffix: str, write: Callable[[TextIO], object], what: str) -> None:
        try:
            path = write_new_file(self.directory, STEM, suffix, write)
        except OSError as exc:
            self._report_error(exc)
            return
        self.post_message(self.Report(f"{what} saved: {path}"))

    def _report_error(self, error: BaseException | None) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        self.post_message(self.Report(f"Could not write to {self.directory}: {reason}", error=True))
