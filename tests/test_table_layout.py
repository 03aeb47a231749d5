"""The table's layout, directly: the flattest grouping that fits, stacked cells in order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sigmoid_tui.core.table_layout import GROUPINGS, stack_columns, stacked


def test_side_by_side_where_it_fits_else_stacked() -> None:
    widths = [21, 19, 20, 19, 21]  # point, x, S, S', S''
    assert stack_columns(widths, 200) == (1, 1, 1, 1, 1)
    assert stack_columns(widths, 110) == (1, 1, 1, 1, 1)
    assert stack_columns(widths, 100) == (2, 2, 1)
    assert stack_columns(widths, 60) == (2, 3)
    assert stack_columns(widths, 30) == (5,)


@given(st.lists(st.integers(1, 40), min_size=5, max_size=5), st.integers(0, 300))
def test_the_grouping_fits_whenever_one_does(widths: list[int], room: int) -> None:
    """The choice fits when any grouping fits, and none flatter fits too."""
    sizes = stack_columns(widths, room)

    def width(grouping: tuple[int, ...]) -> int:
        total, start = 0, 0
        for size in grouping:
            total += max(widths[start : start + size]) + 2
            start += size
        return total

    fitting = [g for g in GROUPINGS if width(g) <= room]
    assert sizes == (fitting[0] if fitting else (5,))


def test_stacked_cells_keep_their_order() -> None:
    cells = ["saturation", "-4.58", "0.0101", "0.01", "0.0098"]
    assert stacked(cells, (2, 2, 1)) == ["saturation\n-4.58", "0.0101\n0.01", "0.0098"]
    assert stacked(cells, (1, 1, 1, 1, 1)) == cells
    assert "\n".join(stacked(cells, (2, 3))).split("\n") == cells
