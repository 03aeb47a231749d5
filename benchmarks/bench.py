"""Measure what the README claims: ``uv run --group bench python -m benchmarks.bench``.

Every figure is a median over repeated runs, and every claim is a ratio against a baseline
measured in the same run, interleaved with it where that is possible, so that a busy machine
slows both alike. Sections can be run alone: ``... -m benchmarks.bench redraw startup``.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import functools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from sigmoid_tui.core.curves import sigmoid_and_derivative

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SECTIONS = (
    "numerics",
    "print",
    "quick",
    "csv",
    "redraw",
    "keys",
    "startup",
    "memory",
    "accuracy",
)


def median_ms(times: Sequence[float]) -> str:
    """A median in milliseconds, for printing."""
    return f"{statistics.median(times) * 1e3:.1f} ms"


def interleaved(
    baseline: Callable[[], object], subject: Callable[[], object], rounds: int
) -> tuple[list[float], list[float]]:
    """Seconds of ``baseline`` and ``subject``, run turn about ``rounds`` times."""
    base: list[float] = []
    subj: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        baseline()
        base.append(time.perf_counter() - start)
        start = time.perf_counter()
        subject()
        subj.append(time.perf_counter() - start)
    return base, subj


def run_seconds(argv: Sequence[str]) -> float:
    """Wall time of a whole process, its output to a pipe."""
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True)
    return time.perf_counter() - start


# --- numerics --------------------------------------------------------------------------


def bench_numerics(rounds: int) -> None:
    """S and S' together against a bare np.exp of the same array, at 10^6 points."""
    print("\n## S and S' together against np.exp (10^6 points)")
    x = np.linspace(-10.0, 10.0, 1_000_000)
    shuffled = np.random.default_rng(1).permutation(x)
    for name, data in (("sorted, as sampled", x), ("shuffled", shuffled)):
        base, ours = interleaved(
            functools.partial(np.exp, data), functools.partial(sigmoid_and_derivative, data), rounds
        )
        ratio = statistics.median(ours) / statistics.median(base)
        print(
            f"{name}: S+S' {median_ms(ours)}, np.exp {median_ms(base)}: "
            f"ratio {ratio:.2f} (target <= 2)"
        )


# --- --print against the article's pipeline --------------------------------------------


def bench_print(rounds: int) -> None:
    """sigmoid-tui --print as a whole process against the article's matplotlib pipeline."""
    print("\n## --print as a whole process against the article's matplotlib pipeline")
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        print("matplotlib is not installed: uv sync --group bench")
        return
    with tempfile.TemporaryDirectory() as tmp:
        png = str(Path(tmp) / "article.png")
        for points in (100, 1_000_000):
            ours_argv = [PYTHON, "-m", "sigmoid_tui", "--print", "--points", str(points)]
            base_argv = [PYTHON, "-m", "benchmarks.article_pipeline", png, str(points)]
            base, ours = interleaved(
                functools.partial(run_seconds, base_argv),
                functools.partial(run_seconds, ours_argv),
                rounds,
            )
            ratio = statistics.median(ours) / statistics.median(base)
            target = " (target <= 0.35)" if points == 100 else ""
            print(
                f"{points:>9,} points: --print {median_ms(ours)}, article {median_ms(base)}: "
                f"ratio {ratio:.2f}{target}"
            )
    bare = [run_seconds([PYTHON, "-c", "pass"]) for _ in range(rounds)]
    errors = [
        run_seconds_allow_fail([PYTHON, "-m", "sigmoid_tui", "--range", "5", "1"])
        for _ in range(rounds)
    ]
    print(f"bad input to its error line: {median_ms(errors)} (bare Python: {median_ms(bare)})")


def bench_quick(rounds: int) -> None:
    """A one-point answer as a whole process against --print, and the --csv --exact rate."""
    print("\n## Quick answers: --at and --solve against --print (whole processes)")
    compile_bytecode()
    print_argv = [PYTHON, "-m", "sigmoid_tui", "--print"]
    for words in (["--at", "40"], ["--solve", "S=0.99"]):
        base, ours = interleaved(
            functools.partial(run_seconds, print_argv),
            functools.partial(run_seconds, [PYTHON, "-m", "sigmoid_tui", *words]),
            rounds,
        )
        ratio = statistics.median(ours) / statistics.median(base)
        print(
            f"{' '.join(words)}: {median_ms(ours)}, --print {median_ms(base)}: "
            f"ratio {ratio:.2f} (target <= 1)"
        )
    rows = 100_000
    for exact in (False, True):
        argv = [PYTHON, "-m", "sigmoid_tui", "--csv", "--points", str(rows)]
        seconds = run_seconds([*argv, "--exact"] if exact else argv)
        name = "--csv --exact" if exact else "--csv"
        print(f"{name}: {rows:,} rows in {seconds:.2f} s, {rows / seconds:,.0f} rows/s")


def run_to_file(argv: Sequence[str], path: str) -> float:
    """Wall time of a whole process whose stdout goes to the file ``path``."""
    start = time.perf_counter()
    with open(path, "wb") as out:
        subprocess.run(argv, stdout=out, check=True)
    return time.perf_counter() - start


def bench_csv(rounds: int) -> None:
    """--csv into a file against numpy.savetxt(fmt="%.17g") of the same rows, and 10^7 rows."""
    print("\n## --csv into a file against numpy.savetxt (whole processes, 10^6 rows)")
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        ours_file, base_file = str(Path(tmp) / "ours.csv"), str(Path(tmp) / "savetxt.csv")
        points = "1000000"
        base, ours = interleaved(
            functools.partial(
                run_to_file,
                [PYTHON, "-m", "benchmarks.savetxt_baseline", "/dev/stdout", points],
                base_file,
            ),
            functools.partial(
                run_to_file, [PYTHON, "-m", "sigmoid_tui", "--csv", "--points", points], ours_file
            ),
            rounds,
        )
        ratio = statistics.median(ours) / statistics.median(base)
        print(
            f"--csv {median_ms(ours)} ({1e6 / statistics.median(ours):,.0f} rows/s), "
            f"savetxt {median_ms(base)}: ratio {ratio:.2f} (target <= 0.35)"
        )
        ten_million = run_to_file(
            [PYTHON, "-m", "sigmoid_tui", "--csv", "--points", "10000000"], ours_file
        )
        print(
            f"--csv at 10^7 rows: {ten_million:.1f} s, {1e7 / ten_million:,.0f} rows/s "
            "(target >= 1,000,000)"
        )
    bench_slow_path()


def bench_slow_path() -> None:
    """How many CSV values the double-double test could not settle (they go to decimal)."""
    from sigmoid_tui.core.rounded import compare_values, curve_values
    from sigmoid_tui.core.sampling import linspace

    print("\n## Values sent to the slow (decimal) path")
    cases: list[tuple[str, Callable[[np.ndarray], int], tuple[float, float], int]] = [
        ("S, S' on [-10, 10]", lambda x: curve_values(x).slow, (-10.0, 10.0), 2),
        ("S, S' on [-745, 745]", lambda x: curve_values(x).slow, (-745.0, 745.0), 2),
        ("S, S' k=3 x0=0.5", lambda x: curve_values(x, 3.0, 0.5).slow, (-10.0, 10.0), 2),
        ("compare depth 1", lambda x: compare_values(x, 1.0, 0.0, 1).slow, (-10.0, 10.0), 2),
        ("compare depth 50", lambda x: compare_values(x, 1.0, 0.0, 50).slow, (-10.0, 10.0), 2),
    ]
    rows = 1_000_000
    for name, slow_count, (low, high), per_row in cases:
        x = linspace(low, high, rows)
        start = time.perf_counter()
        slow = sum(slow_count(x[i : i + 65536]) for i in range(0, rows, 65536))
        seconds = time.perf_counter() - start
        print(
            f"{name}: {slow:,} of {per_row * rows:,} values ({slow / (per_row * rows):.4%}), "
            f"numbers alone {rows / seconds:,.0f} rows/s"
        )


def run_seconds_allow_fail(argv: Sequence[str]) -> float:
    """Wall time of a process that is expected to fail (exit status 2)."""
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=False)
    return time.perf_counter() - start


# --- redraw in the app -------------------------------------------------------------------


POINTS = (100, 10_000, 1_000_000, 10_000_000)


async def app_redraws(size: tuple[int, int], rounds: int) -> dict[int, list[float]]:
    """Seconds from a typed points value to the new chart built, in the headless app.

    One app, the point counts taken in turn, so that each count is timed under the same load.
    """
    from textual.widgets import Input

    from sigmoid_tui.core.view import View
    from sigmoid_tui.tui.app import SigmoidApp
    from sigmoid_tui.tui.widgets.plot import SigmoidPlot

    app = SigmoidApp(View(points=50))  # every value typed below is then a change
    times: dict[int, list[float]] = {n: [] for n in POINTS}
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        plot = app.screen.query_one(SigmoidPlot)
        box = app.screen.query_one("#points", Input)
        for round_ in range(rounds + 1):
            for points in POINTS:
                before = plot.draw_count
                start = time.perf_counter()
                box.value = str(points)  # as if typed: parsed, applied, drawn
                while plot.draw_count == before:
                    await asyncio.sleep(0)
                if round_:  # the first round warms caches up
                    times[points].append(time.perf_counter() - start)
    return times


def plotext_all_points(points: int, size: tuple[int, int]) -> float:
    """Seconds for plotext to build the chart from every sample, with no envelope."""
    from plotext._figure import _figure_class

    from sigmoid_tui.core.sampling import sample

    samples = sample(-10.0, 10.0, points)
    start = time.perf_counter()
    figure = _figure_class()
    figure._limit_size(False, False)
    figure.plotsize(*size)
    figure.plot(samples.x.tolist(), samples.sigmoid.tolist(), label="Sigmoid")
    figure.plot(samples.x.tolist(), samples.derivative.tolist(), label="Sigmoid Derivative")
    figure.build()
    return time.perf_counter() - start


def bench_redraw(rounds: int) -> None:
    """Redraw latency at 10^2 .. 10^7 points, against plotext handed every point."""
    print("\n## Redraw: a typed value to the new chart, headless app")
    for size in ((100, 30), (200, 60)):
        times = asyncio.run(app_redraws(size, rounds))
        base = statistics.median(times[100])
        plotext_stopped = False
        for points in POINTS:
            median = statistics.median(times[points])
            line = f"{size[0]}x{size[1]} {points:>10,} points: {median * 1e3:.1f} ms"
            line += f", ratio to 10^2 {median / base:.2f}"
            if not plotext_stopped:
                seconds = plotext_all_points(points, size)
                line += f"; plotext handed every point {seconds * 1e3:.0f} ms"
                plotext_stopped = seconds > 3.0
            print(line)
    print("(target: redraw(10^6) / redraw(10^2) <= 1.3)")


# --- key-repeat lag in a real terminal -----------------------------------------------------

KEY_PRESSES = 30
"""Presses of the right arrow in one burst, as a held key repeats."""
KEY_RATE = 30.0
"""Presses a second: a typical keyboard repeat rate."""


def key_repeat_lag(size: tuple[int, int]) -> float:
    """Seconds from the last of 30 presses of right (30 a second) until the readout catches up.

    The app runs in tmux on the chart; the readout's x is read with capture-pane until it shows
    the x of the sample 30 steps right of the start.
    """
    from sigmoid_tui.core.parsing import format_number
    from sigmoid_tui.core.sampling import linspace

    socket = f"bench-{uuid.uuid4().hex[:8]}"
    tmux = ["tmux", "-L", socket]
    width, height = size
    command = " ".join(
        ["env", "-u", "COLUMNS", "-u", "LINES", "TERM=xterm-256color", PYTHON, "-m", "sigmoid_tui"]
    )
    # The cursor starts at 0, between samples 49 and 50: the first press lands on sample 50.
    final = f"x = {format_number(float(linspace(-10.0, 10.0, 100)[49 + KEY_PRESSES]))} "
    subprocess.run(
        [*tmux, "new-session", "-d", "-x", str(width), "-y", str(height), command], check=True
    )

    def screen() -> str:
        return subprocess.run(
            [*tmux, "capture-pane", "-p"], capture_output=True, text=True, check=False
        ).stdout

    def wait_for(text: str, limit: float) -> float:
        start = time.perf_counter()
        while time.perf_counter() - start < limit:
            if text in screen():
                return time.perf_counter()
            time.sleep(0.002)
        raise RuntimeError(f"{text!r} never appeared")

    try:
        wait_for("x = 0 ", 30.0)
        time.sleep(1.0)  # the controls mount after the first chart
        subprocess.run([*tmux, "send-keys", "Escape"], check=True)
        time.sleep(0.5)
        interval = 1.0 / KEY_RATE
        next_press = time.perf_counter()
        for _ in range(KEY_PRESSES):
            subprocess.run([*tmux, "send-keys", "Right"], check=True)
            next_press += interval
            time.sleep(max(0.0, next_press - time.perf_counter()))
        last = next_press - interval  # when the last press was sent
        return wait_for(final, 30.0) - last
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, check=False)


def bench_keys(rounds: int) -> None:
    """Key-repeat lag: how far the readout trails a held arrow key."""
    print(f"\n## Key-repeat lag: {KEY_PRESSES} presses of right at {KEY_RATE:.0f}/s (tmux)")
    if shutil.which("tmux") is None:
        print("tmux is not installed")
        return
    compile_bytecode()
    for size in ((100, 30), (200, 60)):
        lags = [key_repeat_lag(size) for _ in range(rounds)]
        print(
            f"{size[0]}x{size[1]}: median {median_ms(lags)}, "
            f"min {min(lags) * 1e3:.0f} ms, max {max(lags) * 1e3:.0f} ms (target <= 80 ms)"
        )


# --- start-up in a real terminal ----------------------------------------------------------


def first_frame_seconds(argv: Sequence[str], marker: str) -> float:
    """Seconds from starting ``argv`` in a 100x30 tmux pane until ``marker`` is on screen."""
    socket = f"bench-{uuid.uuid4().hex[:8]}"
    command = " ".join(["env", "-u", "COLUMNS", "-u", "LINES", "TERM=xterm-256color", *argv])
    tmux = ["tmux", "-L", socket]
    start = time.perf_counter()
    subprocess.run([*tmux, "new-session", "-d", "-x", "100", "-y", "30", command], check=True)
    try:
        while time.perf_counter() - start < 30:
            screen = subprocess.run(
                [*tmux, "capture-pane", "-p"], capture_output=True, text=True, check=False
            ).stdout
            if marker in screen:
                return time.perf_counter() - start
            time.sleep(0.002)
        raise RuntimeError(f"{marker!r} never appeared")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, check=False)


def first_frame_on_pty_seconds(argv: Sequence[str], marker: str) -> float:
    """Seconds from starting ``argv`` on a 100x30 pseudo-terminal until ``marker`` has been
    written to it: no terminal emulator between, nothing but the two programs' own start-up."""
    import fcntl
    import pty
    import select
    import signal
    import struct
    import termios

    start = time.perf_counter()
    pid, leader = pty.fork()
    if pid == 0:  # the child: a terminal of 100x30, then the program
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        env["TERM"] = "xterm-256color"
        os.execve(argv[0], list(argv), env)
    seen = b""
    wanted = marker.encode()
    try:
        while time.perf_counter() - start < 30:
            ready, _, _ = select.select([leader], [], [], 1.0)
            if ready:
                seen = seen[-4096:] + os.read(leader, 65536)
                if wanted in seen:
                    return time.perf_counter() - start
        raise RuntimeError(f"{marker!r} never appeared")
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(leader)


def compile_bytecode() -> None:
    """Compile the environment's and the project's modules, as an installed package has them."""
    for path in (sysconfig.get_paths()["purelib"], str(ROOT / "sigmoid_tui")):
        compileall.compile_dir(path, quiet=1, workers=2)


def bench_startup(rounds: int) -> None:
    """The app's first drawn chart against the first frame of a bare one-line Textual app."""
    print("\n## Start-up: first chart against a bare Textual app's first frame (tmux, 100x30)")
    if shutil.which("tmux") is None:
        print("tmux is not installed")
        return
    compile_bytecode()
    bare_argv = [PYTHON, "-m", "benchmarks.bare_app"]
    ours_argv = [PYTHON, "-m", "sigmoid_tui"]
    base, ours = interleaved(
        functools.partial(first_frame_seconds, bare_argv, "bare app ready"),
        functools.partial(first_frame_seconds, ours_argv, "Sigmoid Function and Its Derivative"),
        rounds,
    )
    ratio = statistics.median(ours) / statistics.median(base)
    print(
        f"sigmoid-tui first chart {median_ms(ours)}, bare app first frame {median_ms(base)}: "
        f"ratio {ratio:.2f} (target <= 1.5)"
    )
    base_pty: list[float] = []
    ours_pty: list[float] = []
    for _ in range(rounds):
        base_pty.append(first_frame_on_pty_seconds(bare_argv, "bare app ready"))
        ours_pty.append(first_frame_on_pty_seconds(ours_argv, "Sigmoid Function and Its"))
    ratio = statistics.median(ours_pty) / statistics.median(base_pty)
    print(
        f"on a bare pseudo-terminal: first chart {median_ms(ours_pty)}, bare app first frame "
        f"{median_ms(base_pty)}: ratio {ratio:.2f}"
    )


# --- memory -----------------------------------------------------------------------------


def bench_memory() -> None:
    """Peak RSS at 10^7 points: the app, and --csv, each in a process of its own."""
    print("\n## Peak memory at 10^7 points")

    def child_mb(argv: Sequence[str]) -> float:
        out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
        return float(out.strip().splitlines()[-1])

    app_mb = child_mb([PYTHON, "-m", "benchmarks.app_memory", "10000000"])
    small_mb = child_mb([PYTHON, "-m", "benchmarks.app_memory", "100"])
    print(f"app: {app_mb:.0f} MB (at 100 points: {small_mb:.0f} MB) (target < 500)")
    csv_code = (
        "import os, sys; from benchmarks.app_memory import peak_mb; "
        "from sigmoid_tui.cli.main import main; real = sys.stdout; "
        "sys.stdout = open(os.devnull, 'w'); main(['--csv', '--points', '10000000']); "
        "real.write(f'{peak_mb()}\\n')"
    )
    start = time.perf_counter()
    csv_mb = child_mb([PYTHON, "-c", csv_code])
    seconds = time.perf_counter() - start
    print(f"--csv: {csv_mb:.0f} MB, {seconds:.1f} s for 10^7 rows (target < 500)")


# --- accuracy ---------------------------------------------------------------------------


def bench_accuracy() -> None:
    """The worst ulp error of S and S' on the test grid, against 256-bit mpmath."""
    print("\n## Accuracy against mpmath")
    from tests.reference import exact_derivative, exact_sigmoid, worst_ulp
    from tests.test_curves import accuracy_grid

    grid = accuracy_grid()
    s, d = sigmoid_and_derivative(grid)
    for name, values, exact in (("S", s, exact_sigmoid), ("S'", d, exact_derivative)):
        err, at = worst_ulp(grid, values, exact)
        print(f"worst error of {name} over {grid.size} points: {err:.2f} ulp at x = {at!r}")


def main() -> int:
    """Run the chosen sections and print their figures."""
    # The app keeps settings (h, the theme, the marker): measure it as first installed.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sigmoid-tui-bench-")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15, help="runs per median (default 15)")
    parser.add_argument("sections", nargs="*", help=f"any of {', '.join(SECTIONS)} (default all)")
    args = parser.parse_args()
    unknown = set(args.sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    chosen = args.sections or list(SECTIONS)
    os.chdir(ROOT)
    print(
        f"# {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"numpy {np.__version__}, {time.strftime('%Y-%m-%d')}"
    )
    rounds = args.rounds
    if "numerics" in chosen:
        bench_numerics(rounds * 2)
    if "print" in chosen:
        bench_print(max(5, rounds // 2))
    if "quick" in chosen:
        bench_quick(max(5, rounds // 2))
    if "csv" in chosen:
        bench_csv(max(5, rounds // 3))
    if "redraw" in chosen:
        bench_redraw(rounds)
    if "keys" in chosen:
        bench_keys(max(5, rounds // 3))
    if "startup" in chosen:
        bench_startup(rounds)
    if "memory" in chosen:
        bench_memory()
    if "accuracy" in chosen:
        bench_accuracy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
