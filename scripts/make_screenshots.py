"""Regenerate screenshots/ from the real app: ``uv run python scripts/make_screenshots.py``.

Each screenshot is a story run headless with Textual's pilot at a fixed size and theme, saved
with ``App.save_screenshot``. Nothing in screenshots/ is drawn by hand.
"""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.app import SigmoidApp

OUT = Path(__file__).resolve().parent.parent / "screenshots"
SIZE = (80, 24)

Story = Callable[[Pilot[int]], Awaitable[None]]


async def nothing(_pilot: Pilot[int]) -> None:
    """The app as it opens."""


async def type_garbage(pilot: Pilot[int]) -> None:
    """Clear x min and type letters into it."""
    pilot.app.screen.query_one("#x-min", Input).clear()
    await pilot.press("a", "b", "c")


async def trace_with_points(pilot: Pilot[int]) -> None:
    """To the chart, points of interest on, cursor to the left S'' maximum."""
    await pilot.press("escape")
    await pilot.pause(0.3)
    await pilot.press("p", "home", "n", "n")


async def points_on(pilot: Pilot[int]) -> None:
    """To the chart, points of interest on."""
    await pilot.press("escape")
    await pilot.pause(0.3)
    await pilot.press("p")


async def log_view(pilot: Pilot[int]) -> None:
    """To the chart, logarithmic y axis."""
    await pilot.press("escape")
    await pilot.pause(0.3)
    await pilot.press("l")


STORIES: list[tuple[str, View, Story, tuple[int, int]]] = [
    ("both", View(mode=Mode.BOTH), nothing, SIZE),
    ("sigmoid", View(mode=Mode.SIGMOID), nothing, SIZE),
    ("derivative", View(mode=Mode.DERIVATIVE), nothing, SIZE),
    ("invalid-input", View(), type_garbage, SIZE),
    ("points-80x24", View(), points_on, SIZE),
    ("compare", View(mode=Mode.COMPARE), points_on, (100, 30)),
    ("compare-depth-10", View(mode=Mode.COMPARE, depth=10), log_view, (100, 30)),
    ("trace-points", View(), trace_with_points, (100, 30)),
    (
        "log-derivative",
        View(x_min=-745.5, x_max=745.5, points=2000, mode=Mode.DERIVATIVE),
        log_view,
        (100, 30),
    ),
]


async def shoot(name: str, view: View, story: Story, size: tuple[int, int]) -> Path:
    """Run one story and save its screen as screenshots/NAME.svg."""
    app = SigmoidApp(view)
    async with app.run_test(size=size) as pilot:
        await app.explorer.controls_ready.wait()
        app.theme = "textual-dark"
        for box in app.screen.query(Input):
            box.cursor_blink = False
        await pilot.pause()
        await story(pilot)
        await pilot.pause()
        path = Path(app.save_screenshot(filename=f"{name}.svg", path=str(OUT)))
    # Non-breaking spaces are white space to some SVG renderers (librsvg), which would
    # squeeze the chart's padding away; ask them to keep it.
    svg = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"<svg ", '<svg xml:space="preserve" ', svg, count=1), "utf-8")
    return path


async def main() -> int:
    """Write every screenshot and say where."""
    OUT.mkdir(exist_ok=True)
    for name, view, story, size in STORIES:
        print(await shoot(name, view, story, size))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
