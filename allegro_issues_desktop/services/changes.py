"""Change sets: what the sync engine tells the window, the tray and the notifications.

Allegro has no event feed (FACTS.md): change is detected by comparing what a list page says
now with what was known, by the chat summary (``lastMessage.createdAt/status``,
``messagesCount``) and the state (status, ``chatActive``, ``returnRequired``, due dates).
Pure functions and immutable values; no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum

import msgspec

from ..domain import (
    AuthorRole,
    Issue,
    LastMessageStatus,
    can_write,
    is_open,
)


class ChangeKind(Enum):
    NEW_ISSUE = "new_issue"  # not known before
    NEW_MESSAGE = "new_message"  # the chat summary moved (someone wrote)
    BUYER_MESSAGE = "buyer_message"  # ...and it is the buyer's (or Allegro's) turn now: not ours
    ADVISOR_JOINED = "advisor_joined"  # Allegro's advisor wrote last, and did not before
    STATE = "state"  # status or due dates
    CHAT_CLOSED = "chat_closed"  # writing was possible and is not any more
    CHAT_OPENED = "chat_opened"
    RETURN_DECISION = "return_decision"  # returnRequired changed
    LEFT_OPEN = "left_open"  # was open, is final now
    TYPE = "type"  # a discussion became a claim (same id)
    OTHER = "other"  # anything else in the JSON (subject, expectations, …)


class ChangeSource(Enum):
    CACHE = "cache"  # read from the store at start: everything, nothing is "new"
    SYNC = "sync"  # a full sync page
    POLL = "poll"  # an incremental poll of the open issues
    DETAIL = "detail"  # re-read of one issue (selection, after a send or a verdict)


class IssueChange(msgspec.Struct, frozen=True):
    issue: Issue
    old: Issue | None
    kinds: frozenset[ChangeKind]
    #: What ``SyncEngine.prepare`` made of ``issue`` on a worker thread (the list's row), or
    #: None: then the receiver makes it itself.
    prepared: object = None

    @property
    def issue_id(self) -> str:
        return self.issue.id or ""


class ChangeSet(msgspec.Struct, frozen=True):
    """What changed in one account's issues.

    ``reset``: the list is replaced by ``changed`` (the cached list at start). ``removed``: ids
    no longer known. ``complete``: the last change set of a full sync or poll (``changed`` may
    be empty then); with ``source`` SYNC it means everything Allegro has was seen.
    """

    account: str
    source: ChangeSource
    changed: tuple[IssueChange, ...] = ()
    removed: tuple[str, ...] = ()
    reset: bool = False
    complete: bool = False
    total: int = 0  # issues known after this change set
    kinds_seen: frozenset[ChangeKind] = msgspec.field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.changed or self.removed or self.reset)

    def with_kind(self, kind: ChangeKind) -> list[IssueChange]:
        return [c for c in self.changed if kind in c.kinds]


def _seller_turn(status: str | None) -> bool:
    return status in (
        LastMessageStatus.NEW,
        LastMessageStatus.BUYER_REPLIED,
        LastMessageStatus.ALLEGRO_ADVISOR_REPLIED,
    )


#: The kinds of an issue not known before (one shared set: a first sync of 100,000 issues
#: would otherwise make 100,000 of these).
NEW_ISSUE_KINDS = frozenset({ChangeKind.NEW_ISSUE})


def diff_issue(old: Issue | None, new: Issue) -> frozenset[ChangeKind]:
    """What changed between two versions of one issue (empty = nothing worth telling)."""
    if old is None:
        return NEW_ISSUE_KINDS
    kinds: set[ChangeKind] = set()
    old_last, new_last = old.chat.last_message, new.chat.last_message
    if old_last != new_last or old.chat.messages_count != new.chat.messages_count:
        kinds.add(ChangeKind.NEW_MESSAGE)
        if _seller_turn(new_last.status) and new_last.created_at != old_last.created_at:
            kinds.add(ChangeKind.BUYER_MESSAGE)
        if (
            new_last.status == LastMessageStatus.ALLEGRO_ADVISOR_REPLIED
            and old_last.status != LastMessageStatus.ALLEGRO_ADVISOR_REPLIED
        ):
            kinds.add(ChangeKind.ADVISOR_JOINED)
    old_state, new_state = old.current_state, new.current_state
    if (old_state.status, old_state.status_due_date, old.decision_due_date) != (
        new_state.status,
        new_state.status_due_date,
        new.decision_due_date,
    ):
        kinds.add(ChangeKind.STATE)
    if can_write(old) and not can_write(new):
        kinds.add(ChangeKind.CHAT_CLOSED)
    elif not can_write(old) and can_write(new):
        kinds.add(ChangeKind.CHAT_OPENED)
    if old_state.return_required != new_state.return_required:
        kinds.add(ChangeKind.RETURN_DECISION)
    if is_open(old) and not is_open(new):
        kinds.add(ChangeKind.LEFT_OPEN)
    if old.type != new.type:
        kinds.add(ChangeKind.TYPE)
    if not kinds and old != new:  # a field shown elsewhere (parsed; the JSON is not kept)
        kinds.add(ChangeKind.OTHER)
    return frozenset(kinds)


def diff_issues(
    known: dict[str, Issue],
    incoming: Iterable[Issue],
    prepared: Mapping[str, object] | None = None,
) -> tuple[list[IssueChange], list[Issue]]:
    """Changes of ``incoming`` against ``known`` (not modified), and every incoming issue
    with an id (the caller stores them). ``prepared``: the receiver's rows by issue id."""
    changes: list[IssueChange] = []
    fresh: list[Issue] = []
    for issue in incoming:
        if issue.id is None:
            continue
        fresh.append(issue)
        old = known.get(issue.id)
        kinds = diff_issue(old, issue)
        if kinds:
            row = prepared.get(issue.id) if prepared else None
            changes.append(IssueChange(issue, old, kinds, row))
    return changes, fresh


def seller_wrote_last(issue: Issue) -> bool:
    return issue.chat.last_message.status == LastMessageStatus.SELLER_REPLIED


def is_own_message_role(role: str | None) -> bool:
    return role == AuthorRole.SELLER
