"""The derivatives the article compares: the sigmoid's, tanh's and ReLU's, through depth.

``compare_curves`` gives w k f'(k(x - x0)) for each, raised to the power n (the depth): the
factor a gradient is multiplied by through n layers of weight w whose units all sit at x.
Everything is stable for every finite x, as the sigmoid's own numerics are, and raises no warning:

* tanh'(u) = 1 - tanh(u)^2 cancels to 0 once tanh(u) rounds to 1 (|u| > 19); the identity
  tanh'(u) = 4 S'(2u) keeps full precision into the tails, down to the subnormals, by way of
  :func:`.sampling.scaled_curves` (k tanh'(u) = 2 (2k) S'(2k(x - x0))).
* ReLU'(u) is 1 for u > 0 and 0 for u <= 0 (0 at the kink itself, as PyTorch has it).
* The power underflows quietly to the subnormals and then to 0, the right answer.

Nothing here imports Textual.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from sigmoid_tui.core.sampling import scaled_argument, scaled_curves
from sigmoid_tui.core.view import MAX_DEPTH

__all__ = ["MAX_DEPTH", "compare_curves"]

FloatArray = NDArray[np.float64]


def compare_curves(
    x: FloatArray,
    steepness: float = 1.0,
    shift: float = 0.0,
    depth: int = 1,
    weight: float = 1.0,
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(w k S'(u))^n, (w k tanh'(u))^n and (w k ReLU'(u))^n at u = k(x - x0), n = ``depth``,
    w = ``weight``: a layer multiplies a gradient by its weight times its unit's slope."""
    sigmoid = scaled_curves(x, steepness, shift)[1]
    # k tanh'(u) = 4k S'(2u) = 2 * [(2k) S'((2k)(x - x0))]: the scaled sigmoid slope at 2k.
    with np.errstate(over="ignore"):
        tanh = 2.0 * scaled_curves(x, 2.0 * steepness, shift)[1]
    u = scaled_argument(x, steepness, shift)
    relu = np.where(u > 0.0, steepness, 0.0)
    if weight != 1.0:
        with np.errstate(under="ignore", over="ignore"):
            sigmoid, tanh, relu = weight * sigmoid, weight * tanh, weight * relu
    if depth != 1:
        with np.errstate(under="ignore", over="ignore"):
            sigmoid = np.power(sigmoid, depth)
            tanh = np.power(tanh, depth)
            relu = np.power(relu, depth)
    return sigmoid, tanh, relu
