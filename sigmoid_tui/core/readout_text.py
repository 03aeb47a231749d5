"""The trace readout's text: x, S, S' and S'' at the cursor, laid out in the width there is.

Values come from :func:`.exact.values_at`, each the double nearest the true value, written in
the shortest form that reads back to the same double. Nothing here imports Textual.
"""

from __future__ import annotations

from functools import cache

from sigmoid_tui.core.exact import CompareValues, Values
from sigmoid_tui.core.parsing import format_number
from sigmoid_tui.core.view import MAX_DEPTH, power_label

__all__ = [
    "NOTE",
    "SEPARATOR",
    "readout_fields",
    "readout_layout",
    "readout_lines",
    "value_texts",
]

SEPARATOR = "   "
"""Between two fields on one line; two spaces where three would cost a line."""

NOTE = "between samples"
"""The usual note after x. The columns always leave room for it, so that the second column
stays put whether the cursor is on a sample or not."""

_LONGEST = 24
"""The longest number a field can hold: ``-1.2345678901234567e-300``."""
_LONGEST_POSITIVE = _LONGEST - 1
"""The longest one without a sign: S, S' and compare mode's values are never negative."""

Rows = tuple[tuple[int, ...], ...]
"""Which fields share each line, by index."""

_LAYOUTS: tuple[Rows, ...] = (
    ((0, 1, 2, 3),),
    ((0, 1), (2, 3)),
    ((0,), (1, 2), (3,)),
    ((0,), (1,), (2, 3)),
    ((0,), (1,), (2,), (3,)),
)
"""Which fields share a line, fewest lines first: x alone on a line before it shares one
with S, since x with its note is the longest field. Read line by line, the fields always come
in the legend's order, as a screen reader reads them."""


def value_texts(values: Values | CompareValues) -> list[str]:
    """The values as every surface writes them, each the shortest text that reads back to its
    double: S and S' (and compare mode's three) never negative, so -0.0 is written 0.0; S''
    keeps its sign, -0.0 right of x0 where it underflows from below (as ``--at`` and ``--csv``
    write it). The readout and the table both write these."""
    if isinstance(values, CompareValues):
        return [repr(v + 0.0) for v in (values.sigmoid, values.tanh, values.relu)]
    return [
        repr(values.sigmoid + 0.0),
        repr(values.derivative + 0.0),
        repr(values.second_derivative),
    ]


def readout_fields(
    values: Values | CompareValues, note: str | None = None, depth: int = 1, weight: float = 1.0
) -> list[str]:
    """``x = …`` (with ``note`` after it), then ``S = …``, ``S' = …``, ``S'' = …``; or, in
    compare mode, ``Sigmoid' = …``, ``Tanh' = …``, ``ReLU' = …`` (``^n`` through n layers,
    ``(4·Sigmoid')^n`` with a weight)."""
    x = f"x = {format_number(values.x)}" + (f" ({note})" if note else "")
    names = (
        _compare_labels(depth, weight) if isinstance(values, CompareValues) else ["S", "S'", "S''"]
    )
    return [
        x,
        *(f"{name} = {text}" for name, text in zip(names, value_texts(values), strict=True)),
    ]


def _compare_labels(depth: int, weight: float) -> list[str]:
    return [power_label(name, depth, weight) for name in ("Sigmoid'", "Tanh'", "ReLU'")]


def _widest(compare: bool, depth: int, weight: float) -> list[int]:
    """The longest each field can be in this view, whatever x the cursor is at; x with room
    for :data:`NOTE`. ReLU' of weight 1 is 0.0 or 1.0."""
    x = len("x = ") + _LONGEST + len(f" ({NOTE})")
    if not compare:
        return [
            x,
            len("S = ") + _LONGEST_POSITIVE,
            len("S' = ") + _LONGEST_POSITIVE,
            len("S'' = ") + _LONGEST,
        ]
    labels = _compare_labels(depth, weight)
    relu = len("1.0") if weight == 1.0 else _LONGEST_POSITIVE
    most = (_LONGEST_POSITIVE, _LONGEST_POSITIVE, relu)
    return [x, *(len(f"{label} = ") + n for label, n in zip(labels, most, strict=True))]


def _columns(rows: Rows, widths: list[int]) -> list[int]:
    """Each column as wide as its widest field on the lines that share it (a field alone on
    its line sets no column)."""
    shared = [row for row in rows if len(row) > 1]
    count = max((len(row) for row in shared), default=0)
    return [max(widths[row[i]] for row in shared if len(row) > i) for i in range(count)]


def _line_widths(rows: Rows, widths: list[int], separator: str) -> list[int]:
    columns = _columns(rows, widths)
    return [
        widths[row[0]]
        if len(row) == 1
        else sum(columns[: len(row) - 1]) + widths[row[-1]] + len(separator) * (len(row) - 1)
        for row in rows
    ]


def _render(fields: list[str], rows: Rows, columns: list[int], separator: str) -> list[str]:
    return [
        separator.join(
            fields[index].ljust(columns[slot]) if slot < len(row) - 1 else fields[index]
            for slot, index in enumerate(row)
        )
        for row in rows
    ]


def _fewest(widths: list[int], width: int) -> tuple[Rows, str] | None:
    """The layout with the fewest lines on which fields of ``widths`` fit, and its separator."""
    for rows in _LAYOUTS:
        for separator in (SEPARATOR, "  "):
            if max(_line_widths(rows, widths, separator)) <= width:
                return rows, separator
    return None


@cache
def _lines_at(width: int) -> int:
    """How many lines the readout takes at ``width`` whatever the mode and the depth: the most
    that the article's modes and compare mode, from one layer to the deepest, need (a weight
    other than 1 may need one more). Kept a width, as each cursor step lays the readout out."""
    views = ((False, 1), (True, 1), (True, 2), (True, MAX_DEPTH))  # ^50: the longest
    found = [_fewest(_widest(compare, depth, 1.0), width) for compare, depth in views]
    return max(len(f[0]) if f else len(_LAYOUTS[-1]) for f in found)


def readout_layout(
    width: int, *, compare: bool = False, depth: int = 1, weight: float = 1.0
) -> tuple[Rows, list[int], str]:
    """The lines, columns and separator of the readout at ``width``: as many lines as any mode
    and depth needs there (:func:`_lines_at`), laid out for the longest fields of this view.

    It depends on the width and the view's labels only, never on the values, so the readout
    keeps its height and its columns as the cursor moves; and with a weight of 1 its height
    depends on the width alone, so that neither m, nor < and >, nor the sweep moves the chart
    (at 80 columns Both took two lines and Compare three: the chart lost a row on m).
    """
    widths = _widest(compare, depth, weight)
    least = _lines_at(width)
    for rows in _LAYOUTS:
        if len(rows) < least:
            continue
        for separator in (SEPARATOR, "  "):
            if max(_line_widths(rows, widths, separator)) <= width:
                return rows, _columns(rows, widths), separator
    return _LAYOUTS[-1], [], SEPARATOR


def readout_lines(
    values: Values | CompareValues,
    width: int,
    note: str | None = None,
    depth: int = 1,
    weight: float = 1.0,
) -> list[str]:
    """The four fields on one line, two lines of two, three or four lines: the fewest on which
    the longest values of this view fit (:func:`readout_layout`).

    Columns line up from one line to the next and stay put as the values change length, and
    the number of lines never changes with them: the chart above keeps its size. No field is
    ever cut. Only a note longer than :data:`NOTE` (a row of the table named) can spill over
    its column; where the line would then be too wide, the fields take as many lines as their
    own lengths need.
    """
    fields = readout_fields(values, note, depth, weight)
    rows, columns, separator = readout_layout(
        width, compare=isinstance(values, CompareValues), depth=depth, weight=weight
    )
    lines = _render(fields, rows, columns, separator)
    if all(len(line) <= width for line in lines):
        return lines
    actual = [len(field) for field in fields]
    for rows in _LAYOUTS:
        if max(_line_widths(rows, actual, separator)) <= width:
            return _render(fields, rows, _columns(rows, actual), separator)
    return fields
