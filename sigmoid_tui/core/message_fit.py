"""A message fitted to the room on the chart's frame: a long path loses the middle of its
folders, never its file name; what is still too long loses the last words before the path,
never their start; any other long text its last words. A word (a number above all) is never
cut in two where a shorter text can end between words. Nothing here imports Textual."""

from __future__ import annotations

import re

__all__ = ["fit_message"]

_PATH = re.compile(r"(?<!\S)(?:~|\.{1,2})?/.*$")
"""A path in a message: an absolute one (or from ~, . or ..) to the end of the message, spaces
and all; every message that names a file names it last ("Values saved: /home/me/My Files/a.csv")."""

ELLIPSIS = "…"


def _shorten_path(path: str, room: int) -> str:
    """``path`` in at most ``room`` cells: the start of its folders, …, and its whole name;
    where there is no room for a folder, … and the name (never ``/name``, which says the file
    is at the root).

    The name is what a person needs to find the file; the folders around the working
    directory they already know.
    """
    if len(path) <= room:
        return path
    head, _, name = path.rpartition("/")
    tail = f"/{name}"
    keep = room - len(tail) - len(ELLIPSIS)
    if keep <= 0:
        return ELLIPSIS + tail if len(ELLIPSIS) + len(tail) <= room else ELLIPSIS + name
    return head[:keep] + ELLIPSIS + tail


def _words_in(text: str, room: int) -> str:
    """The start of ``text`` in at most ``room`` cells, ended between two words where it can
    be (``S = 0.99 at x = `` rather than ``S = 0.99 at x = 4.59511985``); a first word longer
    than ``room`` is cut."""
    if len(text) <= room:
        return text
    cut = text[:room]
    if text[room] != " " and not cut.endswith(" ") and " " in cut.strip():
        cut = cut[: cut.rstrip().rfind(" ") + 1]
    return cut


def _whole_words(start: str, text: str) -> bool:
    """Whether ``start``, a start of ``text``, ends between two of its words."""
    return bool(start.strip()) and (
        len(start) == len(text) or start.endswith(" ") or text[len(start)] == " "
    )


def _cut_end(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: its last words give way to …"""
    if len(text) <= width:
        return text
    return _words_in(text, width - len(ELLIPSIS)) + ELLIPSIS


def fit_message(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: a path in it shortened in the middle first (its
    file name kept whole); a message still too long loses the last words before the path
    (its start says what happened, the name where), any other message its last words, with
    …; where not even one whole word fits beside the name, the name alone after …, and where
    the name itself is too long, … and its end (its extension)."""
    if len(text) <= width or width <= 1:
        return text
    match = _PATH.search(text)
    if match is None:
        return _cut_end(text, width)
    before, path = text[: match.start()], match.group(0)
    name = path.rpartition("/")[2]
    if width - len(before) >= len(ELLIPSIS) + len(f"/{name}"):
        return before + _shorten_path(path, width - len(before))
    for tail in (f"/{name}", name):
        keep = width - len(ELLIPSIS) - len(tail)
        words = _words_in(before, keep) if keep >= 1 else ""
        if _whole_words(words, before):
            return words + ELLIPSIS + tail
    for tail in (f"/{name}", name):
        if len(ELLIPSIS) + len(tail) <= width:
            return ELLIPSIS + tail  # no room for words: the name alone
    return ELLIPSIS + name[len(name) - width + len(ELLIPSIS) :]
