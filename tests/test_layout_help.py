"""The help's formulas are never broken across lines, at any size from the smallest; the view in
words shows whole."""

from __future__ import annotations

import itertools

import pytest
from textual.containers import VerticalScroll

from sigmoid_tui.core.help_markdown import FORMULAS, help_markdown
from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.screens.describe import DescribeScreen
from sigmoid_tui.tui.screens.help import HelpScreen

from .conftest import StartApp
from .screen import wait_until


def test_every_formula_is_in_the_help() -> None:
    """The list the test below checks is the help's own: each formula appears in its text."""
    text = help_markdown([]).replace("**", "").replace("`", "")
    assert all(formula in text for formula in FORMULAS), [f for f in FORMULAS if f not in text]


@pytest.mark.parametrize("width", [60, 80])
async def test_no_formula_breaks_across_lines_in_the_help(start_app: StartApp, width: int) -> None:
    """F1 at 60 and 80 columns (tall enough to show it all): each formula whole on one line,
    as often as the text holds it (before, 60 columns broke ``S'(k(x -`` / ``x0))``)."""
    async with start_app(size=(width, 200), on_chart=True) as (app, pilot):
        await pilot.press("f1")
        await wait_until(lambda: isinstance(app.screen, HelpScreen))

        def painted() -> list[str]:
            return [strip.text for strip in app.screen._compositor.render_strips()]

        # The table of keys on screen: the formulas above it are laid out.
        await wait_until(lambda: any("│ i " in line for line in painted()))
        lines = painted()
        text = help_markdown([]).replace("**", "").replace("`", "")
        for formula in FORMULAS:
            shown = sum(line.count(formula) for line in lines)
            assert shown >= text.count(formula), (formula, width)


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30)])
async def test_the_view_in_words_shows_whole_without_a_scroll(
    start_app: StartApp, size: tuple[int, int]
) -> None:
    """i at 60x20: the default view's words fit their panel, the hint included (a blank row
    above and below the text pushed the last sentence out of sight there)."""
    async with start_app(size=size, on_chart=True) as (app, pilot):
        await pilot.press("i")
        await wait_until(lambda: isinstance(app.screen, DescribeScreen))
        panel = app.screen.query_one("#describe-panel", VerticalScroll)
        await wait_until(lambda: panel.size.height > 0 and panel.virtual_size.height > 0)
        await pilot.pause()
        assert panel.max_scroll_y == 0, (panel.size, panel.virtual_size)
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        assert any("Escape: back to the chart" in line for line in lines)
        # The blank rows above and below the text where there is room for them (24 rows up).
        assert panel.styles.padding.top == (1 if size[1] >= 24 else 0), size
        assert panel.styles.padding.bottom == panel.styles.padding.top


async def test_the_view_in_words_and_the_help_are_framed_panels(start_app: StartApp) -> None:
    """i: the words in a titled frame, indented from it, not text flush to column 0; F1: the
    help in a frame, its headings bold and never underlined (an underline reads as a link)."""
    async with start_app(size=(80, 24), on_chart=True) as (app, pilot):
        await pilot.press("i")
        await wait_until(lambda: isinstance(app.screen, DescribeScreen))
        panel = app.screen.query_one("#describe-panel")
        await wait_until(lambda: panel.size.width > 0)
        assert panel.border_title == "The view in words"
        assert panel.styles.border_top[0] == "round"
        assert panel.styles.padding.left >= 1
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        assert any("╭─ The view in words" in line for line in lines)
        first_word = next(line for line in lines if "The chart shows" in line)
        assert first_word.index("The chart shows") > first_word.index("│") + 1
        await pilot.press("escape", "f1")
        await wait_until(lambda: isinstance(app.screen, HelpScreen))
        help_panel = app.screen.query_one("#help-panel")
        assert help_panel.styles.border_top[0] == "round"
        await wait_until(lambda: len(app.screen.query("MarkdownH2")) > 0)
        for heading in app.screen.query("MarkdownH1, MarkdownH2"):
            assert heading.styles.text_style.bold, heading
            assert not heading.styles.text_style.underline, heading


@pytest.mark.parametrize("size", [(60, 20), (100, 30)])
async def test_the_words_keep_off_the_scrollbar_and_sections_are_one_row_apart(
    start_app: StartApp, size: tuple[int, int]
) -> None:
    """Compare mode's view in words scrolls at 60x20 and 100x30: its text ran into the
    scrollbar ("0.999955▐"). In the help a section's heading had two blank rows above it,
    where paragraphs have one."""
    async with start_app(View(mode=Mode.COMPARE), size=size, on_chart=True) as (app, pilot):
        await pilot.press("i")
        await wait_until(lambda: isinstance(app.screen, DescribeScreen))
        panel = app.screen.query_one("#describe-panel")
        await wait_until(lambda: panel.size.width > 0)
        await pilot.pause()
        assert panel.show_vertical_scrollbar
        bar = panel.vertical_scrollbar.region
        for part in ("#describe-text", "#describe-hint"):
            assert app.screen.query_one(part).content_region.right < bar.x, part
        await pilot.press("escape", "f1")
        await wait_until(lambda: isinstance(app.screen, HelpScreen))
        await wait_until(lambda: len(app.screen.query("MarkdownH2")) > 0)
        await pilot.pause()
        blocks = list(app.screen.query_one("Markdown").children)
        for before, heading in itertools.pairwise(blocks):
            if heading.__class__.__name__ != "MarkdownH2":
                continue
            gap = heading.region.y - before.region.bottom
            assert gap == 1, (heading, gap)


@pytest.mark.parametrize("key", ["f1", "i"])
async def test_in_sixteen_colours_the_help_and_the_words_leave_the_screen_behind(
    start_app: StartApp, key: str
) -> None:
    """TERM=xterm: F1 and i dimmed the screen behind them, and in 16 colours dim is black, so
    the footer and the chart's edge went; as the quit question, they stand over it as it is."""
    async with start_app(size=(80, 24), on_chart=True, sixteen_colors=True) as (app, pilot):
        before = app.screen._compositor.render_strips()[-1].text
        assert "Help" in before
        await pilot.press(key)
        await wait_until(lambda: isinstance(app.screen, (HelpScreen, DescribeScreen)))
        await pilot.pause()
        assert app.screen._compositor.render_strips()[-1].text == before
