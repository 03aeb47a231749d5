"""Settings kept between runs: the theme, the marker and whether the controls are shown.

They live in ``$XDG_CONFIG_HOME/sigmoid-tui/settings.toml`` (``~/.config/sigmoid-tui/`` by
default), a file of a few ``key = value`` lines a person can read and edit. The file is TOML,
read and written here in the small subset it needs (strings, booleans, comments): Python 3.10
has no ``tomllib``, and a dependency for three keys is not worth its weight. A file that
cannot be read, or that says something else, gives one line of warning and the defaults; one
that cannot be written gives one line too; neither ever stops the app. Nothing here imports
Textual.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from sigmoid_tui.core.frozen import frozen
from sigmoid_tui.core.invalid import Invalid
from sigmoid_tui.core.view import Marker

__all__ = [
    "FILE_NAME",
    "Settings",
    "format_settings",
    "load_settings",
    "parse_settings",
    "save_settings",
    "settings_path",
]

FILE_NAME = "settings.toml"
"""The file's name inside the config directory."""

_HEADER = (
    "# sigmoid-tui's settings, written when you change them in the app; edit freely.\n"
    "# theme: a Textual theme (ctrl+p, Theme); marker: braille, hd, dot or ascii;\n"
    "# controls: whether the inputs stand beside the chart (h).\n"
)


@frozen
class Settings:
    """What is remembered; None and the defaults say "as the app starts without a file"."""

    theme: str | None = None
    """The Textual theme's name; None: the app's default."""
    marker: Marker = Marker.BRAILLE
    """The glyphs the curves are drawn with."""
    controls: bool = True
    """Whether the controls stand beside the chart."""


def settings_path(environ: Mapping[str, str], home: Path) -> Path:
    """Where the file is: under ``$XDG_CONFIG_HOME`` when it is an absolute path (the XDG
    rule: a relative one is ignored), else under ``~/.config``."""
    base = environ.get("XDG_CONFIG_HOME", "")
    config = Path(base) if base and os.path.isabs(base) else home / ".config"
    return config / "sigmoid-tui" / FILE_NAME


def _value(text: str, line: int) -> str | bool | Invalid:
    """A TOML basic string (without escapes) or boolean, with any comment after it."""
    if text.startswith('"'):
        end = text.find('"', 1)
        after = text[end + 1 :].strip() if end > 0 else ""
        if end > 0 and "\\" not in text[:end] and (not after or after.startswith("#")):
            return text[1:end]
    else:
        word = text.split("#", 1)[0].strip()
        if word in ("true", "false"):
            return word == "true"
    return Invalid(f"line {line}: {text[:40]!r} is not a quoted string, true or false")


def parse_settings(text: str) -> Settings | Invalid:
    """The settings in ``text``, or the first problem found (line number and what is wrong).

    Unknown keys are refused rather than ignored: a misspelt key would otherwise be lost
    without a word.
    """
    found: dict[str, str | bool] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, equals, rest = line.partition("=")
        key = key.strip()
        if not equals or not key:
            return Invalid(f"line {number}: expected key = value")
        if key not in ("theme", "marker", "controls"):
            return Invalid(f"line {number}: unknown setting {key[:40]!r}")
        if key in found:
            return Invalid(f"line {number}: {key} is set twice")
        value = _value(rest.strip(), number)
        if isinstance(value, Invalid):
            return value
        found[key] = value
    settings = Settings()
    theme = found.get("theme")
    if theme is not None:
        if not isinstance(theme, str) or not theme:
            return Invalid("theme must be a theme's name in quotes")
        settings = replace(settings, theme=theme)
    marker = found.get("marker")
    if marker is not None:
        if not isinstance(marker, str) or marker not in {m.value for m in Marker}:
            return Invalid('marker must be "braille", "hd", "dot" or "ascii"')
        settings = replace(settings, marker=Marker(marker))
    controls = found.get("controls")
    if controls is not None:
        if not isinstance(controls, bool):
            return Invalid("controls must be true or false")
        settings = replace(settings, controls=controls)
    return settings


def format_settings(settings: Settings) -> str:
    """The file's text for ``settings``; :func:`parse_settings` reads it back unchanged."""
    lines = [_HEADER]
    if settings.theme is not None and '"' not in settings.theme and "\\" not in settings.theme:
        lines.append(f'theme = "{settings.theme}"\n')
    lines.append(f'marker = "{settings.marker.value}"\n')
    lines.append(f"controls = {'true' if settings.controls else 'false'}\n")
    return "".join(lines)


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings in ``path`` and None; or the defaults and one line saying why not.

    A missing file is no problem: it is the first run.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "not UTF-8"
        return Settings(), f"Settings not read ({reason}), defaults used: {path}"
    parsed = parse_settings(text)
    if isinstance(parsed, Invalid):
        return Settings(), f"Settings ignored ({parsed.message}), defaults used: {path}"
    return parsed, None


def save_settings(path: Path, settings: Settings) -> str | None:
    """Write ``settings`` to ``path`` whole (never half a file); None, or one line on failure.

    The directory is made where missing. The file is written under a new name, then renamed
    over the old one, so a crash midway leaves the old settings, not a broken file.
    """
    data = format_settings(settings).encode("utf-8")
    part = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(data)
        os.replace(part, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            part.unlink()
        return f"Settings not saved ({error.strerror or error}): {path}"
    return None
