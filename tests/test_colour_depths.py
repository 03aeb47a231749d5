"""What a person sees at every colour depth: compare mode's curves apart in 16 colours, and
every text on screen readable in a real xterm at 16, 256 and 16 million colours."""

from __future__ import annotations

import errno
import re
import threading
from collections.abc import Iterator

import pytest
from rich.cells import cell_len
from rich.color import ColorSystem
from rich.style import Style
from rich.text import Text
from textual.widgets import Input, ProgressBar, RadioButton
from textual.widgets._progress_bar import Bar

from sigmoid_tui.chart.figure import render_chart
from sigmoid_tui.chart.overlay import Overlay
from sigmoid_tui.chart.print_colors import ANSI_16, reduce_colors, snap_to_sixteen
from sigmoid_tui.chart.style import ChartStyle
from sigmoid_tui.core.csv_values import CsvBlock, csv_blocks
from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.screens.quit import QuitScreen
from sigmoid_tui.tui.widgets.plot import _SIXTEEN, SigmoidPlot
from sigmoid_tui.tui.widgets.saver import SYNC_EXPORT_POINTS

from .colour_depths import bold_in_standard_colours, contrast, text_contrasts, xterm_rgb
from .conftest import StartApp
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
checked on the main screen at 100x30; these screens cost a theme switch each)."""

KINDS_OF_THEME = SCREEN_THEMES[:4]
"""Textual's own dark and light themes and the two ANSI ones, one of each kind, for the sweeps
that differ from the full one only in the layout (60x20) or in Textual's NO_COLOR filter."""

_MAIN_SWEEPS = {
    "100x30": ((100, 30), False, ()),
    "60x20": ((60, 20), False, KINDS_OF_THEME),
    "no-color": ((100, 30), True, KINDS_OF_THEME),
}
"""The main screen's sweeps: its size, whether under NO_COLOR=1, and the themes (none: every
one). 60x20 is the smallest full layout (each label beside its input, shorter labels on a
smaller chart). Under NO_COLOR Textual turns each colour a grey of its brightness, and under
an ANSI theme (the app's fix) leaves every colour to the terminal."""

EXPORT = View(mode=Mode.BOTH, points=SYNC_EXPORT_POINTS + 1)
"""The main screen's view: the sigmoid and its derivative, whose points of interest and tails
take the most labels, and just enough points for an export to run in a thread (one block)."""


class HeldExport:
    """Exports that end when the test says, written or failed for a full disk."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Hold every export the app starts from now on before its rows, until :meth:`end`."""
        self._open = threading.Event()
        self._full = False

        def held(view: View, *, exact: bool = False) -> Iterator[CsvBlock]:
            for block in csv_blocks(view, exact=exact):
                if block.rows:
                    # Bounded, so that a test that never lets go fails instead of hanging.
                    if not self._open.wait(timeout=60):
                        raise TimeoutError("the test never let the export end")
                    if self._full:
                        raise OSError(errno.ENOSPC, "No space left on device")
                yield block

        monkeypatch.setattr("sigmoid_tui.tui.widgets.saver.csv_blocks", held)

    def hold(self) -> None:
        """Hold the next export before its rows."""
        self._open.clear()

    def end(self, *, disk_full: bool) -> None:
        """Let the export go on (and the next ones): to its file, or to a full disk."""
        self._full = disk_full
        self._open.set()


@pytest.mark.slow
@pytest.mark.parametrize("sixteen", [True, False])
@pytest.mark.parametrize("sweep", list(_MAIN_SWEEPS))
async def test_every_text_reads_at_every_colour_depth(
    start_app: StartApp, monkeypatch: pytest.MonkeyPatch, sweep: str, sixteen: bool
) -> None:
    """Inputs, labels, choices, the hint and the messages under the inputs, chart text (the
    points' labels, on a linear and a log axis), readout, footer keys, an export's progress
    line and its message on the frame (written, and failed): 4.5:1 or more on every theme in
    a real xterm at 16 colours (the app styled for them), and at 256 and 16 million (the same
    screen, reduced or not). Before: the progress line 2.2:1 (solarized-dark at 256), "Values
    saved" 3.3:1 (textual-light) and 1.7:1 in 16 colours, under NO_COLOR every ANSI theme
    black on black, and on a light theme in 16 colours the chosen mode, the focused label and
    an error on the frame bold black, which xterm draws grey (4.0:1)."""
    size, no_color, themes = _MAIN_SWEEPS[sweep]
    depths = (16,) if sixteen else (256, 2**24)
    export = HeldExport(monkeypatch)
    async with start_app(
        EXPORT, size=size, no_color=no_color, sixteen_colors=sixteen, show_points=True
    ) as (app, pilot):
        themes = themes or tuple(sorted(app.available_themes))
        x_max = app.screen.query_one("#x-max", Input)
        saver = app.explorer.saver
        lowest = dict.fromkeys(depths, (99.0, ""))

        async def check(step: str) -> None:
            await pilot.pause()
            for depth in depths:
                ratio, text, line, column = text_contrasts(app, depth)[0]
                where = f"{sweep}, {app.theme}, {step}: {text!r} at {line},{column}"
                lowest[depth] = min(lowest[depth], (ratio, where))
                assert ratio >= 4.5, f"{depth} colours, {where}: {ratio:.2f}"

        # Each theme shows the last theme's axis and export's ending, then its own: the axis
        # and the ending alternate, so that every theme (but the first) shows both of each.
        for number, theme in enumerate(themes):
            app.theme = theme
            x_max.value = "10"  # the view's own: the view stays, and the frame's message too
            await pilot.press("escape")
            export.hold()
            await pilot.press("e")
            await check("chart focused, the hint, an export under way, the last one's ending")
            await pilot.press("l")
            export.end(disk_full=number % 2 == 1)
            app.screen.query_one("#x-min", Input).focus()
            x_max.value = "abc"
            await wait_until(lambda: not saver.running)
            await check("x min focused, x max invalid, the other axis, this export's ending")
            for written in saver.directory.glob("*.csv"):
                written.unlink()  # 20,001 rows a theme add up
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


_SCREENS = {
    "help": (("f1",), "#help-panel"),
    "describe": (("i",), "#describe-panel"),
    "table": (("t",), "#table"),
    "palette": (("ctrl+p", "down", "down"), "CommandList, CommandInput"),
    "go to": (("g", "x", "enter"), "#prompt-panel"),
    "solve": (("slash",), "#prompt-panel"),
    "help's keys": (("f1", "end"), "#help-panel"),
    "palette searched": (("ctrl+p", "d", "e"), "CommandList, CommandInput"),
}
"""The keys that open each screen from the chart, and what of it is read (not what it dims).
The two prompts are one screen: go to is shown with a bad answer (its message, the input
marked), solve empty (the hint in its input, and the line under it). The help is read at its
start and at its end (the table of keys), the palette also searched (what is typed, and the
letters it matched)."""


@pytest.mark.slow
@pytest.mark.parametrize("sixteen", [True, False])
@pytest.mark.parametrize("screen", list(_SCREENS))
async def test_every_screen_reads_at_every_colour_depth(screen: str, sixteen: bool) -> None:
    """Help, describe, the table, the palette (its search, its commands, the highlighted
    one) and the prompts (g, /): 4.5:1 or more, as the main screen. Before: headings and
    formulas 1.9:1 (solarized-dark), the table's header and first column 3:1, the palette's
    help 2.3:1 and its highlighted command grey on light grey under ansi-dark, the prompt's
    hint 1.7:1 (solarized-dark at 256), a bad answer 1.9:1 on its red (solarized-dark), the
    help's table of keys dark grey under black text (ansi-light: 2.2:1 at 256), the search
    typed in the palette 4.4:1 (solarized-light), in 16 colours every panel grey (4:1; the
    prompt's hint 1:1), and on a light theme there, with xterm's bold colours, every screen's
    bold black text grey (4.0:1)."""
    keys, read = _SCREENS[screen]
    depths = (16,) if sixteen else (256, 2**24)
    app = SigmoidApp(View(), sixteen_colors=sixteen)
    failures: list[str] = []
    lowest = dict.fromkeys(depths, (99.0, ""))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        await pilot.press("escape")
        reopen = screen.startswith("palette")  # a palette keeps the styles it opened with
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
                ratio, text = next(
                    (ratio, text)
                    for ratio, text, line, column in text_contrasts(app, depth)
                    if any(region.contains(column, line) for region in regions)
                )
                lowest[depth] = min(lowest[depth], (ratio, f"{screen}, {theme}: {text!r}"))
                if ratio < 4.5:
                    failures.append(f"{theme}, {depth} colours: {text!r} {ratio:.2f}")
            if reopen:
                await pilot.press("escape")
                await wait_until(lambda: app.screen is app.explorer)
    for depth, (ratio, where) in lowest.items():
        print(f"lowest contrast at {depth} colours: {ratio:.2f} ({where})")
    assert not failures, "\n".join(failures)


def _style_of(app: SigmoidApp, text: str) -> Style:
    """The style of the first run on the screen that holds ``text``."""
    for strip in app.screen._compositor.render_strips():
        for segment_text, style, _ in strip:
            if text in segment_text and style is not None:
                return style
    raise AssertionError(f"{text!r} is not on the screen")


def _bold_found(app: SigmoidApp, step: str) -> list[str]:
    """What ``step`` shows bold in a standard colour, as a line for the failure (or none)."""
    found = sorted({text for text, _, _ in bold_in_standard_colours(app)})
    return [f"{step}: {found}"] if found else []


LIGHT = ["textual-light", "solarized-light"]
"""Two light themes: Textual's own and solarized's, whose text is not black but comes to it."""


@pytest.mark.parametrize("theme", LIGHT)
async def test_no_text_on_the_main_screen_is_bold_black_in_sixteen_colours(
    start_app: StartApp, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    """TERM=xterm on a light theme: no text on the main screen and the quit question is bold
    in one of the eight standard colours, which xterm draws in their bright form (bold black
    as grey, 4.0:1 on white). Before: the chosen mode, the focused and the bad field's labels,
    the error under the inputs and on the frame, the footer's keys and the quit question's
    buttons. What bold marked is marked still: underlined, or in reverse video (the focused
    bad field's label, the focused button)."""
    export = HeldExport(monkeypatch)
    failures: list[str] = []
    async with start_app(EXPORT, sixteen_colors=True, show_points=True) as (app, pilot):
        app.theme = theme
        export.hold()
        await pilot.press("escape", "e")  # the chart focused, an export under way
        await pilot.pause()
        failures += _bold_found(app, "the chart focused, an export's progress line")
        app.screen.query_one("#x-min", Input).focus()
        app.screen.query_one("#x-max", Input).value = "abc"
        await pilot.pause()
        failures += _bold_found(app, "x min focused, x max invalid, the error under the inputs")
        assert _style_of(app, "x min").underline  # focused
        assert _style_of(app, "Both").underline  # the chosen mode
        assert _style_of(app, "Chart unchanged.").underline  # an error
        app.screen.query_one("#x-max", Input).focus()
        await pilot.pause()
        assert _style_of(app, "x max ✗").reverse  # bad, and focused
        await pilot.press("ctrl+q")
        await wait_until(lambda: isinstance(app.screen, QuitScreen))
        for focus, label in (("wait", "w: wait"), ("cancel", "c: cancel"), ("back", "esc: back")):
            app.screen.query_one(f"#{focus}").focus()
            await pilot.pause()
            failures += _bold_found(app, f"the quit question, {focus} focused")
            assert _style_of(app, label).reverse, focus
        await pilot.press("escape")
        await wait_until(lambda: app.screen is app.explorer)
        export.end(disk_full=True)
        await wait_until(lambda: not app.explorer.saver.running)
        await pilot.pause()
        failures += _bold_found(app, "an export's failure on the chart's frame")
    assert not failures, "\n".join(failures)


_OVER_THE_CHART = {
    "the help": (("f1",), "#help-panel"),
    "the view in words": (("i",), "#describe-panel"),
    "the palette, searched": (("ctrl+p", "d", "e"), "CommandList"),
    "go to, a bad answer": (("g", "x", "enter"), "#prompt-panel"),
}
"""The screens over the chart read for bold: the keys that open each, and what shows it open."""


@pytest.mark.parametrize("theme", LIGHT)
async def test_no_text_on_the_other_screens_is_bold_black_in_sixteen_colours(
    start_app: StartApp, theme: str
) -> None:
    """As on the main screen: the help (every page), the view in words, the palette searched,
    a prompt's bad answer and the table. Before: the help's headings, formulas, strong words
    and keys, the view in words' title, the palette's titles and the letters it matched, the
    prompt's bad answer and its message, the table's header, first column and lit row."""
    failures: list[str] = []
    async with start_app(View(), sixteen_colors=True, on_chart=True) as (app, pilot):
        app.theme = theme
        for step, (keys, read) in _OVER_THE_CHART.items():
            await pilot.press(*keys)
            await wait_until(lambda: bool(app.screen.query(read)))  # noqa: B023
            await pilot.pause()
            failures += _bold_found(app, step)
            for page in range(2, 10) if step == "the help" else ():
                await pilot.press("pagedown")
                await pilot.pause()
                failures += _bold_found(app, f"the help, page {page}")
            await pilot.press("escape")
            await wait_until(lambda: app.screen is app.explorer)
        await pilot.press("t")
        await pilot.pause()
        failures += _bold_found(app, "the table")
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


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light", "textual-dark"])
async def test_under_no_color_the_choices_dots_stand_between_blanks(
    start_app: StartApp, theme: str
) -> None:
    """NO_COLOR: each choice's dot with a blank either side, not the half blocks that round
    its patch in the patch's colour, which NO_COLOR takes away: under ansi-dark they showed as
    two white bars beside every dot."""
    async with start_app(size=(80, 24), no_color=True) as (app, pilot):
        app.theme = theme
        await pilot.pause()
        strips = app.screen._compositor.render_strips()
        for button in app.screen.query(RadioButton):
            region = button.region
            row = "".join(text for text, _, _ in strips[region.y])
            shown = row[region.x : region.right]
            assert shown.lstrip().startswith(("○ ", "● ")), shown
            assert not set(shown) & {"▐", "▌"}, shown


async def test_under_ansi_dark_the_helps_bullets_and_scrollbar_show(start_app: StartApp) -> None:
    """ansi-dark on a black terminal: the help's bullets in the text colour and its
    scrollbar's thumb in white, not the terminal's dark blue, which hardly showed on black."""
    async with start_app(size=(80, 24), on_chart=True) as (app, pilot):
        app.theme = "ansi-dark"
        await pilot.press("f1")
        await wait_until(lambda: bool(app.screen.query("#help-panel")))
        await pilot.pause()
        bar = app.screen.query_one("#help-panel").vertical_scrollbar.region
        bullets: list[Style] = []
        thumb: set[str] = set()
        for y, strip in enumerate(app.screen._compositor.render_strips()):
            x = 0
            for text, style, _ in strip:
                if style is not None and text.strip() == "•":
                    bullets.append(style)
                if style is not None and bar.contains(x, y):
                    thumb |= {str(c.name) for c in (style.color, style.bgcolor) if c is not None}
                x += cell_len(text)
        assert bullets
        assert all(style.color is None or style.color.is_default for style in bullets), bullets
        assert "color(7)" in thumb, thumb
        assert "color(4)" not in thumb, thumb


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light"])
async def test_under_ansi_the_export_bar_shows_how_far_it_has_to_go(
    start_app: StartApp, theme: str
) -> None:
    """The export's bar under an ANSI theme: the part done and the part to go in two colours,
    bright white and grey (it was the terminal's dark blue, the rest invisible); the help's
    frame not in that dark blue either."""
    async with start_app(size=(80, 24), on_chart=True) as (app, pilot):
        app.theme = theme
        app.screen.query_one("#saver").display = True
        app.screen.query_one("#export-bar", ProgressBar).update(total=100, progress=40)
        await pilot.pause()
        row = app.screen.query_one(Bar).region.y
        strip = app.screen._compositor.render_strips()[row]
        bar_colours = {
            str(segment.style.color.name)
            for segment in strip
            if segment.style is not None
            and segment.style.color is not None
            and segment.text
            and not segment.text.strip("━╺╸")
        }
        assert bar_colours == {"color(15)", "color(8)"}, bar_colours
        await pilot.press("f1")
        await wait_until(lambda: bool(app.screen.query("#help-panel")))
        await pilot.pause()
        top = app.screen.query_one("#help-panel").region.y
        corner = next(
            segment
            for segment in app.screen._compositor.render_strips()[top]
            if segment.text.startswith("╭")
        )
        assert corner.style is not None
        assert corner.style.color is not None
        assert corner.style.color.name != "color(4)", corner.style
