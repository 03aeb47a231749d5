"""Files the app writes: a new name every time, never over an existing file, never half-written.

The content goes first into a hidden temporary file in the same directory
(``.sigmoid-tui-….csv.part``); only once it is complete does it get its final name, by a hard
link that fails rather than replace an existing file. An export that fails or is cancelled
removes its temporary file, so no name a person would open ever holds a partial export. (A
process killed outright can leave the ``.part`` file behind, never a final name.)
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["PART_SUFFIX", "write_new_file"]

PART_SUFFIX = ".part"
"""The temporary file's suffix, after the final name's."""

_TRIES = 1000
"""Names tried (``-1``, ``-2``, …) before giving up on a directory full of them."""


def write_new_file(
    directory: Path, stem: str, suffix: str, write: Callable[[BinaryIO], object]
) -> Path:
    """Write a new file ``STEM-YYYYmmdd-HHMMSS[-N]SUFFIX`` in ``directory`` and return its path.

    ``write`` fills a binary stream. Raises OSError when the directory cannot be written, and
    whatever ``write`` raises (a cancellation, say); either way nothing is left behind.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    base = f"{stem}-{stamp}"
    part = _new_part(directory, base + suffix)
    try:
        with part.open("wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        return _publish(part, directory, base, suffix)
    finally:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()


def _new_part(directory: Path, name: str) -> Path:
    """Create an empty temporary file beside where ``name`` will be, exclusively."""
    for attempt in range(_TRIES):
        part = directory / f".{name}{'' if attempt == 0 else f'.{attempt}'}{PART_SUFFIX}"
        try:
            part.open("xb").close()
        except FileExistsError:
            continue
        return part
    raise FileExistsError(f"no free temporary name for {name} in {directory}")


def _publish(part: Path, directory: Path, base: str, suffix: str) -> Path:
    """Give the complete ``part`` the first free final name; an existing file is never touched.

    ``os.link`` refuses an existing target, atomically. Where hard links are not to be had
    (some network and FAT file systems) the rename checks first, which leaves only a tiny
    window for another program to create the same name.
    """
    for attempt in range(_TRIES):
        final = directory / f"{base}{'' if attempt == 0 else f'-{attempt}'}{suffix}"
        try:
            os.link(part, final)
        except FileExistsError:
            continue
        except OSError:
            if final.exists():
                continue
            part.rename(final)
        return final
    raise FileExistsError(f"no free name for {base}{suffix} in {directory}")
