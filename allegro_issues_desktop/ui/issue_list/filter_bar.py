"""Queue, search, filters and sort for the issue list; lives in the list pane, above the
list, and wraps (``FlowLayout``) instead of hiding controls behind an overflow menu.

This is view state, not a request to a service: the bar drives an :class:`IssueFilterProxy`
directly (``bind``). Typing is debounced so 10,000 rows are filtered once per pause, not once
per key; Enter applies at once. Choosing a queue sets the controls to its preset; changing a
control afterwards makes it a custom filter (the queue's own predicate, e.g. "needs me", goes).
``state()``/``restore_state()`` give the window what to remember between runs.

With several accounts a compact chooser ("All accounts" or one) narrows the list; with one
account it is hidden and the list shows everything.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from .flow_layout import FlowLayout
from .model import SortKey
from .proxy import (
    DEFAULT_QUEUE,
    DEFAULT_SORT,
    QUEUE_PRESETS,
    IssueFilterProxy,
    KindFilter,
    Queue,
    StatusFilter,
)

# Typing is filtered once per pause: a filter costs ~7 ms at 10,000 rows and ~25 ms at
# 100,000, so a short pause is enough; results show ~70 ms after the last key at 10,000.
SEARCH_DEBOUNCE_MS = 60


class IssueFilterBar(QWidget):
    """Search box, account chooser, sort combo, kind / status combos and two toggles.

    Signals:
        account_chosen(object): the list now shows this account key (None: all accounts).
    """

    account_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueFilterBar")
        self._proxy: IssueFilterProxy | None = None
        # The account the seller chose (remembered even while it is not attached yet: at
        # start accounts attach one by one); what the proxy shows is _shown_account().
        self._wanted_account: str | None = None

        # The queue is chosen in the counts bar above (the panel's); the bar keeps which one
        # its controls show, and "Custom" once a control is changed by hand.
        self._queue = Queue.CUSTOM

        self.search = QLineEdit(self)
        self.search.setObjectName("issueSearch")
        self.search.setPlaceholderText(self.tr("Search buyer, reference, order…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search issues"))
        self.search.setMinimumWidth(160)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("issueKindFilter")
        self.kind_combo.setAccessibleName(self.tr("Issue type"))
        for text, kind in (
            (self.tr("All types"), KindFilter.ALL),
            (self.tr("Discussions"), KindFilter.DISCUSSIONS),
            (self.tr("Claims"), KindFilter.CLAIMS),
        ):
            self.kind_combo.addItem(text, kind)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("issueStatusFilter")
        self.status_combo.setAccessibleName(self.tr("Status"))
        for text, status in (
            (self.tr("Open"), StatusFilter.OPEN),
            (self.tr("Closed"), StatusFilter.CLOSED),
            (self.tr("All statuses"), StatusFilter.ALL),
        ):
            self.status_combo.addItem(text, status)

        self.awaiting_button = self._toggle(
            "awaitingReplyFilter",
            self.tr("Awaiting my reply"),
            self.tr("Only issues where the buyer or Allegro wrote last"),
        )
        self.pending_button = self._toggle(
            "returnPendingFilter",
            self.tr("Return decision pending"),
            self.tr("Only claims where you have not decided about a return yet"),
        )

        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("issueAccountFilter")
        self.account_combo.setAccessibleName(self.tr("Account"))
        self.account_combo.setToolTip(self.tr("Show the issues of all accounts, or of one"))
        self.account_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.account_combo.setMinimumContentsLength(10)
        self.account_combo.hide()  # one account: nothing to choose

        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("issueSort")
        self.sort_combo.setAccessibleName(self.tr("Sort by"))
        self.sort_combo.setToolTip(self.tr("Sort by"))
        for text, key in (
            (self.tr("Needs me first"), SortKey.TRIAGE),
            (self.tr("Newest first"), SortKey.OPENED),
            (self.tr("Deadline soonest"), SortKey.DEADLINE),
            (self.tr("Latest message"), SortKey.LAST_MESSAGE),
        ):
            self.sort_combo.addItem(text, key)

        # Search and sort first (the search fills the rest of its line), then the filters.
        layout = FlowLayout(self, spacing=6)
        layout.add_widget(self.search, stretch=True)
        for widget in (
            self.account_combo,
            self.sort_combo,
            self.kind_combo,
            self.status_combo,
            self.awaiting_button,
            self.pending_button,
        ):
            layout.add_widget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        # Esc in the search box clears it (and the filter at once): the quickest way back.
        clear_search = QAction(self.search)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(self._on_clear_search_triggered)
        self.search.addAction(clear_search)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._apply_search)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        self.awaiting_button.toggled.connect(self._on_awaiting_button_toggled)
        self.pending_button.toggled.connect(self._on_pending_button_toggled)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_combo_changed)
        self.account_combo.currentIndexChanged.connect(self._on_account_combo_changed)
        self._select_data(self.sort_combo, DEFAULT_SORT)
        self.apply_queue(DEFAULT_QUEUE)

    def _toggle(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(False)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- public -------------------------------------------------------------------------------
    def bind(self, proxy: IssueFilterProxy) -> None:
        """Drive ``proxy`` from now on; the bar's current state is applied at once."""
        self._proxy = proxy
        queue = self.queue()
        proxy.set_kind_filter(self.kind_combo.currentData())
        proxy.set_status_filter(self.status_combo.currentData())
        proxy.set_awaiting_reply_only(self.awaiting_button.isChecked())
        proxy.set_return_pending_only(self.pending_button.isChecked())
        if queue is not Queue.CUSTOM:
            proxy.set_queue(queue)
        proxy.set_sort_key(self.sort_combo.currentData())
        proxy.set_account(self._shown_account())
        self._apply_search()

    # -- accounts -------------------------------------------------------------------------------
    def set_accounts(self, accounts: list[tuple[str, str]]) -> None:
        """The accounts on screen as (key, name); the chooser shows with two or more."""
        blocker = QSignalBlocker(self.account_combo)
        self.account_combo.clear()
        self.account_combo.addItem(self.tr("All accounts"), None)
        for key, label in accounts:
            self.account_combo.addItem(label, key)
            self.account_combo.setItemData(
                self.account_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole
            )
        index = self.account_combo.findData(self._wanted_account)
        self.account_combo.setCurrentIndex(max(0, index))
        del blocker
        self.account_combo.setVisible(len(accounts) > 1)
        self._apply_account()

    def account(self) -> str | None:
        """The account the list shows (None: all)."""
        return self._shown_account()

    def choose_account(self, account: str | None) -> None:
        """Show ``account`` (None: all accounts), as if chosen in the chooser."""
        self._wanted_account = account
        index = self.account_combo.findData(account)
        blocker = QSignalBlocker(self.account_combo)
        self.account_combo.setCurrentIndex(max(0, index))
        del blocker
        self._apply_account()

    def _shown_account(self) -> str | None:
        if self.account_combo.count() < 3:  # "All accounts" and one account: nothing to narrow
            return None
        data = self.account_combo.currentData()
        return data if isinstance(data, str) else None

    def _apply_account(self) -> None:
        account = self._shown_account()
        if self._proxy is not None and self._proxy.account() != account:
            self._proxy.set_account(account)
            self.account_chosen.emit(account)

    def _on_account_combo_changed(self, _index: int) -> None:
        data = self.account_combo.currentData()
        self._wanted_account = data if isinstance(data, str) else None
        self._apply_account()

    def queue(self) -> Queue:
        return self._queue

    def apply_queue(self, queue: Queue) -> None:
        """Show ``queue``: its preset goes into the controls and the proxy (search stays)."""
        preset = QUEUE_PRESETS.get(queue)
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.kind_combo,
                self.status_combo,
                self.awaiting_button,
                self.pending_button,
            )
        ]
        self._queue = queue
        if preset is not None:
            self._select_data(self.kind_combo, preset.kind)
            self._select_data(self.status_combo, preset.status)
            self.awaiting_button.setChecked(preset.awaiting)
            self.pending_button.setChecked(preset.pending)
        del blockers
        if self._proxy is not None:
            self._proxy.set_queue(queue)

    def state(self) -> dict[str, Any]:
        """What to remember between runs (plain strings and booleans)."""
        return {
            "queue": self.queue().value,
            "kind": self.kind_combo.currentData().value,
            "status": self.status_combo.currentData().value,
            "awaiting": self.awaiting_button.isChecked(),
            "pending": self.pending_button.isChecked(),
            "sort": self.sort_combo.currentData().value,
            "account": self._wanted_account or "",
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        """The opposite of :meth:`state`; unknown or missing values keep the defaults."""

        def pick(enum: Any, value: object) -> Any:
            try:
                return enum(value)
            except ValueError:
                return None

        account = state.get("account")
        self._wanted_account = account if isinstance(account, str) and account else None
        sort = pick(SortKey, state.get("sort"))
        if sort is not None:
            self._select_data(self.sort_combo, sort)
        queue = pick(Queue, state.get("queue"))
        if queue is None:
            return
        if queue is not Queue.CUSTOM:
            self.apply_queue(queue)
            return
        kind = pick(KindFilter, state.get("kind"))
        status = pick(StatusFilter, state.get("status"))
        if kind is not None:
            self._select_data(self.kind_combo, kind)
        if status is not None:
            self._select_data(self.status_combo, status)
        self.awaiting_button.setChecked(_truthy(state.get("awaiting")))
        self.pending_button.setChecked(_truthy(state.get("pending")))

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def focus_search(self) -> None:
        """For the window's Ctrl+F: focus the search box and select its text."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def reset_filters(self) -> None:
        """Every open issue of every type (the "All open" queue), no search; the sort stays."""
        self.search.clear()
        self.apply_queue(Queue.ALL_OPEN)
        self._apply_search()

    # -- slots --------------------------------------------------------------------------------
    def _on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()  # restarts: filter once the user pauses

    def _on_clear_search_triggered(self) -> None:
        self.search.clear()
        self._apply_search()

    def _apply_search(self) -> None:
        self._debounce.stop()
        if self._proxy is not None:
            self._proxy.set_search_text(self.search.text())

    def _on_kind_combo_changed(self, _index: int) -> None:
        if self._proxy is not None:
            self._proxy.set_kind_filter(self.kind_combo.currentData())
        self._follow_proxy_queue()

    def _on_status_combo_changed(self, _index: int) -> None:
        if self._proxy is not None:
            self._proxy.set_status_filter(self.status_combo.currentData())
        self._follow_proxy_queue()

    def _on_awaiting_button_toggled(self, on: bool) -> None:
        if self._proxy is not None:
            self._proxy.set_awaiting_reply_only(on)
        self._follow_proxy_queue()

    def _on_pending_button_toggled(self, on: bool) -> None:
        if self._proxy is not None:
            self._proxy.set_return_pending_only(on)
        self._follow_proxy_queue()

    def _follow_proxy_queue(self) -> None:
        """A control changed by hand: the proxy says which queue that is (often "Custom")."""
        self._queue = self._proxy.queue() if self._proxy is not None else Queue.CUSTOM

    def _on_sort_combo_changed(self, _index: int) -> None:
        if self._proxy is not None:
            self._proxy.set_sort_key(self.sort_combo.currentData())


def _truthy(value: object) -> bool:
    """QSettings (INI) gives booleans back as the strings "true"/"false"."""
    if isinstance(value, str):
        return value.lower() in ("true", "1")
    return bool(value)
