"""SigmoidApp: the explorer's application, a thin shell around its one screen.

The state and the actions are the :class:`~sigmoid_tui.tui.explorer_screen.ExplorerScreen`'s;
the app sets the stylesheet, the keys that work over any screen, the size breakpoints, and what
happens when the terminal goes away or comes back.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.css.query import NoMatches
from textual.filter import LineFilter, Monochrome, NoColor
from textual.screen import Screen
from textual.theme import Theme

from sigmoid_tui.core.settings import Settings, load_settings, save_settings
from sigmoid_tui.core.view import Marker, View
from sigmoid_tui.tui import partial_updates
from sigmoid_tui.tui.commands import ExplorerCommands, plain_search_icon
from sigmoid_tui.tui.explorer_screen import ExplorerScreen
from sigmoid_tui.tui.keys import APP_KEYS, EXPLORER_KEYS, every_key
from sigmoid_tui.tui.panel_styles import load_panel_styles
from sigmoid_tui.tui.too_small import ALWAYS_ALLOWED, MIN_HEIGHT, MIN_WIDTH
from sigmoid_tui.tui.widgets.plot import SigmoidPlot

__all__ = ["MIN_HEIGHT", "MIN_WIDTH", "SigmoidApp"]

HANG_UP_GRACE = 2.0
"""Seconds the app has to leave cleanly after its terminal went away (SIGHUP)."""
HANG_UP_STATUS = 129
"""The exit status after SIGHUP, as a shell reports a job that signal ended (128 + 1)."""

_MONOCHROME = Monochrome()
"""NO_COLOR under a theme of its own colours: each colour a grey of its brightness."""
_DEFAULT_COLOURS = NoColor()
"""NO_COLOR under an ANSI theme: the terminal's default colours throughout."""


class SigmoidApp(App[int]):
    """Explore S(x) and S'(x): every valid change to the inputs redraws the chart."""

    TITLE = "sigmoid-tui"
    CSS_PATH = "sigmoid.tcss"
    """What the first frame shows; the rest comes just after it (:mod:`.panel_styles`)."""

    BINDINGS: ClassVar[list[BindingType]] = APP_KEYS
    """The keys that work anywhere (:mod:`sigmoid_tui.tui.keys`)."""

    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {ExplorerCommands}
    """The palette finds commands by title or by the words of their help (:mod:`.commands`)."""

    # Below the smallest usable size the screen gets -narrow or -short, and the stylesheet
    # shows a short message instead of a broken layout; from the first frame, and on resize.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (MIN_WIDTH, "-wide-enough")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (MIN_HEIGHT, "-tall-enough"), (24, "-roomy")]  # noqa: RUF012

    def __init__(
        self,
        initial: View | None = None,
        *,
        marker: Marker | None = None,
        export_dir: Path | None = None,
        log_y: bool = False,
        show_points: bool = False,
        cursor: float | None = None,
        settings_file: Path | None = None,
        sixteen_colors: bool = False,
    ) -> None:
        """Open on ``initial`` (from the command line), or the article's defaults; ``s`` and
        ``e`` write into ``export_dir`` (the working directory by default).

        ``settings_file``: where the theme, marker and controls are kept (None: nowhere, as in
        the tests). A ``marker`` given wins over the file's, as every command-line option does.
        ``sixteen_colors``: styled for a 16-colour terminal (the command line detects it).
        """
        super().__init__()
        partial_updates.install()
        self.sixteen_colors = sixteen_colors
        """Whether the terminal shows only the 16 ANSI colours (TERM=xterm, no COLORTERM)."""
        self._settings_file = settings_file
        self._settings, warning = (
            load_settings(settings_file) if settings_file is not None else (Settings(), None)
        )
        self._warnings = [warning] if warning else []
        self._save_failed = False
        self.explorer = ExplorerScreen(
            initial or View(),
            marker=marker or self._settings.marker,
            export_dir=export_dir,
            log_y=log_y,
            show_points=show_points,
            cursor=cursor,
            controls_shown=self._settings.controls,
        )
        """The explorer's screen, which owns the view, the cursor and the toggles."""

    def get_default_screen(self) -> Screen[None]:
        """The explorer (see :class:`ExplorerScreen`)."""
        return self.explorer

    def push_screen(self, screen: Screen[Any] | str, *args: Any, **kwargs: Any) -> Any:
        """Push ``screen`` styled from its first frame: the panels' styles come in first."""
        load_panel_styles(self)
        return super().push_screen(screen, *args, **kwargs)

    def on_mount(self) -> None:
        """Repaint after ctrl+z and fg; leave cleanly when the terminal goes away; apply and
        then keep the settings; styles for a 16-colour terminal where there is one."""
        self.set_class(self.sixteen_colors, "-sixteen")
        self.app_resume_signal.subscribe(self, self._resumed)
        self.screen_change_signal.subscribe(self, plain_search_icon)
        theme = self._settings.theme
        if theme is not None:
            if theme in self.available_themes:
                self.theme = theme
            else:
                self._warnings.append(f"Theme {theme!r} from the settings is unknown: not used.")
        if self._settings_file is not None:
            self.theme_changed_signal.subscribe(self, self._theme_changed)
            self.watch(self.explorer, "marker", self._marker_changed, init=False)
            self.watch(self.explorer, "controls_shown", self._controls_changed, init=False)
        if self._warnings:
            warning = " ".join(self._warnings)
            self.call_after_refresh(self.explorer.say, warning, error=True)
        with contextlib.suppress(AttributeError, ValueError):
            # A dropped SSH connection: stop an export cleanly (its temporary file removed)
            # rather than die in the middle of it. A plain handler, not the event loop's: the
            # loop may be blocked writing to the terminal that has just gone.
            loop = asyncio.get_running_loop()
            signal.signal(signal.SIGHUP, lambda *_: self._hung_up(loop))

    # --- settings kept -------------------------------------------------------------------

    def _theme_changed(self, theme: Theme) -> None:
        self._keep(replace(self._settings, theme=theme.name))

    def _marker_changed(self, marker: Marker) -> None:
        self._keep(replace(self._settings, marker=marker))

    def _controls_changed(self, shown: bool) -> None:
        self._keep(replace(self._settings, controls=shown))

    def _keep(self, settings: Settings) -> None:
        """Write the settings when they change; say once if they cannot be written."""
        if settings == self._settings or self._settings_file is None:
            return
        self._settings = settings
        failed = save_settings(self._settings_file, settings)
        if failed and not self._save_failed:
            self._save_failed = True
            # After whatever the change itself says (M names the marker), not under it.
            self.call_later(self.explorer.say, failed, error=True)

    # --- NO_COLOR ----------------------------------------------------------------------

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Under NO_COLOR, the filter that suits the theme on show, not the one it started in.

        Textual picks its NO_COLOR filter once, when the app is made, by the theme it starts
        in (textual-dark: every colour turned grey). Under an ANSI theme (chosen from the
        palette or kept in the settings) that filter turned the terminal's own colours to
        black on black, 1:1; there every colour is left to the terminal's default instead,
        as Textual does for an app that starts under an ANSI theme.
        """
        filters = super().get_line_filters()
        if not self.no_color:
            return filters
        wanted = _DEFAULT_COLOURS if self.native_ansi_color else _MONOCHROME
        return [wanted if isinstance(f, (Monochrome, NoColor)) else f for f in filters]

    def _resumed(self, _app: object) -> None:
        """Repaint everything after a suspend: nothing on the terminal is ours any more."""
        self.screen.refresh(repaint=True, layout=True)

    def _hung_up(self, loop: asyncio.AbstractEventLoop) -> None:
        """SIGHUP: leave through the event loop, and for certain within :data:`HANG_UP_GRACE`.

        A terminal that closes during a write leaves the loop waiting for the writer thread
        and Textual's input thread spinning on end of file: without the timer the process
        would stay behind, a core busy, after the connection dropped.
        """
        timer = threading.Timer(HANG_UP_GRACE, os._exit, (HANG_UP_STATUS,))
        timer.daemon = True
        timer.start()
        with contextlib.suppress(RuntimeError):  # the loop has closed: the timer ends it
            loop.call_soon_threadsafe(self._hang_up)

    def _hang_up(self) -> None:
        """The terminal went away: cancel any export and leave."""
        with contextlib.suppress(NoMatches):  # the controls are not in yet
            self.explorer.saver.cancel()
        self.exit(HANG_UP_STATUS)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Behind "Terminal too small" only quit and ctrl+z act: no help, no palette."""
        if self.screen_stack and self.screen is self.explorer and self.explorer.too_small:
            return action in ALWAYS_ALLOWED
        return True

    def action_suspend_process(self) -> None:
        """ctrl+z: stop the whole job, as a shell expects, so that ``fg`` brings it back.

        Textual stops only its own process; under ``uv run sigmoid-tui`` (the README's
        command) uv, its parent in the same job, keeps waiting in the foreground, so the shell
        never gets the terminal back and ``fg`` has nothing to resume. Like vim and less, send
        SIGTSTP to the whole process group: uv and the app stop together, and the shell's
        SIGCONT on ``fg`` wakes them together. In a browser there is no shell, and it says so.
        """
        if self.is_web:
            self.explorer.say("ctrl+z suspends to the shell in a terminal; a browser has none.")
            return
        driver = self._driver
        if sys.platform == "win32" or driver is None or not driver.can_suspend:
            return
        self._suspend_signal()
        # The driver's SIGCONT handler must not restart the app as well: that is done below.
        with driver.no_automatic_restart():
            # Give the terminal back first, while the job still owns it: once uv has stopped,
            # the shell takes the terminal, and a write from here would stop us halfway.
            driver.suspend_application_mode()
            # The driver's own SIGTSTP handler would stop this process alone: let the signal
            # stop us like every other process of the job.
            handler = signal.signal(signal.SIGTSTP, signal.SIG_DFL)
            try:
                os.kill(0, signal.SIGTSTP)
            finally:
                signal.signal(signal.SIGTSTP, handler)
        # Here after fg (SIGCONT): application mode again, then a full repaint.
        driver.resume_application_mode()
        self.app_resume_signal.publish(self)

    async def action_quit(self) -> None:
        """Quit; while an export runs, ask first whether to wait for it or cancel it."""
        self.explorer.saver.quit_or_ask()

    def action_help(self) -> None:
        """Open the help screen, its table of keys read from the bindings.

        It is built once and kept: its hundred-odd widgets took 350-480 ms of CPU to build,
        which a person waited for at every F1. Kept, it reopens at the top, in the theme and at
        the size there are now.
        """
        if not self.is_screen_installed("help"):
            from sigmoid_tui.tui.screens.help import HelpScreen, key_rows

            keys = every_key(Screen.BINDINGS, SigmoidPlot.BINDINGS, EXPLORER_KEYS, APP_KEYS)
            self.install_screen(HelpScreen(key_rows(self, [keys])), "help")
        self.push_screen("help")

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette offers each of the explorer's actions once, from its keys.

        Textual's own "Screenshot" is left out: it answered "Failed to save screenshot" with no
        reason; ours (``s``) saves an SVG through the saver and says where, or why not.
        """
        for command in super().get_system_commands(screen):
            if command.title != "Screenshot":
                yield command
        # "light" or "dark" found nothing: Textual's theme command is "Theme".
        for tone, theme in (("Light", "textual-light"), ("Dark", "textual-dark")):
            yield SystemCommand(
                f"{tone} theme",
                # No key, so no "(key)" at the end as the others have; the other themes are
                # under the palette's "Theme" (it read "(Change theme: all)", as if leaked).
                f"Switch to {theme}; the others: Theme",
                lambda theme=theme: setattr(self, "theme", theme),
            )
        for binding in every_key(EXPLORER_KEYS, APP_KEYS):
            if binding.action in ("app.quit", "quit", "focus_chart"):
                continue
            key = self.get_key_display(Binding(binding.key.split(",")[0], ""))
            yield SystemCommand(
                binding.description,
                f"{binding.tooltip} ({key})",
                # Actions without a namespace are the explorer's; "app." ones the app's.
                lambda action=binding.action: self.run_action(action, self.explorer),
            )
