"""The command line: options, terminal detection, and ``--print``, ``--csv``, ``--at``,
``--solve`` and ``--describe``. Imports nothing from Textual; it opens the app through
:mod:`sigmoid_tui.tui.app` only when asked to."""
