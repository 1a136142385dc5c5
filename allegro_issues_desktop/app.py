"""Entry point: arguments, QApplication, language, and the window's first paint, fast.

Start-up order is the point of this module: only PySide6 and a few small modules are imported
before the main window's frame is on screen. asyncio, qasync, logging to file, the widgets of
the list and the detail, httpx and the demo emulator all come after the first paint
(``app_session.App``), so the app opens as fast as a bare Qt window and fills in.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QApplication

from . import APP_ID, APP_NAME, __version__
from .options import TOKEN_ON_COMMAND_LINE_WARNING, Options, parse_args
from .settings import app_paths

if TYPE_CHECKING:
    from .ui.main_window import MainWindow

FIRST_PAINT_WAIT_MS = 500  # a platform that never paints offscreen must not stall start-up


def create_application(argv: Sequence[str]) -> QApplication:
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

    logging.getLogger(__name__).warning(TOKEN_ON_COMMAND_LINE_WARNING)
    out = sys.stderr if stream is None else stream
    if out is not None:  # a windowed bundle on Windows has no stderr
        print(TOKEN_ON_COMMAND_LINE_WARNING, file=out, flush=True)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    from . import import_tax

    import_tax.install()  # before the ~300 imports that follow Qt's
    argv = list(sys.argv[1:] if argv is None else argv)
    options = parse_args(argv)
    qapp = create_application([sys.argv[0], *argv])
    _install_language(qapp, options.language)
    window, painted_at = show_first_frame(qapp, options)
    set_app_icon(qapp)

    # Everything below happens while the seller already sees the window.
    from .allegro import tls

    tls.prewarm()  # the TLS context, on its own thread, while the rest loads

    import asyncio

    import qasync  # after PySide6 is loaded, so qasync binds to it (not to another binding)

    from .app_session import App
    from .logging_setup import setup_logging

    setup_logging()  # with token redaction
    warn_if_token_on_command_line(options)
    session = App(qapp, options, window, painted_at)
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qapp)) as runner:
        code = runner.run(session.run())
    return code


if __name__ == "__main__":
    sys.exit(main())
