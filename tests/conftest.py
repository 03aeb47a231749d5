"""Shared fixtures: the app started at a given size and view, as a person first sees it."""

from __future__ import annotations

import gc
import os
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest
from hypothesis import settings
from textual.pilot import Pilot

from sigmoid_tui.core.view import Marker, View
from sigmoid_tui.tui.app import SigmoidApp
from sigmoid_tui.tui.widgets.plot import SigmoidPlot

from .screen import wait_until


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """Three workers a core for ``-n auto``: a pilot test spends most of its time waiting for
    the app to go idle (Textual sleeps 20 ms twice after every key it presses; the suite's
    tests took 194 s of CPU against 502 s of wall time in one run), and the other workers on
    the core run while one waits. On 2 cores, one run each way: 6 workers 123 s, 4 workers
    132 s, 8 workers 129 s."""
    del config
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 3 * (cores or 1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Deal the slow and real-terminal tests out evenly, one share per worker, each share
    opening with its slow ones: xdist gives each worker a contiguous share of the collection
    (others steal from its end), and tests in file order put a dozen slow ones in one share."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    if workers < 2:
        return
    slow = [i for i in items if any(i.iter_markers("slow")) or any(i.iter_markers("terminal"))]
    slow_ids = {id(i) for i in slow}
    quick = [i for i in items if id(i) not in slow_ids]
    dealt: list[pytest.Item] = []
    for share in range(workers):
        dealt += slow[share::workers] + quick[share::workers]
    items[:] = dealt


def pytest_collection_finish(session: pytest.Session) -> None:
    """Keep the collector off what lives all session, and let it run less often.

    Each app a test starts leaves a few thousand objects in reference cycles (a DOM is one),
    and Python's collector, every 700 new objects, walked the whole heap of modules and tests
    with them: a third of a pilot test's CPU. Frozen after collection, the session's own
    objects are out of its sight; at one pass per 10,000 new objects, each app's garbage still
    goes within a test or two."""
    del session
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


# No per-example deadline: on a loaded machine (two workers, CI neighbours) one example can
# take longer than hypothesis's 200 ms once, and a test must not fail for the machine's sake.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")

Started = tuple[SigmoidApp, Pilot[int]]
"""The running app and the pilot that drives it."""
StartApp = Callable[..., AbstractAsyncContextManager[Started]]
"""``start(view=None, size=(100, 30), *, on_chart=False, marker=BRAILLE, export_dir=None,
no_color=False, **app_kwargs)``: the app's other keywords (log_y, cursor, settings_file…)."""


@pytest.fixture(autouse=True)
def own_config_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test, and every app it starts in a terminal, keeps settings in a directory of its
    own: a test that presses M must not change the marker the person (or the next test) sees."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


@pytest.fixture
def start_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StartApp:
    """Start the app on ``view`` at ``size``, controls mounted; ``on_chart`` presses Escape
    and waits for the chart to have focus; ``no_color`` starts it as under ``NO_COLOR=1``.

    Files the app writes (s, e) land in the test's own temporary directory unless
    ``export_dir`` says otherwise.
    """

    @asynccontextmanager
    async def start(
        view: View | None = None,
        size: tuple[int, int] = (100, 30),
        *,
        on_chart: bool = False,
        marker: Marker = Marker.BRAILLE,
        export_dir: Path | None = None,
        no_color: bool = False,
        **app_kwargs: object,
    ) -> AsyncIterator[Started]:
        if no_color:
            monkeypatch.setenv("NO_COLOR", "1")  # Textual reads it when the app is made
        app = SigmoidApp(
            view,
            marker=marker,
            export_dir=export_dir or tmp_path,
            **app_kwargs,  # type: ignore[arg-type]
        )
        async with app.run_test(size=size) as pilot:
            await app.explorer.controls_ready.wait()
            await pilot.pause()
            if on_chart:
                await pilot.press("escape")
                await wait_until(lambda: isinstance(app.focused, SigmoidPlot))
            yield app, pilot

    return start
