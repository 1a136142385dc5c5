"""Filtering of the issue list: kind, open/closed, "awaiting my reply", "return decision
pending", the work queues (:class:`Queue`, presets of those filters plus a few predicates
such as "needs me" and "overdue") and a free-text search. Sorting is delegated to the model
(see ``model.py`` for why), so this proxy never sorts and never calls a Python ``lessThan``.

Speed (issue #10, 100,000 rows): the proxy is a list model of its own, not a
``QSortFilterProxyModel`` (see :class:`IssueFilterProxy`). The verdicts for all rows are
computed in one list comprehension per filter change (a typed letter only re-tests the rows
shown), the shown rows are an ascending list of source rows, and every filter change is one
layout change (selection and persistent indexes follow their rows). Per-row columns (base
verdict, search key, id, verdict) follow the model's row signals, so they are always aligned.
"""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import Enum
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Any

import msgspec
from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
    SignalInstance,
)

from ...domain import IssueKind, ReturnDecision
from . import model as model_bits
from .model import IssueListModel, LayoutPlan, RowFacts, SortKey, fold, merge_groups


class KindFilter(Enum):
    ALL = "all"
    DISCUSSIONS = "discussions"
    CLAIMS = "claims"


class StatusFilter(Enum):
    ALL = "all"
    OPEN = "open"
    CLOSED = "closed"


class Extra(Enum):
    """A queue's own predicate on top of the filter bar's controls."""

    NEEDS_ME = "needs_me"  # domain.needs_me
    OVERDUE = "overdue"  # open, Allegro's deadline has passed
    DUE_TODAY = "due_today"  # open, the deadline is later today
    TO_DECIDE = "to_decide"  # a verdict or return decision only I can make
    WAITING = "waiting"  # open, nothing for me to do: waiting for the buyer (or Allegro)


class Queue(Enum):
    """Work queues in the spirit of a helpdesk; each is a preset of the proxy's filters.

    CUSTOM is whatever the filter bar's controls say (no queue predicate)."""

    NEEDS_ME = "needs_me"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    AWAITING_REPLY = "awaiting_reply"
    RETURN_DECISION = "return_decision"
    ALL_OPEN = "all_open"
    CLAIMS_TO_DECIDE = "claims_to_decide"
    CLAIMS_TO_ANSWER = "claims_to_answer"
    CLAIMS_RESOLVED = "claims_resolved"
    DISCUSSIONS_TO_ANSWER = "discussions_to_answer"
    DISCUSSIONS_WAITING = "discussions_waiting"
    DISCUSSIONS_CLOSED = "discussions_closed"
    EVERYTHING = "everything"
    CUSTOM = "custom"


class QueuePreset(msgspec.Struct, frozen=True):
    kind: KindFilter = KindFilter.ALL
    status: StatusFilter = StatusFilter.OPEN
    awaiting: bool = False
    pending: bool = False
    extra: Extra | None = None


_K, _S = KindFilter, StatusFilter
QUEUE_PRESETS: dict[Queue, QueuePreset] = {
    Queue.NEEDS_ME: QueuePreset(extra=Extra.NEEDS_ME),
    Queue.OVERDUE: QueuePreset(extra=Extra.OVERDUE),
    Queue.DUE_TODAY: QueuePreset(extra=Extra.DUE_TODAY),
    Queue.AWAITING_REPLY: QueuePreset(awaiting=True),
    Queue.RETURN_DECISION: QueuePreset(pending=True),
    Queue.ALL_OPEN: QueuePreset(),
    Queue.CLAIMS_TO_DECIDE: QueuePreset(_K.CLAIMS, extra=Extra.TO_DECIDE),
    Queue.CLAIMS_TO_ANSWER: QueuePreset(_K.CLAIMS, awaiting=True),
    Queue.CLAIMS_RESOLVED: QueuePreset(_K.CLAIMS, _S.CLOSED),
    Queue.DISCUSSIONS_TO_ANSWER: QueuePreset(_K.DISCUSSIONS, awaiting=True),
    Queue.DISCUSSIONS_WAITING: QueuePreset(_K.DISCUSSIONS, extra=Extra.WAITING),
    Queue.DISCUSSIONS_CLOSED: QueuePreset(_K.DISCUSSIONS, _S.CLOSED),
    Queue.EVERYTHING: QueuePreset(status=_S.ALL),
}
#: The queue a fresh window shows (applied by the filter bar; a bare proxy shows all open).
DEFAULT_QUEUE = Queue.NEEDS_ME
#: The order a fresh window shows: what needs me first (applied by the filter bar).
DEFAULT_SORT = SortKey.TRIAGE


def _end_of_today(now: float) -> float:
    """The next local midnight after ``now`` (POSIX seconds)."""
    local = datetime.fromtimestamp(now).astimezone()
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.timestamp()


class QueueCounts(msgspec.Struct, frozen=True):
    """How many rows each queue holds now (one pass over the rows: :func:`count_queues`)."""

    counts: dict[Queue, int]

    def __getitem__(self, queue: Queue) -> int:
        return self.counts.get(queue, 0)


_QUEUE_BITS: dict[Queue, int] = {
    Queue.NEEDS_ME: model_bits.Q_NEEDS_ME,
    Queue.AWAITING_REPLY: model_bits.Q_AWAITING_REPLY,
    Queue.RETURN_DECISION: model_bits.Q_RETURN_DECISION,
    Queue.ALL_OPEN: model_bits.Q_OPEN,
    Queue.CLAIMS_TO_DECIDE: model_bits.Q_CLAIM_TO_DECIDE,
    Queue.CLAIMS_TO_ANSWER: model_bits.Q_CLAIM_TO_ANSWER,
    Queue.CLAIMS_RESOLVED: model_bits.Q_CLAIM_CLOSED,
    Queue.DISCUSSIONS_TO_ANSWER: model_bits.Q_DISCUSSION_TO_ANSWER,
    Queue.DISCUSSIONS_WAITING: model_bits.Q_DISCUSSION_WAITING,
    Queue.DISCUSSIONS_CLOSED: model_bits.Q_DISCUSSION_CLOSED,
}
_BITS_OF = attrgetter("queue_bits")
_KEY_OF = attrgetter("search_key")
_ID_OF = attrgetter("issue_id")
_DEADLINE_OF = attrgetter("deadline")


def count_queues(
    rows: Sequence[RowFacts], now: float | None = None, account: str | None = None
) -> QueueCounts:
    """Every queue's size in one pass over the rows' precomputed facts: a ``Counter`` of the
    rows' queue bits (C speed; ~1 ms for 10,000 rows) plus one pass over the deadlines for
    the clock-dependent queues. Run once per change set, never per paint or keystroke.

    ``account``: count only that account's rows (``None``: every account)."""
    if account is not None:
        rows = [f for f in rows if f.account == account]
    at = time.time() if now is None else now
    midnight = _end_of_today(at)
    c = dict.fromkeys(Queue, 0)
    for mask, n in Counter(map(_BITS_OF, rows)).items():
        for queue, bit in _QUEUE_BITS.items():
            if mask & bit:
                c[queue] += n
    # deadline() is None for closed issues: every deadline here belongs to an open one.
    dues = [d for d in map(_DEADLINE_OF, rows) if d is not None]
    c[Queue.OVERDUE] = sum(1 for d in dues if d < at)
    c[Queue.DUE_TODAY] = sum(1 for d in dues if at <= d < midnight)
    c[Queue.EVERYTHING] = len(rows)
    return QueueCounts(c)


_KIND = {
    KindFilter.ALL: None,
    KindFilter.DISCUSSIONS: IssueKind.DISCUSSION,
    KindFilter.CLAIMS: IssueKind.CLAIM,
}
_OPEN = {StatusFilter.ALL: None, StatusFilter.OPEN: True, StatusFilter.CLOSED: False}
ModelIndex = QModelIndex | QPersistentModelIndex
# Rows added to the C++ row count per insertRows call (see IssueFilterProxy._set_count), and
# the most rows told as one insert (more: one layout change).
_GROW_CHUNK = 128
_MAX_INSERT = 1000


class IssueFilterProxy(QStringListModel):
    """The rows of an :class:`IssueListModel` the filters accept, in the model's order.

    A proxy of its own rather than a ``QSortFilterProxyModel``: that one asks the Python
    ``filterAcceptsRow`` about every source row on every filter change (~1.4 µs each through
    the binding: 140 ms per keystroke at 100,000 rows) and re-inserts the rows a widening
    search brings back one interval at a time (quadratic: ~1 s at 100,000 rows). Here the
    verdicts are computed in one list comprehension per change, the shown rows are a sorted
    list of source rows (``mapFromSource`` is a bisection) and a filter change is one layout
    change whatever it shows or hides.

    Why a ``QStringListModel`` underneath: a view lays out a list by creating an index for
    every row, and with a Python ``rowCount`` each of those is a call into Python (~0.5 s per
    relayout of 100,000 rows). The C++ string list (empty strings, one per shown row) keeps
    ``rowCount``/``index`` in C++; only ``data`` (the rows painted) is Python. Its row count
    follows ``_shown`` through ``insertRows``/``removeRows`` (signals blocked inside a layout
    change); it is never edited (no ``ItemIsEditable``; ``setData`` refuses).
    """

    #: Emitted once after any filter or sort change has been applied.
    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model: IssueListModel | None = None
        self._kind: IssueKind | None = None
        self._kind_filter = KindFilter.ALL
        self._status_filter = StatusFilter.OPEN
        self._open: bool | None = True
        self._awaiting_only = False
        self._pending_only = False
        self._queue = Queue.ALL_OPEN
        self._extra: Extra | None = None
        self._search_text = ""
        self._tokens: tuple[str, ...] = ()
        self._account: str | None = None  # None: every account's rows
        self._sort_key = SortKey.OPENED  # the window's default view: DEFAULT_SORT (filter bar)
        # Per source row, aligned with the model's rows (kept aligned by the _on_source_*).
        self._base: list[bool] = []
        self._keys: list[str] | None = None  # the search keys, cached while searching
        self._verdicts: list[bool] = []
        # Proxy row -> source row (ascending: the proxy keeps the model's order).
        self._shown: list[int] = []
        # The mapping after a pending insertRows/removeRows, applied by the first slot on our
        # own rowsInserted/rowsRemoved (connected here, before any view): views see the old
        # mapping while told "about to", the new one when told it happened.
        self._pending: list[int] | None = None
        self.rowsInserted.connect(self._commit_pending)
        self.rowsRemoved.connect(self._commit_pending)
        self._saved_layout: tuple[list[QModelIndex], list[QPersistentModelIndex]] = ([], [])
        # Issues whose saved conversation matches the search (full-text search in the store).
        self._text_matches: frozenset[str] = frozenset()

    # -- source -----------------------------------------------------------------------------
    def setSourceModel(self, source_model: QAbstractItemModel) -> None:
        if not isinstance(source_model, IssueListModel):
            raise TypeError("IssueFilterProxy filters an IssueListModel")
        self.beginResetModel()
        if self._model is not None:
            for signal, slot in self._model_slots(self._model):
                signal.disconnect(slot)
        self._model = source_model
        source_model.sort_by(self._sort_key)  # the model sorts; this proxy only filters
        for signal, slot in self._model_slots(source_model):
            signal.connect(slot)
        self._shown = self._recompute()
        self._set_count(len(self._shown))
        self.endResetModel()

    def sourceModel(self) -> IssueListModel | None:
        return self._model

    def _model_slots(self, model: IssueListModel) -> list[tuple[SignalInstance, Any]]:
        return [
            (model.modelAboutToBeReset, self._on_source_about_to_be_reset),
            (model.modelReset, self._on_source_reset),
            (model.layoutAboutToBeChanged, self._on_source_layout_about_to_change),
            (model.layoutChanged, self._on_source_layout_changed),
            (model.rowsAboutToBeMoved, self._on_source_layout_about_to_change),
            (model.rowsMoved, self._on_source_layout_changed),
            (model.rowsInserted, self._on_source_rows_inserted),
            (model.rowsAboutToBeRemoved, self._on_source_rows_about_to_be_removed),
            (model.rowsRemoved, self._on_source_rows_removed),
            (model.dataChanged, self._on_source_data_changed),
        ]

    def issue_model(self) -> IssueListModel | None:
        return self._model

    # -- Qt API -------------------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if self._model is None or not index.isValid() or not 0 <= row < len(self._shown):
            return None
        return self._model.row_data(self._shown[row], role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return model_bits.ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # a filter, not a store

    def roleNames(self) -> dict[int, QByteArray]:
        return self._model.roleNames() if self._model is not None else super().roleNames()

    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:
        row = proxy_index.row()
        if self._model is None or not proxy_index.isValid() or not 0 <= row < len(self._shown):
            return QModelIndex()
        return self._model.index(self._shown[row], 0)

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        return self._from_source_row(source_index.row())

    # -- filter state -------------------------------------------------------------------------
    def kind_filter(self) -> KindFilter:
        return self._kind_filter

    def status_filter(self) -> StatusFilter:
        return self._status_filter

    def awaiting_reply_only(self) -> bool:
        return self._awaiting_only

    def return_pending_only(self) -> bool:
        return self._pending_only

    def search_text(self) -> str:
        return self._search_text

    def account(self) -> str | None:
        return self._account

    def set_account(self, account: str | None) -> None:
        """Show only the rows of ``account`` (``None``: every account). Combines with every
        other filter; not a "filter" for :meth:`is_filtering` (an empty account is empty)."""
        if account == self._account:
            return
        self._account = account
        self._end()

    def count_queues(self, now: float | None = None) -> QueueCounts:
        """The queue sizes of the account shown (every account's when none is chosen)."""
        rows = self._model.row_facts if self._model is not None else ()
        return count_queues(rows, now, self._account)

    def queue(self) -> Queue:
        return self._queue

    def set_queue(self, queue: Queue) -> None:
        """Apply a queue's preset (kind, status, toggles, predicate); the search stays."""
        if queue is Queue.CUSTOM:
            if self._queue is not Queue.CUSTOM:
                self._queue, self._extra = Queue.CUSTOM, None
                self._end()
            return
        preset = QUEUE_PRESETS[queue]
        if queue is self._queue and self._matches(preset):
            return
        self._kind_filter, self._kind = preset.kind, _KIND[preset.kind]
        self._status_filter, self._open = preset.status, _OPEN[preset.status]
        self._awaiting_only, self._pending_only = preset.awaiting, preset.pending
        self._extra = preset.extra
        self._queue = queue
        self._end()

    def queue_is_timed(self) -> bool:
        """The queue's rows change with the clock (overdue, due today): refilter now and then."""
        return self._extra in (Extra.OVERDUE, Extra.DUE_TODAY)

    def refresh_time(self) -> None:
        """Re-apply a clock-dependent queue (the panel calls this every minute)."""
        if self.queue_is_timed():
            self._end()

    def _matches(self, preset: QueuePreset) -> bool:
        return (
            preset.kind is self._kind_filter
            and preset.status is self._status_filter
            and preset.awaiting == self._awaiting_only
            and preset.pending == self._pending_only
            and preset.extra is self._extra
        )

    def _manual_change(self) -> None:
        """A control of the filter bar changed: the queue's predicate goes; if the controls
        now equal a queue without a predicate, that queue is the one shown."""
        self._extra = None
        self._queue = next(
            (q for q, p in QUEUE_PRESETS.items() if p.extra is None and self._matches(p)),
            Queue.CUSTOM,
        )

    def sort_key(self) -> SortKey:
        return self._sort_key

    def is_filtering(self) -> bool:
        """True when some filter may hide rows (for "No issues match" vs "no issues yet")."""
        return bool(
            self._kind is not None
            or self._open is not None
            or self._awaiting_only
            or self._pending_only
            or self._extra is not None
            or self._tokens
        )

    def set_kind_filter(self, value: KindFilter) -> None:
        if value is self._kind_filter:
            return
        self._kind_filter = value
        self._kind = _KIND[value]
        self._manual_change()
        self._end()

    def set_status_filter(self, value: StatusFilter) -> None:
        if value is self._status_filter:
            return
        self._status_filter = value
        self._open = _OPEN[value]
        self._manual_change()
        self._end()

    def set_awaiting_reply_only(self, on: bool) -> None:
        if on == self._awaiting_only:
            return
        self._awaiting_only = on
        self._manual_change()
        self._end()

    def set_return_pending_only(self, on: bool) -> None:
        if on == self._pending_only:
            return
        self._pending_only = on
        self._manual_change()
        self._end()

    def set_search_text(self, text: str) -> None:
        """Every whitespace-separated word must occur (case- and diacritics-insensitive)."""
        tokens = tuple(fold(text).split())
        self._search_text = text
        if tokens == self._tokens:
            return
        # Every old word is inside a new one (a letter typed): only the rows shown can match.
        narrower = all(any(old in new for new in tokens) for old in self._tokens)
        self._tokens = tokens
        self._text_matches = frozenset()  # belonged to the previous words
        self._end(search_only=True, narrower=narrower)

    def set_text_matches(self, text: str, issue_ids: frozenset[str]) -> None:
        """Issues whose saved conversation matches ``text`` (the store's full-text search):
        shown too, if ``text`` is still what is searched for (a late answer is dropped)."""
        if text != self._search_text or issue_ids == self._text_matches:
            return
        self._text_matches = issue_ids
        self._end(search_only=True)

    def set_sort_key(self, key: SortKey) -> None:
        if key is self._sort_key:
            return
        self._sort_key = key
        if self._model is not None:
            self._model.sort_by(key)  # a source layout change; the proxy follows it
        self.filter_changed.emit()

    def reset_filters(self) -> None:
        """Every open issue (the "All open" queue), no search."""
        self._kind_filter, self._kind = KindFilter.ALL, None
        self._status_filter, self._open = StatusFilter.OPEN, True
        self._awaiting_only = self._pending_only = False
        self._queue, self._extra = Queue.ALL_OPEN, None
        self._search_text, self._tokens = "", ()
        self._text_matches = frozenset()
        self._end()

    # -- filtering --------------------------------------------------------------------------
    def accepts(self, facts: RowFacts) -> bool:
        """The filter as a plain function of a row's facts (also used by tests and benches)."""
        if self._account is not None and facts.account != self._account:
            return False
        if self._kind is not None and facts.kind is not self._kind:
            return False
        if self._open is not None and facts.open is not self._open:
            return False
        if self._awaiting_only and not facts.awaiting_reply:
            return False
        if self._pending_only and facts.return_decision is not ReturnDecision.PENDING:
            return False
        if self._extra is not None and not self._extra_test(time.time())(facts):
            return False
        key = facts.search_key
        return all(token in key for token in self._tokens)

    def filterAcceptsRow(self, source_row: int, _source_parent: ModelIndex | None = None) -> bool:
        """Whether source row ``source_row`` is shown (a list lookup)."""
        return 0 <= source_row < len(self._verdicts) and self._verdicts[source_row]

    # The verdict is kept in row-aligned lists: ``_base`` (kind / open / awaiting / pending /
    # account / queue), ``_verdicts`` (base and search) and, while searching, ``_keys`` (the
    # search keys). A keystroke only redoes the search pass over plain strings.
    def _extra_test(self, now: float) -> Any:
        extra = self._extra
        if extra is Extra.NEEDS_ME:
            return lambda f: f.needs_me
        if extra is Extra.TO_DECIDE:
            return lambda f: f.open and f.needs_decision
        if extra is Extra.WAITING:
            return lambda f: f.open and not f.needs_me
        if extra is Extra.OVERDUE:
            return lambda f: f.open and f.deadline is not None and f.deadline < now
        if extra is Extra.DUE_TODAY:
            midnight = _end_of_today(now)
            return lambda f: f.open and f.deadline is not None and now <= f.deadline < midnight
        return lambda _f: True

    def _base_for(self, rows: Sequence[RowFacts]) -> list[bool]:
        kind, want_open = self._kind, self._open
        awaiting, pending = self._awaiting_only, self._pending_only
        extra, account = self._extra, self._account
        if kind is None and want_open is None and not awaiting and not pending and not extra:
            if account is None:
                return [True] * len(rows)
            return [f.account == account for f in rows]
        pending_value = ReturnDecision.PENDING
        base = [
            (account is None or f.account == account)
            and (kind is None or f.kind is kind)
            and (want_open is None or f.open is want_open)
            and (not awaiting or f.awaiting_reply)
            and (not pending or f.return_decision is pending_value)
            for f in rows
        ]
        if extra is None:
            return base
        test = self._extra_test(time.time())
        return [b and test(f) for b, f in zip(base, rows, strict=True)]

    def _match(
        self, base: list[bool], rows: Sequence[RowFacts], keys: list[str] | None = None
    ) -> list[bool]:
        tokens = self._tokens
        if not tokens:
            return list(base)
        if keys is None:
            keys = list(map(_KEY_OF, rows))
        verdicts = base
        for token in tokens:
            verdicts = [v and token in k for v, k in zip(verdicts, keys, strict=True)]
        extra = self._text_matches
        if extra:  # or a match inside the saved conversation
            ids = map(_ID_OF, rows)
            verdicts = [
                v or (b and i in extra) for v, b, i in zip(verdicts, base, ids, strict=True)
            ]
        return verdicts

    def _rows(self) -> Sequence[RowFacts]:
        return self._model.row_facts if self._model is not None else ()

    def _all_keys(self) -> list[str] | None:
        """Every row's search key while a search is on (cached until the rows change)."""
        if not self._tokens:
            return None
        if self._keys is None:
            self._keys = list(map(_KEY_OF, self._rows()))
        return self._keys

    def _recompute(self) -> list[int]:
        """Recompute every row's columns; returns the rows to show (not applied yet)."""
        rows = self._rows()
        self._keys = None
        self._base = self._base_for(rows)
        self._verdicts = self._match(self._base, rows, self._all_keys())
        return list(compress(range(len(rows)), self._verdicts))

    def _splice(self, first: int, stop: int, rows: Sequence[RowFacts]) -> list[bool]:
        """Source rows ``first:stop`` (old numbering) became ``rows``: their verdicts."""
        base = self._base_for(rows)
        verdicts = self._match(base, rows)
        self._base[first:stop] = base
        self._verdicts[first:stop] = verdicts
        if self._keys is not None:
            self._keys[first:stop] = map(_KEY_OF, rows)
        return verdicts

    # -- following the source model ---------------------------------------------------------
    def _on_source_about_to_be_reset(self) -> None:
        self.beginResetModel()

    def _on_source_reset(self) -> None:
        self._shown = self._recompute()
        self._set_count(len(self._shown))
        self.endResetModel()

    def _on_source_layout_about_to_change(self, *_args: object) -> None:
        """Before a sort, a move or a batch merge: remember each persistent proxy index's
        source row as a source persistent index (the model moves those for us)."""
        self.layoutAboutToBeChanged.emit()
        assert self._model is not None
        persistent = self.persistentIndexList()
        model, shown = self._model, self._shown
        self._saved_layout = (
            persistent,
            [
                QPersistentModelIndex(model.index(shown[i.row()], 0))
                if 0 <= i.row() < len(shown)
                else QPersistentModelIndex()
                for i in persistent
            ],
        )

    def _on_source_layout_changed(self, *_args: object) -> None:
        persistent, sources = self._saved_layout
        self._saved_layout = ([], [])
        plan = self._model.layout_plan() if self._model is not None else None
        shown = self._permute(plan) if plan is not None else self._recompute()
        self._relayout(shown, persistent, [s.row() if s.isValid() else -1 for s in sources])
        self.layoutChanged.emit()

    def _permute(self, plan: LayoutPlan) -> list[int]:
        """The model reordered its rows (a sort, a move) or merged a page in: move the per-row
        columns along (C-speed slices / ``itemgetter``) instead of recomputing them all."""
        added = plan.added
        base = self._base_for(added)
        verdicts = self._match(base, added)
        if plan.groups is not None:
            groups = plan.groups
            self._base = merge_groups(self._base, base, groups)
            self._verdicts = merge_groups(self._verdicts, verdicts, groups)
            if self._keys is not None:
                self._keys = merge_groups(self._keys, list(map(_KEY_OF, added)), groups)
        elif plan.order is not None and len(plan.order) > 1:
            pick = itemgetter(*plan.order)
            self._base = list(pick(self._base + base))
            self._verdicts = list(pick(self._verdicts + verdicts))
            self._keys = None  # rebuilt by the next search
        else:
            return self._recompute()
        return list(compress(range(len(self._verdicts)), self._verdicts))

    def _on_source_rows_inserted(self, _parent: ModelIndex, first: int, last: int) -> None:
        assert self._model is not None
        count = last - first + 1
        verdicts = self._splice(first, first, self._model.row_facts[first : last + 1])
        shown = self._shown
        at = bisect_left(shown, first)
        tail = [r + count for r in shown[at:]] if at < len(shown) else []
        fresh = [first + n for n in compress(range(count), verdicts)]
        if not fresh:
            shown[at:] = tail
            return
        # While told "about to", views see the rows they have, in the source's new numbering.
        self._shown = [*shown[:at], *tail]
        # The new rows are contiguous in the source, so the accepted ones are contiguous here.
        if len(fresh) > _MAX_INSERT:  # a big batch: one layout change (see _set_count)
            self._show([*shown[:at], *fresh, *tail])
            return
        self._pending = [*shown[:at], *fresh, *tail]
        self.insertRows(at, len(fresh))

    def _on_source_rows_about_to_be_removed(
        self, _parent: ModelIndex, first: int, last: int
    ) -> None:
        # Told before the source rows go, so views are told while the rows still exist.
        shown = self._shown
        start, stop = bisect_left(shown, first), bisect_right(shown, last)
        if stop > start:
            self._pending = shown[:start] + shown[stop:]  # source numbering fixed below
            self.removeRows(start, stop - start)

    def _on_source_rows_removed(self, _parent: ModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        self._splice(first, last + 1, ())
        shown = self._shown
        at = bisect_left(shown, first)
        shown[at:] = [r - count for r in shown[at:]]

    def _on_source_data_changed(
        self,
        top: ModelIndex,
        bottom: ModelIndex,
        roles: list[int] = [],  # noqa: B006  (Qt may call without it; never mutated)
    ) -> None:
        assert self._model is not None
        first, last = top.row(), bottom.row()
        before = self._verdicts[first : last + 1]
        after = self._splice(first, last + 1, self._model.row_facts[first : last + 1])
        shown = self._shown
        if before == after:
            start, stop = bisect_left(shown, first), bisect_right(shown, last)
            if stop > start:
                self.dataChanged.emit(self.index(start, 0), self.index(stop - 1, 0), roles)
        elif first == last:  # one row came or went (an upsert): one insert or removal
            at = bisect_left(shown, first)
            if after[0]:
                self._pending = [*shown[:at], first, *shown[at:]]
                self.insertRows(at, 1)
            else:
                self._pending = shown[:at] + shown[at + 1 :]
                self.removeRows(at, 1)
        else:
            self._show(list(compress(range(len(self._verdicts)), self._verdicts)))

    # -- proxy rows ---------------------------------------------------------------------------
    def _commit_pending(self, *_args: object) -> None:
        if self._pending is not None:
            self._shown, self._pending = self._pending, None

    def _set_count(self, count: int) -> None:
        """Make the C++ row count ``count`` without telling anyone (inside a reset or a layout
        change, which tell the views themselves); rows are added or dropped at the end."""
        rows = self.rowCount()
        if rows == count:
            return
        blocked = self.blockSignals(True)
        try:
            # QStringListModel.insertRows inserts one string at a time at the same position
            # (quadratic in the count): in chunks at the end, it stays linear.
            while rows < count:
                chunk = min(_GROW_CHUNK, count - rows)
                self.insertRows(rows, chunk)
                rows += chunk
            if rows > count:
                self.removeRows(count, rows - count)  # one erase: linear
        finally:
            self.blockSignals(blocked)

    def _relayout(
        self, shown: list[int], persistent: list[QModelIndex], sources: list[int]
    ) -> None:
        """Inside a layout change: show ``shown``; the persistent indexes go to the rows now
        showing their source rows (``sources``, -1: none), or become invalid."""
        self._shown = shown
        if len(shown) > self.rowCount():
            self._set_count(len(shown))  # first, so the new rows exist for the targets
        targets = [self._from_source_row(s) if s >= 0 else QModelIndex() for s in sources]
        self.changePersistentIndexList(persistent, targets)
        self._set_count(len(shown))  # no persistent index is left on the rows dropped here

    def _from_source_row(self, source_row: int) -> QModelIndex:
        shown = self._shown
        at = bisect_left(shown, source_row)
        if at < len(shown) and shown[at] == source_row:
            return self.index(at, 0)
        return QModelIndex()

    def _show(self, shown: list[int]) -> None:
        """Show the source rows ``shown`` (ascending): one layout change, however many rows
        come or go. QSortFilterProxyModel tells the view about every interval that comes
        back, one insert at a time, which is quadratic when a search widens over 100,000
        rows (~1 s); here selection and persistent indexes follow their rows (or become
        invalid when filtered out)."""
        if shown == self._shown:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old = self._shown
        sources = [old[i.row()] if 0 <= i.row() < len(old) else -1 for i in persistent]
        self._relayout(shown, persistent, sources)
        self.layoutChanged.emit()

    def _end(self, *, search_only: bool = False, narrower: bool = False) -> None:
        """Apply the filters changed since the last call. ``narrower``: the search only got
        stricter (a letter typed), so only the rows shown now need testing."""
        n = len(self._verdicts)
        if narrower and not self._text_matches and len(self._shown) * 2 < n:
            keys = self._all_keys()
            assert keys is not None  # narrower implies a search
            shown = self._shown
            for token in self._tokens:
                shown = [r for r in shown if token in keys[r]]
            verdicts = [False] * n
            for r in shown:
                verdicts[r] = True
            self._verdicts = verdicts
        else:
            if search_only:
                self._verdicts = self._match(self._base, self._rows(), self._all_keys())
                shown = list(compress(range(n), self._verdicts))
            else:
                shown = self._recompute()
        self._show(shown)
        self.filter_changed.emit()
