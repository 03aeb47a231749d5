"""Random keystrokes and every terminal size: the app stays up, consistent, with a chart."""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from sigmoid_tui.core.fields import FIELDS, read_fields
from sigmoid_tui.core.view import View
from sigmoid_tui.tui.app import SigmoidApp

from .conftest import StartApp
from .screen import chart_text, too_small, wait_until

pytestmark = pytest.mark.slow

KEYS = (
    list("0123456789")
    + list("abcdxyz")
    + ["minus", "plus", "full_stop", "e", "underscore", "space"]
    + ["left", "right", "shift+left", "shift+right", "home", "end", "up", "down"]
    + ["tab", "shift+tab", "backspace", "delete", "enter", "escape"]
    + ["m", "M", "r", "p", "l", "n", "N", "left_square_bracket", "right_square_bracket"]
    + ["f1", "e"]
)
"""What a person's fingers can reach: text, signs, arrows, focus keys and the app's own keys
(ctrl+q aside: the run must go on; s, the SVG screenshot, is slow and has tests of its own;
? is f1's twin, and help, the slowest screen to open, is tested on its own)."""

SEEDS = (1, 2, 3)
"""Three runs that differ; each seed is the same keys on every run, so a failure repeats."""
KEYS_PER_SEED = 75
"""Three batches a seed, 225 keys in all. (300 a seed took 30-45 s each, most of it opening
the help screen, which its own tests cover.)"""
BATCH = 25


def check_consistent(app: SigmoidApp) -> None:
    """Where all inputs hold valid values, the view is exactly what they say."""
    if app.screen.is_modal:
        return
    texts = {f.id: app.screen.query_one(f"#{f.id}", Input).value for f in FIELDS}
    read = read_fields(texts, app.explorer.view)
    if isinstance(read, View):
        assert app.explorer.view == read
    else:
        assert set(read) == {f.id for f in FIELDS if field_is_marked(app, f.id)}
    view = app.explorer.view
    assert view.x_min < view.x_max
    assert view.x_min <= app.explorer.cursor <= view.x_max
    assert "Sigmoid" in chart_text(app)


def field_is_marked(app: SigmoidApp, field_id: str) -> bool:
    """Whether the input shows itself as invalid."""
    return app.screen.query_one(f"#{field_id}", Input).has_class("-invalid")


@pytest.mark.parametrize("seed", SEEDS)
async def test_random_keystrokes_never_break_the_app(start_app: StartApp, seed: int) -> None:
    """75 seeded random keys: after every batch of 25, no error, consistent view, a chart."""
    rng = random.Random(seed)
    async with start_app() as (app, pilot):
        for start in range(0, KEYS_PER_SEED, BATCH):
            keys = [rng.choice(KEYS) for _ in range(BATCH)]
            await pilot.press(*keys)
            await pilot.pause()
            if app.screen.is_modal:
                await pilot.press("escape")
                await pilot.pause()
            assert app.return_code is None, f"app exited after keys {start}..{start + BATCH}"
            check_consistent(app)
        await app.workers.wait_for_complete()
    # run_test re-raises any exception the app died of: reaching here means none.
    assert app.return_code is None


SIZES = [
    (1, 1),
    (2, 1),
    (10, 3),
    (20, 6),
    (40, 12),
    (59, 19),
    (60, 20),
    (80, 24),
    (100, 30),
    (133, 41),
    (200, 60),
    (300, 100),
]


EDGES = [(59, 24), (80, 19), (250, 80)]
"""One cell too narrow, one line too short, and a large terminal."""


def shows_too_small(app: SigmoidApp, small: bool) -> bool:
    """Whether the app shows the too-small message exactly when ``small``."""
    return too_small(app) == small


async def resize_through(pilot: Pilot[int], sizes: list[tuple[int, int]]) -> None:
    """Resize to each size in turn, letting the app settle between; below 60x20 the app
    says the terminal is too small, at 60x20 and above it shows its layout."""
    for size in sizes:
        await pilot.resize_terminal(*size)
        await pilot.pause()
        app = pilot.app
        assert isinstance(app, SigmoidApp)
        small = size[0] < 60 or size[1] < 20
        # The breakpoints restyle the screen a frame or more after the resize.
        await wait_until(partial(shows_too_small, app, small))


async def test_every_size_from_1x1_to_300x100_and_back(start_app: StartApp) -> None:
    """Up through every size and back down: no exception, the too-small message exactly
    below 60x20; the chart back at the end."""
    async with start_app(View(points=10_000_000), size=(80, 24)) as (app, pilot):
        await resize_through(pilot, SIZES + EDGES + SIZES[::-1] + [(80, 24)])
        assert "Sigmoid Function and Its Derivative" in chart_text(app)
    # run_test re-raises any exception the app died of: reaching here means none.
    assert app.return_code is None


async def test_resizing_while_redrawing_and_exporting(start_app: StartApp, tmp_path: Path) -> None:
    """Keys that redraw, a long export in a thread, and resizes, all interleaved."""
    async with start_app(View(points=300_000), on_chart=True) as (app, pilot):
        await pilot.press("e")  # a 300,000-row CSV: written by a thread worker
        for size, key in zip(
            SIZES,
            [
                "m",
                "l",
                "p",
                "plus",
                "right",
                "minus",
                "n",
                "m",
                "l",
                "left_square_bracket",
                "r",
                "m",
            ],
            strict=True,
        ):
            await pilot.press(key)
            await pilot.resize_terminal(*size)
        await pilot.resize_terminal(100, 30)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Sigmoid" in chart_text(app)
        (csv,) = tmp_path.iterdir()
        assert sum(1 for _ in csv.open()) == 300_001
    # run_test re-raises any exception the app died of: reaching here means none.
    assert app.return_code is None
