"""A message fitted to the room on the chart's frame: a long path loses the middle of its
folders, never its file name; what is still too long loses the end of the words before the
path, never their start; any other long text its end. Nothing here imports Textual."""

from __future__ import annotations

import re

__all__ = ["fit_message"]

_PATH = re.compile(r"(?<!\S)(?:~|\.{1,2})?/\S+")
"""A path in a message: an absolute one (or from ~, . or ..) up to the next space."""

ELLIPSIS = "…"


def _shorten_path(path: str, room: int) -> str:
    """``path`` in at most ``room`` cells: the start of its folders, …, and its whole name.

    The name is what a person needs to find the file; the folders around the working
    directory they already know.
    """
    head, _, name = path.rpartition("/")
    tail = f"/{name}"
    if len(path) <= room:
        return path
    keep = room - len(tail) - len(ELLIPSIS)
    if keep <= 0:
        return ELLIPSIS + tail if len(tail) + 1 <= room else tail
    return head[:keep] + ELLIPSIS + tail


def fit_message(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: a path in it shortened in the middle first (its
    file name kept whole); a message still too long loses the end of what comes before the
    path (its start says what happened, the name where), any other message its end, with …"""
    if len(text) <= width or width <= 1:
        return text
    match = _PATH.search(text)
    if match is None:
        return text[: width - 1] + ELLIPSIS
    before, after = text[: match.start()], text[match.end() :]
    shortened = _shorten_path(match.group(0), max(width - len(before) - len(after), 1))
    fitted = before + shortened + after
    if len(fitted) <= width:
        return fitted
    keep = width - len(ELLIPSIS) - len(shortened) - len(after)
    if keep >= 1:
        return before[:keep].rstrip() + ELLIPSIS + shortened + after
    if len(ELLIPSIS) + len(shortened) + len(after) <= width:
        return ELLIPSIS + shortened + after  # no room for words: the name alone
    return text[: width - 1] + ELLIPSIS
