"""A bare one-line Textual app that also imports numpy and plotext (a reference)."""

from __future__ import annotations

import numpy  # noqa: F401
import plotext  # noqa: F401

from benchmarks.bare_app import BareApp

if __name__ == "__main__":
    BareApp().run()
