"""Files the app writes: a new name every time, never over an existing file."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

__all__ = ["write_new_file"]


def write_new_file(
    directory: Path, stem: str, suffix: str, write: Callable[[TextIO], object]
) -> Path:
    """Create ``STEM-YYYYmmdd-HHMMSS[-N]SUFFIX`` in ``directory`` and ``write`` into it.

    The file is opened with exclusive creation, so an existing file is never touched, even one
    made between choosing the name and opening it; the next number is tried instead. Raises
    OSError when the directory cannot be written.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for attempt in range(1000):
        name = f"{stem}-{stamp}{'' if attempt == 0 else f'-{attempt}'}{suffix}"
        path = directory / name
        try:
            out = path.open("x", encoding="utf-8", newline="")
        except FileExistsError:
            continue
        try:
            with out:
                write(out)
        except BaseException:
            path.unlink(missing_ok=True)  # no half-written file left behind
            raise
        return path
    raise FileExistsError(f"no free name for {stem}-{stamp}{suffix} in {directory}")
