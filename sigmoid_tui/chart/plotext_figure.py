"""plotext's figure class, without running plotext's module-level interface first.

``import plotext`` runs ``plotext/__init__.py``, which imports ``plotext._core``: a global
figure and about a hundred module-level functions (``plt.plot``, ``plt.show``, ...), each given
a docstring assembled at import time. The chart draws on figures of its own and needs none of
that; it is half of plotext's import time, and plotext's import stands between a person and
the app's first chart.

:func:`figure_class` therefore puts plotext's package in :data:`sys.modules` *unexecuted* (as
``importlib`` makes it, with its path, so its submodules import as usual) and imports only
``plotext._figure``. The package runs its own ``__init__`` on the first use of its public
interface (``plotext.plot``, ``from plotext import *``, ``plotext.__version__``), so code
elsewhere that imports plotext the usual way still gets all of it (the figure's methods alone
lack the docstrings plotext assembles for them, see :func:`_import_figure_without_docstrings`).
When plotext was imported before, nothing changes.

Nothing here imports Textual.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import Any

__all__ = ["figure_class"]


def figure_class() -> Any:
    """plotext's figure class (``plotext._figure._figure_class``); plotext has no public
    constructor for a figure of one's own."""
    if "plotext" not in sys.modules:
        _defer_package_init()
        _import_figure_without_docstrings()
    from plotext._figure import _figure_class

    return _figure_class


def _defer_package_init() -> None:
    """Register plotext's package without running its ``__init__`` until its interface is used."""
    spec = importlib.util.find_spec("plotext")
    if spec is None or spec.loader is None:  # not installed: let the import say so
        return
    package = importlib.util.module_from_spec(spec)
    loader = spec.loader

    def complete(name: str) -> object:
        # `import plotext._figure` asks the package only for its path (set already), and
        # `from plotext import _utility` asks for a submodule: a missing private name lets the
        # import system import it. Anything else is plotext's interface: run the package.
        if name.startswith("_") and not name.startswith("__"):
            raise AttributeError(name)
        del package.__getattr__
        loader.exec_module(package)
        return getattr(package, name)

    package.__getattr__ = complete  # type: ignore[method-assign]
    sys.modules["plotext"] = package


def _import_figure_without_docstrings() -> None:
    """Import ``plotext._figure`` with its methods' docstrings left out.

    plotext's figure class hands each of its methods to ``plotext._doc_utils.add``, which
    assembles the method's docstring, in colour, from ``plotext._doc``: that module and the
    assembling are two thirds of what is left of plotext's import (9.3 ms against 4.4 ms
    without, the figure made). The docstrings are for a person at a Python prompt; the app
    never shows them. Without ``plotext._doc``, ``add`` would print a warning per method, so
    while the figure's module runs it does nothing.
    """
    doc_utils: Any = importlib.import_module("plotext._doc_utils")
    add = doc_utils.add
    doc_utils.add = _undocumented
    try:
        importlib.import_module("plotext._figure")
    finally:
        doc_utils.add = add


def _undocumented(function: Any) -> Any:
    """``function`` as it is (plotext's docstring maker, left out)."""
    return function
