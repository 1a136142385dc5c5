"""Which changes and deadlines deserve a notification, and the summary after a cached start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from allegro_issues_desktop.domain import Issue, parse_issue
from allegro_issues_desktop.services.changes import (
    ChangeKind,
    ChangeSet,
    ChangeSource,
    diff_issue,
    diff_issues,
)
from allegro_issues_desktop.services.notifications import (
    NoteKind,
    due_alerts,
    notifications_for,
    summarize,
)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def issue(
    issue_id: str = "i1",
    *,
    last: str = "SELLER_REPLIED",
    at: datetime = NOW - timedelta(hours=5),
    count: int = 3,
    status: str = "DISPUTE_ONGOING",
    chat_active: bool | None = True,
    due: datetime | None = None,
    login: str = "kupujacy\u202e",
) -> Issue:
    raw: dict[str, Any] = {
        "id": issue_id,
        "type": "DISPUTE",
        "referenceNumber": "D/1",
        "buyer": {"login": login},
        "currentState": {"status": status, "chatActive": chat_active},
        "chat": {
            "lastMessage": {"status": last, "createdAt": at.isoformat()},
            "messagesCount": count,
        },
    }
    if due is not None:
        raw["currentState"]["statusDueDate"] = due.isoformat()
    return parse_issue(raw)


def changes_of(
    old: Issue | None, new: Issue, source: ChangeSource = ChangeSource.POLL
) -> ChangeSet:
    found, _ = diff_issues({} if old is None else {"i1": old}, [new])
    return ChangeSet("acct", source, tuple(found))


def test_a_buyer_message_notifies_with_a_clean_name_and_no_buyer_text() -> None:
    old = issue()
    new = issue(last="BUYER_REPLIED", at=NOW, count=4)
    assert {ChangeKind.NEW_MESSAGE, ChangeKind.BUYER_MESSAGE} <= diff_issue(old, new)
    notes = notifications_for(changes_of(old, new))
    assert [(n.kind, n.issue_id) for n in notes] == [(NoteKind.NEW_MESSAGE, "i1")]
    assert notes[0].login == "kupujacy" and "\u202e" not in notes[0].who
    assert notes[0].who == "kupujacy · D/1"


def test_the_sellers_own_message_and_the_cache_never_notify() -> None:
    old = issue(last="BUYER_REPLIED")
    mine = issue(last="SELLER_REPLIED", at=NOW, count=4)
    assert notifications_for(changes_of(old, mine)) == []
    assert notifications_for(changes_of(None, issue(), ChangeSource.CACHE)) == []


def test_new_issue_advisor_chat_closed_and_state_changes() -> None:
    assert notifications_for(changes_of(None, issue()))[0].kind is NoteKind.NEW_ISSUE
    advisor = issue(last="ALLEGRO_ADVISOR_REPLIED", at=NOW, count=4)
    assert notifications_for(changes_of(issue(), advisor))[0].kind is NoteKind.ADVISOR
    closed_chat = issue(chat_active=False)
    assert diff_issue(issue(), closed_chat) == frozenset({ChangeKind.CHAT_CLOSED})
    assert notifications_for(changes_of(issue(), closed_chat))[0].kind is NoteKind.CHAT_CLOSED
    ended = issue(status="DISPUTE_CLOSED", chat_active=False)
    kinds = diff_issue(issue(), ended)
    assert ChangeKind.LEFT_OPEN in kinds
    assert notifications_for(changes_of(issue(), ended))[0].kind is NoteKind.STATE


def test_unchanged_issue_is_no_change_and_enabled_kinds_filter() -> None:
    assert diff_issue(issue(), issue()) == frozenset()
    new = issue(last="BUYER_REPLIED", at=NOW, count=4)
    assert notifications_for(changes_of(issue(), new), enabled=[NoteKind.NEW_ISSUE]) == []


def test_deadline_alerts_cross_each_threshold_once() -> None:
    issues = [
        issue("far", due=NOW + timedelta(days=3)),
        issue("day", due=NOW + timedelta(hours=20)),
        issue("soon", due=NOW + timedelta(hours=2)),
        issue("late", due=NOW - timedelta(minutes=1)),
        issue("done", due=NOW - timedelta(hours=1), status="DISPUTE_CLOSED"),
    ]
    notes = due_alerts(issues, NOW, {})
    assert {(n.issue_id, n.kind) for n in notes} == {
        ("day", NoteKind.DUE_24H),
        ("soon", NoteKind.DUE_3H),
        ("late", NoteKind.OVERDUE),
    }
    shown = {n.issue_id: n.kind for n in notes}
    assert due_alerts(issues, NOW, shown) == []
    later = due_alerts(issues, NOW + timedelta(hours=18), shown)
    assert {(n.issue_id, n.kind) for n in later} == {
        ("day", NoteKind.DUE_3H),
        ("soon", NoteKind.OVERDUE),
    }


def test_summary_counts_what_changed_while_closed() -> None:
    found, _ = diff_issues(
        {"i1": issue(), "i2": issue("i2")},
        [
            issue(last="BUYER_REPLIED", at=NOW, count=4),
            issue("i2", status="DISPUTE_CLOSED", chat_active=False),
            issue("i3"),
        ],
    )
    summary = summarize(found)
    assert (summary.new_messages, summary.new_issues, summary.state_changes) == (1, 1, 1)
    assert not summarize([])
