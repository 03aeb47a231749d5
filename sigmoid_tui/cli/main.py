"""The ``sigmoid-tui`` command: read the options, then open the app or print and exit.

``--print`` and ``--csv`` never import Textual: they start in the time numpy and plotext take;
``--at`` and ``--solve`` load neither numpy nor plotext.

Exit status: 0 done (also when the reader of a pipe closes it early), 1 the output could not
be written (a full disk, say: one line on stderr says so), 2 bad input (one line on stderr),
130 interrupted.

``SIGMOID_TUI_PROGRESS_AFTER`` (seconds, default 1) sets how long ``--csv`` into a file runs
before its progress bar appears on a terminal's stderr; 0 shows it at once.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Sequence
from typing import IO

from sigmoid_tui.cli.options import Options, parse_options
from sigmoid_tui.cli.output import Output
from sigmoid_tui.cli.terminal import Color, Palette, palette, print_size, why_no_terminal
from sigmoid_tui.cli.usage import PROG, UsageError, fail
from sigmoid_tui.core import start_up
from sigmoid_tui.core.view import MIN_PRINT_HEIGHT, MIN_PRINT_WIDTH, Marker

__all__ = ["main"]

WRITE_FAILED = 1
"""Exit status when the output could not be written."""

PROGRESS_AFTER = 1.0
"""Seconds of ``--csv`` into a file before a progress bar appears on a terminal's stderr,
unless ``SIGMOID_TUI_PROGRESS_AFTER`` says otherwise (see :func:`_progress_after`)."""


def _progress_after() -> float:
    """``SIGMOID_TUI_PROGRESS_AFTER`` if it is a number of seconds, else :data:`PROGRESS_AFTER`."""
    try:
        return float(os.environ["SIGMOID_TUI_PROGRESS_AFTER"])
    except (KeyError, ValueError):
        return PROGRESS_AFTER


class _WriteFailed(Exception):
    """Writing the output failed for a reason other than a closed pipe."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``) and return its exit status."""
    # Nothing here multiplies matrices, and OpenBLAS starts a thread a core when numpy is
    # imported: one thread takes 30-70 ms off the start-up (more on a busy machine).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # No garbage collection while numpy, Textual and the first frame come in (45-80 ms of it
    # before the first chart); the app lets the collector go once that frame is on screen.
    start_up.hold()
    try:
        return _run(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        # `sigmoid-tui --csv | head` closes the pipe early: that is not an error.
        _silence_stdout()
        return 0
    except _WriteFailed as failed:
        _silence_stdout()
        reason = failed.error.strerror or str(failed.error)
        print(f"{PROG}: error: cannot write the output: {reason}", file=sys.stderr)
        return WRITE_FAILED
    except KeyboardInterrupt:
        return 130
    finally:
        start_up.release()


def _run(argv: Sequence[str]) -> int:
    try:
        options = parse_options(argv)
    except UsageError as exc:
        fail(str(exc))
    except SystemExit as done:
        # --help and --version have written their text: make sure it arrived.
        if done.code in (0, None):
            _flush()
            return 0
        raise
    except BrokenPipeError:
        raise
    except OSError as exc:  # --help or --version into a full disk
        raise _WriteFailed(exc) from exc
    if options.output is Output.PRINT:
        return _print_chart(options)
    if options.output is Output.CSV:
        return _print_csv(options)
    if options.output is Output.QUICK:
        return _print_answers(options)
    if options.output is Output.DESCRIBE:
        from sigmoid_tui.core.words import describe, describe_cursor

        lines = [describe(options.view), "\n"]
        if options.cursor is not None:
            lines += [describe_cursor(options.view, options.cursor), "\n"]
        _write(lines)
        return 0
    if options.serve:
        from sigmoid_tui.cli.serve import serve

        return serve(options, argv)
    return _run_app(options)


def _write(chunks: Iterable[str | bytes]) -> None:
    """Write text or bytes to stdout and flush; a failure other than a closed pipe is fatal."""
    try:
        for chunk in chunks:
            if isinstance(chunk, bytes):
                sys.stdout.flush()
                sys.stdout.buffer.write(chunk)
            else:
                sys.stdout.write(chunk)
        _flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _WriteFailed(exc) from exc


def _flush() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _WriteFailed(exc) from exc


def _print_chart(options: Options) -> int:
    tty = sys.stdout.isatty()
    width, height = print_size(options.width, options.height, tty)
    if width < MIN_PRINT_WIDTH or height < MIN_PRINT_HEIGHT:
        fail(
            f"the terminal is {width}x{height}; --print needs at least "
            f"{MIN_PRINT_WIDTH}x{MIN_PRINT_HEIGHT} cells: give --width and --height"
        )
    marker = _marker_for_stdout(options)

    from sigmoid_tui.chart.figure import render_chart
    from sigmoid_tui.chart.overlay import overlay_for
    from sigmoid_tui.chart.print_colors import reduce_colors
    from sigmoid_tui.chart.style import ChartStyle

    colors = palette(options.color, tty)
    style = ChartStyle(color=colors is not Palette.NONE, marker=marker)
    overlay = overlay_for(options.view, points=options.show_points, log_y=options.log_y)
    text = render_chart(options.view, width, height, style, overlay, options.cursor)
    if colors in (Palette.COLORS_16, Palette.COLORS_256):
        text = reduce_colors(text, 16 if colors is Palette.COLORS_16 else 256)
    _write([text, "\n"])
    return 0


def _marker_for_stdout(options: Options) -> Marker:
    """The marker, ASCII where stdout cannot encode braille and box drawing.

    An explicit ``--marker`` other than ascii that cannot be shown is an error naming the
    way out, rather than a traceback halfway through the chart.
    """
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "⣿┼─│•".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        if options.marker_given and options.marker is not Marker.ASCII:
            fail(
                f"stdout's encoding ({encoding}) cannot show --marker {options.marker.value}: "
                "use --marker ascii, or a UTF-8 locale"
            )
        return Marker.ASCII
    return options.marker


def _print_csv(options: Options) -> int:
    from sigmoid_tui.core.csv_values import csv_blocks, distinct_doubles

    view = options.view
    distinct = distinct_doubles(view.x_min, view.x_max)
    if distinct < view.points:
        print(
            f"{PROG}: note: [{view.x_min!r}, {view.x_max!r}] holds {distinct:,} distinct "
            f"doubles, fewer than the {view.points:,} points: some x repeat",
            file=sys.stderr,
        )
    blocks = csv_blocks(view, exact=options.exact)
    show_progress = sys.stderr.isatty() and not sys.stdout.isatty()
    if not show_progress:
        _write(block.data for block in blocks)
        return 0
    _write_with_progress(blocks, view.points)
    return 0


def _write_with_progress(blocks: Iterable[object], total: int) -> None:
    """Write CSV blocks, with a progress bar on stderr once the work has taken a second."""
    from sigmoid_tui.core.csv_values import CsvBlock

    after = _progress_after()
    start = time.monotonic()
    progress = None
    task = None
    try:
        for block in blocks:
            assert isinstance(block, CsvBlock)
            _write([block.data])
            if progress is None and time.monotonic() - start > after:
                from rich.console import Console
                from rich.progress import Progress

                progress = Progress(console=Console(file=sys.stderr), transient=True)
                progress.start()
                task = progress.add_task("CSV rows", total=total)
            if progress is not None and task is not None:
                progress.update(task, completed=block.rows)
    finally:
        if progress is not None:
            progress.stop()


def _print_answers(options: Options) -> int:
    """``--at`` and ``--solve``: correctly rounded rows; numpy and Textual are never loaded."""
    from sigmoid_tui.core.answers import QUICK_HEADER, answers, csv_row
    from sigmoid_tui.core.invalid import Invalid

    view = options.view
    rows = answers(options.at, options.solve, view.steepness, view.shift)
    if isinstance(rows, Invalid):
        fail(f"argument --solve: {rows.message}")
    _write([QUICK_HEADER + "\n", *(csv_row(row) for row in rows)])
    return 0


def _run_app(options: Options) -> int:
    from pathlib import Path

    # The streams Textual itself reads keys from and draws on.
    problem = why_no_terminal(_is_tty(sys.__stdin__), _is_tty(sys.__stderr__), os.environ)
    if problem is not None:
        if _is_tty(sys.stdout) and not _is_tty(sys.__stderr__):
            # `sigmoid-tui 2>log` at a terminal: say it where the person looks, too.
            print(f"{PROG}: error: {problem}")
        fail(problem)

    from sigmoid_tui.core.settings import settings_path
    from sigmoid_tui.tui.app import SigmoidApp

    app = SigmoidApp(
        options.view,
        marker=options.marker if options.marker_given else None,
        log_y=options.log_y,
        show_points=options.show_points,
        cursor=options.cursor,
        # The app's colours are reduced by Textual, by the same rules as --print's; in 16
        # colours the app picks its own (see SigmoidApp).
        sixteen_colors=palette(Color.ALWAYS, True) is Palette.COLORS_16,
        settings_file=settings_path(os.environ, Path.home()),
    )
    app.run(mouse=options.mouse)
    return app.return_code or 0


def _is_tty(stream: IO[str] | None) -> bool:
    """Whether ``stream`` is a terminal (a closed or missing stream is not)."""
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):
        return False


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
