"""The domain models as values: immutable, equal by what was read (not by the JSON kept in
``raw``), and out of the cycle collector's way (a full sync makes ~1,000,000 of them)."""

from __future__ import annotations

import gc
import operator

import pytest

from allegro_issues_desktop.domain.models import ChatMessage, Issue, User
from allegro_issues_desktop.domain.parsing import parse_chat_message, parse_issue

ISSUE = {
    "id": "i-1",
    "type": "CLAIM",
    "subject": "Uszkodzony towar",
    "buyer": {"id": "b", "login": "kupujacy"},
    "currentState": {"status": "CLAIM_SUBMITTED", "chatActive": True},
}


def test_equal_issues_read_the_same_whatever_their_raw_json_holds() -> None:
    one = parse_issue({**ISSUE, "unknownField": "a"})
    two = parse_issue({**ISSUE, "unknownField": "b"})
    assert one.raw != two.raw
    assert one == two
    assert operator.ne(one, two) is False  # __ne__ is its own method: checked too
    assert hash(one) == hash(two)
    three = parse_issue({**ISSUE, "subject": "Inny"})
    assert one != three
    assert operator.eq(one, three) is False
    assert operator.ne(one, "i-1") and operator.ne(one, None)  # another type: unequal


def test_raw_stays_out_of_repr() -> None:
    """Buyer text in fields this version does not read must not reach a log via repr()."""
    issue = parse_issue({**ISSUE, "secretNote": "PESEL 12345678901"})
    message = parse_chat_message({"id": "m", "text": "hi", "extra": "PESEL 12345678901"})
    assert "12345678901" not in repr(issue)
    assert "12345678901" not in repr(message)
    assert "subject='Uszkodzony towar'" in repr(issue)
    assert "raw" not in dict(issue.__rich_repr__())  # rich's pretty printer asks this
    assert "raw" not in dict(message.__rich_repr__())


def test_chat_messages_compare_without_raw_too() -> None:
    one = parse_chat_message({"id": "m", "text": "hi", "x": 1})
    two = parse_chat_message({"id": "m", "text": "hi", "x": 2})
    assert isinstance(one, ChatMessage)
    assert one == two and hash(one) == hash(two)
    assert one != parse_chat_message({"id": "m", "text": "hello"})


def test_models_are_immutable() -> None:
    issue = parse_issue(ISSUE)
    with pytest.raises(AttributeError):
        issue.subject = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        issue.buyer.login = "someone"  # type: ignore[misc]


def test_models_are_not_tracked_by_the_cycle_collector() -> None:
    issue = parse_issue(ISSUE)
    assert isinstance(issue, Issue)
    for value in (issue, issue.buyer, issue.current_state, issue.chat, User("a", "b")):
        assert not gc.is_tracked(value), type(value).__name__
