"""The lines above the plot: the title, centred, and the legend, one line naming each curve
beside its glyph in its colour, with short names where the full ones do not fit."""

from __future__ import annotations

from collections.abc import Sequence

from sigmoid_tui.chart.style import DERIVATIVE_LABEL, SIGMOID_LABEL, ChartStyle

__all__ = ["centre", "legend_line", "short_name"]


def centre(text: str, width: int) -> str:
    """``text`` centred in ``width`` cells, cut with an ellipsis where it is longer."""
    if len(text) > width:
        return text[: max(width - 1, 0)] + "…" if width > 0 else ""
    return text.center(width).rstrip()


_LEGEND_GLYPHS = {"braille": "⢕⢕", "hd": "▞▞", "fhd": "▞▞"}
"""What the legend shows for plotext's fine markers; other markers show themselves, twice."""


def legend_line(
    curves: Sequence[tuple[str, tuple[int, int, int], str]], style: ChartStyle, width: int
) -> str:
    """One line naming each curve (label, RGB colour, plotext marker) beside its glyph in its
    colour, centred; shorter names and gaps where the full ones do not fit."""
    entries = [
        (_LEGEND_GLYPHS.get(marker, marker * 2), label, color) for label, color, marker in curves
    ]
    tries = [(False, "   "), (False, "  "), (True, "  "), (True, " ")]
    for i, (short, gap) in enumerate(tries):
        names = [short_name(label) if short else label for _, label, _ in entries]
        plain = gap.join(
            f"{glyph} {name}" for (glyph, _, _), name in zip(entries, names, strict=True)
        )
        if len(plain) <= width or i == len(tries) - 1:
            pad = max((width - len(plain)) // 2, 0)
            parts = []
            for (glyph, _, color), name in zip(entries, names, strict=True):
                shown = (
                    f"\x1b[38;2;{color[0]};{color[1]};{color[2]}m{glyph}\x1b[0m"
                    if style.color
                    else glyph
                )
                parts.append(f"{shown} {name}")
            return " " * pad + gap.join(parts)
    return ""


def short_name(label: str) -> str:
    """The legend's short names: S and S'; Sig' for the sigmoid's derivative in comparison."""
    return {SIGMOID_LABEL: "S", DERIVATIVE_LABEL: "S'"}.get(
        label, label.replace("Sigmoid'", "Sig'")
    )
