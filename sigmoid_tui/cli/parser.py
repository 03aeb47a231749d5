"""The command line as argparse reads it: every option, its help and the examples of --help.

Every value is read by :mod:`sigmoid_tui.core.parsing`, the same functions the app uses, so
both accept the same spellings; what the options mean together is :mod:`.options`' job.
Nothing here imports Textual.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn, TypeVar

from sigmoid_tui.cli.output import DEFAULT_HOST, DEFAULT_PORT, Output
from sigmoid_tui.cli.terminal import Color
from sigmoid_tui.cli.usage import PROG, UsageError

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from sigmoid_tui.core.answers import Equation

from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.parsing import (
    MAX_CELLS,
    parse_cells,
    parse_depth,
    parse_marker,
    parse_mode,
    parse_number,
    parse_points,
    parse_shift,
    parse_steepness,
    parse_weight,
)
from sigmoid_tui.core.view import (
    DEFAULT_POINTS,
    DEFAULT_SHIFT,
    DEFAULT_STEEPNESS,
    DEFAULT_X_MAX,
    DEFAULT_X_MIN,
    MAX_DEPTH,
    MAX_POINTS,
    MAX_WEIGHT,
    MIN_PRINT_HEIGHT,
    MIN_PRINT_WIDTH,
    Mode,
)

__all__ = ["build_parser", "parse_port"]


T = TypeVar("T")


_EXAMPLES = f"""\
examples:
  {PROG}                                   explore interactively (x from -10 to 10)
  {PROG} --range -5 5 --mode derivative    open the app on S'(x) over [-5, 5]
  {PROG} --print                           draw both curves to stdout and exit
  {PROG} --print --mode sigmoid --width 80 --height 24 > chart.txt
  {PROG} --csv --range -1e-9 3e-9 --points 5
  {PROG} --print --steepness 5 --shift -1    S(5(x + 1)): steeper, moved left
  {PROG} --csv --points 1000000 > values.csv
  {PROG} --at 40                           S, S' and S'' at x = 40, correctly rounded
  {PROG} --at -1e-9 2.5 --steepness 3      several x, for S(3x)
  {PROG} --solve S=0.99                    the x where S = 0.99
  {PROG} --solve "S'=0.1"                  both x where the slope is 0.1
  {PROG} --csv --points 11                 every value correctly rounded, for test vectors
  {PROG} --print --mode compare --depth 10 the gradient through 10 layers: sigmoid, tanh, ReLU
  {PROG} --print --mode compare --depth 10 --weight 8  weights of 8: it explodes
  {PROG} --describe --mode compare         the view in plain sentences

Numbers are read as Python reads floats: -1e-9, .5, 1_000 and U+2212 minus all work.
Points take a whole number from 2 to {MAX_POINTS:,} (1000, 1_000 and 1e3 alike).
NO_COLOR=1 turns colour off; --print into a pipe is always plain text.
--print needs at least {MIN_PRINT_WIDTH}x{MIN_PRINT_HEIGHT} cells (title, legend, labels).
Exit status: 0 done, 1 the output could not be written, 2 bad input, 130 interrupted.
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(_one_line(message))

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        # argparse swallows write errors here; a full disk must not pass for a printed --help.
        if message:
            (file or sys.stdout).write(message)


def _one_line(text: str) -> str:
    """``text`` with control characters (a newline in an argument, say) shown as escapes."""
    return "".join(char if char.isprintable() or char == " " else repr(char)[1:-1] for char in text)


def _argument_type(parse: Callable[..., T | Invalid], *extra: object) -> Callable[[str], T]:
    """An argparse ``type`` that calls one of our parsers and turns Invalid into its message."""

    def convert(text: str) -> T:
        result = parse(text, *extra)
        if isinstance(result, Invalid):
            raise argparse.ArgumentTypeError(result.message)
        return result

    return convert


def _parse_equation(text: str) -> Equation | Invalid:
    """:func:`~sigmoid_tui.core.answers.parse_equation`, imported only when ``--solve`` is
    given: the solver is not needed to open the explorer."""
    from sigmoid_tui.core.answers import parse_equation

    return parse_equation(text)


def _parse_width(text: str) -> int:
    return _argument_type(parse_cells, "width", MIN_PRINT_WIDTH)(text)


def _parse_height(text: str) -> int:
    return _argument_type(parse_cells, "height", MIN_PRINT_HEIGHT)(text)


class _VersionAction(argparse.Action):
    """--version, looking the version up only when asked (its lookup is slow to import)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help")))

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        import sigmoid_tui

        print(f"{PROG} {sigmoid_tui.__version__}")
        parser.exit()


def build_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description=(
            "Explore the sigmoid S(x) = 1/(1+e^-x) and its derivative S'(x) = S(x)(1-S(x)) "
            "in the terminal. Without --print, --csv, --at, --solve or --describe it opens "
            "the interactive explorer; with one of them it prints its answer and exits."
        ),
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument(
        "--range",
        action="append",
        metavar="MIN MAX",
        dest="range",
        help=f"x range to sample (default: {DEFAULT_X_MIN:g} {DEFAULT_X_MAX:g})",
    )
    parser.add_argument(
        "--points",
        type=_argument_type(parse_points),
        default=DEFAULT_POINTS,
        metavar="N",
        help=f"number of evenly spaced samples, 2 to {MAX_POINTS:,} (default: {DEFAULT_POINTS})",
    )
    parser.add_argument(
        "--steepness",
        type=_argument_type(parse_steepness),
        default=DEFAULT_STEEPNESS,
        metavar="K",
        help="k in S(k(x - x0)), above 0 and at most 1e6 (default: 1)",
    )
    parser.add_argument(
        "--shift",
        type=_argument_type(parse_shift),
        default=DEFAULT_SHIFT,
        metavar="X0",
        help="x0 in S(k(x - x0)), where the curve crosses 1/2 (default: 0)",
    )
    parser.add_argument(
        "--mode",
        type=_argument_type(parse_mode),
        default=Mode.BOTH,
        metavar="{sigmoid,derivative,both,compare}",
        help="which curves to draw; compare: the derivatives of sigmoid, tanh and ReLU "
        "(default: both)",
    )
    outputs = parser.add_mutually_exclusive_group()
    outputs.add_argument(
        "--print",
        dest="output",
        action="store_const",
        const=Output.PRINT,
        help="draw the chart to stdout and exit",
    )
    outputs.add_argument(
        "--describe",
        dest="output",
        action="store_const",
        const=Output.DESCRIBE,
        help="describe the view in a few plain sentences and exit",
    )
    outputs.add_argument(
        "--csv",
        dest="output",
        action="store_const",
        const=Output.CSV,
        help="write x,sigmoid,derivative for every point to stdout and exit",
    )
    parser.add_argument(
        "--depth",
        type=_argument_type(parse_depth),
        default=None,
        metavar="N",
        help=f"with --mode compare: each derivative to the N-th power, the factor through N "
        f"layers, 1 to {MAX_DEPTH} (default: 1)",
    )
    parser.add_argument(
        "--weight",
        type=_argument_type(parse_weight),
        default=None,
        metavar="W",
        help=f"with --mode compare: each derivative times W before the power, (W f')^N, as a "
        f"layer of weight W multiplies a gradient; above 0, at most {MAX_WEIGHT:g} (default: 1)",
    )
    parser.add_argument(
        "--at",
        action="append",
        type=_argument_type(parse_number, "x"),
        metavar="X",
        help="write x,sigmoid,derivative,second_derivative at each X, correctly rounded "
        "(several X may follow one --at)",
    )
    parser.add_argument(
        "--solve",
        action="append",
        type=_argument_type(_parse_equation),
        metavar="EQ",
        help="write the same columns at each x where EQ holds: S=P or S'=Q (also sigmoid=P, "
        "derivative=Q, or a prefix such as d=0.1); may be given with --at",
    )
    parser.add_argument(
        "--exact",
        action="store_true",
        help="with --csv: accepted and changes nothing (every value is correctly rounded)",
    )
    parser.add_argument(
        "--width",
        type=_parse_width,
        metavar="W",
        help=f"--print chart width in cells, {MIN_PRINT_WIDTH} to {MAX_CELLS:,} "
        "(default: the terminal's, 100 in a pipe)",
    )
    parser.add_argument(
        "--height",
        type=_parse_height,
        metavar="H",
        help=f"--print chart height in cells, {MIN_PRINT_HEIGHT} to {MAX_CELLS:,} "
        "(default: the terminal's less one line, 30 in a pipe)",
    )
    parser.add_argument(
        "--marker",
        type=_argument_type(parse_marker),
        default=None,
        metavar="{braille,hd,dot,ascii}",
        help="curve glyphs: braille is finest, ascii suits any terminal (default: braille)",
    )
    parser.add_argument(
        "--color",
        type=Color,
        choices=list(Color),
        default=Color.AUTO,
        metavar="{auto,always,never}",
        help="--print colour: auto is a terminal without NO_COLOR (default: auto)",
    )
    parser.add_argument(
        "--log",
        action="store_true",
        help="logarithmic y axis, in the app and with --print",
    )
    parser.add_argument(
        "--show-points",
        action="store_true",
        help="mark the points of interest, in the app and with --print",
    )
    parser.add_argument(
        "--cursor",
        type=_argument_type(parse_number, "cursor"),
        metavar="X",
        help="the cursor at X, inside the range: where the app starts, drawn by --print, "
        "read out by --describe (default: x0, or mid-range)",
    )
    parser.add_argument(
        "--no-mouse",
        dest="mouse",
        action="store_false",
        help="leave the mouse to the terminal, for its own text selection",
    )
    parser.add_argument(
        "--serve",
        action="store_true",
        help="serve the explorer to a web browser (needs sigmoid-tui[serve]); no "
        "authentication: keep the default host, or use an SSH tunnel",
    )
    parser.add_argument(
        "--host",
        metavar="HOST",
        help=f"with --serve: the address to listen on (default: {DEFAULT_HOST}, this machine only)",
    )
    parser.add_argument(
        "--port",
        type=_argument_type(parse_port),
        metavar="PORT",
        help=f"with --serve: the port to listen on, 1 to 65535 (default: {DEFAULT_PORT})",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    return parser


def parse_port(text: str) -> int | Invalid:
    """A TCP port, 1 to 65535, or why not."""
    clean = text.strip()
    if not clean.isascii() or not clean.isdigit() or not 1 <= int(clean) <= 65535:
        return Invalid(f"port must be a whole number from 1 to 65535, not {clean[:20]!r}")
    return int(clean)
