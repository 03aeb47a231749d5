"""How the table of values lays its five columns out in the width it has: side by side where
they fit, else stacked two or three to a cell, so that every value is shown whole.

Nothing here imports Textual.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["GROUPINGS", "stack_columns", "stacked"]

GROUPINGS: tuple[tuple[int, ...], ...] = ((1, 1, 1, 1, 1), (2, 2, 1), (2, 3), (5,))
"""The ways to group the five columns (point, x and the three values), flattest first: each
number is how many consecutive columns share one cell, one above the other."""


def stack_columns(widths: Sequence[int], room: int, padding: int = 2) -> tuple[int, ...]:
    """The flattest grouping of columns ``widths`` wide that fits in ``room`` cells, each cell
    taking ``padding`` more; the tallest where none fits (the table then scrolls)."""
    for sizes in GROUPINGS:
        if sum(sizes) != len(widths):
            continue
        total, start = 0, 0
        for size in sizes:
            total += max(widths[start : start + size]) + padding
            start += size
        if total <= room:
            return sizes
    return (len(widths),)


def stacked(cells: Sequence[str], sizes: Sequence[int]) -> list[str]:
    """``cells`` joined as ``sizes`` groups them, one line each: ``["a", "b", "c"]`` with
    ``(2, 1)`` is ``["a\\nb", "c"]``."""
    out, start = [], 0
    for size in sizes:
        out.append("\n".join(cells[start : start + size]))
        start += size
    return out
