"""The left side of the main window: the queue counts, the filter bar (the window puts it in
with ``set_filter_bar``), the issue list, its empty state and a count line.

Keyboard (list focused): Up/Down and j/k move; the window adds N (next item that needs me)
through :meth:`IssueListPanel.select_next_needing_me`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import Issue
from .delegate import IssueDelegate
from .filter_bar import IssueFilterBar
from .model import IssueIdRole, IssueListModel
from .proxy import IssueFilterProxy, Queue, QueueCounts, count_queues
from .queue_bar import QueueCountsBar
from .rows import RowFacts
from .view import IssueListView

#: Relative deadlines ("in 5 min") are repainted this often.
CLOCK_REFRESH_MS = 60_000
#: Queue counts follow model changes within this delay (ms).
COUNTS_DELAY_MS = 100


class IssueListPanel(QWidget):
    """A ``QListView`` (objectName ``issueList``) over model → proxy → delegate."""

    #: The current row changed to another issue (its id). Not emitted for the same id twice in
    #: a row, nor when the selection merely disappears (e.g. filtered out).
    issue_selected = Signal(str)
    #: The queue sizes were recounted (a :class:`QueueCounts`).
    counts_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueListPanel")
        self._model = IssueListModel(self)
        self._proxy = IssueFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self._delegate = IssueDelegate(self)
        self._selected_id: str | None = None  # last id emitted: re-selected when it reappears

        self._view = IssueListView(self)
        self._view.setObjectName("issueList")
        self._view.setAccessibleName(self.tr("Issues"))
        self._view.setUniformItemSizes(True)  # with the fixed row height: smooth at 10,000 rows
        self._view.setItemDelegate(self._delegate)
        self._view.setModel(self._proxy)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view.setFrameShape(QFrame.Shape.NoFrame)
        self._view.setMouseTracking(True)
        # j/k move like Down/Up while the list has the focus (vi, mail clients).
        for key, step in (("J", 1), ("K", -1)):
            shortcut = QShortcut(QKeySequence(key), self._view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_current(step))

        self.counts_bar = QueueCountsBar(self)
        self.counts_bar.queue_chosen.connect(self._on_counts_bar_queue_chosen)
        self._filter_bar: IssueFilterBar | None = None
        self._counts: QueueCounts | None = None
        self._counted_account: str | None = None

        self._empty = QLabel(self)
        self._empty.setObjectName("issueListEmpty")
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setMargin(24)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._view)
        self._stack.addWidget(self._empty)

        self._count = QLabel(self)
        self._count.setObjectName("issueListCount")
        self._count.setTextFormat(Qt.TextFormat.PlainText)
        self._count.setContentsMargins(10, 4, 10, 4)
        small = self._count.font()
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() - 1)
        self._count.setFont(small)

        self._top = QWidget(self)
        self._top.setObjectName("issueListTop")
        self._top_layout = QVBoxLayout(self._top)
        self._top_layout.setContentsMargins(6, 4, 6, 6)
        self._top_layout.setSpacing(4)
        self._top_layout.addWidget(self.counts_bar)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._top)
        top_line = QFrame(self)
        top_line.setFrameShape(QFrame.Shape.HLine)
        top_line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(top_line)
        layout.addWidget(self._stack, 1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self._count)

        # Count, empty state and re-selection are refreshed once per batch of changes (a burst
        # of pages or updates is many model signals; one refresh after them is enough).
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._refresh_state)
        self._proxy.filter_changed.connect(self._refresh.start)
        self._model.modelReset.connect(self._refresh.start)
        self._model.rowsInserted.connect(self._refresh.start)
        self._model.rowsRemoved.connect(self._refresh.start)
        self._model.dataChanged.connect(self._refresh.start)
        # Queue counts: after model changes (never on filter changes or paints), at most every
        # COUNTS_DELAY_MS: a stream of pages recounts a few times, not once per page.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(COUNTS_DELAY_MS)
        self._recount.timeout.connect(self.recount)
        for signal in (
            self._model.modelReset,
            self._model.rowsInserted,
            self._model.rowsRemoved,
            self._model.dataChanged,
        ):
            signal.connect(self._schedule_recount)
        self._proxy.filter_changed.connect(self._on_proxy_filter_changed)

        selection = self._view.selectionModel()
        selection.currentChanged.connect(self._on_selection_current_changed)
        # Rows merged or inserted above (a sync's batch, another account's page) keep the
        # current row where the seller sees it, not the scroll offset (which pushed it away).
        self._anchor: tuple[QPersistentModelIndex, int] | None = None
        self._keep_place = QTimer(self)
        self._keep_place.setSingleShot(True)
        self._keep_place.setInterval(0)  # after the view's own (delayed) relayout
        self._keep_place.timeout.connect(self._restore_place)
        for before in (self._proxy.layoutAboutToBeChanged, self._proxy.rowsAboutToBeInserted):
            before.connect(self._remember_place)
        for after in (self._proxy.layoutChanged, self._proxy.rowsInserted):
            after.connect(self._keep_place.start)

        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_REFRESH_MS)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt >= 6.5: follow dark mode at once
            hints.colorSchemeChanged.connect(self._on_color_scheme_changed)
        self._refresh_state()
        self.recount()
        self.counts_bar.set_current(self._proxy.queue())

    # -- accessors (read-only properties) -----------------------------------------------------
    @property
    def model(self) -> IssueListModel:
        return self._model

    @property
    def proxy(self) -> IssueFilterProxy:
        """What the filter bar binds to: ``filter_bar.bind(panel.proxy)``."""
        return self._proxy

    @property
    def view(self) -> IssueListView:
        return self._view

    @property
    def delegate(self) -> IssueDelegate:
        return self._delegate

    def set_filter_bar(self, bar: IssueFilterBar) -> None:
        """Put the filter bar above the list (below the counts) and let the counts drive it."""
        self._filter_bar = bar
        bar.setParent(self._top)
        self._top_layout.addWidget(bar)

    # -- queues -------------------------------------------------------------------------------
    def _schedule_recount(self) -> None:
        if not self._recount.isActive():  # not restarted: counts follow a long stream too
            # A count is one pass over every row (~25 ms at 100,000): a big list recounts at
            # most about once a second while pages stream in.
            rows = self._model.rowCount()
            self._recount.start(COUNTS_DELAY_MS if rows < 10_000 else rows // 50)

    def counts(self) -> QueueCounts:
        if self._counts is None:
            self.recount()
        assert self._counts is not None
        return self._counts

    def recount(self) -> None:
        """Count every queue (one pass over the rows' facts) and show the numbers."""
        self._recount.stop()
        # The accounts shown: every account's rows, or the one chosen in the filter bar.
        self._counts = count_queues(self._model.row_facts, account=self._proxy.account())
        self.counts_bar.set_counts(self._counts)
        self.counts_changed.emit(self._counts)

    def choose_queue(self, queue: Queue) -> None:
        """Show ``queue`` (through the filter bar when there is one, so it shows it too)."""
        if self._filter_bar is not None:
            self._filter_bar.apply_queue(queue)
        else:
            self._proxy.set_queue(queue)

    def _on_counts_bar_queue_chosen(self, queue: Queue) -> None:
        self.choose_queue(queue)

    def _on_proxy_filter_changed(self) -> None:
        self.counts_bar.set_current(self._proxy.queue())
        if self._counted_account != self._proxy.account():  # another account: its counts
            self._counted_account = self._proxy.account()
            self.recount()

    def _on_clock_timeout(self) -> None:
        self._proxy.refresh_time()  # "overdue" / "due today" move with the clock
        self.recount()
        self._view.viewport().update()

    def _on_color_scheme_changed(self, _scheme: object) -> None:
        from .. import palette

        palette.refresh()
        self.counts_bar.set_counts(self._counts)
        self._view.viewport().update()

    # -- keyboard -----------------------------------------------------------------------------
    def move_current(self, step: int) -> bool:
        """Move the current row by ``step`` (j/k); False at either end."""
        rows = self._proxy.rowCount()
        if not rows:
            return False
        current = self._view.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else rows - 1)
        if not 0 <= row < rows:
            return False
        index = self._proxy.index(row, 0)
        self._view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._view.scrollTo(index)
        return True

    def select_next_needing_me(self) -> bool:
        """Select the next shown row (after the current one, wrapping) whose issue needs me."""
        proxy, model = self._proxy, self._model
        rows = proxy.rowCount()
        if not rows:
            return False
        current = self._view.currentIndex()
        start = current.row() + 1 if current.isValid() else 0
        facts = model.row_facts
        for offset in range(rows):
            row = (start + offset) % rows
            source = proxy.mapToSource(proxy.index(row, 0)).row()
            if facts[source].needs_me:
                if current.isValid() and row == current.row():
                    return False  # the only one is already selected
                index = proxy.index(row, 0)
                self._view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self._view.scrollTo(index)
                return True
        return False

    # -- keeping the current row in its place --------------------------------------------------
    def _remember_place(self, *_args: object) -> None:
        if self._anchor is not None:  # a second change before the restore: keep the first
            return
        current = self._view.currentIndex()
        if not current.isValid():
            return
        top = self._view.visualRect(current).top()
        if 0 <= top < self._view.viewport().height():  # on screen: keep it there
            self._anchor = (QPersistentModelIndex(current), top)

    def _restore_place(self) -> None:
        anchor, self._anchor = self._anchor, None
        if anchor is None or not anchor[0].isValid():
            return
        self._view.doItemsLayout()  # now, not at the view's own delayed relayout
        index = self._proxy.index(anchor[0].row(), 0)
        moved = self._view.visualRect(index).top() - anchor[1]
        if moved:
            bar = self._view.verticalScrollBar()
            bar.setValue(bar.value() + moved)

    # -- data ---------------------------------------------------------------------------------
    def set_issues(self, issues: Iterable[Issue], *, account: str = "") -> None:
        """Replace the list; the selection stays on the same issue when it is still there."""
        keep = self.current_issue_id() or self._selected_id
        self._model.set_issues(issues, account=account)
        if keep is not None:
            self._select(keep)
        self._refresh_state()

    def replace_account_rows(self, account: str, rows: Iterable[RowFacts]) -> None:
        """Make ``rows`` (made beforehand, on a worker thread) ``account``'s rows; the other
        accounts' rows and the selection stay."""
        keep = self.current_issue_id() or self._selected_id
        self._model.replace_account_rows(account, rows)
        if keep is not None and not self._view.currentIndex().isValid():
            self._select(keep)
        self._refresh_state()

    def remove_account(self, account: str) -> None:
        """Drop ``account``'s rows (signed out, removed); a selection among them goes too."""
        current = self.current_issue_id()
        if current is not None and self.account_of(current) == account:
            self._selected_id = None
            self._view.selectionModel().clearCurrentIndex()
        self._model.remove_account(account)
        self._refresh_state()

    def account_of(self, issue_id: str) -> str | None:
        """The account of ``issue_id``'s row (None: not listed)."""
        row = self._model.row_of(issue_id)
        return None if row is None else self._model.facts_at(row).account

    def set_account_labels(self, labels: dict[str, str]) -> None:
        """The names rows show for their accounts (empty: one account, no names)."""
        self._delegate.set_account_labels(labels)
        if self._proxy.rowCount():  # (its viewport's first wrapper is dear; see view.py)
            self._view.viewport().update()

    def clear(self) -> None:
        """Empty the list and forget the selection (another account, signed out)."""
        self._selected_id = None
        self._view.selectionModel().clearCurrentIndex()
        self._model.set_issues([])
        self._refresh_state()

    def append_issues(self, issues: Iterable[Issue], *, account: str = "") -> None:
        self._model.append_issues(issues, account=account)

    def append_rows(self, rows: Iterable[RowFacts]) -> None:
        """New rows made beforehand; the selection stays on the same id."""
        self._model.append_rows(rows)

    def upsert_issue(self, issue: Issue, *, account: str = "") -> None:
        """Insert or update one issue; the selection stays on the same id."""
        self._model.upsert_issue(issue, account=account)

    def upsert_rows(self, rows: Iterable[RowFacts]) -> None:
        """:meth:`upsert_issue` with rows made beforehand."""
        self._model.upsert_rows(rows)

    def remove_issue(self, issue_id: str) -> None:
        self._model.remove_issue(issue_id)
        self._refresh_state()

    def set_unread(self, issue_ids: set[str]) -> None:
        self._model.set_unread(issue_ids)

    # -- selection ----------------------------------------------------------------------------
    def select_issue(self, issue_id: str) -> bool:
        """Make ``issue_id`` current (emits ``issue_selected`` if it changes); False if the
        issue is unknown or hidden by the filters."""
        return self._select(issue_id)

    def current_issue_id(self) -> str | None:
        index = self._view.currentIndex()
        if not index.isValid():
            return None
        value = index.data(IssueIdRole)
        return value if isinstance(value, str) else None

    def _select(self, issue_id: str) -> bool:
        row = self._model.row_of(issue_id)
        if row is None:
            return False
        index = self._proxy.mapFromSource(self._model.index(row, 0))
        if not index.isValid():
            return False
        self._view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._view.scrollTo(index)
        return True

    def _on_selection_current_changed(
        self,
        current: QModelIndex | QPersistentModelIndex,
        _previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not current.isValid():
            return  # filtered out or cleared: the detail keeps showing the last issue
        issue_id = current.data(IssueIdRole)
        if not isinstance(issue_id, str) or issue_id == self._selected_id:
            return
        self._selected_id = issue_id
        self.issue_selected.emit(issue_id)

    # -- state --------------------------------------------------------------------------------
    def _refresh_state(self) -> None:
        total = self._model.rowCount()
        shown = self._proxy.rowCount()
        if shown:
            self._stack.setCurrentWidget(self._view)
        else:
            self._empty.setText(
                self.tr("No issues match the filters")
                if total and self._proxy.is_filtering()
                else self.tr("No discussions or claims yet")
            )
            self._stack.setCurrentWidget(self._empty)
        self._count.setText(self._count_text(shown, total))
        # The selected issue was filtered out and is back: highlight it again (same id, so no
        # second issue_selected).
        if self._selected_id is not None and not self._view.currentIndex().isValid():
            self._select(self._selected_id)

    def _count_text(self, shown: int, total: int) -> str:
        locale = QLocale()
        if shown == total:
            text = self.tr("%Ln issue(s)", "", total)
        else:
            text = self.tr("%1 of %Ln issue(s)", "", total).replace("%1", locale.toString(shown))
        # Without a loaded English translation Qt leaves "(s)" in place: pick the plural here.
        return text.replace("issue(s)", "issue" if total == 1 else "issues")
