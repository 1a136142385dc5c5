"""Composition root: arguments, QApplication, the qasync loop, services and the main window.

The window is shown before anything slow happens (httpx import, the demo emulator's data,
the network), so the app opens instantly and fills in as data arrives.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import qasync  # after PySide6, so qasync binds to it
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import APP_ID, APP_NAME, __version__
from .settings import app_paths, resources_dir

if TYPE_CHECKING:
    from .ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_ISSUES = 300
DEMO_SEED = 7
DEMO_POLL_MS = 20_000
SMOKE_TIMEOUT_S = 60.0


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


def parse_args(argv: Sequence[str]) -> Options:
    parser = argparse.ArgumentParser(prog="allegro-issues", description=APP_NAME)
    parser.add_argument("--demo", action="store_true", help="run against the built-in emulator")
    parser.add_argument("--api-url", help="an Allegro-compatible API base URL")
    parser.add_argument("--token", help="a bearer token for --api-url")
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
    args = parser.parse_args(list(argv))
    if args.api_url and not args.token:
        parser.error("--api-url needs --token")
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
        token=args.token,
        smoke_test=args.smoke_test,
        screenshot=args.screenshot,
        select=args.select,
        size=size,
        language=args.language,
        demo_issues=args.demo_issues,
        seed=args.seed,
    )


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)  # matches StartupWMClass in the .desktop file
    icon_path = resources_dir() / "icons" / "app.svg"
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    return app


def _install_language(app: QApplication, requested: str | None) -> str:
    from . import i18n

    language = i18n.resolve_language(requested or i18n.preferred_language())
    i18n.install_translators(app, language)
    return language


def _pick_issue(window: MainWindow, select: str) -> str | None:
    """An id as given, or the first issue matching a named situation (for docs screenshots)."""
    from .domain import IssueKind, ReturnDecision, can_write, issue_kind, return_decision

    if not select.startswith("first:"):
        return select
    want = select.removeprefix("first:")
    for issue_id in window.list_panel.visible_issue_ids():
        issue = window.issue(issue_id)
        if issue is None:
            continue
        if want == "pending-return" and return_decision(issue) is ReturnDecision.PENDING:
            if can_write(issue):
                return issue_id
        if want == "chat-closed" and issue_kind(issue) is IssueKind.DISCUSSION:
            if not can_write(issue):
                return issue_id
    return None


class App:
    """Runs one session of the app inside the qasync loop."""

    def __init__(self, app: QApplication, options: Options) -> None:
        self.qapp = app
        self.options = options
        self.exit_code = 0
        self.closed = asyncio.Event()

    async def run(self) -> int:
        from .ui.main_window import MainWindow

        paths = app_paths().ensure()
        window = MainWindow(paths)
        if self.options.size is not None:
            window.resize(self.options.size)
        window.show()
        self.qapp.lastWindowClosed.connect(self.closed.set)
        await asyncio.sleep(0)  # let the first paint happen before anything slow

        async with AsyncExitStack() as stack:
            try:
                await self._connect(window, stack)
                if self.options.smoke_test:
                    return await self._smoke(window)
                if self.options.screenshot is not None:
                    return await self._screenshot(window, self.options.screenshot)
                window.refresh_action.trigger()
                await self.closed.wait()
            finally:
                await window.shutdown()
        return self.exit_code

    async def _connect(self, window: MainWindow, stack: AsyncExitStack) -> None:
        from .allegro.client import AllegroClient
        from .allegro.tokens import StaticTokenProvider

        if self.options.demo:
            from .demo.server import Emulator

            emulator = Emulator(
                issues=self.options.demo_issues,
                seed=self.options.seed,
                live=not (self.options.smoke_test or self.options.screenshot),
            )
            window.status_label.setText(window.tr("Starting the demo Allegro…"))
            await asyncio.to_thread(emulator.start)
            stack.callback(emulator.stop)
            api_url, token = emulator.base_url, emulator.token
            poll_ms: int | None = DEMO_POLL_MS
            window.setWindowTitle(window.windowTitle() + " — " + window.tr("Demo"))
        elif self.options.api_url and self.options.token:
            api_url, token, poll_ms = self.options.api_url, self.options.token, None
        else:
            raise SystemExit(
                "Sign-in is not wired in this build yet: use --demo or --api-url URL --token TOKEN"
            )
        from . import i18n

        client = AllegroClient(api_url, StaticTokenProvider(token), language=i18n.accept_language())
        stack.push_async_callback(client.aclose)
        window.attach_client(client, poll_ms=poll_ms)

    async def _smoke(self, window: MainWindow) -> int:
        loaded = asyncio.get_running_loop().create_future()
        window.first_page_loaded.connect(lambda n: loaded.done() or loaded.set_result(n))
        window.load_failed.connect(
            lambda text: loaded.done() or loaded.set_exception(RuntimeError(text))
        )
        window.refresh_action.trigger()
        try:
            count = await asyncio.wait_for(loaded, SMOKE_TIMEOUT_S)
        except (RuntimeError, TimeoutError) as exc:
            print(f"smoke test failed: {exc or 'timed out'}", file=sys.stderr)
            return 1
        print(f"smoke test ok: {count} issues on the first page")
        return 0

    async def _screenshot(self, window: MainWindow, target: Path) -> int:
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        window.issues_loaded.connect(lambda n: done.done() or done.set_result(n))
        window.load_failed.connect(
            lambda text: done.done() or done.set_exception(RuntimeError(text))
        )
        window.refresh_action.trigger()
        try:
            await asyncio.wait_for(done, SMOKE_TIMEOUT_S)
            if self.options.select:
                issue_id = _pick_issue(window, self.options.select)
                if issue_id is None:
                    raise RuntimeError(f"no issue matches {self.options.select}")
                shown = loop.create_future()
                window.chat_shown.connect(
                    lambda i: shown.done() or (i == issue_id and shown.set_result(i))
                )
                if not window.list_panel.select_issue(issue_id):
                    raise RuntimeError(f"issue {issue_id} is not in the list")
                await asyncio.wait_for(shown, SMOKE_TIMEOUT_S)
        except (RuntimeError, TimeoutError) as exc:
            print(f"screenshot failed: {exc or 'timed out'}", file=sys.stderr)
            return 1
        # Two turns of the loop so layouts settle and the chat scrolls to the newest message.
        for _ in range(2):
            await asyncio.sleep(0.05)
            self.qapp.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(target)):
            print(f"screenshot failed: cannot write {target}", file=sys.stderr)
            return 1
        print(f"screenshot saved: {target}")
        return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    options = parse_args(argv)
    from .logging_setup import setup_logging

    setup_logging()
    qapp = create_application([sys.argv[0], *argv])
    _install_language(qapp, options.language)
    session = App(qapp, options)
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qapp)) as runner:
        try:
            code = runner.run(session.run())
        except SystemExit as exc:
            print(exc, file=sys.stderr)
            code = 2
    # Nothing may keep the process alive after the window is gone (e.g. a stuck socket).
    QTimer.singleShot(0, qapp.quit)
    return code


if __name__ == "__main__":
    sys.exit(main())
