"""Start-up without garbage collection: held off by the command line, let go by the app once
its controls are in, and never left off or frozen by anything else."""

from __future__ import annotations

import contextlib
import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sigmoid_tui.cli.main import main
from sigmoid_tui.cli.options import NO_OPTIONS, parse_options, read_options
from sigmoid_tui.core import start_up
from sigmoid_tui.tui import panel_styles as panel_styles_module
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.explorer_screen import ExplorerScreen
from sigmoid_tui.tui.panel_styles import PANEL_STYLES
from sigmoid_tui.tui.screens.help import HelpScreen

from .conftest import StartApp
from .screen import wait_until


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector as the session has it before and after the test, whatever the test did."""
    frozen = gc.get_freeze_count()
    yield
    start_up.release()
    gc.enable()
    if gc.get_freeze_count() > frozen:  # what the test froze goes back into view and goes
        gc.unfreeze()
        gc.collect()
        gc.freeze()


@pytest.mark.parametrize(
    "argv",
    [
        ["--at", "40"],
        ["--print", "--size", "60x20"],
        ["--csv", "--points", "5"],
        ["--points", "abc"],
        ["--help"],
    ],
    ids=["at", "print", "csv", "bad input", "help"],
)
def test_every_command_line_ends_with_the_collector_on_and_nothing_frozen(
    argv: list[str], collector: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever the command does, done or refused, it hands back the collector as it found
    it: on, with nothing of its own frozen."""
    del collector
    frozen = gc.get_freeze_count()
    with contextlib.suppress(SystemExit):
        main(argv)
    capsys.readouterr()
    assert gc.isenabled()
    assert not start_up.held()
    assert gc.get_freeze_count() <= frozen  # frozen objects freed may lower it; never more


async def test_the_app_lets_the_collector_go_once_its_controls_are_in(
    start_app: StartApp, collector: None
) -> None:
    """Held as the command line holds it: off while the first frame is made, on (and what
    start-up made frozen) once the inputs and the footer are in."""
    del collector
    frozen = gc.get_freeze_count()
    start_up.hold()
    assert not gc.isenabled()
    assert start_up.held()
    async with start_app() as (app, _pilot):
        assert app.explorer.controls_ready.is_set()
        assert gc.isenabled()
        assert not start_up.held()
        assert gc.get_freeze_count() > frozen + 10_000


async def test_an_app_that_was_not_held_freezes_nothing(
    start_app: StartApp, collector: None
) -> None:
    """A test's app (or any not started by the command line) leaves the collector alone."""
    del collector
    frozen = gc.get_freeze_count()
    async with start_app() as (app, _pilot):
        assert app.explorer.controls_ready.is_set()
    assert gc.isenabled()
    assert gc.get_freeze_count() <= frozen  # frozen objects freed may lower it; never more


def test_no_options_are_what_argparse_reads_from_an_empty_command_line() -> None:
    """The README's ``sigmoid-tui`` skips argparse: its options must be argparse's own."""
    assert parse_options([]) is NO_OPTIONS
    assert read_options([]) == NO_OPTIONS


def test_the_app_with_no_options_starts_without_argparse() -> None:
    """Opening the app with no options imports neither argparse nor the parser."""
    probe = (
        "import sys\n"
        "from sigmoid_tui.cli.options import parse_options\n"
        "parse_options([])\n"
        "import sigmoid_tui.tui.app\n"
        "print(sorted({'argparse', 'sigmoid_tui.cli.parser'} & set(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


FIRST_FRAME = (
    "#main",
    "#controls",
    "#chart-area",
    "#chart",
    "#readout",
    "#too-small",
    "#footer-room",
)
"""What the first frame shows (with the screen itself), styled by sigmoid.tcss alone."""


def _first_frame_styles(app: SigmoidApp) -> dict[str, str]:
    styles = {"screen": app.explorer.styles.css}
    styles |= {name: app.explorer.query_one(name).styles.css for name in FIRST_FRAME}
    return styles


@pytest.mark.parametrize(
    ("size", "theme", "sixteen"),
    [((100, 30), "textual-dark", False), ((60, 20), "textual-light", True)],
    ids=["100x30 dark", "60x20 light 16 colours"],
)
async def test_the_panels_styles_change_nothing_the_first_frame_shows(
    start_app: StartApp,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    theme: str,
    sixteen: bool,
) -> None:
    """The first frame is styled by sigmoid.tcss alone: panels.tcss, read in after it, must
    not restyle anything it showed (the chart would change size or colour a moment after
    start), at any size, theme or colour depth."""
    async with start_app(size=size, sixteen_colors=sixteen) as (app, pilot):
        app.theme = theme
        await pilot.pause()
        assert app.stylesheet.has_source(str(PANEL_STYLES))
        with_panels = _first_frame_styles(app)
    monkeypatch.setattr(panel_styles_module, "PANEL_STYLES", Path(os.devnull))
    async with start_app(size=size, sixteen_colors=sixteen) as (app, pilot):
        app.theme = theme
        await pilot.pause()
        assert not app.stylesheet.has_source(str(PANEL_STYLES))
        assert _first_frame_styles(app) == with_panels


async def test_a_screen_opened_before_the_controls_come_in_has_its_styles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F1 pressed before the controls are in (their coming in reads the panels' styles) still
    shows the help framed as it should be: pushing a screen reads them first."""

    async def never(_screen: ExplorerScreen) -> None:
        return None

    monkeypatch.setattr(ExplorerScreen, "_add_controls", never)
    app = SigmoidApp(export_dir=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        assert not app.stylesheet.has_source(str(PANEL_STYLES))
        await pilot.press("f1")
        await wait_until(lambda: isinstance(app.screen, HelpScreen))
        assert app.stylesheet.has_source(str(PANEL_STYLES))
        panel = app.screen.query_one("#help-panel")
        assert panel.styles.border_top[0] == "round"
        assert panel.styles.width is not None
        assert panel.styles.width.value == 90
