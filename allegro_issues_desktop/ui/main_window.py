"""The main window: issue list left, detail right. It wires widget intents to services.

Slots stay thin: each schedules one ``async def`` (tests await those directly). One task per
purpose (:class:`LatestTask`): selecting another issue cancels the previous load, and a late
reply is dropped unless its issue is still the one shown.

The central widget is a stack: the workspace (banners above the list/detail splitter) and an
optional start page (first run, adding an account) that the session controller supplies. The
window never owns the API client: ``attach_client``/``detach_client`` hand it in and out, and
whoever created it closes it.

Start-up: ``MainWindow(paths, deferred=True)`` builds only the frame (menus, toolbar, status
bar) from light imports, so ``app.py`` can paint it at once; :meth:`build_content` then imports
and builds the list, the detail and the services. Module-level imports here stay light for that
reason (no asyncio, no domain model, no httpx); the rest is imported where it is used.
"""

from __future__ import annotations

import hashlib
import logging
from contextlib import aclosing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only what the frame needs before its first paint: PySide6 builds each Qt class (and the
# Python enums of its namespace: `Qt` alone takes ~15 ms) on first use, so the rest is
# imported in build_content and the methods that use it.
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..allegro.errors import AllegroError
from ..settings import AppPaths
from .error_text import describe_error
from .timefmt import local_datetime

if TYPE_CHECKING:  # loaded by build_content, after the first paint
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from ..allegro.client import AllegroClient
    from ..domain import Issue
    from ..services.messaging import MessagingService
    from ..services.tasks import LatestTask, TaskGroup
    from .banner import Banner
    from .detail import IssueDetailPanel, OutgoingMessage, VerdictRequest
    from .issue_list import IssueFilterBar, IssueListPanel
    from .tray import TrayIcon

log = logging.getLogger(__name__)

# IssueStatus.DISPUTE_ONGOING and CLAIM_SUBMITTED (wire values; the domain loads later).
OPEN_STATUSES = ("DISPUTE_ONGOING", "CLAIM_SUBMITTED")
# Pages of the issue list requested ahead while the current one is handled (the client keeps
# them within its request budget and cancels them when the iterator is closed).
LIST_PREFETCH = 8
# The toolbar's search box grows with the window up to this width (px); the rest is spacer.
SEARCH_MAX_WIDTH = 420


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
    settings_requested = Signal()  # File › Settings…: the session controller opens the dialog

    content_painted = Signal()  # the first paint after build_content

    def __init__(
        self, paths: AppPaths, parent: QWidget | None = None, *, deferred: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Allegro – Discussions and claims"))
        self._paths = paths
        self._client: AllegroClient | None = None
        self._messaging: MessagingService | None = None
        self._issues: dict[str, Issue] = {}
        self._loading = False
        self._load_serial = 0  # which load_issues owns _loading and the progress bar
        self._loaded_once = False  # a full load finished: refreshes may now notify
        self._settings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
        self._start_page: QWidget | None = None
        self._toolbar_spacer: QWidget | None = None
        self._about: QDialog | None = None
        self._built = False
        self.frame_painted = False
        self._paint_watch = _FirstPaint(self)
        self.installEventFilter(self._paint_watch)

        self.workspace = QWidget(self)
        self.workspace.setObjectName("workspace")
        self._workspace_layout = QVBoxLayout(self.workspace)
        self._workspace_layout.setContentsMargins(6, 6, 6, 0)
        self._workspace_layout.setSpacing(6)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("mainStack")
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)

        self._build_status_bar()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(120_000)
        self.poll_timer.timeout.connect(self._on_poll_timer_timeout)
        self.tray: TrayIcon | None = None
        self._restore_geometry()
        if deferred:  # the frame paints now; app.py calls build_content right after
            self.status_label.setText(self.tr("Starting…"))
        else:
            self.build_content()

    def build_content(self) -> None:
        """The list, the detail and the services: everything the frame does not need."""
        if self._built:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSizePolicy, QSplitter, QSystemTrayIcon

        from ..services.tasks import LatestTask, TaskGroup
        from ..store.drafts import DraftStore
        from .banner import Banner
        from .detail import IssueDetailPanel
        from .issue_list import IssueFilterBar, IssueListPanel

        self._list_task: LatestTask = LatestTask("load-issues")
        self._select_task: LatestTask = LatestTask("select-issue")
        self._refresh_task: LatestTask = LatestTask("refresh-issues")
        self._tasks: TaskGroup = TaskGroup()

        self.list_panel: IssueListPanel = IssueListPanel(self)
        self.detail: IssueDetailPanel = IssueDetailPanel(
            DraftStore(self._paths.data_dir / "drafts"), self
        )
        self.filter_bar: IssueFilterBar = IssueFilterBar(self)
        self.filter_bar.bind(self.list_panel.proxy)
        self.banner: Banner = Banner("errorBanner", self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([470, 810])
        splitter_state = self._settings.value("splitter")
        if isinstance(splitter_state, QByteArray):
            self.splitter.restoreState(splitter_state)
        # Banners added before this (add_banner) stay above the error banner.
        self._workspace_layout.addWidget(self.banner)
        self._workspace_layout.addWidget(self.splitter, 1)

        # Spare width goes to the search box first (up to a readable width), then to the spacer
        # before the widgets of add_toolbar_widget: the toolbar shares it by stretch factor.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHorizontalStretch(10)
        self.filter_bar.setSizePolicy(policy)
        self.filter_bar.search.setMaximumWidth(SEARCH_MAX_WIDTH)
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._filter_action = self.toolbar.insertWidget(self._filter_slot, self.filter_bar)
        self.search_action.triggered.connect(self.filter_bar.focus_search)
        # Server text (Allegro's userMessage) may reach these labels: never as rich text.
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_refresh_label.setTextFormat(Qt.TextFormat.PlainText)

        self._connect()
        if QSystemTrayIcon.isSystemTrayAvailable():
            from .tray import TrayIcon

            self.tray = TrayIcon(self)
            self.tray.show_requested.connect(self._on_tray_show_requested)
            self.tray.issue_requested.connect(self._on_tray_issue_requested)
            self.tray.quit_requested.connect(self.close)
            self.tray.show()
        self._built = True
        self.status_label.clear()
        self._paint_watch.watch_next(self.content_painted.emit)
        self._update_actions()

    # -- construction ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QStyle

        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setObjectName("refreshAction")
        self.refresh_action.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setToolTip(self.tr("Load discussions and claims again (F5)"))
        self.refresh_action.triggered.connect(self._on_refresh_action_triggered)

        self.search_action = QAction(self.tr("Search"), self)
        self.search_action.setObjectName("searchAction")
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.addAction(self.search_action)  # the shortcut works with the menu bar hidden too

        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        # Windows and GNOME define no Preferences key; Ctrl+, is what most apps use there.
        self.settings_action.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        self.settings_action.triggered.connect(self.settings_requested)

        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)

        self.about_action = QAction(self.tr("About %1…").replace("%1", APP_NAME), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_action_triggered)

    def _build_toolbar(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolBar

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.refresh_action)
        # build_content puts the filter bar before this separator.
        self._filter_slot = toolbar.addSeparator()
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("mainMenuBar")
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.search_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.about_action)
        self.file_menu, self.view_menu, self.help_menu = file_menu, view_menu, help_menu

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

    # -- pages, banners, toolbar ------------------------------------------------------------

    def set_start_page(self, widget: QWidget) -> None:
        """Use ``widget`` as the start page (replacing an earlier one, which is hidden)."""
        old = self._start_page
        if old is widget:
            return
        showing = old is not None and self.stack.currentWidget() is old
        if old is not None:
            self.stack.removeWidget(old)  # still parented to the stack: its owner may reuse it
            old.hide()
        self._start_page = widget
        self.stack.addWidget(widget)
        if showing:
            self.stack.setCurrentWidget(widget)
        self._update_actions()

    def show_start_page(self) -> None:
        if self._start_page is None:
            return
        self.stack.setCurrentWidget(self._start_page)
        self._update_actions()

    def show_workspace(self) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self._update_actions()

    def start_page_shown(self) -> bool:
        return self._start_page is not None and self.stack.currentWidget() is self._start_page

    def add_banner(self, widget: QWidget) -> None:
        """Put ``widget`` at the top of the workspace, above the error banner."""
        if self._built:
            self._workspace_layout.insertWidget(self._workspace_layout.indexOf(self.banner), widget)
        else:  # build_content adds the error banner and the splitter below it
            self._workspace_layout.addWidget(widget)

    def add_toolbar_widget(self, widget: QWidget) -> None:
        """Put ``widget`` at the right end of the toolbar (after an expanding spacer)."""
        if self._toolbar_spacer is None:
            spacer = QWidget(self.toolbar)
            spacer.setObjectName("toolbarSpacer")
            from PySide6.QtWidgets import QSizePolicy

            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHorizontalStretch(1)
            spacer.setSizePolicy(policy)
            self.toolbar.addWidget(spacer)
            self._toolbar_spacer = spacer
        self.toolbar.addWidget(widget)

    def _update_actions(self) -> None:
        workspace = self._built and not self.start_page_shown()
        self.refresh_action.setEnabled(workspace and self._client is not None)
        self.search_action.setEnabled(workspace)
        if self._built:
            self.filter_bar.setEnabled(workspace)
            # A welcome page under a toolbar of greyed-out filters looks broken: hide them.
            # (A toolbar shows its widgets through actions: hide the action, not the widget.)
            self._filter_action.setVisible(workspace)
            self._filter_slot.setVisible(workspace)
            self.refresh_action.setVisible(workspace)

    # -- wiring -------------------------------------------------------------------------------

    def attach_client(self, client: AllegroClient, *, poll_ms: int | None = None) -> None:
        from ..services.messaging import MessagingService

        self._client = client
        self._messaging = MessagingService(client)
        if poll_ms is not None:
            self.poll_timer.setInterval(poll_ms)
        self.poll_timer.start()
        self._update_actions()

    async def detach_client(self) -> None:
        """Forget the client and everything loaded with it (switching accounts, signing out).

        Running loads and sends are cancelled and awaited; the client itself stays open (its
        owner closes it). Drafts are saved, not discarded.
        """
        self.poll_timer.stop()
        self._client = None  # nothing started from here on can reach the old account
        self._messaging = None
        await self.cancel_work()
        self._issues = {}
        self._loading = False
        self._loaded_once = False
        self._load_serial += 1
        self.list_panel.clear()
        self.detail.clear()
        self.banner.hide()
        self.progress.hide()
        self.status_label.clear()
        self.last_refresh_label.clear()
        self._update_actions()
        self._update_tray()

    @property
    def client(self) -> AllegroClient:
        if self._client is None:
            raise RuntimeError("no Allegro connection yet")
        return self._client

    def issue(self, issue_id: str) -> Issue | None:
        return self._issues.get(issue_id)

    def visible_issue_ids(self) -> list[str]:
        """Ids of the rows the list shows, in their order (sorted and filtered)."""
        proxy = self.list_panel.proxy
        model = self.list_panel.model
        ids: list[str] = []
        for row in range(proxy.rowCount()):
            source = proxy.mapToSource(proxy.index(row, 0))
            issue_id = model.issue_at(source.row()).id
            if issue_id is not None:
                ids.append(issue_id)
        return ids

    # -- slots: thin, each schedules one coroutine -------------------------------------------

    def _on_refresh_action_triggered(self) -> None:
        if self._client is not None:
            self._refresh_task.cancel()  # the full load brings everything the poll would
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

    def _on_about_action_triggered(self) -> None:
        if self._about is not None:
            self._about.raise_()
            self._about.activateWindow()
            return
        from .about_dialog import AboutDialog

        dialog = AboutDialog(self)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_about_dialog_finished)
        self._about = dialog
        dialog.open()

    def _on_about_dialog_finished(self, _result: int) -> None:
        self._about = None

    def _on_tray_show_requested(self) -> None:
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def _on_tray_issue_requested(self, issue_id: str) -> None:
        self.show_workspace()
        if not self.list_panel.select_issue(issue_id):
            self.filter_bar.reset_filters()  # hidden by a filter: show it anyway
            self.list_panel.select_issue(issue_id)

    # -- use cases ----------------------------------------------------------------------------

    async def load_issues(self) -> None:
        """Stream every page into the list; the first page is usable while the rest loads."""
        client = self.client
        self._load_serial += 1
        serial = self._load_serial
        self._loading = True
        self.banner.hide()
        self.progress.show()
        self.status_label.setText(self.tr("Loading discussions and claims…"))
        keep = self.list_panel.current_issue_id()
        first = True
        try:
            # aclosing: a cancelled load cancels the pages still being fetched at once.
            async with aclosing(client.iter_issue_pages(prefetch=LIST_PREFETCH)) as pages:
                async for page in pages:
                    if first:
                        self._issues = {}
                    for issue in page:
                        if issue.id is not None:
                            self._issues[issue.id] = issue
                    if first:
                        self.list_panel.set_issues(page)
                        if keep:
                            self.list_panel.select_issue(keep)
                        self._show_list_selection()
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
            # A cancelled load finishes after its successor started: leave the state to it.
            if serial == self._load_serial:
                self._loading = False
                self.progress.hide()
        self._loaded_once = True
        self._mark_refreshed()
        self._update_tray()
        self.status_label.setText(self.tr("%n discussions and claims", "", len(self._issues)))
        self.issues_loaded.emit(len(self._issues))

    def _show_list_selection(self) -> None:
        """The list may re-select an issue by itself (same id, no signal): show it."""
        current = self.list_panel.current_issue_id()
        if current is not None and current != self.detail.current_issue_id():
            self._select_task.start(self.show_issue(current))

    async def refresh_open_issues(self) -> None:
        """Poll what can change: open issues. Allegro has no event feed (FACTS.md)."""
        client = self.client
        seen: set[str] = set()
        new_messages: list[Issue] = []
        try:
            pages = client.iter_issue_pages(statuses=OPEN_STATUSES, prefetch=LIST_PREFETCH)
            async with aclosing(pages) as open_pages:
                async for page in open_pages:
                    for issue in page:
                        if issue.id is None:
                            continue
                        seen.add(issue.id)
                        if _newly_awaiting(self._issues.get(issue.id), issue):
                            new_messages.append(issue)
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
        self._update_tray()
        if new_messages and self._loaded_once and self.tray is not None:
            self.tray.notify_new_messages(new_messages)
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
        client = self._client
        if client is None:
            return
        cached = self._issues.get(issue_id)
        if cached is not None:
            self.detail.show_issue(cached)
        self.detail.show_chat_loading(issue_id)
        import asyncio

        try:
            issue, chat = await asyncio.gather(
                client.get_issue(issue_id), client.get_chat(issue_id)
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
        from ..services.messaging import AttachmentRejected, ChatClosed, OutcomeUnknown

        self.detail.add_pending_message(outgoing)
        messaging = self._messaging
        if messaging is None:
            self.detail.fail_pending_message(
                outgoing.local_id, self.tr("Not sent: there is no connection to Allegro.")
            )
            return
        import asyncio

        try:
            sent = await messaging.send(
                outgoing.issue_id,
                outgoing.text,
                outgoing.message_type,
                [Path(p) for p in outgoing.attachment_paths],
            )
        except asyncio.CancelledError:
            # Account switch or quit mid-send: Allegro may or may not have it. Keep the text.
            self.detail.fail_pending_message(
                outgoing.local_id,
                self.tr(
                    "Sending was interrupted. Check the conversation before sending this again."
                ),
            )
            raise
        except ChatClosed as closed:
            await self._on_chat_closed(outgoing, closed.issue)
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
        except (AllegroError, RuntimeError):  # RuntimeError: detached meanwhile
            return
        await self._apply_update(issue)
        self._update_tray()

    async def _on_chat_closed(self, outgoing: OutgoingMessage, issue: Issue | None) -> None:
        """Allegro answered 409: writing is closed. Show why, keep the text in the composer."""
        issue_id = outgoing.issue_id
        if issue is None and self._client is not None:
            try:  # the service could not re-read it; one more try for an accurate header
                issue = await self._client.get_issue(issue_id)
            except AllegroError:
                log.warning("could not re-read issue %s after 409", issue_id)
        if issue is not None and issue.id is not None:
            self._issues[issue.id] = issue
            self.list_panel.upsert_issue(issue)
        shown = issue if issue is not None and issue.id == issue_id else self._issues.get(issue_id)
        if shown is not None and self.detail.current_issue_id() == issue_id:
            self.detail.set_chat_closed_by_server(shown)
        self.detail.fail_pending_message(
            outgoing.local_id,
            self.tr("Not sent: Allegro does not accept new messages in this issue now."),
        )
        self._update_tray()

    async def give_verdict(self, request: VerdictRequest) -> None:
        messaging = self._messaging
        if messaging is None:
            return
        self.detail.set_busy_verdict(True)
        try:
            issue = await messaging.give_verdict(
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
        self._update_tray()
        if self.detail.current_issue_id() == request.issue_id:
            self._select_task.start(self.show_issue(request.issue_id))

    async def open_attachment(self, url: str, file_name: str) -> None:
        """Download with the seller's token (API host only), then open with the OS viewer."""
        safe_name = Path(file_name or "attachment").name or "attachment"
        target_dir = self._paths.cache_dir / "attachments"
        # Stable across runs (str hash() is salted per process): one cached copy per URL.
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
        target = target_dir / f"{digest}-{safe_name}"
        import asyncio

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
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- state --------------------------------------------------------------------------------

    def _mark_refreshed(self) -> None:
        self.last_refresh_label.setText(
            self.tr("Updated %1").replace("%1", local_datetime(datetime.now(UTC)))
        )

    def _update_tray(self) -> None:
        if self.tray is not None:
            self.tray.update_from(self._issues.values())

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def save_geometry(self) -> None:
        self._settings.setValue("geometry", self.saveGeometry())
        if self._built:
            self._settings.setValue("splitter", self.splitter.saveState())
        self._settings.sync()

    async def cancel_work(self) -> None:
        """Cancel every load, refresh, selection and send, and wait until they are gone."""
        import asyncio

        if not self._built:
            return
        current = asyncio.current_task()
        running: list[asyncio.Task[Any]] = []
        for latest in (self._list_task, self._select_task, self._refresh_task):
            task = latest.task
            if task is not None and not task.done() and task is not current:
                task.cancel()
                running.append(task)
        await self._tasks.cancel_all()
        if running:
            await asyncio.gather(*running, return_exceptions=True)

    async def shutdown(self) -> None:
        self.poll_timer.stop()
        await self.cancel_work()
        if self.tray is not None:
            self.tray.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._built:
            self.detail.flush_drafts()  # what the seller typed is on disk before the app exits
        self.save_geometry()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)


def _newly_awaiting(old: Issue | None, new: Issue) -> bool:
    from .tray import newly_awaiting

    return newly_awaiting(old, new)


class _FirstPaint(QObject):
    """Notes the window's first paint (start-up) and, on request, the next one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._next: Any = None

    def watch_next(self, callback: Any) -> None:
        self._next = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.frame_painted = True
            if self._next is not None:
                callback, self._next = self._next, None
                QTimer.singleShot(0, callback)  # after this paint has finished
        return False
