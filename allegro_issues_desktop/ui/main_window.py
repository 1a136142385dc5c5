"""The main window: issue list left, detail right. It wires widget intents to services.

Slots stay thin: each schedules one ``async def`` (tests await those directly). One task per
purpose (:class:`LatestTask`): selecting another issue cancels the previous load, and a late
reply is dropped unless its issue is still the one shown. Loading and polling the accounts'
issues (saved list, full sync, polls on the schedule) is ``desk_loads.DeskLoads``'s; the window
owns one and keeps thin ``load_issues``/``refresh_open_issues`` that hand over to it.

The central widget is a stack: the workspace (banners above the list/detail splitter) and an
optional start page (first run, adding an account) that the session controller supplies. The
window never owns the API client: ``attach_client``/``detach_client`` hand it in and out, and
whoever created it closes it.

Start-up: ``MainWindow(paths, deferred=True)`` builds only the frame (title, geometry, status
bar) from light imports, so ``app.py`` can paint it at once; :meth:`build_content` then imports
and builds the menus, the toolbar, the list, the loads and the services (the detail follows the
list's first rows). Module-level imports here stay light for that reason (no asyncio, no domain
model, no httpx); the rest is imported where it is used.
"""

from __future__ import annotations

import functools
import logging
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
from .desk_accounts import AttachedAccount, DeskAccounts
from .error_text import describe_error
from .timefmt import local_datetime

if TYPE_CHECKING:  # loaded by build_content, after the first paint
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from ..allegro.client import AllegroClient
    from ..domain import ChatMessage, Issue
    from ..domain.outgoing import OutgoingMessage
    from ..services.changes import ChangeSet, IssueChange
    from ..services.desk import Desk
    from ..services.sync import Connection, SyncEngine
    from ..services.tasks import LatestTask, TaskGroup
    from .banner import Banner
    from .desk_loads import DeskLoads
    from .detail import IssueDetailPanel, VerdictRequest
    from .issue_list import IssueFilterBar, IssueListPanel
    from .tray import TrayIcon

log = logging.getLogger(__name__)

MESSAGE_SEARCH_PAUSE_S = 0.25  # typing paused this long (after the list's own filter): FTS
DETAIL_LATEST_MS = 1_000  # the detail is built by then, rows painted or not
NOTICE_MS = 15_000  # a notice over the status bar's text (filters cleared for an issue)
# How long cancel_work waits for cancelled loads to unwind (seconds).
CANCEL_WAIT_S = 5.0


class MainWindow(QMainWindow):
    """Builds the widgets and wires them to the sync engine of the attached account.

    The engine (``services/sync.py``) owns the issues, the outbox and the store; the window
    applies its change sets to the list, the detail and the tray, and turns widget intents
    into engine calls. Its :class:`~.desk_loads.DeskLoads` runs the loads and the polls.

    Signals:
        cached_loaded(int): the saved list is painted (rows), before any request.
        first_page_loaded(int): the first page of a full sync arrived (rows shown).
        issues_loaded(int): a full sync finished (total rows).
        load_failed(str): a full sync failed (the sentence shown).
        cached_chat_shown(str): an issue's saved conversation is painted.
        chat_shown(str): an issue's conversation, fresh from Allegro, is painted.
        message_sent(str): a message of this issue reached Allegro.
        refreshed(): a background poll finished.
        connection_changed(bool): online (True) or offline.
    """

    cached_loaded = Signal(int)
    first_page_loaded = Signal(int)
    issues_loaded = Signal(int)
    load_failed = Signal(str)
    cached_chat_shown = Signal(str)
    chat_shown = Signal(str)
    message_sent = Signal(str)
    refreshed = Signal()
    connection_changed = Signal(bool)
    #: The list now shows another account, or all (None); accounts came or went.
    shown_account_changed = Signal(object)
    settings_requested = Signal()  # File › Settings…: the session controller opens the dialog

    content_painted = Signal()  # the first paint after build_content

    def __init__(
        self, paths: AppPaths, parent: QWidget | None = None, *, deferred: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Allegro – Discussions and claims"))
        self._paths = paths
        # Every attached account (its engine and client); the list shows one or all of them.
        self._accounts = DeskAccounts()
        self._summaries: dict[str, str] = {}  # "since you were away", per account
        self._refreshed = False  # a load or poll succeeded in this run ("Updated" is now's)
        # The engine of the issue on screen: the detail, its drafts and its order use it.
        self._engine: SyncEngine | None = None
        self._desk: Desk | None = None
        self._store_problem_told = False
        self._draft_write_failure_told = False
        self._selection_stale = False  # the issue on screen was painted from the store only
        self._prefs: dict[str, Any] = {}
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

        from ..services.desk import Desk
        from ..services.tasks import LatestTask, TaskGroup
        from .banner import Banner
        from .desk_loads import DeskLoads
        from .issue_list import IssueFilterBar, IssueListPanel

        self._search_task: LatestTask = LatestTask("full-text-search")
        self._select_task: LatestTask = LatestTask("select-issue")
        self._tasks: TaskGroup = TaskGroup()

        self.list_panel: IssueListPanel = IssueListPanel(self)
        # The detail is built right after the list's first rows are painted (its modules and
        # widgets are ~100 ms of a start), or at once when something needs it earlier.
        self._detail: IssueDetailPanel | None = None
        self._detail_slot = QWidget(self)
        self._detail_slot.setObjectName("detailSlot")
        # Takes the width as the detail will (a wider window widens the detail, not the list).
        self._detail_slot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.filter_bar: IssueFilterBar = IssueFilterBar(self)
        self._restore_list_state()
        self.filter_bar.bind(self.list_panel.proxy)
        # In the list pane, above the list, wrapping: nothing hides behind a toolbar overflow.
        self.list_panel.set_filter_bar(self.filter_bar)
        self.banner: Banner = Banner("errorBanner", self)
        self.offline_banner: Banner = Banner("offlineBanner", self)
        self.store_banner: Banner = Banner("storeBanner", self)
        self.summary_banner: Banner = Banner("summaryBanner", self)
        # One store for every account, opened on its own thread (never here).
        self._desk = Desk(self._paths.data_dir)
        self._loads: DeskLoads = DeskLoads(self, self._accounts)
        self.reload_preferences()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self._detail_slot)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # At 1024 px the list keeps ~400 px; every extra pixel goes to reading (the detail).
        self.splitter.setSizes([400, 880])
        splitter_state = self._settings.value("splitter")
        if isinstance(splitter_state, QByteArray):
            self.splitter.restoreState(splitter_state)
        # Banners added before this (add_banner) stay above the error banner.
        self._workspace_layout.addWidget(self.banner)
        self._workspace_layout.addWidget(self.offline_banner)
        self._workspace_layout.addWidget(self.store_banner)
        self._workspace_layout.addWidget(self.summary_banner)
        self._workspace_layout.addWidget(self.splitter, 1)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.search_action.triggered.connect(self.filter_bar.focus_search)
        # Server text (Allegro's userMessage) may reach these labels: never as rich text.
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_refresh_label.setTextFormat(Qt.TextFormat.PlainText)

        self._connect()
        from .after_rows import AfterFirstRows

        # Kept: the signal and the timer would not keep it alive.
        self._detail_after_rows = AfterFirstRows(self, DETAIL_LATEST_MS)
        self._detail_after_rows.add(self._start_detail)
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

        self.shortcuts_action = QAction(self.tr("Keyboard shortcuts"), self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)
        self.addAction(self.shortcuts_action)

        # N: the next issue that needs me. A window shortcut, yet typing "n" in the search box
        # or the composer still types it: text fields take printable keys first.
        self.next_action = QAction(self.tr("Next issue that needs me"), self)
        self.next_action.setObjectName("nextNeedingMeAction")
        self.next_action.setShortcut(QKeySequence("N"))
        self.next_action.triggered.connect(self._on_next_action_triggered)
        self.addAction(self.next_action)

        # Ctrl+1…6: the queues of the counts bar, in its order.
        from .issue_list import BAR_QUEUES, queue_name

        self.queue_actions: dict[Any, QAction] = {}
        for number, queue in enumerate(BAR_QUEUES, start=1):
            action = QAction(queue_name(queue), self)
            action.setObjectName(f"queueAction_{queue.value}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(
                lambda _checked=False, q=queue: self.list_panel.choose_queue(q)
            )
            self.addAction(action)
            self.queue_actions[queue] = action

    def _build_toolbar(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolBar

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.refresh_action)
        # (The filter bar lives in the list pane since it wraps there.)
        self._filter_slot = toolbar.addSeparator()
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("mainMenuBar")
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.settings_action)
        templates = file_menu.addAction(self.tr("Canned &replies…"))
        templates.setObjectName("templatesAction")
        templates.triggered.connect(self._on_templates_action_triggered)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.search_action)
        view_menu.addSeparator()
        view_menu.addAction(self.next_action)
        queue_menu = view_menu.addMenu(self.tr("&Queue"))
        queue_menu.setObjectName("queueMenu")
        for action in self.queue_actions.values():
            queue_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
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
        self.unread_label = QLabel(self)
        self.unread_label.setObjectName("unreadCount")
        self.slow_label = QLabel(self)
        self.slow_label.setObjectName("slowRequests")
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.slow_label)
        bar.addPermanentWidget(self.unread_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.last_refresh_label)

    def _connect(self) -> None:
        self.list_panel.issue_selected.connect(self._on_list_panel_issue_selected)
        self.filter_bar.account_chosen.connect(self._on_filter_bar_account_chosen)
        self.list_panel.proxy.filter_changed.connect(self._on_proxy_filter_changed)
        self.banner.action_triggered.connect(self._on_refresh_action_triggered)
        self.offline_banner.action_triggered.connect(self._on_refresh_action_triggered)
        self.summary_banner.action_triggered.connect(self.summary_banner.hide)
        self.store_banner.action_triggered.connect(self.store_banner.hide)

    @property
    def detail(self) -> IssueDetailPanel:
        """The issue on screen, its chat and its order (built on first need)."""
        if self._detail is None:
            self._build_detail()
        assert self._detail is not None
        return self._detail

    def detail_built(self) -> bool:
        return self._detail is not None

    def _shown_issue_id(self) -> str | None:
        """The issue in the detail (None also while the detail is not built yet)."""
        return self._detail.current_issue_id() if self._detail is not None else None

    def _start_detail(self) -> None:
        if self._detail is None:
            self._tasks.start(self._import_then_build_detail(), name="build-detail")

    async def _import_then_build_detail(self) -> None:
        """The detail's modules (50-90 ms of imports) on a worker thread, while the window
        goes on (a first sync, scrolling); then the panel itself here (~35 ms)."""
        import asyncio
        import importlib

        await asyncio.to_thread(importlib.import_module, f"{__package__}.detail")
        # The first wrapper of the list's viewport costs PySide ~10 ms of type discovery
        # (ui/issue_list/view.py): on a turn of its own, not as part of one longer stall.
        self.list_panel.view.viewport()
        await asyncio.sleep(0)
        self._build_detail()

    def after_next_list_paint(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the list has painted (e.g. its first rows; at once, on the
        next turn of the loop, when it is not on screen). Work that can wait goes here."""
        self.list_panel.view.after_next_paint(callback)

    def _build_detail(self) -> None:
        if self._detail is not None:
            return
        from ..store.drafts import DraftStore
        from .detail import IssueDetailPanel

        detail = IssueDetailPanel(DraftStore(self._paths.data_dir / "drafts"), self)
        self._detail = detail
        detail.send_requested.connect(self._on_detail_send_requested)
        detail.verdict_requested.connect(self._on_detail_verdict_requested)
        detail.attachment_open_requested.connect(self._on_detail_attachment_open_requested)
        detail.retry_requested.connect(self._on_list_panel_issue_selected)
        detail.taken_back.connect(self._on_detail_taken_back)
        detail.chat.take_back = self._take_back_now
        detail.resend_requested.connect(self._on_detail_resend_requested)
        self._show_focus_in_detail()
        # The list keeps its width: as laid out on screen, or as restored before the first show
        # (the sizes of a splitter not laid out yet are not its sizes).
        shown = self.splitter.isVisible()
        sizes, state = self.splitter.sizes(), self.splitter.saveState()
        slot = self.splitter.replaceWidget(1, detail)
        if slot is not None:
            slot.hide()
            slot.deleteLater()
        if shown:
            self.splitter.setSizes(sizes)
        else:
            self.splitter.restoreState(state)
        self.splitter.setStretchFactor(1, 1)
        self._put_detail_in_tab_order(detail)

    def _put_detail_in_tab_order(self, detail: QWidget) -> None:
        """Where it was when it was built with the list: Tab goes from the list (and its
        counts) to the issue on screen, then to the search and the filters."""
        from PySide6.QtCore import Qt

        def focusable(w: QWidget) -> bool:
            return w.focusPolicy() != Qt.FocusPolicy.NoFocus

        chain: list[QWidget] = []
        seen: set[int] = set()
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and id(widget) not in seen:
            chain.append(widget)
            seen.add(id(widget))
            widget = widget.nextInFocusChain()
        bar = self.filter_bar
        first_filter = next(
            (i for i, w in enumerate(chain) if w is bar or bar.isAncestorOf(w)), None
        )
        anchor = next(
            (
                w
                for w in reversed(chain[:first_filter])
                if focusable(w) and not detail.isAncestorOf(w)
            ),
            None,
        )
        if first_filter is None or anchor is None:
            return
        for widget in [w for w in chain if detail.isAncestorOf(w) and focusable(w)]:
            QWidget.setTabOrder(anchor, widget)
            anchor = widget

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
        self.refresh_action.setEnabled(workspace and bool(self._accounts.connected()))
        self.search_action.setEnabled(workspace)
        if self._built:
            self.filter_bar.setEnabled(workspace)
            # A welcome page under a toolbar of greyed-out actions looks broken: hide them.
            self._filter_slot.setVisible(workspace)
            self.refresh_action.setVisible(workspace)
            self.next_action.setEnabled(workspace)
            for action in self.queue_actions.values():
                action.setEnabled(workspace)

    # -- wiring -------------------------------------------------------------------------------

    def attach_client(
        self,
        client: AllegroClient,
        *,
        poll_ms: int | None = None,
        account: str | None = None,
        label: str = "",
    ) -> None:
        """Talk to Allegro through ``client`` for ``account`` (a :func:`~..services.desk.
        account_key`; a server given on the command line is keyed by its URL), next to the
        accounts already attached. ``label``: the seller's name for the account."""
        assert self._desk is not None, "build_content() first"
        key = account or f"direct:{client.api_url}"
        engine = self._desk.engine(key)
        engine.attach(client)
        self._add_account(key, engine, label)
        self._loads.attach(key, poll_ms)
        self._update_actions()

    def _add_account(self, key: str, engine: SyncEngine, label: str) -> None:
        fresh = key not in self._accounts
        self._accounts.add(key, engine, label)
        if fresh:
            self._subscribe(engine)
            if self._engine is None:
                self._focus(engine)
        self._accounts_changed()

    def set_slow(self, slow: bool) -> None:
        """The client's "a request is taking long" (after a few seconds): say so, not silence."""
        if slow:
            self.slow_label.setText(self.tr("Allegro is slow to answer, still trying…"))
        else:
            self.slow_label.clear()

    def reload_preferences(self) -> None:
        """Settings were saved: new interval and notification switches apply now."""
        from ..preferences import load_preferences

        self._prefs = load_preferences()
        self._loads.preferences_changed(self._prefs)

    def _notes_allowed(self, notes: list[Any]) -> list[Any]:
        from ..preferences import do_not_disturb, notification_switches

        if do_not_disturb(self._prefs):
            return []
        switches = notification_switches(self._prefs)
        return [n for n in notes if switches.get(n.kind.value, True)]

    def showing_account(self, account: str) -> bool:
        """The list holds ``account``'s issues (a preview, or attached)."""
        return account in self._accounts

    def attached_accounts(self) -> DeskAccounts:
        """The accounts on screen (engines, labels), in the order they were attached."""
        return self._accounts

    def shown_account(self) -> str | None:
        """The account the list is narrowed to (None: every account)."""
        return self.list_panel.proxy.account() if self._built else None

    def show_account(self, account: str | None) -> None:
        """Narrow the list to ``account`` (None: all accounts), as the chooser does."""
        self.filter_bar.choose_account(account)

    async def preview_cached(self, account: str, label: str = "") -> None:
        """Show ``account``'s saved desk before it is connected (sign-in, the emulator's start
        and the first request come after), next to the accounts already shown.
        ``attach_client`` for the same account keeps it."""
        if self.showing_account(account) or self._desk is None:
            return
        engine = self._desk.engine(account)
        self._add_account(account, engine, label)
        self.show_workspace()
        if not engine.cache_loaded:
            await self._loads.show_cached(engine)
        elif engine.issues:
            await self._loads.show_account_rows(account, engine)

    def _subscribe(self, engine: SyncEngine) -> None:
        key = engine.account
        from .issue_list.rows import RowFacts

        engine.unsubscribe_all()
        engine.prepare = functools.partial(RowFacts.of, account=key)
        engine.subscribe(self._on_engine_changes)
        engine.subscribe_connection(lambda connection: self._on_engine_connection(key, connection))
        engine.outbox.subscribe(self._on_outbox_changed)

    def _focus(self, engine: SyncEngine | None) -> None:
        """The engine of the issue on screen: the detail, its order and its drafts use it."""
        if engine is self._engine:
            return
        if self._engine is not None:
            self._engine.focus = None  # its issue is no longer on screen
        self._engine = engine
        if self._detail is not None:  # else its build does this
            self._show_focus_in_detail()

    def _show_focus_in_detail(self) -> None:
        from .detail.order_view import context_for  # the order and offer beside the issue

        engine, detail = self._engine, self.detail
        detail.order_view.set_context(context_for(engine) if engine is not None else None)
        detail.chat.set_account(engine.account if engine is not None else "")

    @property
    def engine(self) -> SyncEngine | None:
        """The engine of the issue on screen (else of the first account attached)."""
        return self._engine

    @property
    def poll_timer(self) -> QTimer:
        """Fires the next background poll; its interval is the poll schedule's next delay."""
        return self._loads.poll_timer

    @property
    def poll_interval_override(self) -> float | None:
        """``--poll-interval`` (seconds): wins over Settings and the environment's default."""
        return self._loads.poll_interval_override

    @poll_interval_override.setter
    def poll_interval_override(self, seconds: float | None) -> None:
        self._loads.poll_interval_override = seconds

    @property
    def loading(self) -> bool:
        """A full load of the list runs (the one started last)."""
        return self._loads.loading

    @property
    def _refresh_task(self) -> LatestTask:
        return self._loads.refresh_task

    def rename_account(self, account: str, label: str) -> None:
        """The seller renamed ``account``: rows, chooser and notes use the new name."""
        if self._accounts.rename(account, label):
            self._accounts_changed()

    async def detach_client(self) -> None:
        """Forget every account and everything shown with them (signing out of the last one).

        Running loads and sends are cancelled and awaited; the clients stay open (their
        owner closes them). Drafts are saved, the outbox and the cache stay in the store.
        """
        self.poll_timer.stop()
        for attached in self._accounts.clear():
            self._let_go(attached)
        self._focus(None)
        await self.cancel_work()
        self._loads.abandon()
        self.list_panel.clear()
        if self._detail is not None:
            self._detail.clear()
        for banner in (self.banner, self.offline_banner, self.summary_banner):
            banner.hide()
        self._summaries.clear()
        self.progress.hide()
        self.status_label.clear()
        self.last_refresh_label.clear()
        self._refreshed = False
        self.unread_label.clear()
        self._accounts_changed()
        self._update_actions()
        self._update_tray()

    async def detach_account(self, account: str) -> None:
        """Stop ``account`` (signed out, removed): its engine, its rows, its issue on screen.
        The other accounts go on as they were."""
        if account not in self._accounts:
            return
        if len(self._accounts) == 1:  # the last one: everything goes, as in detach_client
            await self.detach_client()
            return
        attached = self._accounts.remove(account)
        assert attached is not None
        engine = attached.engine
        self._let_go(attached)
        if self._engine is engine:
            self._select_task.cancel()
            if self._detail is not None:
                self._detail.clear()
            self._focus(self._accounts.engines()[0])
        self.list_panel.remove_account(account)
        self._summaries.pop(account, None)
        self._show_summaries()
        self._loads.account_stopped()
        self._accounts_changed()
        self._on_engine_connection(account, engine.connection)
        self._update_actions()
        self._update_tray()

    def pause_account(self, account: str) -> None:
        """``account`` cannot reach Allegro any more (its sign-in ended): its rows stay, its
        polls stop; the others go on."""
        attached = self._accounts.get(account)
        if attached is not None:
            attached.engine.attach(None)
        self._loads.account_stopped()
        self._update_actions()

    def _let_go(self, attached: AttachedAccount) -> None:
        """An account detached: its engine no longer reaches the window, nothing started from
        here on reaches the account, and it is polled no more."""
        attached.engine.unsubscribe_all()
        attached.engine.attach(None)
        self._loads.forget(attached.key)

    def _accounts_changed(self) -> None:
        """Accounts came, went or were renamed: the chooser, the rows' names, the counts."""
        labels = self._accounts.labels()
        self.filter_bar.set_accounts(list(labels.items()))
        self.list_panel.set_account_labels(labels if self._accounts.several else {})
        self._show_unread()
        self.shown_account_changed.emit(self.shown_account())

    @property
    def client(self) -> AllegroClient:
        client = self._engine.client if self._engine is not None else None
        if client is None:
            raise RuntimeError("no Allegro connection yet")
        return client

    def issue(self, issue_id: str) -> Issue | None:
        engine = self._accounts.engine_of(issue_id)
        return engine.issue(issue_id) if engine is not None else None

    def _engine_for(self, issue_id: str) -> SyncEngine | None:
        """The engine of the account whose row ``issue_id`` is (else whichever has it)."""
        account = self.list_panel.account_of(issue_id)
        return self._accounts.engine_of(issue_id, account if account in self._accounts else None)

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
        self._loads.reload()

    def load_account(self, account: str) -> None:
        """Start the full load of one account just attached (the others go on as they are)."""
        self._tasks.start(self._loads.load_issues([account]), name="load-account")

    def _on_proxy_filter_changed(self) -> None:
        text = self.list_panel.proxy.search_text()
        if text.strip() and self._accounts:
            self._search_task.start(self.search_messages(text))

    def _on_filter_bar_account_chosen(self, _account: object) -> None:
        self._show_unread()
        self._update_tray()
        self.shown_account_changed.emit(self.shown_account())

    async def search_messages(self, text: str) -> None:
        """The saved conversations too (each account's full-text index), off the GUI thread."""
        import asyncio

        engines = self._accounts.engines()
        if not engines:
            return
        # The list filters at once; the saved conversations once typing pauses a little
        # longer: a query already on the store's thread is not stopped by a newer one.
        await asyncio.sleep(MESSAGE_SEARCH_PAUSE_S)
        results = await asyncio.gather(*(engine.search(text) for engine in engines))
        found: frozenset[str] = frozenset().union(*results)
        self.list_panel.proxy.set_text_matches(text, found)

    def _on_list_panel_issue_selected(self, issue_id: str) -> None:
        self._select_task.start(self.show_issue(issue_id))

    def _on_detail_send_requested(self, outgoing: OutgoingMessage) -> None:
        self._tasks.start(self.send_message(outgoing), name="send-message")

    def _on_detail_taken_back(self, local_id: str) -> None:
        self._tasks.start(self.take_back(local_id), name="take-back")

    def _on_detail_resend_requested(self, local_id: str) -> None:
        self._tasks.start(self.resend(local_id), name="resend")

    def _on_detail_verdict_requested(self, request: VerdictRequest) -> None:
        self._tasks.start(self.give_verdict(request), name="verdict")

    def _on_detail_attachment_open_requested(self, url: str, file_name: str) -> None:
        self._tasks.start(self.open_attachment(url, file_name), name="attachment")

    def _on_next_action_triggered(self) -> None:
        if not self.list_panel.select_next_needing_me():
            self.say(self.tr("Nothing else needs you in this list."))

    def _on_templates_action_triggered(self) -> None:
        from .templates_dialog import open_templates_dialog

        open_templates_dialog(self)

    def _on_shortcuts_action_triggered(self) -> None:
        from PySide6.QtCore import Qt

        from .shortcuts_dialog import ShortcutsDialog, action_rows, editor_rows

        rows = action_rows([self.refresh_action, self.search_action, self.next_action])
        rows += [
            (self.tr("Queue: %1").replace("%1", name), keys)
            for name, keys in action_rows(self.queue_actions.values())
        ]
        rows += action_rows([self.settings_action, self.shortcuts_action, self.quit_action])
        dialog = ShortcutsDialog(rows + editor_rows(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

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
        self.select_anyway(issue_id)

    # -- use cases ----------------------------------------------------------------------------

    async def load_issues(self, accounts: list[str] | None = None) -> None:
        """The saved list at once (first time), then every page from Allegro, for every
        connected account (or only ``accounts``) (:meth:`DeskLoads.load_issues`)."""
        await self._loads.load_issues(accounts)

    async def refresh_open_issues(self, accounts: list[str] | None = None) -> None:
        """Poll what can change: open issues, of every connected account (or ``accounts``)
        (:meth:`DeskLoads.refresh_open_issues`)."""
        await self._loads.refresh_open_issues(accounts)

    def _about_account(self, account: str, text: str) -> str:
        """``text`` as is with one account; "Shop: text" with several."""
        if not self._accounts.several:
            return text
        return self.tr("%1: %2").replace("%1", self._accounts.label(account)).replace("%2", text)

    def select_anyway(self, issue_id: str) -> bool:
        """Select ``issue_id`` even if the current filters (or the account chosen) hide it:
        they are cleared, and the status bar says so. False if the list does not have it."""
        if self.list_panel.select_issue(issue_id):
            return True
        if self.issue(issue_id) is None:
            return False
        from .issue_list import StatusFilter

        account = self.list_panel.account_of(issue_id)
        if self.shown_account() not in (None, account):
            self.show_account(None)
        self.filter_bar.reset_filters()
        if not self.list_panel.select_issue(issue_id):
            combo = self.filter_bar.status_combo
            combo.setCurrentIndex(combo.findData(StatusFilter.ALL))
        shown = self.list_panel.select_issue(issue_id)
        if shown:
            # A notice over the status text for a while: a load going on (another account's
            # pages, say) updates the text underneath and must not wipe the explanation.
            self.statusBar().showMessage(
                self.tr("Filters cleared to show the chosen issue."), NOTICE_MS
            )
        return shown

    def _show_list_selection(self) -> None:
        """The list may re-select an issue by itself (same id, no signal): show it."""
        current = self.list_panel.current_issue_id()
        if current is not None and (
            current != self.detail.current_issue_id() or self._selection_stale
        ):
            self._selection_stale = False
            self._select_task.start(self.show_issue(current))

    # -- what the engine says ------------------------------------------------------------------

    def _on_engine_changes(self, changes: ChangeSet) -> None:
        from ..services.changes import ChangeKind
        from .issue_list.rows import RowFacts

        attached = self._accounts.get(changes.account)
        if attached is None:
            return
        key = attached.key
        panel = self.list_panel

        def row(change: IssueChange) -> RowFacts:
            # Made by the engine on its worker thread for big batches (cache, full sync).
            made = change.prepared
            return made if isinstance(made, RowFacts) else RowFacts.of(change.issue, key)

        if changes.reset:
            panel.replace_account_rows(key, [row(c) for c in changes.changed])
        else:
            new = [row(c) for c in changes.changed if ChangeKind.NEW_ISSUE in c.kinds]
            if new and panel.model.rowCount() == 0:
                panel.replace_account_rows(key, new)  # the first page: one reset, not inserts
            elif new:
                panel.append_rows(new)
            panel.upsert_rows(
                row(c) for c in changes.changed if ChangeKind.NEW_ISSUE not in c.kinds
            )
        for issue_id in changes.removed:
            panel.remove_issue(issue_id)
        current = self._shown_issue_id()
        if current is not None and self._engine is attached.engine:
            for change in changes.changed:
                if change.issue_id == current:
                    self.detail.show_issue(change.issue)
                    if ChangeKind.NEW_MESSAGE in change.kinds and not changes.reset:
                        self._tasks.start(self._refresh_chat(current), name="refresh-chat")
        self._show_unread()
        self._update_tray()

    def _show_unread(self) -> None:
        """Bold rows for every account; the count for the accounts shown."""
        unread: set[str] = set()
        shown = 0
        shown_keys = {a.key for a in self._accounts.shown(self.shown_account())}
        for attached in self._accounts:
            ids = attached.engine.unread_ids()
            unread |= ids
            if attached.key in shown_keys:
                shown += len(ids)
        self.list_panel.set_unread(unread)
        self.unread_label.setText(self.tr("%n unread", "", shown) if shown else "")

    async def _refresh_chat(self, issue_id: str) -> None:
        """Someone wrote in the issue on screen (the engine re-reads the chat; paint it)."""
        engine = self._engine
        if engine is None:
            return
        chat = await engine.cached_chat(issue_id)
        if chat is not None and self.detail.current_issue_id() == issue_id:
            self.detail.show_chat(issue_id, chat)
            if engine.mark_read(issue_id):
                self._show_unread()

    def _on_engine_connection(self, account: str, connection: Connection) -> None:
        offline = self._accounts.offline()
        if not offline:
            self.offline_banner.hide()
        else:
            # How stale the list is matters more than when the failures began: after an
            # offline start "since" would only be the launch time.
            updated = self._accounts.offline_last_sync()
            since = self._accounts.offline_since()
            some = self._accounts.several and len(offline) < len(self._accounts.connected())
            if updated is not None:
                text = (
                    self.tr(
                        "%2: offline, last update from Allegro %1. Showing what was saved;"
                        " replies wait in the outbox."
                    )
                    if some
                    else self.tr(
                        "Offline, last update from Allegro %1. Showing what was saved;"
                        " replies wait in the outbox."
                    )
                ).replace("%1", _short_when(updated))
            else:
                text = (
                    self.tr(
                        "%2: offline since %1 — showing what was saved. Replies wait in the outbox."
                    )
                    if some
                    else self.tr(
                        "Offline since %1 — showing what was saved. Replies wait in the outbox."
                    )
                ).replace("%1", _short_when(since) if since is not None else "")
            if some:
                text = text.replace("%2", ", ".join(a.label for a in offline))
            self.offline_banner.show_message(text, self.tr("Try again"), error=False)
        self.connection_changed.emit(connection.online)

    def _on_outbox_changed(self, message: OutgoingMessage, server: ChatMessage | None) -> None:
        from ..domain.outgoing import OutboxState

        engine = self._outbox_engine(message.local_id)  # None once settled or taken back
        on_disk = engine is None or engine.outbox.on_disk(message.local_id)
        if not on_disk:
            from ..store.base import StoreProblem

            # Said once, whatever the store's problem (one said at start is not said again);
            # the draft keeps the message meanwhile.
            self._tell_store_problem(StoreProblem.IO)
        if self._detail is not None:  # else no issue is on screen yet
            self._detail.show_outgoing(message, server, on_disk=on_disk)
        if message.state is OutboxState.SENT:
            self.message_sent.emit(message.issue_id)
            # Whose turn, and a return decision sent as a RETURN_* message, show in the issue.
            self._tasks.start(
                self._reread_after_send(message.account, message.issue_id),
                name="reread-after-send",
            )

    async def _reread_after_send(self, account: str, issue_id: str) -> None:
        from ..allegro.errors import AllegroError as _AllegroError

        engine = self._accounts.engine_of(issue_id, account or None)
        if engine is None or engine.client is None:
            return
        try:
            await engine.refresh_issue(issue_id)
        except _AllegroError:
            log.info("could not re-read the issue after a send", exc_info=True)

    def _tell_damaged_drafts(self) -> None:
        """A draft file that could not be read was put aside (its bytes kept): say so once.
        A draft that could not be written is kept in memory and tried again: say so once
        while it lasts."""
        keeper = self.detail.draft_keeper
        if keeper.write_failing and not self._draft_write_failure_told:
            self._draft_write_failure_told = True
            self.store_banner.show_message(
                self.tr(
                    "A draft could not be saved on this computer (is the disk full?). It is"
                    " kept while the app is open and saved as soon as that works again."
                ),
                self.tr("OK"),
            )
        elif not keeper.write_failing:
            self._draft_write_failure_told = False
        damaged = keeper.take_quarantined()
        if damaged:
            self.store_banner.show_message(
                self.tr(
                    "A saved draft could not be read and was put aside, unchanged, as %1."
                    " The conversation opens without it."
                ).replace("%1", str(damaged[0])),
                self.tr("OK"),
                error=False,
            )

    def _tell_store_problem(self, problem: object) -> None:
        from ..store.base import StoreProblem

        if self._store_problem_told:
            return
        self._store_problem_told = True
        texts = {
            StoreProblem.CORRUPT: self.tr(
                "The saved data was damaged and has been put aside; the app starts afresh"
                " from Allegro."
            ),
            StoreProblem.LOCKED: self.tr(
                "The saved data is in use by another program (is the app open twice?)."
                " This window works from Allegro without saving."
            ),
            StoreProblem.READ_ONLY: self.tr(
                "The app cannot write its data folder. It works from Allegro, but nothing is"
                " saved for the next start."
            ),
            StoreProblem.NEWER_VERSION: self.tr(
                "The saved data comes from a newer version of the app and was left untouched."
                " This window works from Allegro without saving."
            ),
            StoreProblem.IO: self.tr(
                "The app cannot save its data (is the disk full?). It works from Allegro."
            ),
        }
        text = texts.get(problem) if isinstance(problem, StoreProblem) else None
        self.store_banner.show_message(text or texts[StoreProblem.IO], self.tr("OK"), error=False)

    def _show_summary(self, account: str, changes: list[Any], since: datetime | None) -> None:
        """What changed while the app was closed, in one line per account."""
        from ..services.notifications import summarize

        summary = summarize(changes)
        if not summary:
            return
        parts = []
        if summary.new_messages:
            parts.append(self.tr("%n new message(s)", "", summary.new_messages))
        if summary.new_issues:
            parts.append(self.tr("%n new discussion(s) or claim(s)", "", summary.new_issues))
        if summary.state_changes:
            parts.append(self.tr("%n status change(s)", "", summary.state_changes))
        head = (
            self.tr("Since %1:").replace("%1", local_datetime(since))
            if since is not None
            else self.tr("Since the last start:")
        )
        self._summaries[account] = self._about_account(account, f"{head} {', '.join(parts)}")
        self._show_summaries()

    def _show_summaries(self) -> None:
        lines = [self._summaries[k] for k in self._accounts.account_keys() if k in self._summaries]
        if lines:
            self.summary_banner.show_message("\n".join(lines), self.tr("OK"), error=False)
        else:
            self.summary_banner.hide()

    async def _alert_deadlines(self, engine: SyncEngine) -> None:
        """Deadlines that crossed 24 h, 3 h or passed since the last check (each once)."""
        from ..services.notifications import NoteKind, due_alerts

        stored = await engine.due_alerts_shown()
        shown = stored or {}
        known = {k: NoteKind(v) for k, v in shown.items() if v in NoteKind._value2member_map_}
        notes = due_alerts(engine.issues.values(), datetime.now(UTC), known)
        if engine.account not in self._accounts or (stored is not None and not notes):
            return
        engine.save_due_alerts_shown(shown | {n.issue_id: n.kind.value for n in notes})
        # The first check ever only records: what was already due is in the list, not news.
        if stored is not None and self.tray is not None:
            self.tray.notify_all(self._notes_allowed(list(notes)), self._note_account(engine))

    def _notify(self, changes: ChangeSet) -> None:
        from ..services.notifications import notifications_for

        if self.tray is None:
            return
        self.tray.notify_all(
            self._notes_allowed(notifications_for(changes)), self._note_account_key(changes.account)
        )

    def _note_account(self, engine: SyncEngine) -> str:
        return self._note_account_key(engine.account)

    def _note_account_key(self, account: str) -> str:
        """The account a notification names: only when there are several."""
        return self._accounts.label(account) if self._accounts.several else ""

    # -- one issue ------------------------------------------------------------------------------

    async def show_issue(self, issue_id: str) -> None:
        """The saved issue and chat at once, then both fresh from Allegro, from the engine of
        the account the issue belongs to."""
        engine = self._engine_for(issue_id)
        if engine is None:
            return
        self._focus(engine)
        engine.focus = issue_id
        engine.remember_selected(issue_id)
        cached = engine.issue(issue_id)
        if cached is not None:
            self.detail.show_issue(cached)
            self.detail.set_outbox(issue_id, engine.outbox.entries(issue_id), engine.outbox.on_disk)
            self._tell_damaged_drafts()
        self.detail.show_chat_loading(issue_id)
        saved = await engine.cached_chat(issue_id)
        if saved is not None and self.detail.current_issue_id() == issue_id:
            self.detail.show_chat(issue_id, saved)
            self.cached_chat_shown.emit(issue_id)
        import asyncio

        from ..allegro.errors import AllegroError as _AllegroError

        try:
            issue, chat = await asyncio.gather(
                engine.refresh_issue(issue_id), engine.read_chat(issue_id)
            )
        except _AllegroError as exc:
            if self.detail.current_issue_id() == issue_id:
                self.detail.show_chat_error(issue_id, describe_error(exc))
            return
        except RuntimeError:  # not connected yet (a preview) or detached meanwhile
            self._selection_stale = True  # the first page of the sync shows it afresh
            return
        if self.list_panel.current_issue_id() != issue_id or self._engine is not engine:
            return  # the seller moved on; never paint a stale issue
        if issue.id != issue_id:
            return
        self.detail.show_issue(issue)
        self.detail.set_outbox(issue_id, engine.outbox.entries(issue_id), engine.outbox.on_disk)
        self.detail.show_chat(issue_id, chat)
        if engine.mark_read(issue_id):
            self._show_unread()
        self.chat_shown.emit(issue_id)

    async def send_message(self, outgoing: OutgoingMessage) -> None:
        """Into the outbox (on disk) of the issue's account, then to Allegro; the outbox
        reports every step."""
        from msgspec.structs import replace

        engine = self._engine_for(outgoing.issue_id)
        self.detail.add_pending_message(outgoing)
        if engine is None:
            from ..domain.outgoing import FailReason, OutboxState

            self.detail.show_outgoing(
                outgoing.with_state(OutboxState.FAILED, FailReason.NETWORK), None
            )
            return
        await engine.outbox.submit(replace(outgoing, account=engine.account))
        self._update_tray()

    async def resend(self, local_id: str) -> None:
        """*Send again* on a message Allegro never confirmed (or one that failed)."""
        engine = self._outbox_engine(local_id)
        if engine is None:
            return
        from ..services.outbox import MaybeInChatError, NotConnectedError

        try:
            await engine.outbox.resend(local_id)
        except (AllegroError, NotConnectedError):
            self.say(
                self.tr(
                    "Not sent again: Allegro could not be asked whether it already has this"
                    " message. Try again when the connection is back."
                )
            )
        except MaybeInChatError:
            self.say(
                self.tr(
                    "Not sent again: the conversation already has a message with these words,"
                    " sent after this one. If it is not yours, put this one back and send it."
                )
            )

    async def take_back(self, local_id: str) -> None:
        engine = self._outbox_engine(local_id)
        if engine is not None:
            await engine.outbox.discard(local_id)

    def _take_back_now(self, local_id: str) -> bool:
        """The chat panel's question before a message goes back to the editor: the outbox
        lets go of it now (or never had it), or it is already being posted."""
        engine = self._outbox_engine(local_id)
        if engine is None:
            return True  # no outbox has it (a copy the draft kept): the panel's is the only one
        return engine.outbox.take_back(local_id) is not None

    def _outbox_engine(self, local_id: str) -> SyncEngine | None:
        """The engine whose outbox holds ``local_id``."""
        return next((e for e in self._accounts.engines() if e.outbox.get(local_id)), None)

    async def give_verdict(self, request: VerdictRequest) -> None:
        engine = self._engine_for(request.issue_id)
        client = engine.client if engine is not None else None
        if engine is None or client is None:
            return
        from ..allegro.errors import AllegroError as _AllegroError

        self.detail.set_busy_verdict(True)
        try:
            await client.change_claim_status(
                request.issue_id, request.verdict, request.message, request.partial_refund
            )
        except _AllegroError as exc:
            self.banner.show_message(
                self.tr("The decision was not saved: %1").replace("%1", describe_error(exc))
            )
            return
        finally:
            self.detail.set_busy_verdict(False)
        try:
            await engine.refresh_issue(request.issue_id)
        except _AllegroError:
            log.warning("could not re-read the claim after the verdict")
        self._update_tray()
        if self.detail.current_issue_id() == request.issue_id:
            self._select_task.start(self.show_issue(request.issue_id))

    async def open_attachment(self, url: str, file_name: str) -> None:
        """Download with the seller's token (API host only). A picture or PDF whose content
        agrees with its name opens in the OS viewer; anything else is only offered to save
        (a buyer's ``.desktop``, ``.sh`` or ``.exe`` must never run on a click)."""
        from ..domain.text import display_text as display_name
        from ..services import attachments

        engine = self._engine  # the attachment is in the issue on screen: its account's token
        client = engine.client if engine is not None else None
        if client is None:
            return
        try:
            fetched = await attachments.fetch_attachment(
                client, url, file_name, self._paths.cache_dir
            )
        except AllegroError as exc:
            self.banner.show_message(
                self.tr("Could not open %1: %2")
                .replace("%1", display_name(file_name))
                .replace("%2", describe_error(exc))
            )
            return
        except attachments.AttachmentError as exc:
            self.banner.show_message(
                self.tr(
                    "Could not open %1: the file could not be stored on this computer."
                ).replace("%1", exc.display_name)
            )
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if fetched.openable:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(fetched.path))):
                self.banner.show_message(
                    self.tr("No program on this computer opens %1.").replace(
                        "%1", fetched.display_name
                    )
                )
            return
        self.offer_save_as(fetched.path, fetched.display_name)

    def offer_save_as(self, source: Path, name: str) -> QWidget:
        """Not a picture or PDF: say why it is not opened, and let the seller save a copy."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        from ..domain.attachments import safe_file_name

        self.banner.show_message(
            self.tr(
                "%1 is not a picture or a PDF, so it is not opened here. Save it and check it"
                " before you open it."
            ).replace("%1", name),
            error=False,
        )
        dialog = QFileDialog(self, self.tr("Save attachment as"))
        dialog.setObjectName("saveAttachmentDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        downloads = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation
        )
        if downloads and Path(downloads).is_dir():
            dialog.setDirectory(downloads)
        # The buyer chose the name: "../x" or "a/b" pre-filled would save outside the folder.
        dialog.selectFile(safe_file_name(name))
        dialog.fileSelected.connect(
            lambda target: self._tasks.start(self._copy_attachment(source, Path(target), name))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # not exec(): the event loop (and the sync) go on
        return dialog

    async def _copy_attachment(self, source: Path, target: Path, name: str) -> None:
        import asyncio
        import shutil

        try:
            await asyncio.to_thread(shutil.copyfile, source, target)
        except OSError:
            self.banner.show_message(
                self.tr("%1 could not be saved there. Choose another folder.").replace("%1", name)
            )
            return
        self.say(self.tr("Saved %1").replace("%1", str(target)))

    # -- state --------------------------------------------------------------------------------

    # What the loads say (DeskLoads runs them; the sentences are the window's to translate).

    def _show_loading(self, loaded: int | None = None) -> None:
        """A full load runs; ``loaded``: the issues that have come so far (once pages come)."""
        if loaded is None:
            self.status_label.setText(self.tr("Loading discussions and claims…"))
        else:
            self.status_label.setText(
                self.tr("Loading discussions and claims… %n loaded", "", loaded)
            )

    def say(self, text: str) -> None:
        """Put ``text`` in the status bar now: what the seller must see (a failure, the answer
        to what they did) also ends a notice shown over the status text (``NOTICE_MS``);
        progress and counts go to ``status_label`` underneath."""
        self.statusBar().clearMessage()
        self.status_label.setText(text)

    def _show_loaded(self, total: int) -> None:
        self.status_label.setText(self.tr("%n discussions and claims", "", total))

    def _show_load_failed(self, account: str, error: AllegroError) -> str:
        """The full sync of ``account`` failed: said in the status bar when rows are shown,
        else in the error banner (*Try again*). Returns the sentence."""
        text = self._about_account(account, describe_error(error))
        if self.list_panel.model.rowCount():
            self.say(text)
        else:
            self.banner.show_message(text, self.tr("Try again"))
            self.say(self.tr("Loading failed"))
        return text

    def show_saved_update_time(self) -> None:
        """Before Allegro first answers in this run: when the saved lists last came from
        Allegro (the stalest of the accounts shown from the store)."""
        if self._refreshed:
            return
        times = [
            a.engine.connection.last_sync
            for a in self._accounts
            if a.engine.cache_loaded and a.engine.issues
        ]
        known = [t for t in times if t is not None]
        if known:
            self.last_refresh_label.setText(
                self.tr("Updated %1").replace("%1", local_datetime(min(known)))
            )

    def _mark_refreshed(self) -> None:
        self._refreshed = True
        self.last_refresh_label.setText(
            self.tr("Updated %1").replace("%1", local_datetime(datetime.now(UTC)))
        )

    def _update_tray(self) -> None:
        """The tray counts what awaits a reply in every account (it is there for all)."""
        if self.tray is not None:
            # Counted by the engines as issues arrive: no walk over every issue per change set.
            self.tray.set_awaiting(sum(len(e.awaiting_ids()) for e in self._accounts.engines()))

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
            for key, value in self.filter_bar.state().items():
                self._settings.setValue(f"list/{key}", value)
        self._settings.sync()

    def _restore_list_state(self) -> None:
        """The queue, filters and sort of the last run (window.ini, ``list/*``)."""
        state = {
            key: self._settings.value(f"list/{key}")
            for key in ("queue", "kind", "status", "awaiting", "pending", "sort", "account")
        }
        self.filter_bar.restore_state({k: v for k, v in state.items() if v is not None})

    async def cancel_work(self) -> None:
        """Cancel every load, refresh, selection and send, and wait until they are gone."""
        import asyncio

        if not self._built:
            return
        current = asyncio.current_task()
        running: list[asyncio.Task[Any]] = []
        latests = [self._loads.list_task, self._select_task, self._loads.refresh_task]
        if self._detail is not None:
            latests.append(self._detail.order_view.loader)  # the order and offer beside it
        for latest in latests:
            task = latest.task
            if task is not None and not task.done() and task is not current:
                task.cancel()
                running.append(task)
        await self._tasks.cancel_all()
        if running:
            # Bounded: a request cancelled mid-connect can take long to unwind (anyio under
            # qasync); quitting or switching accounts must not wait for it.
            _done, stuck = await asyncio.wait(running, timeout=CANCEL_WAIT_S)
            for task in stuck:
                log.warning("task %s still unwinding after cancel", task.get_name())

    async def shutdown(self) -> None:
        if self._built:
            self.poll_timer.stop()
            # A detail still waiting for the first rows is not built on the way out (its
            # timers could fire once the event loop is gone: a quick start can end first).
            self._detail_after_rows.cancel()
        await self.cancel_work()
        if self.tray is not None:
            self.tray.hide()
        if self._desk is not None:
            desk, self._desk = self._desk, None
            await desk.aclose()  # every queued write lands before the store closes

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._detail is not None:
            self._detail.flush_drafts()  # what the seller typed is on disk before the app exits
        if self._desk is not None:
            self._desk.flush()  # and the outbox, the cache and the read marks
        self.save_geometry()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)


def _short_when(value: datetime) -> str:
    """ "14:05" today, the full local date and time otherwise."""
    from .timefmt import to_local

    local = to_local(value)
    from PySide6.QtCore import QDate

    if local.date() == QDate.currentDate():
        return local.time().toString("HH:mm")
    return local_datetime(value)


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
