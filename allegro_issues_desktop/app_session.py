"""One run of the app inside the qasync loop: open the session, then wait for the window to close.

Also the scripted runs: ``--smoke-test`` (first page, exit), ``--screenshot`` (load, select,
save a PNG, exit) and ``--startup-probe`` (timestamps for ``bench/bench_startup.py``).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QApplication

from .options import DEMO_SHOPS, Options

if TYPE_CHECKING:
    from .auth.session import AuthSession
    from .demo.process import EmulatorProcess
    from .domain import Issue
    from .ui.main_window import MainWindow
    from .ui.session_controller import SessionController

T = TypeVar("T")

SMOKE_TIMEOUT_S = 60.0
# A screenshot of every account's list looks again this often whether loads are still running.
LOAD_CHECK_S = 0.5
AFTER_ROWS_LATEST_MS = 3_000  # when no list loads (first-run page, offline, no rows)


def _situations() -> dict[str, Callable[[Issue, datetime], bool]]:
    """``--select first:NAME``: what each named situation means (every case the demo seeds)."""
    from .domain import (
        IssueKind,
        ReturnDecision,
        advisor_involved,
        awaiting_seller_reply,
        can_write,
        deadline,
        is_open,
        issue_kind,
        return_decision,
    )
    from .domain.codes import IssueStatus, LastMessageStatus

    def claim(i: Issue) -> bool:
        return issue_kind(i) is IssueKind.CLAIM

    def discussion(i: Issue) -> bool:
        return issue_kind(i) is IssueKind.DISCUSSION

    def due_in(i: Issue, now: datetime) -> timedelta | None:
        found = deadline(i)
        return None if found is None else found.at - now

    def overdue(i: Issue, now: datetime) -> bool:
        left = due_in(i, now)
        return left is not None and left < timedelta(0)

    def due_soon(i: Issue, now: datetime) -> bool:
        left = due_in(i, now)
        return left is not None and timedelta(0) <= left < timedelta(hours=24)

    def status(value: IssueStatus) -> Callable[[Issue, datetime], bool]:
        return lambda i, _now: i.current_state.status == value

    return {
        # claims and the return decision
        "claim": lambda i, _now: claim(i) and is_open(i),
        "pending-return": lambda i, _now: (
            claim(i)
            and is_open(i)
            and can_write(i)
            and return_decision(i) is ReturnDecision.PENDING
        ),
        "return-required": lambda i, _now: (
            claim(i) and is_open(i) and return_decision(i) is ReturnDecision.REQUIRED
        ),
        "no-return": lambda i, _now: (
            claim(i) and is_open(i) and return_decision(i) is ReturnDecision.NOT_REQUIRED
        ),
        "accepted": status(IssueStatus.CLAIM_ACCEPTED),
        "rejected": status(IssueStatus.CLAIM_REJECTED),
        # discussions
        "discussion": lambda i, _now: discussion(i) and is_open(i),
        "chat-closed": lambda i, _now: discussion(i) and not is_open(i) and not can_write(i),
        "closed": status(IssueStatus.DISPUTE_CLOSED),
        "unresolved": status(IssueStatus.DISPUTE_UNRESOLVED),
        # the chat and whose turn it is
        "chat-inactive": lambda i, _now: is_open(i) and i.current_state.chat_active is False,
        "decided-chat-open": lambda i, _now: not is_open(i) and can_write(i),
        "awaiting-reply": lambda i, _now: awaiting_seller_reply(i),
        "new": lambda i, _now: (
            is_open(i) and can_write(i) and i.chat.last_message.status == LastMessageStatus.NEW
        ),
        "waiting-for-buyer": lambda i, _now: (
            is_open(i)
            and can_write(i)
            and i.chat.last_message.status == LastMessageStatus.SELLER_REPLIED
        ),
        "advisor": lambda i, _now: advisor_involved(i),
        "long-chat": lambda i, _now: (i.chat.messages_count or 0) >= 100,
        "attachments": lambda i, _now: bool(i.attachments),
        # deadlines (Allegro's, as sent)
        "overdue": overdue,
        "due-soon": due_soon,
    }


#: The names ``--select first:NAME`` knows (see ``options.py``).
SITUATIONS: tuple[str, ...] = (
    "claim",
    "pending-return",
    "return-required",
    "no-return",
    "accepted",
    "rejected",
    "discussion",
    "chat-closed",
    "closed",
    "unresolved",
    "chat-inactive",
    "decided-chat-open",
    "awaiting-reply",
    "new",
    "waiting-for-buyer",
    "advisor",
    "long-chat",
    "attachments",
    "overdue",
    "due-soon",
)


def find_situation(issues: Iterable[Issue], name: str, now: datetime | None = None) -> Issue | None:
    """The first of ``issues`` in the named situation; None if none is, or the name is unknown."""
    test = _situations().get(name)
    if test is None:
        return None
    when = now if now is not None else datetime.now(UTC)
    return next((i for i in issues if i.id is not None and test(i, when)), None)


def _pick_issue(window: MainWindow, select: str) -> str | None:
    """An id as given, or the first issue in a named situation (``first:NAME``, for docs
    screenshots and tests). The search covers every issue, not only the rows the filters
    show: the list's own order first, then the hidden ones, newest first; ``_select`` then
    clears the filters if they hide the one found."""
    if not select.startswith("first:"):
        return select
    visible = [i for i in map(window.issue, window.visible_issue_ids()) if i is not None]
    engine = window.engine
    everything = list(engine.issues.values()) if engine is not None else []
    shown = {i.id for i in visible}
    hidden = sorted(
        (i for i in everything if i.id not in shown),
        key=lambda i: i.opened_date or datetime.min.replace(tzinfo=UTC),
        reverse=True,
    )
    found = find_situation([*visible, *hidden], select.removeprefix("first:"))
    return found.id if found is not None else None


def _settle(future: asyncio.Future[T], value: T | BaseException) -> None:
    """Resolve once; later signals (e.g. another page) are ignored."""
    if future.done():
        return
    if isinstance(value, BaseException):
        future.set_exception(value)
    else:
        future.set_result(value)


class App:
    """Runs one session of the app inside the qasync loop."""

    def __init__(
        self,
        app: QApplication,
        options: Options,
        window: MainWindow,
        first_paint_at: float | None = None,
        demo_emulator: EmulatorProcess | None = None,
    ) -> None:
        """``demo_emulator``: the demo's emulator process, started by ``app.main`` already."""
        self.qapp = app
        self.options = options
        self.window = window
        self.first_paint_at = first_paint_at
        self.demo_emulator = demo_emulator
        self.closed = asyncio.Event()

    async def run(self) -> int:
        window = self.window
        # Qt would stop the loop under run() when the window closes; run() ends the session
        # itself and then shuts down in order.
        self.qapp.setQuitOnLastWindowClosed(False)
        self.qapp.lastWindowClosed.connect(self.closed.set)
        window.build_content()  # the frame is on screen already; now the real widgets
        window.poll_interval_override = self.options.poll_interval
        if self.options.startup_probe:
            return await self._report_ready(window)

        from .services.heap import settle_heap
        from .ui.session_controller import DemoSettings, SessionController

        # Probing the OS keyring can take a while (D-Bus): not on the GUI thread.
        session = await asyncio.get_running_loop().run_in_executor(None, self._open_auth_session)
        # What waits until the first rows are on screen (or a few seconds, when none come):
        # freezing the start-up heap (modules, widgets; ~40 ms) so that no later collection
        # walks it again (the first one during a sync would stall the window ~50 ms), and
        # finding the keyring's backend if nothing needed it yet (the demo), before Settings.
        from .allegro import tls
        from .app import release_collections
        from .ui.after_rows import AfterFirstRows

        after_rows = AfterFirstRows(window, AFTER_ROWS_LATEST_MS)
        after_rows.add(settle_heap)
        after_rows.add(release_collections)  # held since app.main began (after the freeze)
        # The verifying TLS context, if the start skipped it (a demo's clients speak plain
        # http): for what may fetch https later (the picture fetcher builds it otherwise).
        after_rows.add(tls.prewarm)
        after_rows.add(
            lambda: asyncio.get_running_loop().run_in_executor(None, session.secrets.probe)
        )
        scripted = self.options.smoke_test or self.options.screenshot is not None
        demo = DemoSettings(
            self.options.demo_issues,
            self.options.seed,
            live=not scripted,
            accounts=self.options.demo_accounts,
            shops=DEMO_SHOPS,
            process=True,  # its data built on another core (tests keep it in theirs)
            prestarted=self.demo_emulator,
        )
        controller = SessionController(window, session, demo)
        try:
            if self.options.smoke_test:
                return await self._smoke(window, controller)
            if self.options.screenshot is not None:
                return await self._screenshot(window, controller, self.options.screenshot)

            def updates() -> None:
                from .ui.update_check import install_update_check

                install_update_check(window)  # Help › Check for updates…, opt-in check

            after_rows.add(updates)  # a menu item and a daily request: not before the rows
            await self._open(controller)
            await self.closed.wait()
            return 0
        finally:
            # First nothing new may start (activations, sign-in dialogs), then the window's
            # work stops, then the client, OAuth and the emulator close.
            after_rows.cancel()
            await controller.cancel_pending()
            await window.shutdown()
            await controller.aclose()

    def _open_auth_session(self) -> AuthSession:
        """Accounts and credentials; the keyring only when real tokens may be needed (the
        demo's stay in memory: a demo start never loads ``keyring``, ~100 ms)."""
        from .auth.session import AuthSession

        session = AuthSession()
        if not self.options.demo or session.accounts.has_real_accounts():
            session.secrets.probe()
        return session

    async def _open(self, controller: SessionController) -> None:
        if self.options.api_url and self.options.token:
            from .allegro.tokens import StaticTokenProvider

            await controller.connect_static(
                self.options.api_url, StaticTokenProvider(self.options.token)
            )
        else:
            await controller.start(demo=self.options.demo)

    async def _loaded(
        self,
        window: MainWindow,
        controller: SessionController,
        *,
        all_pages: bool,
        start_page_ok: bool = False,
    ) -> int | None:
        """Open the session and wait for the list (first page or all pages).

        None: no account, the first-run page is shown (an error unless ``start_page_ok``).
        """
        done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        signal = window.issues_loaded if all_pages else window.first_page_loaded
        signal.connect(lambda n: _settle(done, n))
        # Each account loads on its own and says so when done: all pages means every account's.
        another = asyncio.Event()
        failed: list[str] = []
        window.issues_loaded.connect(lambda _n: another.set())

        def on_load_failed(text: str) -> None:
            failed.append(text)
            another.set()
            rows = window.list_panel.model.rowCount()
            # Offline with a saved list: a picture of what the seller sees (the banner says why).
            if all_pages and rows:
                _settle(done, rows)
            else:
                _settle(done, RuntimeError(text))

        window.load_failed.connect(on_load_failed)
        controller.activation_failed.connect(lambda text: _settle(done, RuntimeError(text)))
        await self._open(controller)  # every account is attached, its load started
        if window.start_page_shown():
            if start_page_ok:
                return None
            raise RuntimeError("no account is signed in: run with --demo or sign in first")
        count = await asyncio.wait_for(done, SMOKE_TIMEOUT_S)
        if all_pages:

            def unsynced() -> bool:
                # Accounts with a client only: a preview or a paused (signed-out) account is
                # attached but never loads.
                return any(
                    a.engine.client is not None and not a.engine.synced_once
                    for a in window.attached_accounts()
                )

            async with asyncio.timeout(SMOKE_TIMEOUT_S):
                while not failed and unsynced():
                    another.clear()
                    try:
                        await asyncio.wait_for(another.wait(), LOAD_CHECK_S)
                    except TimeoutError:  # a load that ended without a word (cancelled)
                        if not window.loading:
                            break
            count = window.list_panel.model.rowCount()
        return count

    async def _smoke(self, window: MainWindow, controller: SessionController) -> int:
        try:
            count = await self._loaded(window, controller, all_pages=False)
        except (RuntimeError, TimeoutError) as exc:
            print(f"smoke test failed: {exc or 'timed out'}", file=sys.stderr)
            return 1
        print(f"smoke test ok: {count} issues on the first page")
        return 0

    async def _screenshot(
        self, window: MainWindow, controller: SessionController, target: Path
    ) -> int:
        try:
            # Without an account this is a picture of the first-run page.
            loaded = await self._loaded(
                window, controller, all_pages=True, start_page_ok=not self.options.select
            )
            if loaded is not None and self.options.select:
                await self._select(window, self.options.select)
        except (RuntimeError, TimeoutError) as exc:
            print(f"screenshot failed: {exc or 'timed out'}", file=sys.stderr)
            return 1
        # Queue counts follow the last rows within COUNTS_DELAY_MS: count now, so the picture
        # never shows numbers from before the last page. Then two turns of the loop so layouts
        # settle and the chat scrolls to the newest message.
        window.list_panel.recount()
        for _ in range(2):
            await asyncio.sleep(0.05)
            self.qapp.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(target)):
            print(f"screenshot failed: cannot write {target}", file=sys.stderr)
            return 1
        rows = window.list_panel.model.rowCount()
        print(f"screenshot saved: {target} ({rows} issues listed)")
        return 0

    async def _select(self, window: MainWindow, select: str) -> None:
        issue_id = _pick_issue(window, select)
        if issue_id is None:
            raise RuntimeError(f"no issue matches {select}")
        shown: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def on_chat_shown(shown_id: str) -> None:
            if shown_id == issue_id:
                _settle(shown, shown_id)

        def on_cached_chat_shown(shown_id: str) -> None:
            engine = window.engine
            if shown_id == issue_id and engine is not None and not engine.connection.online:
                _settle(shown, shown_id)  # offline: the saved conversation is all there is

        window.chat_shown.connect(on_chat_shown)
        window.cached_chat_shown.connect(on_cached_chat_shown)
        if window.issue(issue_id) is None:
            raise RuntimeError(f"issue {issue_id} is not in the list")
        hidden = issue_id not in window.visible_issue_ids()
        if window.list_panel.current_issue_id() == issue_id:
            window.detail.retry_requested.emit(issue_id)  # restored at start: show it afresh
        elif not window.select_anyway(issue_id):  # hidden by the filters: they are cleared
            raise RuntimeError(f"issue {issue_id} is not in the list")
        await asyncio.wait_for(shown, SMOKE_TIMEOUT_S)
        if hidden:  # the status bar says so too
            print(f"filters cleared to show issue {issue_id}")

    async def _report_ready(self, window: MainWindow) -> int:
        """For the start-up bench: when the built window has painted, print and exit."""
        painted = asyncio.Event()
        window.content_painted.connect(painted.set)
        assert window.detail is not None  # the whole window (a start builds it after the rows)
        window.update()
        await asyncio.wait_for(painted.wait(), SMOKE_TIMEOUT_S)
        stamps = {"paint": self.first_paint_at, "ready": time.monotonic()}
        print(json.dumps(stamps), flush=True)
        return 0
