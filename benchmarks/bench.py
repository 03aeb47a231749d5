"""Measure what the README claims: ``uv run python -m benchmarks.bench``.

Every figure is a median over repeated runs, and every claim is a ratio against a baseline
measured in the same run, interleaved with it, so that a busy machine slows both alike.
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np

from sigmoid_tui.curves import sigmoid_and_derivative


def interleaved(
    baseline: Callable[[], object], subject: Callable[[], object], rounds: int
) -> tuple[float, float]:
    """Median seconds of ``baseline`` and ``subject``, run turn about ``rounds`` times."""
    base: list[float] = []
    subj: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        baseline()
        base.append(time.perf_counter() - start)
        start = time.perf_counter()
        subject()
        subj.append(time.perf_counter() - start)
    return statistics.median(base), statistics.median(subj)


def process_seconds(argv: Sequence[str], rounds: int) -> float:
    """Median wall time of a whole process, output to a pipe."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_numerics(rounds: int) -> None:
    """S and S' together against a bare np.exp of the same array, at 10^6 points."""
    x = np.linspace(-10.0, 10.0, 1_000_000)
    shuffled = np.random.default_rng(1).permutation(x)
    for name, data in (("sorted (as sampled)", x), ("shuffled", shuffled)):
        exp_s, ours = interleaved(
            functools.partial(np.exp, data), functools.partial(sigmoid_and_derivative, data), rounds
        )
        print(
            f"S+S' at 10^6 {name}: {ours * 1e3:.2f} ms, np.exp {exp_s * 1e3:.2f} ms, "
            f"ratio {ours / exp_s:.2f} (target <= 2)"
        )


def bench_print(rounds: int) -> None:
    """sigmoid-tui --print as a whole process, and a bad-input error, against bare Python."""
    python = [sys.executable]
    bare = process_seconds([*python, "-c", "pass"], rounds)
    print(f"bare python start: {bare * 1e3:.0f} ms")
    for points in (100, 1_000_000):
        t = process_seconds(
            [*python, "-m", "sigmoid_tui", "--print", "--points", str(points)], rounds
        )
        print(f"sigmoid-tui --print --points {points}: {t * 1e3:.0f} ms")
    t = process_seconds([*python, "-m", "sigmoid_tui", "--range", "5", "1"], rounds)
    print(f"sigmoid-tui bad input to its error line: {t * 1e3:.0f} ms")


def bench_accuracy() -> None:
    """The worst ulp error of S and S' on the test grid, against 256-bit mpmath."""
    from tests.reference import exact_derivative, exact_sigmoid, worst_ulp
    from tests.test_curves import accuracy_grid

    grid = accuracy_grid()
    s, d = sigmoid_and_derivative(grid)
    for name, values, exact in (("S", s, exact_sigmoid), ("S'", d, exact_derivative)):
        err, at = worst_ulp(grid, values, exact)
        print(f"worst error of {name} over {grid.size} points: {err:.2f} ulp at x = {at!r}")


def main() -> int:
    """Run the chosen benchmarks and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=21, help="runs per median (default 21)")
    parser.add_argument(
        "only", nargs="*", choices=["numerics", "print", "accuracy", []], help="which to run"
    )
    args = parser.parse_args()
    chosen = set(args.only) or {"numerics", "print", "accuracy"}
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, numpy {np.__version__}"
    )
    if "numerics" in chosen:
        bench_numerics(args.rounds)
    if "print" in chosen:
        bench_print(max(5, args.rounds // 2))
    if "accuracy" in chosen:
        bench_accuracy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
