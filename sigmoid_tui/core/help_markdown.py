"""The help screen's text: the formulas, the properties, why the sigmoid is used, and the keys."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["FORMULAS", "help_markdown"]

FORMULAS = (
    "S(x) = 1 / (1 + e^-x)",
    "S'(x) = S(x) (1 - S(x))",
    "S''(x) = S'(x) (1 - 2 S(x))",
    "S(k(x-x0))",
    "k·S'(k(x-x0))",
    "(0,1)",
    "S(0)=1/2",
    "S(-x)=1-S(x)",
    "S'(-x)=S'(x)",
    "S'(0)=1/4",
    "x=±ln(2+√3)≈±1.317",
    "e^-|x|",
    "S'(x)<0.01",
    "|x|>4.585",
    "S(1-S)",
    "(1/4)^10≈9.5e-7",
    "1-tanh^2",
    "x>0",
    "4^10",
    "x0±1.662885891058621/k",
    "w·f'(x)",
    "w=4",
    "w=8",
    "2^n",
    "max(0,x)",
)
"""Every formula in the help. A line may break only at a space, and the help's lines break
wherever the panel's width puts them (Textual wraps at every space, the no-break space too), so
a formula in a sentence has none: ``S(k(x-x0))``. The three that open their paragraphs keep
theirs: at the start of a line, and shorter than the narrowest panel, they cannot break."""

_ABOUT = """\
# The sigmoid and its derivative

**S(x) = 1 / (1 + e^-x)**, the logistic sigmoid.

**S'(x) = S(x) (1 - S(x))**, its slope.

**S''(x) = S'(x) (1 - 2 S(x))**, how fast the slope changes.

With steepness *k* and shift *x0* the app draws S(k(x-x0)) and its derivative
k·S'(k(x-x0)). *k* is 1/temperature: large *k* makes a step, small *k* a gentle ramp.

## Properties

- S maps every real number into **(0,1)**, and **S(0)=1/2**.
- Symmetry: **S(-x)=1-S(x)**, so S' is even: S'(-x)=S'(x).
- The slope is largest at 0, where **S'(0)=1/4**; S''(x) is 0 there (the inflection point)
  and has its extremes at x=±ln(2+√3)≈±1.317.
- Far from 0 the slope decays like `e^-|x|`: `S'(x)<0.01` once `|x|>4.585`.

## Why it is used

- **A probability.** Its output lies between 0 and 1, so the last unit of a binary classifier
  reads as "the probability of class 1": logistic regression is exactly this.
- **Smooth.** It is differentiable everywhere, and its slope comes almost for free from its own
  value, S(1-S): in backpropagation, gradients flow through it cheaply.

## Its weakness: vanishing gradients

Backpropagation multiplies the slopes of every layer a signal passes through. The sigmoid's
slope is never more than **1/4**, and is nearly 0 once the input is large (the **saturated**
tails, marked on the chart with `p`). Compare the others (`m` to the **compare** mode):

| derivative | its peak | through 10 layers, at best |
| --- | --- | --- |
| sigmoid's, S(1-S) | 1/4 | (1/4)^10≈9.5e-7 |
| tanh's, 1-tanh^2 | 1 | 1 |
| ReLU's, 1 for x>0 | 1 | 1, for every positive input |

Ten sigmoid layers shrink a gradient by at least 4^10, about a million, even with every unit
at its best, and a saturated unit passes on almost nothing: the early layers stop learning.
In compare mode `>` and `<` change the depth (each derivative to the n-th power), and `l` the
logarithmic view shows the factors falling apart. tanh's derivative crosses the sigmoid's at
x0±1.662885891058621/k, at every depth (`p`, `n`).

A layer multiplies a gradient by its weight times the slope, w·f'(x): the `w` input sets w.
With w=4 the sigmoid's best factor is exactly 1 (the gradient holds); with w=8 it is 2 at
the centre (it explodes as 2^n) while the tails still vanish: the reason for careful
initialisation. `a` sweeps k (in compare mode the depth) to watch it change.

This is why **ReLU**, max(0,x), whose slope is exactly 1 for every positive input, is now the
usual choice inside networks; the sigmoid stays where a probability is wanted, at the output.

## Keys
"""


def help_markdown(keys: Iterable[tuple[str, str]]) -> str:
    """The help text, ending with a table of ``(key, what it does)`` rows."""
    rows = "\n".join(f"| `{key}` | {what} |" for key, what in keys)
    return f"{_ABOUT}\n| key | what it does |\n| --- | --- |\n{rows}\n\nPress `escape` to close.\n"
