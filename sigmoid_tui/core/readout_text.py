"""The trace readout's text: x, S, S' and S'' at the cursor, laid out in the width there is.

Values come from :func:`.exact.values_at`, each the double nearest the true value, written in
the shortest form that reads back to the same double. Nothing here imports Textual.
"""

from __future__ import annotations

from sigmoid_tui.core.exact import CompareValues, Values
from sigmoid_tui.core.parsing import format_number
from sigmoid_tui.core.view import power_label

__all__ = ["SEPARATOR", "readout_fields", "readout_lines"]

SEPARATOR = "   "
"""Between two fields on one line."""

_WIDEST = (4 + 24, 4 + 23, 5 + 23, 6 + 24)
"""The longest each field can be (``x = -1.2345678901234567e-300`` and so on)."""


def readout_fields(
    values: Values | CompareValues, note: str | None = None, depth: int = 1, weight: float = 1.0
) -> list[str]:
    """``x = …`` (with ``note`` after it), then ``S = …``, ``S' = …``, ``S'' = …``; or, in
    compare mode, ``Sigmoid' = …``, ``Tanh' = …``, ``ReLU' = …`` (``^n`` through n layers,
    ``(4·Sigmoid')^n`` with a weight)."""
    x = f"x = {format_number(values.x)}" + (f" ({note})" if note else "")
    if isinstance(values, CompareValues):
        return [
            x,
            *(
                f"{power_label(name, depth, weight)} = {value + 0.0!r}"
                for name, value in (
                    ("Sigmoid'", values.sigmoid),
                    ("Tanh'", values.tanh),
                    ("ReLU'", values.relu),
                )
            ),
        ]
    return [
        x,
        f"S = {values.sigmoid + 0.0!r}",
        f"S' = {values.derivative + 0.0!r}",
        f"S'' = {values.second_derivative!r}",
    ]


def readout_lines(
    values: Values | CompareValues,
    width: int,
    note: str | None = None,
    depth: int = 1,
    weight: float = 1.0,
) -> list[str]:
    """The four fields on one line, two lines of two, or four lines: the fewest that fit.

    Columns line up from one line to the next, and no field is ever cut: a narrow readout gets
    more lines rather than losing S' or S'' off its edge. One line is chosen only where the
    longest values would fit, so that a wide readout never changes height as the cursor moves;
    two lines keep their columns where the longest values fit, so that nothing shifts sideways.
    """
    fields = readout_fields(values, note, depth, weight)
    widest = _WIDEST if isinstance(values, Values) else (28, 35, 32, 32)
    noted = (widest[0] + len(f" ({note})") if note else widest[0], *widest[1:])
    longest = [max(len(field), most) for field, most in zip(fields, noted, strict=True)]
    # Columns as wide as the longest values wherever that fits, so that the second column
    # stays put as x grows from "0" to "-4.341521051537158"; the actual widths only where
    # the room is too narrow for that.
    for per_line, slots in ((4, longest), (2, longest), (2, [len(field) for field in fields])):
        columns = [max(slots[i::per_line]) for i in range(per_line)]
        if sum(columns) + len(SEPARATOR) * (per_line - 1) <= width:
            return [
                SEPARATOR.join(
                    field.ljust(column)
                    for field, column in zip(fields[i : i + per_line], columns, strict=True)
                ).rstrip()
                for i in range(0, len(fields), per_line)
            ]
    return fields
