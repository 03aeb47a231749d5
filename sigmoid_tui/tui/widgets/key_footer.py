"""The footer: Textual's, but a key shows with its whole label or not at all.

Textual's footer lays its keys out in a row and clips whatever runs past the command palette's
key, which left a lone ``g`` or ``t Ta`` at the edge. Here the keys that do not fit are
hidden, from the right, so the ones shown read whole; F1 and the palette list them all.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.events import Resize
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

__all__ = ["KeyFooter"]


class KeyFooter(Footer):
    """A footer that shows only the keys that fit whole."""

    _shown_keys: tuple[object, ...] | None = None
    """The keys it shows now, as :meth:`_keys` gives them (None before the first)."""

    def on_resize(self, _event: Resize) -> None:
        """Another width: fit the keys again."""
        self._fit()

    async def recompose(self) -> None:
        """New bindings (focus moved, an export began): fit the new keys.

        Textual's footer builds its keys again whenever the bindings may have changed, on every
        move of the focus; here only when the keys it would show do change. Building them
        again restyles a dozen widgets and repaints the footer's row, over SSH too.
        """
        keys = self._keys()
        if keys == self._shown_keys and self.children:
            return
        self._shown_keys = keys
        await super().recompose()
        self._fit()

    def _keys(self) -> tuple[object, ...] | None:
        """What the footer would show: each key's display, label, action, state and tooltip."""
        if not self._bindings_ready or not self.is_attached:
            return None
        shown = tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip, binding.group)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show or binding.key == self.app.COMMAND_PALETTE_BINDING
        )
        return (shown, self.show_command_palette, self.compact)

    def _fit(self) -> None:
        keys = list(self.query(FooterKey))
        palette = [key for key in keys if key.has_class("-command-palette")]
        room = self.size.width - sum(_width(key) for key in palette)
        used = 0
        for key in keys:
            if key in palette:
                continue
            used += _width(key)
            key.display = used <= room


def _width(key: FooterKey) -> int:
    """The cells ``key`` takes: its label, its padding, its margins and its border."""
    styles = key.styles
    return (
        cell_len(key.render().plain)
        + styles.margin.left
        + styles.margin.right
        + (1 if styles.border_left[0] else 0)
        + styles.padding.left
        + styles.padding.right
    )
