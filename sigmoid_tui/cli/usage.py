"""How the command reports bad input: one line on stderr, status 2."""

from __future__ import annotations

import sys
from typing import NoReturn

__all__ = ["PROG", "UsageError", "fail"]

PROG = "sigmoid-tui"
"""The command's name in messages."""


class UsageError(Exception):
    """Bad command-line input; its text is the one line to print on stderr."""


def fail(message: str) -> NoReturn:
    """Print ``message`` as the one line of a usage error and exit with status 2."""
    print(f"{PROG}: error: {message}", file=sys.stderr)
    raise SystemExit(2)
