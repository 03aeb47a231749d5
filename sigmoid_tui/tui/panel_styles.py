"""The styles of all the first frame does not show, read in once it is on screen.

``sigmoid.tcss`` styles the chart, the readout and the room the controls and the footer take:
what the first frame shows. ``panels.tcss`` styles the rest: the controls' fields and mode
selector, the footer, the export bar and every screen over the chart. Four fifths of the rules
are there; parsed at start they took 6 of the 37 ms between ``run()`` and the first chart.
:func:`load_panel_styles` reads them in when the controls come in, or before anything that
needs them if that is sooner: a screen pushed (:meth:`.SigmoidApp.push_screen`) or the table.

Read in this way only that file is parsed (Textual keeps the others' rules), and only the
widgets already on screen are styled again. A stylesheet a screen brings itself (``CSS_PATH``
on the screen) makes Textual re-parse every file and restyle every widget: that cost 23 ms at
the first view in words, 88 ms at the first help.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App

__all__ = ["PANEL_STYLES", "load_panel_styles"]

PANEL_STYLES = Path(__file__).with_name("panels.tcss")
"""The panels' styles: they come after ``sigmoid.tcss``'s, as if at its end."""


def load_panel_styles(app: App[Any]) -> None:
    """Read :data:`PANEL_STYLES` into ``app``'s stylesheet, once, and style what is shown."""
    if app.stylesheet.has_source(str(PANEL_STYLES)):
        return
    app.stylesheet.read(PANEL_STYLES)
    app.stylesheet.update(app)
