"""What a slow SSH link carries per key: bytes the app writes to its terminal after each key.

``uv run python -m benchmarks.wire [--sizes 80x24 100x30 200x60]``

The app runs on a pseudo-terminal of the given size, as under ``ssh``; after the first frame
and after each key, everything it writes until it has been quiet for a while is counted. The
seconds per key at 1 Mbit/s follow from the bytes. A bare Textual app that updates one label
per key is measured the same way, as the floor.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from collections.abc import Sequence

QUIET = 0.4
"""Seconds without output that end a frame."""

KEYS: tuple[tuple[str, bytes], ...] = (
    ("→ (cursor one sample)", b"\x1b[C"),
    ("→ again", b"\x1b[C"),
    ("← (back)", b"\x1b[D"),
    ("n (next point of interest)", b"n"),
    ("shift+→ (ten samples)", b"\x1b[1;2C"),
    ("p (points on)", b"p"),
    ("+ (zoom)", b"+"),
)
"""Keys pressed on the chart, in turn, after Escape put the focus there."""

BARE_APP = """
from textual.app import App
from textual.widgets import Label
class Bare(App):
    n = 0
    def compose(self):
        yield Label("0", id="n")
    def on_key(self, event):
        self.n += 1
        self.query_one(Label).update(str(self.n))
Bare().run()
"""


class Terminal:
    """A child process on a pseudo-terminal of its own."""

    def __init__(self, argv: Sequence[str], width: int, height: int) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child
            os.environ.update(TERM="xterm-256color", COLORTERM="truecolor")
            os.environ.pop("COLUMNS", None)
            os.environ.pop("LINES", None)
            os.execvp(argv[0], list(argv))
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        os.kill(pid, signal.SIGWINCH)

    def drain(self, quiet: float = QUIET, limit: float = 30.0, most: float = 3.0) -> bytes:
        """Everything written until the child has been quiet for ``quiet`` seconds, or for
        ``most`` seconds after it began to write (an input's cursor blinks twice a second, so
        with the focus in an input the app is never quiet for long)."""
        out = bytearray()
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                if out:
                    break
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            if not out:
                deadline = min(deadline, time.monotonic() + most)
            out += chunk
        return bytes(out)

    def press(self, key: bytes) -> int:
        """Send ``key``; the bytes written in answer."""
        os.write(self.fd, key)
        return len(self.drain())

    def close(self) -> None:
        """Stop the child."""
        try:
            os.write(self.fd, b"\x11")  # ctrl+q
            time.sleep(0.5)
            os.kill(self.pid, signal.SIGKILL)
        except OSError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def measure(width: int, height: int, rounds: int) -> dict[str, int]:
    """Median bytes after the first frame and after each key, at ``width`` x ``height``."""
    results: dict[str, list[int]] = {}
    for _ in range(rounds):
        term = Terminal([sys.executable, "-m", "sigmoid_tui"], width, height)
        first = term.drain(quiet=0.4)
        results.setdefault("first frame", []).append(len(first))
        term.press(b"\x1b")  # to the chart
        term.drain(quiet=1.0)
        for name, key in KEYS:
            results.setdefault(name, []).append(term.press(key))
        term.press(b"\t")  # back into x min: typing a digit there
        results.setdefault("a typed digit in x min", []).append(term.press(b"5"))
        term.close()
        bare = Terminal([sys.executable, "-c", BARE_APP], width, height)
        bare.drain(quiet=1.5)
        results.setdefault("bare app: a label updated", []).append(bare.press(b"x"))
        bare.close()
    return {name: int(statistics.median(values)) for name, values in results.items()}


def main() -> int:
    """Print bytes per key and seconds per key at 1 Mbit/s for each size."""
    # The app keeps settings (h, the theme, the marker): measure it as first installed.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sigmoid-tui-bench-")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="*", default=["80x24", "100x30", "200x60"])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for size in args.sizes:
        width, height = (int(v) for v in size.split("x"))
        print(f"{size}:")
        for name, count in measure(width, height, args.rounds).items():
            print(f"  {name:32} {count:>8,} B  {count * 8 / 1e6:6.3f} s at 1 Mbit/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
