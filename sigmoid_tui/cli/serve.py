"""``sigmoid-tui --serve``: the explorer in a browser tab, through textual-serve.

textual-serve runs the app afresh for each browser tab, as a command; that command is this
program again with the same options, less ``--serve``, ``--host`` and ``--port``. textual-serve
is an optional extra (``sigmoid-tui[serve]``): without it, one line says how to get it. It has
no authentication, which is why it listens on 127.0.0.1 unless ``--host`` says otherwise.
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Sequence

from sigmoid_tui.cli.argv import glue_values
from sigmoid_tui.cli.options import Options
from sigmoid_tui.cli.usage import fail

__all__ = ["app_command", "serve"]

_SERVE_ONLY = ("--serve", "--host", "--port")


def app_command(argv: Sequence[str], python: str = sys.executable) -> str:
    """The command each browser tab runs: this program with ``argv`` less the serving options."""
    kept: list[str] = []
    words = glue_values(argv)
    i = 0
    while i < len(words):
        word = words[i]
        name = word.split("=", 1)[0]
        if name in _SERVE_ONLY:
            # --host and --port take a value, glued or as the next word.
            i += 2 if name != "--serve" and "=" not in word else 1
            continue
        kept.append(word)
        i += 1
    return shlex.join([python, "-m", "sigmoid_tui", *kept])


def serve(options: Options, argv: Sequence[str]) -> int:
    """Serve the explorer on ``options.host``:``options.port`` until interrupted."""
    try:
        from textual_serve.server import Server
    except ImportError:
        fail("--serve needs textual-serve: pip install 'sigmoid-tui[serve]'")
    where = f"{options.host}:{options.port}"
    print(f"sigmoid-tui: serving on http://{where} (no authentication; ctrl+c stops)")
    Server(app_command(argv), host=options.host, port=options.port, title="sigmoid-tui").serve()
    return 0
