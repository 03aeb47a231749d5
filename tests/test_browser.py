"""The explorer in a real browser: ``sigmoid-tui --serve`` driven by Playwright in Debian's
Chromium, headless (the installed browser, never one downloaded). The page loads, keys reach
the app after a click, the chart answers p and →, and s and e arrive as downloads.

Skipped, with the reason, where Playwright, textual-serve or a Chromium is missing (.ci/run
installs Chromium with apt-get where it can).
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sigmoid_tui.core.csv_values import write_csv
from sigmoid_tui.core.navigation import sample_at
from sigmoid_tui.core.view import View

pytest.importorskip("textual_serve", reason="textual-serve is not installed (sigmoid-tui[serve])")
playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get chromium)")

SCREENSHOT = Path(shot) if (shot := os.environ.get("SIGMOID_TUI_BROWSER_SHOT")) else None
"""Where to keep a screenshot of the page, for a person to look at (unset: none)."""


def free_port() -> int:
    """A port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """``sigmoid-tui --serve`` on a free port, settings and files in the test's directory."""
    port = free_port()
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    server = subprocess.Popen(
        [sys.executable, "-m", "sigmoid_tui", "--serve", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its app processes too are stopped with it
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            time.sleep(0.1)
        else:
            pytest.fail("the server did not start listening in 30 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(10)


def test_the_explorer_works_in_a_browser_and_sends_files_as_downloads(
    served: str, tmp_path: Path
) -> None:
    """Load, click, p and →, then s and e: the screenshot shows the points and the cursor one
    sample right of 0, and the CSV is the view's, byte for byte; nothing stays on the server."""
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800}, accept_downloads=True)
            page.goto(served, wait_until="domcontentloaded")
            page.wait_for_selector("#terminal.-connected canvas", timeout=30_000)
            page.wait_for_function("document.body.classList.contains('-first-byte')")
            page.wait_for_timeout(1500)  # the app's first frame after the first byte
            # The chart's title: the chart takes the focus, the cursor stays where it is.
            page.mouse.click(600, 26)
            page.keyboard.press("p")
            page.keyboard.press("ArrowRight")
            with page.expect_download(timeout=30_000) as shot:
                page.keyboard.press("s")
            svg_name = shot.value.suggested_filename
            svg = Path(shot.value.path()).read_text(encoding="utf-8")
            with page.expect_download(timeout=30_000) as values:
                page.keyboard.press("e")
            csv_name = values.value.suggested_filename
            got = Path(values.value.path()).read_bytes()
            if SCREENSHOT is not None:
                page.screenshot(path=str(SCREENSHOT))
        finally:
            browser.close()
    assert svg_name.startswith("sigmoid-tui-")
    assert svg_name.endswith(".svg")
    assert "inflection" in svg  # p: the points of interest are marked
    x = repr(sample_at(View(), 50)).replace(" ", "")
    assert f"x&#160;=&#160;{x}" in svg or f"x = {x}" in svg  # →: one sample right of 0
    expected = io.BytesIO()
    write_csv(View(), expected)
    assert csv_name.endswith(".csv")
    assert got == expected.getvalue()
    assert next(csv.reader(io.StringIO(got.decode())))[0] == "x"
    assert not list(tmp_path.glob("sigmoid-tui-*"))  # nothing written in the server's directory
