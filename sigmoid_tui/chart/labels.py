"""Where labels go on the chart: beside their own marker, never over a curve or another
label, never touching a grid line, and never where they could be read as naming another marker.

The plot area is a grid of cells, rows counted from the bottom as plotext counts them. What the
curves pass through is marked first, then the grid lines and the markers; then each label tries
the places beside its point in turn (right, left, the same two a cell farther out, a row above,
a row below), taking the first where every cell of it, and one cell either side, is free of
curves and labels, and where its own marker is clearly the nearest one (a label as near another
marker would name either). A label over a grid line, or beside a vertical one, is drawn with a
blank either side. A label that fits nowhere tries its short form, and failing that is left
out: its point keeps its marker, and its name is in the table of values and in the message when
the cursor jumps to it. Nothing here imports Textual or plotext.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence

from sigmoid_tui.core.frozen import frozen

__all__ = ["Cells", "Placed", "cell_of", "place_in_span", "place_label"]


ROW_ASPECT = 3.0
"""A row is about twice as tall as a column is wide, and reads as farther still: a label a row
away from a marker is counted as far from it as one three columns away."""

NEARER_BY = 2.0
"""How much nearer (in columns) a label's own marker must be than any other marker."""


def cell_of(position: float) -> int:
    """The cell plotext draws a position (in cell units from the first cell) in: halves go up,
    as in plotext's ``floor(0.5 + ...)``."""
    return math.floor(round(position + 0.5, 8))


@frozen
class Placed:
    """A label's place: its first cell (column, row from the bottom) and the text drawn."""

    col: int
    """The column of its first character."""
    row: int
    """Its row, from the bottom."""
    text: str
    """What is drawn there (the label, or its short form)."""


class Cells:
    """Which cells of a ``width`` x ``height`` plot area are taken, which each curve passes
    through, where the grid lines run and where the markers are."""

    def __init__(self, width: int, height: int) -> None:
        """An empty area."""
        self.width = max(width, 0)
        self.height = max(height, 0)
        self._taken: set[tuple[int, int]] = set()
        self._paths: dict[Hashable, dict[int, set[int]]] = {}
        """Each curve's rows, by column."""
        self._grid_columns: set[int] = set()
        self._grid_rows: set[int] = set()
        self.markers: list[tuple[int, int]] = []
        """The cells of the markers labels are placed beside (points of interest, flags)."""

    def take(self, col: int, row: int) -> None:
        """Mark one cell as taken (outside the area: ignored)."""
        if 0 <= col < self.width and 0 <= row < self.height:
            self._taken.add((col, row))

    def taken(self, col: int, row: int) -> bool:
        """Whether a cell is taken; cells outside the area count as taken."""
        return not (0 <= col < self.width and 0 <= row < self.height) or (col, row) in self._taken

    def take_marker(self, col: int, row: int) -> None:
        """Mark a marker's cell as taken, and remember it as a marker."""
        self.take(col, row)
        self.markers.append((col, row))

    def take_grid(self, columns: Iterable[int], rows: Iterable[int]) -> None:
        """Record the grid lines drawn, so that a label is kept a blank away from them."""
        self._grid_columns.update(columns)
        self._grid_rows.update(rows)

    def take_curve(self, drawn: Iterable[tuple[int, int]], key: Hashable = None) -> None:
        """Mark the cells a curve is drawn in (column, row from the bottom); with a ``key``,
        also remember them as that curve's (:meth:`path_rows`)."""
        columns = self._paths.setdefault(key, {})
        for col, row in drawn:
            self.take(col, row)
            columns.setdefault(col, set()).add(row)

    def path_rows(self, key: Hashable, col: int) -> list[int]:
        """The rows the curve ``key`` passes through in column ``col``, bottom first."""
        return sorted(self._paths.get(key, {}).get(col, ()))

    def free(self, col: int, row: int, length: int, *, gap: int = 1) -> bool:
        """Whether ``length`` cells from ``col`` on ``row`` are free, with ``gap`` free cells
        before and after (so that two labels never run together, and no curve runs into a
        label). Grid lines do not take cells: a label may lie over one, and is drawn with a
        blank either side where a grid line would otherwise run into it (:meth:`padded`)."""
        if col < 0 or col + length > self.width or not 0 <= row < self.height:
            return False
        around = range(col - gap, col + length + gap)
        return not any(self.taken(c, row) for c in around if 0 <= c < self.width)

    def take_text(self, placed: Placed) -> None:
        """Mark a placed label's cells as taken, with the blank drawn beside it where a grid
        line would run into it (:meth:`padded`)."""
        first, last = self.padded(placed)
        for c in range(first, last + 1):
            self.take(c, placed.row)

    def padded(self, placed: Placed) -> tuple[int, int]:
        """The first and last cells a label is drawn over: its own, and a blank either side
        where it lies on a horizontal grid line or beside a vertical one, so that the line
        stops a cell short of it."""
        end = placed.col + len(placed.text)
        on_line = placed.row in self._grid_rows
        first = (
            placed.col - 1
            if placed.col > 0 and (on_line or placed.col - 1 in self._grid_columns)
            else placed.col
        )
        last = end if end < self.width and (on_line or end in self._grid_columns) else end - 1
        return first, last

    def nearest_is(self, col: int, row: int, placed: Placed) -> bool:
        """Whether the marker at (``col``, ``row``) is clearly the one nearest ``placed``: every
        other marker is at least ``NEARER_BY`` columns farther, so the label names only it."""
        own = _distance(placed, col, row)
        return all(
            _distance(placed, c, r) >= own + NEARER_BY
            for c, r in self.markers
            if (c, r) != (col, row)
        )


def _distance(placed: Placed, col: int, row: int) -> float:
    """How far a label's nearest cell is from a cell, in columns (a row counts ROW_ASPECT)."""
    last = placed.col + len(placed.text) - 1
    dx = max(placed.col - col, 0, col - last)
    return math.hypot(dx, ROW_ASPECT * (placed.row - row))


def place_label(
    cells: Cells, col: int, row: int, texts: Sequence[str], *, prefer_left: bool = False
) -> Placed | None:
    """The first free place beside the point at (``col``, ``row``) for the first of ``texts``
    that fits anywhere (the label, then shorter forms); None where none fits.

    The point's own cell is left alone (its marker is there). Places are tried beside it on its
    own row (a blank between, then two cells between, past a curve beside the marker), then a
    row above, then a row below (anywhere from ending a column short of it to
    beginning a column past it, the nearest first); right first, or left first near the right
    edge (``prefer_left``). A place as near another marker as this one is not taken. The label
    is marked taken once placed.
    """
    for text in texts:
        n = len(text)
        sides = [(col + 2, row), (col - 1 - n, row)]
        # A cell farther along its own row, past a curve beside the marker (the ReLU' jump's
        # top dot stands just left of its marker): as near as a row away (ROW_ASPECT), and
        # on the marker's own row, so tried first.
        farther = [(col + 3, row), (col - 2 - n, row)]
        if prefer_left:
            sides.reverse()
            farther.reverse()
        candidates = sides + farther
        for dr in (1, -1):
            # Every start from a column past the marker's left to a column past its right, the
            # nearest first: one of them is likely to fall between two vertical grid lines.
            starts = sorted(
                range(col - n - 1, col + 3),
                key=lambda c: (
                    _distance(Placed(c, row + dr, text), col, row),
                    (c < col - n // 2) != prefer_left,
                ),
            )
            candidates += [(c, row + dr) for c in starts]
        for c, r in candidates:
            placed = Placed(c, r, text)
            if cells.free(c, r, n) and cells.nearest_is(col, row, placed):
                cells.take_text(placed)
                return placed
    return None


def place_in_span(
    cells: Cells, first: int, last: int, texts: Sequence[str], *, from_top: bool = True
) -> Placed | None:
    """A label between columns ``first`` and ``last`` on the highest (or lowest) row where it
    is free, as near the middle as it can be (a grid line may cross the span); shorter forms
    where the longest does not fit; None where none does."""
    rows = range(cells.height - 1, -1, -1) if from_top else range(cells.height)
    for text in texts:
        n = len(text)
        if n > last - first + 1:
            continue
        middle = first + (last - first + 1 - n) // 2
        starts = sorted(range(first, last - n + 2), key=lambda c: (abs(c - middle), c))
        for row in rows:
            for col in starts:
                if cells.free(col, row, n):
                    placed = Placed(col, row, text)
                    cells.take_text(placed)
                    return placed
    return None
