"""The emulator's write side: messages, return decisions, END_REQUEST and claim verdicts."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest

from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.demo.texts import SELLER_LOGIN
from tests.api.conftest import BETA, error_of, validate, writable


def post(api: httpx.Client, issue_id: str, body: Any) -> httpx.Response:
    return api.post(f"/sale/issues/{issue_id}/message", json=body)


def verdict(api: httpx.Client, issue_id: str, body: Any) -> httpx.Response:
    return api.post(f"/sale/issues/{issue_id}/status", json=body)


# ------------------------------------------------------------------------------ messages
def test_posted_message_is_created_and_updates_the_issue(
    api: httpx.Client, emulator: Emulator
) -> None:
    issue_id = writable(emulator, "DISPUTE")
    count = len(emulator.chat_json(issue_id))
    response = post(api, issue_id, {"text": "Dzień dobry, już sprawdzam.", "type": "REGULAR"})
    assert response.status_code == 201
    assert response.headers["content-type"] == BETA
    message = response.json()
    validate("PostPurchaseIssueMessage", message)
    assert message["text"] == "Dzień dobry, już sprawdzam."
    assert message["author"] == {"login": SELLER_LOGIN, "role": "SELLER"}
    assert message["attachments"] == []
    assert emulator.chat_json(issue_id)[-1] == message
    issue = api.get(f"/sale/issues/{issue_id}").json()
    assert issue["chat"]["lastMessage"] == {
        "status": "SELLER_REPLIED",
        "createdAt": message["createdAt"],
    }
    assert issue["chat"]["messagesCount"] == count + 1
    newest = api.get(f"/sale/issues/{issue_id}/chat").json()["chat"][0]  # disputes: newest first
    assert newest == message


def test_buyer_reply_after_the_seller_is_buyer_replied(
    api: httpx.Client, emulator: Emulator
) -> None:
    issue_id = writable(emulator, "CLAIM")
    assert post(api, issue_id, {"text": "Proszę o zdjęcie.", "type": "REGULAR"}).status_code == 201
    reply = emulator.add_buyer_message(issue_id, "Przesyłam.")
    validate("PostPurchaseIssueChatMessage", reply)
    assert reply["author"]["role"] == "BUYER"
    last = emulator.issue_json(issue_id)["chat"]["lastMessage"]
    assert last == {"status": "BUYER_REPLIED", "createdAt": reply["createdAt"]}


@pytest.mark.parametrize(
    "body",
    [
        {"text": "bez typu"},
        {"text": "bez załączników", "type": "REGULAR"},
        {"text": "pusta lista", "attachments": [], "type": "REGULAR"},
        {"text": "x" * 20_000, "type": "REGULAR"},
    ],
)
def test_bodies_without_attachments_are_accepted(
    api: httpx.Client, emulator: Emulator, body: dict[str, Any]
) -> None:
    # The spec lists `required: [text, attachment, type]`, a known quirk: Allegro accepts these.
    assert post(api, writable(emulator, "DISPUTE"), body).status_code == 201


@pytest.mark.parametrize(
    ("kind", "body", "status", "path"),
    [
        ("DISPUTE", {"type": "REGULAR"}, 422, None),
        ("DISPUTE", {"text": "   ", "attachments": [], "type": "REGULAR"}, 422, None),
        ("DISPUTE", {"text": "x" * 20_001, "type": "REGULAR"}, 400, "text"),
        ("DISPUTE", {"text": 5, "type": "REGULAR"}, 400, "text"),
        ("DISPUTE", {"text": "a", "type": "SHOUT"}, 400, "type"),
        ("DISPUTE", {"text": "a", "attachments": "x", "type": "REGULAR"}, 400, "attachments"),
        ("DISPUTE", {"text": "a", "attachments": [{"id": "nope"}]}, 422, "attachments"),
        ("CLAIM", {"text": "Kończymy?", "type": "END_REQUEST"}, 422, "type"),
        ("DISPUTE", {"text": "Zwrot", "type": "RETURN_REQUIRED_SELLER_LABEL"}, 422, "type"),
        ("DISPUTE", {"text": "Zwrot", "type": "RETURN_REQUIRED_CUSTOM"}, 422, "type"),
        ("DISPUTE", {"text": "Bez zwrotu", "type": "RETURN_NOT_REQUIRED"}, 422, "type"),
        ("DISPUTE", ["not", "an", "object"], 400, None),
    ],
)
def test_invalid_messages_are_refused_without_effect(
    api: httpx.Client,
    emulator: Emulator,
    kind: str,
    body: Any,
    status: int,
    path: str | None,
) -> None:
    issue_id = writable(emulator, kind)
    before = emulator.chat_json(issue_id)
    response = post(api, issue_id, body)
    assert response.status_code == status
    assert error_of(response)["path"] == path
    assert emulator.chat_json(issue_id) == before


def test_message_body_must_be_beta_json(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = writable(emulator, "DISPUTE")
    url = f"/sale/issues/{issue_id}/message"
    as_json = api.post(url, content=b'{"text": "a"}', headers={"Content-Type": "application/json"})
    assert as_json.status_code == 415
    broken = api.post(url, content=b'{"text": ')
    assert broken.status_code == 400
    wrong_accept = api.post(url, json={"text": "a"}, headers={"Accept": "application/json"})
    assert wrong_accept.status_code == 406


def test_closed_chat_is_409(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = writable(emulator, "DISPUTE")
    emulator.set_state(issue_id, chatActive=False)
    response = post(api, issue_id, {"text": "Halo?", "type": "REGULAR"})
    assert response.status_code == 409
    assert "forbids adding new messages" in error_of(response)["message"]


def test_message_to_unknown_issue_is_404(api: httpx.Client) -> None:
    assert post(api, "no-such-issue", {"text": "a", "type": "REGULAR"}).status_code == 404


@pytest.mark.parametrize(
    ("message_type", "required"),
    [
        ("RETURN_REQUIRED_SELLER_LABEL", True),
        ("RETURN_REQUIRED_CUSTOM", True),
        ("RETURN_NOT_REQUIRED", False),
    ],
)
def test_return_decision_sets_return_required(
    api: httpx.Client, emulator: Emulator, message_type: str, required: bool
) -> None:
    issue_id = writable(emulator, "CLAIM")
    response = post(api, issue_id, {"text": "Decyzja w sprawie zwrotu.", "type": message_type})
    assert response.status_code == 201
    issue = api.get(f"/sale/issues/{issue_id}").json()
    assert issue["currentState"]["returnRequired"] is required
    validate("PostPurchaseIssue", issue)


def test_end_request_once_per_discussion(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = writable(emulator, "DISPUTE")
    body = {"text": "Czy możemy zakończyć dyskusję?", "type": "END_REQUEST"}
    assert post(api, issue_id, body).status_code == 201
    again = post(api, issue_id, body)
    assert again.status_code == 422
    assert error_of(again)["path"] == "type"
    assert post(api, issue_id, {"text": "Dalej rozmawiamy", "type": "REGULAR"}).status_code == 201


def test_concurrent_posts_are_all_kept(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = writable(emulator, "DISPUTE")
    before = len(emulator.chat_json(issue_id))
    statuses: list[int] = []

    def send(n: int) -> None:
        with httpx.Client(base_url=emulator.base_url, headers=dict(api.headers)) as client:
            for k in range(5):
                body = {"text": f"{n}-{k}", "type": "REGULAR"}
                statuses.append(post(client, issue_id, body).status_code)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [201] * 40
    chat = emulator.chat_json(issue_id)
    assert len(chat) == before + 40
    assert emulator.issue_json(issue_id)["chat"]["messagesCount"] == before + 40
    stamps = [m["createdAt"] for m in chat]
    assert stamps == sorted(stamps)  # strictly ordered even when posted in the same millisecond
    assert len(set(stamps[before:])) == 40


# ------------------------------------------------------------------------------- verdicts
@pytest.mark.parametrize(
    ("status", "final"),
    [("ACCEPTED_REFUND", "CLAIM_ACCEPTED"), ("REJECTED_MINOR_DEFECT", "CLAIM_REJECTED")],
)
def test_verdict_decides_the_claim(
    api: httpx.Client, emulator: Emulator, status: str, final: str
) -> None:
    issue_id = writable(emulator, "CLAIM")
    response = verdict(api, issue_id, {"status": status, "message": "Decyzja sprzedawcy."})
    assert response.status_code == 200
    assert response.content == b""
    issue = api.get(f"/sale/issues/{issue_id}").json()
    validate("PostPurchaseIssue", issue)
    assert issue["currentState"]["status"] == final
    assert issue["currentState"]["statusDueDate"] is None
    note = emulator.chat_json(issue_id)[-1]
    assert note["text"] == "Decyzja sprzedawcy."
    assert note["author"]["role"] == "SELLER"
    assert issue["chat"]["lastMessage"]["status"] == "SELLER_REPLIED"
    again = verdict(api, issue_id, {"status": status, "message": "Jeszcze raz"})
    assert again.status_code == 422  # only CLAIM_SUBMITTED can be decided


def test_partial_refund_verdict(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = writable(emulator, "CLAIM")
    body = {
        "status": "ACCEPTED_PARTIAL_REFUND",
        "message": "Zwracamy część kwoty.",
        "partialRefund": {"amount": "40.00", "currency": "PLN"},
    }
    assert verdict(api, issue_id, body).status_code == 200
    assert emulator.issue_json(issue_id)["currentState"]["status"] == "CLAIM_ACCEPTED"


@pytest.mark.parametrize(
    ("body", "status", "path"),
    [
        ({"status": "ACCEPTED_PARTIAL_REFUND", "message": "Część"}, 422, "partialRefund.amount"),
        (
            {
                "status": "ACCEPTED_PARTIAL_REFUND",
                "message": "m",
                "partialRefund": {"currency": "PLN"},
            },
            422,
            "partialRefund.amount",
        ),
        (
            {
                "status": "ACCEPTED_PARTIAL_REFUND",
                "message": "m",
                "partialRefund": {"amount": "40,00", "currency": "PLN"},
            },
            400,
            "partialRefund.amount",
        ),
        ({"status": "ACCEPTED_MAYBE", "message": "m"}, 400, "status"),
        ({"message": "m"}, 400, "status"),
        ({"status": "ACCEPTED_REFUND"}, 400, "message"),
        ({"status": "ACCEPTED_REFUND", "message": "  "}, 400, "message"),
    ],
)
def test_invalid_verdicts_change_nothing(
    api: httpx.Client, emulator: Emulator, body: dict[str, Any], status: int, path: str
) -> None:
    issue_id = writable(emulator, "CLAIM")
    before = emulator.issue_json(issue_id)
    response = verdict(api, issue_id, body)
    assert response.status_code == status
    assert error_of(response)["path"] == path
    assert emulator.issue_json(issue_id) == before


def test_verdict_on_a_discussion_is_refused(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = writable(emulator, "DISPUTE")
    response = verdict(api, issue_id, {"status": "ACCEPTED_REFUND", "message": "OK"})
    assert response.status_code == 422
    assert emulator.issue_json(issue_id)["currentState"]["status"] == "DISPUTE_ONGOING"


def test_verdict_on_unknown_issue_is_404(api: httpx.Client) -> None:
    response = verdict(api, "missing", {"status": "ACCEPTED_REFUND", "message": "OK"})
    assert response.status_code == 404
