"""Words that do not drift: --help says truly what opens the explorer, the command palette
finds commands by the words people type, and its one Screenshot command works."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from rich.color import ColorSystem
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from sigmoid_tui.cli.main import main
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.commands import matches_help
from tests.conftest import StartApp
from tests.screen import status, wait_until


def help_text() -> str:
    """What ``sigmoid-tui --help`` prints."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--help"]) == 0
    return " ".join(out.getvalue().split())


def test_help_says_which_options_do_not_open_the_explorer() -> None:
    """--print, --csv, --at, --solve and --describe each print and exit: --help says so."""
    text = help_text()
    assert "Without --print or --csv it opens" not in text
    assert "Without --print, --csv, --at, --solve or --describe it opens" in text


def test_help_words_match_whole_words_from_their_start() -> None:
    """'depth' finds '(depth + 1)', 'save' finds 'Save a screenshot'; letters scattered do not."""
    assert matches_help("depth", "Compare: one layer more (depth + 1) (>)")
    assert matches_help("Save SVG", "Save a screenshot as SVG (s)")
    assert not matches_help("save", "Sigmoid, a value, e")
    assert not matches_help("", "anything")


async def palette_titles(app: SigmoidApp, pilot: Pilot[int], query: str) -> list[str]:
    """The titles the command palette offers for ``query``, after it has searched."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*query)
    commands = app.screen.query_one(CommandList)
    for _ in range(50):
        await pilot.pause(0.05)
        if commands.option_count:
            break
    titles = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
    return [title.split("\n")[0] for title in titles]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("depth", "Deeper"),
        ("layer", "Shallower"),
        ("tanh", "Mode"),
        ("derivative", "Mode"),
        ("save", "Screenshot"),
        ("save", "CSV"),
        ("log", "Log"),
    ],
)
async def test_palette_finds_commands_by_the_words_people_type(
    start_app: StartApp, query: str, title: str
) -> None:
    """ctrl+p and a word from the help: the command is offered (was only by its title)."""
    async with start_app(on_chart=True) as (app, pilot):
        titles = await palette_titles(app, pilot, query)
        assert any(t.startswith(title) for t in titles), titles


async def test_one_screenshot_command_and_it_saves(start_app: StartApp, tmp_path: Path) -> None:
    """The palette has one Screenshot, ours: it writes an SVG and says where."""
    async with start_app(on_chart=True) as (app, pilot):
        names = [command.title for command in app.get_system_commands(app.screen)]
        assert names.count("Screenshot") == 1
        titles = await palette_titles(app, pilot, "screenshot")
        assert titles[0].startswith("Screenshot")
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if status(app):
                break
        assert status(app).startswith("Screenshot saved: ")
        (saved,) = tmp_path.glob("sigmoid-tui-*.svg")
        assert saved.read_text(encoding="utf-8").startswith("<svg")


@pytest.mark.parametrize(("query", "theme"), [("light", "textual-light"), ("dark", "textual-dark")])
async def test_light_and_dark_find_a_theme(start_app: StartApp, query: str, theme: str) -> None:
    """ctrl+p "light" (or "dark") offers a theme, and Enter switches to it (found nothing)."""
    async with start_app(on_chart=True) as (app, pilot):
        if theme == "textual-dark":
            app.theme = "textual-light"
        titles = await palette_titles(app, pilot, query)
        assert titles[0] == f"{query.capitalize()} theme", titles
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if app.theme == theme:
                break
        assert app.theme == theme


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_palettes_prompt_is_a_glyph_every_font_has_and_shows(
    start_app: StartApp, theme: str
) -> None:
    """The commands and the theme list open with › (Textual's 🔎 was a missing-glyph box in
    DejaVu Sans Mono, and drawn in black it vanished on a dark theme), 3:1 or more."""
    from rich.segment import Segment

    from sigmoid_tui.tui.commands import SEARCH_ICON
    from tests.colour_depths import contrast, xterm_rgb

    async with start_app(size=(80, 24)) as (app, pilot):
        app.theme = theme
        for open_palette in (app.action_command_palette, app.search_themes):
            open_palette()
            await wait_until(
                lambda: any(SEARCH_ICON in s.text for s in app.screen._compositor.render_strips())
            )
            for strip in app.screen._compositor.render_strips():
                for text, style, _ in strip:
                    if SEARCH_ICON in text and style is not None:
                        fg = xterm_rgb(style.color, 2**24)  # type: ignore[arg-type]
                        bg = xterm_rgb(style.bgcolor, 2**24)  # type: ignore[arg-type]
                        assert contrast(fg, bg) >= 3.0, (theme, contrast(fg, bg))
                    assert "🔎" not in Segment(text).text
            await pilot.press("escape")
            await wait_until(lambda: not isinstance(app.screen, CommandPalette))


async def test_every_palette_entry_says_its_help_on_one_line_at_80_columns(
    start_app: StartApp,
) -> None:
    """Each command's help fits the palette's line at 80x24 (its options are padded two cells
    either side): a lone "(y)" or "every theme)" wrapped onto a line of its own."""
    async with start_app(size=(80, 24)) as (app, pilot):
        await pilot.press("ctrl+p")
        await wait_until(lambda: bool(app.screen.query(CommandList)))
        await pilot.pause()
        palette = app.screen
        line = palette.query_one(CommandList).scrollable_content_region.width - 4
        assert line >= 70
        too_long = [
            (command.title, command.help)
            for command in app.get_system_commands(palette)
            if len(command.help) > line
        ]
        assert not too_long, (line, too_long)


async def test_a_palette_entry_ends_with_its_key_or_with_no_brackets(start_app: StartApp) -> None:
    """Each of the explorer's entries ends with its key in brackets, "(t)", "(ctrl+s)"; one
    without a key has none: "(Change theme: all)" read like text that had leaked."""
    async with start_app(size=(80, 24)) as (app, pilot):
        await pilot.press("ctrl+p")
        await wait_until(lambda: bool(app.screen.query(CommandList)))
        for command in app.get_system_commands(app.screen):
            if not command.help.endswith(")"):
                continue
            last = command.help[command.help.rindex("(") + 1 : -1]
            assert " " not in last, command
            assert ":" not in last, command
            assert len(last) <= 12, command


@pytest.mark.parametrize(
    ("theme", "no_color"),
    [
        ("textual-dark", False),
        ("textual-light", False),
        ("ansi-dark", False),
        ("ansi-light", False),
        ("ansi-dark", True),
        ("textual-dark", True),
    ],
)
async def test_the_palettes_lit_entry_stands_out(
    start_app: StartApp, monkeypatch: pytest.MonkeyPatch, theme: str, no_color: bool
) -> None:
    """ctrl+p, ↓: the entry Enter would run is painted unlike the others. Under ansi-dark it
    was not: its reversed default colours came out as the others' plain ones; under NO_COLOR
    its bar has no colour to show, and it is underlined."""
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    async with start_app(size=(80, 24)) as (app, pilot):
        app.theme = theme
        await pilot.press("escape", "ctrl+p")
        await wait_until(lambda: bool(app.screen.query(CommandList)))
        commands = app.screen.query_one(CommandList)
        await wait_until(lambda: commands.option_count > 2)
        await pilot.press("down")
        await wait_until(lambda: commands.highlighted == 1)
        await pilot.pause()
        strips = app.screen._compositor.render_strips()

        def look(row: int) -> tuple[object, object, bool, bool]:
            segment = next(s for s in strips[row] if s.text.strip() and s.style is not None)
            style = segment.style
            assert style is not None
            return style.color, style.bgcolor, bool(style.reverse), bool(style.underline)

        top = commands.region.y + 1  # under the list's frame: two lines an entry
        lit = {look(top + 2), look(top + 3)}
        plain = {look(top), look(top + 1), look(top + 4), look(top + 5)}
        assert not lit & plain, (lit, plain)


async def test_in_sixteen_colours_the_lit_entry_is_not_bold_black(start_app: StartApp) -> None:
    """A 16-colour terminal (TERM=xterm) shows bold black as its bright black, a grey: the lit
    entry's bold title read grey on white, 4.0:1. The lit entry's text is not black."""
    async with start_app(size=(80, 24), sixteen_colors=True) as (app, pilot):
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.press("ctrl+p")
            await wait_until(lambda: bool(app.screen.query(CommandList)))
            listed = app.screen.query_one(CommandList)

            def filled(listed: CommandList = listed) -> bool:
                """The palette's entries are in."""
                return listed.option_count > 2

            await wait_until(filled)
            await pilot.pause()
            strips = app.screen._compositor.render_strips()
            top = listed.region.y + 1  # the first entry, lit, on its two lines
            for strip in strips[top : top + 2]:
                for segment in strip:
                    style = segment.style
                    if style is None or style.color is None or not segment.text.strip():
                        continue
                    if style.meta.get("option") != 0:
                        continue
                    shown = style.color.downgrade(ColorSystem.STANDARD)
                    assert shown.number != 0, (theme, segment.text, style)
            await pilot.press("escape")
            await wait_until(lambda: not app.screen.query(CommandList))
