"""Entry point: arguments, QApplication, language, and the window's first paint, fast.

Start-up order is the point of this module: only PySide6 and a few small modules are imported
before the main window's frame is on screen. asyncio, qasync, logging to file, the widgets of
the list and the detail and httpx all come after the first paint (``app_session.App``), so the
app opens as fast as a bare Qt window and fills in. The demo's emulator is started first of
all, in a process of its own (``demo.process``): it builds its data on another core meanwhile.
Until the first rows are on screen no automatic cycle collection runs (:func:`hold_collections`).
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from . import APP_ID, APP_NAME, __version__

# PySide6 is imported in the functions below, not here: a frozen bundle runs this module as the
# demo emulator's process too (``demo.process.PRIVATE_FLAG``), which needs no Qt at all.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .demo.process import EmulatorProcess
    from .options import Options
    from .ui.main_window import MainWindow

FIRST_PAINT_WAIT_MS = 500  # a platform that never paints offscreen must not stall start-up

_gc_threshold: tuple[int, ...] | None = None


def hold_collections() -> None:
    """No automatic cycle collections until :func:`release_collections` (the first rows).

    A start makes ~50,000 long-lived objects (modules, classes, widgets) and little garbage;
    the ~100 young collections it triggered walked them for ~17 ms before the first rows. The
    session collects and freezes that heap once the rows are painted (``settle_heap``), then
    releases. A threshold, not ``gc.disable()``: a sync's ``bulk_load`` switches collections
    off and on meanwhile and must find them as it left them.
    """
    global _gc_threshold
    if _gc_threshold is None:
        _gc_threshold = gc.get_threshold()
        gc.set_threshold(0)


def release_collections() -> None:
    """The interpreter's own thresholds again (once; nothing if they were never held)."""
    global _gc_threshold
    if _gc_threshold is not None:
        gc.set_threshold(*_gc_threshold)
        _gc_threshold = None


def create_application(argv: Sequence[str]) -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)  # matches StartupWMClass in the .desktop file
    return app


def set_app_icon(app: QApplication) -> None:
    """Eight PNG sizes: read after the first paint (the window manager picks it up then)."""
    from .ui.icons import app_icon

    app.setWindowIcon(app_icon())


def _install_language(app: QApplication, requested: str | None) -> str:
    from . import i18n

    language = i18n.resolve_language(requested or i18n.preferred_language())
    i18n.install_translators(app, language)
    return language


def show_first_frame(app: QApplication, options: Options) -> tuple[MainWindow, float]:
    """Show the main window's frame and return once it has painted (and when)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    from .settings import app_paths
    from .ui.main_window import MainWindow

    window = MainWindow(app_paths().ensure(), deferred=True)
    if options.size is not None:
        window.resize(options.size)
    window.show()
    deadline = QDeadlineTimer(FIRST_PAINT_WAIT_MS)
    while not window.frame_painted and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    return window, time.monotonic()


def warn_if_token_on_command_line(options: Options, stream: TextIO | None = None) -> bool:
    """Say once, on stderr and in the log, that ``--token`` is visible to other users.

    The token itself is never printed. Returns whether there was anything to say.
    """
    if not options.token_on_command_line:
        return False
    import logging

    from .options import TOKEN_ON_COMMAND_LINE_WARNING

    logging.getLogger(__name__).warning(TOKEN_ON_COMMAND_LINE_WARNING)
    out = sys.stderr if stream is None else stream
    if out is not None:  # a windowed bundle on Windows has no stderr
        print(TOKEN_ON_COMMAND_LINE_WARNING, file=out, flush=True)
    return True


def start_demo_emulator(options: Options) -> EmulatorProcess | None:
    """``--demo``: the emulator's own process, started before anything else so that it
    generates its data on another core while this one builds the window."""
    if not options.demo or (options.api_url and options.token):
        return None
    from .demo.process import EmulatorProcess
    from .options import DEMO_SHOPS

    scripted = options.smoke_test or options.screenshot is not None  # as App.run's DemoSettings
    return EmulatorProcess.spawn(
        issues=options.demo_issues,
        seed=options.seed,
        live=not scripted,
        shops=max(DEMO_SHOPS, options.demo_accounts),
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .demo.process import PRIVATE_FLAG

    if argv[:1] == [PRIVATE_FLAG]:  # a frozen bundle started as the demo's emulator process
        from .demo.process import child_main

        return child_main(argv[1:])

    hold_collections()  # until the first rows (App.run releases them)
    from .options import parse_args  # no Qt: the demo's emulator starts before it loads

    options = parse_args(argv)
    emulator = start_demo_emulator(options)
    try:
        import PySide6.QtCore  # noqa: F401 (loaded here so that import_tax can patch it)

        from . import import_tax

        import_tax.install()  # before the ~300 imports that follow Qt's
        qapp = create_application([sys.argv[0], *argv])
        _install_language(qapp, options.language)
        window, painted_at = show_first_frame(qapp, options)
        set_app_icon(qapp)

        # Everything below happens while the seller already sees the window.
        from .allegro import tls

        # The TLS context, on its own thread, while the rest loads (the demo's clients speak
        # plain http:// to the emulator: only the HTTP stack's modules).
        tls.prewarm(context=emulator is None)

        import asyncio

        from .app_session import App
        from .event_loop import DeskEventLoop  # after PySide6: qasync binds to the loaded one
        from .logging_setup import setup_logging

        setup_logging()  # with token redaction
        warn_if_token_on_command_line(options)
        session = App(qapp, options, window, painted_at, demo_emulator=emulator)
        with asyncio.Runner(loop_factory=lambda: DeskEventLoop(qapp)) as runner:
            code = runner.run(session.run())
        return code
    finally:
        release_collections()  # normally done after the first rows already
        if emulator is not None:  # normally stopped by the session already (idempotent)
            emulator.stop()


if __name__ == "__main__":
    sys.exit(main())
