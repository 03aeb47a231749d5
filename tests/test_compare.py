"""Compare mode: the sigmoid's, tanh's and ReLU's derivatives, through depth, and in words."""

from __future__ import annotations

import math
import warnings

import mpmath
import numpy as np
import pytest
from textual.widgets import Static

from sigmoid_tui.chart.figure import render_chart
from sigmoid_tui.chart.overlay import Overlay
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.cli.options import parse_options
from sigmoid_tui.cli.usage import UsageError
from sigmoid_tui.core.activations import compare_curves
from sigmoid_tui.core.csv_values import csv_header
from sigmoid_tui.core.exact import compare_at
from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.core.words import describe, vanished_share
from sigmoid_tui.tui.screens.describe import DescribeScreen

from .conftest import StartApp
from .reference import nearest_double
from .screen import chart_text, readout

MP = mpmath.MPContext()
MP.dps = 60


def exact_tanh_derivative(u: float) -> mpmath.mpf:
    """1 - tanh(u)^2 = sech(u)^2, to 60 digits."""
    return MP.sech(MP.mpf(u)) ** 2


def ulps(got: float, want: mpmath.mpf) -> float:
    """The error in ulps of the exact value (in subnormal steps below the normal range)."""
    target = abs(float(want))
    unit = math.ulp(target) if target >= 2.2250738585072014e-308 else 5e-324
    return float(abs(MP.mpf(got) - want) / unit)


def test_tanh_derivative_is_within_4_ulp_over_minus_400_to_400() -> None:
    """tanh' = 4 S'(2u) against sech^2 on 8,001 points, subnormal tail included, no warnings."""
    x = np.linspace(-400.0, 400.0, 8001)
    with warnings.catch_warnings(), np.errstate(all="raise"):
        warnings.simplefilter("error")
        _, tanh, _ = compare_curves(x)
    worst = max(
        ulps(float(t), exact_tanh_derivative(float(u))) for u, t in zip(x, tanh, strict=True)
    )
    assert worst <= 4.0
    assert tanh[0] == 0.0  # 4 e^-800 ~ 7e-348: the nearest double is 0
    assert compare_curves(np.array([355.0]))[1][0] == pytest.approx(4 * math.exp(-710), rel=1e-8)


@pytest.mark.parametrize("depth", [2, 10, 50])
def test_depth_powers_against_mpmath_down_to_the_subnormals(depth: int) -> None:
    """(S')^n and (tanh')^n within (8n + 2) ulp (n times the input's 4 ulp, which can be 8 ulp
    of relative error at the bottom of a binade, plus the power's own rounding); subnormal
    results within a few steps. The readout's values are exact (next test)."""
    x = np.linspace(-60.0, 60.0, 1201)
    with warnings.catch_warnings(), np.errstate(all="raise"):
        warnings.simplefilter("error")
        sigmoid, tanh, relu = compare_curves(x, depth=depth)
    for u, s, t in zip(x.tolist(), sigmoid.tolist(), tanh.tolist(), strict=True):
        e = MP.exp(-abs(MP.mpf(u)))
        want_s = (e / (1 + e) ** 2) ** depth
        want_t = exact_tanh_derivative(u) ** depth
        for got, want in ((s, want_s), (t, want_t)):
            if abs(float(want)) >= 2.2250738585072014e-308:
                assert ulps(got, want) <= 8 * depth + 2, (u, got, want)
            else:
                assert abs(MP.mpf(got) - want) <= 2**-1074 * max(4, depth), (u, got, want)
    assert relu.tolist() == [1.0 if u > 0 else 0.0 for u in x.tolist()]


def test_the_readouts_exact_factors_are_the_nearest_doubles() -> None:
    """compare_at against mpmath rounded: (1/4)^10 exactly, and 300 other points."""
    assert compare_at(0.0, depth=10).sigmoid == 9.5367431640625e-07
    rng = np.random.default_rng(13)
    for u in rng.uniform(-300, 300, 300).tolist():
        depth = int(rng.integers(1, 51))
        got = compare_at(u, depth=depth)
        e = MP.exp(-abs(MP.mpf(u)))
        assert got.sigmoid == nearest_double((e / (1 + e) ** 2) ** depth)
        assert got.tanh == nearest_double(exact_tanh_derivative(u) ** depth)
        assert got.relu == (1.0 if u > 0 else 0.0)


@pytest.mark.parametrize("size", [(56, 18), (76, 25)])
@pytest.mark.parametrize("depth", [1, 10])
def test_the_three_legend_entries_appear_whole(size: tuple[int, int], depth: int) -> None:
    """At the chart sizes of 80x24 and 100x30: Sigmoid', Tanh', ReLU' (with ^n) under the title."""
    text = render_chart(View(mode=Mode.COMPARE, depth=depth), *size, ChartStyle(color=False))
    title, legend = text.splitlines()[:2]
    power = f"^{depth}" if depth > 1 else ""
    assert title.strip() == (
        "Derivatives: Sigmoid, Tanh, ReLU" if depth == 1 else "Derivatives^10: Sigmoid, Tanh, ReLU"
    )
    for name in ("Tanh'", "ReLU'"):
        assert f"{name}{power}" in legend
    assert f"Sigmoid'{power}" in legend or f"Sig'{power}" in legend
    assert "f'(x)" in text


def test_relu_jumps_at_x0_instead_of_sloping() -> None:
    """Without colour ReLU' is drawn with x: a vertical run in one column at x0."""
    text = render_chart(View(mode=Mode.COMPARE), 76, 25, ChartStyle(color=False))
    lines = text.splitlines()
    columns = {line.index("x") for line in lines[3:-3] if "x" in line[5:] and line.count("x") == 1}
    assert len(columns) == 1


def test_csv_header_says_the_depth() -> None:
    """x,sigmoid_derivative,tanh_derivative,relu_derivative; ^10 with a depth."""
    assert csv_header(View(mode=Mode.COMPARE)) == (
        "x,sigmoid_derivative,tanh_derivative,relu_derivative"
    )
    assert csv_header(View(mode=Mode.COMPARE, depth=10)) == (
        "x,sigmoid_derivative^10,tanh_derivative^10,relu_derivative^10"
    )


def test_depth_is_for_compare_mode_and_one_to_fifty() -> None:
    """--depth 10 with --mode compare; alone, or 0 or 51, one clear line."""
    assert parse_options(["--mode", "compare", "--depth", "10"]).view.depth == 10
    with pytest.raises(UsageError, match="only applies with --mode compare"):
        parse_options(["--depth", "3"])
    for bad in ("0", "51", "2.5"):
        with pytest.raises(UsageError, match="whole number of layers from 1 to 50"):
            parse_options(["--mode", "compare", "--depth", bad])


def test_describe_says_what_the_chart_shows() -> None:
    """Range, rise, inflection, peak and vanishing share; in compare mode the peaks and depth."""
    text = describe(View())
    assert "x from -10 to 10, in 100 evenly spaced points" in text
    assert "S rises from 4.53979e-5 at x = -10 to 0.999955 at x = 10." in text
    assert "inflection point is at x = 0" in text
    assert "below -4.58486 and above 4.58486" in text
    assert "54.2% of this range" in text
    deep = describe(View(mode=Mode.COMPARE, depth=10))
    assert "the sigmoid's derivative is 0.25 and tanh's is 1" in deep
    assert "4 times less" in deep
    assert "(1/4)^10 = 9.53674e-7" in deep
    assert vanished_share(View(x_min=-1e308, x_max=1e308)) == pytest.approx(1.0)


async def test_depth_keys_raise_each_factor_and_read_out_exactly(start_app: StartApp) -> None:
    """> nine times in compare mode: depth 10, title and readout say it, (1/4)^10 exactly."""
    async with start_app(View(mode=Mode.COMPARE), on_chart=True) as (app, pilot):
        for _ in range(9):
            await pilot.press("greater_than_sign")
        await pilot.pause()
        assert app.explorer.view.depth == 10
        assert "Derivatives^10: Sigmoid, Tanh, ReLU" in chart_text(app)
        assert "Sigmoid'^10 = 9.5367431640625e-07" in readout(app)
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert app.explorer.view.depth == 9
        await pilot.press("m", "greater_than_sign")
        assert app.explorer.view.depth == 9
        assert app.explorer.view.mode is Mode.SIGMOID


async def test_i_describes_the_view_as_plain_text(start_app: StartApp) -> None:
    """i opens a screen of the same sentences as --describe; escape closes it."""
    view = View(mode=Mode.COMPARE, depth=10)
    async with start_app(view, on_chart=True) as (app, pilot):
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, DescribeScreen)
        shown = str(app.screen.query_one("#describe-text", Static).render())
        assert shown == "\n\n".join(describe(view).splitlines())  # a sentence a paragraph
        assert app.screen.text == describe(view)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, DescribeScreen)


def test_compare_points_mark_where_each_factor_falls_below_a_hundredth() -> None:
    """With points on: S' < .01 at ±4.585 and tanh' < .01 at ±2.993 and ReLU's jump at 0."""
    from sigmoid_tui.core.points_of_interest import compare_points

    xs = {(p.label, round(p.x, 3)) for p in compare_points() if "=" not in p.label}
    assert xs == {
        ("S' < .01", -4.585),
        ("S' < .01", 4.585),
        ("tanh' < .01", -2.993),
        ("tanh' < .01", 2.993),
        ("ReLU' jump", 0.0),
    }
    assert all(p.label != "S' < .01" for p in compare_points(depth=10))
    text = render_chart(
        View(mode=Mode.COMPARE), 96, 35, ChartStyle(False), Overlay(points=tuple(compare_points()))
    )
    assert "S' < .01" in text
