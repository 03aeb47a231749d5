"""``@frozen`` records behave as ``@dataclass(frozen=True)`` ones do, compared side by side."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.view import Mode, View


@frozen
class Point:
    """A record of ours."""

    x: float
    y: float = 0.0
    label: str = ""


@dataclass(frozen=True)
class DataPoint:
    """The same record as a frozen dataclass."""

    x: float
    y: float = 0.0
    label: str = ""


@frozen(eq=False)
class Box:
    """A record compared by identity."""

    items: list[int]


@frozen
class Empty:
    """No fields at all."""


@frozen
class One:
    """One field."""

    value: float


values = st.floats(allow_nan=True) | st.integers(-3, 3)
labels = st.sampled_from(["", "a", "S'"])


@given(values, values, labels, values, values, labels)
def test_equality_and_hash_are_a_frozen_dataclasss(
    x1: float, y1: float, l1: str, x2: float, y2: float, l2: str
) -> None:
    """Equal when a frozen dataclass of the same fields is, with the same hash (NaN included:
    the same NaN object compares equal inside a tuple)."""
    ours, theirs = (
        (Point(x1, y1, l1), Point(x2, y2, l2)),
        (DataPoint(x1, y1, l1), DataPoint(x2, y2, l2)),
    )
    assert (ours[0] == ours[1]) == (theirs[0] == theirs[1])
    assert (ours[0] != ours[1]) == (theirs[0] != theirs[1])
    assert (ours[0] == Point(x1, y1, l1)) == (theirs[0] == DataPoint(x1, y1, l1))
    assert hash(ours[0]) == hash(theirs[0])


def test_repr_is_a_frozen_dataclasss() -> None:
    """``Name(field=value, ...)`` in field order, names qualified as the class is."""
    assert repr(Point(1.5, label="S'")) == repr(DataPoint(1.5, label="S'")).replace("Data", "")
    assert repr(Empty()) == "Empty()"
    assert repr(View()).startswith("View(")


def test_records_of_other_classes_are_never_equal() -> None:
    """A record equals only a record of its own class, as a dataclass does."""
    others: list[tuple[object, object]] = [
        (Point(1.0), DataPoint(1.0)),
        (One(1.0), (1.0,)),
        (Point(1.0), (1.0, 0.0, "")),
    ]
    for record, other in others:
        assert record != other
        assert not record == other  # noqa: SIM201 (both operators, as they are written)
    assert Empty() == Empty()
    assert hash(One(2.0)) == hash((2.0,))


@pytest.mark.parametrize(
    ("change", "what"),
    [
        (lambda p: setattr(p, "x", 2.0), "assign"),
        (lambda p: setattr(p, "z", 2.0), "assign"),
        (lambda p: delattr(p, "x"), "delete"),
    ],
)
def test_nothing_can_be_set_or_deleted(change: Any, what: str) -> None:
    """Fields cannot be assigned or deleted, and no attribute can be added."""
    for record in (Point(1.0), DataPoint(1.0)):
        with pytest.raises(dataclasses.FrozenInstanceError, match=what):
            change(record)
    point = Point(1.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3.0  # type: ignore[misc]
    assert point.x == 1.0


def test_records_are_still_dataclasses() -> None:
    """replace, fields, pickling and a copy work as for any dataclass; the view is one."""
    point = Point(1.0, 2.0)
    assert replace(point, y=5.0) == Point(1.0, 5.0)
    assert [f.name for f in dataclasses.fields(point)] == ["x", "y", "label"]
    assert pickle.loads(pickle.dumps(point)) == point
    view = View()
    assert replace(view, mode=Mode.SIGMOID).mode is Mode.SIGMOID
    assert dataclasses.is_dataclass(view)
    assert hash(view) == hash(replace(view))


def test_eq_false_compares_by_identity() -> None:
    """``@frozen(eq=False)``: a record equals itself alone and hashes as an object does."""
    items = [1]
    box = Box(items)
    same = box
    assert box == same
    assert box != Box(items)
    assert hash(box) == object.__hash__(box)
    with pytest.raises(dataclasses.FrozenInstanceError):
        box.items = []  # type: ignore[misc]


def test_init_checks_its_arguments_as_a_dataclasss() -> None:
    """Missing or unknown arguments are errors, defaults fill in."""
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Point(1.0, bogus=2)  # type: ignore[call-arg]
    assert Point(1.0).label == ""
