"""The command line, read into :class:`Options`: what to draw and where to send it.

:mod:`.parser` holds the options as argparse sees them; here they are checked together (an
option where it means nothing is refused, so that a mistyped command says so) and turned into
one :class:`Options`. :mod:`.argv` lets a value start with '-'. Nothing here imports Textual,
so ``--print`` and ``--csv`` start fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sigmoid_tui.cli.output import DEFAULT_HOST, DEFAULT_PORT, Output
from sigmoid_tui.cli.terminal import Color
from sigmoid_tui.cli.usage import UsageError
from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.parsing import (
    parse_range,
)

if TYPE_CHECKING:
    import argparse

    from sigmoid_tui.core.answers import Equation

from sigmoid_tui.core.view import (
    DEFAULT_WEIGHT,
    DEFAULT_X_MAX,
    DEFAULT_X_MIN,
    Marker,
    Mode,
    View,
)

__all__ = ["NO_OPTIONS", "Options", "parse_options", "read_options"]


@frozen
class Options:
    """Everything the command line asked for, validated."""

    view: View
    """What to draw."""
    output: Output
    """Where to send it."""
    width: int | None
    """Chart width in cells for ``--print``; None: the terminal's, or 100 in a pipe."""
    height: int | None
    """Chart height in cells for ``--print``; None: the terminal's, or 30 in a pipe."""
    color: Color
    """Colour for ``--print``: auto (a terminal without NO_COLOR), always or never."""
    marker: Marker = Marker.BRAILLE
    """The glyphs the curves are drawn with, in ``--print`` and in the app."""
    at: tuple[float, ...] = ()
    """``--at``: the x to give the values at, in the order given."""
    solve: tuple[Equation, ...] = ()
    """``--solve``: the equations to solve, in the order given."""
    exact: bool = False
    """``--csv --exact``: accepted; every row of ``--csv`` is correctly rounded anyway."""
    marker_given: bool = False
    """Whether ``--marker`` was given (else a stdout without braille falls back to ascii)."""
    log_y: bool = False
    """``--log``: the y axis logarithmic, in the app and in ``--print``."""
    show_points: bool = False
    """``--show-points``: the points of interest marked, in the app and in ``--print``."""
    cursor: float | None = None
    """``--cursor X``: where the app's cursor starts, and drawn by ``--print`` and read out by
    ``--describe``; None: the inflection point (or mid-range), and none in --print."""
    mouse: bool = True
    """False with ``--no-mouse``: the terminal keeps the mouse, for its own text selection."""
    serve: bool = False
    """``--serve``: the explorer in a browser tab through textual-serve."""
    host: str = DEFAULT_HOST
    """Where ``--serve`` listens: the loopback interface unless ``--host`` says otherwise."""
    port: int = DEFAULT_PORT
    """The port ``--serve`` listens on."""


def parse_options(argv: Sequence[str]) -> Options:
    """Read the command line; raises :class:`UsageError` with a one-line message.

    With no options at all (the README's ``sigmoid-tui``) this is :data:`NO_OPTIONS`, and
    argparse is neither imported nor built: 2 ms of the app's start-up. A test holds the two
    ways to the same answer.
    """
    if not argv:
        return NO_OPTIONS
    return read_options(argv)


def read_options(argv: Sequence[str]) -> Options:
    """Read the command line with argparse, whatever it holds (:func:`parse_options`)."""
    import argparse

    from sigmoid_tui.cli.argv import glue_values
    from sigmoid_tui.cli.parser import build_parser

    parser = build_parser()
    try:
        ns = parser.parse_args(glue_values(argv))
    except argparse.ArgumentError as exc:  # pragma: no cover - error() raises first
        raise UsageError(str(exc)) from None
    x_min, x_max = DEFAULT_X_MIN, DEFAULT_X_MAX
    if ns.range is not None:
        if len(ns.range) % 2:
            raise UsageError("argument --range: needs two numbers, MIN and MAX")
        bounds = parse_range(ns.range[-2], ns.range[-1])
        if isinstance(bounds, Invalid):
            raise UsageError(f"argument --range: {bounds.message}")
        x_min, x_max = bounds
    output = ns.output or Output.APP
    if ns.at is not None or ns.solve is not None:
        if output is not Output.APP:
            first = "--at" if ns.at is not None else "--solve"
            raise UsageError(f"argument {first}: not allowed with argument --{output.value}")
        output = Output.QUICK
    if ns.depth is not None and ns.mode is not Mode.COMPARE:
        raise UsageError("argument --depth: only applies with --mode compare")
    if ns.weight is not None and ns.mode is not Mode.COMPARE:
        raise UsageError("argument --weight: only applies with --mode compare")
    if ns.exact and output is not Output.CSV:
        raise UsageError("argument --exact: only applies with --csv")
    _check_view_options(ns, output, x_min, x_max)
    if output is not Output.PRINT:
        for name in ("width", "height", "color"):
            given = getattr(ns, name)
            if given is not None and given is not Color.AUTO:
                raise UsageError(f"argument --{name}: only applies with --print")
    return Options(
        view=View(
            x_min=x_min,
            x_max=x_max,
            points=ns.points,
            mode=ns.mode,
            steepness=ns.steepness,
            shift=ns.shift,
            depth=ns.depth or 1,
            weight=ns.weight or DEFAULT_WEIGHT,
        ),
        output=output,
        width=ns.width,
        height=ns.height,
        color=ns.color,
        marker=ns.marker or Marker.BRAILLE,
        marker_given=ns.marker is not None,
        at=tuple(ns.at or ()),
        solve=tuple(ns.solve or ()),
        exact=ns.exact,
        log_y=ns.log,
        show_points=ns.show_points,
        cursor=ns.cursor,
        mouse=ns.mouse,
        serve=ns.serve,
        host=DEFAULT_HOST if ns.host is None else ns.host,
        port=DEFAULT_PORT if ns.port is None else ns.port,
    )


NO_OPTIONS = Options(view=View(), output=Output.APP, width=None, height=None, color=Color.AUTO)
"""What a command line with no options asks for: the app on the article's view, every option
at its default (as argparse reads an empty command line: :func:`read_options`)."""


def _check_view_options(ns: argparse.Namespace, output: Output, low: float, high: float) -> None:
    """Refuse an option where it means nothing, so that a mistyped command says so."""
    drawn = (Output.APP, Output.PRINT)
    for flag, given in (("--log", ns.log), ("--show-points", ns.show_points)):
        if given and output not in drawn:
            raise UsageError(f"argument {flag}: only applies to the app and --print")
    if ns.cursor is not None:
        if output not in (*drawn, Output.DESCRIBE):
            raise UsageError("argument --cursor: only applies to the app, --print and --describe")
        if not low <= ns.cursor <= high:
            raise UsageError(
                f"argument --cursor: {ns.cursor!r} is outside the range [{low!r}, {high!r}]"
            )
    if not ns.mouse and output is not Output.APP:
        raise UsageError("argument --no-mouse: only applies to the app")
    if ns.serve and output is not Output.APP:
        raise UsageError(f"argument --serve: not allowed with argument --{output.value}")
    for flag, value in (("--host", ns.host), ("--port", ns.port)):
        if value is not None and not ns.serve:
            raise UsageError(f"argument {flag}: only applies with --serve")
    if ns.host is not None and (not ns.host.strip() or not ns.host.isprintable()):
        raise UsageError("argument --host: give a host name or an address")
