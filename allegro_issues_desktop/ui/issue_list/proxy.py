"""Filtering of the issue list: kind, open/closed, "awaiting my reply", "return decision
pending" and a free-text search. Sorting is delegated to the model (see ``model.py`` for why),
so this proxy never sorts and never calls a Python ``lessThan``.

Speed: ``QSortFilterProxyModel`` calls ``filterAcceptsRow`` once per source row on every
filter change, and each call from C++ into Python costs about a microsecond before it does
anything. So the verdicts for all rows are computed in one list comprehension when the filter
changes (a few ms for 10,000 rows) and ``filterAcceptsRow`` is a list lookup. The verdict list
follows the model's row changes through slots connected *before* the proxy's own (Qt calls
slots in connection order), so it is always aligned when Qt asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
    SignalInstance,
)

from ...domain import IssueKind, ReturnDecision
from .model import IssueListModel, RowFacts, SortKey, fold


class KindFilter(Enum):
    ALL = "all"
    DISCUSSIONS = "discussions"
    CLAIMS = "claims"


class StatusFilter(Enum):
    ALL = "all"
    OPEN = "open"
    CLOSED = "closed"


_KIND = {
    KindFilter.ALL: None,
    KindFilter.DISCUSSIONS: IssueKind.DISCUSSION,
    KindFilter.CLAIMS: IssueKind.CLAIM,
}
_OPEN = {StatusFilter.ALL: None, StatusFilter.OPEN: True, StatusFilter.CLOSED: False}
# Qt >= 6.10 wants beginFilterChange()/endFilterChange(); older Qt only has invalidateRowsFilter.
_HAS_FILTER_CHANGE = hasattr(QSortFilterProxyModel, "beginFilterChange") and hasattr(
    QSortFilterProxyModel, "Direction"
)


class IssueFilterProxy(QSortFilterProxyModel):
    """Filters an :class:`IssueListModel`; rows keep the model's order."""

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
        self._search_text = ""
        self._tokens: tuple[str, ...] = ()
        self._sort_key = SortKey.OPENED
        # Per source row, aligned with the model's rows (see _base_for).
        self._base: list[bool] = []
        self._keys: list[str] = []
        self._ids: list[str | None] = []
        self._verdicts: list[bool] = []
        # Issues whose saved conversation matches the search (full-text search in the store).
        self._text_matches: frozenset[str] = frozenset()
        self.setDynamicSortFilter(True)  # re-filter rows whose data changed (upserts)

    # -- source -----------------------------------------------------------------------------
    def setSourceModel(self, source_model: QAbstractItemModel) -> None:
        if not isinstance(source_model, IssueListModel):
            raise TypeError("IssueFilterProxy filters an IssueListModel")
        if self._model is not None:
            for signal, slot in self._model_slots(self._model):
                signal.disconnect(slot)
        self._model = source_model
        source_model.sort_by(self._sort_key)  # the model sorts; this proxy only filters
        # Connected before QSortFilterProxyModel connects its own handlers: ours run first.
        for signal, slot in self._model_slots(source_model):
            signal.connect(slot)
        self._recompute()
        super().setSourceModel(source_model)

    def _model_slots(self, model: IssueListModel) -> list[tuple[SignalInstance, Any]]:
        return [
            (model.modelReset, self._recompute),
            (model.layoutChanged, self._recompute),
            (model.rowsMoved, self._recompute),
            (model.rowsInserted, self._on_model_rows_inserted),
            (model.rowsRemoved, self._on_model_rows_removed),
            (model.dataChanged, self._on_model_data_changed),
        ]

    def issue_model(self) -> IssueListModel | None:
        return self._model

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

    def sort_key(self) -> SortKey:
        return self._sort_key

    def is_filtering(self) -> bool:
        """True when some filter may hide rows (for "No issues match" vs "no issues yet")."""
        return bool(
            self._kind is not None
            or self._open is not None
            or self._awaiting_only
            or self._pending_only
            or self._tokens
        )

    def set_kind_filter(self, value: KindFilter) -> None:
        if value is self._kind_filter:
            return
        self._begin()
        self._kind_filter = value
        self._kind = _KIND[value]
        self._end()

    def set_status_filter(self, value: StatusFilter) -> None:
        if value is self._status_filter:
            return
        self._begin()
        self._status_filter = value
        self._open = _OPEN[value]
        self._end()

    def set_awaiting_reply_only(self, on: bool) -> None:
        if on == self._awaiting_only:
            return
        self._begin()
        self._awaiting_only = on
        self._end()

    def set_return_pending_only(self, on: bool) -> None:
        if on == self._pending_only:
            return
        self._begin()
        self._pending_only = on
        self._end()

    def set_search_text(self, text: str) -> None:
        """Every whitespace-separated word must occur (case- and diacritics-insensitive)."""
        tokens = tuple(fold(text).split())
        self._search_text = text
        if tokens == self._tokens:
            return
        self._begin()
        self._tokens = tokens
        self._text_matches = frozenset()  # belonged to the previous words
        self._end(search_only=True)

    def set_text_matches(self, text: str, issue_ids: frozenset[str]) -> None:
        """Issues whose saved conversation matches ``text`` (the store's full-text search):
        shown too, if ``text`` is still what is searched for (a late answer is dropped)."""
        if text != self._search_text or issue_ids == self._text_matches:
            return
        self._begin()
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
        """Everything visible except closed issues (the default view), no search."""
        self._begin()
        self._kind_filter, self._kind = KindFilter.ALL, None
        self._status_filter, self._open = StatusFilter.OPEN, True
        self._awaiting_only = self._pending_only = False
        self._search_text, self._tokens = "", ()
        self._text_matches = frozenset()
        self._end()

    # -- filtering --------------------------------------------------------------------------
    def accepts(self, facts: RowFacts) -> bool:
        """The filter as a plain function of a row's facts (also used by tests and benches)."""
        if self._kind is not None and facts.kind is not self._kind:
            return False
        if self._open is not None and facts.open is not self._open:
            return False
        if self._awaiting_only and not facts.awaiting_reply:
            return False
        if self._pending_only and facts.return_decision is not ReturnDecision.PENDING:
            return False
        key = facts.search_key
        return all(token in key for token in self._tokens)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        # Called for each of the 10,000 rows on every keystroke: a list lookup, nothing more.
        try:
            return self._verdicts[source_row]
        except IndexError:  # out of step with the model (a bug): decide the slow way
            model = self._model
            return model is not None and self.accepts(model.row_facts[source_row])

    # The verdict is kept in three row-aligned lists: ``_base`` (kind / open / awaiting /
    # pending), ``_keys`` (search keys) and ``_verdicts`` (base and search). A keystroke only
    # redoes the search pass over plain strings: about 1 ms for 10,000 rows.
    def _base_for(self, rows: Sequence[RowFacts]) -> list[bool]:
        kind, want_open = self._kind, self._open
        awaiting, pending = self._awaiting_only, self._pending_only
        if kind is None and want_open is None and not awaiting and not pending:
            return [True] * len(rows)
        pending_value = ReturnDecision.PENDING
        return [
            (kind is None or f.kind is kind)
            and (want_open is None or f.open is want_open)
            and (not awaiting or f.awaiting_reply)
            and (not pending or f.return_decision is pending_value)
            for f in rows
        ]

    def _match(self, base: list[bool], keys: list[str], ids: list[str | None]) -> list[bool]:
        verdicts = base
        for token in self._tokens:
            verdicts = [v and token in k for v, k in zip(verdicts, keys, strict=True)]
        extra = self._text_matches
        if extra and self._tokens:  # or a match inside the saved conversation
            verdicts = [
                v or (b and i in extra) for v, b, i in zip(verdicts, base, ids, strict=True)
            ]
        return verdicts if verdicts is not base else list(base)

    def _columns(
        self, rows: Sequence[RowFacts]
    ) -> tuple[list[bool], list[str], list[str | None], list[bool]]:
        base = self._base_for(rows)
        keys = [f.search_key for f in rows]
        ids = [f.issue_id for f in rows]
        return base, keys, ids, self._match(base, keys, ids)

    def _recompute(self) -> None:
        rows = self._model.row_facts if self._model is not None else ()
        self._base, self._keys, self._ids, self._verdicts = self._columns(rows)

    def _replace_rows(self, first: int, stop: int, rows: Sequence[RowFacts]) -> None:
        """Rows ``first:stop`` (old numbering) became ``rows``."""
        base, keys, ids, verdicts = self._columns(rows)
        self._base[first:stop] = base
        self._keys[first:stop] = keys
        self._ids[first:stop] = ids
        self._verdicts[first:stop] = verdicts

    def _on_model_rows_inserted(
        self, _parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        assert self._model is not None
        self._replace_rows(first, first, self._model.row_facts[first : last + 1])

    def _on_model_rows_removed(
        self, _parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        self._replace_rows(first, last + 1, ())

    def _on_model_data_changed(
        self,
        top: QModelIndex | QPersistentModelIndex,
        bottom: QModelIndex | QPersistentModelIndex,
        _roles: list[int] = [],  # noqa: B006  (Qt may call without it; never mutated)
    ) -> None:
        assert self._model is not None
        first, last = top.row(), bottom.row()
        self._replace_rows(first, last + 1, self._model.row_facts[first : last + 1])

    def _begin(self) -> None:
        if _HAS_FILTER_CHANGE:
            self.beginFilterChange()

    def _end(self, *, search_only: bool = False) -> None:
        if search_only:
            self._verdicts = self._match(self._base, self._keys, self._ids)
        else:
            self._recompute()
        if _HAS_FILTER_CHANGE:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt < 6.10
            self.invalidateRowsFilter()
        self.filter_changed.emit()
