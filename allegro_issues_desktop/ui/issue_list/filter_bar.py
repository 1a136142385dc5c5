"""Search, filters and sort for the issue list; lives in the main window's toolbar.

This is view state, not a request to a service: the bar drives an :class:`IssueFilterProxy`
directly (``bind``). Typing is debounced so 10,000 rows are filtered once per pause, not once
per key; Enter applies at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from .model import SortKey
from .proxy import IssueFilterProxy, KindFilter, StatusFilter

SEARCH_DEBOUNCE_MS = 150


class IssueFilterBar(QWidget):
    """Search box, kind / status combos, two toggles and a sort combo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueFilterBar")
        self._proxy: IssueFilterProxy | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("issueSearch")
        self.search.setPlaceholderText(self.tr("Search buyer, reference, order…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search issues"))
        self.search.setMinimumWidth(180)
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

        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("issueSort")
        self.sort_combo.setAccessibleName(self.tr("Sort by"))
        self.sort_combo.setToolTip(self.tr("Sort by"))
        for text, key in (
            (self.tr("Newest first"), SortKey.OPENED),
            (self.tr("Deadline soonest"), SortKey.DEADLINE),
            (self.tr("Latest message"), SortKey.LAST_MESSAGE),
        ):
            self.sort_combo.addItem(text, key)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search, 1)
        for widget in (
            self.kind_combo,
            self.status_combo,
            self.awaiting_button,
            self.pending_button,
            self.sort_combo,
        ):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

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
        proxy.set_kind_filter(self.kind_combo.currentData())
        proxy.set_status_filter(self.status_combo.currentData())
        proxy.set_awaiting_reply_only(self.awaiting_button.isChecked())
        proxy.set_return_pending_only(self.pending_button.isChecked())
        proxy.set_sort_key(self.sort_combo.currentData())
        self._apply_search()

    def focus_search(self) -> None:
        """For the window's Ctrl+F: focus the search box and select its text."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def reset_filters(self) -> None:
        """Back to the default view: open issues of every type, no search, newest first."""
        self.search.clear()
        self.kind_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.awaiting_button.setChecked(False)
        self.pending_button.setChecked(False)
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

    def _on_status_combo_changed(self, _index: int) -> None:
        if self._proxy is not None:
            self._proxy.set_status_filter(self.status_combo.currentData())

    def _on_awaiting_button_toggled(self, on: bool) -> None:
        if self._proxy is not None:
            self._proxy.set_awaiting_reply_only(on)

    def _on_pending_button_toggled(self, on: bool) -> None:
        if self._proxy is not None:
            self._proxy.set_return_pending_only(on)

    def _on_sort_combo_changed(self, _index: int) -> None:
        if self._proxy is not None:
            self._proxy.set_sort_key(self.sort_combo.currentData())
