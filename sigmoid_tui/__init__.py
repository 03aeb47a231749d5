"""sigmoid-tui: explore the sigmoid S(x) = 1/(1+e^-x) and its derivative in the terminal."""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata only when asked for.

    importlib.metadata takes about 80 ms to import, a quarter of ``--print``'s start-up.
    """
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("sigmoid-tui")
        except PackageNotFoundError:  # a bare source tree, not installed
            return "0.0.0+unknown"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
