"""Messages on the chart's frame keep their point: a long path loses the middle of its folders,
never the file's name, and no message outlives the state it speaks of."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sigmoid_tui.core.message_fit import fit_message
from sigmoid_tui.core.view import View

from .conftest import StartApp
from .screen import shown_status, status

SAVED = "Values saved: /home/someone/code/projects/sigmoid-tui/sigmoid-tui-20261101-120000.csv"


@pytest.mark.parametrize("width", [33, 45, 60, 80])
def test_a_long_path_keeps_its_file_name(width: int) -> None:
    """The file name is whole at every width; the message fits; … marks what went."""
    fitted = fit_message(SAVED, width)
    assert len(fitted) <= width
    assert fitted.endswith("/sigmoid-tui-20261101-120000.csv")
    assert "…" in fitted


def test_a_message_that_fits_is_left_alone() -> None:
    """Short text, and text without a path, are cut only when they must be, at the end."""
    assert fit_message("Through 3 layers.", 40) == "Through 3 layers."
    assert fit_message("No more points of interest that way.", 20) == "No more points of …"


@pytest.mark.parametrize("width", range(20, 50))
def test_a_number_is_never_cut_in_two(width: int) -> None:
    """/ S=0.99 at 60x20 read "S = 0.99 at x = 4.5951198501345…", a number that is not the
    answer; a message cut short ends between words, the readout has the x whole."""
    text = "S = 0.99 at x = 4.595119850134589; also at x = -3.3"
    fitted = fit_message(text, width)
    assert len(fitted) <= width
    assert fitted.endswith("…")
    kept = fitted.removesuffix("…").split()
    assert kept == text.split()[: len(kept)], fitted


@pytest.mark.parametrize("width", [32, 33, 40, 47])
def test_where_words_and_name_cannot_both_fit_the_name_stays(width: int) -> None:
    """The narrowest chart (60x20) has 32 cells for a message: the file name, after …,
    rather than the folders; whole words before it where there is room for them."""
    fitted = fit_message("Values saved: /tmp/a/b/sigmoid-tui-20261203-120103.csv", width)
    assert len(fitted) <= width
    assert fitted.endswith("sigmoid-tui-20261203-120103.csv"), fitted
    words = fitted.split("…")[0].split()
    assert words == ["Values", "saved:"][: len(words)], fitted


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_saved_file_name_shows_whole(
    start_app: StartApp, tmp_path: Path, size: tuple[int, int]
) -> None:
    """e from a deep working directory: the frame paints the whole file name. It was fitted
    to two cells more than Textual paints between the frame's corners, which cut the rest
    with its own …: "sigmoid-tui-20261203-120103.…", the .csv gone."""
    deep = tmp_path.joinpath(*(f"folder-with-a-long-name-{i}" for i in range(4)))
    deep.mkdir(parents=True)
    view = View(x_min=-1, x_max=1, points=11)
    async with start_app(view, size=size, on_chart=True, export_dir=deep) as (app, pilot):
        await pilot.press("e")
        written = next(deep.glob("*.csv"))
        await pilot.pause()
        shown = shown_status(app)
        assert shown.endswith(written.name), shown
        assert len(shown) <= app.explorer.plot.size.width - 2
        assert "…" in shown
        assert status(app) == f"Values saved: {written}"  # whole, as the tooltip holds it


async def test_no_message_outlives_its_state(start_app: StartApp) -> None:
    """'No more points' goes with the next cursor step and with a jump from the table."""
    async with start_app(on_chart=True) as (app, pilot):
        await pilot.press("end", "n")
        await pilot.pause()
        assert status(app).startswith("No more points")
        await pilot.press("left")
        await pilot.pause()
        assert status(app) == ""
        await pilot.press("n", "n", "n", "n", "n", "n")
        await pilot.pause()
        assert status(app).startswith("No more points")
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("home", "enter")
        await pilot.pause()
        assert not app.explorer.show_table
        assert not status(app).startswith("No more points")


def test_a_long_reason_before_a_path_keeps_its_start_and_the_file_name() -> None:
    """A settings warning at 60 to 120 cells: "Settings ignored" and settings.toml both stay,
    the end of the reason goes (it lost its start before, and the path)."""
    text = (
        "✗ Settings ignored (line 1: '' is not a quoted string, true or false), defaults used: "
        "/home/someone/.config/sigmoid-tui/settings.toml"
    )
    for width in range(40, 121):
        fitted = fit_message(text, width)
        assert len(fitted) <= width
        assert fitted.startswith("✗ Settings ignored"), fitted
        assert fitted.endswith("/settings.toml"), fitted


WORDS = ["Values", "saved:", "S", "=", "0.99", "at", "x", "4.595119850134589;", "No", "more"]
PATHS = ["", " /tmp/a/b/c.csv", " ~/x/My Documents/long-name-here.svg", " /n.csv"]


def words_before(fitted: str) -> list[str]:
    """The whole words a fitted message shows before its … (or at all) and before its path."""
    start = fitted.split("…", maxsplit=1)[0]
    words: list[str] = []
    for word in start.split():
        if "/" in word or word.startswith("~"):
            break  # the path has begun: what follows is its folders ("My Documents")
        words.append(word)
    return words


@example(["Values"], " ~/x/My Documents/long-name-here.svg", 35)
@given(
    st.lists(st.sampled_from(WORDS), max_size=6),
    st.sampled_from(PATHS),
    st.integers(2, 90),
)
def test_any_message_fits_keeps_its_name_and_whole_words(
    words: list[str], path: str, width: int
) -> None:
    """Whatever the words, the path (spaces and all) and the room: the message fits; the file
    name is whole wherever … and the name fit; the folders never go without a … in their
    place (a bare /name says the file is at the root); the words kept before a path are whole
    and from the start; and one cell more never shows fewer of them."""
    text = (" ".join(words) + path).strip() or "x"
    fitted = fit_message(text, width)
    assert len(fitted) <= width
    assert "……" not in fitted
    if len(text) <= width:
        assert fitted == text
        return
    if path:
        name = path.rpartition("/")[2]
        if len(name) + 1 <= width:
            assert fitted.endswith(name), fitted
        assert "…" in fitted, fitted
        said = words_before(fitted)
        assert said == text.split()[: len(said)], fitted
    assert len(words_before(fit_message(text, width + 1))) >= len(words_before(fitted)), fitted


def test_a_path_with_spaces_in_it_keeps_its_name() -> None:
    """ "My Documents": the path runs to the end of the message, not to its first space."""
    fitted = fit_message("Values saved: /home/me/My Documents/x.csv", 32)
    assert fitted.endswith("/x.csv"), fitted
    assert fitted.startswith("Values saved: /home"), fitted
