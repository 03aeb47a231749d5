"""The footer shows a key with its whole label or not at all, at every size and focus."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey

from sigmoid_tui.tui.widgets.key_footer import KeyFooter

from .conftest import StartApp
from .screen import wait_until


def _footer_text(app: object) -> tuple[str, list[str]]:
    """The footer's row as it is drawn, and each shown key's label."""
    screen = app.screen  # type: ignore[attr-defined]
    footer = screen.query_one(KeyFooter)
    region = footer.region
    strips = screen._compositor.render_strips()
    row = "".join(segment.text for segment in strips[region.y])
    labels = [key.render().plain.strip() for key in footer.query(FooterKey) if key.display]
    return row, labels


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30), (200, 60)])
@pytest.mark.parametrize("where", ["inputs", "chart", "table"])
async def test_every_key_shown_is_whole(
    start_app: StartApp, size: tuple[int, int], where: str
) -> None:
    """Each shown key's label is on the footer's row in full, and no key is cut at the edge."""
    async with start_app(size=size, on_chart=where != "inputs") as (app, pilot):
        if where == "table":
            await pilot.press("t")
        await pilot.pause()
        await pilot.pause()
        row, labels = _footer_text(app)
        assert labels, row
        for label in labels:
            assert label in row, (label, row)
        footer = app.screen.query_one(KeyFooter)
        for key in footer.query(FooterKey):
            if key.display:
                assert key.region.right <= footer.region.right, key.render().plain


async def test_the_footer_builds_its_keys_again_only_when_they_change(
    start_app: StartApp,
) -> None:
    """Tab from x min to x max (the same keys): the footer keeps its keys, and repaints
    nothing; Escape to the chart (its arrows join): the keys are new, and the arrows show."""
    async with start_app() as (app, pilot):
        footer = app.screen.query_one(KeyFooter)
        before = list(footer.query(FooterKey))
        await pilot.press("tab")
        await pilot.pause()
        await pilot.pause()
        assert getattr(app.screen.focused, "id", None) == "x-max"
        assert list(footer.query(FooterKey)) == before
        await pilot.press("escape")
        await wait_until(lambda: any(key.key == "right" for key in footer.query(FooterKey)))
        assert not set(footer.query(FooterKey)) & set(before)
