"""What a person sees at every colour depth: compare mode's curves apart in 16 colours, and
every text on screen readable in a real xterm at 16, 256 and 16 million colours."""

from __future__ import annotations

import re

import pytest
from rich.color import ColorSystem
from rich.style import Style
from rich.text import Text
from textual.widgets import Input, RadioButton

from sigmoid_tui.chart.figure import render_chart
from sigmoid_tui.chart.overlay import Overlay
from sigmoid_tui.chart.print_colors import ANSI_16, reduce_colors, snap_to_sixteen
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.widgets.plot import _SIXTEEN, SigmoidPlot

from .colour_depths import contrast, text_contrasts, xterm_rgb
from .screen import wait_until

_LEGEND_GLYPH = re.compile(r"\x1b\[(?:38;2;(\d+);(\d+);(\d+)|(\d+))m[⣿⢕]")


def _compare_legend_colours(text: str) -> list[tuple[int, ...]]:
    """The colour in front of each legend glyph of the chart's second line: (r, g, b) or the
    ANSI code."""
    legend = text.split("\n")[1]
    return [
        tuple(int(v) for v in m.groups() if v is not None) for m in _LEGEND_GLYPH.finditer(legend)
    ]


@pytest.mark.parametrize("dark", [True, False])
def test_compare_curves_take_three_ansi_colours_in_sixteen(dark: bool) -> None:
    """Sigmoid', Tanh' and ReLU' land on three ANSI colours, each 3:1 or more on black (dark)
    or white (light), in the app's 16 colours and in --print's."""
    text = render_chart(View(mode=Mode.COMPARE), 80, 22, ChartStyle(color=True), Overlay())
    snapped = snap_to_sixteen(text, _SIXTEEN, dark=dark)
    indices = []
    for rgb in _compare_legend_colours(snapped):
        indices.append(_SIXTEEN.index(rgb))  # type: ignore[arg-type]
    assert len(set(indices)) == 3, indices
    background = ANSI_16[0] if dark else ANSI_16[15]
    for index in indices:
        assert contrast(ANSI_16[index], background) >= 3.0, (index, dark)
    printed = reduce_colors(text, 16)
    assert len(set(_compare_legend_colours(printed))) == 3


async def test_the_app_in_sixteen_colours_draws_compare_curves_apart() -> None:
    """TERM=xterm (16 colours): the chart's three curves reach the terminal as three ANSI
    colours, not red and red as Textual's reduction by distance made them."""
    app = SigmoidApp(View(mode=Mode.COMPARE), sixteen_colors=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        await pilot.pause()
        assert app.has_class("-sixteen")
        chart = app.screen.query_one(SigmoidPlot).render()
        assert isinstance(chart, Text)
        legend = chart.split("\n")[1]
        colours = {
            Style.parse(str(span.style)).color.downgrade(ColorSystem.STANDARD).number  # type: ignore[union-attr]
            for span in legend.spans
            if legend.plain[span.start] in "⣿⢕"
        }
        assert len(colours) == 3, colours


@pytest.mark.slow
@pytest.mark.parametrize("sixteen", [True, False])
async def test_every_text_reads_at_every_colour_depth(sixteen: bool) -> None:
    """Inputs, labels, choices, hints, messages, chart text, readout and footer keys: 4.5:1 or
    more on every theme in a real xterm at 16 colours (the app styled for them), and at 256
    and 16 million (the same screen, reduced or not)."""
    app = SigmoidApp(View(mode=Mode.COMPARE), sixteen_colors=sixteen)
    depths = (16,) if sixteen else (256, 2**24)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        app.screen.query_one("#x-max", Input).value = "abc"
        lowest = dict.fromkeys(depths, (99.0, ""))
        for theme in sorted(app.available_themes):
            app.theme = theme
            for step in ("x min focused, x max invalid", "chart focused"):
                await pilot.pause()
                for depth in depths:
                    ratio, text, line, column = text_contrasts(app, depth)[0]
                    where = f"{theme}, {step}: {text!r} at {line},{column}"
                    lowest[depth] = min(lowest[depth], (ratio, where))
                    assert ratio >= 4.5, f"{depth} colours, {where}: {ratio:.2f}"
                await pilot.press("escape")
            app.screen.query_one("#x-min", Input).focus()
        for depth, (ratio, where) in lowest.items():
            print(f"lowest contrast at {depth} colours: {ratio:.2f} ({where})")


async def test_input_boxes_and_radio_dots_show_on_every_theme() -> None:
    """Each input a box of its own (1.3:1 or more against the panel; underlined under the
    ANSI themes), and the unselected choices' dots 3:1 or more on the dark themes."""
    app = SigmoidApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        await pilot.pause()
        for theme in sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            box = app.screen.query_one("#points", Input)
            panel = app.screen.query_one("#controls").styles.background
            if app.current_theme.ansi:
                assert box.rich_style.underline, theme
                continue
            inside = xterm_rgb(box.rich_style.bgcolor, 2**24)  # type: ignore[arg-type]
            ratio = contrast(inside, panel.rgb)
            assert ratio >= 1.3, f"{theme}: input box {ratio:.2f} against the panel"
            if app.current_theme.dark:
                off = next(b for b in app.screen.query(RadioButton) if not b.value)
                dot = off.get_component_rich_style("toggle--button")
                ratio = contrast(xterm_rgb(dot.color, 2**24), xterm_rgb(dot.bgcolor, 2**24))  # type: ignore[arg-type]
                assert ratio >= 3.0, f"{theme}: unselected dot {ratio:.2f}"


async def test_focused_chart_frame_stands_out_under_ansi_dark() -> None:
    """ansi-dark on a black terminal: the focused chart's frame is heavy and in the text
    colour, never the dark blue that showed less than the unfocused frame."""
    app = SigmoidApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        app.theme = "ansi-dark"
        await pilot.pause()
        plot = app.screen.query_one(SigmoidPlot)
        unfocused = plot.styles.border_top
        await pilot.press("escape")
        await pilot.pause()
        focused = plot.styles.border_top
        assert focused[0] == "heavy"
        assert unfocused[0] == "round"
        black = ANSI_16[0]

        def seen(color: object) -> float:
            from textual.color import Color

            assert isinstance(color, Color)
            rgb = ANSI_16[7] if color.ansi == -1 else ANSI_16[color.ansi or 0]
            return contrast(rgb, black)

        assert seen(focused[1]) >= seen(unfocused[1])


SCREEN_THEMES = (
    "textual-dark",
    "textual-light",
    "ansi-dark",
    "ansi-light",
    "solarized-dark",
    "solarized-light",
    "atom-one-light",
    "tokyo-night",
)
"""Dark, light and ANSI themes, and those whose own colours read worst (every theme is
checked on the main screen above; these screens cost a theme switch each)."""

_SCREENS = {
    "help": (("f1",), "#help-panel"),
    "describe": (("i",), "#describe-panel"),
    "table": (("t",), "#table"),
    "palette": (("ctrl+p", "down", "down"), "CommandList, CommandInput"),
}
"""The keys that open each screen from the chart, and what of it is read (not what it dims)."""


@pytest.mark.slow
@pytest.mark.parametrize("sixteen", [True, False])
@pytest.mark.parametrize("screen", list(_SCREENS))
async def test_every_screen_reads_at_every_colour_depth(screen: str, sixteen: bool) -> None:
    """Help, describe, the table and the palette (its search, its commands, the highlighted
    one): 4.5:1 or more, as the main screen. Before: headings and formulas 1.9:1
    (solarized-dark), the table's header and first column 3:1, the palette's help 2.3:1 and
    its highlighted command grey on light grey under ansi-dark, and in 16 colours every panel
    grey (4:1)."""
    keys, read = _SCREENS[screen]
    depths = (16,) if sixteen else (256, 2**24)
    app = SigmoidApp(View(), sixteen_colors=sixteen)
    failures: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        await pilot.press("escape")
        reopen = screen == "palette"  # a palette keeps the styles it opened with
        if not reopen:
            await pilot.press(*keys)
            await wait_until(lambda: bool(app.screen.query(read)))
        for theme in SCREEN_THEMES:
            app.theme = theme
            await pilot.pause()
            if reopen:
                await pilot.press(*keys)
                await wait_until(lambda: bool(app.screen.query(read)))
                await pilot.pause()
            regions = [widget.region for widget in app.screen.query(read)]
            for depth in depths:
                for ratio, text, line, column in text_contrasts(app, depth):
                    if ratio < 4.5 and any(region.contains(column, line) for region in regions):
                        failures.append(f"{theme}, {depth} colours: {text!r} {ratio:.2f}")
                        break
            if reopen:
                await pilot.press("escape")
                await wait_until(lambda: app.screen is app.explorer)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord", "solarized-light"])
async def test_the_choices_dots_stand_on_the_panel_in_sixteen_colours(theme: str) -> None:
    """TERM=xterm: each choice's dot (and the half blocks that frame it) on the panel's own
    black or white, the dot 4.5:1 or more; they sat on grey blocks that ran together into a
    bar beside the names."""
    app = SigmoidApp(sixteen_colors=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.explorer.controls_ready.wait()
        app.theme = theme
        await pilot.pause()
        panel = xterm_rgb(app.screen.query_one("#controls").rich_style.bgcolor, 16)  # type: ignore[arg-type]
        seen = 0
        for strip in app.screen._compositor.render_strips():
            for text, style, _ in strip:
                if style is None or text.strip() not in ("○", "●", "▐", "▌"):
                    continue
                background = xterm_rgb(style.bgcolor, 16)  # type: ignore[arg-type]
                assert background == panel, (text, background, panel)
                if text.strip() in ("○", "●"):
                    seen += 1
                    assert contrast(xterm_rgb(style.color, 16), background) >= 4.5  # type: ignore[arg-type]
        assert seen == 4
