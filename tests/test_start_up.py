"""Start-up without garbage collection: held off by the command line, let go by the app once
its controls are in, and never left off or frozen by anything else."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

import pytest

from sigmoid_tui.cli.main import main
from sigmoid_tui.core import start_up

from .conftest import StartApp


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
