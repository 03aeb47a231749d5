"""What the command does once its options are read, and where ``--serve`` listens by default.

Apart from :mod:`.parser`, so that the command with no options, the README's, opens the app
without importing argparse or building the parser (see :func:`.options.parse_options`).
"""

from __future__ import annotations

from enum import Enum

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "Output"]

DEFAULT_HOST = "127.0.0.1"
"""``--serve`` listens here alone by default: textual-serve has no authentication."""
DEFAULT_PORT = 8000
"""textual-serve's own default port."""


class Output(str, Enum):
    """What the command does once the options are read."""

    APP = "app"
    PRINT = "print"
    CSV = "csv"
    QUICK = "quick"
    """``--at`` and ``--solve``: CSV rows of correctly rounded values."""
    DESCRIBE = "describe"
    """``--describe``: the view in plain sentences."""
