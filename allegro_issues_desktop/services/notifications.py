"""Notifications derived from change sets and deadlines: which, about what (no Qt, no text:
the window words them in the UI language).

Buyer-written text never goes into a notification (some notification servers interpret
markup): only the buyer's login and the reference number, cleaned of control and bidi
characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from ..domain import Issue, awaiting_seller_reply, deadline, is_open
from ..domain.text import display_text
from .changes import ChangeKind, ChangeSet, ChangeSource, IssueChange


class NoteKind(Enum):
    NEW_MESSAGE = "new_message"
    NEW_ISSUE = "new_issue"
    STATE = "state"
    CHAT_CLOSED = "chat_closed"
    ADVISOR = "advisor"
    DUE_24H = "due_24h"
    DUE_3H = "due_3h"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class Notification:
    kind: NoteKind
    issue_id: str
    who: str  # "login · reference", cleaned; empty when Allegro sent neither
    login: str = ""


def _who(issue: Issue) -> str:
    login = display_text(issue.buyer.login or "")
    ref = display_text(issue.reference_number or "")
    return " · ".join(p for p in (login, ref) if p)


def _kind_of(change: IssueChange) -> NoteKind | None:
    kinds = change.kinds
    if ChangeKind.NEW_ISSUE in kinds:
        return NoteKind.NEW_ISSUE
    if ChangeKind.ADVISOR_JOINED in kinds:
        return NoteKind.ADVISOR
    if ChangeKind.BUYER_MESSAGE in kinds and awaiting_seller_reply(change.issue):
        return NoteKind.NEW_MESSAGE
    if ChangeKind.CHAT_CLOSED in kinds and is_open(change.issue):
        return NoteKind.CHAT_CLOSED  # closed by Allegro while the case goes on
    if kinds & {ChangeKind.STATE, ChangeKind.LEFT_OPEN, ChangeKind.TYPE}:
        return NoteKind.STATE
    return None


def _note(kind: NoteKind, issue: Issue) -> Notification:
    return Notification(kind, issue.id or "", _who(issue), display_text(issue.buyer.login or ""))


def notifications_for(
    changes: ChangeSet, enabled: Iterable[NoteKind] | None = None
) -> list[Notification]:
    """One notification per changed issue that deserves one (polls and syncs, not the cache)."""
    if changes.source is ChangeSource.CACHE or changes.reset:
        return []
    allowed = set(NoteKind) if enabled is None else set(enabled)
    notes: list[Notification] = []
    for change in changes.changed:
        kind = _kind_of(change)
        if kind is not None and kind in allowed and change.issue.id:
            notes.append(_note(kind, change.issue))
    return notes


def due_alerts(
    issues: Iterable[Issue],
    now: datetime,
    already: Mapping[str, NoteKind],
) -> list[Notification]:
    """Deadlines crossing 24 h, 3 h and overdue; ``already`` holds the last alert per issue so
    each threshold is announced once."""
    order = [NoteKind.DUE_24H, NoteKind.DUE_3H, NoteKind.OVERDUE]
    notes: list[Notification] = []
    for issue in issues:
        due = deadline(issue)
        if due is None or issue.id is None or not is_open(issue):
            continue
        left = due.at - now
        if left <= timedelta(0):
            kind = NoteKind.OVERDUE
        elif left <= timedelta(hours=3):
            kind = NoteKind.DUE_3H
        elif left <= timedelta(hours=24):
            kind = NoteKind.DUE_24H
        else:
            continue
        previous = already.get(issue.id)
        if previous is not None and order.index(previous) >= order.index(kind):
            continue
        notes.append(_note(kind, issue))
    return notes


@dataclass(frozen=True, slots=True)
class Summary:
    """What changed while the app was closed (the first sync after a cached start)."""

    new_messages: int = 0
    new_issues: int = 0
    state_changes: int = 0

    def __bool__(self) -> bool:
        return bool(self.new_messages or self.new_issues or self.state_changes)


def summarize(changes: Iterable[IssueChange]) -> Summary:
    messages = issues = states = 0
    for change in changes:
        kinds = change.kinds
        if ChangeKind.NEW_ISSUE in kinds:
            issues += 1
        elif ChangeKind.BUYER_MESSAGE in kinds:
            messages += 1
        elif kinds & {ChangeKind.LEFT_OPEN, ChangeKind.STATE, ChangeKind.TYPE}:
            states += 1
    return Summary(messages, issues, states)
