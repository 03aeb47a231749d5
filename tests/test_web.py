"""In a browser (App.is_web): files reach the person as downloads, ctrl+z says it means
nothing there; and the command each browser tab runs. The real browser is tests/test_browser.py."""

from __future__ import annotations

import io
import shlex
import sys
from typing import IO, Any

import pytest

from sigmoid_tui.cli.main import main
from sigmoid_tui.cli.serve import app_command
from sigmoid_tui.core.csv_values import write_csv
from sigmoid_tui.core.view import View
from sigmoid_tui.tui.app import SigmoidApp

from .screen import status


def test_each_tab_runs_this_program_without_the_serving_options() -> None:
    """--serve, --host and --port are dropped (glued or not); the rest is kept, quoted."""
    argv = ["--serve", "--host", "0.0.0.0", "--port=9000", "--range", "-5", "5", "--log"]
    words = shlex.split(app_command(argv, python="/usr/bin/python3"))
    assert words == ["/usr/bin/python3", "-m", "sigmoid_tui", "--range=-5", "--range=5", "--log"]


def test_describe_and_print_take_the_view_options(capsys: pytest.CaptureFixture[str]) -> None:
    """--describe --cursor reads out the cursor; --print --log --show-points --cursor draws."""
    assert main(["--describe", "--cursor", "0"]) == 0
    assert capsys.readouterr().out.endswith(
        "The cursor is at x = 0: S = 0.5, S' = 0.25, S'' = 0.0.\n"
    )
    argv = ["--print", "--width", "100", "--height", "30", "--color", "never"]
    assert main([*argv, "--log", "--show-points", "--cursor", "5"]) == 0
    out = capsys.readouterr().out
    assert "(log)" in out
    assert "inflection" in out
    assert "┃" in out


@pytest.fixture
def in_a_browser(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str | None]]:
    """The app believes it runs in a browser; what it delivers is caught here."""
    delivered: list[tuple[bytes, str | None]] = []

    def deliver(_app: SigmoidApp, file: IO[bytes], **kwargs: Any) -> str:
        delivered.append((file.read(), kwargs.get("save_filename")))
        file.close()
        return "key"

    monkeypatch.setattr(SigmoidApp, "is_web", property(lambda _app: True))
    monkeypatch.setattr(SigmoidApp, "deliver_binary", deliver)
    return delivered


async def test_in_a_browser_the_csv_is_a_download_and_no_file_stays(
    in_a_browser: list[tuple[bytes, str | None]],
) -> None:
    """e sends the view's CSV to the browser; the server's temporary copy is gone."""
    async with SigmoidApp().run_test(size=(100, 30)) as pilot:
        app = pilot.app
        assert isinstance(app, SigmoidApp)
        await app.explorer.controls_ready.wait()
        await pilot.press("escape", "e")
        await pilot.pause()
        data, name = in_a_browser[0]
        expected = io.BytesIO()
        write_csv(View(), expected)
        assert data == expected.getvalue()
        assert name is not None
        assert name.endswith(".csv")
        assert status(app) == f"Values sent to the browser as a download: {name}"
        directory = app.explorer.saver.directory
        assert list(directory.iterdir()) == []
    assert not directory.exists()  # removed with the session


@pytest.mark.usefixtures("in_a_browser")
async def test_in_a_browser_ctrl_z_says_it_means_nothing_there() -> None:
    """No shell to go back to: a message, and the app goes on."""
    async with SigmoidApp().run_test(size=(100, 30)) as pilot:
        app = pilot.app
        assert isinstance(app, SigmoidApp)
        await app.explorer.controls_ready.wait()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert status(app) == "ctrl+z suspends to the shell in a terminal; a browser has none."
        assert app.is_running


def test_serve_without_textual_serve_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line naming the extra, status 2."""
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    with pytest.raises(SystemExit) as exit_:
        main(["--serve"])
    assert exit_.value.code == 2
    assert "pip install 'sigmoid-tui[serve]'" in capsys.readouterr().err
