"""The docs say what the code does: key tables, option table, front page size and links.

A binding or an option added without a row in the docs fails here, and so does a row for one
that is gone. Textual's own keys that the docs list are named below, row by row, and checked
against Textual's bindings instead of ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import RadioSet

from sigmoid_tui.cli.parser import build_parser
from sigmoid_tui.tui.keys import APP_KEYS, EXPLORER_KEYS, every_key
from sigmoid_tui.tui.screens.describe import DescribeScreen
from sigmoid_tui.tui.screens.help import HelpScreen
from sigmoid_tui.tui.screens.prompt import Prompt
from sigmoid_tui.tui.screens.quit import QuitScreen
from sigmoid_tui.tui.widgets.plot import SigmoidPlot

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README_LIMIT = 8192
"""The front page's budget in bytes: what it is, set-up, the main keys, examples, links."""

TEXTUAL_ROWS: dict[str, Iterable[str]] = {
    "`tab` / `shift+tab`": [b.key for b in Screen.BINDINGS if isinstance(b, Binding)],
    "`↑` / `↓` / `←` / `→`, `space`": [b.key for b in RadioSet.BINDINGS if isinstance(b, Binding)],
    "`ctrl+p`": [App.COMMAND_PALETTE_BINDING],
    "`ctrl+c`": [b.key for b in Screen.BINDINGS if isinstance(b, Binding)],
}
"""Rows of the explorer's key table that are Textual's own keys, and where Textual binds them."""

SCREEN_BINDINGS: dict[str, list[BindingType]] = {
    "help": HelpScreen.BINDINGS,
    "description": DescribeScreen.BINDINGS,
    "go to, solve": Prompt.BINDINGS,
    "quit": QuitScreen.BINDINGS,
}
"""The screens above the chart, by the name the second key table gives them."""

_KEY_SIGNS = {
    "question_mark": "?",
    "plus": "+",
    "equals_sign": "=",
    "minus": "-",
    "slash": "/",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "greater_than_sign": ">",
    "less_than_sign": "<",
    "left": "←",
    "right": "→",
    "up": "↑",
    "down": "↓",
}
"""Textual's key names as the docs write them."""


def key_names(binding_keys: str) -> set[str]:
    """A binding's comma-separated keys as the docs write them: ``shift+n`` is ``N``."""
    names = set()
    for key in binding_keys.split(","):
        *modifiers, name = key.strip().split("+")
        name = _KEY_SIGNS.get(name, name)
        if modifiers == ["shift"] and len(name) == 1 and name.isalpha():
            modifiers, name = [], name.upper()
        names.add("+".join([*modifiers, name]))
    return names


def bound_keys(bindings: Iterable[BindingType]) -> set[str]:
    """Every key of ``bindings`` as the docs write them (system bindings are not shown)."""
    keys: set[str] = set()
    for binding in bindings:
        assert isinstance(binding, Binding)
        if not binding.system:
            keys |= key_names(binding.key)
    return keys


def table_after(text: str, heading: str) -> list[list[str]]:
    """The cells of the first Markdown table after the line ``heading``, header row left out."""
    lines = text[text.index(heading) :].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        rows.append([cell.strip() for cell in cells])
    return rows


def code_spans(cell: str) -> set[str]:
    """The `code` spans of a table cell: one key, or one option with its values, each."""
    return set(re.findall(r"`([^`]+)`", cell))


def explorer_text() -> str:
    """docs/explorer.md."""
    return (DOCS / "explorer.md").read_text(encoding="utf-8")


def test_explorer_key_table_lists_exactly_the_keys_the_app_binds() -> None:
    """The full key table, less Textual's own rows, names every app and chart key, no more."""
    rows = table_after(explorer_text(), "## Keys")
    documented = set().union(*(code_spans(row[0]) for row in rows if row[0] not in TEXTUAL_ROWS))
    assert documented == bound_keys(every_key(APP_KEYS, EXPLORER_KEYS, SigmoidPlot.BINDINGS))


def test_explorer_key_table_names_only_keys_textual_binds_in_its_own_rows() -> None:
    """Each row marked as Textual's is in the table and lists keys Textual really binds."""
    rows = {row[0]: row for row in table_after(explorer_text(), "## Keys")}
    for cell, textual_keys in TEXTUAL_ROWS.items():
        assert cell in rows, f"Textual's row {cell} is missing from docs/explorer.md"
        bound = set().union(*(key_names(keys) for keys in textual_keys))
        assert code_spans(cell) <= bound, cell


def test_screen_key_table_lists_exactly_the_keys_each_screen_binds() -> None:
    """The table of keys on the help, description, prompt and quit screens matches them."""
    rows = table_after(explorer_text(), "On the screens that open above the chart")
    documented = {(row[1], key) for row in rows for key in code_spans(row[0])}
    bound = {(name, key) for name, keys in SCREEN_BINDINGS.items() for key in bound_keys(keys)}
    assert documented == bound


def test_option_table_names_exactly_the_options_help_lists() -> None:
    """docs/command-line.md has one row per option of ``--help``, each option once."""
    text = (DOCS / "command-line.md").read_text(encoding="utf-8")
    rows = table_after(text, "## Options")
    documented = [span.split()[0] for row in rows for span in code_spans(row[0])]
    listed = [option for action in build_parser()._actions for option in action.option_strings]
    assert sorted(documented) == sorted(listed)


def test_readme_stays_under_eight_kilobytes() -> None:
    """The front page stays short: the rest belongs in docs/."""
    size = len((ROOT / "README.md").read_bytes())
    assert size < README_LIMIT, f"README.md is {size} bytes, over {README_LIMIT}"


def heading_anchors(text: str) -> set[str]:
    """The anchors GitHub gives a Markdown file's headings."""
    anchors = set()
    for heading in re.findall(r"^#+ (.+)$", text, flags=re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        anchors.add(slug)
    return anchors


DOC_FILES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


@pytest.mark.parametrize("doc", DOC_FILES, ids=lambda path: path.name)
def test_every_relative_link_points_to_a_file_that_exists(doc: Path) -> None:
    """Each relative link and image in README.md and docs/*.md names a real file and heading."""
    text = doc.read_text(encoding="utf-8")
    prose = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    for target in re.findall(r"\]\(([^)\s]+)\)", prose):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (doc.parent / path).resolve() if path else doc
        assert file.is_file(), f"{doc.name}: {target} names no file"
        if anchor and file.suffix == ".md":
            anchors = heading_anchors(file.read_text(encoding="utf-8"))
            assert anchor in anchors, f"{doc.name}: {target} names no heading"


def test_contributing_layout_names_every_module_and_no_other() -> None:
    """The layout tree in CONTRIBUTING.md lists each module of the package, and only those: a
    module added, moved or removed without the tree following fails here."""
    text = (ROOT / "CONTRIBUTING.md").read_text()
    tree = text.split("## Layout", 1)[1].split("```")[1]
    listed = set(re.findall(r"\b([a-z_]+\.(?:py|tcss))\b", tree))
    package = ROOT / "sigmoid_tui"
    modules = {
        path.name
        for path in package.rglob("*")
        if path.suffix in (".py", ".tcss") and path.name != "__init__.py"
    }
    assert modules - listed == set(), "in the package, not in the tree"
    assert listed - modules - {"__init__.py"} == set(), "in the tree, not in the package"
