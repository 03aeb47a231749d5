"""The help screen: what the sigmoid is, why it is used, where it fails, and every key."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from sigmoid_tui.core.help_markdown import help_markdown

__all__ = ["HelpScreen", "key_rows"]


def key_rows(app: App[Any], lists: Iterable[Iterable[BindingType]]) -> list[tuple[str, str]]:
    """Every key with what it does, read from the ``lists`` of bindings in turn.

    Each binding gives one row: its keys as the footer shows them, and its tooltip (or its
    description). Nothing is copied by hand, so the help cannot drift from the keys.
    """
    rows: list[tuple[str, str]] = []
    for bindings in lists:
        for binding in bindings:
            if not isinstance(binding, Binding) or binding.system:
                continue
            keys = " / ".join(app.get_key_display(Binding(k, "")) for k in binding.key.split(","))
            what = binding.tooltip or binding.description
            if what:
                rows.append((keys, what))
    return rows


class HelpScreen(ModalScreen[None]):
    """Formulas, properties, the vanishing gradient, and the keys; escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q,question_mark", "dismiss", "Close", tooltip="Back to the chart"),
    ]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        """Show the help with ``keys`` as the table of keys."""
        super().__init__()
        self._keys = keys

    def compose(self) -> ComposeResult:
        """The text in a scrolling panel."""
        with VerticalScroll(id="help-panel"):
            yield Markdown(help_markdown(self._keys))

    def on_mount(self) -> None:
        """Scroll with the arrows straight away."""
        self.query_one("#help-panel").focus()

    def on_screen_resume(self) -> None:
        """Opened again (the app keeps it): from the top, scrolling with the arrows."""
        panel = self.query_one("#help-panel", VerticalScroll)
        panel.scroll_home(animate=False)
        panel.focus()
