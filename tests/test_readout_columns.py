"""The readout's columns stay put as the values under the cursor change length."""

from __future__ import annotations

import pytest

from sigmoid_tui.core.exact import values_at
from sigmoid_tui.core.readout_text import readout_lines


@pytest.mark.parametrize("width", [86, 100, 120])
def test_the_second_column_does_not_shift_as_x_grows(width: int) -> None:
    """x = 0 and x = -4.341521051537158: S and S'' start in the same column on two lines."""
    starts = set()
    for x in (0.0, 1.5, -4.341521051537158, -0.06060606060606055):
        lines = readout_lines(values_at(x, 1.0, 0.0), width, "between samples")
        assert len(lines) == 2, lines
        starts.add((lines[0].index("S = "), lines[-1].index("S'' = ")))
    assert len(starts) == 1, starts
