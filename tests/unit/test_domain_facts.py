"""Facts derived from an issue (``domain/facts.py``), each from small hand-built JSON."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from allegro_issues_desktop.domain.codes import IssueStatus, LastMessageStatus
from allegro_issues_desktop.domain.facts import (
    Deadline,
    DeadlineKind,
    IssueKind,
    ReturnDecision,
    StatusPhase,
    Turn,
    awaiting_seller_reply,
    can_write,
    deadline,
    is_open,
    issue_kind,
    last_activity,
    merge_chat,
    return_decision,
    standing_facts,
    standing_facts_uncached,
    standing_key,
    status_phase,
    whose_turn,
)
from allegro_issues_desktop.domain.models import ChatMessage, Issue
from allegro_issues_desktop.domain.parsing import parse_chat, parse_chat_message, parse_issue

MISSING: Any = object()  # leave the key out of the JSON

OPEN = [IssueStatus.DISPUTE_ONGOING, IssueStatus.CLAIM_SUBMITTED]
FINAL = [
    IssueStatus.DISPUTE_CLOSED,
    IssueStatus.DISPUTE_UNRESOLVED,
    IssueStatus.CLAIM_ACCEPTED,
    IssueStatus.CLAIM_REJECTED,
]
UNKNOWN_STATUSES = ["REJECTED_CLAIM_WITHDRAWN_BY_BUYER", "CLAIM_WITHDRAWN", "dispute_ongoing", ""]


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value is not MISSING:
        target[key] = value


def make_issue(
    *,
    type: Any = "CLAIM",
    status: Any = "CLAIM_SUBMITTED",
    chat_active: Any = True,
    return_required: Any = MISSING,
    status_due: Any = MISSING,
    decision_due: Any = MISSING,
    last_status: Any = "BUYER_REPLIED",
    last_at: Any = MISSING,
    opened: Any = MISSING,
) -> Issue:
    state: dict[str, Any] = {}
    _put(state, "status", status)
    _put(state, "chatActive", chat_active)
    _put(state, "returnRequired", return_required)
    _put(state, "statusDueDate", status_due)
    last: dict[str, Any] = {}
    _put(last, "status", last_status)
    _put(last, "createdAt", last_at)
    value: dict[str, Any] = {"id": "i1", "currentState": state, "chat": {"lastMessage": last}}
    _put(value, "type", type)
    _put(value, "decisionDueDate", decision_due)
    _put(value, "openedDate", opened)
    return parse_issue(value)


def _utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


# --------------------------------------------------------------------------------------------
# issue_kind
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("type_", "kind"),
    [
        ("DISPUTE", IssueKind.DISCUSSION),
        ("CLAIM", IssueKind.CLAIM),
        ("RETURN", IssueKind.UNKNOWN),
        ("dispute", IssueKind.UNKNOWN),
        ("", IssueKind.UNKNOWN),
        (None, IssueKind.UNKNOWN),
        (MISSING, IssueKind.UNKNOWN),
        (7, IssueKind.UNKNOWN),
    ],
)
def test_issue_kind(type_: Any, kind: IssueKind) -> None:
    assert issue_kind(make_issue(type=type_)) is kind


# --------------------------------------------------------------------------------------------
# status_phase, is_open
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", OPEN)
def test_open_statuses(status: str) -> None:
    issue = make_issue(status=status)
    assert status_phase(issue) is StatusPhase.OPEN
    assert is_open(issue) is True


@pytest.mark.parametrize("status", FINAL)
def test_final_statuses(status: str) -> None:
    issue = make_issue(status=status)
    assert status_phase(issue) is StatusPhase.FINAL
    assert is_open(issue) is False


@pytest.mark.parametrize("status", [*UNKNOWN_STATUSES, None, MISSING, 3, ["CLAIM_SUBMITTED"]])
def test_unknown_statuses_count_as_open(status: Any) -> None:
    issue = make_issue(status=status)
    assert status_phase(issue) is StatusPhase.UNKNOWN
    assert is_open(issue) is True  # better a task too many than a hidden one


def test_every_known_status_has_a_phase() -> None:
    for status in IssueStatus:
        assert status_phase(make_issue(status=status.value)) is not StatusPhase.UNKNOWN


# --------------------------------------------------------------------------------------------
# can_write
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [*OPEN, *FINAL, *UNKNOWN_STATUSES])
def test_chat_active_true_allows_writing_whatever_the_status(status: str) -> None:
    # Status data is sometimes stale; chatActive is what the server enforces (409).
    assert can_write(make_issue(status=status, chat_active=True)) is True


@pytest.mark.parametrize("status", [*OPEN, *FINAL, *UNKNOWN_STATUSES])
def test_chat_active_false_forbids_writing_whatever_the_status(status: str) -> None:
    assert can_write(make_issue(status=status, chat_active=False)) is False


@pytest.mark.parametrize("chat_active", [MISSING, None, "true", 1])
@pytest.mark.parametrize("status", OPEN)
def test_chat_active_missing_falls_back_to_open_status(chat_active: Any, status: str) -> None:
    assert can_write(make_issue(status=status, chat_active=chat_active)) is True


@pytest.mark.parametrize("chat_active", [MISSING, None, "false", 0])
@pytest.mark.parametrize("status", FINAL)
def test_chat_active_missing_falls_back_to_final_status(chat_active: Any, status: str) -> None:
    assert can_write(make_issue(status=status, chat_active=chat_active)) is False


# --------------------------------------------------------------------------------------------
# whose_turn, awaiting_seller_reply
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last_status", "turn"),
    [
        (LastMessageStatus.NEW, Turn.SELLER),
        (LastMessageStatus.BUYER_REPLIED, Turn.SELLER),
        (LastMessageStatus.ALLEGRO_ADVISOR_REPLIED, Turn.SELLER),
        (LastMessageStatus.SELLER_REPLIED, Turn.BUYER),
        ("CHATBOT_REPLIED", Turn.UNKNOWN),
        ("seller_replied", Turn.UNKNOWN),
        (None, Turn.UNKNOWN),
        (MISSING, Turn.UNKNOWN),
        ({"status": "NEW"}, Turn.UNKNOWN),
    ],
)
@pytest.mark.parametrize("type_", ["DISPUTE", "CLAIM"])
def test_whose_turn_when_the_chat_is_active(type_: str, last_status: Any, turn: Turn) -> None:
    status = "DISPUTE_ONGOING" if type_ == "DISPUTE" else "CLAIM_SUBMITTED"
    issue = make_issue(type=type_, status=status, chat_active=True, last_status=last_status)
    assert whose_turn(issue) is turn
    assert awaiting_seller_reply(issue) is (turn is Turn.SELLER)


@pytest.mark.parametrize("last_status", [*LastMessageStatus, "CHATBOT_REPLIED", MISSING])
def test_nobodys_turn_when_the_chat_is_not_active(last_status: Any) -> None:
    issue = make_issue(status="CLAIM_SUBMITTED", chat_active=False, last_status=last_status)
    assert whose_turn(issue) is Turn.NONE
    assert awaiting_seller_reply(issue) is False


@pytest.mark.parametrize("status", FINAL)
def test_nobodys_turn_on_a_final_issue_without_chat_active(status: str) -> None:
    issue = make_issue(status=status, chat_active=MISSING, last_status="BUYER_REPLIED")
    assert whose_turn(issue) is Turn.NONE
    assert awaiting_seller_reply(issue) is False


def test_turn_with_chat_active_missing_on_an_open_issue() -> None:
    issue = make_issue(status="DISPUTE_ONGOING", chat_active=MISSING, last_status="NEW")
    assert whose_turn(issue) is Turn.SELLER
    assert awaiting_seller_reply(issue) is True


# --------------------------------------------------------------------------------------------
# return_decision
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("return_required", "decision"),
    [
        (True, ReturnDecision.REQUIRED),
        (False, ReturnDecision.NOT_REQUIRED),
        (None, ReturnDecision.PENDING),
        (MISSING, ReturnDecision.PENDING),
        ("true", ReturnDecision.PENDING),  # garbage is not a decision
        (1, ReturnDecision.PENDING),
    ],
)
def test_return_decision_on_claims(return_required: Any, decision: ReturnDecision) -> None:
    issue = make_issue(type="CLAIM", status="CLAIM_SUBMITTED", return_required=return_required)
    assert return_decision(issue) is decision


@pytest.mark.parametrize("status", FINAL[2:])
def test_return_decision_is_kept_on_final_claims(status: str) -> None:
    assert return_decision(make_issue(status=status, return_required=True)) is (
        ReturnDecision.REQUIRED
    )


@pytest.mark.parametrize("return_required", [True, False, None, MISSING])
@pytest.mark.parametrize("type_", ["DISPUTE", "RETURN", None, MISSING])
def test_return_decision_does_not_apply_to_discussions(type_: Any, return_required: Any) -> None:
    # For disputes returnRequired is always null; a (wrong) true must not show a badge.
    issue = make_issue(type=type_, status="DISPUTE_ONGOING", return_required=return_required)
    assert return_decision(issue) is ReturnDecision.NOT_APPLICABLE


# --------------------------------------------------------------------------------------------
# deadline
# --------------------------------------------------------------------------------------------

STATUS_DUE = "2025-06-24T12:12:12.019Z"
DECISION_DUE = "2025-06-25T12:12:12.019Z"


@pytest.mark.parametrize("status", [*OPEN, "REJECTED_CLAIM_WITHDRAWN_BY_BUYER"])
def test_deadline_prefers_status_due_date(status: str) -> None:
    issue = make_issue(status=status, status_due=STATUS_DUE, decision_due=DECISION_DUE)
    assert deadline(issue) == Deadline(_utc(2025, 6, 24, 12, 12, 12, 19000), DeadlineKind.STATUS)


@pytest.mark.parametrize("status_due", [MISSING, None, "", "tomorrow", 14])
def test_deadline_falls_back_to_decision_due_date(status_due: Any) -> None:
    issue = make_issue(status_due=status_due, decision_due=DECISION_DUE)
    assert deadline(issue) == Deadline(_utc(2025, 6, 25, 12, 12, 12, 19000), DeadlineKind.DECISION)


def test_deadline_keeps_allegros_value_even_when_it_is_in_the_past() -> None:
    issue = make_issue(status_due="2000-01-01T00:00:00Z")
    assert deadline(issue) == Deadline(_utc(2000, 1, 1), DeadlineKind.STATUS)


@pytest.mark.parametrize("status", FINAL)
def test_no_deadline_for_final_statuses(status: str) -> None:
    issue = make_issue(status=status, status_due=STATUS_DUE, decision_due=DECISION_DUE)
    assert deadline(issue) is None


@pytest.mark.parametrize("type_", ["DISPUTE", "CLAIM"])
def test_no_deadline_is_computed_locally(type_: str) -> None:
    # An open claim with an opened date but no due dates from Allegro: no invented deadline.
    issue = make_issue(
        type=type_,
        status="CLAIM_SUBMITTED" if type_ == "CLAIM" else "DISPUTE_ONGOING",
        status_due=None,
        decision_due=None,
        opened="2025-06-10T12:12:12.019Z",
        last_at="2025-06-10T14:06:11.019Z",
    )
    assert deadline(issue) is None


# --------------------------------------------------------------------------------------------
# last_activity
# --------------------------------------------------------------------------------------------


def test_last_activity_is_the_last_message_time() -> None:
    issue = make_issue(last_at="2025-06-10T14:06:11.019Z", opened="2025-06-10T12:12:12.019Z")
    assert last_activity(issue) == _utc(2025, 6, 10, 14, 6, 11, 19000)


@pytest.mark.parametrize("last_at", [MISSING, None, "garbage", 17])
def test_last_activity_falls_back_to_opened_date(last_at: Any) -> None:
    issue = make_issue(last_at=last_at, opened="2025-06-10T12:12:12.019Z")
    assert last_activity(issue) == _utc(2025, 6, 10, 12, 12, 12, 19000)


def test_last_activity_unknown() -> None:
    assert last_activity(make_issue()) is None
    assert last_activity(parse_issue({})) is None


# --------------------------------------------------------------------------------------------
# merge_chat
# --------------------------------------------------------------------------------------------


def msg(id_: Any = MISSING, at: Any = MISSING, text: str = "") -> ChatMessage:
    value: dict[str, Any] = {"text": text, "author": {"role": "BUYER"}}
    _put(value, "id", id_)
    _put(value, "createdAt", at)
    return parse_chat_message(value)


def _texts(messages: list[ChatMessage]) -> list[str | None]:
    return [m.text for m in messages]


def test_merge_sorts_by_created_at() -> None:
    merged = merge_chat(
        [
            msg("c", "2025-06-10T12:00:03Z", "c"),
            msg("a", "2025-06-10T12:00:01Z", "a"),
            msg("b", "2025-06-10T12:00:02Z", "b"),
        ]
    )
    assert _texts(merged) == ["a", "b", "c"]


def test_merge_sorts_across_batches_and_offsets() -> None:
    # Claims come newest-first, disputes oldest-first; offsets are compared as instants.
    newest_first = [
        msg("3", "2025-06-10T15:00:00+02:00", "13:00"),
        msg("1", "2025-06-10T11:00:00Z", "11:00"),
    ]
    oldest_first = [
        msg("2", "2025-06-10T12:00:00.5Z", "12:00"),
        msg("4", "2025-06-10T14:00:00Z", "14:00"),
    ]
    assert _texts(merge_chat(newest_first, oldest_first)) == ["11:00", "12:00", "13:00", "14:00"]


def test_merge_deduplicates_by_id_across_batches_first_wins() -> None:
    first = [msg("a", "2025-06-10T12:00:01Z", "first a"), msg("b", "2025-06-10T12:00:02Z", "b")]
    second = [msg("a", "2025-06-10T12:00:01Z", "second a"), msg("c", "2025-06-10T12:00:03Z", "c")]
    third = [msg("b", "2025-06-10T12:00:02Z", "third b"), msg("a", "2025-06-10T12:00:01Z", "x")]
    merged = merge_chat(first, second, third)
    assert [m.id for m in merged] == ["a", "b", "c"]
    assert _texts(merged) == ["first a", "b", "c"]


def test_merge_first_occurrence_wins_even_with_a_different_timestamp() -> None:
    merged = merge_chat(
        [msg("a", "2025-06-10T12:00:05Z", "kept")],
        [msg("b", "2025-06-10T12:00:03Z", "b"), msg("a", "2025-06-10T12:00:01Z", "dropped")],
    )
    assert _texts(merged) == ["b", "kept"]


def test_merge_deduplicates_within_a_batch() -> None:
    merged = merge_chat(
        [msg("a", "2025-06-10T12:00:01Z", "1"), msg("a", "2025-06-10T12:00:01Z", "2")]
    )
    assert _texts(merged) == ["1"]


def test_messages_without_id_are_never_deduplicated() -> None:
    same = {"at": "2025-06-10T12:00:01Z", "text": "same"}
    merged = merge_chat(
        [msg(**same), msg(None, **same)], [msg(**same), msg("x", "2025-06-10T12:00:00Z", "x")]
    )
    assert _texts(merged) == ["x", "same", "same", "same"]
    assert [m.id for m in merged] == ["x", None, None, None]


def test_numeric_and_string_ids_are_the_same_message() -> None:
    merged = merge_chat([msg(17, "2025-06-10T12:00:01Z", "number")], [msg("17", None, "string")])
    assert _texts(merged) == ["number"]


def test_messages_without_timestamp_go_last_in_order() -> None:
    merged = merge_chat(
        [msg("n1", MISSING, "n1"), msg("t2", "2025-06-10T12:00:02Z", "t2")],
        [msg("n2", None, "n2"), msg("t1", "2025-06-10T12:00:01Z", "t1")],
        [msg("n3", "not a date", "n3"), msg(None, MISSING, "n4")],
    )
    assert _texts(merged) == ["t1", "t2", "n1", "n2", "n3", "n4"]


def test_merge_keeps_order_of_equal_timestamps() -> None:
    at = "2025-06-10T12:00:00Z"
    merged = merge_chat([msg("b", at, "b"), msg("a", at, "a")], [msg("c", at, "c")])
    assert _texts(merged) == ["b", "a", "c"]


def test_merge_accepts_any_iterables_and_nothing() -> None:
    assert merge_chat() == []
    assert merge_chat([], []) == []
    batch = (msg(str(i), f"2025-06-10T12:00:0{9 - i}Z", str(i)) for i in range(3))
    assert _texts(merge_chat(batch)) == ["2", "1", "0"]


def test_merge_of_parsed_pages_with_overlap() -> None:
    """Paging is unreliable: an ignored offset returns the first page again."""
    page = {
        "chat": [
            {"id": "m2", "text": "2", "createdAt": "2025-06-10T12:00:02.000Z"},
            {"id": "m1", "text": "1", "createdAt": "2025-06-10T12:00:01.000Z"},
        ]
    }
    merged = merge_chat(parse_chat(page), parse_chat(page))
    assert _texts(merged) == ["1", "2"]


# --------------------------------------------------------------------------------------------
# standing_facts: the same answers as the functions, shared by every issue alike in what they read
# --------------------------------------------------------------------------------------------

_TYPES = ["CLAIM", "DISPUTE", "RETURN", None, MISSING, 3]
_STATUSES = [*OPEN, *FINAL, "REJECTED_CLAIM_WITHDRAWN_BY_BUYER", None, MISSING]
_LAST = [*LastMessageStatus, "CHATBOT_REPLIED", None, MISSING]


@pytest.mark.parametrize("type_", _TYPES)
@pytest.mark.parametrize("status", _STATUSES)
def test_standing_facts_are_the_functions_answers(type_: Any, status: Any) -> None:
    for chat_active in (True, False, None, MISSING):
        for return_required in (True, False, None, MISSING):
            for last_status in _LAST:
                issue = make_issue(
                    type=type_,
                    status=status,
                    chat_active=chat_active,
                    return_required=return_required,
                    last_status=last_status,
                )
                assert standing_facts(issue) == standing_facts_uncached(issue), issue


def test_standing_facts_read_nothing_but_their_key() -> None:
    """Issues alike in type, status, chatActive, returnRequired and the last message's status
    share one answer: every other field an issue has is varied here, and the functions' own
    answers must not move either (else the shared answer would be wrong for some)."""
    base: dict[str, Any] = {
        "type": "CLAIM",
        "status": "CLAIM_SUBMITTED",
        "chat_active": True,
        "return_required": MISSING,
        "last_status": "BUYER_REPLIED",
    }
    variants = [
        make_issue(**base),
        make_issue(**base, status_due="2026-11-28T10:00:00Z"),
        make_issue(**base, decision_due="2020-01-01T00:00:00Z"),
        make_issue(**base, last_at="2026-11-01T10:00:00Z", opened="2026-10-01T10:00:00Z"),
    ]
    answers = {standing_facts_uncached(issue) for issue in variants}
    assert len(answers) == 1
    assert {standing_facts(issue) for issue in variants} == answers
    assert {standing_key(issue) for issue in variants} == {standing_key(variants[0])}
