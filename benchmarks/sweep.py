"""The sweep's frame rate and the key latency during it: ``uv run python -m benchmarks.sweep``.

The app runs headless (Textual's test driver, which renders every frame as a terminal would
be sent it) at 100x30 and 200x60. Frames are the chart's builds (``SigmoidPlot.draw_count``)
per second while ``a`` plays k in mode both and the depth in compare mode. Key latency is the
time from a key event posted to the app (a cursor step) to the cursor having moved, measured
20 times during the sweep; the median and the worst are printed.
"""

from __future__ import annotations

import asyncio
import statistics
import time

from textual import events

from sigmoid_tui.core.view import Mode, View
from sigmoid_tui.tui.app import SigmoidApp

SECONDS = 5.0
"""How long each sweep is watched."""


async def measure(size: tuple[int, int], mode: Mode) -> tuple[float, float, float]:
    """Frames a second, median and worst key latency (ms) while a sweep plays."""
    app = SigmoidApp(View(mode=mode))
    async with app.run_test(size=size) as pilot:
        await app.explorer.controls_ready.wait()
        await pilot.press("escape")
        await pilot.pause()
        screen = app.explorer
        await pilot.press("a")
        await asyncio.sleep(0.5)
        start_count, start = screen.plot.draw_count, time.perf_counter()
        await asyncio.sleep(SECONDS)
        fps = (screen.plot.draw_count - start_count) / (time.perf_counter() - start)
        latencies = []
        for i in range(20):
            before = screen.wanted
            key = "right" if i % 2 == 0 else "left"
            sent = time.perf_counter()
            app.post_message(events.Key(key, None))
            while screen.wanted == before:
                await asyncio.sleep(0.0005)
            latencies.append((time.perf_counter() - sent) * 1e3)
            await asyncio.sleep(0.137)  # off the frame rhythm, to land anywhere in a frame
        assert screen.player.playing
        await pilot.press("ctrl+q")
    return fps, statistics.median(latencies), max(latencies)


def main() -> None:
    """Print the figures for both sizes and both swept parameters."""
    for size in ((100, 30), (200, 60)):
        for mode in (Mode.BOTH, Mode.COMPARE):
            fps, median, worst = asyncio.run(measure(size, mode))
            swept = "depth" if mode is Mode.COMPARE else "k"
            print(
                f"{size[0]}x{size[1]} {mode.value:8} (sweeps {swept:5}): {fps:5.1f} frames/s, "
                f"key latency median {median:5.1f} ms, worst {worst:5.1f} ms"
            )


if __name__ == "__main__":
    main()
