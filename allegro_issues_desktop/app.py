"""Entry point: arguments, QApplication, language, and the window's first paint, fast.

Start-up order is the point of this module: only PySide6 and a few small modules are imported
before the main window's frame is on screen. asyncio, qasync, logging to file, the widgets of
the list and the detail, httpx and the demo emulator all come after the first paint
(``app_session.App``), so the app opens as fast as a bare Qt window and fills in.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QSize
from PySide6.QtWidgets import QApplication

from . import APP_ID, APP_NAME, __version__
from .pyside_workarounds import pin_singletons
from .settings import app_paths

if TYPE_CHECKING:
    from .ui.main_window import MainWindow

TOKEN_ENV = "ALLEGRO_ISSUES_TOKEN"  # noqa: S105 (the variable's name, not a secret)
DEMO_ISSUES = 300
DEMO_SEED = 7
FIRST_PAINT_WAIT_MS = 500  # a platform that never paints offscreen must not stall start-up


@dataclass(frozen=True, slots=True)
class Options:
    demo: bool
    api_url: str | None
    token: str | None
    smoke_test: bool
    screenshot: Path | None
    select: str | None
    size: QSize | None
    language: str | None
    demo_issues: int
    seed: int
    startup_probe: bool = False


def parse_args(argv: Sequence[str]) -> Options:
    parser = argparse.ArgumentParser(prog="allegro-issues", description=APP_NAME)
    parser.add_argument("--demo", action="store_true", help="run against the built-in emulator")
    parser.add_argument("--api-url", help="an Allegro-compatible API base URL")
    parser.add_argument(
        "--token",
        help=f"a bearer token for --api-url (better: the {TOKEN_ENV} environment variable, which"
        " other users cannot read in the process list)",
    )
    parser.add_argument("--smoke-test", action="store_true", help="load the first page and exit")
    parser.add_argument("--screenshot", type=Path, help="save the window as PNG and exit")
    parser.add_argument(
        "--select",
        help="issue id to select before a screenshot, or first:pending-return / first:chat-closed",
    )
    parser.add_argument("--size", help="window size for --screenshot, e.g. 1280x800")
    parser.add_argument("--language", choices=("pl", "en"), help="UI language for this run")
    parser.add_argument("--demo-issues", type=int, default=DEMO_ISSUES, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=DEMO_SEED, help=argparse.SUPPRESS)
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv))
    token = args.token or os.environ.get(TOKEN_ENV) or None
    if args.api_url:
        if not token:
            parser.error(f"--api-url needs --token or {TOKEN_ENV}")
        problem = _api_url_problem(args.api_url)
        if problem:
            parser.error(problem)
    size = None
    if args.size:
        try:
            width, height = (int(v) for v in args.size.lower().split("x", 1))
        except ValueError:
            parser.error("--size takes WIDTHxHEIGHT, e.g. 1280x800")
        size = QSize(width, height)
    return Options(
        demo=args.demo,
        api_url=args.api_url,
        token=token,
        smoke_test=args.smoke_test,
        screenshot=args.screenshot,
        select=args.select,
        size=size,
        language=args.language,
        demo_issues=args.demo_issues,
        seed=args.seed,
        startup_probe=args.startup_probe,
    )


def _api_url_problem(url: str) -> str | None:
    """A bearer token must not cross the network in clear text: http only to this machine."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return None
    if parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"):
        return None
    return "--api-url takes https://host (or http://127.0.0.1:PORT for a local emulator)"


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    options = parse_args(argv)
    qapp = create_application([sys.argv[0], *argv])
    _install_language(qapp, options.language)
    window, painted_at = show_first_frame(qapp, options)
    # Right after the first paint (ctypes costs ~2 ms): until then Qt makes a few dozen
    # void/bool calls, far from the thousands of references None/True/False start with.
    pin_singletons()
    set_app_icon(qapp)

    # Everything below happens while the seller already sees the window.
    import asyncio

    import qasync  # after PySide6 is loaded, so qasync binds to it (not to another binding)

    from .app_session import App
    from .logging_setup import setup_logging

    setup_logging()  # with token redaction
    session = App(qapp, options, window, painted_at)
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qapp)) as runner:
        code = runner.run(session.run())
    return code


if __name__ == "__main__":
    sys.exit(main())
