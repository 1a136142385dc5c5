"""The main window: issue list left, detail right. It wires widget intents to services.

Slots stay thin: each schedules one ``async def`` (tests await those directly). One task per
purpose (:class:`LatestTask`): selecting another issue cancels the previous load, and a late
reply is dropped unless its issue is still the one shown.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..allegro.errors import AllegroError
from ..domain import Issue, IssueStatus
from ..services.messaging import (
    AttachmentRejected,
    ChatClosed,
    MessagingService,
    OutcomeUnknown,
)
from ..services.tasks import LatestTask, TaskGroup
from ..settings import AppPaths
from ..store.drafts import DraftStore
from .banner import Banner
from .detail import IssueDetailPanel, OutgoingMessage, VerdictRequest
from .error_text import describe_error
from .issue_list import IssueFilterBar, IssueListPanel
from .timefmt import local_datetime

if TYPE_CHECKING:  # httpx stays out of start-up until the window is painted
    from ..allegro.client import AllegroClient

log = logging.getLogger(__name__)

OPEN_STATUSES = (IssueStatus.DISPUTE_ONGOING.value, IssueStatus.CLAIM_SUBMITTED.value)


def _changed(old: Issue | None, new: Issue) -> bool:
    """Allegro has no event feed: change shows in the chat summary and the state."""
    if old is None:
        return True
    return (
        old.chat.last_message != new.chat.last_message
        or old.chat.messages_count != new.chat.messages_count
        or old.current_state != new.current_state
    )


class MainWindow(QMainWindow):
    first_page_loaded = Signal(int)  # rows after the first page
    issues_loaded = Signal(int)  # all pages in: total rows
    load_failed = Signal(str)
    chat_shown = Signal(str)  # issue id whose full chat is painted
    message_sent = Signal(str)  # issue id
    refreshed = Signal()

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Allegro – Discussions and claims"))
        self._paths = paths
        self._client: AllegroClient | None = None
        self._messaging: MessagingService | None = None
        self._issues: dict[str, Issue] = {}
        self._loading = False
        self._list_task = LatestTask("load-issues")
        self._select_task = LatestTask("select-issue")
        self._refresh_task = LatestTask("refresh-issues")
        self._tasks = TaskGroup()
        self._settings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)

        self.list_panel = IssueListPanel(self)
        self.detail = IssueDetailPanel(DraftStore(paths.data_dir / "drafts"), self)
        self.filter_bar = IssueFilterBar(self)
        self.filter_bar.bind(self.list_panel.proxy)
        self.banner = Banner("errorBanner", self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([470, 810])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_status_bar()
        self._connect()

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(120_000)
        self.poll_timer.timeout.connect(self._on_poll_timer_timeout)
        self._restore_geometry()

    # -- construction ---------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setToolTip(self.tr("Load discussions and claims again (F5)"))
        self.refresh_action.triggered.connect(self._on_refresh_action_triggered)
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.filter_bar)
        self.search_action = QAction(self.tr("Search"), self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.triggered.connect(self.filter_bar.focus_search)
        self.addAction(self.search_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("loadProgress")
        self.progress.setRange(0, 0)  # the list has no total count: busy indicator
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusText")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_refresh_label = QLabel(self)
        self.last_refresh_label.setObjectName("lastRefresh")
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.last_refresh_label)

    def _connect(self) -> None:
        self.list_panel.issue_selected.connect(self._on_list_panel_issue_selected)
        self.detail.send_requested.connect(self._on_detail_send_requested)
        self.detail.verdict_requested.connect(self._on_detail_verdict_requested)
        self.detail.attachment_open_requested.connect(self._on_detail_attachment_open_requested)
        self.detail.retry_requested.connect(self._on_list_panel_issue_selected)
        self.banner.action_triggered.connect(self._on_refresh_action_triggered)

    # -- wiring -------------------------------------------------------------------------------

    def attach_client(self, client: AllegroClient, *, poll_ms: int | None = None) -> None:
        self._client = client
        self._messaging = MessagingService(client)
        if poll_ms is not None:
            self.poll_timer.setInterval(poll_ms)
        self.poll_timer.start()

    @property
    def client(self) -> AllegroClient:
        if self._client is None:
            raise RuntimeError("no Allegro connection yet")
        return self._client

    def issue(self, issue_id: str) -> Issue | None:
        return self._issues.get(issue_id)

    # -- slots: thin, each schedules one coroutine -------------------------------------------

    def _on_refresh_action_triggered(self) -> None:
        if self._client is not None:
            self._list_task.start(self.load_issues())

    def _on_poll_timer_timeout(self) -> None:
        if self._client is not None and not self._loading and not self._refresh_task.running:
            self._refresh_task.start(self.refresh_open_issues())

    def _on_list_panel_issue_selected(self, issue_id: str) -> None:
        self._select_task.start(self.show_issue(issue_id))

    def _on_detail_send_requested(self, outgoing: OutgoingMessage) -> None:
        self._tasks.start(self.send_message(outgoing), name="send-message")

    def _on_detail_verdict_requested(self, request: VerdictRequest) -> None:
        self._tasks.start(self.give_verdict(request), name="verdict")

    def _on_detail_attachment_open_requested(self, url: str, file_name: str) -> None:
        self._tasks.start(self.open_attachment(url, file_name), name="attachment")

    # -- use cases ----------------------------------------------------------------------------

    async def load_issues(self) -> None:
        """Stream every page into the list; the first page is usable while the rest loads."""
        client = self.client
        self._loading = True
        self.banner.hide()
        self.progress.show()
        self.status_label.setText(self.tr("Loading discussions and claims…"))
        keep = self.list_panel.current_issue_id()
        first = True
        try:
            async for page in client.iter_issue_pages():
                if first:
                    self._issues = {}
                for issue in page:
                    if issue.id is not None:
                        self._issues[issue.id] = issue
                if first:
                    self.list_panel.set_issues(page)
                    if keep:
                        self.list_panel.select_issue(keep)
                    self.first_page_loaded.emit(len(page))
                    first = False
                else:
                    self.list_panel.append_issues(page)
                self.status_label.setText(
                    self.tr("Loading discussions and claims… %n loaded", "", len(self._issues))
                )
            if first:  # no pages at all
                self._issues = {}
                self.list_panel.set_issues([])
                self.first_page_loaded.emit(0)
        except AllegroError as exc:
            text = describe_error(exc)
            self.banner.show_message(text, self.tr("Try again"))
            self.status_label.setText(self.tr("Loading failed"))
            self.load_failed.emit(text)
            return
        finally:
            self._loading = False
            self.progress.hide()
        self._mark_refreshed()
        self.status_label.setText(self.tr("%n discussions and claims", "", len(self._issues)))
        self.issues_loaded.emit(len(self._issues))

    async def refresh_open_issues(self) -> None:
        """Poll what can change: open issues. Allegro has no event feed (FACTS.md)."""
        client = self.client
        seen: set[str] = set()
        try:
            async for page in client.iter_issue_pages(statuses=OPEN_STATUSES):
                for issue in page:
                    if issue.id is None:
                        continue
                    seen.add(issue.id)
                    await self._apply_update(issue)
            # Issues that were open and are no longer listed as open changed status.
            gone = [
                i
                for i, old in self._issues.items()
                if i not in seen and old.current_state.status in OPEN_STATUSES
            ]
            for issue_id in gone:
                await self._apply_update(await client.get_issue(issue_id))
        except AllegroError as exc:
            log.warning("background refresh failed: %s", exc)
            self.status_label.setText(describe_error(exc))
            return
        self._mark_refreshed()
        self.refreshed.emit()

    async def _apply_update(self, issue: Issue) -> None:
        assert issue.id is not None
        old = self._issues.get(issue.id)
        if not _changed(old, issue):
            return
        self._issues[issue.id] = issue
        self.list_panel.upsert_issue(issue)
        if self.detail.current_issue_id() == issue.id:
            self.detail.show_issue(issue)
            if old is None or old.chat != issue.chat:
                chat = await self.client.get_chat(issue.id)
                if self.detail.current_issue_id() == issue.id:
                    self.detail.show_chat(issue.id, chat)

    async def show_issue(self, issue_id: str) -> None:
        """Show what we have at once, then refresh the issue and load its full chat."""
        cached = self._issues.get(issue_id)
        if cached is not None:
            self.detail.show_issue(cached)
        self.detail.show_chat_loading(issue_id)
        try:
            issue, chat = await asyncio.gather(
                self.client.get_issue(issue_id), self.client.get_chat(issue_id)
            )
        except AllegroError as exc:
            if self.detail.current_issue_id() == issue_id:
                self.detail.show_chat_error(issue_id, describe_error(exc))
            return
        if self.list_panel.current_issue_id() != issue_id:
            return  # the seller moved on; never paint a stale issue
        self._issues[issue_id] = issue
        self.list_panel.upsert_issue(issue)
        self.detail.show_issue(issue)
        self.detail.show_chat(issue_id, chat)
        self.chat_shown.emit(issue_id)

    async def send_message(self, outgoing: OutgoingMessage) -> None:
        assert self._messaging is not None
        self.detail.add_pending_message(outgoing)
        try:
            sent = await self._messaging.send(
                outgoing.issue_id,
                outgoing.text,
                outgoing.message_type,
                [Path(p) for p in outgoing.attachment_paths],
            )
        except ChatClosed as closed:
            if closed.issue is not None and closed.issue.id is not None:
                self._issues[closed.issue.id] = closed.issue
                self.list_panel.upsert_issue(closed.issue)
                if self.detail.current_issue_id() == closed.issue.id:
                    self.detail.show_issue(closed.issue)
            self.detail.fail_pending_message(
                outgoing.local_id,
                self.tr("Not sent: Allegro does not accept new messages in this issue now."),
            )
            return
        except OutcomeUnknown:
            self.detail.fail_pending_message(
                outgoing.local_id,
                self.tr(
                    "Allegro did not answer in time and the message is not in the conversation."
                    " Your text is kept: send it again when ready."
                ),
            )
            return
        except AttachmentRejected as rejected:
            self.detail.fail_pending_message(
                outgoing.local_id,
                self.tr("Not sent: the file %1 cannot be attached.").replace(
                    "%1", rejected.path.name
                ),
            )
            return
        except AllegroError as exc:
            self.detail.fail_pending_message(
                outgoing.local_id, self.tr("Not sent: %1").replace("%1", describe_error(exc))
            )
            return
        self.detail.confirm_pending_message(outgoing.local_id, sent.message)
        self.message_sent.emit(outgoing.issue_id)
        # The chat summary changed on Allegro's side (lastMessage, messagesCount).
        try:
            issue = await self.client.get_issue(outgoing.issue_id)
        except AllegroError:
            return
        await self._apply_update(issue)

    async def give_verdict(self, request: VerdictRequest) -> None:
        assert self._messaging is not None
        self.detail.set_busy_verdict(True)
        try:
            issue = await self._messaging.give_verdict(
                request.issue_id, request.verdict, request.message, request.partial_refund
            )
        except AllegroError as exc:
            self.banner.show_message(
                self.tr("The decision was not saved: %1").replace("%1", describe_error(exc))
            )
            return
        finally:
            self.detail.set_busy_verdict(False)
        if issue.id is not None:
            self._issues[issue.id] = issue
            self.list_panel.upsert_issue(issue)
        if self.detail.current_issue_id() == request.issue_id:
            self._select_task.start(self.show_issue(request.issue_id))

    async def open_attachment(self, url: str, file_name: str) -> None:
        """Download with the seller's token (API host only), then open with the OS viewer."""
        safe_name = Path(file_name or "attachment").name or "attachment"
        target_dir = self._paths.cache_dir / "attachments"
        target = target_dir / f"{abs(hash(url)) % 10**10}-{safe_name}"
        try:
            await asyncio.to_thread(target_dir.mkdir, parents=True, exist_ok=True)
            path = await self.client.download_attachment(url, target)
        except AllegroError as exc:
            self.banner.show_message(
                self.tr("Could not open %1: %2")
                .replace("%1", safe_name)
                .replace("%2", describe_error(exc))
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- state --------------------------------------------------------------------------------

    def _mark_refreshed(self) -> None:
        self.last_refresh_label.setText(
            self.tr("Updated %1").replace("%1", local_datetime(datetime.now(UTC)))
        )

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self._settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_geometry(self) -> None:
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("splitter", self.splitter.saveState())
        self._settings.sync()

    async def shutdown(self) -> None:
        self.poll_timer.stop()
        for task in (self._list_task, self._select_task, self._refresh_task):
            task.cancel()
        await self._tasks.cancel_all()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
