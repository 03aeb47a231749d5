"""plotext's figure without plotext's global interface: what the first chart waits for is the
figure class alone, and plotext imported the usual way afterwards is still all there."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> str:
    """``code`` in a fresh interpreter; what it printed (stderr must stay empty)."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stderr == ""
    return result.stdout


def test_the_charts_figure_leaves_plotexts_interface_unimported_and_silent() -> None:
    """Making a chart figure and drawing on it imports neither plotext's global interface
    (``plotext._core``) nor its docstrings (``plotext._doc``), and prints nothing."""
    out = _run(
        "import sys\n"
        "from sigmoid_tui.chart.figure import render_chart\n"
        "from sigmoid_tui.core.view import View\n"
        "text = render_chart(View(), 60, 15)\n"
        "from sigmoid_tui.chart.plotext_figure import figure_class\n"
        "print('Sigmoid Function and Its Derivative' in text)\n"
        "print('plotext._core' in sys.modules, 'plotext._doc' in sys.modules)\n"
    )
    assert out.split() == ["True", "False", "False"]


def test_plotext_imported_afterwards_has_its_whole_interface() -> None:
    """After the chart's figure, ``import plotext`` gives plotext's own module-level functions,
    its version and ``from plotext import *``, as if it had been imported first."""
    out = _run(
        "from sigmoid_tui.chart.figure import new_figure\n"
        "new_figure()\n"
        "import plotext\n"
        "print(plotext.__version__)\n"
        "from plotext import *\n"
        "plotext.plotsize(30, 8); plotext.plot([1, 2, 3])\n"
        "print('plotext._core' in __import__('sys').modules, callable(scatter))\n"
        "utils = plotext._doc_utils\n"
        "print(bool(plotext.plot.__doc__), utils.add == utils.documentation._add_function)\n"
    )
    version, *rest = out.split()
    assert version[0].isdigit()
    # plotext's own functions have their docstrings, and its decorator is back in its place.
    assert rest == ["True", "True", "True", "True"]


def test_plotext_imported_first_is_left_as_it_is() -> None:
    """Where plotext was imported the usual way first, the figure class is plotext's own."""
    out = _run(
        "import plotext, plotext._figure\n"
        "from sigmoid_tui.chart.plotext_figure import figure_class\n"
        "print(figure_class() is plotext._figure._figure_class, callable(plotext.plot))\n"
    )
    assert out.split() == ["True", "True"]
