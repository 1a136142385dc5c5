"""Loading and polling the issues of the window's accounts.

A load paints an account's saved list first (no request), then runs its full sync; a poll asks
Allegro for what can change (the open issues) on the shared :class:`PollSchedule`. Every
connected account loads and polls side by side, and one failing does not stop the others.

The main window owns one :class:`DeskLoads` and tells it when accounts come and go. What is not
the loads' own stays with the window and is called back there: the selection, the "since you
were away" summary, the tray and its notifications, the store's problems, and the sentences of
the status bar and the banner (pyside6-lupdate takes a ``tr``'s context from its class and marks
plural forms only in ``tr``, so their translations stay under ``MainWindow``).

Imported by ``MainWindow.build_content`` (after the first paint), so the imports here need not
be light.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from ..allegro.errors import AllegroError, RateLimitedError
from ..preferences import poll_interval_s
from ..services.poll_schedule import PollSchedule
from ..services.tasks import LatestTask
from .error_text import describe_error
from .issue_list.rows import RowFacts, brought_up_to_date

if TYPE_CHECKING:
    from ..services.changes import ChangeSet
    from ..services.sync import SyncEngine
    from .desk_accounts import AttachedAccount, DeskAccounts
    from .main_window import MainWindow

log = logging.getLogger(__name__)

# Allegro is polled this often unless Settings or --poll-interval say otherwise (ms).
DEFAULT_POLL_MS = 120_000


class DeskLoads:
    """The full loads and the background polls of the attached accounts.

    It shows their progress in the window (status bar, progress bar, error banner, "Updated"
    time, through the window's own wording) and emits the window's signals ``cached_loaded``,
    ``first_page_loaded``, ``issues_loaded``, ``load_failed`` and ``refreshed``.

    Attributes:
        poll_timer: fires the next poll; its interval is the schedule's next delay.
        poll_interval_override: ``--poll-interval`` (seconds): wins over Settings and the
            environment's default.
        list_task: the running full load (a new one cancels the one before).
        refresh_task: the running poll.
    """

    def __init__(self, window: MainWindow, accounts: DeskAccounts) -> None:
        self._window = window
        self._accounts = accounts
        self.poll_timer = QTimer(window)
        self.poll_timer.setInterval(DEFAULT_POLL_MS)
        self.poll_timer.timeout.connect(self._on_poll_timer_timeout)
        self.list_task = LatestTask("load-issues")
        self.refresh_task = LatestTask("refresh-issues")
        self.poll_interval_override: float | None = None
        self._settings_poll_s: int | None = None  # the seller's interval (Settings)
        self._account_poll_ms: dict[str, int] = {}  # each account's environment's interval
        self._schedule = PollSchedule(DEFAULT_POLL_MS / 1000, random.Random())
        self._loading = False
        self._load_serial = 0  # which load_issues owns _loading and the progress bar
        # An account's rows being made on a worker (show_account_rows), by account.
        self._rows_in_progress: dict[str, _RowsJob] = {}

    @property
    def loading(self) -> bool:
        """A full load runs (the one started last)."""
        return self._loading

    # -- accounts and settings ---------------------------------------------------------------

    def attach(self, account: str, poll_ms: int | None) -> None:
        """``account`` is connected; ``poll_ms``: its environment's interval (the demo's 20 s).
        Polling starts with the first connected account."""
        if poll_ms is not None:
            self._account_poll_ms[account] = poll_ms
        if not self.poll_timer.isActive():
            self._restart_schedule()
            self.poll_timer.start()

    def forget(self, account: str) -> None:
        """``account`` is detached: its environment's interval no longer counts."""
        self._account_poll_ms.pop(account, None)

    def account_stopped(self) -> None:
        """An account stopped talking to Allegro: polling stops with the last one."""
        if not self._accounts.connected():
            self.poll_timer.stop()

    def abandon(self) -> None:
        """Every account is gone: a cancelled load that still unwinds (cancel_work waits only
        so long) no longer owns ``loading`` and the progress bar."""
        self._loading = False
        self._load_serial += 1

    def preferences_changed(self, prefs: dict[str, Any]) -> None:
        """Settings were saved: a new interval applies now."""
        self._settings_poll_s = poll_interval_s(prefs)
        if self._accounts.connected() and self.poll_timer.isActive():
            self._restart_schedule()

    def _restart_schedule(self) -> None:
        self.poll_timer.setInterval(self._poll_interval_ms())
        self._schedule = PollSchedule(self.poll_timer.interval() / 1000, random.Random())

    def _poll_interval_ms(self) -> int:
        """``--poll-interval``, else Settings, else the environment's (the demo's 20 s), else
        the default 120 s."""
        seconds = self.poll_interval_override or self._settings_poll_s
        if seconds:
            return int(seconds * 1000)
        return min(self._account_poll_ms.values(), default=None) or DEFAULT_POLL_MS

    # -- slots ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """F5, *Try again*: the full load of every connected account."""
        if self._accounts.connected():
            self.refresh_task.cancel()  # the full load brings everything the poll would
            self.list_task.start(self.load_issues())

    def _on_poll_timer_timeout(self) -> None:
        connected = self._accounts.connected()
        if not connected or self._loading or self.refresh_task.running:
            return
        # An account never synced in this run (offline at start) gets the full load again;
        # the others are polled.
        unsynced = [a.key for a in connected if not a.engine.synced_once]
        if unsynced:
            self.list_task.start(self.load_issues(unsynced))
        if len(unsynced) < len(connected):
            synced = [a.key for a in connected if a.engine.synced_once]
            self.refresh_task.start(self.refresh_open_issues(synced))

    # -- loads ---------------------------------------------------------------------------------

    async def load_issues(self, accounts: list[str] | None = None) -> None:
        """The saved list at once (first time), then every page from Allegro, for every
        connected account (or only ``accounts``), side by side."""
        window = self._window
        targets = [a for a in self._accounts.connected() if accounts is None or a.key in accounts]
        if not targets:
            return
        self._load_serial += 1
        serial = self._load_serial
        self._loading = True
        window.banner.hide()
        window.progress.show()
        keep = [window.list_panel.current_issue_id()]
        first = [True]

        def on_first_page() -> None:
            if first[0]:
                first[0] = False
                if keep[0]:
                    window.list_panel.select_issue(keep[0])
                window._show_list_selection()
                window.first_page_loaded.emit(window.list_panel.model.rowCount())

        try:
            failures = [
                error
                for error in await asyncio.gather(
                    *(self._load_account(a, keep, on_first_page) for a in targets)
                )
                if error is not None
            ]
            if first[0] and len(failures) < len(targets):  # no pages at all
                window.first_page_loaded.emit(0)
        finally:
            # A cancelled load finishes after its successor started: leave the state to it.
            if serial == self._load_serial:
                self._loading = False
                window.progress.hide()
        self._schedule_next_poll(_worst(failures))
        if len(failures) == len(targets):
            return
        window._mark_refreshed()
        window._update_tray()
        total = sum(len(a.engine.issues) for a in self._accounts.shown(window.shown_account()))
        if not failures:
            window._show_loaded(total)
        window.issues_loaded.emit(total)

    async def _load_account(
        self,
        attached: AttachedAccount,
        keep: list[str | None],
        on_first_page: Callable[[], None],
    ) -> AllegroError | None:
        """One account's part of :meth:`load_issues`; the error that stopped it, if any."""
        window = self._window
        engine = attached.engine
        if not engine.cache_loaded:
            await self.show_cached(engine)
            keep[0] = keep[0] or window.list_panel.current_issue_id()
        elif engine.issues and attached.key not in window.list_panel.model.accounts():
            await self.show_account_rows(attached.key, engine)  # attached again
        if self._accounts.get(attached.key) is not attached:
            return None  # detached (or attached anew, with a load of its own) meanwhile
        window._show_loading()
        had_cache = bool(engine.issues)
        since = engine.connection.last_sync

        def on_page(_changes: ChangeSet) -> None:
            on_first_page()
            window._show_loading(sum(len(a.engine.issues) for a in self._accounts))

        try:
            result = await engine.full_sync(on_page)
        except AllegroError as exc:
            window.load_failed.emit(window._show_load_failed(attached.key, exc))
            return exc
        except RuntimeError:  # signed out or detached meanwhile: nothing to load
            return None
        if had_cache and not attached.loaded_once:
            window._show_summary(attached.key, list(result.changed), since)
        attached.loaded_once = True
        return None

    async def show_account_rows(self, account: str, engine: SyncEngine) -> None:
        """The rows of issues ``engine`` holds already (an account attached again), made on a
        worker thread (seconds at 100,000 issues: not here); then those changed meanwhile."""
        make = functools.partial(RowFacts.of, account=account)
        job = self._rows_in_progress.get(account)
        if job is None or job.engine is not engine:  # else the preview and the load both ask
            snapshot = list(engine.issues.values())
            job = _RowsJob(engine, asyncio.to_thread(lambda: [make(i) for i in snapshot]))
            self._rows_in_progress[account] = job
            job.rows.add_done_callback(functools.partial(self._rows_done, account, job))
        rows = await asyncio.shield(job.rows)  # a cancelled caller leaves it to the other
        attached = self._accounts.get(account)
        if job.shown or attached is None or attached.engine is not engine:
            return  # shown by the other caller, or detached (or replaced) meanwhile
        job.shown = True
        self._window.list_panel.replace_account_rows(
            account, brought_up_to_date(rows, engine.issues, make)
        )

    def _rows_done(self, account: str, job: _RowsJob, _future: object) -> None:
        if self._rows_in_progress.get(account) is job:
            del self._rows_in_progress[account]

    async def show_cached(self, engine: SyncEngine) -> None:
        """What the last run saved: the list, the unsent messages, the issue on screen."""
        window = self._window
        problem = await window._desk.opened() if window._desk is not None else None
        if problem is not None:
            window._tell_store_problem(problem)
        await engine.load_cached()
        await engine.outbox.load()
        if engine.issues:
            window.show_saved_update_time()
            window.cached_loaded.emit(window.list_panel.model.rowCount())
            selected = await engine.last_selected()
            if (
                selected
                and engine.account in self._accounts
                and window.list_panel.current_issue_id() is None
                and engine.issue(selected) is not None
            ):
                # Only if the restored queue and filters show it: the seller's queue is
                # worth more than the issue that happened to be open at quit.
                window.list_panel.select_issue(selected)

    # -- polls ---------------------------------------------------------------------------------

    async def refresh_open_issues(self, accounts: list[str] | None = None) -> None:
        """Poll what can change: open issues, of every connected account (or ``accounts``).
        Allegro has no event feed (FACTS.md)."""
        targets = [a for a in self._accounts.connected() if accounts is None or a.key in accounts]
        if not targets:
            return
        results = await asyncio.gather(*(self._poll_account(a) for a in targets))
        failures = [error for error in results if error is not None]
        self._schedule_next_poll(_worst(failures))
        if len(failures) == len(targets):
            return
        self._window._mark_refreshed()
        self._window._update_tray()
        self._window.refreshed.emit()

    async def _poll_account(self, attached: AttachedAccount) -> AllegroError | None:
        window = self._window
        engine = attached.engine
        try:
            changes = await engine.poll()
        except AllegroError as exc:
            log.warning("background refresh failed: %s", exc)
            window.say(window._about_account(attached.key, describe_error(exc)))
            return exc
        except RuntimeError:  # signed out or detached meanwhile
            return None
        if attached.loaded_once and attached.key in self._accounts:
            window._notify(changes)
            await window._alert_deadlines(engine)
        return None

    def _schedule_next_poll(self, error: AllegroError | None = None) -> None:
        """The next poll by the schedule (``services/poll_schedule.py``): the interval with
        jitter after a success; backoff while Allegro cannot be reached (at most the interval);
        after a 429, at least Allegro's one-minute block, spread so a fleet does not return
        at once."""
        if not self.poll_timer.isActive():
            return
        schedule = self._schedule
        if error is None:
            delay = schedule.after_success()
        elif isinstance(error, RateLimitedError):
            delay = schedule.after_rate_limit(error.retry_after)
        else:
            delay = min(schedule.after_failure(), schedule.current_interval_s)
        self.poll_timer.setInterval(max(1, int(delay * 1000)))


def _worst(errors: list[AllegroError]) -> AllegroError | None:
    """The error the next poll waits for: a 429 (it blocks the whole Client ID), else any."""
    return next((e for e in errors if isinstance(e, RateLimitedError)), None) or (
        errors[0] if errors else None
    )


class _RowsJob:
    """An account's rows being made on a worker thread, and whether they were shown."""

    def __init__(self, engine: SyncEngine, rows: Awaitable[list[RowFacts]]) -> None:
        self.engine = engine
        self.rows: asyncio.Future[list[RowFacts]] = asyncio.ensure_future(rows)
        self.shown = False
