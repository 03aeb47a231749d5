"""The command line: --print and --csv for quick checks, one clear line for every bad input."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from sigmoid_tui.chart.style import DERIVATIVE_LABEL, SIGMOID_LABEL, TITLES
from sigmoid_tui.cli.main import main
from sigmoid_tui.cli.terminal import Palette, why_no_terminal
from sigmoid_tui.cli.usage import UsageError
from sigmoid_tui.core.exact import values_at
from sigmoid_tui.core.view import Mode

from .reference import exact_derivative, exact_sigmoid, nearest_double


def drain(leader: int) -> bytes:
    """Everything written to a pseudo-terminal until its other end closes; then close it."""
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed: EIO on Linux
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks)


def digits(text: str) -> str:
    """The significant digits of a number's spelling: '0.000045' and '4.5e-05' both '45'."""
    mantissa = text.lower().lstrip("+-").split("e")[0].replace(".", "")
    return mantissa.strip("0") or "0"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command as a person runs it, in a fresh process with no terminal."""
    return subprocess.run(
        [sys.executable, "-m", "sigmoid_tui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


BAD_INPUTS = [
    (["--range", "5", "1"], "x min must be less than x max"),
    (["--range", "3", "3"], "x min must be less than x max"),
    (["--range", "nan", "1"], "not NaN"),
    (["--range", "-inf", "1"], "must be finite"),
    (["--range", "0", "1e309"], "too large"),
    (["--range", "a", "1"], "'a' is not a number"),
    (["--range", "1"], "needs two numbers"),
    (["--range", "1", "--print"], "needs two numbers"),
    (["--range"], "needs two numbers"),
    (["--points", "1"], "at least 2"),
    (["--points", "10000001"], "at most 10,000,000"),
    (["--points", "2.5"], "whole number"),
    (["--points", "many"], "not a number"),
    (["--points"], "expected one argument"),
    (["--mode", "relu"], "not one of sigmoid, derivative, both"),
    (["--print", "--width", "0"], "width must be"),
    (["--print", "--height", "-3"], "height must be"),
    (["--csv", "--width", "80"], "only applies with --print"),
    (["--print", "--csv"], "not allowed with"),
    (["--frobnicate"], "unrecognized arguments: --frobnicate"),
    (["extra"], "unrecognized arguments: extra"),
]


@pytest.mark.parametrize(("args", "words"), BAD_INPUTS)
def test_bad_input_is_one_line_on_stderr_and_status_2(
    args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """No traceback: one line that names the problem, nothing on stdout, exit status 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("sigmoid-tui: error: ")
    assert words in err


def test_bad_input_in_a_real_process_has_no_traceback() -> None:
    """The same, through the real entry point."""
    result = run("--range", "5", "1", "--print")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "sigmoid-tui: error: argument --range: x min must be less than x max\n"


@pytest.mark.parametrize("mode", list(Mode))
def test_print_draws_each_mode_with_title_labels_and_legend(
    mode: Mode, capsys: pytest.CaptureFixture[str]
) -> None:
    """--print shows the article's chart for the mode; into a pipe, plain text 100x30."""
    assert main(["--print", "--mode", mode.value]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 30
    assert max(map(len, lines)) == 100
    assert TITLES[mode] in out
    assert "\x1b" not in out
    legend = re.findall(r"(?:⢕⢕|••|xx) (Sigmoid(?: Derivative)?'?|Tanh'|ReLU')", out)
    expected = {
        Mode.SIGMOID: [SIGMOID_LABEL],
        Mode.DERIVATIVE: [DERIVATIVE_LABEL],
        Mode.BOTH: [SIGMOID_LABEL, DERIVATIVE_LABEL],
        Mode.COMPARE: ["Sigmoid'", "Tanh'", "ReLU'"],
    }
    assert legend == expected[mode]


def test_print_in_a_pipe_has_no_escape_codes_and_colour_can_be_forced() -> None:
    """A pipe gets plain text; --color always gives the article's RGB colours anyway."""
    plain = run("--print", "--width", "100", "--height", "30")
    assert plain.returncode == 0
    assert "\x1b" not in plain.stdout
    assert "Sigmoid Function and Its Derivative" in plain.stdout
    coloured = run("--print", "--color", "always", env={"COLORTERM": "truecolor"})
    assert "\x1b[38;2;31;119;180m" in coloured.stdout


@pytest.mark.parametrize(
    ("tty", "env", "palette"),
    [
        (True, {"TERM": "xterm-256color", "COLORTERM": "truecolor"}, Palette.TRUECOLOR),
        (True, {"TERM": "xterm-256color"}, Palette.COLORS_256),
        (True, {"TERM": "xterm"}, Palette.COLORS_16),
        (True, {"TERM": "linux"}, Palette.COLORS_16),
        (True, {"TERM": "dumb"}, Palette.NONE),
        (True, {"TERM": "vt100"}, Palette.NONE),
        (True, {"TERM": "vt220"}, Palette.NONE),
        (True, {}, Palette.NONE),
        (True, {"TERM": "xterm-256color", "NO_COLOR": "1"}, Palette.NONE),
        (False, {"TERM": "xterm-256color", "COLORTERM": "truecolor"}, Palette.NONE),
    ],
)
def test_colour_follows_the_terminal(tty: bool, env: dict[str, str], palette: Palette) -> None:
    """24-bit, 256 or 16 colours as the terminal says; none for dumb, VT100, NO_COLOR, pipes."""
    from sigmoid_tui.cli.options import parse_options
    from sigmoid_tui.cli.terminal import palette as colors

    assert colors(parse_options(["--print"]).color, tty, env) is palette


def test_print_does_not_import_textual() -> None:
    """--print and --csv start fast: Textual never loads."""
    code = (
        "import sys; from sigmoid_tui.cli.main import main; "
        "main(['--print']); main(['--csv', '--points', '3']); "
        "sys.stderr.write(str(any(m == 'textual' or m.startswith('textual.') "
        "for m in sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stderr == "False"


def test_csv_has_all_points_and_reads_back_to_the_same_doubles(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Header x,sigmoid,derivative; N rows; each field the shortest round-trip form."""
    assert main(["--csv", "--range", "-1e-9", "3e-9", "--points", "1001"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["x", "sigmoid", "derivative"]
    body = np.array(rows[1:], dtype=np.float64)
    assert body.shape == (1001, 3)
    x = np.linspace(-1e-9, 3e-9, 1001)
    assert np.array_equal(body[:, 0], x)
    want = np.array([values_at(a).row()[1:3] for a in x.tolist()])
    assert np.array_equal(body[:, 1:], want)  # each value the nearest double to the true one
    assert all(digits(field) == digits(repr(float(field))) for row in rows[1:] for field in row)


def test_csv_of_the_full_range_agrees_with_mpmath() -> None:
    """The issue's check: --range -745.5 745.5 --points 14911, every value mpmath's, rounded."""
    result = run("--csv", "--range", "-745.5", "745.5", "--points", "14911")
    assert result.returncode == 0
    rows = result.stdout.splitlines()
    assert len(rows) == 14912
    for row in rows[1::7]:  # every 7th row keeps the test quick; the grid test covers the rest
        x, s, d = (float(v) for v in row.split(","))
        for value, exact in ((s, exact_sigmoid(x)), (d, exact_derivative(x))):
            assert value == nearest_double(exact), row


def test_csv_into_a_closed_pipe_is_not_an_error() -> None:
    """`sigmoid-tui --csv | head -1` stops quietly."""
    result = subprocess.run(
        f"'{sys.executable}' -m sigmoid_tui --csv --points 200000 | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout == "x,sigmoid,derivative\n"
    assert "Traceback" not in result.stderr
    assert "Error" not in result.stderr


def test_help_has_examples_and_version_has_the_version() -> None:
    """--help shows the options and examples; --version the installed version."""
    from sigmoid_tui import __version__

    result = run("--help")
    assert result.returncode == 0
    for words in ("--range MIN MAX", "--points N", "--print", "--csv", "examples:"):
        assert words in result.stdout
    version = run("--version")
    assert version.stdout.strip() == f"sigmoid-tui {__version__}"


def test_negative_bounds_in_every_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    """-1e-9, -inf-like words, -.5 and U+2212 are numbers after --range, not option names."""
    for low in ("-1e-9", "-.5", "-1E+2", "\u22123", "-0"):
        assert main(["--csv", "--points", "2", "--range", low, "4"]) == 0
        first = capsys.readouterr().out.splitlines()[1]
        assert float(first.split(",")[0]) == float(low.replace("\u2212", "-"))


def test_at_answers_in_order_with_exact_values() -> None:
    """--at 40 -3 2.5: one row per x, in the order given, each value the nearest double."""
    result = run("--at", "40", "-3", "2.5", "-1e-9")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["x", "sigmoid", "derivative", "second_derivative"]
    assert [r[0] for r in rows[1:]] == ["40.0", "-3.0", "2.5", "-1e-09"]
    assert rows[1][2] == "4.248354255291589e-18"
    assert rows[3][1] == "0.9241418199787564"
    assert rows[4][1] == "0.49999999975"


def test_solve_gives_every_solution_ascending_after_the_at_rows() -> None:
    """--at 0 --solve S=0.99 "S'=0.1": the --at row, then one root, then two ascending."""
    result = run("--at", "0", "--solve", "S=0.99", "S'=0.1")
    assert result.returncode == 0, result.stderr
    xs = [line.split(",")[0] for line in result.stdout.splitlines()[1:]]
    assert xs == ["0.0", "4.595119850134589", "-2.0634370688955603", "2.0634370688955603"]


@pytest.mark.parametrize(
    ("words", "x"),
    [
        (["s=0.9"], 2.1972245773362196),
        (["sigmoid=0.9"], 2.1972245773362196),
        (["d=0.25"], 0.0),
        (["derivative=0.5", "--steepness", "2", "--shift", "1"], 1.0),
    ],
)
def test_solve_accepts_the_words_and_their_prefixes(words: list[str], x: float) -> None:
    """s=, sigmoid=, d=, derivative=: the same equations as S= and S'= (k/4 is the peak)."""
    result = run("--solve", *words)
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()[1:]
    assert float(rows[0].split(",")[0]) == x


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--solve", "S'=0.3"], "S' = 0.3 has no solution: S' takes values in (0, 0.25]"),
        (["--solve", "S=1"], "S = 1.0 has no solution: S takes values in (0, 1)"),
        (["--solve", "S'=0.6", "--steepness", "2"], "S' takes values in (0, 0.5]"),
        (["--solve", "x=3"], "'x' is not S, S', sigmoid or derivative"),
        (["--at", "abc"], "argument --at: x 'abc' is not a number"),
        (["--at", "1", "--print"], "argument --at: not allowed with argument --print"),
        (["--exact"], "argument --exact: only applies with --csv"),
    ],
)
def test_quick_answers_refuse_bad_input_in_one_line(args: list[str], words: str) -> None:
    """A value out of reach, an unknown curve, a bad x: exit 2 and one line naming it."""
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert words in result.stderr


def test_quick_answers_load_neither_textual_nor_numpy() -> None:
    """--at and --solve start without the app, numpy or plotext."""
    code = (
        "import sys; from sigmoid_tui.cli.main import main; main(['--at', '1', '--solve', "
        "'S=0.5']); print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'textual', 'numpy', 'plotext', 'rich'}), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stderr.strip() == "[]"


def test_csv_exact_rows_are_the_nearest_doubles() -> None:
    """--csv --exact: the same bytes as --csv, and S, S' each correctly rounded."""
    exact = run("--csv", "--exact", "--range", "-40", "40", "--points", "81", "--steepness", "3")
    plain = run("--csv", "--range", "-40", "40", "--points", "81", "--steepness", "3")
    assert exact.returncode == 0, exact.stderr
    rows = list(csv.reader(io.StringIO(exact.stdout)))
    assert rows[0] == ["x", "sigmoid", "derivative"]
    assert exact.stdout == plain.stdout
    for x, s, d in rows[1:]:
        want = values_at(float(x), 3.0)
        assert (float(s), float(d)) == (want.sigmoid, want.derivative)


@pytest.mark.parametrize(
    "args",
    [
        ["--csv"],
        ["--csv", "--exact", "--points", "5"],
        ["--print"],
        ["--at", "1"],
        ["--solve", "S=0.5"],
        ["--version"],
        ["--help"],
    ],
)
def test_a_full_disk_is_one_line_and_status_1(args: list[str]) -> None:
    """Every output into /dev/full: exit 1 and one line naming the problem, no traceback."""
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "sigmoid_tui", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr == "sigmoid-tui: error: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("args", [["--print"], ["--at", "1", "2"], ["--help"], ["--version"]])
def test_a_closed_pipe_is_quiet_for_every_output(args: list[str]) -> None:
    """The reader goes away at once: nothing on stderr, status 0."""
    process = subprocess.Popen(
        [sys.executable, "-m", "sigmoid_tui", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert err == b""


def labels_in_order(text: str) -> bool:
    """The y tick labels rise from bottom to top and the x tick labels from left to right."""
    lines = text.splitlines()
    ys = [float(m.group(1)) for line in lines if (m := re.match(r"^\s*(-?[\d.e+-]+)[┼┤├+]", line))]
    frame = next(i for i, line in enumerate(lines) if "└" in line or line.lstrip().startswith("++"))
    xs = [float(word) for word in lines[frame + 1].split()]
    return ys == sorted(ys, reverse=True) and len(ys) >= 2 and xs == sorted(xs) and len(xs) >= 2


@pytest.mark.parametrize("height", range(1, 13))
def test_print_at_every_small_height_refuses_or_draws_labels_in_order(height: int) -> None:
    """Heights 1..12: below 10 exit 2 naming the minimum; from 10 a chart, labels in order."""
    result = run("--print", "--width", "60", "--height", str(height))
    if height < 10:
        assert result.returncode == 2
        assert "height must be a whole number of cells from 10 to 10,000" in result.stderr
        assert result.stdout == ""
    else:
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) == height
        assert "Sigmoid Function and Its Derivative" in result.stdout
        assert labels_in_order(result.stdout)


@pytest.mark.parametrize("width", range(1, 41))
def test_print_at_every_small_width_refuses_or_draws_labels_in_order(width: int) -> None:
    """Widths 1..40: below 40 exit 2 naming the minimum; at 40 the title, legend and labels."""
    from sigmoid_tui.chart.figure import render_chart
    from sigmoid_tui.chart.style import ChartStyle
    from sigmoid_tui.cli.options import parse_options

    argv = ["--print", "--width", str(width), "--height", "12"]
    if width < 40:
        with pytest.raises(UsageError, match="width must be a whole number of cells from 40 to"):
            parse_options(argv)
        return
    options = parse_options(argv)

    text = render_chart(options.view, width, 12, ChartStyle(color=False))
    assert "Sigmoid Function and Its Derivative" in text
    assert "Sigmoid Derivative" in text
    assert labels_in_order(text)


@pytest.mark.terminal
def test_a_terminal_smaller_than_the_chart_is_refused() -> None:
    """--print into a 30x8 terminal without --width: one line with the sizes and the way out."""
    import pty

    leader, follower = pty.openpty()
    import fcntl
    import struct
    import termios

    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 8, 30, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    result = subprocess.run(
        [sys.executable, "-m", "sigmoid_tui", "--print"],
        stdout=follower,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    os.close(follower)
    os.close(leader)
    assert result.returncode == 2
    assert "the terminal is 30x7; --print needs at least 40x10 cells" in result.stderr


@pytest.mark.terminal
@pytest.mark.parametrize("term", ["dumb", "vt100"])
def test_poor_terminals_get_no_escape_codes(term: str) -> None:
    """TERM=dumb or vt100 on a real terminal: plain text, no colour codes."""
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": term}
    env.pop("NO_COLOR", None)
    result = subprocess.run(
        [sys.executable, "-m", "sigmoid_tui", "--print", "--width", "60", "--height", "12"],
        stdout=follower,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
        env=env,
    )
    os.close(follower)
    out = drain(leader).decode()
    assert result.returncode == 0
    assert "Sigmoid Function" in out
    assert "\x1b[" not in out


def test_a_16_colour_terminal_gets_16_colour_codes() -> None:
    """TERM=xterm without COLORTERM: the blue and orange as ANSI blue (34) and yellow (33)."""
    result = run("--print", "--color", "always", env={"TERM": "xterm", "COLORTERM": ""})
    assert "\x1b[34m" in result.stdout
    assert "\x1b[33m" in result.stdout
    assert "38;2;" not in result.stdout


def test_an_ascii_only_stdout_gets_the_ascii_chart_or_one_line() -> None:
    """LC_ALL=C without UTF-8 mode: the ASCII marker and frame; --marker braille: one line."""
    env = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    result = run("--print", "--width", "60", "--height", "12", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.isascii()
    assert "++----" in result.stdout
    refused = run("--print", "--marker", "braille", env=env)
    assert refused.returncode == 2
    assert "cannot show --marker braille: use --marker ascii" in refused.stderr
    assert len(refused.stderr.splitlines()) == 1
    help_text = run("--help", env=env)
    assert help_text.returncode == 0, help_text.stderr


def test_a_range_with_fewer_doubles_than_points_says_so() -> None:
    """--range 0 5e-324 --points 3: the rows as asked, and one line on stderr."""
    result = run("--csv", "--range", "0", "5e-324", "--points", "3")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 4
    assert result.stderr == (
        "sigmoid-tui: note: [0.0, 5e-324] holds 2 distinct doubles, fewer than the 3 points: "
        "some x repeat\n"
    )
    assert run("--csv", "--points", "3").stderr == ""


@pytest.mark.terminal
def test_a_long_csv_into_a_file_shows_progress_on_a_terminals_stderr(tmp_path: Path) -> None:
    """A long CSV into a file, stderr a terminal: a progress bar appears there (after
    SIGMOID_TUI_PROGRESS_AFTER seconds, here 0), and the file is whole; with stderr not a
    terminal nothing extra is printed."""
    import pty

    out = tmp_path / "values.csv"
    leader, follower = pty.openpty()
    with out.open("wb") as stdout:
        process = subprocess.Popen(
            [sys.executable, "-m", "sigmoid_tui", "--csv", "--points", "1000000"],
            stdout=stdout,
            stderr=follower,
            env={**os.environ, "SIGMOID_TUI_PROGRESS_AFTER": "0"},
        )
        os.close(follower)
        shown = drain(leader).decode(errors="replace")
        assert process.wait(timeout=120) == 0
    assert "CSV rows" in shown
    assert "%" in shown
    with out.open("rb") as saved:
        assert sum(1 for _ in saved) == 1_000_001
    quiet = subprocess.run(
        [sys.executable, "-m", "sigmoid_tui", "--csv", "--points", "300000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=120,
        check=True,
        env={**os.environ, "SIGMOID_TUI_PROGRESS_AFTER": "0"},
    )
    assert quiet.stderr == b""


@pytest.mark.parametrize("args", [[], ["--mode", "compare"]])
def test_the_explorer_without_a_terminal_says_so_and_stops(args: list[str]) -> None:
    """``sigmoid-tui < /dev/null 2>log`` (a script, a cron job, a pipe): the explorer has no keys
    to read and nowhere to draw, so it says what to use instead and exits 2 at once. It ran and
    repainted for ever, alternating 24 and 25 rows, writing hundreds of KB to the pipe."""
    result = subprocess.run(
        [sys.executable, "-m", "sigmoid_tui", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "TEXTUAL_DRIVER"},
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "sigmoid-tui: error: the explorer needs a terminal: it reads keys from stdin and draws "
        "on stderr, and neither stdin nor stderr is one. In a pipe or a script use --print for "
        "the chart, --csv for the values, or --describe, --at or --solve\n"
    )


def test_the_explorer_needs_both_ends_of_a_terminal() -> None:
    """Keys from a terminal but the screen into a file, or the other way round, name the one
    that is missing; a browser tab's driver (``--serve``) needs neither."""
    env: dict[str, str] = {}
    assert why_no_terminal(True, True, env) is None
    assert "and stdin is not one." in (why_no_terminal(False, True, env) or "")
    assert "and stderr is not one." in (why_no_terminal(True, False, env) or "")
    web = {"TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver"}
    assert why_no_terminal(False, False, web) is None
