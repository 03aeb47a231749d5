"""A message fitted to the room on the chart's frame: a long path loses the middle of its
folders, never its file name; what is still too long loses the last words before the path,
never their start; any other long text its last words. A word (a number above all) is never
cut in two where a shorter text can end between words. Nothing here imports Textual."""

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


def _words_in(text: str, room: int) -> str:
    """The start of ``text`` in at most ``room`` cells, ended between two words where it can
    be (``S = 0.99 at x = `` rather than ``S = 0.99 at x = 4.59511985``); a first word longer
    than ``room`` is cut."""
    if len(text) <= room:
        return text
    cut = text[:room]
    if text[room] != " " and " " in cut.strip():
        cut = cut[: cut.rstrip().rfind(" ") + 1]
    return cut


def _cut_end(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: its last words give way to …"""
    if len(text) <= width:
        return text
    return _words_in(text, width - len(ELLIPSIS)) + ELLIPSIS


def fit_message(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: a path in it shortened in the middle first (its
    file name kept whole); a message still too long loses the last words before the path
    (its start says what happened, the name where), any other message its last words, with
    …; where not even the name fits beside them, the name alone after …"""
    if len(text) <= width or width <= 1:
        return text
    match = _PATH.search(text)
    if match is None:
        return _cut_end(text, width)
    before, after = text[: match.start()], text[match.end() :]
    shortened = _shorten_path(match.group(0), max(width - len(before) - len(after), 1))
    fitted = before + shortened + after
    if len(fitted) <= width:
        return fitted
    keep = width - len(ELLIPSIS) - len(shortened) - len(after)
    if keep >= 1:
        return _words_in(before, keep) + ELLIPSIS + shortened + after
    name = match.group(0).rpartition("/")[2]
    for tail in (f"{shortened}{after}", f"/{name}{after}", f"/{name}", name):
        if len(ELLIPSIS) + len(tail) <= width:
            return ELLIPSIS + tail  # no room for words: the name alone
    return _cut_end(text, width)
