"""A message for a person in place of a value: what every reader of typed text returns when
the text is not acceptable (parsers, the solver, the bookmarks), instead of raising."""

from __future__ import annotations

from sigmoid_tui.core.frozen import frozen

__all__ = ["Invalid"]


@frozen
class Invalid:
    """Why some text is not an acceptable value, as one sentence for a person."""

    message: str
    """The sentence, without a trailing full stop, e.g. ``"x min must be less than x max"``."""
