"""A message fitted to the room on the chart's frame: a long path loses the middle of its
folders, never its file name, and any other long text its end. Nothing here imports Textual."""

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
    file name kept whole); a message with a path still too long loses its start, any other
    its end, with …"""
    if len(text) <= width or width <= 1:
        return text
    match = _PATH.search(text)
    if match is None:
        return text[: width - 1] + ELLIPSIS
    outside = len(text) - len(match.group(0))
    shortened = _shorten_path(match.group(0), width - outside)
    text = text[: match.start()] + shortened + text[match.end() :]
    if len(text) <= width:
        return text
    return ELLIPSIS + text[len(text) - width + 1 :]
