"""Glyphs painted down a column of the built chart's text: the trace cursor and the saturation
edges. The edges go only where the cell is blank or grid, so a curve they cross stays readable;
the cursor goes on top of everything but a label's letters, so it is always seen, even where a
curve runs straight down its column (ReLU's jump at 0). Painting the text, not rebuilding the
chart, makes a cursor step cheap."""

from __future__ import annotations

import re

from sigmoid_tui.chart.axes import Canvas
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.core.view import Marker

__all__ = ["cursor_glyph", "cursor_rows", "replace_cell", "strip_ansi", "trace_rows"]


_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

_GRID_CELLS = frozenset(" │─┼├┤┬┴|-+┆;")
"""What the cursor may draw over: blank canvas and grid lines, never a curve or a label."""


_KEPT_CELLS = frozenset("▼◆#")
"""What the cursor never covers besides letters: a bookmark's flag (ASCII's ``v`` is a letter),
so that the bookmark just made at the cursor shows."""


def _wordy(text: str, curves: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` has a character of a label (letters, digits, quotes, brackets, stops and
    colons: "Sigmoid Derivative: 0 at every sample" had the cursor in its gap) that is
    not one of the ``curves``' glyphs (without colour ReLU' is drawn with ``x``)."""
    return any((char.isalnum() or char in "'().:;,") and char not in curves for char in text)


def cursor_glyph(style: ChartStyle) -> str:
    """The cursor's glyph: a line in colour; without colour a heavy line (ASCII: a colon),
    so that it cannot be taken for a grid line."""
    if style.marker is Marker.ASCII:
        return ":"
    return "│" if style.color else "┃"


def cursor_rows(lines: list[str], canvas: Canvas, column: int) -> list[int]:
    """The lines of plain chart text where the cursor's glyph goes in ``column``.

    Every line of the plot area whose cell there is blank or grid: a curve or a label the
    cursor crosses stays readable. Lines come without escape codes or with them alike.
    """
    rows = []
    for row in range(canvas.top, canvas.top + canvas.height):
        if not 0 <= row < len(lines):
            continue
        line = strip_ansi(lines[row])
        cell = line[column] if column < len(line) else " "
        if cell not in _GRID_CELLS:
            continue
        if cell == " ":
            # A blank between two printed characters is a gap inside a label ("Sigmoid
            # Derivative"), and one beside a word keeps it apart from what follows: drawing
            # there would join the words or glue a line to a label.
            left = line[column - 1] if column > 0 else " "
            right = line[column + 1] if column + 1 < len(line) else " "
            if (left not in _GRID_CELLS and right not in _GRID_CELLS) or _wordy(left + right):
                continue
        rows.append(row)
    return rows


def trace_rows(
    lines: list[str],
    canvas: Canvas,
    column: int,
    labels: tuple[tuple[int, int, str], ...] = (),
    curves: frozenset[str] = frozenset(),
) -> list[int]:
    """The lines of chart text where the trace cursor's glyph goes in ``column``: on top.

    Every line of the plot area, over grid and curves alike, except where it would cover a
    letter of a label (``labels``: column, line and text of each one drawn) or the blank either
    side of it (a line there would touch the label, as a grid line is kept from touching one:
    ``sat. │sat.``), a bookmark's flag, or join two words:
    a curve that runs down the cursor's column (ReLU' jumping at 0) would otherwise hide it.
    ``curves``: the glyphs the curves are drawn with (:attr:`ChartStyle.curve_glyphs`), covered
    like any curve even where they are letters (``x``, ``o``).
    """
    covered = {line for left, line, text in labels if left - 1 <= column <= left + len(text)}
    rows = []
    for row in range(canvas.top, canvas.top + canvas.height):
        if not 0 <= row < len(lines) or row in covered:
            continue
        line = strip_ansi(lines[row])
        cell = line[column] if column < len(line) else " "
        if _wordy(cell, curves) or cell in _KEPT_CELLS:
            continue  # a label the overlay did not list (a message on the plot), or a flag
        if cell == " ":
            left = line[column - 1] if column > 0 else " "
            right = line[column + 1] if column + 1 < len(line) else " "
            if _wordy(left, curves) and _wordy(right, curves):
                continue  # the gap between two words of a label
        rows.append(row)
    return rows


def replace_cell(line: str, column: int, cell: str) -> str:
    """``line`` with the character in ``column`` (escape codes not counted) made ``cell``."""
    seen = 0
    for match in re.finditer(r"\x1b\[[0-9;]*[A-Za-z]|.", line, flags=re.DOTALL):
        if match.group().startswith("\x1b"):
            continue
        if seen == column:
            return line[: match.start()] + cell + line[match.end() :]
        seen += 1
    return line


def strip_ansi(text: str) -> str:
    """``text`` without terminal escape codes."""
    return _ANSI.sub("", text)
