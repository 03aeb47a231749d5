"""Start-up with Python's cyclic garbage collector held off.

Importing numpy, Textual and plotext and building the first frame makes a few hundred thousand
objects that live as long as the process, and next to no garbage. The collector runs every 700
new objects and each of its fuller passes walks all of them again: 168 passes, 45-80 ms, before
the app's first chart. The command line holds it off from its first line; the app lets it go
once its first frame is on screen, and freezes what start-up made (:func:`gc.freeze`), so that
later passes walk only what came after. Reference counting frees everything else as usual.
"""

from __future__ import annotations

import gc

__all__ = ["held", "hold", "release"]


class _Hold:
    """Whether :func:`hold` turned the collector off (and it is still off)."""

    on = False


def hold() -> None:
    """Turn the collector off for start-up (unless something else already did)."""
    if gc.isenabled():
        gc.disable()
        _Hold.on = True


def held() -> bool:
    """Whether :func:`hold` has the collector off now."""
    return _Hold.on


def release(*, freeze: bool = False) -> None:
    """Turn the collector back on if :func:`hold` turned it off; with ``freeze``, first move
    every object alive now out of its sight for good (what start-up made lives all along).

    Without a hold this does nothing: an app started by a test freezes nothing.
    """
    if not _Hold.on:
        return
    _Hold.on = False
    if freeze:
        gc.freeze()
    gc.enable()
