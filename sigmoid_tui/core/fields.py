"""The explorer's text fields as one table: id, label, tooltip, how each is read and shown.

:func:`read_fields` turns what the six inputs hold into a new :class:`View`, or into one
message per field that is wrong, keyed by the field's id: the app marks exactly those fields,
and no code ever has to guess a field from a message's wording. Nothing here imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.parsing import (
    format_number,
    parse_number,
    parse_points,
    parse_shift,
    parse_steepness,
    parse_weight,
)
from sigmoid_tui.core.view import View

__all__ = ["FIELDS", "Field", "FieldProblems", "field_texts", "read_fields"]


@frozen
class Field:
    """One text input of the explorer."""

    id: str
    """The widget id, and the key of its text and of its problem."""
    label: str
    """The short label beside the input."""
    tooltip: str
    """What the value means, in a sentence."""
    parse: Callable[[str], float | int | Invalid]
    """Reads the typed text on its own (checks that involve other fields come after)."""
    format: Callable[[View], str]
    """The text the input shows for a view."""


FIELDS: tuple[Field, ...] = (
    Field(
        "x-min",
        "x min",
        "Left end of the x range",
        lambda text: parse_number(text, "x min"),
        lambda view: format_number(view.x_min),
    ),
    Field(
        "x-max",
        "x max",
        "Right end of the x range",
        lambda text: parse_number(text, "x max"),
        lambda view: format_number(view.x_max),
    ),
    Field(
        "points",
        "points",
        "Samples, 2 to 10,000,000",
        parse_points,
        lambda view: str(view.points),
    ),
    Field(
        "steepness",
        "k",
        "Steepness: draws S(k(x - x0)); 0 < k <= 1e6",
        parse_steepness,
        lambda view: format_number(view.steepness),
    ),
    Field(
        "shift",
        "x0",
        "Shift: where S crosses 1/2",
        parse_shift,
        lambda view: format_number(view.shift),
    ),
    Field(
        "weight",
        "w",
        "Weight, compare mode: each derivative times w before the power; 0 < w <= 100",
        parse_weight,
        lambda view: format_number(view.weight),
    ),
)
"""The six inputs, top to bottom."""

FieldProblems = dict[str, str]
"""What is wrong, per field id: one sentence each, without a full stop."""


def field_texts(view: View) -> dict[str, str]:
    """What each input shows for ``view``, by field id."""
    return {field.id: field.format(view) for field in FIELDS}


def read_fields(texts: Mapping[str, str], base: View) -> View | FieldProblems:
    """``base`` with the six typed values applied, or what is wrong with each bad field.

    Every field is read, so a person sees every problem at once. A range whose ends are both
    numbers but not in order marks both ends. The mode is not a text field: it is kept from
    ``base``.
    """
    values: dict[str, float | int] = {}
    problems: FieldProblems = {}
    for field in FIELDS:
        result = field.parse(texts[field.id])
        if isinstance(result, Invalid):
            problems[field.id] = result.message
        else:
            values[field.id] = result
    if "x-min" in values and "x-max" in values and not values["x-min"] < values["x-max"]:
        problems["x-min"] = problems["x-max"] = "x min must be less than x max"
    if problems:
        return problems
    return replace(
        base,
        x_min=float(values["x-min"]),
        x_max=float(values["x-max"]),
        points=int(values["points"]),
        steepness=float(values["steepness"]),
        shift=float(values["shift"]),
        weight=float(values["weight"]),
    )
