"""Settings kept: theme, marker and controls in a small TOML file under the XDG config
directory; a broken, unreadable or unwritable file gives one line and the defaults."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.settings import (
    Settings,
    format_settings,
    load_settings,
    parse_settings,
    save_settings,
    settings_path,
)
from sigmoid_tui.core.view import Marker
from sigmoid_tui.tui.app import SigmoidApp

from .screen import status


def _tomllib() -> ModuleType | None:
    """The standard library's TOML reader (3.11 on), to check the file against."""
    try:
        return importlib.import_module("tomllib")
    except ImportError:  # Python 3.10
        return None


tomllib = _tomllib()


def test_the_file_is_under_xdg_config_home_or_dot_config() -> None:
    """$XDG_CONFIG_HOME when absolute, else ~/.config (a relative one is ignored, as XDG says)."""
    home = Path("/home/me")
    assert settings_path({"XDG_CONFIG_HOME": "/cfg"}, home) == Path(
        "/cfg/sigmoid-tui/settings.toml"
    )
    assert settings_path({}, home) == home / ".config/sigmoid-tui/settings.toml"
    assert (
        settings_path({"XDG_CONFIG_HOME": "rel"}, home)
        == home / ".config/sigmoid-tui/settings.toml"
    )


@given(
    theme=st.none()
    | st.text(
        st.characters(blacklist_characters='"\\', blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
        min_size=1,
        max_size=30,
    ),
    marker=st.sampled_from(Marker),
    controls=st.booleans(),
)
def test_written_settings_read_back_the_same_and_are_toml(
    theme: str | None, marker: Marker, controls: bool
) -> None:
    """format then parse is the identity; the text is TOML that tomllib reads alike."""
    settings = Settings(theme, marker, controls)
    text = format_settings(settings)
    assert parse_settings(text) == settings
    if tomllib is not None:
        data = tomllib.loads(text)
        assert data.get("theme") == theme
        assert (data["marker"], data["controls"]) == (marker.value, controls)


@pytest.mark.parametrize(
    "text",
    [
        "marker = hd",
        'marker = "sparkle"',
        "controls = 1",
        'colour = "red"',
        "theme",
        'theme = "a" x',
        'marker = "hd"\nmarker = "dot"',
        "\x00\x01binary",
    ],
)
def test_a_broken_file_is_refused_with_a_reason(text: str) -> None:
    """Every way to get it wrong gives an Invalid, never an exception."""
    assert isinstance(parse_settings(text), Invalid)


def test_comments_and_blank_lines_are_fine() -> None:
    """A person's own notes in the file do no harm."""
    text = '# mine\n\ntheme = "nord"  # dark\ncontrols = false\n'
    assert parse_settings(text) == Settings(theme="nord", controls=False)


def test_a_missing_file_is_the_first_run_and_says_nothing(tmp_path: Path) -> None:
    """No file: the defaults, no warning."""
    assert load_settings(tmp_path / "none.toml") == (Settings(), None)


def test_an_unreadable_or_undecodable_file_gives_one_line_and_the_defaults(tmp_path: Path) -> None:
    """A directory where the file should be, or bytes that are not UTF-8: one line each."""
    (tmp_path / "dir.toml").mkdir()
    (tmp_path / "latin.toml").write_bytes(b'theme = "caf\xe9"')
    for name in ("dir.toml", "latin.toml"):
        settings, warning = load_settings(tmp_path / name)
        assert settings == Settings()
        assert warning is not None
        assert "\n" not in warning
        assert "defaults used" in warning


def test_an_unwritable_place_gives_one_line(tmp_path: Path) -> None:
    """A file where the config directory should be: saving fails with one line, no exception."""
    blocker = tmp_path / "sigmoid-tui"
    blocker.write_text("not a directory")
    warning = save_settings(blocker / "settings.toml", Settings())
    assert warning is not None
    assert "\n" not in warning
    assert "not saved" in warning


def test_saving_makes_the_directory_and_replaces_the_file_whole(tmp_path: Path) -> None:
    """The directory is made; the file is replaced; no temporary file stays."""
    path = tmp_path / "a" / "b" / "settings.toml"
    assert save_settings(path, Settings(marker=Marker.DOT)) is None
    assert save_settings(path, Settings(marker=Marker.HD)) is None
    assert load_settings(path) == (Settings(marker=Marker.HD), None)
    assert os.listdir(path.parent) == ["settings.toml"]


async def test_the_app_opens_with_the_kept_settings_and_keeps_changes(tmp_path: Path) -> None:
    """Theme, marker and hidden controls come back; M, h and a new theme are written."""
    path = tmp_path / "sigmoid-tui" / "settings.toml"
    save_settings(path, Settings(theme="nord", marker=Marker.HD, controls=False))
    app = SigmoidApp(settings_file=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        await pilot.pause()
        assert app.theme == "nord"
        assert app.explorer.marker is Marker.HD
        assert not app.explorer.controls_shown
        await pilot.press("escape", "M", "h")
        app.theme = "gruvbox"
        await pilot.pause()
    assert load_settings(path) == (Settings("gruvbox", Marker.DOT, True), None)


async def test_a_marker_on_the_command_line_wins_over_the_file(tmp_path: Path) -> None:
    """--marker ascii over a file that says hd; the file keeps hd while nothing changes it."""
    path = tmp_path / "settings.toml"
    save_settings(path, Settings(marker=Marker.HD))
    app = SigmoidApp(marker=Marker.ASCII, settings_file=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        await pilot.press("escape", "h")
        await pilot.pause()
        assert app.explorer.marker is Marker.ASCII
    assert load_settings(path)[0] == Settings(marker=Marker.HD, controls=False)


async def test_a_broken_file_gives_a_warning_on_screen_and_the_defaults(tmp_path: Path) -> None:
    """The app starts with the defaults and says in one line what was wrong."""
    path = tmp_path / "settings.toml"
    path.write_text("marker = sparkle\n")
    app = SigmoidApp(settings_file=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        await pilot.pause()
        assert app.explorer.marker is Marker.BRAILLE
        assert status(app).startswith("✗ Settings ignored (line 1: ")
        assert "defaults used" in status(app)


async def test_the_app_runs_where_no_config_directory_can_be_made(tmp_path: Path) -> None:
    """A file in the way of the directory: the app works and says once that it cannot save."""
    blocker = tmp_path / "sigmoid-tui"
    blocker.write_text("")
    app = SigmoidApp(settings_file=blocker / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        await pilot.press("escape", "M")
        await pilot.pause()
        assert "Settings not saved (" in status(app)
        await pilot.press("M")
        await pilot.pause()
        assert app.explorer.marker is Marker.DOT
        assert status(app) == "Curves drawn with dot markers."  # said once, not at every change


async def test_an_unknown_theme_in_the_file_is_said_and_skipped(tmp_path: Path) -> None:
    """theme = "nope": the default theme and one line."""
    path = tmp_path / "settings.toml"
    path.write_text('theme = "nope"\n')
    app = SigmoidApp(settings_file=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.explorer.controls_ready.wait()
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert "Theme 'nope'" in status(app)
