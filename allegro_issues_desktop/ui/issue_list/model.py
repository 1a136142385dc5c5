"""The issue list model: a flat Qt list over domain ``Issue`` objects.

Why the model keeps its rows in the *display* order (instead of letting the proxy sort):
``QSortFilterProxyModel`` sorts through a Python ``lessThan`` (or a Python ``data()`` per
comparison); with 10,000 rows every sort costs ~130,000 Python calls (~300 ms here) and every
filter change that brings rows back costs k·log(n) more. Sorting a Python list of precomputed
keys takes a few milliseconds, so the model sorts itself (``sort_by``, a layout change that
keeps persistent indexes) and the proxy only filters, in source order.

Everything the proxy and the delegate need per row (search key, kind, open, whose turn, return
decision, sort keys) is computed once when a row is set, in :class:`RowFacts`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...domain import (
    Issue,
    IssueKind,
    ReturnDecision,
    awaiting_seller_reply,
    deadline,
    is_open,
    issue_kind,
    last_activity,
    needs_me,
    needs_my_decision,
    return_decision,
)
from ...domain.text import BIDI_CONTROLS, display_text
from ..labels import reason_name

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

ModelIndex = QModelIndex | QPersistentModelIndex

# Letters that do not decompose under NFKD (ł is the Polish one that matters), and the bidi
# controls (which ``display_text`` removes from what is shown), in one table.
_FOLD_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "æ": "ae"})
_FOLD_EXTRA: dict[int, str | None] = {**_FOLD_LETTERS, **dict.fromkeys(BIDI_CONTROLS)}
# Combining marks left by NFKD; a regex is ~5x faster than unicodedata.combining() per char.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form: ``fold("Łódź") == "lodz"``."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    return stripped.translate(_FOLD_EXTRA)


class SortKey(Enum):
    TRIAGE = "triage"  # what needs me first: by Allegro's deadline, then awaiting my reply
    OPENED = "opened"  # newest first (the API's own order)
    DEADLINE = "deadline"  # soonest first, issues without a deadline last
    LAST_MESSAGE = "last_message"  # newest activity first


def _ts(value: datetime | None) -> float | None:
    return None if value is None else value.timestamp()


# Time-independent queue memberships of a row, one bit each (``RowFacts.queue_bits``):
# ``proxy.count_queues`` counts every queue from a ``Counter`` of these masks.
(
    Q_NEEDS_ME,
    Q_AWAITING_REPLY,
    Q_RETURN_DECISION,
    Q_OPEN,
    Q_CLAIM_TO_DECIDE,
    Q_CLAIM_TO_ANSWER,
    Q_CLAIM_WAITING,
    Q_CLAIM_CLOSED,
    Q_DISCUSSION_TO_ANSWER,
    Q_DISCUSSION_WAITING,
    Q_DISCUSSION_CLOSED,
) = (1 << n for n in range(11))


def _queue_bits(
    kind: IssueKind, open_: bool, awaiting: bool, mine: bool, decide: bool, pending: bool
) -> int:
    claim, discussion = kind is IssueKind.CLAIM, kind is IssueKind.DISCUSSION
    if not open_:
        return Q_CLAIM_CLOSED if claim else Q_DISCUSSION_CLOSED if discussion else 0
    bits = Q_OPEN
    bits |= Q_NEEDS_ME if mine else 0
    bits |= Q_AWAITING_REPLY if awaiting else 0
    bits |= Q_RETURN_DECISION if pending else 0
    if claim:
        bits |= Q_CLAIM_TO_DECIDE if decide else 0
        bits |= Q_CLAIM_TO_ANSWER if awaiting else 0
        bits |= 0 if mine else Q_CLAIM_WAITING
    elif discussion:
        bits |= Q_DISCUSSION_TO_ANSWER if awaiting else 0
        bits |= 0 if mine else Q_DISCUSSION_WAITING
    return bits


# Sort keys are tuples so ``None`` sorts last in every order; ties fall back to the newest
# opened date, then the id, so the order is total and stable across reloads.
SortTuple = tuple[int, float, float, str]


@dataclass(frozen=True, slots=True)
class RowFacts:
    """Derived, time-independent facts about one row, computed once when the row is set."""

    issue: Issue
    issue_id: str | None
    kind: IssueKind
    open: bool
    awaiting_reply: bool
    return_decision: ReturnDecision
    opened: float | None
    deadline: float | None
    last_message: float | None
    search_key: str
    sort_keys: tuple[SortTuple, SortTuple, SortTuple, SortTuple]
    #: Open, and awaiting my reply or my decision (``domain.needs_me``).
    needs_me: bool = False
    #: A verdict or a return decision only the seller can make (``domain.needs_my_decision``).
    needs_decision: bool = False
    #: The time-independent queues this row belongs to (``Q_*`` bits).
    queue_bits: int = 0

    @classmethod
    def of(cls, issue: Issue) -> RowFacts:
        opened = _ts(issue.opened_date)
        due = deadline(issue)
        due_ts = None if due is None else due.at.timestamp()
        last = _ts(last_activity(issue))
        reason = issue.reason
        fields = (
            issue.buyer.login,
            issue.reference_number,
            issue.checkout_form.id,
            issue.id,
            issue.subject,
            reason_name(reason.type) if reason else None,
            reason.description if reason else None,
        )
        search_key = fold("\n".join(f for f in fields if f))
        tie_opened = -opened if opened is not None else 0.0
        tie_id = issue.id or ""
        none_last = (1, 0.0, 0.0, tie_id)
        open_ = is_open(issue)
        awaiting = awaiting_seller_reply(issue)
        mine = needs_me(issue)
        kind = issue_kind(issue)
        decision = return_decision(issue)
        decide = needs_my_decision(issue)
        return cls(
            issue=issue,
            issue_id=issue.id,
            kind=kind,
            open=open_,
            awaiting_reply=awaiting,
            return_decision=decision,
            opened=opened,
            deadline=due_ts,
            last_message=last,
            search_key=search_key,
            sort_keys=(
                none_last if opened is None else (0, -opened, 0.0, tie_id),
                none_last if due_ts is None else (0, due_ts, tie_opened, tie_id),
                none_last if last is None else (0, -last, tie_opened, tie_id),
                _triage_key(mine, open_, due_ts, last, tie_opened, tie_id),
            ),
            needs_me=mine,
            needs_decision=decide,
            queue_bits=_queue_bits(
                kind, open_, awaiting, mine, decide, open_ and decision is ReturnDecision.PENDING
            ),
        )

    def sort_tuple(self, key: SortKey) -> SortTuple:
        return self.sort_keys[_SORT_SLOT[key]]


_SORT_SLOT = {
    SortKey.OPENED: 0,
    SortKey.DEADLINE: 1,
    SortKey.LAST_MESSAGE: 2,
    SortKey.TRIAGE: 3,
}
_NEVER = float("inf")


def _triage_key(
    mine: bool,
    open_: bool,
    due: float | None,
    last: float | None,
    tie_opened: float,
    tie_id: str,
) -> SortTuple:
    """The work-queue order, time-independent so it is computed once per row:

    0. needs me, with a deadline: by Allegro's deadline (so the overdue come first);
    1. needs me, no deadline (awaiting my reply): the longest waiting first;
    2. open, waiting for the buyer: by deadline, then the latest activity;
    3. closed: the latest activity first.
    """
    if mine and due is not None:
        return (0, due, tie_opened, tie_id)
    if mine:
        return (1, _NEVER if last is None else last, tie_opened, tie_id)
    if open_:
        return (2, _NEVER if due is None else due, -(last or 0.0), tie_id)
    return (3, -(last or 0.0), tie_opened, tie_id)


class IssueListModel(QAbstractListModel):
    """Issues in display order; ``issue_at(row)`` / ``row_of(id)`` translate rows and ids."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowFacts] = []
        self._row_by_id: dict[str, int] = {}
        self._index_dirty = False  # the id index is rebuilt lazily after mid-list inserts
        self._sort_key = SortKey.OPENED
        self._unread: set[str] = set()

    # -- Qt API ---------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        facts = self._rows[index.row()]
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
        ):
            names[role] = QByteArray(name)
        return names

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- Python API -----------------------------------------------------------------------
    @property
    def row_facts(self) -> Sequence[RowFacts]:
        """Per-row facts in row order (read-only view for the proxy and the delegate)."""
        return self._rows

    def facts_at(self, row: int) -> RowFacts:
        return self._rows[row]

    def issue_at(self, row: int) -> Issue:
        return self._rows[row].issue

    def row_of(self, issue_id: str) -> int | None:
        if self._index_dirty:
            self._reindex()
        return self._row_by_id.get(issue_id)

    def issues(self) -> list[Issue]:
        return [r.issue for r in self._rows]

    def sort_key(self) -> SortKey:
        return self._sort_key

    def set_issues(self, issues: Iterable[Issue]) -> None:
        """Replace everything (a model reset). Later duplicates of an id win."""
        rows: dict[str | int, RowFacts] = {}
        for n, issue in enumerate(issues):
            rows[issue.id if issue.id is not None else n] = RowFacts.of(issue)
        self.beginResetModel()
        self._rows = sorted(rows.values(), key=self._key_func())
        self._reindex()
        self.endResetModel()

    def append_issues(self, issues: Iterable[Issue]) -> None:
        """Add a page. Ids already present are updated in place (pages may overlap).

        The usual case (a page older than everything shown, in the current order) is one
        ``beginInsertRows`` at the end; anything else is inserted row by row at its position.
        """
        fresh: list[RowFacts] = []
        seen: dict[str, int] = {}
        for issue in issues:
            if issue.id is not None and self.row_of(issue.id) is not None:
                self.upsert_issue(issue)
                continue
            facts = RowFacts.of(issue)
            if issue.id is not None and issue.id in seen:
                fresh[seen[issue.id]] = facts  # the same id twice in one page: last one wins
                continue
            if issue.id is not None:
                seen[issue.id] = len(fresh)
            fresh.append(facts)
        if not fresh:
            return
        key = self._key_func()
        fresh.sort(key=key)
        if not self._rows or key(fresh[0]) >= key(self._rows[-1]):
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            for offset, facts in enumerate(fresh):
                if facts.issue_id is not None:
                    self._row_by_id[facts.issue_id] = first + offset
            self.endInsertRows()
            return
        for facts in fresh:
            self._insert_sorted(facts)

    def upsert_issue(self, issue: Issue) -> int:
        """Replace the row with this id (moving it if its sort position changed) or insert it.

        Returns the row. A move is a ``beginMoveRows`` so selections and persistent indexes
        follow the issue.
        """
        facts = RowFacts.of(issue)
        row = None if issue.id is None else self.row_of(issue.id)
        if row is None:
            return self._insert_sorted(facts)
        key = self._key_func()
        self._rows[row] = facts
        before_ok = row == 0 or key(self._rows[row - 1]) <= key(facts)
        after_ok = row == len(self._rows) - 1 or key(facts) <= key(self._rows[row + 1])
        if not (before_ok and after_ok):
            rest = self._rows[:row] + self._rows[row + 1 :]
            target = bisect.bisect_right(rest, key(facts), key=key)
            # beginMoveRows counts the destination in the numbering before the move.
            destination = target + 1 if target >= row else target
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
            rest.insert(target, facts)
            self._rows = rest
            self._reindex()
            self.endMoveRows()
            row = target
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        return row

    def remove_issue(self, issue_id: str) -> bool:
        row = self.row_of(issue_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._reindex()
        self.endRemoveRows()
        return True

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
        key = self._key_func()
        order = sorted(range(len(previous)), key=lambda n: key(previous[n]))
        self._rows = [previous[n] for n in order]
        new_row_of_old = [0] * len(previous)
        for new_row, old_row in enumerate(order):
            new_row_of_old[old_row] = new_row
        self._reindex()
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row_of_old[i.row()], 0) for i in persistent]
        )
        self.layoutChanged.emit()

    # -- internals ------------------------------------------------------------------------
    def _key_func(self) -> Callable[[RowFacts], SortTuple]:
        slot = _SORT_SLOT[self._sort_key]
        return lambda facts: facts.sort_keys[slot]

    def _insert_sorted(self, facts: RowFacts) -> int:
        key = self._key_func()
        row = bisect.bisect_right(self._rows, key(facts), key=key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, facts)
        if row == len(self._rows) - 1:
            if facts.issue_id is not None:
                self._row_by_id[facts.issue_id] = row
        else:
            self._index_dirty = True
        self.endInsertRows()
        return row

    def _reindex(self) -> None:
        self._row_by_id = {
            f.issue_id: n for n, f in enumerate(self._rows) if f.issue_id is not None
        }
        self._index_dirty = False
