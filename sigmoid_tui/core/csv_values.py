"""Values as CSV: ``x,sigmoid,derivative``, every double in its shortest round-trip form.

With a steepness k and shift x0 the columns are S(k(x - x0)) and its derivative
k S'(k(x - x0)); the header stays the same. Every value is correctly rounded, the double nearest
the true one (:mod:`.rounded`), in every mode: the command line's ``--csv`` (with or without
``--exact``) and the app's export write the very same bytes.

Rows are made in blocks, so 10^7 points never become one large string in memory. Each block of
doubles is written by orjson, whose float formatting (Ryu) gives the shortest digits that read
back to the same double, like Python's ``repr`` but in bulk and some 20 times faster: the
numbers themselves are the same, the spelling may differ (``1e-9`` for ``1e-09``,
``0.000025`` for ``2.5e-05``), and ``float(field)`` gives back exactly the double written.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import BinaryIO

import numpy as np
import orjson
from numpy.typing import NDArray

from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.rounded import compare_values, curve_values
from sigmoid_tui.core.sampling import linspace
from sigmoid_tui.core.view import Mode, View, power_label

__all__ = [
    "CSV_HEADER",
    "CsvBlock",
    "csv_blocks",
    "csv_header",
    "distinct_doubles",
    "format_rows",
    "write_csv",
]

CSV_HEADER = "x,sigmoid,derivative"
"""The first line of every CSV this tool writes."""

_ROWS_PER_BLOCK = 1 << 16
"""Rows made and written at a time: memory stays flat at any number of points."""


@frozen
class CsvBlock:
    """Some CSV text and how many data rows it completes."""

    data: bytes
    """UTF-8 text (ASCII in fact), whole lines."""
    rows: int
    """Data rows written so far, this block's included (the header counts none)."""


def format_rows(rows: NDArray[np.float64]) -> bytes:
    """A 2-D array of doubles as CSV lines, each double in shortest round-trip form.

    orjson writes an infinity as ``null`` (JSON has no infinity); a value that overflows, as
    (100·S')^50 can for a steep k, must read back as what it is, so a block holding one is
    written field by field, ``inf`` as Python reads it.
    """
    if rows.shape[0] == 0:
        return b""
    if not np.isfinite(rows).all():
        return b"".join(
            b",".join(
                orjson.dumps(value) if math.isfinite(value) else repr(value).encode()
                for value in row
            )
            + b"\n"
            for row in rows.tolist()
        )
    text = orjson.dumps(np.ascontiguousarray(rows), option=orjson.OPT_SERIALIZE_NUMPY)
    # [[a,b,c],[d,e,f]] -> a,b,c\nd,e,f\n
    return text[2:-2].replace(b"],[", b"\n") + b"\n"


def csv_header(view: View) -> str:
    """``x,sigmoid,derivative``; in compare mode ``x,sigmoid_derivative,tanh_derivative,
    relu_derivative``, each with ``^n`` through n layers (``(w*...)^n`` with a weight)."""
    if view.mode is not Mode.COMPARE:
        return CSV_HEADER
    return ",".join(
        [
            "x",
            *(
                power_label(f"{name}_derivative", view.depth, view.weight, times="*")
                for name in ("sigmoid", "tanh", "relu")
            ),
        ]
    )


def csv_blocks(view: View, *, exact: bool = False) -> Iterator[CsvBlock]:
    """The CSV for ``view`` as blocks: the header line, then rows, each ending in a newline.

    Every value is the double nearest the true one (:mod:`.rounded`), at millions of rows a
    second; ``exact`` is accepted, from the days when that took a flag, and changes nothing.
    In compare mode the columns are the three derivatives to the view's depth.
    """
    del exact  # every row is correctly rounded either way
    yield CsvBlock((csv_header(view) + "\n").encode(), 0)
    x = linspace(view.x_min, view.x_max, view.points)
    k, x0 = view.steepness, view.shift
    compare = view.mode is Mode.COMPARE
    for start in range(0, x.size, _ROWS_PER_BLOCK):
        xs = x[start : start + _ROWS_PER_BLOCK]
        if compare:
            columns = compare_values(xs, k, x0, view.depth, view.weight).columns
        else:
            columns = curve_values(xs, k, x0).columns
        yield CsvBlock(format_rows(np.column_stack((xs, *columns))), start + len(xs))


def write_csv(view: View, out: BinaryIO, *, exact: bool = False) -> None:
    """Write the CSV for ``view`` to the binary stream ``out`` (``exact`` changes nothing)."""
    for block in csv_blocks(view, exact=exact):
        out.write(block.data)


def distinct_doubles(low: float, high: float) -> int:
    """How many doubles lie in ``[low, high]`` (both finite, ``low <= high``; -0.0 is 0.0)."""

    def order(value: float) -> int:
        bits = int(np.array(value, dtype=np.float64).view(np.int64))
        return bits if bits >= 0 else -(bits & 0x7FFF_FFFF_FFFF_FFFF)

    assert math.isfinite(low)
    assert math.isfinite(high)
    return order(high) - order(low) + 1
