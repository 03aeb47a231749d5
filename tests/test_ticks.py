"""Axis ticks on round numbers, labelled as briefly as they can be told apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sigmoid_tui.chart.ticks import format_ticks, nice_ticks


@pytest.mark.parametrize(
    ("low", "high", "count", "labels"),
    [
        (-10, 10, 5, ["-10", "-5", "0", "5", "10"]),
        (0, 1, 5, ["0", "0.25", "0.5", "0.75", "1"]),
        (0, 0.25, 6, ["0", "0.05", "0.1", "0.15", "0.2", "0.25"]),
        (-745.5, 745.5, 7, ["-500", "-250", "0", "250", "500"]),
        (1e-300, 2e-300, 5, ["1e-300", "1.25e-300", "1.5e-300", "1.75e-300", "2e-300"]),
        (-1e308, 1e308, 5, ["-1e308", "-5e307", "0", "5e307", "1e308"]),
    ],
)
def test_ticks_are_round_and_read_easily(
    low: float, high: float, count: int, labels: list[str]
) -> None:
    """0, 0.25, 0.5 rather than 0.17, 0.33; 0 is exactly 0."""
    assert format_ticks(nice_ticks(low, high, count)) == labels


def test_no_ticks_where_doubles_cannot_tell_them_apart() -> None:
    """A span of one subnormal step has no room for ticks."""
    assert nice_ticks(0.0, 5e-324, 4) == []
    assert nice_ticks(1.0, 1.0, 4) == []


@given(
    st.floats(-1e300, 1e300),
    st.floats(1e-300, 1e300),
    st.integers(2, 30),
)
def test_ticks_lie_in_range_and_labels_are_distinct(low: float, span: float, count: int) -> None:
    """Ticks never leave the range, exceed the count by at most one, and never repeat."""
    high = low + span
    if not low < high:
        return
    ticks = nice_ticks(low, high, count)
    assert len(ticks) <= count + 1
    assert all(low <= t <= high for t in ticks)
    labels = format_ticks(ticks)
    assert len(set(labels)) == len(labels)
