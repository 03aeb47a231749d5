"""Peak memory of the app at 10^7 points: ``python -m benchmarks.app_memory``, prints MB.

Runs the real app headless at 100x30, opens it on 10^7 points, redraws in every mode, moves the
cursor, toggles points of interest and the log axis, and reports this process's peak RSS.
"""

from __future__ import annotations

import asyncio
import resource
import sys
from pathlib import Path

from sigmoid_tui.core.view import View
from sigmoid_tui.tui.app import SigmoidApp


async def exercise(points: int) -> None:
    """Drive the app through what a person does on a large view."""
    app = SigmoidApp(View(points=points))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause(0.3)
        for key in ("m", "m", "m", "right", "right", "p", "l", "n", "plus", "minus"):
            await pilot.press(key)
            await pilot.pause()


def main() -> int:
    """Exercise the app and print the peak resident memory in MB."""
    points = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
    asyncio.run(exercise(points))
    print(peak_mb())
    return 0


def peak_mb() -> float:
    """This process's peak resident memory, in MB.

    Read from /proc (VmHWM), which starts afresh at exec; getrusage's ru_maxrss does not, and
    would report the benchmark's own peak for every child it starts.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())
