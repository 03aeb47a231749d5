"""The pure packages never import Textual: the command line and the tests stand without it.

The list of modules is read from the packages themselves, so a new module is checked the day
it is added; import-linter's contracts in pyproject.toml hold the layers to each other.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import sigmoid_tui.chart
import sigmoid_tui.cli
import sigmoid_tui.core


def modules_of(package: object) -> list[str]:
    """Every module of ``package``, by its dotted name."""
    name = getattr(package, "__name__", "")
    paths = getattr(package, "__path__", [])
    return [name] + [info.name for info in pkgutil.walk_packages(paths, prefix=f"{name}.")]


PURE_MODULES = [
    "sigmoid_tui",
    "sigmoid_tui.__main__",
    *modules_of(sigmoid_tui.core),
    *modules_of(sigmoid_tui.chart),
    *modules_of(sigmoid_tui.cli),
]


def test_the_list_covers_every_pure_package() -> None:
    """Each pure package's modules are all in the list (the walk found them)."""
    assert "sigmoid_tui.core.curves" in PURE_MODULES
    assert "sigmoid_tui.chart.figure" in PURE_MODULES
    assert "sigmoid_tui.cli.main" in PURE_MODULES
    assert len(PURE_MODULES) >= 30


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_does_not_import_textual(module: str) -> None:
    """Imported alone in a fresh interpreter, the module leaves textual out of sys.modules."""
    code = (
        f"import importlib, sys; importlib.import_module({module!r}); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'rich')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
