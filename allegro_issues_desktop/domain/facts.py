"""Facts derived from an issue: what kind it is, whose turn, the return decision, the deadline.

Deadlines come from Allegro and are never computed locally.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import NamedTuple

import msgspec

from .codes import (
    FINAL_STATUSES,
    OPEN_STATUSES,
    SELLER_TURN_STATUSES,
    IssueStatus,
    IssueType,
    LastMessageStatus,
)
from .models import ChatMessage, Issue


class IssueKind(Enum):
    DISCUSSION = "discussion"  # type DISPUTE
    CLAIM = "claim"
    UNKNOWN = "unknown"


class StatusPhase(Enum):
    OPEN = "open"
    FINAL = "final"
    UNKNOWN = "unknown"  # a status this version does not know


class Turn(Enum):
    SELLER = "seller"  # awaiting your reply
    BUYER = "buyer"  # you replied last
    NONE = "none"  # closed, or nobody can write
    UNKNOWN = "unknown"


class ReturnDecision(Enum):
    REQUIRED = "required"
    NOT_REQUIRED = "not_required"
    PENDING = "pending"  # a claim without the seller's decision: a task
    NOT_APPLICABLE = "not_applicable"  # discussions (and unknown kinds)


class DeadlineKind(Enum):
    STATUS = "status"  # currentState.statusDueDate: decide (accept/reject) by then
    DECISION = "decision"  # decisionDueDate


class Deadline(msgspec.Struct, frozen=True):
    at: datetime
    kind: DeadlineKind


def issue_kind(issue: Issue) -> IssueKind:
    if issue.type == IssueType.DISPUTE:
        return IssueKind.DISCUSSION
    if issue.type == IssueType.CLAIM:
        return IssueKind.CLAIM
    return IssueKind.UNKNOWN


def status_phase(issue: Issue) -> StatusPhase:
    status = issue.current_state.status
    if status in OPEN_STATUSES:
        return StatusPhase.OPEN
    if status in FINAL_STATUSES:
        return StatusPhase.FINAL
    return StatusPhase.UNKNOWN


def is_open(issue: Issue) -> bool:
    """Unknown statuses count as open: better to show a task too many than to hide one."""
    return status_phase(issue) is not StatusPhase.FINAL


def can_write(issue: Issue) -> bool:
    """``chatActive`` decides; when the server did not send it, fall back to the status."""
    active = issue.current_state.chat_active
    if active is not None:
        return active
    return status_phase(issue) is StatusPhase.OPEN


def whose_turn(issue: Issue) -> Turn:
    if not can_write(issue):
        return Turn.NONE
    status = issue.chat.last_message.status
    if status in SELLER_TURN_STATUSES:
        return Turn.SELLER
    if status == LastMessageStatus.SELLER_REPLIED:
        return Turn.BUYER
    return Turn.UNKNOWN


def awaiting_seller_reply(issue: Issue) -> bool:
    """The one definition of "awaits my reply": open, writable, and the buyer or Allegro wrote
    last. The list, its filter, the tray, the counts and the notifications all use it."""
    return is_open(issue) and whose_turn(issue) is Turn.SELLER


def can_give_verdict(issue: Issue) -> bool:
    """A claim still waiting for the seller's accept/reject (``POST …/status``)."""
    return (
        issue_kind(issue) is IssueKind.CLAIM
        and issue.current_state.status == IssueStatus.CLAIM_SUBMITTED
    )


def return_decision_pending(issue: Issue) -> bool:
    """An open claim without the seller's return decision (closed claims are history)."""
    return is_open(issue) and return_decision(issue) is ReturnDecision.PENDING


def needs_my_decision(issue: Issue) -> bool:
    """Something only the seller can settle: a verdict, or a return decision."""
    return can_give_verdict(issue) or return_decision_pending(issue)


def needs_me(issue: Issue) -> bool:
    """The one definition of "needs me" (the default work queue): open, and either awaiting my
    reply or waiting for a decision only I can make (a verdict, a return decision)."""
    return is_open(issue) and (awaiting_seller_reply(issue) or needs_my_decision(issue))


def advisor_involved(issue: Issue) -> bool:
    """Allegro's advisor wrote last (the list shows no more than the last message's status)."""
    return issue.chat.last_message.status == LastMessageStatus.ALLEGRO_ADVISOR_REPLIED


def return_decision(issue: Issue) -> ReturnDecision:
    if issue_kind(issue) is not IssueKind.CLAIM:
        return ReturnDecision.NOT_APPLICABLE
    required = issue.current_state.return_required
    if required is True:
        return ReturnDecision.REQUIRED
    if required is False:
        return ReturnDecision.NOT_REQUIRED
    return ReturnDecision.PENDING


def deadline(issue: Issue) -> Deadline | None:
    """The deadline that matters now, as Allegro sent it; None for final issues or without one."""
    if status_phase(issue) is StatusPhase.FINAL:
        return None
    if issue.current_state.status_due_date is not None:
        return Deadline(issue.current_state.status_due_date, DeadlineKind.STATUS)
    if issue.decision_due_date is not None:
        return Deadline(issue.decision_due_date, DeadlineKind.DECISION)
    return None


def last_activity(issue: Issue) -> datetime | None:
    return issue.chat.last_message.created_at or issue.opened_date


class StandingFacts(NamedTuple):
    """The time-independent facts of an issue that the list, its queues and the tray read."""

    kind: IssueKind
    open: bool
    awaiting_reply: bool
    return_decision: ReturnDecision
    needs_me: bool
    needs_decision: bool


#: What :class:`StandingFacts` are made of: the issue's type, status, ``chatActive``,
#: ``returnRequired`` and its last message's status. The functions above read nothing else
#: for these facts (a test holds them to it).
StandingKey = tuple[str | None, str | None, bool | None, bool | None, str | None]

# Few combinations exist, so each is computed once by the functions above (one definition of
# each fact) and shared: 100,000 issues cost dict lookups, not ~10 µs of calls each.
_STANDING: dict[StandingKey, StandingFacts] = {}
_STANDING_MAX = 4096  # unknown statuses could make more: emptied past this


def standing_key(issue: Issue) -> StandingKey:
    state = issue.current_state
    return (
        issue.type,
        state.status,
        state.chat_active,
        state.return_required,
        issue.chat.last_message.status,
    )


def standing_facts(issue: Issue) -> StandingFacts:
    """:func:`issue_kind`, :func:`is_open`, :func:`awaiting_seller_reply`,
    :func:`return_decision`, :func:`needs_me` and :func:`needs_my_decision` of ``issue``."""
    key = standing_key(issue)
    found = _STANDING.get(key)
    if found is None:
        if len(_STANDING) >= _STANDING_MAX:
            _STANDING.clear()
        found = _STANDING[key] = standing_facts_uncached(issue)
    return found


def standing_facts_uncached(issue: Issue) -> StandingFacts:
    """:func:`standing_facts` computed afresh, each fact by its own function."""
    return StandingFacts(
        kind=issue_kind(issue),
        open=is_open(issue),
        awaiting_reply=awaiting_seller_reply(issue),
        return_decision=return_decision(issue),
        needs_me=needs_me(issue),
        needs_decision=needs_my_decision(issue),
    )


def merge_chat(*batches: Iterable[ChatMessage]) -> list[ChatMessage]:
    """Sort by ``createdAt`` and drop repeated ids: Allegro's chat order and paging are unreliable.

    Messages without a timestamp keep their relative order at the end; messages without an id
    are never treated as duplicates.
    """
    seen: set[str] = set()
    merged: list[ChatMessage] = []
    for batch in batches:
        for message in batch:
            if message.id is not None:
                if message.id in seen:
                    continue
                seen.add(message.id)
            merged.append(message)
    with_time = [m for m in merged if m.created_at is not None]
    without_time = [m for m in merged if m.created_at is None]
    with_time.sort(key=lambda m: m.created_at)  # type: ignore[arg-type, return-value]
    return with_time + without_time
