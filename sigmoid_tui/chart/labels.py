"""Where labels go on the chart: beside their point, never over a curve or another label.

The plot area is a grid of cells, rows counted from the bottom as plotext counts them. What
the curves pass through is marked first; then each label tries the places beside its point
in turn (right, left, a row above, a row below), taking the first where every cell of it,
and one cell either side, is free. A label that fits nowhere tries its short form, and failing
that is left out: its point keeps its marker, and its name is in the table of values and in the
message when the cursor jumps to it. Nothing here imports Textual or plotext.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Cells", "Placed", "place_in_span", "place_label"]


@dataclass(frozen=True)
class Placed:
    """A label's place: its first cell (column, row from the bottom) and the text drawn."""

    col: int
    """The column of its first character."""
    row: int
    """Its row, from the bottom."""
    text: str
    """What is drawn there (the label, or its short form)."""


class Cells:
    """Which cells of a ``width`` x ``height`` plot area are taken."""

    def __init__(self, width: int, height: int) -> None:
        """An empty area."""
        self.width = max(width, 0)
        self.height = max(height, 0)
        self._taken: set[tuple[int, int]] = set()

    def take(self, col: int, row: int) -> None:
        """Mark one cell as taken (outside the area: ignored)."""
        if 0 <= col < self.width and 0 <= row < self.height:
            self._taken.add((col, row))

    def taken(self, col: int, row: int) -> bool:
        """Whether a cell is taken; cells outside the area count as taken."""
        return not (0 <= col < self.width and 0 <= row < self.height) or (col, row) in self._taken

    def take_path(self, points: Iterable[tuple[float, float]]) -> None:
        """Mark every cell a line through ``points`` (in cell units, from the bottom) crosses."""
        previous: tuple[float, float] | None = None
        for point in points:
            if not (math.isfinite(point[0]) and math.isfinite(point[1])):
                previous = None
                continue
            if previous is None:
                self.take(round(point[0]), round(point[1]))
            else:
                steps = int(max(abs(point[0] - previous[0]), abs(point[1] - previous[1])) * 2) + 1
                for i in range(steps + 1):
                    t = i / steps
                    self.take(
                        round(previous[0] + (point[0] - previous[0]) * t),
                        round(previous[1] + (point[1] - previous[1]) * t),
                    )
            previous = point

    def free(self, col: int, row: int, length: int, *, gap: int = 1) -> bool:
        """Whether ``length`` cells from ``col`` on ``row`` are free, with ``gap`` free cells
        before and after (so that two labels never run together)."""
        if col < 0 or col + length > self.width or not 0 <= row < self.height:
            return False
        return not any(
            self.taken(c, row) for c in range(col - gap, col + length + gap) if 0 <= c < self.width
        )

    def take_text(self, placed: Placed) -> None:
        """Mark a placed label's cells as taken."""
        for c in range(placed.col, placed.col + len(placed.text)):
            self.take(c, placed.row)


def place_label(
    cells: Cells, col: int, row: int, texts: Sequence[str], *, prefer_left: bool = False
) -> Placed | None:
    """The first free place beside the point at (``col``, ``row``) for the first of ``texts``
    that fits anywhere (the label, then shorter forms); None where none fits.

    The point's own cell is left alone (its marker is there). Places are tried beside it on its
    own row, then a row above, then a row below; right first, or left first near the right
    edge (``prefer_left``). The label is marked taken once placed.
    """
    for text in texts:
        n = len(text)
        right, left = (col + 2, row), (col - 1 - n, row)
        sides = [left, right] if prefer_left else [right, left]
        candidates = [
            *sides,
            *[(c, r + dr) for dr in (1, -1) for c, r in (*sides, (col - n // 2, row))],
        ]
        for c, r in candidates:
            if cells.free(c, r, n):
                placed = Placed(c, r, text)
                cells.take_text(placed)
                return placed
    return None


def place_in_span(
    cells: Cells, first: int, last: int, texts: Sequence[str], *, from_top: bool = True
) -> Placed | None:
    """A label centred between columns ``first`` and ``last`` on the highest (or lowest) row
    where it is free; shorter forms where the longest does not fit; None where none does."""
    rows = range(cells.height - 1, -1, -1) if from_top else range(cells.height)
    for text in texts:
        n = len(text)
        if n > last - first + 1:
            continue
        col = first + (last - first + 1 - n) // 2
        for row in rows:
            if cells.free(col, row, n):
                placed = Placed(col, row, text)
                cells.take_text(placed)
                return placed
    return None
