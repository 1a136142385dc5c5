"""The issue list model: a flat Qt list over domain ``Issue`` objects.

Why the model keeps its rows in the *display* order (instead of letting the proxy sort):
``QSortFilterProxyModel`` sorts through a Python ``lessThan`` (or a Python ``data()`` per
comparison); with 10,000 rows every sort costs ~130,000 Python calls (~300 ms here) and every
filter change that brings rows back costs k·log(n) more. Sorting a Python list of keys takes a
few milliseconds, so the model sorts itself (``sort_by``, a layout change that keeps persistent
indexes) and the proxy only filters, in source order. The model keeps the current order's key
of each row (one tuple per row; computed again when the order changes) so that inserts bisect
at C speed.

Everything the proxy and the delegate need per row (search key, kind, open, whose turn, return
decision, sort values) is computed once per row, in :class:`RowFacts` (``rows.py``, no Qt: the
window may compute it on a worker thread and insert with ``append_rows``/``replace_rows``).

Batches: a page whose rows land in one place is one insert; in a few places, a few inserts
(bottom up); in many places of a long list (e.g. sorted by deadline) one layout change whose
``layout_plan`` lets the proxy move its per-row verdicts along instead of recomputing them.
Rows are keyed by issue id alone (Allegro issue ids are UUIDs, unique across accounts).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from itertools import compress
from typing import Any, TypeVar

import msgspec
from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...domain import Issue
from ...domain.text import display_text
from ..labels import _reasons as _reason_names  # the reason codes' translated names
from .rows import (
    Q_AWAITING_REPLY,
    Q_CLAIM_CLOSED,
    Q_CLAIM_TO_ANSWER,
    Q_CLAIM_TO_DECIDE,
    Q_DISCUSSION_CLOSED,
    Q_DISCUSSION_TO_ANSWER,
    Q_DISCUSSION_WAITING,
    Q_NEEDS_ME,
    Q_OPEN,
    Q_RETURN_DECISION,
    SORT_KEYS,
    RowFacts,
    SortKey,
    SortTuple,
    fold,
    set_reason_names,
)

__all__ = [  # the row facts live in rows.py (no Qt); re-exported for existing imports
    "Q_AWAITING_REPLY",
    "Q_CLAIM_CLOSED",
    "Q_CLAIM_TO_ANSWER",
    "Q_CLAIM_TO_DECIDE",
    "Q_DISCUSSION_CLOSED",
    "Q_DISCUSSION_TO_ANSWER",
    "Q_DISCUSSION_WAITING",
    "Q_NEEDS_ME",
    "Q_OPEN",
    "Q_RETURN_DECISION",
    "AccountRole",
    "DeadlineRole",
    "IssueIdRole",
    "IssueListModel",
    "IssueRole",
    "LastMessageRole",
    "OpenedDateRole",
    "RowFacts",
    "SearchTextRole",
    "SortKey",
    "UnreadRole",
    "fold",
]

_USER = int(Qt.ItemDataRole.UserRole)
#: The domain ``Issue`` of a row.
IssueRole = _USER + 1
#: The issue id (``str``; ``None`` for an issue without one).
IssueIdRole = _USER + 2
#: Sort values: POSIX timestamps (``float``) or ``None`` when unknown.
OpenedDateRole = _USER + 3
DeadlineRole = _USER + 4
LastMessageRole = _USER + 5
#: The folded (lower-case, no diacritics) text the search matches against.
SearchTextRole = _USER + 6
#: ``True`` when the buyer or Allegro wrote something the seller has not opened yet.
UnreadRole = _USER + 7
#: The account key of the row (``str``; ``""`` when the list holds one unnamed account).
AccountRole = _USER + 8

ModelIndex = QModelIndex | QPersistentModelIndex
#: What a row of the list (and of its filter proxy) can do: be selected, nothing else.
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class IssueListModel(QAbstractListModel):
    """Issues in display order; ``issue_at(row)`` / ``row_of(id)`` translate rows and ids."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # On the GUI thread, with the translators loaded: RowFacts.of never calls Qt itself.
        set_reason_names(_reason_names())
        self._rows: list[RowFacts] = []
        # Keyed by issue id alone, whatever the account: Allegro issue ids are UUIDs.
        self._row_by_id: dict[str, int] = {}
        self._index_dirty = False  # the id index is rebuilt lazily after mid-list inserts
        self._present: set[str] = set()  # the ids listed (always current; no row numbers)
        # The current order's key of each row (one tuple per row, for this order only):
        # inserts bisect it at C speed instead of calling the key function per probe.
        self._keys: list[SortTuple] = []
        # During a layout change: how the rows moved, when known (see layout_plan).
        self._plan: LayoutPlan | None = None
        self._sort_key = SortKey.OPENED
        self._unread: set[str] = set()

    # -- Qt API ---------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.row_data(index.row(), role)

    def row_data(self, row: int, role: int) -> Any:
        """``data()`` of row ``row`` (the proxy asks this way: no index objects)."""
        if not 0 <= row < len(self._rows):
            return None
        facts = self._rows[row]
        if role == IssueRole:
            return facts.issue
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            # Keyboard search and screen readers; the delegate paints the row itself.
            issue = facts.issue
            return display_text(" – ".join(p for p in (issue.buyer.login, issue.subject) if p))
        if role == IssueIdRole:
            return facts.issue_id
        if role == OpenedDateRole:
            return facts.opened
        if role == DeadlineRole:
            return facts.deadline
        if role == LastMessageRole:
            return facts.last_message
        if role == SearchTextRole:
            return facts.search_key
        if role == UnreadRole:
            return facts.issue_id is not None and facts.issue_id in self._unread
        if role == AccountRole:
            return facts.account
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in (
            (IssueRole, b"issue"),
            (IssueIdRole, b"issueId"),
            (OpenedDateRole, b"openedDate"),
            (DeadlineRole, b"deadline"),
            (LastMessageRole, b"lastMessage"),
            (SearchTextRole, b"searchText"),
            (AccountRole, b"account"),
        ):
            names[role] = QByteArray(name)
        return names

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # -- Python API -----------------------------------------------------------------------
    @property
    def row_facts(self) -> Sequence[RowFacts]:
        """Per-row facts in row order (read-only view for the proxy and the delegate)."""
        return self._rows

    def facts_at(self, row: int) -> RowFacts:
        return self._rows[row]

    def issue_at(self, row: int) -> Issue:
        return self._rows[row].issue

    def layout_plan(self) -> LayoutPlan | None:
        """While a layout change is being announced (``layoutChanged``): how the rows moved,
        so that listeners can move what they keep per row along instead of recomputing it
        (``IssueFilterProxy`` does). None for other layout changes."""
        return self._plan

    def row_of(self, issue_id: str) -> int | None:
        if self._index_dirty:
            self._reindex()
        return self._row_by_id.get(issue_id)

    def issues(self) -> list[Issue]:
        return [r.issue for r in self._rows]

    def sort_key(self) -> SortKey:
        return self._sort_key

    def set_issues(self, issues: Iterable[Issue], *, account: str = "") -> None:
        """Replace everything (a model reset). Later duplicates of an id win."""
        self.replace_rows([RowFacts.of(issue, account) for issue in issues])

    def replace_rows(self, rows: Iterable[RowFacts]) -> None:
        """:meth:`set_issues` with facts computed beforehand (e.g. on a worker thread)."""
        self.beginResetModel()
        self._rows, self._keys = self._sorted(_unique(rows))
        self._reindex()
        self._present = set(self._row_by_id)
        self.endResetModel()

    def append_issues(self, issues: Iterable[Issue], *, account: str = "") -> None:
        """Add a page. Ids already present are updated in place (pages may overlap)."""
        self.append_rows([RowFacts.of(issue, account) for issue in issues])

    def append_rows(self, rows: Iterable[RowFacts]) -> None:
        """:meth:`append_issues` with facts computed beforehand (e.g. on a worker thread).

        The new rows are merged into the sorted rows in one pass. The usual case (a page
        older than everything shown, in the current order) is one ``beginInsertRows`` at the
        end; rows landing in a few places are a few inserts (from the bottom up); rows landing
        in many places of a long list (sorted by deadline) are one layout change (persistent
        indexes follow their rows), followed by one row's ``dataChanged``.
        """
        fresh: list[RowFacts] = []
        for facts in _unique(rows):
            if facts.issue_id is not None and facts.issue_id in self._present:
                self.upsert_rows([facts])
            else:
                fresh.append(facts)
        if fresh:
            self._merge(fresh)

    def upsert_issue(self, issue: Issue, *, account: str = "") -> int:
        """Replace the row with this id (moving it if its sort position changed) or insert it.

        Returns the row. A move is a ``beginMoveRows`` so selections and persistent indexes
        follow the issue.
        """
        return self._upsert(RowFacts.of(issue, account))

    def upsert_rows(self, rows: Iterable[RowFacts]) -> None:
        """:meth:`upsert_issue` for each of ``rows`` (facts computed beforehand)."""
        for facts in rows:
            self._upsert(facts)

    def remove_issue(self, issue_id: str) -> bool:
        row = self.row_of(issue_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        self._present.discard(issue_id)
        self._index_dirty = True
        self.endRemoveRows()
        return True

    def accounts(self) -> set[str]:
        """The account keys of the rows."""
        return {f.account for f in self._rows}

    def remove_account(self, account: str) -> int:
        """Drop every row of ``account`` in one model change; returns how many went."""
        keep = [f.account != account for f in self._rows]
        kept = list(compress(self._rows, keep))
        removed = len(self._rows) - len(kept)
        if removed:
            self._relayout(kept, list(compress(self._keys, keep)))
        return removed

    def replace_account(self, account: str, issues: Iterable[Issue]) -> None:
        """Make ``issues`` the rows of ``account``; other accounts' rows stay as they are.

        One model change (a layout change: the selection and persistent indexes stay on
        their issues when these are still listed).
        """
        self.replace_account_rows(account, [RowFacts.of(issue, account) for issue in issues])

    def replace_account_rows(self, account: str, rows: Iterable[RowFacts]) -> None:
        """:meth:`replace_account` with facts computed beforehand (all of ``account``)."""
        mine = _unique(rows)
        if any(f.account != account for f in mine):
            raise ValueError(f"rows of another account given to replace_account({account!r})")
        ids = {f.issue_id for f in mine if f.issue_id is not None}
        # An id listed under another account moved here (ids are unique across accounts).
        kept = [f for f in self._rows if f.account != account and f.issue_id not in ids]
        if not kept and not self.persistentIndexList():
            self.replace_rows(mine)  # nothing else listed, nothing to keep: a plain reset
            return
        self._relayout(*self._sorted(kept + mine))

    def set_unread(self, issue_ids: set[str]) -> None:
        """Mark these issues unread (bold); repaints only the rows whose mark changed."""
        changed = self._unread ^ issue_ids
        self._unread = set(issue_ids)
        for issue_id in changed:
            row = self.row_of(issue_id)
            if row is not None:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [UnreadRole])

    def unread_count(self) -> int:
        return sum(1 for i in self._unread if self.row_of(i) is not None)

    def sort_by(self, sort_key: SortKey) -> None:
        """Reorder the rows (a layout change: selections and persistent indexes follow)."""
        if sort_key is self._sort_key:
            return
        self.layoutAboutToBeChanged.emit()
        previous = self._rows
        self._sort_key = sort_key
        keys = list(map(self._key_func(), previous))
        order = sorted(range(len(previous)), key=keys.__getitem__)
        self._rows = [previous[n] for n in order]
        self._keys = [keys[n] for n in order]
        self._index_dirty = True
        persistent = self.persistentIndexList()
        if persistent:
            new_row_of_old = [0] * len(previous)
            for new_row, old_row in enumerate(order):
                new_row_of_old[old_row] = new_row
            self.changePersistentIndexList(
                persistent, [self.index(new_row_of_old[i.row()], 0) for i in persistent]
            )
        self._plan = LayoutPlan(order=order)
        try:
            self.layoutChanged.emit()
        finally:
            self._plan = None

    # -- internals ------------------------------------------------------------------------
    def _key_func(self) -> Callable[[RowFacts], SortTuple]:
        return SORT_KEYS[self._sort_key]

    def _sorted(self, rows: list[RowFacts]) -> tuple[list[RowFacts], list[SortTuple]]:
        keys = list(map(self._key_func(), rows))
        order = sorted(range(len(rows)), key=keys.__getitem__)
        return [rows[n] for n in order], [keys[n] for n in order]

    def _upsert(self, facts: RowFacts) -> int:
        row = None if facts.issue_id is None else self.row_of(facts.issue_id)
        if row is None:
            return self._insert_sorted(facts)
        rows, keys = self._rows, self._keys
        key = self._key_func()(facts)
        rows[row] = facts
        keys[row] = key
        before_ok = row == 0 or keys[row - 1] <= key
        after_ok = row == len(rows) - 1 or key <= keys[row + 1]
        if not (before_ok and after_ok):
            del rows[row], keys[row]
            target = bisect.bisect_right(keys, key)
            # beginMoveRows counts the destination in the numbering before the move.
            destination = target + 1 if target >= row else target
            rows.insert(row, facts)  # back for the announcement; moved below
            keys.insert(row, key)
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
            del rows[row], keys[row]
            rows.insert(target, facts)
            keys.insert(target, key)
            self._index_dirty = True  # rebuilt at the next lookup: a poll may move many
            low, high = min(row, target), max(row, target)
            # Where each row was before the move (for the proxy, see layout_plan).
            up = target < row
            moved = [row, *range(low, high)] if up else [*range(low + 1, high + 1), row]
            self._plan = LayoutPlan(order=[*range(low), *moved, *range(high + 1, len(rows))])
            try:
                self.endMoveRows()
            finally:
                self._plan = None
            row = target
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        return row

    def _insert_sorted(self, facts: RowFacts) -> int:
        key = self._key_func()(facts)
        row = bisect.bisect_right(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, facts)
        self._keys.insert(row, key)
        if facts.issue_id is not None:
            self._present.add(facts.issue_id)
        if row == len(self._rows) - 1:
            if facts.issue_id is not None:
                self._row_by_id[facts.issue_id] = row
        else:
            self._index_dirty = True
        self.endInsertRows()
        return row

    def _merge(self, fresh: list[RowFacts]) -> None:
        """Insert rows whose ids are not listed yet, in as few model changes as possible."""
        fresh, fresh_keys = self._sorted(fresh)
        rows, keys = self._rows, self._keys
        # Where each new row goes, in the old numbering (non-decreasing, as fresh is sorted).
        lo = 0
        positions: list[int] = []
        for key in fresh_keys:
            lo = bisect.bisect_right(keys, key, lo)
            positions.append(lo)
        groups: list[tuple[int, int, int]] = []  # (old position, start in fresh, stop)
        for n, position in enumerate(positions):
            if groups and groups[-1][0] == position:
                groups[-1] = (position, groups[-1][1], n + 1)
            else:
                groups.append((position, n, n + 1))
        self._present.update(f.issue_id for f in fresh if f.issue_id is not None)
        if len(groups) > 1 and len(groups) * (len(rows) + len(fresh)) > _INSERT_BUDGET:
            self._relayout(
                merge_groups(rows, fresh, groups),
                merge_groups(keys, fresh_keys, groups),
                new_row_of_old=lambda r: r + bisect.bisect_right(positions, r),
                changed_row=positions[0],  # the first new row
                plan=LayoutPlan(groups=groups, added=fresh),
            )
            return
        for position, start, stop in reversed(groups):  # bottom up: positions stay valid
            self.beginInsertRows(QModelIndex(), position, position + stop - start - 1)
            rows[position:position] = fresh[start:stop]
            keys[position:position] = fresh_keys[start:stop]
            if position + stop - start == len(rows):
                for offset, facts in enumerate(fresh[start:stop]):
                    if facts.issue_id is not None:
                        self._row_by_id[facts.issue_id] = position + offset
            else:
                self._index_dirty = True
            self.endInsertRows()

    def _relayout(
        self,
        rows: list[RowFacts],
        keys: list[SortTuple],
        new_row_of_old: Callable[[int], int] | None = None,
        changed_row: int = 0,
        plan: LayoutPlan | None = None,
    ) -> None:
        """Make ``rows`` the rows in one layout change; persistent indexes follow their issue
        (by id, or by being the same facts for a row without one) or become invalid."""
        if not rows:  # nothing left to keep an index on: a reset says it plainly
            self.replace_rows([])
            return
        self.layoutAboutToBeChanged.emit()
        previous = self._rows
        persistent = self.persistentIndexList()
        self._rows, self._keys = rows, keys
        self._index_dirty = True
        if new_row_of_old is None:
            self._reindex()
            self._present = set(self._row_by_id)
            by_object = {id(f): n for n, f in enumerate(rows) if f.issue_id is None}

            def find(old: int) -> int | None:
                facts = previous[old]
                if facts.issue_id is None:
                    return by_object.get(id(facts))
                return self._row_by_id.get(facts.issue_id)

        else:
            find = new_row_of_old  # type: ignore[assignment]
        targets = []
        for index in persistent:
            new_row = find(index.row()) if 0 <= index.row() < len(previous) else None
            targets.append(QModelIndex() if new_row is None else self.index(new_row, 0))
        self.changePersistentIndexList(persistent, targets)
        self._plan = plan
        try:
            self.layoutChanged.emit()
        finally:
            self._plan = None
        if len(rows) != len(previous) and rows:
            # Rows came or went: listeners that follow the row count through the row signals
            # only (the panel's count and queue counts) hear it from one row's dataChanged.
            top = self.index(min(changed_row, len(rows) - 1), 0)
            self.dataChanged.emit(top, top)

    def _reindex(self) -> None:
        self._row_by_id = {
            f.issue_id: n for n, f in enumerate(self._rows) if f.issue_id is not None
        }
        self._index_dirty = False


T = TypeVar("T")


def merge_groups(old: list[T], added: list[T], groups: list[tuple[int, int, int]]) -> list[T]:
    """``old`` with ``added[start:stop]`` put before ``old[position]`` for each group
    ``(position, start, stop)`` (ascending): slices only, at C speed."""
    merged: list[T] = []
    previous = 0
    for position, start, stop in groups:
        merged += old[previous:position]
        merged += added[start:stop]
        previous = position
    merged += old[previous:]
    return merged


class LayoutPlan(msgspec.Struct, frozen=True):
    """How a layout change moved the rows: ``order`` (row r was row ``order[r]``: a sort, a
    move) or ``groups`` (:func:`merge_groups` of the old rows and ``added``: a page)."""

    order: list[int] | None = None
    groups: list[tuple[int, int, int]] | None = None
    added: list[RowFacts] = msgspec.field(default_factory=list)


#: A page's rows landing in g places are g inserts (each costs the proxy and the view O(rows))
#: while g * rows stays under this; beyond it, one layout change.
_INSERT_BUDGET = 250_000


def _unique(rows: Iterable[RowFacts]) -> list[RowFacts]:
    """``rows`` without repeated ids (the last one of an id wins, at the first one's place).

    Rows are keyed by issue id alone, whatever their account: Allegro issue ids are UUIDs,
    unique across accounts."""
    result: list[RowFacts] = []
    seen: dict[str, int] = {}
    for facts in rows:
        issue_id = facts.issue_id
        if issue_id is None:
            result.append(facts)
        elif issue_id in seen:
            result[seen[issue_id]] = facts
        else:
            seen[issue_id] = len(result)
            result.append(facts)
    return result
