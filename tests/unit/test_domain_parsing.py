"""Tolerant parsing of Allegro's /sale/issues JSON (``domain/parsing.py``).

Every example of the API contract parses into the expected values; missing, null, unknown and
wrongly typed fields never raise; property-based fuzzing feeds arbitrary JSON (shaped with the
contract's real field names) through the parsers and every derived fact.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allegro_issues_desktop.domain import facts
from allegro_issues_desktop.domain.codes import (
    AuthorRole,
    IssueStatus,
    IssueType,
    LastMessageStatus,
)
from allegro_issues_desktop.domain.models import (
    Attachment,
    Author,
    ChatMessage,
    ChatSummary,
    CheckoutForm,
    Issue,
    IssueState,
    LastMessage,
    Money,
    User,
)
from allegro_issues_desktop.domain.parsing import (
    parse_chat,
    parse_chat_message,
    parse_issue,
    parse_issue_list,
    parse_money,
)
from tests.strategies import timestamp_like

SPEC_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "post-purchase-issues.openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

ATTACHMENT_URL = (
    "https://api.allegro.pl/sale/issues/attachments/eeed0007-4404-4176-a1eb-11d26f056c0d"
)


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --------------------------------------------------------------------------------------------
# The contract's examples
# --------------------------------------------------------------------------------------------


def _iter_examples() -> Iterator[tuple[str, str, str, str, Any]]:
    """(path, method, status code, example name, value) for every response example."""
    for path, operations in SPEC["paths"].items():
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            for code, response in operation.get("responses", {}).items():
                for media in (response.get("content") or {}).values():
                    for name, example in (media.get("examples") or {}).items():
                        yield path, method, str(code), name, example["value"]


EXAMPLES: dict[tuple[str, str, str], Any] = {
    (path, method, name): value for path, method, _code, name, value in _iter_examples()
}


def _example(path: str, method: str, name: str) -> Any:
    return copy.deepcopy(EXAMPLES[(path, method, name)])


def test_spec_has_the_examples_this_module_checks() -> None:
    assert set(EXAMPLES) >= {
        ("/sale/issues", "get", "issue-list"),
        ("/sale/issues/{issueId}", "get", "dispute"),
        ("/sale/issues/{issueId}", "get", "claim"),
        ("/sale/issues/{issueId}/chat", "get", "chat"),
        ("/sale/issues/{issueId}/message", "post", "message"),
    }


@pytest.mark.parametrize(
    ("path", "method", "name"), sorted(EXAMPLES), ids=["/".join(k) for k in sorted(EXAMPLES)]
)
def test_every_spec_example_parses_without_raising(path: str, method: str, name: str) -> None:
    value = _example(path, method, name)
    parse_issue(value)
    parse_issue_list(value)
    parse_chat(value)
    parse_chat_message(value)


def _assert_dispute_example(issue: Issue) -> None:
    assert issue.id == "6f552f2e-9626-46b3-af09-bfdbf9690d65"
    assert issue.type == IssueType.DISPUTE
    assert issue.reference_number is None
    assert issue.decision_due_date is None
    assert issue.opened_date == datetime(2025, 6, 10, 12, 12, 12, 19000, tzinfo=UTC)
    assert issue.subject == "nie otrzymałem towaru po wpłacie"
    assert issue.buyer == User(id="e781964b-ed6b-4f2b-b915-6c3f7495d6ee", login="example-user")
    assert issue.checkout_form == CheckoutForm(
        id="94092826-f0e2-47ca-b8d1-94fd7cb82c33",
        created_at=datetime(2025, 5, 10, 15, 10, 10, 19000, tzinfo=UTC),
    )
    assert issue.current_state == IssueState(
        status=IssueStatus.DISPUTE_ONGOING,
        status_due_date=None,
        return_required=None,
        chat_active=True,
    )
    assert issue.chat.last_message == LastMessage(
        status=LastMessageStatus.BUYER_REPLIED,
        created_at=datetime(2025, 6, 10, 14, 6, 11, 19000, tzinfo=UTC),
    )
    assert issue.chat.messages_count == 2
    initial = issue.chat.initial_message
    assert initial is not None
    assert initial.id == "7cf7dba4-d232-4559-972b-edb8bd3d8883"
    assert initial.text == "hello"
    assert initial.author == Author(login="example-user", role=AuthorRole.BUYER)
    assert initial.attachments == (Attachment(file_name="problem.jpg", url=ATTACHMENT_URL),)
    assert initial.created_at == datetime(2025, 6, 10, 12, 12, 12, 19000, tzinfo=UTC)
    assert issue.expectations == ()
    assert issue.description == "Zwrot 27 zł"
    assert issue.offer is None
    assert issue.product is None
    assert issue.reason is None
    assert issue.right == "WARRANTY"
    assert issue.attachments == (Attachment(file_name="broken.png", url=ATTACHMENT_URL),)
    assert issue.attachments[0].attachment_id == "eeed0007-4404-4176-a1eb-11d26f056c0d"


def _assert_claim_example(issue: Issue, *, return_required: bool) -> None:
    assert issue.id == "73cc3981-bc7e-45b2-911a-a0156871f18f"
    assert issue.type == IssueType.CLAIM
    assert issue.reference_number == "1/2025"
    assert issue.decision_due_date == datetime(2025, 6, 25, 12, 12, 12, 19000, tzinfo=UTC)
    assert issue.decision_due_date.utcoffset() is not None  # aware
    assert issue.opened_date == datetime(2025, 6, 10, 12, 12, 12, 19000, tzinfo=UTC)
    assert issue.subject is None
    assert issue.buyer == User(id="93975873", login="example-user")
    assert issue.current_state.status == IssueStatus.CLAIM_SUBMITTED
    assert issue.current_state.status_due_date == datetime(
        2025, 6, 24, 12, 12, 12, 19000, tzinfo=UTC
    )
    assert issue.current_state.return_required is return_required
    assert issue.current_state.chat_active is True
    assert len(issue.expectations) == 1
    expectation = issue.expectations[0]
    assert expectation.name == "PARTIAL_REFUND"
    assert expectation.refund == Money(amount=Decimal("50.00"), currency="PLN")
    assert expectation.refund is not None
    assert expectation.refund.wire_amount() == "50.00"
    assert issue.offer is not None
    assert issue.offer.id == "7778622952"
    assert issue.offer.quantity == 1
    assert issue.product is not None
    assert issue.product.id == "b436087c-077f-4dd1-a6b5-ff9f63db59b7"
    assert issue.description is None
    assert issue.reason is not None
    assert issue.reason.type == "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION"
    assert issue.reason.description == "Free text"
    assert issue.right == "COMPLAINT"
    initial = issue.chat.initial_message
    assert initial is not None
    assert initial.id == "63707fb6-1a81-47a5-8d65-b9c6cbdb9ee0"
    assert initial.author.role == AuthorRole.BUYER
    assert initial.author.login == "example-user"
    assert issue.attachments == (Attachment(file_name="broken.png", url=ATTACHMENT_URL),)


def _json_round_trip_holds(parsed: Issue | ChatMessage, expected: dict[str, Any]) -> None:
    """``to_json()`` is the JSON as received, compared with a copy made independently of the
    parser (a fresh copy of the contract example, or a deep copy taken *before* parsing), and
    parsing it again gives the same typed values (``raw`` is excluded from ``==``)."""
    assert parsed.to_json() == expected
    again = (parse_issue if isinstance(parsed, Issue) else parse_chat_message)(parsed.to_json())
    assert again == parsed


def test_list_example() -> None:
    value = _example("/sale/issues", "get", "issue-list")
    issues = parse_issue_list(value)
    assert [i.type for i in issues] == ["DISPUTE", "CLAIM"]
    _assert_dispute_example(issues[0])
    _assert_claim_example(issues[1], return_required=True)
    expected = _example("/sale/issues", "get", "issue-list")["issues"]
    assert len(expected) == len(issues) == 2
    for issue, original in zip(issues, expected, strict=True):
        _json_round_trip_holds(issue, original)
    assert value == _example("/sale/issues", "get", "issue-list")  # the input is not modified


def test_single_dispute_example() -> None:
    value = _example("/sale/issues/{issueId}", "get", "dispute")
    issue = parse_issue(value)
    _assert_dispute_example(issue)
    _json_round_trip_holds(issue, _example("/sale/issues/{issueId}", "get", "dispute"))
    assert facts.issue_kind(issue) is facts.IssueKind.DISCUSSION
    assert facts.return_decision(issue) is facts.ReturnDecision.NOT_APPLICABLE
    assert facts.whose_turn(issue) is facts.Turn.SELLER
    assert facts.deadline(issue) is None


def test_single_claim_example() -> None:
    value = _example("/sale/issues/{issueId}", "get", "claim")
    issue = parse_issue(value)
    _assert_claim_example(issue, return_required=False)
    _json_round_trip_holds(issue, _example("/sale/issues/{issueId}", "get", "claim"))
    assert facts.issue_kind(issue) is facts.IssueKind.CLAIM
    assert facts.return_decision(issue) is facts.ReturnDecision.NOT_REQUIRED
    assert facts.deadline(issue) == facts.Deadline(
        datetime(2025, 6, 24, 12, 12, 12, 19000, tzinfo=UTC), facts.DeadlineKind.STATUS
    )


def test_chat_example() -> None:
    value = _example("/sale/issues/{issueId}/chat", "get", "chat")
    messages = parse_chat(value)
    assert len(messages) == 1
    message = messages[0]
    assert message.id == "92162836-6599-4b6f-a71e-b27392770b53"
    assert message.text == "Proszę o wyjaśnienie problemu."
    assert message.attachments == (Attachment(file_name="problem.jpg", url=ATTACHMENT_URL),)
    assert message.author == Author(login="example-user", role="BUYER")
    assert message.created_at == datetime(2025, 6, 10, 12, 12, 12, 19000, tzinfo=UTC)
    expected = _example("/sale/issues/{issueId}/chat", "get", "chat")["chat"][0]
    _json_round_trip_holds(message, expected)


def test_posted_message_example() -> None:
    value = _example("/sale/issues/{issueId}/message", "post", "message")
    message = parse_chat_message(value)
    assert message.id == "a9927fcc-f11a-436a-9f8d-177fd37d393c"
    assert message.text == "Dzień dobry. Proszę o doprecyzowanie problemu."
    assert message.author == Author(login="example-seller", role=AuthorRole.SELLER)
    assert message.attachments == (Attachment(file_name="example-image.jpg", url=ATTACHMENT_URL),)
    assert message.created_at == datetime(2025, 6, 10, 12, 12, 12, 19000, tzinfo=UTC)
    _json_round_trip_holds(message, _example("/sale/issues/{issueId}/message", "post", "message"))


def test_schema_examples_with_the_stray_second_fraction_parse() -> None:
    """The contract's own field example: ``2025-06-29T18:12:12.000.019Z``."""
    issue_schema = SCHEMAS["PostPurchaseIssue"]["properties"]
    issue = parse_issue(
        {
            "decisionDueDate": issue_schema["decisionDueDate"]["example"],
            "openedDate": issue_schema["openedDate"]["example"],
        }
    )
    assert issue.decision_due_date is not None
    assert issue.decision_due_date.replace(microsecond=0) == _utc("2025-06-29T18:12:12")
    assert issue.opened_date is not None
    assert issue.opened_date.replace(microsecond=0) == _utc("2025-06-15T18:12:12")


# --------------------------------------------------------------------------------------------
# Missing and null fields
# --------------------------------------------------------------------------------------------


def _assert_empty_issue(issue: Issue) -> None:
    assert issue.id is None
    assert issue.type is None
    assert issue.reference_number is None
    assert issue.decision_due_date is None
    assert issue.opened_date is None
    assert issue.subject is None
    assert issue.buyer == User(id=None, login=None)
    assert issue.checkout_form == CheckoutForm(id=None, created_at=None)
    assert issue.current_state == IssueState(
        status=None, status_due_date=None, return_required=None, chat_active=None
    )
    assert issue.chat == ChatSummary(
        last_message=LastMessage(status=None, created_at=None),
        messages_count=None,
        initial_message=None,
    )
    assert issue.expectations == ()
    assert issue.description is None
    assert issue.offer is None
    assert issue.product is None
    assert issue.reason is None
    assert issue.right is None
    assert issue.attachments == ()


def test_empty_object_parses_to_all_none() -> None:
    issue = parse_issue({})
    _assert_empty_issue(issue)
    assert issue.to_json() == {}


def test_every_top_level_field_null_parses_to_all_none() -> None:
    value = {name: None for name in SCHEMAS["PostPurchaseIssue"]["properties"]}
    issue = parse_issue(value)
    _assert_empty_issue(issue)
    expected = issue.to_json()
    assert len(expected) == len(SCHEMAS["PostPurchaseIssue"]["properties"]) > 10
    assert all(expected[name] is None for name in SCHEMAS["PostPurchaseIssue"]["properties"])


def test_every_nested_field_null_parses_to_all_none() -> None:
    value = {
        "buyer": {"id": None, "login": None},
        "checkoutForm": {"id": None, "createdAt": None},
        "currentState": {
            "status": None,
            "statusDueDate": None,
            "returnRequired": None,
            "chatActive": None,
        },
        "chat": {
            "lastMessage": {"status": None, "createdAt": None},
            "messagesCount": None,
            "initialMessage": None,
        },
        "expectations": [{"name": None, "refund": None}],
        "attachments": [{"fileName": None, "url": None}],
    }
    issue = parse_issue(value)
    assert issue.buyer == User(id=None, login=None)
    assert issue.current_state == IssueState(None, None, None, None)
    assert issue.chat.last_message == LastMessage(None, None)
    assert issue.chat.initial_message is None
    assert len(issue.expectations) == 1
    assert issue.expectations[0].name is None
    assert issue.expectations[0].refund is None
    assert issue.attachments == (Attachment(file_name=None, url=None),)
    assert issue.attachments[0].attachment_id is None


def test_nested_objects_with_null_members() -> None:
    issue = parse_issue(
        {
            "offer": {"id": None, "quantity": None},
            "product": {"id": None},
            "reason": {"type": None, "description": None},
            "expectations": [{"name": "REFUND", "refund": {"amount": None, "currency": None}}],
            "chat": {"initialMessage": {}},
        }
    )
    assert issue.offer is not None
    assert (issue.offer.id, issue.offer.quantity) == (None, None)
    assert issue.product is not None
    assert issue.product.id is None
    assert issue.reason is not None
    assert (issue.reason.type, issue.reason.description) == (None, None)
    assert issue.expectations[0].refund == Money(amount=None, currency=None)
    assert issue.expectations[0].refund is not None
    assert issue.expectations[0].refund.wire_amount() is None
    initial = issue.chat.initial_message
    assert initial is not None
    assert initial == ChatMessage(
        id=None, text=None, attachments=(), author=Author(None, None), created_at=None
    )


@pytest.mark.parametrize(
    "value", [{}, {name: None for name in SCHEMAS["PostPurchaseIssueChatMessage"]["properties"]}]
)
def test_chat_message_missing_or_null_fields(value: dict[str, Any]) -> None:
    before = copy.deepcopy(value)
    message = parse_chat_message(value)
    assert message.id is None
    assert message.text is None
    assert message.attachments == ()
    assert message.author == Author(login=None, role=None)
    assert message.created_at is None
    _json_round_trip_holds(message, before)


def test_admin_message_without_login() -> None:
    message = parse_chat_message({"id": "m1", "author": {"role": "ADMIN"}, "text": "Doradca"})
    assert message.author == Author(login=None, role=AuthorRole.ADMIN)


@pytest.mark.parametrize("value", [None, True, 0, 1.5, "issues", [], [{}], {"x": 1}])
def test_not_an_object_gives_empty_results(value: Any) -> None:
    _assert_empty_issue(parse_issue(value))
    assert parse_issue_list(value) == []
    assert parse_chat(value) == []
    message = parse_chat_message(value)
    assert message.id is None
    assert message.author == Author(None, None)


@pytest.mark.parametrize("issues", [None, {}, "x", 5, {"id": "a"}])
def test_issue_list_with_a_non_list_body(issues: Any) -> None:
    assert parse_issue_list({"issues": issues}) == []


def test_issue_list_skips_non_object_entries() -> None:
    parsed = parse_issue_list({"issues": [None, 1, "x", [], {"id": "a"}, True, {"id": "b"}]})
    assert [i.id for i in parsed] == ["a", "b"]


def test_chat_skips_non_object_entries() -> None:
    parsed = parse_chat({"chat": [None, {"id": "m1"}, 3, ["m2"], {"id": "m3"}]})
    assert [m.id for m in parsed] == ["m1", "m3"]


@pytest.mark.parametrize("chat", [None, {}, "chat", 7])
def test_chat_with_a_non_list_body(chat: Any) -> None:
    assert parse_chat({"chat": chat}) == []


# --------------------------------------------------------------------------------------------
# Unknown enum values are kept as strings and round-trip
# --------------------------------------------------------------------------------------------


def _issue_with_new_values() -> dict[str, Any]:
    value: dict[str, Any] = _example("/sale/issues/{issueId}", "get", "claim")
    value["type"] = "RETURN"
    value["currentState"]["status"] = "REJECTED_CLAIM_WITHDRAWN_BY_BUYER"
    value["currentState"]["newStateField"] = {"nested": [1, 2, {"x": None}]}
    value["chat"]["lastMessage"]["status"] = "CHATBOT_REPLIED"
    value["chat"]["initialMessage"]["author"]["role"] = "BOT"
    value["expectations"][0]["name"] = "VOUCHER"
    value["expectations"][0]["refund"]["currency"] = "XTS"
    value["reason"]["type"] = "BOUGHT_BY_MISTAKE"
    value["right"] = "GUARANTEE"
    value["brandNewField"] = {"anything": ["goes", 1, None, True]}
    return value


def test_unknown_enum_values_are_kept_as_raw_strings() -> None:
    value = _issue_with_new_values()
    issue = parse_issue(value)
    assert issue.type == "RETURN"
    assert issue.current_state.status == "REJECTED_CLAIM_WITHDRAWN_BY_BUYER"
    assert issue.chat.last_message.status == "CHATBOT_REPLIED"
    assert issue.chat.initial_message is not None
    assert issue.chat.initial_message.author.role == "BOT"
    assert issue.expectations[0].name == "VOUCHER"
    assert issue.expectations[0].refund == Money(Decimal("50.00"), "XTS")
    assert issue.reason is not None
    assert issue.reason.type == "BOUGHT_BY_MISTAKE"
    assert issue.right == "GUARANTEE"
    assert facts.issue_kind(issue) is facts.IssueKind.UNKNOWN
    assert facts.status_phase(issue) is facts.StatusPhase.UNKNOWN
    assert facts.whose_turn(issue) is facts.Turn.UNKNOWN


def test_unknown_values_and_fields_survive_a_round_trip() -> None:
    value = _issue_with_new_values()
    original = copy.deepcopy(value)
    issue = parse_issue(value)
    assert issue.to_json() == original
    assert parse_issue(issue.to_json()).to_json() == original
    assert parse_issue(issue.to_json()) == issue


def test_unknown_role_in_chat_round_trips() -> None:
    value = {
        "id": "m1",
        "text": "Jestem botem",
        "author": {"role": "BOT", "login": None, "avatar": "x"},
        "createdAt": "2026-06-10T12:00:00Z",
        "reactions": [{"emoji": "👍"}],
    }
    before = copy.deepcopy(value)
    message = parse_chat_message(value)
    assert message.author == Author(login=None, role="BOT")
    _json_round_trip_holds(message, before)
    assert parse_chat({"chat": [value]})[0].to_json() == before


def test_to_json_returns_a_copy() -> None:
    value = {"id": "a", "type": "CLAIM"}
    issue = parse_issue(value)
    issue.to_json()["id"] = "changed"
    assert issue.to_json() == {"id": "a", "type": "CLAIM"}


# --------------------------------------------------------------------------------------------
# Wrong types everywhere
# --------------------------------------------------------------------------------------------


def test_numbers_where_strings_are_expected_become_strings() -> None:
    issue = parse_issue(
        {
            "id": 123,
            "referenceNumber": 7,
            "subject": 1.5,
            "buyer": {"id": 93975873, "login": 42},
            "offer": {"id": 7778622952, "quantity": 1},
            "expectations": [{"name": 1, "refund": {"amount": 50, "currency": 985}}],
        }
    )
    assert issue.id == "123"
    assert issue.reference_number == "7"
    assert issue.subject == "1.5"
    assert issue.buyer == User(id="93975873", login="42")
    assert issue.offer is not None
    assert issue.offer.id == "7778622952"
    assert issue.expectations[0].refund == Money(Decimal("50"), "985")


@pytest.mark.parametrize("bad", [True, False, [], {}, [1], {"a": 1}])
def test_non_scalar_values_for_strings_are_none(bad: Any) -> None:
    issue = parse_issue(
        {
            "id": bad,
            "type": bad,
            "subject": bad,
            "right": bad,
            "currentState": {"status": bad},
            "chat": {"lastMessage": {"status": bad}},
        }
    )
    assert issue.id is None
    assert issue.type is None
    assert issue.subject is None
    assert issue.right is None
    assert issue.current_state.status is None
    assert issue.chat.last_message.status is None


@pytest.mark.parametrize("bad", ["true", "false", "yes", 1, 0, 1.0, [], {}, [True]])
def test_non_booleans_for_booleans_are_not_guessed(bad: Any) -> None:
    issue = parse_issue(
        {"type": "CLAIM", "currentState": {"returnRequired": bad, "chatActive": bad}}
    )
    # Never a string or a number pretending to be a decision.
    assert issue.current_state.return_required is None
    assert issue.current_state.chat_active is None
    assert facts.return_decision(issue) is facts.ReturnDecision.PENDING


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(2, 2), ("2", 2), (" 3 ", 3), ("two", None), (2.5, None), (True, None), ([], None)],
)
def test_messages_count_and_quantity(raw: Any, expected: int | None) -> None:
    issue = parse_issue({"chat": {"messagesCount": raw}, "offer": {"quantity": raw}})
    assert issue.chat.messages_count == expected
    assert issue.offer is not None
    assert issue.offer.quantity == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("50.00", Decimal("50.00")),
        ("2.50", Decimal("2.50")),
        (" 40.00 ", Decimal("40.00")),
        ("50,00", Decimal("50.00")),
        (50, Decimal("50")),
        (0.5, Decimal("0.5")),
        ("abc", None),
        ("", None),
        ("NaN", None),
        ("Infinity", None),
        ("-inf", None),
        (math.inf, None),
        (math.nan, None),
        (True, None),
        (None, None),
        ([], None),
        ({"amount": "1"}, None),
    ],
)
def test_money_amounts(raw: Any, expected: Decimal | None) -> None:
    money = parse_money({"amount": raw, "currency": "PLN"})
    assert money is not None
    assert money.amount == expected
    assert money.currency == "PLN"


@pytest.mark.parametrize("value", [None, "50.00", 50, [], ["50.00", "PLN"], True])
def test_money_that_is_not_an_object(value: Any) -> None:
    assert parse_money(value) is None


def test_lists_for_objects_and_objects_for_lists() -> None:
    issue = parse_issue(
        {
            "buyer": ["id", "login"],
            "checkoutForm": "94092826",
            "currentState": [{"status": "CLAIM_SUBMITTED"}],
            "chat": ["lastMessage"],
            "expectations": {"name": "REFUND"},
            "offer": ["7778622952"],
            "product": "b436087c",
            "reason": ["OTHER"],
            "attachments": {"fileName": "a.png", "url": "https://x/y"},
        }
    )
    assert issue.buyer == User(None, None)
    assert issue.checkout_form == CheckoutForm(None, None)
    assert issue.current_state == IssueState(None, None, None, None)
    assert issue.chat == ChatSummary(LastMessage(None, None), None, None)
    assert issue.expectations == ()
    assert issue.offer is None
    assert issue.product is None
    assert issue.reason is None
    assert issue.attachments == ()


def test_nested_garbage() -> None:
    value: dict[str, Any] = {
        "id": {"id": {"id": "deep"}},
        "decisionDueDate": 1750853532,
        "openedDate": ["2025-06-10T12:12:12.019Z"],
        "currentState": {
            "status": ["DISPUTE_ONGOING"],
            "statusDueDate": {"date": "2025-06-10"},
            "returnRequired": {"value": True},
            "chatActive": [True],
        },
        "chat": {
            "lastMessage": "BUYER_REPLIED",
            "messagesCount": {"count": 2},
            "initialMessage": ["hello"],
        },
        "expectations": [None, 1, "REFUND", [], {"name": ["REFUND"], "refund": "50.00 PLN"}],
        "attachments": [None, 7, {"fileName": 12, "url": ["x"]}, {"fileName": {}, "url": 1}],
    }
    before = copy.deepcopy(value)
    issue = parse_issue(value)
    assert issue.id is None
    assert issue.decision_due_date is None
    assert issue.opened_date is None
    assert issue.current_state == IssueState(None, None, None, None)
    assert issue.chat == ChatSummary(LastMessage(None, None), None, None)
    assert len(issue.expectations) == 1
    assert issue.expectations[0].name is None
    assert issue.expectations[0].refund is None
    assert issue.attachments == (
        Attachment(file_name="12", url=None),
        Attachment(file_name=None, url="1"),
    )
    _json_round_trip_holds(issue, before)  # garbage is kept as received, never "repaired"


def test_chat_message_wrong_types() -> None:
    message = parse_chat_message(
        {
            "id": 17,
            "text": ["hello"],
            "attachments": "problem.jpg",
            "author": "example-user",
            "createdAt": 1750000000,
        }
    )
    assert message.id == "17"
    assert message.text is None
    assert message.attachments == ()
    assert message.author == Author(None, None)
    assert message.created_at is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (ATTACHMENT_URL, "eeed0007-4404-4176-a1eb-11d26f056c0d"),
        ("https://api.allegro.pl/sale/issues/attachments/abc/", "abc"),
        ("https://api.allegro.pl/sale/issues/attachments/abc?x=1", "abc"),
        ("", None),
        (None, None),
    ],
)
def test_attachment_id_from_url(url: str | None, expected: str | None) -> None:
    assert Attachment(file_name="a.png", url=url).attachment_id == expected


# --------------------------------------------------------------------------------------------
# Property-based fuzzing
# --------------------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _field_names() -> list[str]:
    names: set[str] = {"issues", "chat"}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, child in node.items():
                if key == "properties" and isinstance(child, dict):
                    names.update(child)
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(SCHEMAS)
    return sorted(names)


FIELD_NAMES = _field_names()

KNOWN_VALUES: list[str] = sorted(
    {*IssueType, *IssueStatus, *LastMessageStatus, *AuthorRole}
    | {"REJECTED_CLAIM_WITHDRAWN_BY_BUYER", "RETURN", "BOT", "PLN", "50.00", "WARRANTY"}
)


LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(KNOWN_VALUES)
    | timestamp_like()
)
KEYS = st.sampled_from(FIELD_NAMES) | st.text(max_size=8)
JSON = st.recursive(
    LEAVES,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=6),
    max_leaves=30,
)


def _mutate(draw: st.DrawFn, value: Any) -> Any:
    """A spec example with random parts dropped or replaced by arbitrary JSON."""
    if draw(st.integers(0, 7)) == 0:
        return draw(JSON)
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, child in value.items():
            if draw(st.integers(0, 9)) == 0:
                continue
            out[key] = _mutate(draw, child)
        return out
    if isinstance(value, list):
        return [_mutate(draw, child) for child in value]
    return value


@st.composite
def mutated_examples(draw: st.DrawFn) -> Any:
    key = draw(st.sampled_from(sorted(EXAMPLES)))
    return _mutate(draw, copy.deepcopy(EXAMPLES[key]))


ANY_INPUT = JSON | mutated_examples() | st.dictionaries(KEYS, JSON, max_size=8)


def _all_facts(issue: Issue, chat: list[ChatMessage]) -> None:
    facts.issue_kind(issue)
    facts.status_phase(issue)
    facts.is_open(issue)
    facts.can_write(issue)
    facts.whose_turn(issue)
    facts.awaiting_seller_reply(issue)
    facts.return_decision(issue)
    facts.deadline(issue)
    facts.last_activity(issue)
    initial = [issue.chat.initial_message] if issue.chat.initial_message else []
    facts.merge_chat(initial, chat, chat)
    for attachment in issue.attachments:
        _ = attachment.attachment_id
    for expectation in issue.expectations:
        if expectation.refund is not None:
            expectation.refund.wire_amount()


@FUZZ
@given(ANY_INPUT)
def test_fuzz_parsers_and_facts_never_raise(value: Any) -> None:
    issue = parse_issue(value)
    issues = parse_issue_list(value)
    chat = parse_chat(value)
    message = parse_chat_message(value)
    _all_facts(issue, chat)
    for each in issues:
        _all_facts(each, [message])
    for parsed in (issue, *issues):
        for moment in (parsed.opened_date, parsed.decision_due_date, facts.last_activity(parsed)):
            assert moment is None or moment.utcoffset() == UTC.utcoffset(None)


@FUZZ
@given(st.dictionaries(KEYS, JSON, max_size=8))
def test_fuzz_issue_field_values_never_raise(fields: dict[str, Any]) -> None:
    """Arbitrary values under the real top-level and nested field names."""
    value = {
        "currentState": fields,
        "chat": {"lastMessage": fields, "initialMessage": fields},
        "buyer": fields,
        "expectations": [fields, {"refund": fields}],
        "attachments": [fields],
        **fields,
    }
    issue = parse_issue(value)
    _all_facts(issue, parse_chat({"chat": [fields, value]}))
    parse_issue_list({"issues": [value, fields]})


def _json_without_nan() -> st.SearchStrategy[Any]:
    leaves = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=20)
        | st.sampled_from(KNOWN_VALUES)
    )
    return st.recursive(
        leaves,
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=6)
        ),
        max_leaves=30,
    )


@FUZZ
@given(st.dictionaries(KEYS, _json_without_nan(), max_size=8))
def test_fuzz_round_trip(value: dict[str, Any]) -> None:
    before = copy.deepcopy(value)
    _json_round_trip_holds(parse_issue(value), before)
    _json_round_trip_holds(parse_chat_message(value), before)


@FUZZ
@given(timestamp_like(), timestamp_like())
def test_fuzz_timestamp_fields_never_raise(first: str, second: str) -> None:
    """Timestamp-shaped strings in every date field (out-of-range parts, odd offsets)."""
    value = {
        "type": "CLAIM",
        "openedDate": first,
        "decisionDueDate": second,
        "checkoutForm": {"createdAt": first},
        "currentState": {"status": "CLAIM_SUBMITTED", "statusDueDate": second},
        "chat": {"lastMessage": {"createdAt": first}, "initialMessage": {"createdAt": second}},
    }
    issue = parse_issue(value)
    chat = parse_chat({"chat": [{"id": "a", "createdAt": first}, {"id": "b", "createdAt": second}]})
    _all_facts(issue, chat)
