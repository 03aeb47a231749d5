"""The pure modules never import Textual: the command line and the tests stand without it."""

from __future__ import annotations

import subprocess
import sys

import pytest

PURE_MODULES = [
    "sigmoid_tui",
    "sigmoid_tui.curves",
    "sigmoid_tui.sampling",
    "sigmoid_tui.parsing",
    "sigmoid_tui.view",
    "sigmoid_tui.ticks",
    "sigmoid_tui.envelope",
    "sigmoid_tui.chart",
    "sigmoid_tui.export",
    "sigmoid_tui.options",
    "sigmoid_tui.poi",
    "sigmoid_tui.navigation",
    "sigmoid_tui.fields",
    "sigmoid_tui.exact",
    "sigmoid_tui.quick",
    "sigmoid_tui.readout",
    "sigmoid_tui.labels",
    "sigmoid_tui.activations",
    "sigmoid_tui.describe",
    "sigmoid_tui.files",
    "sigmoid_tui.help_text",
    "sigmoid_tui.__main__",
]


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_does_not_import_textual(module: str) -> None:
    """Imported alone in a fresh interpreter, the module leaves textual out of sys.modules."""
    code = (
        f"import importlib, sys; importlib.import_module({module!r}); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'textual_plotext', 'rich')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
