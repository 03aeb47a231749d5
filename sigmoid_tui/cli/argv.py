"""Negative numbers after options: ``--range -1e-9 3e-9`` glued into ``--range=-1e-9``.

argparse takes any word that starts with '-' and is not a plain decimal for an option; these
options' values are glued to them first, so that every spelling of a number stays a number.
"""

from __future__ import annotations

from collections.abc import Sequence

from sigmoid_tui.cli.usage import UsageError

__all__ = ["NUMERIC_OPTIONS", "glue_values"]

NUMERIC_OPTIONS: dict[str, int | None] = {
    "--range": 2,
    "--points": 1,
    "--steepness": 1,
    "--shift": 1,
    "--width": 1,
    "--height": 1,
    "--depth": 1,
    "--cursor": 1,
    "--weight": 1,
    "--at": None,
    "--solve": None,
}
"""Options whose values may begin with '-': each value is glued on as ``--opt=value``.
None: as many values as follow, up to the next word that starts with '--'."""


def glue_values(argv: Sequence[str]) -> list[str]:
    """``--range -1e-9 3e-9`` as ``--range=-1e-9 --range=3e-9``.

    argparse takes any word that starts with '-' and is not a plain decimal for an option, so
    ``-1e-9`` or ``-inf`` after ``--range`` would be refused as unknown options. Gluing each
    value to its option keeps every spelling a number. Words that start with '--' are left
    alone, so a missing value is still reported as missing.
    """
    args = list(argv)
    out: list[str] = []
    i = 0
    while i < len(args):
        word = args[i]
        out.append(word)
        i += 1
        if word == "--":
            out.extend(args[i:])
            break
        if word not in NUMERIC_OPTIONS:
            continue
        count = NUMERIC_OPTIONS[word]
        out.pop()
        taken = 0
        while (count is None or taken < count) and i < len(args) and not args[i].startswith("--"):
            out.append(f"{word}={args[i]}")
            i += 1
            taken += 1
        if count is not None and count > 1 and taken < count:
            raise UsageError(f"argument {word}: needs two numbers, MIN and MAX")
        if taken == 0:
            out.append(word)  # let argparse say the value is missing
    return out
