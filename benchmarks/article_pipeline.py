"""The article's own pipeline, as a baseline: numpy and matplotlib (Agg), both curves, savefig.

``python -m benchmarks.article_pipeline OUT.png [POINTS]``
"""

from __future__ import annotations

import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """The article's formula, as written there."""
    result: np.ndarray = 1 / (1 + np.exp(-x))
    return result


def main() -> int:
    """Plot the article's combined figure to the PNG named on the command line."""
    out = sys.argv[1]
    points = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    x = np.linspace(-10, 10, points)
    y = sigmoid(x)
    dy = y * (1 - y)
    plt.plot(x, y, label="Sigmoid")
    plt.plot(x, dy, label="Sigmoid Derivative")
    plt.title("Sigmoid Function and Its Derivative")
    plt.xlabel("x")
    plt.ylabel("Value")
    plt.grid(True)
    plt.legend()
    plt.savefig(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
