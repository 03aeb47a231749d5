"""The command line: --print and --csv for quick checks, one clear line for every bad input."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys

import numpy as np
import pytest

from sigmoid_tui.__main__ import main
from sigmoid_tui.chart import DERIVATIVE_LABEL, SIGMOID_LABEL, TITLES
from sigmoid_tui.curves import sigmoid_and_derivative
from sigmoid_tui.view import Mode

from .reference import exact_derivative, exact_sigmoid, is_normal, ulp_error


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
    legend = re.findall(r"(?:⢕⢕|••) (Sigmoid(?: Derivative)?)", out)
    expected = {
        Mode.SIGMOID: [SIGMOID_LABEL],
        Mode.DERIVATIVE: [DERIVATIVE_LABEL],
        Mode.BOTH: [SIGMOID_LABEL, DERIVATIVE_LABEL],
    }
    assert legend == expected[mode]


def test_print_in_a_pipe_has_no_escape_codes_and_colour_can_be_forced() -> None:
    """A pipe gets plain text; --color always gives the article's RGB colours anyway."""
    plain = run("--print", "--width", "100", "--height", "30")
    assert plain.returncode == 0
    assert "\x1b" not in plain.stdout
    assert "Sigmoid Function and Its Derivative" in plain.stdout
    coloured = run("--print", "--color", "always")
    assert "\x1b[38;2;31;119;180m" in coloured.stdout


def test_no_color_is_respected_in_a_terminal() -> None:
    """Options.use_color: a terminal gets colour unless NO_COLOR is set."""
    from sigmoid_tui.options import parse_options

    options = parse_options(["--print"])
    assert options.use_color(True, {}) is True
    assert options.use_color(True, {"NO_COLOR": "1"}) is False
    assert options.use_color(False, {}) is False


def test_print_does_not_import_textual() -> None:
    """--print and --csv start fast: Textual never loads."""
    code = (
        "import sys; from sigmoid_tui.__main__ import main; "
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
    s, d = sigmoid_and_derivative(x)
    assert np.array_equal(body[:, 0], x)
    assert np.array_equal(body[:, 1], s)
    assert np.array_equal(body[:, 2], d)
    assert all(field == repr(float(field)) for row in rows[1:50] for field in row)


def test_csv_of_the_full_range_agrees_with_mpmath() -> None:
    """The issue's check: --range -745.5 745.5 --points 14911, every value within the bar."""
    result = run("--csv", "--range", "-745.5", "745.5", "--points", "14911")
    assert result.returncode == 0
    rows = result.stdout.splitlines()
    assert len(rows) == 14912
    for row in rows[1::7]:  # every 7th row keeps the test quick; the grid test covers the rest
        x, s, d = (float(v) for v in row.split(","))
        for value, exact in ((s, exact_sigmoid(x)), (d, exact_derivative(x))):
            assert ulp_error(value, exact) <= (4.0 if is_normal(exact) else 1.0), row


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
        "import sys; from sigmoid_tui.__main__ import main; main(['--at', '1', '--solve', "
        "'S=0.5']); print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'textual', 'numpy', 'plotext', 'rich'}), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stderr.strip() == "[]"


def test_csv_exact_rows_are_the_nearest_doubles() -> None:
    """--csv --exact: the same x as --csv, and S, S' each correctly rounded."""
    from sigmoid_tui.exact import values_at

    exact = run("--csv", "--exact", "--range", "-40", "40", "--points", "81", "--steepness", "3")
    plain = run("--csv", "--range", "-40", "40", "--points", "81", "--steepness", "3")
    assert exact.returncode == 0, exact.stderr
    rows = list(csv.reader(io.StringIO(exact.stdout)))
    assert rows[0] == ["x", "sigmoid", "derivative"]
    assert [r[0] for r in rows] == [r[0] for r in csv.reader(io.StringIO(plain.stdout))]
    for x, s, d in rows[1:]:
        want = values_at(float(x), 3.0)
        assert (float(s), float(d)) == (want.sigmoid, want.derivative)
