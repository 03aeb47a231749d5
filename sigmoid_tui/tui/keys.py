"""Every key of the explorer, in two lists: the app's (anywhere, over any screen) and the
explorer screen's. The footer, the command palette, the help and the docs' key table all read
these lists (and the chart widget's own, the cursor's arrows), so none of them can drift.

Letter and sign keys type into an input that has focus (Textual lets an Input consume
printable keys before any binding) and act everywhere else.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

__all__ = ["APP_KEYS", "EXPLORER_KEYS", "every_key"]

APP_KEYS: list[BindingType] = [
    Binding("ctrl+q", "quit", "Quit", tooltip="Leave sigmoid-tui"),
    Binding(
        "ctrl+z",
        "suspend_process",
        "Suspend",
        show=False,
        tooltip="Back to the shell; fg returns",
    ),
    Binding("f1,question_mark", "help", "Help", tooltip="Formulas, why the sigmoid, keys"),
]
"""Keys that work anywhere, over any screen."""

EXPLORER_KEYS: list[BindingType] = [
    # Quit and help again, as the explorer's first keys, so that the footer shows them first
    # (it lists the screen's keys before the app's); they act on the app.
    Binding("ctrl+q", "app.quit", "Quit", tooltip="Leave sigmoid-tui"),
    Binding("f1,question_mark", "app.help", "Help", tooltip="Formulas, why the sigmoid, keys"),
    Binding(
        "m",
        "cycle_mode",
        "Mode",
        tooltip="Sigmoid, derivative, both, compare (with tanh and ReLU), round again",
    ),
    Binding(
        "p",
        "toggle('show_points')",
        "Points",
        tooltip="Mark inflection, S'' extremes, saturation and the vanishing tails",
    ),
    Binding("n", "next_point", "Next", show=False, tooltip="Cursor to the next point of interest"),
    Binding(
        "N,shift+n",
        "previous_point",
        "Prev",
        show=False,
        tooltip="Cursor to the previous point of interest",
    ),
    Binding("l", "toggle('log_y')", "Log", tooltip="Logarithmic y axis"),
    Binding(
        "plus,equals_sign",
        "zoom(0.5)",
        "Zoom in",
        show=False,
        tooltip="Zoom in: halve the span around the cursor",
    ),
    Binding(
        "minus",
        "zoom(2)",
        "Zoom out",
        show=False,
        tooltip="Zoom out: double the span around the cursor",
    ),
    Binding(
        "left_square_bracket",
        "pan(-0.25)",
        "Pan left",
        show=False,
        tooltip="Move the range left by a quarter",
    ),
    Binding(
        "right_square_bracket",
        "pan(0.25)",
        "Pan right",
        show=False,
        tooltip="Move the range right by a quarter",
    ),
    Binding(
        "M,shift+m",
        "cycle_marker",
        "Marker",
        show=False,
        tooltip="Curve glyphs: braille, hd, dot, ascii (for terminals without braille)",
    ),
    Binding(
        "greater_than_sign",
        "depth(1)",
        "Deeper",
        show=False,
        tooltip="Compare: one layer more (depth + 1)",
    ),
    Binding(
        "less_than_sign",
        "depth(-1)",
        "Shallower",
        show=False,
        tooltip="Compare: one layer less (depth - 1)",
    ),
    Binding(
        "a",
        "sweep",
        "Sweep",
        show=False,
        tooltip="Play k from 1/4 to 4 and back (compare: depth 1 to 50); again: pause",
    ),
    Binding("i", "answer('describe')", "Describe", tooltip="The view in words, as plain text"),
    Binding("g", "answer('go_to')", "Go to", tooltip="Cursor to exactly the x you type"),
    Binding(
        "slash", "answer('solve')", "Solve", tooltip="Cursor to where S or S' takes a value: S=0.99"
    ),
    Binding("t", "toggle('show_table')", "Table", tooltip="Table of exact values at the points"),
    Binding(
        "b", "answer('bookmark')", "Mark", tooltip="Bookmark the cursor's x (again: remove it)"
    ),
    Binding(
        "y",
        "answer('copy_command')",
        "Copy the command for this view",
        show=False,
        tooltip="The command that reopens this view, on the clipboard and on screen",
    ),
    Binding("h", "toggle('controls_shown')", "Hide", tooltip="Hide or show the controls"),
    Binding("r", "reset", "Reset", tooltip="Range -10 to 10, 100 points, k 1, x0 0, both"),
    Binding("s", "save_svg", "Screenshot", show=False, tooltip="Save a screenshot as SVG"),
    Binding("e", "export_csv", "CSV", show=False, tooltip="Save the view's values as CSV"),
    Binding("c", "cancel_export", "Cancel export", tooltip="Stop the CSV export under way"),
    Binding("escape", "focus_chart", "Chart", show=False, tooltip="Move focus to the chart"),
]
"""The explorer screen's keys, in the order the footer and the help show them."""


def every_key(*lists: list[BindingType]) -> list[Binding]:
    """The bindings of ``lists`` in order, each key once (quit and help are in two lists)."""
    seen: set[str] = set()
    keys: list[Binding] = []
    for bindings in lists:
        for binding in bindings:
            if isinstance(binding, Binding) and binding.key not in seen:
                seen.add(binding.key)
                keys.append(binding)
    return keys
