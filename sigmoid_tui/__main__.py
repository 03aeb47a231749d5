"""The ``sigmoid-tui`` command: read the options, then open the app or print and exit.

``--print`` and ``--csv`` never import Textual: they start in the time numpy and plotext take;
``--at`` and ``--solve`` load neither numpy nor plotext.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .options import Options, Output, UsageError, fail, parse_options

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``) and return its exit status."""
    try:
        options = parse_options(sys.argv[1:] if argv is None else argv)
    except UsageError as exc:
        fail(str(exc))
    try:
        if options.output is Output.PRINT:
            return _print_chart(options)
        if options.output is Output.CSV:
            return _print_csv(options)
        if options.output is Output.QUICK:
            return _print_answers(options)
        return _run_app(options)
    except BrokenPipeError:
        # `sigmoid-tui --csv | head` closes the pipe early: that is not an error.
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130


def _print_chart(options: Options) -> int:
    from .chart import ChartStyle, render_chart

    tty = sys.stdout.isatty()
    width, height = options.print_size(tty)
    style = ChartStyle(color=options.use_color(tty), marker=options.marker)
    sys.stdout.write(render_chart(options.view, width, height, style) + "\n")
    sys.stdout.flush()
    return 0


def _print_csv(options: Options) -> int:
    from .export import write_csv

    write_csv(options.view, sys.stdout, exact=options.exact)
    sys.stdout.flush()
    return 0


def _print_answers(options: Options) -> int:
    """``--at`` and ``--solve``: correctly rounded rows; numpy and Textual are never loaded."""
    from .parsing import Invalid
    from .quick import QUICK_HEADER, answers, csv_row

    view = options.view
    rows = answers(options.at, options.solve, view.steepness, view.shift)
    if isinstance(rows, Invalid):
        fail(f"argument --solve: {rows.message}")
    sys.stdout.write(QUICK_HEADER + "\n" + "".join(csv_row(row) for row in rows))
    sys.stdout.flush()
    return 0


def _run_app(options: Options) -> int:
    from .app import SigmoidApp

    app = SigmoidApp(options.view, marker=options.marker)
    app.run()
    return app.return_code or 0


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's flush at exit cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


if __name__ == "__main__":
    sys.exit(main())
