"""``python -m sigmoid_tui``: the ``sigmoid-tui`` command (see :mod:`sigmoid_tui.cli.main`)."""

from __future__ import annotations

import sys

from sigmoid_tui.cli.main import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
