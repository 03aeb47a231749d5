"""Keystroke to echo: how long a typed character takes to show in an input while the chart
redraws, against a bare Textual app with one Input.

``uv run python -m benchmarks.echo [--size 200x60] [--keys 20]``

The app runs on a pseudo-terminal with the focus in x min; each key typed there changes the
view, so the chart is built again. The time from writing the key to the first output that
carries the typed character is the echo; the same is measured for a bare app's Input.
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import sys
import tempfile
import time

import pyte

from benchmarks.wire import Terminal

BARE_INPUT = """
from textual.app import App
from textual.widgets import Input
class Bare(App):
    def compose(self):
        yield Input(value="-10")
Bare().run()
"""


class Screen:
    """What the terminal shows: the app's output fed to an emulator (pyte)."""

    def __init__(self, term: Terminal, width: int, height: int) -> None:
        """Follow ``term``'s output on a ``width`` x ``height`` screen."""
        self.term = term
        self.screen = pyte.Screen(width, height)
        self.stream = pyte.ByteStream(self.screen)

    def read(self, timeout: float) -> bool:
        """Feed what has come within ``timeout`` seconds; False if nothing came."""
        ready, _, _ = select.select([self.term.fd], [], [], timeout)
        if not ready:
            return False
        self.stream.feed(os.read(self.term.fd, 65536))
        return True

    def shows(self, text: str) -> bool:
        """Whether ``text`` is on screen."""
        return any(text in line for line in self.screen.display)

    def settle(self, quiet: float = 0.3, most: float = 1.5) -> None:
        """Read until the app has been quiet for ``quiet`` seconds, or for ``most`` seconds
        (an input's cursor blinks twice a second: the app is never quiet for long)."""
        end = time.perf_counter() + most
        while time.perf_counter() < end and self.read(quiet):
            pass


def echo_ms(screen: Screen, digit: str, limit: float = 5.0) -> float:
    """Milliseconds from typing ``digit`` after "-10" to the screen showing "-10<digit>"."""
    start = time.perf_counter()
    os.write(screen.term.fd, digit.encode())
    while time.perf_counter() - start < limit:
        screen.read(limit)
        if screen.shows(f"-10{digit}"):
            return 1000 * (time.perf_counter() - start)
    return 1000 * limit


def measure(argv: list[str], width: int, height: int, keys: int) -> list[float]:
    """Echo times for ``keys`` digits typed (each erased again) into the focused input."""
    term = Terminal(argv, width, height)
    screen = Screen(term, width, height)
    screen.settle(1.0, 4.0)
    os.write(term.fd, b"\x1b[F")  # End: type after the -10
    screen.settle()
    times = []
    for index in range(keys):
        times.append(echo_ms(screen, str(index % 9 + 1)))
        os.write(term.fd, b"\x7f")
        screen.settle()
    term.close()
    return times


def main() -> int:
    """Print the median and worst echo for the app and for the bare Input."""
    # The app keeps settings (h, the theme, the marker): measure it as first installed.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sigmoid-tui-bench-")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="200x60")
    parser.add_argument("--keys", type=int, default=20)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = measure([sys.executable, "-m", "sigmoid_tui"], width, height, args.keys)
    bare = measure([sys.executable, "-c", BARE_INPUT], width, height, args.keys)
    for name, times in (("sigmoid-tui x min", app), ("bare Input", bare)):
        print(f"{name:18} median {statistics.median(times):6.1f} ms  worst {max(times):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
