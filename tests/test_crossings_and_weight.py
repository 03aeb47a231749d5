"""Compare mode's crossings (tanh' and S', tanh' and ReLU') and the weight through depth."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sigmoid_tui.chart.figure import render_chart
from sigmoid_tui.chart.overlay import Overlay
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.cli.options import parse_options
from sigmoid_tui.cli.usage import UsageError
from sigmoid_tui.core.answers import table_points
from sigmoid_tui.core.csv_values import csv_header
from sigmoid_tui.core.exact import compare_at, crossing_u, tanh_sigmoid_crossings
from sigmoid_tui.core.fields import field_texts, read_fields
from sigmoid_tui.core.parsing import parse_weight
from sigmoid_tui.core.points_of_interest import compare_points, next_point
from sigmoid_tui.core.readout_text import readout_fields
from sigmoid_tui.core.rounded import compare_values
from sigmoid_tui.core.view import Mode, View, power_label
from sigmoid_tui.core.words import describe

from .conftest import StartApp
from .reference import nearest_double
from .screen import chart_text, field, message, readout, status

MP = mpmath.MPContext()
MP.prec = 600
U_STAR = 2 * MP.acosh((1 + MP.sqrt(3)) / 2)
"""Where cosh u = 2 cosh(u/2): tanh'(u) = S'(u), to 600 bits."""


def exact_crossings(k: float, x0: float) -> tuple[float, float]:
    """x0 -+ u*/k, each rounded once to the nearest double (by mpmath)."""
    step = U_STAR / MP.mpf(k)
    return nearest_double(MP.mpf(x0) - step), nearest_double(MP.mpf(x0) + step)


def exact_compare(x: float, k: float, x0: float, n: int, w: float) -> tuple[float, float]:
    """(w k S'(u))^n and (w k tanh'(u))^n by mpmath, each rounded once."""
    u = MP.mpf(k) * (MP.mpf(x) - MP.mpf(x0))
    wk = MP.mpf(w) * MP.mpf(k)
    e = MP.exp(-abs(u))
    sigmoid = (wk * e / (1 + e) ** 2) ** n
    tanh = (wk * (1 - MP.tanh(u) ** 2)) ** n
    return nearest_double(sigmoid), nearest_double(tanh)


class TestCrossings:
    """Where tanh' and the sigmoid's derivative cross, correctly rounded at every k and x0."""

    def test_the_crossing_is_the_double_mpmath_gives(self) -> None:
        """u* = 1.662885891058621, the double nearest 2 arccosh((1 + sqrt 3)/2)."""
        assert crossing_u() == nearest_double(U_STAR) == 1.662885891058621

    @pytest.mark.parametrize(
        ("k", "x0"),
        [(1.0, 0.0), (3.0, 1e20), (0.1, -2.5), (1e6, 7.0), (1e-300, 0.0), (0.7, 1e-9)],
    )
    def test_crossings_match_mpmath_at_chosen_k_and_x0(self, k: float, x0: float) -> None:
        """Large and tiny k, large and small x0: each crossing the nearest double."""
        assert tanh_sigmoid_crossings(k, x0) == exact_crossings(k, x0)

    @settings(max_examples=150, deadline=None)
    @given(
        k=st.floats(1e-6, 1e6, allow_nan=False, allow_infinity=False),
        x0=st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    )
    def test_crossings_match_mpmath_over_k_and_x0(self, k: float, x0: float) -> None:
        """Arbitrary k and x0: both crossings correctly rounded."""
        assert tanh_sigmoid_crossings(k, x0) == exact_crossings(k, x0)

    @pytest.mark.parametrize(("depth", "weight"), [(1, 1.0), (10, 1.0), (50, 4.0), (7, 0.3)])
    def test_the_crossing_does_not_move_with_depth_or_weight(
        self, depth: int, weight: float
    ) -> None:
        """The points are at the same x through any depth and weight; the curves agree there."""
        points = [p for p in compare_points(2.0, 1.0, depth, weight) if p.label == "tanh' = S'"]
        assert [p.x for p in points] == list(tanh_sigmoid_crossings(2.0, 1.0))
        for p in points:
            values = compare_at(p.x, 2.0, 1.0, depth, weight)
            assert math.isclose(values.sigmoid, values.tanh, rel_tol=1e-13 * depth)

    def test_tanh_meets_relu_at_the_shift(self) -> None:
        """tanh' = ReLU' at x0, both (w k)^n there; the sigmoid's never meets ReLU's."""
        (meet,) = [p for p in compare_points(2.0, 1.0, 3, 4.0) if p.label == "tanh' = ReLU'"]
        assert (meet.x, meet.y) == (1.0, 512.0)
        assert "never meets ReLU" in meet.description

    def test_n_reaches_the_crossings_and_says_they_stay(self) -> None:
        """n from the centre goes to the right crossing, in compare mode at any depth."""
        view = View(mode=Mode.COMPARE, depth=10)
        stops = []
        cursor = -10.0
        while (found := next_point(view, cursor, forward=True)) is not None:
            cursor = found[0]
            stops.append(found)
        assert (1.662885891058621, True) in [(x, "same x through any depth" in s) for x, s in stops]

    def test_the_table_lists_the_crossings_in_compare_mode(self) -> None:
        """t's rows include both crossings and tanh' = ReLU'."""
        names = {x: name for name, x in table_points(View(mode=Mode.COMPARE), ())}
        assert "tanh' = S'" in names[-1.662885891058621]
        assert "tanh' = S'" in names[1.662885891058621]
        assert "tanh' = ReLU'" in names[0.0]

    def test_p_marks_the_crossings_on_the_chart(self) -> None:
        """With points on, the chart labels the crossing."""
        view = View(mode=Mode.COMPARE)
        overlay = Overlay(points=tuple(compare_points()))
        assert "tanh' = S'" in render_chart(view, 120, 40, ChartStyle(False), overlay)

    def test_the_words_say_where_the_curves_cross_and_that_it_stays(self) -> None:
        """--describe names both crossings and that depth does not move them."""
        text = describe(View(mode=Mode.COMPARE, depth=10))
        assert "crosses the sigmoid's at x = -1.66289 and x = 1.66289" in text
        assert "does not move with the depth" in text
        assert "the sigmoid's never meets ReLU's" in text


class TestWeight:
    """A weight w multiplies each derivative before the power: (w f')^n."""

    @pytest.mark.parametrize(
        ("text", "value"), [("4", 4.0), ("100", 100.0), ("0.5", 0.5), (" 1e-3 ", 0.001)]
    )
    def test_weights_above_zero_up_to_a_hundred_are_read(self, text: str, value: float) -> None:
        """Any number in (0, 100]."""
        assert parse_weight(text) == value

    @pytest.mark.parametrize("text", ["0", "-1", "100.5", "nan", "inf", "", "four"])
    def test_bad_weights_get_one_sentence(self, text: str) -> None:
        """Zero, negative, above 100 or not a number: a message, no exception."""
        result = parse_weight(text)
        assert not isinstance(result, float)
        assert "\n" not in result.message

    def test_the_command_line_takes_a_weight_in_compare_mode(self) -> None:
        """--weight 4 reaches the view; without compare mode it is refused in one line."""
        assert parse_options(["--mode", "compare", "--weight", "4"]).view.weight == 4.0
        with pytest.raises(UsageError, match="only applies with --mode compare"):
            parse_options(["--weight", "4"])
        with pytest.raises(UsageError, match="w must be above 0 and at most 100"):
            parse_options(["--mode", "compare", "--weight", "101"])

    def test_the_weight_field_is_read_with_the_others(self) -> None:
        """The app's w input: a good value changes the view, a bad one is a problem of its own."""
        texts = field_texts(View(mode=Mode.COMPARE))
        assert texts["weight"] == "1"
        assert read_fields({**texts, "weight": "8"}, View(mode=Mode.COMPARE)) == View(
            mode=Mode.COMPARE, weight=8.0
        )
        assert read_fields({**texts, "weight": "0"}, View()) == {
            "weight": "w must be above 0 and at most 100"
        }

    def test_labels_say_the_weight_and_the_depth(self) -> None:
        """(4·Sigmoid')^10 in the legend, title, y label, readout and CSV header."""
        assert power_label("Sigmoid'", 10, 4.0) == "(4·Sigmoid')^10"
        assert power_label("Sigmoid'", 1, 0.5) == "0.5·Sigmoid'"
        assert power_label("Sigmoid'", 10) == "Sigmoid'^10"
        view = View(mode=Mode.COMPARE, depth=10, weight=4.0)
        text = render_chart(view, 100, 30, ChartStyle(False))
        assert "(4·Derivatives)^10: Sigmoid, Tanh, ReLU" in text
        assert "(4·Sigmoid')^10" in text
        assert "(4·f'(x))^10" in text
        fields = readout_fields(compare_at(0.0, 1.0, 0.0, 10, 4.0), None, 10, 4.0)
        assert fields[1:] == [
            "(4·Sigmoid')^10 = 1.0",
            "(4·Tanh')^10 = 1048576.0",
            "(4·ReLU')^10 = 0.0",
        ]
        assert csv_header(view).startswith("x,(4*sigmoid_derivative)^10,")

    @pytest.mark.parametrize(
        ("depth", "weight", "k", "x0"),
        [(1, 4.0, 1.0, 0.0), (10, 8.0, 1.0, 0.0), (50, 3.7, 0.9, -1.0), (3, 0.01, 5.0, 2.0)],
    )
    def test_compare_at_with_a_weight_matches_mpmath(
        self, depth: int, weight: float, k: float, x0: float
    ) -> None:
        """The readout's values, (w k f')^n, each the double nearest the exact one."""
        for x in (-30.0, -4.1, -1e-7, 0.0, 0.3, 1.662885891058621, 9.5):
            got = compare_at(x, k, x0, depth, weight)
            assert (got.sigmoid, got.tanh) == exact_compare(x, k, x0, depth, weight)
            assert got.relu == (nearest_double((MP.mpf(weight) * k) ** depth) if x > x0 else 0.0)

    @pytest.mark.parametrize(
        ("depth", "weight", "k"), [(1, 4.0, 1.0), (10, 8.0, 1.0), (50, 3.7, 0.9), (7, 100.0, 3.0)]
    )
    def test_the_csv_with_a_weight_is_correctly_rounded(
        self, depth: int, weight: float, k: float
    ) -> None:
        """compare_values with a weight: the fast path agrees with the exact one everywhere."""
        x = np.linspace(-40.0, 40.0, 801)
        fast = compare_values(x, k, 0.5, depth, weight)
        slow = compare_values(x, k, 0.5, depth, weight, fast=False)
        for a, b in zip(fast.columns, slow.columns, strict=True):
            assert np.array_equal(a, b)
        assert fast.slow < 40

    def test_a_weight_that_overflows_rounds_to_infinity(self) -> None:
        """(100 * 1e6 / 4)^50 is past the largest double: inf, as IEEE rounding has it."""
        x = np.array([-1e-8, 0.0, 1e-9, -1e-3])
        fast = compare_values(x, 1e6, 0.0, 50, 100.0)
        assert np.isinf(fast.columns[0][:3]).all()
        assert fast.columns[0][3] == 0.0
        slow = compare_values(x, 1e6, 0.0, 50, 100.0, fast=False)
        assert np.array_equal(fast.columns[0], slow.columns[0])
        assert compare_at(0.0, 1e6, 0.0, 50, 100.0).sigmoid == math.inf

    @pytest.mark.parametrize(
        ("weight", "verdict", "factor"),
        [
            (1.0, "its gradient vanishes (9.53674e-7 through 10 layers)", "0.25"),
            (4.0, "its gradient holds (1 through 10 layers)", "1"),
            (8.0, "its gradient explodes (1024 through 10 layers)", "2"),
        ],
    )
    def test_the_words_name_the_factor_at_the_centre(
        self, weight: float, verdict: str, factor: str
    ) -> None:
        """w = 1 vanishes, 4 holds, 8 explodes: said with the factor a layer at the centre."""
        text = describe(View(mode=Mode.COMPARE, depth=10, weight=weight))
        assert f"the sigmoid's factor is {factor} a layer, so {verdict}" in text
        if weight == 8.0:
            assert "still vanishes" in text
            assert "below -1.76275 and above 1.76275" in text
        else:
            assert "still vanishes" not in text


async def test_the_weight_input_changes_the_chart_and_readout(start_app: StartApp) -> None:
    """Typing 4 into w in compare mode: legend and readout say (4·Sigmoid')^n."""
    async with start_app(View(mode=Mode.COMPARE, depth=10)) as (app, pilot):
        box = field(app, "weight")
        box.focus()
        box.value = "4"
        await pilot.pause()
        assert app.explorer.view.weight == 4.0
        assert "(4·Sigmoid')^10" in chart_text(app)
        assert "(4·Sigmoid')^10 = 1.0" in readout(app)
        box.value = "0"
        await pilot.pause()
        assert "w must be above 0 and at most 100" in message(app)
        assert app.explorer.view.weight == 4.0
        assert status(app) == "" or "✗" not in status(app)
