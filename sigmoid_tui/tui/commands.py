"""The command palette: the app's commands found by the words people type, not by title only.

Textual's own provider matches a query against a command's title alone, so "depth", "layer",
"tanh" or "save" found nothing although "Deeper: Compare: one layer more" exists. This one
matches the title as Textual does, and beside it every word of the query against the
command's help text, ranked below a title match.
"""

from __future__ import annotations

from textual.command import CommandPalette, Hit, Hits, SearchIcon
from textual.screen import Screen
from textual.system_commands import SystemCommandsProvider

__all__ = ["SEARCH_ICON", "ExplorerCommands", "matches_help", "plain_search_icon"]

SEARCH_ICON = "›"
"""The palette's prompt: Textual's 🔎 is a missing-glyph box in many terminal fonts (DejaVu
Sans Mono among them), and drawn in black it was invisible on a dark theme."""

_HELP_SCORE = 0.5
"""A command whose help holds every word of the query ranks below any title match."""


def matches_help(query: str, help_text: str) -> bool:
    """Whether every word of ``query`` begins a word of ``help_text`` (case aside)."""
    words = query.lower().split()
    text = help_text.lower()
    spoken = "".join(char if char.isalnum() or char == "'" else " " for char in text).split()
    return bool(words) and all(
        any(candidate.startswith(word) for candidate in spoken) for word in words
    )


class ExplorerCommands(SystemCommandsProvider):
    """The app's system commands, found by their titles or by the words of their help."""

    async def search(self, query: str) -> Hits:
        """Commands whose title matches ``query`` (fuzzy) or whose help holds its words."""
        matcher = self.matcher(query)
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            score = matcher.match(name)
            if score <= 0 and matches_help(query, help_text):
                score = _HELP_SCORE
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)


def plain_search_icon(screen: Screen[object]) -> None:
    """Give a command palette (the commands, the theme list) a prompt every font has, once
    it has composed; other screens are left alone."""
    if isinstance(screen, CommandPalette):

        def plain() -> None:
            for icon in screen.query(SearchIcon):
                icon.icon = SEARCH_ICON
                icon.refresh()  # a var, not a reactive: it does not repaint by itself

        screen.call_after_refresh(plain)
