"""sigmoid-tui: explore the sigmoid S(x) = 1/(1+e^-x) and its derivative in the terminal."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sigmoid-tui")
except PackageNotFoundError:  # pragma: no cover - only when run from a bare source tree
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
