"""The emulator's read side: list, single issue, chat, media types, auth and parameter errors."""

from __future__ import annotations

import httpx
import pytest

from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain.timestamps import parse_timestamp
from tests.api.conftest import BETA, validate


def _error(response: httpx.Response) -> dict[str, object]:
    validate("ErrorsHolder", response.json())
    errors = response.json()["errors"]
    assert len(errors) == 1
    return dict(errors[0])


def _chatty_issue(emulator: Emulator, at_least: int) -> str:
    """An issue with at least `at_least` messages (adds buyer messages when needed)."""
    issue_id = max(emulator.issue_ids(), key=lambda i: len(emulator.chat_json(i)))
    for n in range(at_least - len(emulator.chat_json(issue_id))):
        emulator.add_buyer_message(issue_id, f"extra {n}")
    return issue_id


# --------------------------------------------------------------------------------- list
def test_list_defaults_to_ten_newest_schema_valid(api: httpx.Client, emulator: Emulator) -> None:
    response = api.get("/sale/issues")
    assert response.status_code == 200
    assert response.headers["content-type"] == BETA
    body = response.json()
    validate("PostPurchaseIssueListResponse", body)
    ids = [issue["id"] for issue in body["issues"]]
    assert ids == emulator.issue_ids()[:10]
    opened = [parse_timestamp(issue["openedDate"]) for issue in body["issues"]]
    assert opened == sorted(opened, reverse=True)  # type: ignore[type-var]


def test_paging_with_limit_100_yields_every_issue_once(
    api: httpx.Client, emulator: Emulator
) -> None:
    seen: list[str] = []
    offset = 0
    while True:
        page = api.get("/sale/issues", params={"limit": 100, "offset": offset}).json()["issues"]
        if not page:
            break
        seen.extend(issue["id"] for issue in page)
        offset += 100
    assert seen == emulator.issue_ids()
    assert len(set(seen)) == 60


def test_small_pages_match_list_order(api: httpx.Client, emulator: Emulator) -> None:
    page = api.get("/sale/issues", params={"limit": 7, "offset": 14}).json()["issues"]
    assert [i["id"] for i in page] == emulator.issue_ids()[14:21]


def test_repeated_status_filters(api: httpx.Client, emulator: Emulator) -> None:
    wanted = {"CLAIM_SUBMITTED", "DISPUTE_ONGOING"}
    response = api.get(
        "/sale/issues",
        params=[("status", "CLAIM_SUBMITTED"), ("status", "DISPUTE_ONGOING"), ("limit", "100")],
    )
    issues = response.json()["issues"]
    expected = [
        i
        for i in emulator.issue_ids()
        if emulator.issue_json(i)["currentState"]["status"] in wanted
    ]
    assert [i["id"] for i in issues] == expected
    assert expected  # the seeded data has open issues


def test_filtered_paging(api: httpx.Client, emulator: Emulator) -> None:
    claims = [
        i
        for i in emulator.issue_ids()
        if emulator.issue_json(i)["currentState"]["status"] == "CLAIM_SUBMITTED"
    ]
    page = api.get("/sale/issues", params={"status": "CLAIM_SUBMITTED", "limit": 3, "offset": 2})
    assert [i["id"] for i in page.json()["issues"]] == claims[2:5]


def test_checkout_form_filter(api: httpx.Client, emulator: Emulator) -> None:
    target = emulator.issue_json(emulator.issue_ids()[5])
    response = api.get("/sale/issues", params={"checkoutForm.id": target["checkoutForm"]["id"]})
    assert [i["id"] for i in response.json()["issues"]] == [target["id"]]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"offset": "x"}, "offset"),
        ({"status": "CLAIM_LOST"}, "status"),
    ],
)
def test_list_rejects_bad_parameters(
    api: httpx.Client, params: dict[str, object], field: str
) -> None:
    response = api.get("/sale/issues", params=params)  # type: ignore[arg-type]
    assert response.status_code == 400
    assert _error(response)["path"] == field


def test_offset_past_the_end_is_empty(api: httpx.Client) -> None:
    response = api.get("/sale/issues", params={"offset": 10_000})
    assert response.status_code == 200
    assert response.json() == {"issues": []}


# -------------------------------------------------------------------------- one issue
def test_get_issue_is_schema_valid_and_current(api: httpx.Client, emulator: Emulator) -> None:
    for issue_id in emulator.issue_ids():
        response = api.get(f"/sale/issues/{issue_id}")
        assert response.status_code == 200
        validate("PostPurchaseIssue", response.json())
        assert response.json() == emulator.issue_json(issue_id)


def test_unknown_issue_is_404(api: httpx.Client) -> None:
    for path in ("/sale/issues/nope", "/sale/issues/nope/chat"):
        response = api.get(path)
        assert response.status_code == 404
        assert _error(response)["code"] == "POST_PURCHASE_ISSUE_NOT_FOUND"


def test_unknown_route_and_wrong_method(api: httpx.Client, emulator: Emulator) -> None:
    assert api.get("/sale/issues/a/b/c").status_code == 404
    assert api.get("/sale/somewhere").status_code == 404
    assert api.delete(f"/sale/issues/{emulator.issue_ids()[0]}").status_code == 405
    assert api.post("/sale/issues", json={}).status_code == 405


# ------------------------------------------------------------------------------- chat
def test_chat_pages_cover_the_whole_chat(api: httpx.Client, emulator: Emulator) -> None:
    issue_id = _chatty_issue(emulator, 25)
    expected = {m["id"] for m in emulator.chat_json(issue_id)}
    seen: list[str] = []
    for offset in range(0, len(expected) + 10, 10):
        response = api.get(f"/sale/issues/{issue_id}/chat", params={"offset": offset})
        assert response.status_code == 200
        validate("PostPurchaseIssueChatResponse", response.json())
        page = response.json()["chat"]
        assert len(page) <= 10
        seen.extend(m["id"] for m in page)
    assert len(seen) == len(expected)
    assert set(seen) == expected


def test_chat_order_differs_by_type_like_allegro(api: httpx.Client, emulator: Emulator) -> None:
    by_type: dict[str, str] = {}
    for issue_id in emulator.issue_ids():
        if len(emulator.chat_json(issue_id)) > 2:
            by_type.setdefault(emulator.issue_json(issue_id)["type"], issue_id)
    for kind, issue_id in by_type.items():
        oldest_first = [m["id"] for m in emulator.chat_json(issue_id)]
        page = api.get(f"/sale/issues/{issue_id}/chat", params={"limit": 100}).json()["chat"]
        got = [m["id"] for m in page]
        assert got == (oldest_first if kind == "CLAIM" else oldest_first[::-1])
    emulator.faults.mixed_chat_order = False
    claim = by_type["CLAIM"]
    page = api.get(f"/sale/issues/{claim}/chat", params={"limit": 100}).json()["chat"]
    assert [m["id"] for m in page] == [m["id"] for m in emulator.chat_json(claim)][::-1]


def test_chat_ignores_offset_at_limit_100_when_bug_is_on(
    api: httpx.Client, emulator: Emulator
) -> None:
    issue_id = _chatty_issue(emulator, 130)
    total = len(emulator.chat_json(issue_id))
    url = f"/sale/issues/{issue_id}/chat"
    first = api.get(url, params={"limit": 100}).json()["chat"]
    second = api.get(url, params={"limit": 100, "offset": 100}).json()["chat"]
    assert len(first) == 100
    assert len(second) == min(100, total - 100)
    assert {m["id"] for m in first}.isdisjoint(m["id"] for m in second)
    emulator.faults.ignore_chat_offset = True
    again = api.get(url, params={"limit": 100, "offset": 100}).json()["chat"]
    assert again == first
    small = api.get(url, params={"limit": 50, "offset": 100}).json()["chat"]
    assert len(small) == min(50, total - 100)  # only limit=100 is affected (#13678)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -3}])
def test_chat_rejects_bad_parameters(
    api: httpx.Client, emulator: Emulator, params: dict[str, int]
) -> None:
    response = api.get(f"/sale/issues/{emulator.issue_ids()[0]}/chat", params=params)
    assert response.status_code == 400
    _error(response)


# ------------------------------------------------------------- media types and auth
@pytest.mark.parametrize("accept", ["application/json", "*/*", "text/html", None])
def test_json_calls_need_the_beta_accept(
    api: httpx.Client, emulator: Emulator, accept: str | None
) -> None:
    issue_id = emulator.issue_ids()[0]
    for path in ("/sale/issues", f"/sale/issues/{issue_id}", f"/sale/issues/{issue_id}/chat"):
        request = api.build_request("GET", path)
        if accept is None:
            del request.headers["Accept"]
        else:
            request.headers["Accept"] = accept
        response = api.send(request)
        assert response.status_code == 406
        assert response.headers["content-type"] == BETA
        assert _error(response)["code"] == "NotAcceptableException"


def test_accept_with_parameters_and_alternatives_is_fine(api: httpx.Client) -> None:
    accept = f"application/json;q=0.5, {BETA};charset=UTF-8"
    assert api.get("/sale/issues", headers={"Accept": accept}).status_code == 200


def test_missing_token_is_401(emulator: Emulator) -> None:
    with httpx.Client(base_url=emulator.base_url, headers={"Accept": BETA}) as client:
        response = client.get("/sale/issues")
        assert response.status_code == 401
        assert response.json()["error"] == "unauthorized"
        response = client.get("/sale/issues", headers={"Authorization": "Basic abc"})
        assert response.status_code == 401


def test_unknown_token_is_401_invalid_token(api: httpx.Client) -> None:
    response = api.get("/sale/issues", headers={"Authorization": "Bearer forged"})
    assert response.status_code == 401
    validate("AuthError", response.json())
    assert response.json()["error"] == "invalid_token"


def test_expired_token_is_401_like_allegro(api: httpx.Client, emulator: Emulator) -> None:
    assert api.get("/sale/issues").status_code == 200
    emulator.expire_token()
    response = api.get("/sale/issues")
    assert response.status_code == 401
    assert response.json() == {
        "error": "invalid_token",
        "error_description": "Access token expired: test-token",
    }
    access, _refresh = emulator.issue_token()
    fresh = api.get("/sale/issues", headers={"Authorization": f"Bearer {access}"})
    assert fresh.status_code == 200


def test_expire_a_given_token_only(api: httpx.Client, emulator: Emulator) -> None:
    access, _ = emulator.issue_token()
    emulator.expire_token(access)
    assert api.get("/sale/issues", headers={"Authorization": f"Bearer {access}"}).status_code == 401
    assert api.get("/sale/issues").status_code == 200


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl-PL", "Nie znaleziono zgłoszenia"),
        ("en-US", "Post-purchase problem not found"),
        (None, "Post-purchase problem not found"),
    ],
)
def test_user_message_follows_accept_language(
    api: httpx.Client, language: str | None, expected: str
) -> None:
    headers = {"Accept-Language": language} if language else {}
    response = api.get("/sale/issues/missing", headers=headers)
    error = _error(response)
    assert error["userMessage"] == expected
    assert error["message"] == "The requested issue was not found."  # always English


def test_each_demo_shop_writes_as_its_own_seller() -> None:
    """Shop 2's chats (generated and posted) carry shop 2's seller login, not shop 1's."""
    from allegro_issues_desktop.demo.server import seller_login

    with Emulator(issues=40, seed=5, shops=2) as emu:
        logins: dict[int, set[str]] = {}
        for shop in (0, 1):
            store = emu._shop(shop).store
            seller = {
                m["author"].get("login")
                for i in store.issue_ids()
                for m in store.chat(i)
                if m.get("author", {}).get("role") == "SELLER"
            }
            open_id = next(
                i for i in store.open_issue_ids() if store.issue(i)["currentState"]["chatActive"]
            )
            store.post_message(open_id, "Dzień dobry", [], "REGULAR")
            posted = store.chat(open_id)[-1]["author"]["login"]
            logins[shop] = {*seller, posted}
    assert logins == {0: {seller_login(0)}, 1: {seller_login(1)}}
    assert seller_login(0) != seller_login(1)
