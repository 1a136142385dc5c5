"""Fault injection, request recording, OAuth routing, live activity and the server lifecycle."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

from allegro_issues_desktop.demo.faults import Fault, Faults
from allegro_issues_desktop.demo.server import Emulator, RecordedRequest, RequestLog
from tests.api.conftest import BETA, validate, writable


# ---------------------------------------------------------------------------------- faults
@pytest.mark.parametrize(("field", "status"), [("rate_500", 500), ("rate_503", 503)])
def test_server_errors(api: httpx.Client, emulator: Emulator, field: str, status: int) -> None:
    setattr(emulator.faults, field, 1.0)
    response = api.get("/sale/issues")
    assert response.status_code == status
    validate("ErrorsHolder", response.json())
    setattr(emulator.faults, field, 0.0)
    assert api.get("/sale/issues").status_code == 200


def test_rate_limit_with_and_without_retry_after(api: httpx.Client, emulator: Emulator) -> None:
    emulator.faults.rate_429 = 1.0
    response = api.get("/sale/issues")
    assert response.status_code == 429
    assert "retry-after" not in response.headers
    emulator.faults.retry_after = 3
    assert api.get("/sale/issues").headers["retry-after"] == "3"


def test_faults_fire_before_any_effect(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = writable(emulator, "DISPUTE")
    before = emulator.chat_json(issue_id)
    emulator.faults.rate_503 = 1.0
    body = {"text": "a", "type": "REGULAR"}
    assert api.post(f"/sale/issues/{issue_id}/message", json=body).status_code == 503
    assert emulator.chat_json(issue_id) == before


def test_malformed_body_after_the_effect(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = writable(emulator, "DISPUTE")
    emulator.faults.malformed_rate = 1.0
    listed = api.get("/sale/issues")
    assert listed.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(listed.content)
    body = {"text": "Czy dotarło?", "type": "REGULAR"}
    posted = api.post(f"/sale/issues/{issue_id}/message", json=body)
    assert posted.status_code == 201
    with pytest.raises(json.JSONDecodeError):
        json.loads(posted.content)
    # the message was still posted: the client must re-read the chat before resending
    assert emulator.chat_json(issue_id)[-1]["text"] == "Czy dotarło?"
    assert api.get("/sale/issues/missing").status_code == 404  # errors stay readable


def test_faults_are_deterministic_per_seed() -> None:
    def sequence(seed: int) -> list[Fault]:
        faults = Faults(rate_429=0.2, rate_500=0.2, rate_503=0.1, malformed_rate=0.1, seed=seed)
        return [faults.draw() for _ in range(200)]

    first = sequence(3)
    assert first == sequence(3)
    assert first != sequence(4)
    assert set(first) == set(Fault)
    counts = {fault: first.count(fault) for fault in Fault}
    assert 20 <= counts[Fault.RATE_LIMITED] <= 60  # roughly the configured rate


def test_reset_restores_a_healthy_server(api: httpx.Client, emulator: Emulator) -> None:
    emulator.faults.rate_500 = 1.0
    emulator.faults.latency = 0.001
    emulator.faults.ignore_chat_offset = True
    emulator.faults.reset()
    assert emulator.faults.latency == 0
    assert not emulator.faults.ignore_chat_offset
    assert api.get("/sale/issues").status_code == 200


def test_latency_still_answers(api: httpx.Client, emulator: Emulator) -> None:
    emulator.faults.latency = 0.001
    assert api.get("/sale/issues").status_code == 200


def test_faults_spare_oauth(emulator: Emulator) -> None:
    emulator.faults.rate_500 = 1.0
    with httpx.Client(base_url=emulator.base_url) as client:
        response = client.post(
            "/auth/oauth/device",
            data={"client_id": "demo-client"},
            auth=("demo-client", "demo-secret"),
        )
    assert response.status_code == 200
    assert {"device_code", "user_code", "verification_uri_complete"} <= response.json().keys()


# ---------------------------------------------------------------------- request record
def test_requests_are_recorded(api: httpx.Client, emulator: Emulator) -> None:
    emulator.requests.clear()
    api.get("/sale/issues", params=[("status", "CLAIM_SUBMITTED"), ("status", "DISPUTE_ONGOING")])
    [recorded] = emulator.requests
    assert recorded.method == "GET"
    assert recorded.path == "/sale/issues"
    assert recorded.query == {"status": ["CLAIM_SUBMITTED", "DISPUTE_ONGOING"]}
    assert recorded.headers["accept"] == BETA
    assert recorded.headers["authorization"] == "Bearer test-token"


def test_request_log_is_capped() -> None:
    log = RequestLog(cap=50)
    for n in range(500):
        log.append(RecordedRequest("GET", f"/{n}", {}, {}))
    assert len(log) <= 50
    assert log[-1].path == "/499"
    assert [r.path for r in log[-3:]] == ["/497", "/498", "/499"]


# ----------------------------------------------------------------------------- tokens
def test_static_or_generated_token() -> None:
    with Emulator(issues=3) as emu:
        assert emu.token
        headers = {"Accept": BETA, "Authorization": f"Bearer {emu.token}"}
        assert httpx.get(f"{emu.base_url}/sale/issues", headers=headers).status_code == 200


# ---------------------------------------------------------------------- live activity
def test_buyer_reply_activity(emulator: Emulator) -> None:
    ids_before = emulator.issue_ids()
    changed = [emulator.simulate_activity(new_issue=False) for _ in range(10)]
    assert emulator.issue_ids() == ids_before
    for issue_id in {c for c in changed if c is not None}:
        issue = emulator.issue_json(issue_id)
        validate("PostPurchaseIssue", issue)
        last = emulator.chat_json(issue_id)[-1]
        validate("PostPurchaseIssueChatMessage", last)
        if issue["currentState"]["status"] != "DISPUTE_CLOSED":
            assert last["author"]["role"] == "BUYER"
            assert issue["chat"]["lastMessage"]["createdAt"] == last["createdAt"]
            assert issue["chat"]["lastMessage"]["status"] in {"NEW", "BUYER_REPLIED"}


def test_new_issue_opens_on_top(api: httpx.Client, emulator: Emulator) -> None:
    before = emulator.issue_ids()
    new_id = emulator.simulate_activity(new_issue=True)
    assert new_id is not None
    assert new_id not in before
    assert emulator.issue_ids() == [new_id, *before]
    issue = api.get("/sale/issues", params={"limit": 1}).json()["issues"][0]
    validate("PostPurchaseIssue", issue)
    assert issue["id"] == new_id
    assert issue["currentState"]["chatActive"] is True
    assert issue["currentState"]["status"] in {"CLAIM_SUBMITTED", "DISPUTE_ONGOING"}
    assert issue["chat"]["messagesCount"] == len(emulator.chat_json(new_id)) == 1


def test_buyer_may_accept_an_end_request(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = writable(emulator, "DISPUTE")
    body = {"text": "Zakończmy?", "type": "END_REQUEST"}
    assert api.post(f"/sale/issues/{issue_id}/message", json=body).status_code == 201
    for _ in range(50):
        if emulator.issue_json(issue_id)["currentState"]["status"] == "DISPUTE_CLOSED":
            break
        emulator.simulate_activity(new_issue=False)
    assert emulator.issue_json(issue_id)["currentState"] == {
        **emulator.issue_json(issue_id)["currentState"],
        "status": "DISPUTE_CLOSED",
        "chatActive": False,
    }
    body = {"text": "Jeszcze jedno", "type": "REGULAR"}
    assert api.post(f"/sale/issues/{issue_id}/message", json=body).status_code == 409


def test_live_mode_ticks_and_stops() -> None:
    ticked = threading.Event()
    emulator = Emulator(issues=5, live=True, live_interval=0.01)
    original = emulator.simulate_activity

    def tick(*, new_issue: bool | None = None, shop: int = 0) -> str | None:
        result = original(new_issue=new_issue, shop=shop)
        ticked.set()
        return result

    emulator.simulate_activity = tick  # type: ignore[method-assign]
    with emulator:
        assert ticked.wait(10)
    assert not any(t.name == "emulator-live" for t in threading.enumerate())


# -------------------------------------------------------------------------- lifecycle
def test_stop_frees_the_port_and_is_idempotent() -> None:
    emulator = Emulator(issues=2).start()
    port = int(emulator.base_url.rsplit(":", 1)[1])
    with httpx.Client(base_url=emulator.base_url) as client:  # leaves a keep-alive connection
        client.get("/sale/issues")
        emulator.stop()
        emulator.stop()
        with pytest.raises(httpx.TransportError):
            client.get("/sale/issues")
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))


def test_helpers_raise_key_error_for_unknown_ids(emulator: Emulator) -> None:
    with pytest.raises(KeyError):
        emulator.issue_json("nope")
    with pytest.raises(KeyError):
        emulator.set_state("nope", chatActive=False)
    with pytest.raises(KeyError):
        emulator.add_buyer_message("nope", "hi")


def test_helpers_before_start() -> None:
    with pytest.raises(RuntimeError):
        Emulator(issues=1).issue_ids()


def test_chunked_request_body(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = writable(emulator, "DISPUTE")

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "po '
        yield b'kawa\\u0142ku", "type": "REGULAR"}'

    response = api.post(f"/sale/issues/{issue_id}/message", content=chunks())
    assert response.status_code == 201
    assert response.json()["text"] == "po kawałku"
