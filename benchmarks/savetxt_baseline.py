"""The baseline for CSV speed: the same rows as ``--csv``, written by ``numpy.savetxt``.

``python -m benchmarks.savetxt_baseline OUT POINTS``: x from -10 to 10, S and S', each as
``%.17g`` (17 significant digits: round-trip, but not shortest).
"""

from __future__ import annotations

import sys

import numpy as np

from sigmoid_tui.core.curves import sigmoid_and_derivative


def main() -> None:
    """Write POINTS rows to OUT."""
    out, points = sys.argv[1], int(sys.argv[2])
    x = np.linspace(-10.0, 10.0, points)
    s, d = sigmoid_and_derivative(x)
    np.savetxt(
        out,
        np.column_stack((x, s, d)),
        fmt="%.17g",
        delimiter=",",
        header="x,sigmoid,derivative",
        comments="",
    )


if __name__ == "__main__":
    main()
