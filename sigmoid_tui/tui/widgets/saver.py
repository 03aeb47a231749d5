"""Saving from the app: an SVG screenshot, or the view's values as CSV, under a new name.

A short CSV is written at once; a long one by a thread worker while the app goes on, its
progress shown in a bar that says how to cancel it. Files appear under their final name only
when complete (:mod:`sigmoid_tui.core.new_file`). Every outcome (the path written, a
cancellation, or why nothing was written) is reported with one message, :class:`Saver.Report`.
Quitting while an export runs asks first, here too.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Label, ProgressBar
from textual.worker import Worker, WorkerState, get_current_worker

from sigmoid_tui.core.csv_values import csv_blocks, write_csv
from sigmoid_tui.core.new_file import write_new_file
from sigmoid_tui.core.view import View

if TYPE_CHECKING:
    from sigmoid_tui.tui.screens.quit import QuitScreen

__all__ = ["SYNC_EXPORT_POINTS", "ExportCancelled", "Saver"]

SYNC_EXPORT_POINTS = 20_000
"""Up to this many rows a CSV export is written at once (a few ms, under a frame); a longer
one is written by a thread worker, at a few million rows a second, while the app goes on."""

STEM = "sigmoid-tui"
"""The start of every file name the app writes: ``sigmoid-tui-YYYYmmdd-HHMMSS.csv``."""


class ExportCancelled(Exception):
    """The person cancelled the export: the thread stops and leaves nothing behind."""


class Saver(Horizontal):
    """Writes the app's files, shows a long export's progress, and reports how it went."""

    class Report(Message):
        """A file was written, or could not be, or the export was cancelled."""

        def __init__(self, text: str, *, error: bool = False) -> None:
            """Carry one sentence for a person."""
            super().__init__()
            self.text = text
            """What happened, e.g. ``"Values saved: /home/me/sigmoid-tui-….csv"``."""
            self.error = error
            """Whether it went wrong."""

    class _Progress(Message):
        """Rows written so far, posted from the export thread."""

        def __init__(self, rows: int) -> None:
            super().__init__()
            self.rows = rows

    def __init__(self, directory: Path | None = None, *, id: str | None = None) -> None:
        """Write into ``directory``, or the working directory at the time of writing."""
        super().__init__(id=id)
        self._directory = directory
        self._worker: Worker[Path] | None = None
        self._quit_when_done = False
        self._temporary = False
        self._asking: QuitScreen | None = None

    def compose(self) -> ComposeResult:
        """What a running export shows: rows written, a bar, and the key that cancels it."""
        yield Label(id="export-rows")
        yield ProgressBar(id="export-bar", show_eta=True)
        yield Label("  c: cancel", id="export-hint")

    @property
    def directory(self) -> Path:
        """Where files are written: in a browser, a private temporary directory on the server,
        from which each file is sent as a download and removed."""
        if self._directory is None and self.app.is_web:
            self._directory = Path(tempfile.mkdtemp(prefix="sigmoid-tui-"))
            self._temporary = True
        return self._directory or Path.cwd()

    def on_unmount(self) -> None:
        """The temporary directory of a browser session goes with it."""
        if self._temporary and self._directory is not None:
            shutil.rmtree(self._directory, ignore_errors=True)

    def _saved(self, path: Path, what: str) -> None:
        """Report a file written; in a browser, send it as a download instead of leaving it."""
        if not self.app.is_web:
            self.post_message(self.Report(f"{what} saved: {path}"))
            return
        # The open file is what is sent: the name can go at once (POSIX keeps the data).
        handle = path.open("rb")
        path.unlink()
        mime = "image/svg+xml" if path.suffix == ".svg" else "text/csv"
        self.app.deliver_binary(handle, save_filename=path.name, mime_type=mime)
        self.post_message(self.Report(f"{what} sent to the browser as a download: {path.name}"))

    @property
    def running(self) -> bool:
        """Whether a thread export is under way."""
        return self._worker is not None and not self._worker.is_finished

    @property
    def percent(self) -> float:
        """How far the running export has got, 0 to 100."""
        bar = self.query_one(ProgressBar)
        return 100.0 * (bar.percentage or 0.0)

    def save_svg(self) -> None:
        """Save what the screen shows as an SVG file."""
        svg = self.app.export_screenshot().encode()
        self._write(".svg", lambda out: out.write(svg), "Screenshot")

    def export_csv(self, view: View) -> None:
        """Write ``view``'s values as CSV; more than 20,000 rows in a thread, with progress."""
        if self.running:
            self.post_message(self.Report("An export is already running (c cancels it)."))
            return
        if view.points <= SYNC_EXPORT_POINTS:
            self._write(".csv", lambda out: write_csv(view, out), "Values")
            return
        bar = self.query_one(ProgressBar)
        bar.update(total=view.points, progress=0)
        self._show_rows(0, view.points)
        self.display = True
        self._worker = self._export_in_thread(view)
        self.screen.refresh_bindings()  # c (cancel) shows in the footer while it runs

    def cancel(self) -> bool:
        """Stop the running export, if any; its temporary file is removed. Whether one ran."""
        if not self.running:
            return False
        assert self._worker is not None
        self._worker.cancel()
        return True

    @work(thread=True, group="export", exit_on_error=False)
    def _export_in_thread(self, view: View) -> Path:
        """Write a long CSV off the UI thread, block by block, checking for a cancellation."""
        worker = get_current_worker()

        def write(out: BinaryIO) -> None:
            for block in csv_blocks(view):
                if worker.is_cancelled:
                    raise ExportCancelled
                out.write(block.data)
                self.post_message(self._Progress(block.rows))
            if worker.is_cancelled:
                raise ExportCancelled

        return write_new_file(self.directory, STEM, ".csv", write)

    def _on_saver__progress(self, event: _Progress) -> None:
        """The thread wrote another block."""
        bar = self.query_one(ProgressBar)
        bar.update(progress=event.rows)
        self._show_rows(event.rows, int(bar.total or 0))
        if self._asking is not None:
            self._asking.show_percent(self.percent)

    def _show_rows(self, rows: int, total: int) -> None:
        self.query_one("#export-rows", Label).update(f"CSV {rows:,} of {total:,} rows ")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A thread export ended: say how, and put the bar away."""
        worker = event.worker
        if event.state is WorkerState.SUCCESS and isinstance(worker.result, Path):
            self._saved(worker.result, "Values")
        elif event.state is WorkerState.CANCELLED or isinstance(worker.error, ExportCancelled):
            self.post_message(self.Report("Export cancelled: no file was left behind."))
        elif event.state is WorkerState.ERROR:
            self._report_error(worker.error)
        else:
            return
        self.display = False
        self.screen.refresh_bindings()  # c is free again
        if self._asking is not None:
            self._asking.export_ended()
            self._asking = None
        if self._quit_when_done:
            self.app.exit(0)

    def quit_or_ask(self) -> None:
        """Quit the app; while an export runs, ask first whether to wait for it or cancel it."""
        if not self.running:
            self.app.exit(0)
            return
        from sigmoid_tui.tui.screens.quit import QuitScreen

        def answered(answer: str | None) -> None:
            self._asking = None
            if answer == "wait" and self.running:
                self._quit_when_done = True
                self.post_message(
                    self.Report("Quitting once the export is complete (c cancels it).")
                )
            elif answer == "cancel" and self.running:
                self._quit_when_done = True
                self.cancel()
                self.post_message(self.Report("Export cancelled; quitting."))
            elif answer in ("wait", "cancel"):
                self.app.exit(0)  # it ended as the answer came: nothing left to wait for

        self._asking = QuitScreen(self.percent)
        self.app.push_screen(self._asking, answered)

    def _write(self, suffix: str, write: Callable[[BinaryIO], object], what: str) -> None:
        try:
            path = write_new_file(self.directory, STEM, suffix, write)
        except OSError as exc:
            self._report_error(exc)
            return
        self._saved(path, what)

    def _report_error(self, error: BaseException | None) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        self.post_message(self.Report(f"Could not write to {self.directory}: {reason}", error=True))
